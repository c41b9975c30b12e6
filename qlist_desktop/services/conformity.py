"""三级四同 for the workspace: each claimed item against its entry in the current catalogs.

`catalog_entries` gives every claimed live item the catalog item it must stay identical to;
`restore_from_catalog` sets an item's name, code, category or bases back to the catalog's (audited);
`local_new_ids` are the items no catalog has (本级新增); `conformity_report` is what the bundle prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from qlist_desktop.domain.catalog_rules import ASPECT_FIELDS, conformity_findings, restore_values
from qlist_desktop.domain.items import FIELD_LABELS, PowerItem, item_from_dict
from qlist_desktop.domain.rules import Finding
from qlist_desktop.services.catalogs import CLAIMED, CatalogError, list_catalogs
from qlist_desktop.services.items import FieldChange, apply_changes, load_in_session, load_items
from qlist_desktop.storage.schema import CatalogEntryRow, CatalogRow
from qlist_desktop.storage.workspace import Workspace

SOURCE = "catalog"
CANCELLED = "取消"


@dataclass(frozen=True)
class ClaimLink:
    """A claimed item's entry in a current catalog."""

    entry_id: int
    catalog: str
    entry: PowerItem
    deviation_reason: str


def catalog_links(ws: Workspace) -> dict[int, ClaimLink]:
    """Item id → its catalog entry, for every item claimed from a current (not replaced) catalog."""
    with ws.session() as s:
        rows = s.execute(
            select(CatalogEntryRow.id, CatalogRow.name, CatalogEntryRow.data, CatalogEntryRow.claimed_item_id,
                   CatalogEntryRow.deviation_reason)
            .join(CatalogRow, CatalogRow.id == CatalogEntryRow.catalog_id)
            .where(CatalogRow.replaced_by.is_(None), CatalogEntryRow.claim_status == CLAIMED,
                   CatalogEntryRow.claimed_item_id.is_not(None))
            .order_by(CatalogEntryRow.catalog_id, CatalogEntryRow.position)
        ).all()
    links: dict[int, ClaimLink] = {}
    for entry_id, catalog, data, item_id, reason in rows:
        links.setdefault(item_id, ClaimLink(entry_id, catalog, item_from_dict(data), reason))
    return links


def catalog_entries(ws: Workspace) -> dict[int, PowerItem]:
    """Item id → the catalog item it was claimed from (what `LiveValidation` checks against)."""
    return {item_id: link.entry for item_id, link in catalog_links(ws).items()}


def catalog_findings(ws: Workspace, items: Iterable[PowerItem]) -> list[Finding]:
    """The catalog-* findings of the given items, grouped by item in the given order."""
    entries = catalog_entries(ws)
    return [f for item in items if item.id in entries for f in conformity_findings(item, entries[item.id])]


def _link(ws: Workspace, entry_id: int) -> tuple[int, PowerItem]:
    with ws.session() as s:
        row = s.get(CatalogEntryRow, entry_id)
        if row is None:
            raise CatalogError(f"找不到编号为 {entry_id} 的目录条目")
        if row.claim_status != CLAIMED or row.claimed_item_id is None:
            raise CatalogError(f"目录条目 {entry_id} 未被认领，没有可恢复的事项")
        return row.claimed_item_id, item_from_dict(row.data)


def _aspects(aspects: Iterable[str] | None) -> tuple[str, ...] | None:
    chosen = tuple(aspects or ())
    unknown = [a for a in chosen if a not in ASPECT_FIELDS]
    if unknown:
        raise CatalogError(f"“{unknown[0]}”不是可恢复的项目（可选：{'、'.join(ASPECT_FIELDS)}）")
    return chosen or None


def restore_changes(ws: Workspace, entry_id: int, aspects: Iterable[str] | None = None) -> tuple[int, dict[str, Any]]:
    """(item id, field → the catalog's value) that would restore the entry's item (for an undoable edit)."""
    item_id, entry = _link(ws, entry_id)
    item = load_items(ws, [item_id])
    if not item:
        raise CatalogError(f"目录条目 {entry_id} 认领的事项已删除")
    return item_id, restore_values(item[0], entry, _aspects(aspects))


def restore_from_catalog(ws: Workspace, entry_id: int, aspects: Iterable[str] | None = None,
                         source: str = SOURCE) -> list[FieldChange]:
    """按上级目录恢复: set the claimed item's fields back to the entry's (all four aspects, or the given
    ones: name, code, category, basis), in one audited transaction; returns what changed."""
    item_id, entry = _link(ws, entry_id)
    chosen = _aspects(aspects)
    with ws.session() as s:
        current = load_in_session(s, [item_id], False)
        if not current:
            raise CatalogError(f"目录条目 {entry_id} 认领的事项已删除")
        return apply_changes(s, item_id, restore_values(current[0], entry, chosen), source)


def set_deviation_reason(ws: Workspace, entry_id: int, reason: str) -> str:
    """Record why the claimed item deviates from the entry (printed in the bundle); returns the old reason."""
    with ws.session() as s:
        row = s.get(CatalogEntryRow, entry_id)
        if row is None:
            raise CatalogError(f"找不到编号为 {entry_id} 的目录条目")
        old, row.deviation_reason = row.deviation_reason, reason.strip()
        return old


def local_new_ids(ws: Workspace, items: Iterable[PowerItem] | None = None) -> set[int]:
    """本级新增: live items that no current catalog has (none while the workspace has no catalog).

    An item proposed 取消 (its catalog entry cancelled upstream) is on its way out, not new."""
    if not list_catalogs(ws):
        return set()
    claimed = set(catalog_links(ws))
    listed = load_items(ws) if items is None else items
    return {item.key for item in listed if is_local_new(item, item.key in claimed)}


def is_local_new(item: PowerItem, claimed: bool) -> bool:
    """Whether an item of a workspace with catalogs is 本级新增 (given whether a current catalog claims it)."""
    return not claimed and item.disposition != CANCELLED


@dataclass(frozen=True)
class CatalogConformity:
    catalog: str
    claimed: int
    identical: int
    deviating: int


@dataclass(frozen=True)
class Deviation:
    catalog: str
    code: str
    name: str
    fields: str  # the labels of the fields that differ
    catalog_values: str  # what the catalog says
    reason: str


@dataclass(frozen=True)
class ConformityReport:
    catalogs: list[CatalogConformity]
    deviations: list[Deviation]
    local_new: list[PowerItem]


def conformity_report(ws: Workspace) -> ConformityReport:
    """Per current catalog: items claimed, identical, deviating; each deviation with its reason; 本级新增."""
    items = {item.key: item for item in load_items(ws)}
    links = {i: link for i, link in catalog_links(ws).items() if i in items}
    counts: dict[str, list[int]] = {c.name: [0, 0] for c in list_catalogs(ws)}
    deviations = []
    for item_id, link in links.items():
        findings = conformity_findings(items[item_id], link.entry)
        counts.setdefault(link.catalog, [0, 0])[bool(findings)] += 1
        if findings:
            labels = list(dict.fromkeys(FIELD_LABELS[f.field] for f in findings))
            deviations.append(Deviation(link.catalog, items[item_id].code, items[item_id].full_name,
                                        "、".join(labels), "\n".join(f.message for f in findings),
                                        link.deviation_reason))
    local = [items[i] for i in sorted(local_new_ids(ws, items.values()))]
    return ConformityReport([CatalogConformity(name, a + b, a, b) for name, (a, b) in counts.items()],
                            deviations, local)
