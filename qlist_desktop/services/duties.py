"""Reading and changing the responsibility list (责任清单). Every write is one transaction, audited, and
returns what it changed (`DutyChanges`), so views refresh only what they must."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from qlist_desktop.domain.duties import (
    PARTS,
    SPOT_CHECKS,
    Entry,
    ResponsibilityList,
    SpotCheck,
    entry_from_dict,
    entry_name,
    entry_to_dict,
    parse_frequency,
    parse_ratio,
)
from qlist_desktop.domain.duty_rules import DutyFinding, DutyRuleSettings, validate_list
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.services.items import load_items, now
from qlist_desktop.services.settings import get_meta, set_meta
from qlist_desktop.storage.schema import DutyAuditRow, DutyEntryRow
from qlist_desktop.storage.workspace import Workspace

RULE_SETTINGS_KEY = "duty_rules"
INSPECTION = "行政检查"


class EntryNotFound(LookupError):
    """No entry with that id in that part; the message is a sentence for the liaison."""


@dataclass
class DutyChanges:
    """What one write changed: entry ids created, updated and deleted, and the parts they are in."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)
    parts: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)

    def to_dict(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "deleted": self.deleted,
                "parts": sorted(self.parts, key=PARTS.index)}


def _check_part(part: str) -> None:
    if part not in PARTS:
        raise ValueError(f"unknown responsibility-list part: {part}")


def _stored(entry: Entry) -> dict[str, Any]:
    data = entry_to_dict(entry)
    data.pop("id", None)
    return data


def _entry(part: str, entry_id: int, data: dict[str, Any]) -> Entry:
    entry = entry_from_dict(part, data)
    entry.id = entry_id
    return entry


# -- reading ---------------------------------------------------------------------------------------------


def load_list(ws: Workspace) -> ResponsibilityList:
    """Every part, each in its own order."""
    rlist = ResponsibilityList()
    with ws.session() as s:
        rows = s.execute(select(DutyEntryRow.id, DutyEntryRow.part, DutyEntryRow.data)
                         .order_by(DutyEntryRow.part, DutyEntryRow.position, DutyEntryRow.id)).all()
    for entry_id, part, data in rows:
        if part in PARTS:
            rlist.part(part).append(_entry(part, entry_id, data))
    return rlist


def get_entry(ws: Workspace, part: str, entry_id: int) -> Entry:
    with ws.session() as s:
        data = s.scalar(select(DutyEntryRow.data).where(DutyEntryRow.id == entry_id, DutyEntryRow.part == part))
    if data is None:
        raise EntryNotFound(f"责任清单中找不到编号为 {entry_id} 的条目")
    return _entry(part, entry_id, data)


def counts(ws: Workspace) -> dict[str, int]:
    with ws.session() as s:
        found = dict(s.execute(select(DutyEntryRow.part, func.count()).group_by(DutyEntryRow.part)).all())
    return {p: int(found.get(p, 0)) for p in PARTS}


def entries_for_item(rlist: ResponsibilityList, code: str) -> dict[str, list[tuple[int, str]]]:
    """(id, name) of the entries of each part tied to the item with this code."""
    code = code.strip()
    return {p: [(e.id, entry_name(p, e)) for e in rlist.part(p) if code and code in e.item_codes] for p in PARTS}


# -- writing ---------------------------------------------------------------------------------------------


def _audit(s: Session, part: str, entry_id: int, changes: list[tuple[str, Any, Any]], source: str,
           stamp: str) -> None:
    if changes:
        s.execute(insert(DutyAuditRow), [{"at": stamp, "part": part, "entry_id": entry_id, "field": name,
                                          "old": old, "new": new, "source": source} for name, old, new in changes])


def add_entries(s: Session, part: str, entries: Iterable[Entry], source: str, changes: DutyChanges, *,
                keep_ids: bool = False) -> None:
    """Append entries to a part inside an open session; each entry gets its new id (or keeps its own)."""
    _check_part(part)
    stamp = now()
    position = s.scalar(select(func.max(DutyEntryRow.position)).where(DutyEntryRow.part == part))
    position = -1 if position is None else position
    for entry in entries:
        position += 1
        data = _stored(entry)
        values: dict[str, Any] = {"part": part, "position": position, "data": data, "updated_at": stamp}
        if keep_ids and entry.id is not None:
            values["id"] = entry.id
        entry_id = int(s.execute(insert(DutyEntryRow).values(**values).returning(DutyEntryRow.id)).scalar_one())
        entry.id = entry_id
        _audit(s, part, entry_id, [("*", None, data)], source, stamp)
        changes.created.append(entry_id)
        changes.parts.add(part)


