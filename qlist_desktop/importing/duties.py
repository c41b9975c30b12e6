"""Reading responsibility-list (责任清单) sheets: a sheet is a part when its header row (rows 1–5) has that
part's required headings (synonyms in `resources/duty_headers.json`), alone or as extra sheets of a
权责清单 workbook. A row whose 序号 and name are empty continues the entry above (merged cells)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from qlist_desktop.domain.duties import PART_LABELS, PARTS, DutyDataError, Entry, ResponsibilityList
from qlist_desktop.domain.duty_table import entry_from_rows, group_rows
from qlist_desktop.importing.text import label_key
from qlist_desktop.importing.workbook import Sheet, read_workbook
from qlist_desktop.paths import resource

HEADER_SCAN_ROWS = 5


@dataclass(frozen=True)
class PartHeaders:
    required: tuple[str, ...]
    by_label: dict[str, str]


@lru_cache(maxsize=2)
def load_headers(path: Path | None = None) -> dict[str, PartHeaders]:
    data = json.loads((path or resource("duty_headers.json")).read_text(encoding="utf-8"))
    return {part: PartHeaders(tuple(data[part]["required"]),
                              {label_key(label): key for key, labels in data[part]["fields"].items()
                               for label in labels})
            for part in PARTS}


@dataclass
class PartSheet:
    """One sheet read as a part: its entries, and a sentence per row that could not be read."""

    sheet: str
    part: str
    header_row: int
    entries: list[Entry] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def detect_part(sheet: Sheet) -> tuple[str, int, dict[int, str]] | None:
    """(part, header row, column index → key) when the sheet is a responsibility-list part."""
    best: tuple[int, str, int, dict[int, str]] | None = None
    headers = load_headers()
    for row in range(1, HEADER_SCAN_ROWS + 1):
        cells = sheet.rows.get(row, [])
        for part, spec in headers.items():
            found: dict[int, str] = {}
            for col, text in enumerate(cells):
                key = spec.by_label.get(label_key(text))
                if key and key not in found.values():
                    found[col] = key
            if set(spec.required) <= set(found.values()) and (best is None or len(found) > best[0]):
                best = (len(found), part, row, found)
    return None if best is None else best[1:]


def read_part_sheet(sheet: Sheet) -> PartSheet | None:
    """The sheet's entries when it is a part, else None."""
    found = detect_part(sheet)
    if found is None:
        return None
    part, header_row, columns = found
    result = PartSheet(sheet.name, part, header_row)
    numbered = []
    for row in sorted(r for r in sheet.rows if r > header_row):
        numbered.append((row, {key: sheet.text(row, col) for col, key in columns.items()}))
    rows = [values for _row, values in numbered]
    first_rows = {id(values): row for row, values in numbered}
    for group in group_rows(part, rows):
        try:
            result.entries.append(entry_from_rows(part, group))
        except DutyDataError as exc:
            result.errors.append(f"工作表“{sheet.name}”第{first_rows[id(group[0])]}行：{exc}")
    return result


def read_list_file(path: Path) -> tuple[ResponsibilityList, list[str], list[str]]:
    """Every part found in a workbook: (list, parts found, sentences for rows that could not be read)."""
    book = read_workbook(Path(path))
    rlist = ResponsibilityList()
    parts: list[str] = []
    errors: list[str] = []
    for sheet in book.sheets:
        read = read_part_sheet(sheet)
        if read is None:
            continue
        rlist.part(read.part).extend(read.entries)
        errors += read.errors
        if read.part not in parts:
            parts.append(read.part)
    return rlist, parts, errors


def describe(parts: list[str]) -> str:
    return "、".join(PART_LABELS[p] for p in parts)
