"""Reading and changing items. Every change is one transaction and is written to the audit log."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from qlist_desktop.domain.clean_text import clean_value
from qlist_desktop.domain.items import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    LegalBasis,
    PowerItem,
    Responsibility,
    item_to_dict,
)
from qlist_desktop.storage.bulk import insert_rows
from qlist_desktop.storage.schema import AuditRow, BasisRow, ItemRow, ResponsibilityRow
from qlist_desktop.storage.workspace import Workspace

ITEM_COLUMNS = ("id", *SCALAR_FIELDS, "extra", "created_at", "updated_at")
BASIS_COLUMNS = tuple(f.name for f in fields(LegalBasis))
RESPONSIBILITY_COLUMNS = tuple(f.name for f in fields(Responsibility))


class ItemNotFound(LookupError):
    """No item with that code or id; the message is a sentence for the liaison."""


@dataclass(frozen=True)
class ItemSummary:
    """What the item list shows of one item."""

    id: int
    code: str
    name: str
    sub_name: str
    category: str
    status: str
    updated_at: str


@dataclass(frozen=True)
class FieldChange:
    item_id: int
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditEntry:
    at: str
    item_id: int
    item_code: str
    field: str
    old: Any
    new: Any
    source: str


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


# -- reading --------------------------------------------------------------------------------------


def list_rows(ws: Workspace, *, deleted: bool = False) -> list[ItemSummary]:
    """One summary per item, in code order; the recycle bin's when `deleted`."""
    stmt = (
        select(
            ItemRow.id,
            ItemRow.code,
            ItemRow.name,
            ItemRow.sub_name,
            ItemRow.category,
            ItemRow.status,
            ItemRow.updated_at,
        )
        .where(ItemRow.deleted == deleted)
        .order_by(ItemRow.code, ItemRow.id)
    )
    with ws.session() as s:
        return [ItemSummary(*row) for row in s.execute(stmt)]


def count_items(ws: Workspace) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(ItemRow).where(ItemRow.deleted.is_(False))) or 0


def load_items(ws: Workspace, ids: Iterable[int] | None = None, *, deleted: bool = False) -> list[PowerItem]:
    """Full items (bases and responsibilities included), in code order."""
    with ws.session() as s:
        return load_in_session(s, None if ids is None else list(ids), deleted)


def load_in_session(s: Session, ids: list[int] | None, deleted: bool) -> list[PowerItem]:
    """`load_items` inside an open session (to read and write in one transaction)."""
    cols = [getattr(ItemRow, c) for c in ITEM_COLUMNS]
    stmt = select(*cols).order_by(ItemRow.code, ItemRow.id)
    stmt = stmt.where(ItemRow.deleted == deleted) if ids is None else stmt.where(ItemRow.id.in_(ids))
    items = [PowerItem(**dict(zip(ITEM_COLUMNS, row, strict=True))) for row in s.execute(stmt)]
    by_id = {item.id: item for item in items}
    if not by_id:
        return items
    bases: dict[int, list[LegalBasis]] = defaultdict(list)
    b_stmt = select(BasisRow.item_id, *[getattr(BasisRow, c) for c in BASIS_COLUMNS]).order_by(
        BasisRow.item_id, BasisRow.position
    )
    r_stmt = select(
        ResponsibilityRow.item_id, *[getattr(ResponsibilityRow, c) for c in RESPONSIBILITY_COLUMNS]
    ).order_by(ResponsibilityRow.item_id, ResponsibilityRow.position)
    if ids is not None:
        b_stmt = b_stmt.where(BasisRow.item_id.in_(ids))
        r_stmt = r_stmt.where(ResponsibilityRow.item_id.in_(ids))
    for item_id, level, title, revision, article, article_text, sha in s.execute(b_stmt):
        if item_id in by_id:
            bases[item_id].append(LegalBasis(level, title, revision, article, article_text, sha or ""))
    for item_id, stage, content, basis in s.execute(r_stmt):
        if item_id in by_id:
            by_id[item_id].responsibilities.append(Responsibility(stage, content, basis))
    for item_id, item_bases in bases.items():
        by_id[item_id].bases = item_bases
    return items


def get_item(ws: Workspace, item_id: int) -> PowerItem:
    found = load_items(ws, [item_id])
    if not found:
        raise ItemNotFound(f"找不到编号为 {item_id} 的事项")
    return found[0]


def find_by_code(ws: Workspace, code: str) -> PowerItem:
    """The live item with this code; a sentence naming the code when there is none."""
    with ws.session() as s:
        ids = s.scalars(select(ItemRow.id).where(ItemRow.code == code.strip(), ItemRow.deleted.is_(False))).all()
        if not ids:
            raise ItemNotFound(f"工作区中没有编码为“{code}”的事项")
        return load_in_session(s, [ids[0]], False)[0]


def existing_codes(ws: Workspace) -> list[str]:
    with ws.session() as s:
        return list(s.scalars(select(ItemRow.code)))


