"""Reading the 审核意见反馈表 as the review office returns it.

The office edits the sheet the bundle exported in Excel or WPS: columns get reordered or added, codes
become numbers, cells are merged, rows deleted or sorted, full-width characters and stray spaces creep
in. So columns are found by their headings (synonyms below), values are cleaned, merged cells filled,
and the bundle id is looked for in the title rows and in its column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from qlist_desktop.importing.text import cell_text, label_key
from qlist_desktop.importing.workbook import ImportFileError, Sheet, read_workbook

BUNDLE_ID = re.compile(r"QL-[0-9A-Za-z]+-\d{14}-R\d+-[0-9a-f]{6}")
HEADINGS: dict[str, tuple[str, ...]] = {
    "code": ("职权编码", "事项编码", "权力编码", "编码"),
    "name": ("职权名称", "事项名称", "权力名称", "名称"),
    "sub_name": ("子项名称", "子项"),
    "category": ("职权类型", "权力类型", "事项类型", "类型"),
    "conclusion": ("审核结论", "结论", "审核结果"),
    "comment": ("审核意见", "意见", "具体意见", "审核说明", "修改意见"),
    "reviewer": ("审核人", "审核人员", "经办人"),
    "review_date": ("审核日期", "日期", "审核时间"),
    "bundle_id": ("报送批次编号", "批次编号", "报送批次"),
    "item_id": ("内部编号",),
}
HEADER_SCAN_ROWS = 10
_HEADING_FIELD = {label_key(h): name for name, headings in HEADINGS.items() for h in headings}


class FeedbackError(ValueError):
    """A feedback sheet that cannot be read, said in a sentence."""


@dataclass(frozen=True)
class FeedbackRow:
    row: int  # row number in the sheet, as Excel shows it
    code: str
    name: str
    sub_name: str
    conclusion: str
    comment: str
    reviewer: str
    review_date: str
    item_id: int | None
    bundle_id: str


@dataclass
class FeedbackSheet:
    sheet: str
    title: str
    bundle_ids: set[str] = field(default_factory=set)
    rows: list[FeedbackRow] = field(default_factory=list)


def clean_code(text: str) -> str:
    """An item code as typed or converted by a spreadsheet: full-width folded, spaces dropped, upper case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).upper()


def _filled(sheet: Sheet) -> dict[tuple[int, int], str]:
    """Every cell's text, merged ranges filled with their top-left value."""
    grid = {(r, c): v for r, cells in sheet.rows.items() for c, v in enumerate(cells) if v}
    for m in sheet.merges:
        value = grid.get((m.first_row, m.first_col), "")
        if value:
            for r in range(m.first_row, m.last_row + 1):
                for c in range(m.first_col, m.last_col + 1):
                    grid[(r, c)] = value
    return grid


def _header(grid: dict[tuple[int, int], str], sheet: Sheet) -> tuple[int, dict[str, int]] | None:
    last = min(sheet.max_row, HEADER_SCAN_ROWS)
    top = sorted((key, value) for key, value in grid.items() if key[0] <= last)  # never the whole grid
    for r in range(1, last + 1):
        columns: dict[str, int] = {}
        for (row, col), value in top:
            name = _HEADING_FIELD.get(label_key(value)) if row == r else None
            if name and name not in columns:
                columns[name] = col
        if "conclusion" in columns and ("code" in columns or "item_id" in columns):
            return r, columns
    return None


def read_feedback(path: Path) -> FeedbackSheet:
    """The review rows of the first sheet that has a code column and a conclusion column."""
    try:
        book = read_workbook(path)
    except ImportFileError as exc:
        raise FeedbackError(str(exc)) from None
    for sheet in book.sheets:
        grid = _filled(sheet)
        found = _header(grid, sheet)
        if not found:
            continue
        header_row, columns = found
        result = FeedbackSheet(sheet.name, grid.get((1, 0), ""))
        for (row, _col), value in grid.items():
            if row < header_row:
                result.bundle_ids.update(BUNDLE_ID.findall(value))

        def get(r: int, name: str, grid: dict[tuple[int, int], str] = grid, columns: dict[str, int] = columns) -> str:
            col = columns.get(name)
            return "" if col is None else grid.get((r, col), "")

        for r in range(header_row + 1, sheet.max_row + 1):
            if not any(get(r, name) for name in columns):
                continue
            raw_id = get(r, "item_id")
            bundle = "".join(BUNDLE_ID.findall(get(r, "bundle_id"))[:1])
            if bundle:
                result.bundle_ids.add(bundle)
            result.rows.append(
                FeedbackRow(
                    row=r,
                    code=clean_code(get(r, "code")),
                    name=cell_text(get(r, "name")).replace("\n", ""),
                    sub_name=cell_text(get(r, "sub_name")).replace("\n", ""),
                    conclusion=re.sub(r"\s+", "", unicodedata.normalize("NFKC", get(r, "conclusion"))),
                    comment=cell_text(get(r, "comment")),
                    reviewer=cell_text(get(r, "reviewer")),
                    review_date=cell_text(get(r, "review_date")),
                    item_id=int(raw_id) if raw_id.strip().isdigit() else None,
                    bundle_id=bundle,
                )
            )
        return result
    raise FeedbackError(f"“{path.name}”中找不到审核意见反馈表：没有同时含“职权编码”和“审核结论”列的工作表")
