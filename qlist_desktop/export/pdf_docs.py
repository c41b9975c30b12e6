"""The bundle's PDF documents: 封面, the catalog tables (目录表, 涉密目录) and the 登记表 forms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table, TableStyle

from qlist_desktop.domain.items import PowerItem, item_to_dict
from qlist_desktop.export.cache import DocumentCache, cache_key
from qlist_desktop.export.cells import cell_text
from qlist_desktop.export.pdf_base import (
    BODY_SIZE,
    HEI,
    LANDSCAPE,
    PORTRAIT,
    SONG,
    build_pdf,
    chunked_pdf,
    para,
    register_fonts,
    style,
    title_style,
)
from qlist_desktop.export.templates import Column, TableTemplate

GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), SONG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]


@dataclass(frozen=True)
class CoverInfo:
    title: str
    subtitle: str
    department: str
    department_code: str
    liaison: str
    phone: str
    date: str
    bundle_id: str
    counts: Sequence[tuple[str, int]]  # (category, items)
    signatures: Sequence[str]
    override_note: str = ""
    duty_counts: Sequence[tuple[str, int]] = ()  # (responsibility-list part, entries)


def cover_pdf(info: CoverInfo) -> bytes:
    """封面: department, liaison, counts by category, date, signature and seal lines."""
    body = style("body", BODY_SIZE, leading=BODY_SIZE * 1.5)
    cell = style("cell", 12, leading=16)
    head = style("head", 12, font=HEI, leading=16, align=TA_CENTER)
    story: list[Flowable] = [Spacer(1, 18 * mm), para(info.title, title_style()), para(info.subtitle,
                             style("sub", BODY_SIZE, font=HEI, align=TA_CENTER)), Spacer(1, 10 * mm)]
    facts = [("报送单位", info.department), ("部门编码", info.department_code), ("联络员", info.liaison),
             ("联系电话", info.phone), ("报送日期", info.date), ("报送批次编号", info.bundle_id)]
    story.append(Table([[para(k, head), para(v, cell)] for k, v in facts], colWidths=[36 * mm, 120 * mm],
                       style=TableStyle(GRID)))
    story.append(Spacer(1, 6 * mm))
    rows = [[para("序号", head), para("职权类型", head), para("事项数", head)]]
    rows += [[para(str(n), head), para(label, cell), para(str(count), head)]
             for n, (label, count) in enumerate(info.counts, start=1)]
    rows.append([para("", head), para("合计", head), para(str(sum(c for _, c in info.counts)), head)])
    story.append(Table(rows, colWidths=[20 * mm, 96 * mm, 40 * mm], repeatRows=1, style=TableStyle(GRID)))
    if any(n for _part, n in info.duty_counts):
        line = "、".join(f"{part} {n} 项" for part, n in info.duty_counts)
        story += [Spacer(1, 3 * mm), para(f"责任清单：{line}", style("duties", 12, leading=16))]
    if info.override_note:
        story += [Spacer(1, 4 * mm), para(info.override_note, style("note", 11, leading=15))]
    story.append(Spacer(1, 10 * mm))
    story += [para(line, body) for line in info.signatures]
    return build_pdf(story, title=f"{info.title}{info.subtitle}", author=info.department)


REGISTRATION_CHUNK = 25


# Fields that change without changing what a form says (every export marks its items 已报送): they only
# key a cached page block when the template prints them.
BOOKKEEPING = frozenset({"status", "created_at", "updated_at"})


def printed(item: PowerItem, shown: set[str]) -> dict[str, Any]:
    """What of an item can change a printed page of a template showing the fields `shown`."""
    return {k: v for k, v in item_to_dict(item).items() if k not in BOOKKEEPING or k in shown}


def table_pdf(title: str, department: str, template: TableTemplate,
              sections: Sequence[tuple[str, Sequence[PowerItem]]], cache: DocumentCache | None = None,
              key: str = "") -> bytes:
    """A landscape table per section (a category, or one section), header row repeated on every page.

    Rows are measured (heights cached by content) and cut into pages before layout, and each page is
    laid out and cached on its own: exporting again after a few items changed lays out only their pages,
    and every page is as full as one long table would make it.
    """
    size = template.pdf_font_size
    columns = [c for c in template.columns if not c.hidden]
    widths = column_widths(columns, [i for _h, members in sections for i in members], size)
    shown = {c.field for c in columns}
    chunks = []
    for heading, items in sections:
        head = (title, heading)
        for n, (start, rows) in enumerate(_pages(head, items, columns, widths, size, cache, shown)):
            page_head = head if n == 0 else None
            payload = [key, page_head, start, widths, [printed(i, shown) for i in rows]]
            chunks.append((cache_key("table-page", payload),
                           lambda h=page_head, r=rows, s=start: _table_story(h, r, s, columns, widths, size)))
    return chunked_pdf(chunks, cache, title=title, author=department, layout=LANDSCAPE)


def _pages(head: tuple[str, str], items: Sequence[PowerItem], columns: Sequence[Column], widths: list[float],
           size: float, cache: DocumentCache | None, shown: set[str]) -> list[tuple[int, Sequence[PowerItem]]]:
    """(first row index, rows) per page of a section, filling each page as a long table would."""
    height = LANDSCAPE[4]
    header = _measure(_table([[para(c.title, style("head", size, font=HEI, align=TA_CENTER)) for c in columns]],
                             widths))
    heading = sum(_measure(f) for f in _table_story(head, [], 0, columns, widths, size)[:-1])
    room = (height - header) * 0.995  # a hair of slack for rounding in reportlab's own layout
    pages: list[tuple[int, Sequence[PowerItem]]] = []
    start, used = 0, heading
    for n, item in enumerate(items):
        row = _row_height(item, n, columns, widths, size, cache, shown)
        if n > start and used + row > room:
            pages.append((start, items[start:n]))
            start, used = n, 0.0
        used += row
    pages.append((start, items[start:]))
    return pages


def _row_height(item: PowerItem, index: int, columns: Sequence[Column], widths: list[float], size: float,
                cache: DocumentCache | None, shown: set[str]) -> float:
    def measure() -> bytes:
        cell = style("cell", size)
        row = [para(str(index + 1) if c.field == "seq" else cell_text(item, c.field), cell) for c in columns]
        return repr(_measure(_table([row], widths))).encode()

    if cache is None:
        return float(measure())
    return float(cache.get_or_make(cache_key("table-row-height", widths, size, printed(item, shown)), measure))


def _measure(flowable: Flowable) -> float:
    """The height a flowable takes in the frame, spacing included."""
    _w, h = flowable.wrap(LANDSCAPE[3], 10**6)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2"))]))
    return table


def _table_story(head: tuple[str, str] | None, items: Sequence[PowerItem], start: int, columns: Sequence[Column],
                 widths: list[float], size: float) -> list[Flowable]:
    cell = style("cell", size)
    header = style("head", size, font=HEI, align=TA_CENTER)
    story: list[Flowable] = []
    if head:
        story.append(para(head[0], title_style(18)))
        if head[1]:
            story.append(para(head[1], style("section", 14, font=HEI, space_after=6)))
    rows = [[para(c.title, header) for c in columns]]
    for n, item in enumerate(items, start=start + 1):
        rows.append([para(str(n) if c.field == "seq" else cell_text(item, c.field), cell) for c in columns])
    if not items:
        rows.append([para("（无）", cell)] + [para("", cell)] * (len(columns) - 1))
    story.append(_table(rows, widths))
    return story


def column_widths(columns: Sequence[Column], items: Sequence[PowerItem], size: float) -> list[float]:
    """Template widths scaled to the page; a code column is widened so that codes never break mid-code."""
    register_fonts()
    total = sum(c.width for c in columns)
    widths = [LANDSCAPE[3] * c.width / total for c in columns]
    for n, column in enumerate(columns):
        if column.field == "code" and items:
            need = max(stringWidth(i.code, SONG, size) for i in items) + 8
            if need > widths[n]:
                widest = max(range(len(widths)), key=widths.__getitem__)
                widths[widest] -= need - widths[n]
                widths[n] = need
    return widths


def registration_story(item: PowerItem, template: dict, department: str, position: str) -> list[Flowable]:
    """One 登记表 page: every field in a grid, then the signature lines; shrunk to fit one page."""
    size = float(template.get("font_size", 10))
    label = style("label", size, font=HEI, align=TA_CENTER)
    value = style("value", size)
    width = PORTRAIT[3]
    lw = 24 * mm
    vw = (width - 2 * lw) / 2
    rows, spans = [], []
    for r, pairs in enumerate(template["rows"]):
        if len(pairs) == 1:
            rows.append([para(pairs[0]["title"], label), para(cell_text(item, pairs[0]["field"]), value), "", ""])
            spans.append(("SPAN", (1, r), (3, r)))
        else:
            rows.append([cell for p in pairs[:2] for cell in
                         (para(p["title"], label), para(cell_text(item, p["field"]), value))])
    grid = Table(rows, colWidths=[lw, vw, lw, vw], style=TableStyle([*GRID, *spans]))
    sign = style("sign", 12, leading=24)
    content: list[Flowable] = [
        para(template.get("title", "行政权力清理汇总登记表"), title_style(20)),
        para(f"填报单位：{department}　　　　序号：{position}", style("meta", 11, space_after=4)),
        grid, Spacer(1, 6 * mm), *[para(line, sign) for line in template.get("signatures", [])],
    ]
    return [KeepInFrame(width, PORTRAIT[4] - 4, content, mode="shrink"), PageBreak()]


def registration_pdf(items: Sequence[PowerItem], template: dict, department: str,
                     cache: DocumentCache | None = None, key: str = "") -> bytes:
    """行政权力清理汇总登记表: one page per item, laid out in cached chunks."""
    chunks = []
    shown = {pair["field"] for row in template["rows"] for pair in row}
    for start in range(0, len(items), REGISTRATION_CHUNK):
        part = items[start:start + REGISTRATION_CHUNK]
        payload = [key, department, start, [printed(i, shown) for i in part]]

        def story(part: Sequence[PowerItem] = part, start: int = start) -> list[Flowable]:
            flow: list[Flowable] = []
            for n, item in enumerate(part, start=start + 1):
                flow += registration_story(item, template, department, str(n))
            return flow[:-1]  # no blank page after the last form

        chunks.append((cache_key("registration-chunk", template, payload), story))
    return chunked_pdf(chunks, cache, title=template.get("title", "行政权力清理汇总登记表"), author=department)