def create_entry(ws: Workspace, part: str, entry: Entry, source: str = "") -> DutyChanges:
    """Add one entry at the end of its part."""
    return create_entries(ws, part, [entry], source)


def restore_entries(ws: Workspace, part: str, placed: list[tuple[Entry, int]], source: str = "") -> DutyChanges:
    """Put deleted entries back with their ids and places (undo of a delete, redo of a creation)."""
    changes = DutyChanges()
    with ws.session() as s:
        for entry, position in placed:
            add_entries(s, part, [entry], source, changes, keep_ids=True)
            s.execute(update(DutyEntryRow).where(DutyEntryRow.id == entry.id).values(position=position))
    return changes


def restore_entry(ws: Workspace, part: str, entry: Entry, position: int, source: str = "") -> DutyChanges:
    return restore_entries(ws, part, [(entry, position)], source)


def _update_in_session(s: Session, part: str, entry: Entry, source: str, changes: DutyChanges) -> None:
    if entry.id is None:
        raise EntryNotFound("该条目尚未保存到工作区")
    old = s.scalar(select(DutyEntryRow.data).where(DutyEntryRow.id == entry.id, DutyEntryRow.part == part))
    if old is None:
        raise EntryNotFound(f"责任清单中找不到编号为 {entry.id} 的条目")
    new = _stored(entry)
    diff = [(k, old.get(k), v) for k, v in new.items() if old.get(k) != v]
    if not diff:
        return
    stamp = now()
    s.execute(update(DutyEntryRow).where(DutyEntryRow.id == entry.id).values(data=new, updated_at=stamp))
    _audit(s, part, entry.id, diff, source, stamp)
    changes.updated.append(entry.id)
    changes.parts.add(part)


def update_entry(ws: Workspace, part: str, entry: Entry, source: str = "") -> DutyChanges:
    """Write an edited entry; only changed fields are audited, and nothing is written when none changed."""
    _check_part(part)
    changes = DutyChanges()
    with ws.session() as s:
        _update_in_session(s, part, entry, source, changes)
    return changes


def _delete_in_session(s: Session, part: str, ids: list[int], source: str, changes: DutyChanges) -> None:
    rows = s.execute(select(DutyEntryRow.id, DutyEntryRow.data)
                     .where(DutyEntryRow.part == part, DutyEntryRow.id.in_(ids))).all()
    if not rows:
        return
    stamp = now()
    s.execute(delete(DutyEntryRow).where(DutyEntryRow.id.in_([r.id for r in rows])))
    for entry_id, data in rows:
        _audit(s, part, entry_id, [("*", data, None)], source, stamp)
        changes.deleted.append(entry_id)
    changes.parts.add(part)


def delete_entries(ws: Workspace, part: str, ids: Iterable[int], source: str = "") -> DutyChanges:
    _check_part(part)
    changes = DutyChanges()
    with ws.session() as s:
        _delete_in_session(s, part, list(ids), source, changes)
    return changes


def entry_positions(ws: Workspace, ids: list[int]) -> dict[int, int]:
    """Where entries stand in their part (to put them back there)."""
    with ws.session() as s:
        return dict(s.execute(select(DutyEntryRow.id, DutyEntryRow.position).where(DutyEntryRow.id.in_(ids))).all())


