"""The submission rounds (第N次报送) recorded in the workspace, each with a snapshot of what was sent.

The snapshot is the base of the change statement (变更说明) of the next round: `last_submission`
returns the latest round with its items as they were exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from qlist_desktop.domain.items import PowerItem, item_from_dict
from qlist_desktop.domain.rules import ERROR
from qlist_desktop.services.items import load_items, set_status_in_session
from qlist_desktop.services.validation import validate_workspace
from qlist_desktop.storage.schema import SubmissionRow
from qlist_desktop.storage.workspace import Workspace

DRAFT = "草稿"
READY = "待审核"  # what a draft becomes when the liaison considers it ready for the office
SUBMITTED = "已报送"


@dataclass(frozen=True)
class Submission:
    """One exported bundle as recorded in the workspace."""

    id: int
    round: int
    bundle_id: str
    bundle_name: str
    created_at: str
    include_drafts: bool
    override_reason: str
    summary: dict[str, Any] = field(default_factory=dict)
    snapshot: tuple[PowerItem, ...] = ()


def _from_row(row: SubmissionRow, with_snapshot: bool) -> Submission:
    items = tuple(item_from_dict(d) for d in row.snapshot or []) if with_snapshot else ()
    return Submission(row.id, row.round, row.bundle_id, row.bundle_name, row.created_at, row.include_drafts,
                      row.override_reason or "", dict(row.summary or {}), items)


def next_round(ws: Workspace) -> int:
    """The round number the next export gets (1 for the first)."""
    with ws.session() as s:
        return (s.scalar(select(func.max(SubmissionRow.round))) or 0) + 1


def record_submission(
    ws: Workspace,
    *,
    round: int,
    bundle_id: str,
    bundle_name: str,
    created_at: str,
    include_drafts: bool,
    override_reason: str,
    snapshot: list[dict[str, Any]],
    summary: dict[str, Any],
) -> int:
    """Record an exported bundle and mark its items 已报送, in one transaction; returns the submission id."""
    with ws.session() as s:
        set_status_in_session(s, [item["id"] for item in snapshot], SUBMITTED, "export")
        row = SubmissionRow(round=round, bundle_id=bundle_id, bundle_name=bundle_name, created_at=created_at,
                            include_drafts=include_drafts, override_reason=override_reason, snapshot=snapshot,
                            summary=summary)
        s.add(row)
        s.flush()
        return row.id


def list_submissions(ws: Workspace) -> list[Submission]:
    """Every recorded round, oldest first, without snapshots."""
    with ws.session() as s:
        rows = s.scalars(select(SubmissionRow).order_by(SubmissionRow.round, SubmissionRow.id)).all()
        return [_from_row(r, False) for r in rows]


def last_submission(ws: Workspace) -> Submission | None:
    """The latest recorded round with the snapshot of its items, or None before the first export."""
    with ws.session() as s:
        row = s.scalars(select(SubmissionRow).order_by(SubmissionRow.round.desc(), SubmissionRow.id.desc())).first()
        return None if row is None else _from_row(row, True)


def get_submission(ws: Workspace, bundle_id: str) -> Submission | None:
    """A recorded round by its bundle id (as written in the returned 审核意见反馈表), with its snapshot."""
    with ws.session() as s:
        row = s.scalars(select(SubmissionRow).where(SubmissionRow.bundle_id == bundle_id)).first()
        return None if row is None else _from_row(row, True)


def ready_drafts(ws: Workspace) -> tuple[int, list[int]]:
    """How many live items are 草稿, and the ids of those without an error (they could be sent as 待审核)."""
    drafts = [i for i in load_items(ws) if i.status == DRAFT]
    blocked = {f.item_id for f in validate_workspace(ws, drafts) if f.severity == ERROR}
    return len(drafts), [i.key for i in drafts if i.key not in blocked]
