"""The responsibility list (责任清单) printed: each part as a workbook sheet and as a PDF table.

The same print standards as the catalog (一表): A4 landscape, header row repeated on every page, embedded
fonts, page numbers "— 1 —", row heights from the wrapped text, user text never a formula. An entry's
own columns are merged over its sub-rows (work items, departments) in the workbook; in the PDF its
sub-rows are a table nested in the row, so no span crosses a page break.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, Table, TableStyle

from qlist_desktop.domain.duties import PART_LABELS, PARTS, Entry, ResponsibilityList, entry_name
from qlist_desktop.domain.duty_table import entry_rows, is_entry_key
from qlist_desktop.export.pdf_base import LANDSCAPE, build_pdf, font_name, para, style, title_style
from qlist_desktop.export.templates import Column, load_json, template_fingerprint
from qlist_desktop.export.xlsx_writer import Cell, Sheet, fill_sheet, save, sheet_name
from qlist_desktop.services.duties import load_list

if TYPE_CHECKING:
    from qlist_desktop.export.bundle import ExportRun

TEMPLATE = "responsibility_list"


@functools.cache
def _template(fingerprint: str) -> dict[str, Any]:
    return load_json(TEMPLATE)


def _grid() -> list[tuple]:
    """Table rules, top-aligned cells, and the table font named (reportlab would reference Helvetica)."""
    return [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), font_name("table"))]


def template() -> dict[str, Any]:
    """exports/responsibility_list.json: folder and file names, and each part's title and columns."""
    return _template(template_fingerprint())


def columns(part: str) -> list[Column]:
    spec = template()["parts"][part]
    return [Column(str(c["field"]), str(c["title"]), float(c.get("width", 12))) for c in spec["columns"]]


def part_title(part: str, department: str) -> str:
    return str(template()["parts"][part]["title"]).format(department=department)


def _rows(part: str, entries: Sequence[Entry]) -> list[list[dict[str, str]]]:
    return [entry_rows(part, e, n) for n, e in enumerate(entries, start=1)]


# -- workbooks --------------------------------------------------------------------------------------------


def _fill_part(wb: Workbook, part: str, department: str, entries: Sequence[Entry], taken: set[str]) -> None:
    cols = columns(part)
    blocks = _rows(part, entries)
    rows: list[list[Cell]] = [[row.get(c.field, "") for c in cols] for block in blocks for row in block]
    ws = wb.create_sheet(sheet_name(template()["parts"][part]["sheet"], taken))
    fill_sheet(ws, Sheet(ws.title, part_title(part, department), cols, rows, float(template().get("font_size", 10))))
    first = 3  # title row, header row, then data
    for block in blocks:
        last = first + len(block) - 1
        if last > first:
            for c, col in enumerate(cols, start=1):
                if is_entry_key(col.field):
                    ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        first = last + 1


def part_workbook(part: str, department: str, entries: Sequence[Entry]) -> bytes:
    """One part as a one-sheet workbook (the bundle's 05_责任清单/NN_<part>.xlsx)."""
    wb = Workbook()
    wb.remove(wb.active)
    _fill_part(wb, part, department, entries, set())
    return save(wb)


def list_workbook(department: str, rlist: ResponsibilityList) -> bytes:
    """Every part as a sheet of one workbook (`qlist duties --export FILE.xlsx`), empty parts included."""
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    for part in PARTS:
        _fill_part(wb, part, department, rlist.part(part), taken)
    return save(wb)


# -- PDF ---------------------------------------------------------------------------------------------------


def _widths(cols: Sequence[Column], size: float) -> list[float]:
    """Column widths in proportion to the template's, none narrower than two characters (序号 on one line)."""
    total = sum(c.width for c in cols)
    widths = [LANDSCAPE.width * c.width / total for c in cols]
    least = 2 * size + 14  # two characters and the cell padding
    short = [n for n, w in enumerate(widths) if w < least]
    if short:
        rest = sum(w for n, w in enumerate(widths) if n not in short)
        spare = LANDSCAPE.width - least * len(short)
        widths = [least if n in short else w * spare / rest for n, w in enumerate(widths)]
    return widths


