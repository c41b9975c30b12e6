"""A new version of an upper-level catalog (动态调整): compare it with the current one, then merge it in.

The new version replaces the catalog whose name is the file's name (or the one named explicitly). Entries
pair up by code (when the catalog has real codes), then by name and sub-name: paired entries are
unchanged or changed (field by field, the 四同 fields), the rest added or removed. Merging keeps every
pairing's claim (and its reason), claims added entries by default, and applies the accepted changes to
the claimed items: a changed entry's values, or 取消 (proposed) for an entry removed upstream.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qlist_desktop.domain.catalog_rules import FieldDifference, restore_values, version_differences
from qlist_desktop.domain.items import PowerItem, item_to_dict
from qlist_desktop.importing import ImportFileError, read_file
from qlist_desktop.importing.plan import Matcher, is_real_code
from qlist_desktop.services.catalogs import CLAIMED, CatalogEntry, CatalogError, list_catalogs, list_entries
from qlist_desktop.services.conformity import CANCELLED, catalog_links
from qlist_desktop.services.items import FieldChange, add_items, apply_changes, load_in_session, load_items, now
from qlist_desktop.services.settings import get_vocabularies
from qlist_desktop.storage.schema import CatalogEntryRow, CatalogRow
from qlist_desktop.storage.workspace import Workspace

SOURCE = "catalog"
ACCEPT_ALL = "all"


@dataclass(frozen=True)
class ChangedEntry:
    old: CatalogEntry
    new: PowerItem
    differences: list[FieldDifference]


@dataclass
class VersionComparison:
    """The current catalog against the file's items: what the new version adds, removes and changes."""

    catalog_id: int
    catalog: str
    path: Path
    items: list[PowerItem]  # the new version's items, in order
    paired: dict[int, CatalogEntry]  # new position → the current entry it continues
    added: list[PowerItem] = field(default_factory=list)
    removed: list[CatalogEntry] = field(default_factory=list)
    changed: list[ChangedEntry] = field(default_factory=list)
    unchanged: list[CatalogEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def entry(e: CatalogEntry) -> dict[str, Any]:
            return {"entry": e.id, "code": e.item.code, "name": e.item.name, "sub_name": e.item.sub_name,
                    "category": e.item.category, "claim_status": e.claim_status, "item_id": e.claimed_item_id}

        return {
            "catalog": self.catalog,
            "catalog_id": self.catalog_id,
            "file": self.path.name,
            "added": [{"entry": None, "code": i.code, "name": i.name, "sub_name": i.sub_name,
                       "category": i.category} for i in self.added],
            "removed": [entry(e) for e in self.removed],
            "changed": [entry(c.old) | {"differences": [d.to_dict() for d in c.differences]} for c in self.changed],
            "unchanged": [entry(e) for e in self.unchanged],
        }


def _replaced(ws: Workspace, path: Path, replaces: str | None) -> tuple[int, str]:
    catalogs = list_catalogs(ws)
    wanted = replaces if replaces is not None else path.stem
    found = [c for c in catalogs if str(c.id) == wanted or c.name == wanted]
    if not found:
        known = "、".join(f"{c.id}（{c.name}）" for c in catalogs) or "（尚无）"
        if replaces is None:
            raise CatalogError(f"没有名为“{wanted}”的上级目录：请用 --replaces 指定新版本替换哪个目录（现有：{known}）")
        raise CatalogError(f"没有编号或名称为“{wanted}”的上级目录（现有：{known}）")
    return found[0].id, found[0].name


def _pair(entries: list[CatalogEntry], items: list[PowerItem]) -> dict[int, CatalogEntry]:
    """New position → current entry: by real code first, then by name and sub-name, each used once."""
    by_code: dict[str, list[CatalogEntry]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[CatalogEntry]] = defaultdict(list)
    for e in entries:
        if is_real_code(e.item.code):
            by_code[e.item.code.strip()].append(e)
        by_name[(e.item.name.strip(), e.item.sub_name.strip())].append(e)
    used: set[int] = set()
    paired: dict[int, CatalogEntry] = {}
    for keyed in (lambda i: by_code.get(i.code.strip(), []) if is_real_code(i.code) else [],
                  lambda i: by_name.get((i.name.strip(), i.sub_name.strip()), [])):
        for position, item in enumerate(items):
            if position in paired:
                continue
            match = next((e for e in keyed(item) if e.id not in used), None)
            if match is not None:
                used.add(match.id)
                paired[position] = match
    return paired


def compare_version(ws: Workspace, path: Path, replaces: str | None = None) -> VersionComparison:
    """Read the file as the next version of a catalog and compare (nothing is written)."""
    catalog_id, name = _replaced(ws, path, replaces)
    result = read_file(path, get_vocabularies(ws))
    if result.error:
        raise ImportFileError(result.error)
    items = [parsed.item for parsed in result.items]
    entries = list_entries(ws, catalog_id)
    paired = _pair(entries, items)
    comparison = VersionComparison(catalog_id, name, path, items, paired)
    comparison.added = [item for n, item in enumerate(items) if n not in paired]
    kept = {e.id for e in paired.values()}
    comparison.removed = [e for e in entries if e.id not in kept]
    for position, old in sorted(paired.items(), key=lambda p: p[1].position):
        differences = version_differences(old.item, items[position])
        if differences:
            comparison.changed.append(ChangedEntry(old, items[position], differences))
        else:
            comparison.unchanged.append(old)
    return comparison


def acceptable(comparison: VersionComparison) -> list[int]:
    """The entries whose change can be accepted: changed ones and removed ones (current entry ids)."""
    return [c.old.id for c in comparison.changed] + [e.id for e in comparison.removed]


def _keys(comparison: VersionComparison, accept: Iterable[int] | str) -> set[int]:
    possible = acceptable(comparison)
    if isinstance(accept, str):
        if accept != ACCEPT_ALL:
            raise CatalogError(f"“{accept}”不是条目编号；接受全部变更请写 all")
        return set(possible)
    chosen = {int(key) for key in accept}
    unknown = sorted(chosen - set(possible))
    if unknown:
        listed = "、".join(map(str, possible)) or "无"
        raise CatalogError(f"条目 {unknown[0]} 在新版本中没有变更或取消，无可接受的内容（可接受的条目：{listed}）")
    return chosen


def cancellation_reason(catalog: str) -> str:
    return f"上级目录《{catalog}》新版本已取消该事项"


def accepted_changes(ws: Workspace, comparison: VersionComparison,
                     accept: Iterable[int] | str) -> dict[int, dict[str, Any]]:
    """Item id → field changes that accepting the chosen entries makes (for one undoable edit)."""
    keys = _keys(comparison, accept)
    wanted: dict[int, PowerItem | None] = {}  # item id → the new version's item, or None: cancelled
    for change in comparison.changed:
        if change.old.id in keys and change.old.claim_status == CLAIMED and change.old.claimed_item_id:
            wanted[change.old.claimed_item_id] = change.new
    for entry in comparison.removed:
        if entry.id in keys and entry.claim_status == CLAIMED and entry.claimed_item_id:
            wanted[entry.claimed_item_id] = None
    result: dict[int, dict[str, Any]] = {}
    reason = cancellation_reason(comparison.catalog)
    for item in load_items(ws, list(wanted)):
        new = wanted[item.key]
        if new is not None:
            changes = restore_values(item, new)
        else:
            remarks = item.remarks if reason in item.remarks else "；".join(t for t in (item.remarks, reason) if t)
            changes = {"disposition": CANCELLED, "remarks": remarks}
            changes = {k: v for k, v in changes.items() if getattr(item, k) != v}
        if changes:
            result[item.key] = changes
    return result


@dataclass(frozen=True)
class MergeResult:
    catalog_id: int  # the new version
    linked: int  # entries continuing a current one, or matched to an item already in the list
    created: list[int]  # items created for added entries (claimed by default)
    changes: list[FieldChange]  # accepted changes applied to claimed items


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def merge_version(ws: Workspace, comparison: VersionComparison,
                  accept: Iterable[int] | str = ()) -> MergeResult:
    """Make the file the catalog's current version, in ONE transaction, applying the accepted changes."""
    changes = accepted_changes(ws, comparison, accept)
    claimed = set(catalog_links(ws))
    with ws.session() as s:
        old = s.get(CatalogRow, comparison.catalog_id)
        if old is None or old.replaced_by is not None:
            raise CatalogError(f"目录“{comparison.catalog}”已被其他版本替换，请重新比较")
        new = CatalogRow(name=comparison.path.stem, source_file=comparison.path.name,
                         source_sha256=_sha256(comparison.path), imported_at=now())
        s.add(new)
        s.flush()
        old.replaced_by = new.id
        matcher = Matcher([i for i in load_in_session(s, None, False) if i.id not in claimed])
        linked, created = 0, []
        for position, item in enumerate(comparison.items):
            previous = comparison.paired.get(position)
            row = CatalogEntryRow(catalog_id=new.id, position=position, data=item_to_dict(item))
            if previous is not None:
                row.claim_status, row.reason = previous.claim_status, previous.reason
                row.claimed_item_id, row.deviation_reason = previous.claimed_item_id, previous.deviation_reason
                linked += 1
            else:
                found = matcher.match(item)
                row.claim_status = CLAIMED
                if found is not None:
                    row.claimed_item_id = found.id
                    linked += 1
                else:
                    row.claimed_item_id = add_items(s, [item], SOURCE)[0].id
                    created.append(row.claimed_item_id or 0)
            s.add(row)
        applied = [c for item_id, values in changes.items() for c in apply_changes(s, item_id, values, SOURCE)]
        s.flush()
        new_id = new.id
    return MergeResult(new_id, linked, created, applied)

