"""Finding the header row of a sheet (rows 1–5) and mapping its columns to item fields.

Synonyms are data (`resources/import_headers.json`). Two-level headers (a merged parent over child labels)
are read as one label per column; columns that share a field (a heading merged across two columns, or a
heading repeated) are all kept and their texts combined. A heading that is not recognised is never guessed:
its column goes to the item's extra fields and is reported.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from qlist_desktop.importing.text import has_broken_word, label_key, single_line
from qlist_desktop.importing.workbook import Merge, Sheet
from qlist_desktop.paths import resource

HEADER_SCAN_ROWS = 5
# Fields whose column is what makes a row an item.
IDENTITY_FIELDS = ("category", "name", "sub_name", "code")


@dataclass(frozen=True)
class Synonyms:
    by_label: dict[str, str]
    category_values: dict[str, str]
    no_value: dict[str, frozenset[str]]
    disclosure_scope_values: dict[str, str]

    def field_for(self, label: str) -> str | None:
        key = label_key(label)
        if not key:
            return None
        found = self.by_label.get(key)
        if found is None:
            # A unit or note in brackets does not change the meaning: 法定期限（天/日）.
            bare = re.sub(r"\([^)]*\)", "", key)
            found = self.by_label.get(bare) if bare else None
        return found


@lru_cache(maxsize=4)
def load_synonyms(path: Path | None = None) -> Synonyms:
    data = json.loads((path or resource("import_headers.json")).read_text(encoding="utf-8"))
    by_label = {label_key(label): name for name, labels in data["fields"].items() for label in labels}
    category_values = {label_key(k): v for k, v in data.get("category_values", {}).items() if not k.startswith("_")}
    no_value = {k: frozenset(v) for k, v in data.get("no_value", {}).items() if not k.startswith("_")}
    scope = {label_key(k): v for k, v in data.get("disclosure_scope_values", {}).items()}
    return Synonyms(by_label, category_values, no_value, scope)


@dataclass
class Column:
    index: int  # 0-based
    label: str  # as printed; `parent·child` for a two-level header
    field: str | None  # None: not recognised, kept in extra


@dataclass
class HeaderLayout:
    row: int  # 1-based; the last header row when the header has two levels
    first_row: int
    columns: list[Column] = field(default_factory=list)
    wrapped: bool = False  # headings hard-wrapped inside words: the sheet's texts are too

    def fields(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for col in self.columns:
            if col.field:
                found.setdefault(col.field, []).append(col.index)
        return found

    def unrecognised(self) -> list[Column]:
        return [c for c in self.columns if c.field is None]

    def keys(self) -> set[str]:
        return {label_key(c.label) for c in self.columns if c.field}


def _score(sheet: Sheet, row: int, syn: Synonyms) -> tuple[int, bool]:
    fields = {syn.field_for(t) for t in sheet.rows.get(row, []) if t}
    fields.discard(None)
    return len(fields), bool({"name", "sub_name"} & fields)


def find_header(sheet: Sheet, syn: Synonyms) -> HeaderLayout | None:
    """The header of a sheet: the row among the first five naming most known columns, one of them a name."""
    best: tuple[int, int] | None = None
    for row in range(1, HEADER_SCAN_ROWS + 1):
        score, has_name = _score(sheet, row, syn)
        if has_name and score >= 3 and (best is None or score > best[0]):
            best = (score, row)
    if best is None:
        return None
    row = best[1]
    pairs = [("", label) for label in _labels(sheet, row)]
    last = row
    child = _child_labels(sheet, row, pairs, syn)
    if child is not None:
        pairs, last = child, row + 1
    columns = [
        Column(i, f"{parent}·{label}" if parent else label, _resolve(parent, label, syn))
        for i, (parent, label) in enumerate(pairs)
        if label
    ]
    # Headings broken inside words (事项\n名称) in most columns mean the whole sheet was hard-wrapped.
    raw = [t for t in sheet.rows.get(row, []) + (sheet.rows.get(last, []) if last != row else []) if t]
    broken = sum(1 for t in raw if has_broken_word(t))
    wrapped = broken >= 3 and broken >= 0.4 * len(raw)
    return HeaderLayout(row=last, first_row=row, columns=columns, wrapped=wrapped)


def _labels(sheet: Sheet, row: int) -> list[str]:
    """Header texts, a horizontally merged heading repeated over every column it spans."""
    labels = [single_line(t) for t in sheet.rows.get(row, [])]
    for m in sheet.merges:
        if m.first_row <= row <= m.last_row and m.last_col > m.first_col:
            top = single_line(sheet.text(m.first_row, m.first_col))
            labels.extend([""] * (m.last_col + 1 - len(labels)))
            for c in range(m.first_col, m.last_col + 1):
                labels[c] = labels[c] or top
    return labels


def _child_labels(
    sheet: Sheet, row: int, pairs: list[tuple[str, str]], syn: Synonyms
) -> list[tuple[str, str]] | None:
    """(parent, child) labels of a two-level header, or None when the row below is data, not labels."""
    below = [single_line(t) for t in sheet.rows.get(row + 1, [])]
    if not any(below) or any(len(t) > 30 or _is_category_value(t, syn) for t in below):
        return None
    spans = [m for m in sheet.merges if m.first_row == row and m.last_row == row and m.last_col > m.first_col]
    under = {c for m in spans for c in range(m.first_col, m.last_col + 1) if c < len(below) and below[c]}
    if len(under) < 2:
        return None
    result = list(pairs) + [("", "")] * max(0, len(below) - len(pairs))
    for c, text in enumerate(below):
        if text:
            result[c] = (result[c][1], text) if c in under else ("", text)
    return result


def _is_category_value(text: str, syn: Synonyms) -> bool:
    key = label_key(text)
    return (key.startswith("行政") and len(key) <= 8) or key in syn.category_values


def _resolve(parent: str, label: str, syn: Synonyms) -> str | None:
    """The field of a label under an optional parent: parent with child, the child alone, then the parent."""
    if not parent:
        return syn.field_for(label)
    return syn.field_for(parent + label) or syn.field_for(label) or syn.field_for(parent)


def merged_cells_index(merges: list[Merge]) -> dict[tuple[int, int], Merge]:
    """Every covered cell (not the top-left one) of every merge, for lookups by (row, col)."""
    index: dict[tuple[int, int], Merge] = {}
    for m in merges:
        if (m.last_row - m.first_row + 1) * (m.last_col - m.first_col + 1) > 200_000:
            continue  # a sheet-wide merge covers nothing an item needs; skip it to keep memory bounded
        for r in range(m.first_row, m.last_row + 1):
            for c in range(m.first_col, m.last_col + 1):
                if (r, c) != (m.first_row, m.first_col):
                    index[(r, c)] = m
    return index