def part_pdf(part: str, department: str, entries: Sequence[Entry]) -> bytes:
    """One part as a landscape table, header repeated on every page.

    An entry's sub-rows (work items, departments) are a table nested in its row, aligned with the header,
    so its own cells look merged. An entry taller than a page is printed as plain rows instead (its own
    cells on its first row), which split across pages cleanly.
    """
    cols = columns(part)
    size = float(template().get("pdf_font_size", 9))
    widths = _widths(cols, size)
    cell = style("cell", size)
    head = style("head", size, role="heading", align=TA_CENTER)
    sub_at = [n for n, c in enumerate(cols) if not is_entry_key(c.field)]
    rows: list[list[Any]] = [[para(c.title, head) for c in cols]]
    spans: list[tuple[Any, ...]] = []
    for block in _rows(part, entries):
        nested = _nested_row(block, cols, widths, sub_at, cell) if sub_at else None
        if nested is None:  # text at the top of its cells: they run over pages
            spans.append(("VALIGN", (0, len(rows)), (-1, len(rows) + len(block) - 1), "TOP"))
            rows += [[para(sub.get(c.field, ""), cell) for c in cols] for sub in block]
            continue
        r, lo, hi = len(rows), sub_at[0], sub_at[-1]
        rows.append(nested)
        spans += [("SPAN", (lo, r), (hi, r)), *[(pad, (lo, r), (lo, r), 0) for pad in _PADDINGS]]
    if not entries:
        rows.append([para("（无）", cell)] + [""] * (len(cols) - 1))
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([*_grid(), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")), *spans]))
    title = part_title(part, department)
    story: list[Flowable] = [para(title, title_style(18)),
                             para(f"共 {len(entries)} 项", style("count", 11, space_after=6)), table]
    return build_pdf(story, title=title, author=department, layout=LANDSCAPE)


_PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")


def _nested_row(block: list[dict[str, str]], cols: Sequence[Column], widths: list[float], sub_at: list[int],
                cell: Any) -> list[Any] | None:
    """The entry as one row with its sub-rows nested; None when that row would not fit on a page."""
    lo, hi = sub_at[0], sub_at[-1]
    row: list[Any] = [para(block[0].get(c.field, ""), cell) if is_entry_key(c.field) else "" for c in cols]
    nested = [[para(sub.get(cols[n].field, ""), cell) for n in sub_at] for sub in block]
    row[lo] = Table(nested, colWidths=widths[lo:hi + 1],
                    style=TableStyle([("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black), *_grid()[1:]]))
    probe = Table([row], colWidths=widths, style=TableStyle([("SPAN", (lo, 0), (hi, 0)),
                                                             *[(pad, (lo, 0), (lo, 0), 0) for pad in _PADDINGS]]))
    _width, height = probe.wrap(LANDSCAPE.width, LANDSCAPE.height)
    return row if height < LANDSCAPE.height * 0.8 else None


def bundle_files(department: str, rlist: ResponsibilityList) -> list[tuple[str, bytes]]:
    """(path inside the bundle, content) of the 05_责任清单 folder: each part as xlsx and PDF."""
    folder = template()["folder"]
    files = []
    for part in PARTS:
        name = template()["parts"][part]["file"]
        entries = rlist.part(part)
        files.append((f"{folder}/{name}.xlsx", part_workbook(part, department, entries)))
        files.append((f"{folder}/{name}.pdf", part_pdf(part, department, entries)))
    return files


def bundle_counts(rlist: ResponsibilityList) -> list[tuple[str, int]]:
    """(part label, entries) for the cover."""
    return [(PART_LABELS[p], len(rlist.part(p))) for p in PARTS]


def write_bundle_part(run: ExportRun) -> ResponsibilityList:
    """05_责任清单/ into a staged bundle (each part as xlsx and PDF); returns the list written."""
    rlist = load_list(run.ws)
    run.step("生成责任清单")
    for relative, data in bundle_files(run.plan.department.name, rlist):
        run.staged.write(relative, data)
    return rlist


REVIEW_COLUMNS = (Column("seq", "序号", 6), Column("part", "清单部分", 18), Column("name", "条目", 50),
                  Column("review_conclusion", "审核结论", 12), Column("review_comment", "审核意见", 40),
                  Column("reviewer", "审核人", 10), Column("review_date", "审核日期", 12))


def add_review_sheet(workbook: bytes, department: str, rlist: ResponsibilityList) -> bytes:
    """The 审核意见反馈表 with a second sheet for the responsibility list's entries, one row each."""
    from openpyxl import load_workbook

    if rlist.is_empty():
        return workbook
    wb = load_workbook(io.BytesIO(workbook))
    rows: list[list[Cell]] = []
    for part in PARTS:
        rows += [[len(rows) + n, PART_LABELS[part], entry_name(part, e), None, None, None, None]
                 for n, e in enumerate(rlist.part(part), start=1)]
    ws = wb.create_sheet(sheet_name("责任清单审核意见", set(wb.sheetnames)), 1)
    fill_sheet(ws, Sheet(ws.title, f"{department}责任清单审核意见", REVIEW_COLUMNS, rows))
    return save(wb)