def merge_part(s: Session, part: str, entries: list[Entry], source: str, changes: DutyChanges, *,
               delete_missing: bool) -> None:
    """Write a part's entries inside an open session, matched to stored ones by id, else by name.

    Matched entries are updated in place (keeping their ids and audit history) and new ones created;
    with `delete_missing` the part then holds exactly `entries`, in their order.
    """
    _check_part(part)
    stored = {r.id: r.data for r in s.execute(select(DutyEntryRow.id, DutyEntryRow.data)
                                              .where(DutyEntryRow.part == part)
                                              .order_by(DutyEntryRow.position, DutyEntryRow.id))}
    by_name: dict[str, list[int]] = {}
    for entry_id, data in stored.items():
        by_name.setdefault(entry_name(part, _entry(part, entry_id, data)), []).append(entry_id)
    kept: set[int] = set()
    fresh: list[Entry] = []
    for entry in entries:
        match = entry.id if entry.id in stored and entry.id not in kept else None
        if match is None:
            match = next((i for i in by_name.get(entry_name(part, entry), []) if i not in kept), None)
        if match is None:
            entry.id = None
            fresh.append(entry)
            continue
        kept.add(match)
        entry.id = match
        _update_in_session(s, part, entry, source, changes)
    if delete_missing:
        _delete_in_session(s, part, [i for i in stored if i not in kept], source, changes)
    add_entries(s, part, fresh, source, changes)
    if delete_missing:
        for position, entry in enumerate(entries):
            s.execute(update(DutyEntryRow).where(DutyEntryRow.id == entry.id).values(position=position))


def replace_parts(ws: Workspace, rlist: ResponsibilityList, parts: Iterable[str], source: str = "") -> DutyChanges:
    """Make the given parts hold exactly `rlist`'s entries, in one transaction (see `merge_part`)."""
    changes = DutyChanges()
    with ws.session() as s:
        for part in parts:
            merge_part(s, part, rlist.part(part), source, changes, delete_missing=True)
    return changes


# -- the spot-check list ------------------------------------------------------------------------------


def spot_check_for(item: PowerItem) -> SpotCheck:
    """The spot-check entry a 行政检查 item starts with: full law titles (no articles), 双随机 method."""
    titles = list(dict.fromkeys(f"《{b.title.strip()}》" for b in item.bases if b.title.strip()))
    return SpotCheck(
        matter=item.full_name, basis="、".join(titles), target="本行政区域内的相关市场主体（检查对象名录库）",
        ratio=parse_ratio("不低于5%"), frequency=parse_frequency("每年不少于1次"),
        method="双随机抽查：随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开",
        subject=item.handling_unit or item.exercising_body, item_codes=[item.code.strip()] if item.code.strip() else [])


def missing_spot_checks(ws: Workspace) -> list[SpotCheck]:
    """A new spot-check entry for every 行政检查 item that has none yet."""
    covered = {c for e in load_list(ws).spot_checks for c in e.item_codes}
    return [spot_check_for(i) for i in load_items(ws)
            if i.category == INSPECTION and i.code.strip() and i.code.strip() not in covered]


def create_entries(ws: Workspace, part: str, entries: list[Entry], source: str = "") -> DutyChanges:
    """Append entries to a part in one transaction."""
    changes = DutyChanges()
    if entries:
        with ws.session() as s:
            add_entries(s, part, entries, source, changes)
    return changes


def generate_spot_checks(ws: Workspace, source: str = "") -> DutyChanges:
    """The spot-check list derived from the 行政检查 items; entries already there are left as edited."""
    return create_entries(ws, SPOT_CHECKS, list(missing_spot_checks(ws)), source)


# -- rules -----------------------------------------------------------------------------------------------


def get_rule_settings(ws: Workspace) -> DutyRuleSettings:
    return DutyRuleSettings.from_data(get_meta(ws, RULE_SETTINGS_KEY))


def set_rule_settings(ws: Workspace, settings: DutyRuleSettings) -> None:
    set_meta(ws, RULE_SETTINGS_KEY, settings.to_data())


def duty_findings(ws: Workspace, items: list[PowerItem], rlist: ResponsibilityList | None = None) -> list[DutyFinding]:
    """The responsibility-list rules over the workspace's list and these items."""
    return validate_list(rlist or load_list(ws), items, get_rule_settings(ws))


@dataclass(frozen=True)
class DutyAuditEntry:
    at: str
    part: str
    entry_id: int
    field: str
    old: Any
    new: Any
    source: str


def duty_audit_log(ws: Workspace, entry_id: int | None = None) -> list[DutyAuditEntry]:
    stmt = select(DutyAuditRow.at, DutyAuditRow.part, DutyAuditRow.entry_id, DutyAuditRow.field, DutyAuditRow.old,
                  DutyAuditRow.new, DutyAuditRow.source).order_by(DutyAuditRow.id)
    if entry_id is not None:
        stmt = stmt.where(DutyAuditRow.entry_id == entry_id)
    with ws.session() as s:
        return [DutyAuditEntry(*row) for row in s.execute(stmt)]
