"""SQLAlchemy 2 models of the workspace file.

Only the storage and services layers use these; everything above them sees the dataclasses of
`qlist_desktop.domain`. Changing a table means a new Alembic migration in `migrations/versions/`.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Key/value settings of the workspace: department, code scheme, vocabularies."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class ItemRow(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String, default="", index=True)
    name: Mapped[str] = mapped_column(String, default="")
    sub_name: Mapped[str] = mapped_column(String, default="")
    category: Mapped[str] = mapped_column(String, default="", index=True)
    exercising_body: Mapped[str] = mapped_column(Text, default="")
    handling_unit: Mapped[str] = mapped_column(Text, default="")
    handling_post: Mapped[str] = mapped_column(Text, default="")
    responsible_person: Mapped[str] = mapped_column(Text, default="")
    contact_phone: Mapped[str] = mapped_column(Text, default="")
    implementation_level: Mapped[str] = mapped_column(Text, default="")
    department_duty: Mapped[str] = mapped_column(Text, default="")
    disclosure_scope: Mapped[str] = mapped_column(Text, default="")
    disclosure_forms: Mapped[list] = mapped_column(JSON, default=list)
    disclosure_time_limit: Mapped[str] = mapped_column(Text, default="")
    is_public: Mapped[bool] = mapped_column(Boolean, default=True)
    confidential_reason: Mapped[str] = mapped_column(Text, default="")
    confidential_basis: Mapped[str] = mapped_column(Text, default="")
    fee_charged: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_basis: Mapped[str] = mapped_column(Text, default="")
    fee_standard: Mapped[str] = mapped_column(Text, default="")
    legal_time_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    promised_time_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    accountability_subjects: Mapped[str] = mapped_column(Text, default="")
    accountability_situations: Mapped[str] = mapped_column(Text, default="")
    complaint_channel: Mapped[str] = mapped_column(Text, default="")
    disposition: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String, default="草稿")
    extra: Mapped[dict] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[str] = mapped_column(String, default="")
    updated_at: Mapped[str] = mapped_column(String, default="")


class BasisRow(Base):
    __tablename__ = "legal_basis"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    level: Mapped[str] = mapped_column(String, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[str] = mapped_column(Text, default="")
    article: Mapped[str] = mapped_column(Text, default="")
    article_text: Mapped[str] = mapped_column(Text, default="")
    document_sha256: Mapped[str | None] = mapped_column(ForeignKey("attachment.sha256"), nullable=True, default=None)


class ResponsibilityRow(Base):
    __tablename__ = "responsibility"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    stage: Mapped[str] = mapped_column(String, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")


class AttachmentRow(Base):
    """A basis document stored once, whatever number of bases refer to it."""

    __tablename__ = "attachment"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[str] = mapped_column(String, default="")


class AuditRow(Base):
    """One changed field of one item: the base of the 变更说明."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String, index=True)
    item_id: Mapped[int] = mapped_column(Integer, index=True)
    item_code: Mapped[str] = mapped_column(String, default="")
    field: Mapped[str] = mapped_column(String)
    old: Mapped[object] = mapped_column(JSON, nullable=True)
    new: Mapped[object] = mapped_column(JSON, nullable=True)
    source: Mapped[str] = mapped_column(String, default="")  # gui / cli / import / demo ...


Index("ix_item_name", ItemRow.name, ItemRow.sub_name)


class FlowchartRow(Base):
    """An item's operation flowchart (一图), kept as data: steps, edges and the chart's texts."""

    __tablename__ = "flowchart"
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[str] = mapped_column(String, default="")


class SubmissionRow(Base):
    """One exported submission round (第N次报送), with a snapshot of what was sent."""

    __tablename__ = "submission"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round: Mapped[int] = mapped_column(Integer, index=True)
    bundle_id: Mapped[str] = mapped_column(String, unique=True)
    bundle_name: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String)
    include_drafts: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[list] = mapped_column(JSON, default=list)  # every exported item, as item_to_dict
    summary: Mapped[dict] = mapped_column(JSON, default=dict)


class ReviewOpinionRow(Base):
    """The review office's opinion on one item in one round, and the liaison's response."""

    __tablename__ = "review_opinion"
    __table_args__ = (UniqueConstraint("bundle_id", "item_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submission.id"), nullable=True)
    bundle_id: Mapped[str] = mapped_column(String)
    round: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    item_code: Mapped[str] = mapped_column(String, default="")
    conclusion: Mapped[str] = mapped_column(String, default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String, default="")
    review_date: Mapped[str] = mapped_column(String, default="")
    imported_at: Mapped[str] = mapped_column(String, default="")
    response_kind: Mapped[str] = mapped_column(String, default="")  # changed / explained
    response: Mapped[str] = mapped_column(Text, default="")
    responded_at: Mapped[str] = mapped_column(String, default="")


class CatalogRow(Base):
    """An upper-level catalog (上级目录) imported to claim items from (认领)."""

    __tablename__ = "catalog"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    source_file: Mapped[str] = mapped_column(Text, default="")
    source_sha256: Mapped[str] = mapped_column(String, default="")
    imported_at: Mapped[str] = mapped_column(String, default="")
    replaced_by: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)  # its next version


class CatalogEntryRow(Base):
    __tablename__ = "catalog_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    catalog_id: Mapped[int] = mapped_column(ForeignKey("catalog.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict] = mapped_column(JSON, default=dict)  # the catalog's item, as item_to_dict
    claim_status: Mapped[str] = mapped_column(String, default="claimed")  # claimed / not_claimed
    claimed_item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="SET NULL"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    deviation_reason: Mapped[str] = mapped_column(Text, default="", server_default="")  # why the item differs


# -- the responsibility list (责任清单) ---------------------------------------------------------------------


class DutyEntryRow(Base):
    """One entry of a responsibility-list part (duties, boundaries, supervision, services, spot_checks).

    The entry's fields are `data` (as `domain.duties.entry_to_dict`); tied power items are kept by code.
    """

    __tablename__ = "duty_entry"
    # Ids are never reused: undo puts a deleted entry back under its own id.
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's declarative attribute
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    part: Mapped[str] = mapped_column(String, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[str] = mapped_column(String, default="")


class DutyAuditRow(Base):
    """One changed field of one responsibility-list entry (`field` "*" for a whole entry made or removed)."""

    __tablename__ = "duty_audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String, index=True)
    part: Mapped[str] = mapped_column(String)
    entry_id: Mapped[int] = mapped_column(Integer, index=True)
    field: Mapped[str] = mapped_column(String)
    old: Mapped[object] = mapped_column(JSON, nullable=True)
    new: Mapped[object] = mapped_column(JSON, nullable=True)
    source: Mapped[str] = mapped_column(String, default="")
