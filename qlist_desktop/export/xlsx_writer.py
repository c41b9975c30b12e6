"""The bundle's workbooks, written with openpyxl.

Every sheet is set up for printing (see `xlsx_layout`): A4 landscape at a scale of 75 % or more, a wide
table continued on further pages across with its key columns and header row repeated, row heights
computed from the wrapped text (LibreOffice and some Excel versions do not grow rows), a text too long
for Excel's row cap continued on the next rows, and user text stored as text so that a name starting
with `=` never becomes a formula.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from qlist_desktop.domain.clean_text import clean
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.export.cells import cell_text
from qlist_desktop.export.templates import Column, TableTemplate
from qlist_desktop.export.xlsx_layout import Cell, PrintPlan, plan_print, row_height, split_row, wrapped_lines

BODY_FONT = "宋体"
TITLE_FONT = "黑体"
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="center")
_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
BUNDLE_ID_NAME = "qlist_bundle_id"


def put(ws: Worksheet, row: int, col: int, value: Cell) -> None:
    """Write a value; strings always as text (never a formula), numbers as numbers."""
    cell = ws.cell(row=row, column=col)
    cell.value = clean(value) if isinstance(value, str) else value  # text stored before cleaning existed
    if isinstance(value, str):
        cell.data_type = "s"
        if value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True


@dataclass
class Sheet:
    """One printable table sheet: title row, header row, data rows."""

    name: str
    title: str
    columns: Sequence[Column]
    rows: list[list[Cell]]
    font_size: float = 10
    info: tuple[str, str] | None = None  # a label/value line under the title (e.g. the bundle id)
    # False where a row must stay one item (a sheet read back by the importer): long texts are then cut
    # at the row cap instead of continued.
    continue_rows: bool = True

    @property
    def header_row(self) -> int:
        return 3 if self.info else 2


def sheet_name(text: str, taken: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub("_", text).strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f"({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.casefold())
    return name


def fill_sheet(ws: Worksheet, sheet: Sheet) -> None:
    font = Font(name=BODY_FONT, size=sheet.font_size)
    bold = Font(name=TITLE_FONT, size=sheet.font_size, bold=True)
    ncols = len(sheet.columns)
    plan = plan_print(sheet.columns)
    put(ws, 1, 1, sheet.title)
    ws.cell(1, 1).font = Font(name=TITLE_FONT, size=16, bold=True)
    ws.cell(1, 1).alignment = _CENTER
    if ncols > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.row_dimensions[1].height = 32
    head = sheet.header_row
    if sheet.info:
        put(ws, 2, 1, sheet.info[0])
        put(ws, 2, 2, sheet.info[1])
        ws.cell(2, 1).font = ws.cell(2, 2).font = bold
    header_lines = 1
    for c, column in enumerate(sheet.columns, start=1):
        put(ws, head, c, column.title)
        cell = ws.cell(head, c)
        cell.font, cell.alignment, cell.border, cell.fill = bold, _CENTER, _BORDER, _HEADER_FILL
        letter = get_column_letter(c)
        ws.column_dimensions[letter].width = column.width
        ws.column_dimensions[letter].hidden = column.hidden
        header_lines = max(header_lines, len(wrapped_lines(column.title, column.width, sheet.font_size)))
    ws.row_dimensions[head].height = row_height(header_lines, sheet.font_size)
    r = head + 1
    for values in sheet.rows:
        printed = (split_row(values, sheet.columns, sheet.font_size) if sheet.continue_rows
                   else [(list(values), _lines(values, sheet))])
        for row, lines in printed:
            for c, (value, column) in enumerate(zip(row, sheet.columns, strict=True), start=1):
                put(ws, r, c, value)
                cell = ws.cell(r, c)
                cell.font, cell.border = font, _BORDER
                cell.alignment = _WRAP if isinstance(value, str) and column.width > 8 else _CENTER
            ws.row_dimensions[r].height = row_height(lines, sheet.font_size)
            r += 1
    setup_print(ws, ncols, head, plan, sheet.title)


def _lines(values: list[Cell], sheet: Sheet) -> int:
    return max([len(wrapped_lines(v, c.width, sheet.font_size)) for v, c in zip(values, sheet.columns, strict=True)
                if isinstance(v, str) and not c.hidden] or [1])


def setup_print(ws: Worksheet, ncols: int, header_row: int, plan: PrintPlan, title: str) -> None:
    """Page set-up: the title printed in the page header of every page (row 1 holds it for the screen;
    printed, a merged title would be cut in pieces by the pages across and the repeated columns)."""
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    if plan.title_columns:
        ws.print_title_cols = f"A:{get_column_letter(plan.title_columns)}"
    for last in plan.breaks:
        ws.col_breaks.append(Break(id=last))
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = plan.scale
    ws.page_setup.pageOrder = "overThenDown"  # the pages across of the same rows follow one another
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.print_options.horizontalCentered = not plan.breaks
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = 0.3
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddHeader.center.font = f"{TITLE_FONT},Bold"
    ws.oddHeader.center.size = 14
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.print_area = f"A2:{get_column_letter(ncols)}{ws.max_row}"


def workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        fill_sheet(wb.create_sheet(sheet.name), sheet)
    return save(wb)


def save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def item_rows(items: Sequence[PowerItem], columns: Sequence[Column]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for n, item in enumerate(items, start=1):
        rows.append([n if col.field == "seq" else cell_text(item, col.field) for col in columns])
    return rows


def catalog_workbook(
    department: str,
    groups: Sequence[tuple[str, str, list[PowerItem]]],
    confidential_counts: dict[str, int],
    template: TableTemplate,
) -> bytes:
    """行政权力目录表: a summary sheet, then one sheet per category (label, code, public items)."""
    taken: set[str] = set()
    summary_cols = (
        Column("seq", "序号", 6), Column("category", "职权类型", 16), Column("code", "类型编码", 10),
        Column("count", "目录表事项数", 14), Column("confidential", "涉密不宜公开事项数", 18),
        Column("total", "合计", 10),
    )
    summary_rows: list[list[Cell]] = []
    for n, (label, code, items) in enumerate(groups, start=1):
        hidden = confidential_counts.get(label, 0)
        summary_rows.append([n, label, code, len(items), hidden, len(items) + hidden])
    summary_rows.append(["", "合计", "", *(sum(int(r[i] or 0) for r in summary_rows) for i in (3, 4, 5))])
    sheets = [Sheet(sheet_name(template.get("summary_sheet", "汇总"), taken),
                    template.get("summary_title", template.title).format(department=department),
                    summary_cols, summary_rows, template.font_size)]
    title = template.title.format(department=department)
    for label, _code, items in groups:
        if items:
            sheets.append(Sheet(sheet_name(label, taken), f"{title}（{label}）", template.columns,
                                item_rows(items, template.columns), template.font_size))
    return workbook_bytes(sheets)


def simple_workbook(department: str, template: TableTemplate, items: Sequence[PowerItem], sheet: str) -> bytes:
    """A one-sheet table of items (the 涉密不宜公开权力目录)."""
    return workbook_bytes([Sheet(sheet_name(sheet, set()), template.title.format(department=department),
                                 template.columns, item_rows(items, template.columns), template.font_size)])


def rows_workbook(department: str, template: TableTemplate, sheets: Sequence[tuple[str, list[list[Cell]]]]) -> bytes:
    """A workbook of precomputed rows, one sheet per (name, rows) (the 依据文件目录)."""
    taken: set[str] = set()
    title = template.title.format(department=department)
    return workbook_bytes([Sheet(sheet_name(name, taken), title, template.columns, rows, template.font_size)
                           for name, rows in sheets])


def review_feedback_workbook(
    department: str, template: TableTemplate, items: Sequence[PowerItem], bundle_id: str, conclusions: list[str]
) -> bytes:
    """审核意见反馈表: a row per item, a drop-down of conclusions, the bundle id in B2 and on every row."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name(template.get("sheet", "审核意见反馈表"), set())
    rows: list[list[Cell]] = []
    for n, item in enumerate(items, start=1):
        row: list[Cell] = []
        for col in template.columns:
            if col.field == "seq":
                row.append(n)
            elif col.field == "bundle_id":
                row.append(bundle_id)
            elif col.field == "item_id":
                row.append(item.id)
            elif col.field in ("review_conclusion", "review_comment", "reviewer", "review_date"):
                row.append(None)
            else:
                row.append(cell_text(item, col.field))
        rows.append(row)
    fill_sheet(ws, Sheet(ws.title, template.title.format(department=department), template.columns, rows,
                         template.font_size, info=("报送批次编号", bundle_id), continue_rows=False))
    wb.defined_names[BUNDLE_ID_NAME] = DefinedName(BUNDLE_ID_NAME, attr_text=f"{quote_sheetname(ws.title)}!$B$2")
    options = wb.create_sheet("选项")
    for n, label in enumerate(conclusions, start=1):
        put(options, n, 1, label)
    options.sheet_state = "hidden"
    fields = [c.field for c in template.columns]
    if "review_conclusion" in fields and conclusions and items:
        letter = get_column_letter(fields.index("review_conclusion") + 1)
        dv = DataValidation(type="list", formula1=f"{quote_sheetname(options.title)}!$A$1:$A${len(conclusions)}",
                            allow_blank=True, showErrorMessage=True, errorTitle="审核结论",
                            error=f"请从下拉列表中选择：{'、'.join(conclusions)}")
        dv.add(f"{letter}4:{letter}{len(items) + 3}")
        ws.add_data_validation(dv)
    return save(wb)
