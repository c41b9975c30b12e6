"""Upper-level catalogs (上级目录) and claiming their items (认领).

A workbook imported as a catalog keeps every one of its items as a catalog entry. Claiming is the default
(认领为原则，不认领为例外): each entry becomes an item of the department's list, or is linked to the item the
list already has (same code, else same name + sub-name + category). An entry may instead be marked not
claimed, which needs a reason; those reasons are printed in the bundle as 未认领事项说明 (`unclaimed_rows`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from qlist_desktop.domain.items import PowerItem, item_from_dict, item_to_dict
from qlist_desktop.importing import ImportFileError, file_summary, read_file
from qlist_desktop.importing.plan import Matcher
from qlist_desktop.services.items import add_items, load_in_session, now
from qlist_desktop.services.settings import get_vocabularies
from qlist_desktop.storage.schema import AuditRow, CatalogEntryRow, CatalogRow, ItemRow
from qlist_desktop.storage.workspace import Workspace

CLAIMED, NOT_CLAIMED = "claimed", "not_claimed"
SOURCE = "catalog"


class CatalogError(ValueError):
    """A refused claiming operation, said in a sentence for the liaison."""


@dataclass(frozen=True)
class CatalogSummary:
    id: int
    name: str
    source_file: str
    imported_at: str
    entries: int
    claimed: int
    not_claimed: int


@dataclass(frozen=True)
class CatalogEntry:
    id: int
    catalog_id: int
    position: int
    item: PowerItem  # the catalog's item as imported
    claim_status: str
    claimed_item_id: int | None
    reason: str
    deviation_reason: str = ""  # why the claimed item differs from this entry (三级四同)


@dataclass(frozen=True)
class UnclaimedRow:
    """One line of the 未认领事项说明: which catalog item the department does not claim, and why."""

    catalog: str
    code: str
    name: str
    sub_name: str
    category: str
    reason: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def import_catalogs(ws: Workspace, paths: Iterable[Path | str], *, dry_run: bool = False) -> dict[str, Any]:
    """Import workbooks as catalogs and claim every entry, in ONE transaction; returns the report.

    A file already imported as a catalog (same content) is not imported again. Raises `ImportFileError`
    (nothing written) when any file cannot be read.
    """
    vocab = get_vocabularies(ws)
    results = [read_file(Path(p), vocab) for p in paths]
    errors = [r.error for r in results if r.error]
    if errors:
        raise ImportFileError("；".join(errors))
    report: dict[str, Any] = {"files": [], "claimed": 0, "created": 0, "linked": 0}
    with ws.session() as s:
        matcher = Matcher(load_in_session(s, None, False))
        for result in results:
            sha = _sha256(result.path)
            summary = file_summary(result)
            existing = s.scalar(select(CatalogRow.id).where(CatalogRow.source_sha256 == sha))
            if existing is not None:
                report["files"].append(summary | {"catalog_id": existing, "already_imported": True})
                continue
            catalog_id = None
            if not dry_run:
                catalog = CatalogRow(name=result.path.stem, source_file=result.path.name, source_sha256=sha,
                                     imported_at=now())
                s.add(catalog)
                s.flush()
                catalog_id = catalog.id
            for position, parsed in enumerate(result.items):
                found = matcher.match(parsed.item)
                report["linked" if found else "created"] += 1
                report["claimed"] += 1
                if dry_run:
                    continue
                item_id = found.id if found else add_items(s, [parsed.item], SOURCE)[0].id
                s.add(CatalogEntryRow(catalog_id=catalog_id, position=position, data=item_to_dict(parsed.item),
                                      claim_status=CLAIMED, claimed_item_id=item_id))
            report["files"].append(summary | {"catalog_id": catalog_id, "already_imported": False})
    return report


def _live_catalogs() -> Any:
    """The ids of catalogs not replaced by a newer version (the ones claiming is checked against)."""
    return select(CatalogRow.id).where(CatalogRow.replaced_by.is_(None))


def list_catalogs(ws: Workspace) -> list[CatalogSummary]:
    with ws.session() as s:
        counts: dict[tuple[int, str], int] = {
            (cid, status): n
            for cid, status, n in s.execute(
                select(CatalogEntryRow.catalog_id, CatalogEntryRow.claim_status, func.count())
                .group_by(CatalogEntryRow.catalog_id, CatalogEntryRow.claim_status)
            )
        }
        return [
            CatalogSummary(row.id, row.name, row.source_file, row.imported_at,
                           counts.get((row.id, CLAIMED), 0) + counts.get((row.id, NOT_CLAIMED), 0),
                           counts.get((row.id, CLAIMED), 0), counts.get((row.id, NOT_CLAIMED), 0))
            for row in s.scalars(select(CatalogRow).where(CatalogRow.id.in_(_live_catalogs())).order_by(CatalogRow.id))
        ]


def list_entries(ws: Workspace, catalog_id: int | None = None) -> list[CatalogEntry]:
    stmt = (select(CatalogEntryRow).where(CatalogEntryRow.catalog_id.in_(_live_catalogs()))
            .order_by(CatalogEntryRow.catalog_id, CatalogEntryRow.position))
    if catalog_id is not None:
        stmt = stmt.where(CatalogEntryRow.catalog_id == catalog_id)
    with ws.session() as s:
        return [
            CatalogEntry(r.id, r.catalog_id, r.position, item_from_dict(r.data), r.claim_status, r.claimed_item_id,
                         r.reason, r.deviation_reason)
            for r in s.scalars(stmt)
        ]


def _entry(s: Session, entry_id: int) -> CatalogEntryRow:
    row = s.get(CatalogEntryRow, entry_id)
    if row is None:
        raise CatalogError(f"找不到编号为 {entry_id} 的目录事项")
    return row


def _set_item_deleted(s: Session, item_id: int, deleted: bool) -> None:
    row = s.get(ItemRow, item_id)
    if row is None or row.deleted == deleted:
        return
    stamp = now()
    s.execute(update(ItemRow).where(ItemRow.id == item_id).values(deleted=deleted, updated_at=stamp))
    s.execute(insert(AuditRow), [{"at": stamp, "item_id": item_id, "item_code": row.code, "field": "deleted",
                                  "old": not deleted, "new": deleted, "source": SOURCE}])


def set_not_claimed(ws: Workspace, entry_id: int, reason: str) -> None:
    """Mark a catalog entry not claimed; the reason is required. Its item goes to the recycle bin."""
    reason = (reason or "").strip()
    if not reason:
        raise CatalogError("不认领上级目录中的事项，必须填写不认领的理由（将写入未认领事项说明）")
    with ws.session() as s:
        row = _entry(s, entry_id)
        if row.claimed_item_id is not None:
            _set_item_deleted(s, row.claimed_item_id, True)
        row.claim_status, row.reason = NOT_CLAIMED, reason


def claim(ws: Workspace, entry_id: int) -> int:
    """Claim a catalog entry again: its item comes back from the recycle bin, or is created. Returns its id."""
    with ws.session() as s:
        row = _entry(s, entry_id)
        item_id = row.claimed_item_id
        if item_id is not None and s.get(ItemRow, item_id) is not None:
            _set_item_deleted(s, item_id, False)
        else:
            item_id = add_items(s, [item_from_dict(row.data | {"id": None})], SOURCE)[0].id
        row.claim_status, row.reason, row.claimed_item_id = CLAIMED, "", item_id
        return item_id or 0


def unclaimed_rows(ws: Workspace) -> list[UnclaimedRow]:
    """The rows of the 未认领事项说明, in catalog order (for the submission bundle)."""
    with ws.session() as s:
        rows = s.execute(
            select(CatalogRow.name, CatalogEntryRow.data, CatalogEntryRow.reason)
            .join(CatalogRow, CatalogRow.id == CatalogEntryRow.catalog_id)
            .where(CatalogEntryRow.claim_status == NOT_CLAIMED, CatalogRow.replaced_by.is_(None))
            .order_by(CatalogEntryRow.catalog_id, CatalogEntryRow.position)
        ).all()
    return [
        UnclaimedRow(name, data.get("code", ""), data.get("name", ""), data.get("sub_name", ""),
                     data.get("category", ""), reason)
        for name, data, reason in rows
    ]