# -- writing ----------------------------------------------------------------------------------------


def _row_values(item: PowerItem) -> dict[str, Any]:
    return {name: getattr(item, name) for name in (*SCALAR_FIELDS, "extra")}


def _write_children(
    s: Session, item_id: int, bases: list[LegalBasis] | None, responsibilities: list[Responsibility] | None
) -> None:
    if bases is not None:
        s.execute(delete(BasisRow).where(BasisRow.item_id == item_id))
        if bases:
            s.execute(
                insert(BasisRow),
                [
                    {"item_id": item_id, "position": n, **vars(b), "document_sha256": b.document_sha256 or None}
                    for n, b in enumerate(bases)
                ],
            )
    if responsibilities is not None:
        s.execute(delete(ResponsibilityRow).where(ResponsibilityRow.item_id == item_id))
        if responsibilities:
            s.execute(
                insert(ResponsibilityRow),
                [{"item_id": item_id, "position": n, **vars(r)} for n, r in enumerate(responsibilities)],
            )


def add_items(s: Session, items: list[PowerItem], source: str, *, cleaned: bool = False) -> list[PowerItem]:
    """Insert items inside an open session, in bulk (one statement per table), audited; returns them with ids.

    Their texts are cleaned first (`domain.clean_text`) unless the caller says they were (`cleaned`: the
    workbook readers clean every cell they read).
    """
    if not items:
        return []
    if not cleaned:
        items = clean_value(items)
    stamp = now()
    rows = [{**_row_values(item), "created_at": stamp, "updated_at": stamp} for item in items]
    ids = insert_rows(s, ItemRow, rows, return_ids=True)
    bases = [
        {"item_id": item_id, "position": n, **vars(b), "document_sha256": b.document_sha256 or None}
        for item_id, item in zip(ids, items, strict=True)
        for n, b in enumerate(item.bases)
    ]
    duties = [
        {"item_id": item_id, "position": n, **vars(r)}
        for item_id, item in zip(ids, items, strict=True)
        for n, r in enumerate(item.responsibilities)
    ]
    insert_rows(s, BasisRow, bases)
    insert_rows(s, ResponsibilityRow, duties)
    insert_rows(
        s,
        AuditRow,
        [
            {"at": stamp, "item_id": item_id, "item_code": item.code, "field": "*", "old": None,
             "new": item_to_dict(item) | {"id": item_id}, "source": source}
            for item_id, item in zip(ids, items, strict=True)
        ],
    )
    created = []
    for item_id, item in zip(ids, items, strict=True):
        copy = PowerItem(**{f.name: getattr(item, f.name) for f in fields(item)})
        copy.id, copy.created_at, copy.updated_at = item_id, stamp, stamp
        created.append(copy)
    return created


def create_items(ws: Workspace, items: list[PowerItem], source: str = "") -> list[PowerItem]:
    """Insert new items in one transaction; returns them with ids."""
    with ws.session() as s:
        return add_items(s, items, source)


def create_item(ws: Workspace, item: PowerItem, source: str = "") -> PowerItem:
    return create_items(ws, [item], source)[0]


def stored_value(name: str, value: Any) -> Any:
    """A field value as it is stored in the audit log (JSON-ready)."""
    if name in LIST_FIELDS:
        return [vars(v).copy() for v in value]
    if isinstance(value, list | dict):
        return value.copy()
    return value


def update_item(ws: Workspace, item_id: int, changes: dict[str, Any], source: str = "") -> list[FieldChange]:
    """Set fields of one item in one transaction; only real changes are written and audited."""
    with ws.session() as s:
        return apply_changes(s, item_id, changes, source)


def apply_changes(s: Session, item_id: int, changes: dict[str, Any], source: str) -> list[FieldChange]:
    """`update_item` inside an open session."""
    changes = clean_value(changes)
    unknown = set(changes) - set(SCALAR_FIELDS) - set(LIST_FIELDS) - {"extra"}
    if unknown:
        raise ValueError(f"unknown item fields: {sorted(unknown)}")
    current = load_in_session(s, [item_id], False)
    if not current:
        raise ItemNotFound(f"找不到编号为 {item_id} 的事项")
    item = current[0]
    done = [
        FieldChange(item_id, name, stored_value(name, getattr(item, name)), stored_value(name, value))
        for name, value in changes.items()
        if stored_value(name, getattr(item, name)) != stored_value(name, value)
    ]
    if not done:
        return []
    stamp = now()
    scalar = {c.field: changes[c.field] for c in done if c.field not in LIST_FIELDS}
    s.execute(update(ItemRow).where(ItemRow.id == item_id).values(**scalar, updated_at=stamp))
    changed = {c.field for c in done}
    _write_children(
        s,
        item_id,
        changes["bases"] if "bases" in changed else None,
        changes["responsibilities"] if "responsibilities" in changed else None,
    )
    code = changes.get("code", item.code)
    s.execute(
        insert(AuditRow),
        [
            {
                "at": stamp,
                "item_id": item_id,
                "item_code": code,
                "field": c.field,
                "old": c.old,
                "new": c.new,
                "source": source,
            }
            for c in done
        ],
    )
    return done


