"""The responsibility list as printed tables: one row per work item (部门职责), per department (职责边界),
per entry (the other parts); an entry's own columns are filled on its first row only (merged when printed).

Keys name the columns: an entry field (`title`), a sub-row field (`work.section`, `party.role`), `seq`
(序号) or `item_codes` (one code a line). Reading the rows back gives the same entries.
"""

from __future__ import annotations

from typing import Any

from qlist_desktop.domain.duties import (
    BOUNDARIES,
    DUTIES,
    Entry,
    entry_from_dict,
    entry_to_dict,
)

# Which sub-rows a part has, and the prefix of their keys.
SUB_ROWS = {DUTIES: ("work_items", "work"), BOUNDARIES: ("parties", "party")}
COLUMNS: dict[str, tuple[str, ...]] = {
    DUTIES: ("seq", "title", "work.content", "work.section", "work.phone", "work.remarks", "basis", "item_codes"),
    BOUNDARIES: ("seq", "matter", "party.department", "party.role", "party.duty", "basis", "case", "remarks",
                 "item_codes"),
    "supervision": ("seq", "aspect", "matter", "target", "methods", "frequency", "ratio", "section", "basis",
                    "handling", "item_codes"),
    "services": ("seq", "name", "category", "target", "content", "channel", "schedule", "section", "phone", "basis",
                 "item_codes"),
    "spot_checks": ("seq", "matter", "basis", "target", "ratio", "frequency", "method", "subject", "item_codes"),
}
# The column that, filled, starts a new entry when reading (a row without it continues the entry above).
START_KEYS = {DUTIES: "title", BOUNDARIES: "matter"}


def is_entry_key(key: str) -> bool:
    """A column printed once per entry (merged over its sub-rows)."""
    return "." not in key


def _cell(value: Any, key: str = "") -> str:
    if isinstance(value, list):
        return ("\n" if key == "item_codes" else "、").join(str(v) for v in value)
    return "" if value is None else str(value)


def entry_rows(part: str, entry: Entry, seq: int) -> list[dict[str, str]]:
    """The printed rows of one entry, as key → text."""
    data = entry_to_dict(entry)
    own = {k: (str(seq) if k == "seq" else _cell(data.get(k), k)) for k in COLUMNS[part] if is_entry_key(k)}
    if part not in SUB_ROWS:
        return [own]
    list_field, prefix = SUB_ROWS[part]
    subs = data[list_field] or [{}]
    rows = []
    for n, sub in enumerate(subs):
        row = dict(own) if n == 0 else {k: "" for k in own}
        row.update({k: _cell(sub.get(k.split(".", 1)[1], "")) for k in COLUMNS[part] if k.startswith(prefix + ".")})
        rows.append(row)
    return rows


def group_rows(part: str, rows: list[dict[str, str]]) -> list[list[dict[str, str]]]:
    """Rows cut into entries. In a part with sub-rows a row continues the entry above when its 序号 and
    name are empty (merged cells) or the same as the entry's (a list that repeats them on every row)."""
    groups: list[list[dict[str, str]]] = []
    start = START_KEYS.get(part)

    def key(row: dict[str, str]) -> tuple[str, str]:
        return row.get("seq", "").strip(), row.get(start or "", "").strip()

    for row in rows:
        if not any(v.strip() for v in row.values()):
            continue
        begins = start is None or not groups or (any(key(row)) and key(row) != key(groups[-1][0]))
        if begins:
            groups.append([row])
        else:
            groups[-1].append(row)
    return groups


def entry_from_rows(part: str, rows: list[dict[str, str]]) -> Entry:
    """One entry from its printed rows (the inverse of `entry_rows`); malformed 频次/比例 are refused."""
    first = rows[0]
    data: dict[str, Any] = {k: v for k, v in first.items() if is_entry_key(k) and k != "seq"}
    if part in SUB_ROWS:
        list_field, prefix = SUB_ROWS[part]
        subs = []
        for row in rows:
            sub = {k.split(".", 1)[1]: v for k, v in row.items() if k.startswith(prefix + ".")}
            if any(v.strip() for v in sub.values()):
                subs.append(sub)
        data[list_field] = subs
    return entry_from_dict(part, data)
