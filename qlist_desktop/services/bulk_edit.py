"""Editing many items at once (Excel's fill-down): choose items by field values, set fields, undo as one step."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qlist_desktop.domain.vocab import Vocabularies
from qlist_desktop.services.fields import coerce
from qlist_desktop.services.items import apply_changes_many, load_items, stored_value
from qlist_desktop.services.op_changes import OpChanges
from qlist_desktop.storage.workspace import Workspace


@dataclass
class BulkOutcome:
    """The fields a bulk edit changed, with their old values (what undo writes back)."""

    previous: dict[int, dict[str, Any]] = field(default_factory=dict)
    applied: dict[int, dict[str, Any]] = field(default_factory=dict)

    @property
    def changes(self) -> OpChanges:
        return OpChanges.of(updated=self.applied)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def select_items(ws: Workspace, where: list[tuple[str, str]], vocab: Vocabularies) -> list[int]:
    """The ids of the live items whose every named field equals the value (an empty value: the field is empty)."""
    wanted = [(name, raw.strip(), None if not raw.strip() else coerce(name, raw, vocab)) for name, raw in where]
    found = []
    for item in load_items(ws):
        if all(
            _empty(getattr(item, name)) if not raw
            else stored_value(name, getattr(item, name)) == stored_value(name, value)
            or str(getattr(item, name)).strip() == raw
            for name, raw, value in wanted
        ):
            found.append(item.key)
    return found


def set_many(ws: Workspace, changes: dict[int, dict[str, Any]], source: str = "") -> BulkOutcome:
    """Set fields of many items in one transaction, audited; only real changes are written."""
    with ws.session() as s:
        done = apply_changes_many(s, changes, source)
    outcome = BulkOutcome()
    for change in done:
        outcome.previous.setdefault(change.item_id, {})[change.field] = change.old
        outcome.applied.setdefault(change.item_id, {})[change.field] = changes[change.item_id][change.field]
    return outcome