def apply_changes_many(s: Session, changes: dict[int, dict[str, Any]], source: str) -> list[FieldChange]:
    """`apply_changes` for many items in one go: one read, one UPDATE per distinct set of values, one audit insert."""
    changes = clean_value(changes)
    unknown = {name for ch in changes.values() for name in ch} - set(SCALAR_FIELDS) - set(LIST_FIELDS) - {"extra"}
    if unknown:
        raise ValueError(f"unknown item fields: {sorted(unknown)}")
    current = {item.key: item for item in load_in_session(s, list(changes), False)}
    missing = set(changes) - set(current)
    if missing:
        raise ItemNotFound(f"找不到编号为 {min(missing)} 的事项")
    done: list[FieldChange] = []
    stamp = now()
    groups: dict[str, tuple[dict[str, Any], list[int]]] = {}
    for item_id, wanted in changes.items():
        item = current[item_id]
        real = [
            FieldChange(item_id, name, stored_value(name, getattr(item, name)), stored_value(name, value))
            for name, value in wanted.items()
            if stored_value(name, getattr(item, name)) != stored_value(name, value)
        ]
        if not real:
            continue
        done.extend(real)
        scalar = {c.field: wanted[c.field] for c in real if c.field not in LIST_FIELDS}
        key = repr(sorted((k, stored_value(k, v)) for k, v in scalar.items()))
        groups.setdefault(key, (scalar, []))[1].append(item_id)
        fields_done = {c.field for c in real}
        if fields_done & set(LIST_FIELDS):
            _write_children(s, item_id, wanted["bases"] if "bases" in fields_done else None,
                            wanted["responsibilities"] if "responsibilities" in fields_done else None)
    for values, ids in groups.values():
        s.execute(update(ItemRow).where(ItemRow.id.in_(ids)).values(**values, updated_at=stamp))
    codes = {i: changes[i].get("code", current[i].code) for i in changes}
    insert_rows(s, AuditRow, [
        {"at": stamp, "item_id": c.item_id, "item_code": codes[c.item_id], "field": c.field, "old": c.old,
         "new": c.new, "source": source}
        for c in done
    ])
    return done


def set_status_in_session(s: Session, ids: list[int], status: str, source: str) -> int:
    """Set many items' status at once inside an open session, audited; returns how many changed."""
    rows = s.execute(
        select(ItemRow.id, ItemRow.code, ItemRow.status).where(ItemRow.id.in_(ids), ItemRow.status != status)
    ).all()
    if not rows:
        return 0
    stamp = now()
    s.execute(update(ItemRow).where(ItemRow.id.in_([r.id for r in rows])).values(status=status, updated_at=stamp))
    s.execute(
        insert(AuditRow),
        [
            {
                "at": stamp,
                "item_id": r.id,
                "item_code": r.code,
                "field": "status",
                "old": r.status,
                "new": status,
                "source": source,
            }
            for r in rows
        ],
    )
    return len(rows)


def set_deleted(ws: Workspace, ids: Iterable[int], deleted: bool, source: str = "") -> int:
    """Move items into the recycle bin (or back); returns how many changed."""
    with ws.session() as s:
        return set_deleted_in_session(s, list(ids), deleted, source)


def set_deleted_in_session(s: Session, ids: Iterable[int], deleted: bool, source: str) -> int:
    """`set_deleted` inside an open session."""
    ids = list(ids)
    if not ids:
        return 0
    stamp = now()
    rows = s.execute(select(ItemRow.id, ItemRow.code).where(ItemRow.id.in_(ids), ItemRow.deleted != deleted)).all()
    if not rows:
        return 0
    s.execute(update(ItemRow).where(ItemRow.id.in_([r.id for r in rows])).values(deleted=deleted, updated_at=stamp))
    s.execute(
        insert(AuditRow),
        [
            {"at": stamp, "item_id": r.id, "item_code": r.code, "field": "deleted", "old": not deleted,
             "new": deleted, "source": source}
            for r in rows
        ],
    )
    return len(rows)


def audit_log(ws: Workspace, item_id: int | None = None, since: str | None = None) -> list[AuditEntry]:
    """The audit log, oldest first; for one item and/or from a moment on."""
    stmt = select(
        AuditRow.at, AuditRow.item_id, AuditRow.item_code, AuditRow.field, AuditRow.old, AuditRow.new, AuditRow.source
    ).order_by(AuditRow.id)
    if item_id is not None:
        stmt = stmt.where(AuditRow.item_id == item_id)
    if since is not None:
        stmt = stmt.where(AuditRow.at >= since)
    with ws.session() as s:
        return [AuditEntry(*row) for row in s.execute(stmt)]
