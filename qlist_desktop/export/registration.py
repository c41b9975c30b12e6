"""The 行政权力清理汇总登记表: one form per item on the GB/T 9704 text block, never scaled.

A form that does not fit on a page continues on the next, headed by the item's code and name and
"（续）"; a field too long for the space left is split there and its label repeated "（续）". The 填报
fields, the box for the review opinion and the signature lines stay together on the form's last page.
Imported columns the program did not recognise (`PowerItem.extra`) are never printed (they stay in
data.json). Text is at 五号 (10.5 pt) or larger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm

from qlist_desktop.domain.items import PowerItem
from qlist_desktop.export.cache import DocumentCache
from qlist_desktop.export.cells import cell_text, chinese_date
from qlist_desktop.export.grid import CONTINUED, PAD_X, Grid, GridCell, GridRow, MeasuredRow, PageWriter
from qlist_desktop.export.linebreak import text_width, wrap
from qlist_desktop.export.pdf_base import FORM_SIZE, PORTRAIT, TextStyle
from qlist_desktop.export.templates import load_json

if TYPE_CHECKING:
    from qlist_desktop.export.bundle import ExportRun

LABEL_MIN, LABEL_MAX = 22 * mm, 34 * mm
HEADER_LINES = 4
ELLIPSIS = "……"
NEVER_PRINTED = "extra"  # unrecognised imported columns: data.json keeps them, the form does not


@dataclass(frozen=True)
class Filler:
    """Who fills the forms in and when: printed in each form's 填报 fields."""

    department: str
    liaison: str = ""
    phone: str = ""
    date: str = ""  # 2026年12月1日

    def value(self, key: str) -> str:
        return {"liaison": self.liaison, "phone": self.phone, "date": self.date}.get(key, "")


def printed_fields(template: dict[str, Any]) -> list[list[dict[str, str]]]:
    """The template's rows without the fields a form never prints."""
    rows = []
    for pairs in template["rows"]:
        kept = [p for p in pairs[:2] if not str(p["field"]).startswith(NEVER_PRINTED)]
        if kept:
            rows.append(kept)
    return rows


class FormLayout:
    """The grid of a form: label | value | label | value, a single field spanning the three last."""

    def __init__(self, template: dict[str, Any]) -> None:
        size = max(float(template.get("font_size", FORM_SIZE)), FORM_SIZE)
        self.label = TextStyle("heading", size, size * 1.45, align="center")
        self.value = TextStyle("table", size, size * 1.45)
        self.title = TextStyle("title", 20, 30, align="center")
        self.meta = TextStyle("body", 12, 18)
        self.sign = TextStyle("body", 12, 26)
        self.continued = TextStyle("heading", 12, 18)
        titles = [p["title"] for pairs in printed_fields(template) for p in pairs]
        titles += [p["title"] for pairs in template.get("footer", []) for p in pairs]
        widest = max((text_width(part, self.label.font, size) for t in titles for part in t.split("\n")), default=0)
        label = min(max(widest + 2 * PAD_X + 1, LABEL_MIN), LABEL_MAX)
        value = (PORTRAIT.width - 2 * label) / 2
        self.grid = Grid(PORTRAIT.left, [label, value, label, value])

    def row(self, pairs: Sequence[tuple[str, str]], min_height: float = 0.0) -> GridRow:
        """A row of (label, text) pairs: one pair spans the row, two sit side by side."""
        cells: list[GridCell] = []
        for n, (label, text) in enumerate(pairs[:2]):
            col = 2 * n
            cells.append(GridCell(label, self.label, col, repeat=True, mark=True))
            cells.append(GridCell(text, self.value, col + 1, span=1 if len(pairs) > 1 else 3))
        return GridRow(tuple(cells), min_height)


def write_form(writer: PageWriter, form: FormLayout, template: dict[str, Any], item: PowerItem, position: int,
               filler: Filler, cache: DocumentCache | None = None) -> None:
    """One item's form, from a new page."""
    header = continuation_header(item, form.continued)

    def continuation(w: PageWriter) -> None:
        w.text(header, form.continued, after=2 * mm)

    writer.on_new_page = None
    writer.new_page()
    writer.text(template.get("title", "行政权力清理汇总登记表"), form.title, after=2 * mm)
    writer.text(f"填报单位：{filler.department}　　　　序号：{position}", form.meta, after=1 * mm)
    writer.on_new_page = continuation
    writer.furniture = len(wrap(header, form.continued.font, form.continued.size, PORTRAIT.width)) * form.continued.line
    writer.furniture += 2 * mm
    rows = [form.row([(p["title"], cell_text(item, p["field"])) for p in pairs]) for pairs in printed_fields(template)]
    writer.rows(form.grid.measure_all(rows, cache))
    footer = [form.grid.measure(form.row([(p["title"], filler.value(p.get("value", ""))) for p in pairs],
                                         float(pairs[0].get("blank_mm", 0)) * mm))
              for pairs in template.get("footer", [])]
    signatures = template.get("signatures", [])
    needed = sum(r.full_height() for r in footer) + 4 * mm + len(signatures) * form.sign.line
    if writer.room < needed:
        writer.new_page()
    _place_whole(writer, footer)
    writer.space(4 * mm)
    for line in signatures:
        writer.text(line, form.sign)


def continuation_header(item: PowerItem, st: TextStyle) -> str:
    """"code　name（续）" for the top of a continuation page, in at most four lines (a name can be very long)."""
    text = f"{item.code}　{item.full_name}"
    lines = wrap(text + CONTINUED, st.font, st.size, PORTRAIT.width)
    if len(lines) <= HEADER_LINES:
        return text + CONTINUED
    kept = "".join(wrap(text, st.font, st.size, PORTRAIT.width)[:HEADER_LINES])
    return kept[:-len(ELLIPSIS + CONTINUED)] + ELLIPSIS + CONTINUED


def _place_whole(writer: PageWriter, rows: Sequence[MeasuredRow]) -> None:
    for row in rows:
        writer.place(row.whole())


def registration_pdf(items: Sequence[PowerItem], template: dict[str, Any], filler: Filler,
                     cache: DocumentCache | None = None) -> bytes:
    """行政权力清理汇总登记表: a form per item, every page numbered; with a cache, a re-export breaks into
    lines and draws again only the forms and pages that changed."""
    form = FormLayout(template)
    writer = PageWriter(PORTRAIT, title=template.get("title", "行政权力清理汇总登记表"), author=filler.department)
    for n, item in enumerate(items, start=1):
        write_form(writer, form, template, item, n, filler, cache)
    return writer.pdf(cache)


def registration_document(run: ExportRun, items: Sequence[PowerItem]) -> bytes:
    """The bundle's 登记表."""
    template = load_json("registration")
    dept = run.plan.department
    filler = Filler(dept.name, dept.liaison, dept.phone, chinese_date(run.plan.date))
    return registration_pdf(items, template, filler, run.cache)
