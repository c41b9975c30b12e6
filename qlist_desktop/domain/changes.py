"""The change statement (变更说明): what changed in the list since the last submitted round.

Compares the snapshot of the last submission with the items about to be submitted, field by field,
so several edits of one field show as one net change (old → new). Pure: the services supply the
reasons (responses to opinions, or what the liaison wrote) and the times (from the audit log).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qlist_desktop.domain.items import FIELD_LABELS, LegalBasis, PowerItem, Responsibility, item_to_dict

ADDED = "新增"
REMOVED = "删除"
CHANGED = "变更"
# Bookkeeping fields that are not part of the list's content.
IGNORED_FIELDS = frozenset({"id", "created_at", "updated_at", "status"})


@dataclass(frozen=True)
class FieldDiff:
    field: str
    label: str
    old: str
    new: str


@dataclass
class ItemChange:
    kind: str
    item_id: int | None
    code: str
    full_name: str
    category: str
    diffs: list[FieldDiff] = field(default_factory=list)
    reason: str = ""
    changed_at: str = ""


def display_value(name: str, value: Any) -> str:
    """A field value as one line of text for the statement."""
    if value is None:
        return ""
    if name == "bases":
        return "；".join((b.citation() if isinstance(b, LegalBasis) else LegalBasis(**b).citation()) for b in value)
    if name == "responsibilities":
        parts = [r if isinstance(r, Responsibility) else Responsibility(**r) for r in value]
        return "；".join(f"{r.stage}：{r.content}" for r in parts)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}：{v}" for k, v in value.items())
    return str(value)


def diff_items(before: PowerItem, after: PowerItem) -> list[FieldDiff]:
    old, new = item_to_dict(before), item_to_dict(after)
    return [
        FieldDiff(name, FIELD_LABELS.get(name, name), display_value(name, old[name]), display_value(name, new[name]))
        for name in new
        if name not in IGNORED_FIELDS and old.get(name) != new[name]
    ]


def change_statement(
    previous: list[PowerItem],
    current: list[PowerItem],
    reasons: dict[int, str] | None = None,
    changed_at: dict[int, str] | None = None,
) -> list[ItemChange]:
    """Every item added, removed or changed between two rounds, in code order."""
    reasons, changed_at = reasons or {}, changed_at or {}
    before = {item.id: item for item in previous}
    after = {item.id: item for item in current}
    changes: list[ItemChange] = []
    for item_id, item in after.items():
        old = before.get(item_id)
        diffs = [] if old is None else diff_items(old, item)
        if old is None or diffs:
            changes.append(
                ItemChange(
                    ADDED if old is None else CHANGED,
                    item_id,
                    item.code,
                    item.full_name,
                    item.category,
                    diffs,
                    reasons.get(item_id or 0, ""),
                    changed_at.get(item_id or 0, ""),
                )
            )
    for item_id, item in before.items():
        if item_id not in after:
            changes.append(
                ItemChange(
                    REMOVED,
                    item_id,
                    item.code,
                    item.full_name,
                    item.category,
                    [],
                    reasons.get(item_id or 0, ""),
                    changed_at.get(item_id or 0, ""),
                )
            )
    return sorted(changes, key=lambda c: (c.code, c.item_id or 0))
