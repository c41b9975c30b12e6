"""行政权力运行流程图汇编: every chart in one PDF, opening with a cover and a contents page.

The cover carries no page number; the contents and the chart pages are numbered "— n —" on from 1. Items
not to be disclosed come last, their pages marked "不宜公开" (by the chart pages themselves) and listed
apart in the contents. The chart pages come unnumbered from the renderer ("sheet"); the numbers are
stamped here, so the same cached pages serve the item's own file and the combined one.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from qlist_desktop import __version__
from qlist_desktop.render.page import (
    BOTTOM,
    LEFT,
    PORTRAIT,
    RIGHT,
    TOP,
    draw_page_number,
    font_name,
    stamp_numbers,
    unique_subset_tags,
)

TITLE = "行政权力运行流程图汇编"
COVER_TITLE_SIZE = 26
COVER_SIZE = 16
CONTENTS_TITLE_SIZE = 18
ENTRY_SIZE = 11


@dataclass(frozen=True)
class BookEntry:
    """One item's chart in the book: its title (code and name), its unnumbered pages, and disclosure."""

    title: str
    pages: Path
    restricted: bool = False


def _style(use: str, size: float, align: int = 0, leading: float = 1.35) -> ParagraphStyle:
    return ParagraphStyle(f"{use}{size}", fontName=font_name(use), fontSize=size, leading=size * leading,
                          alignment=align, wordWrap="CJK")


def _document(buf: io.BytesIO, department: str, first_number: int | None) -> BaseDocTemplate:
    width, height = PORTRAIT[0] - LEFT - RIGHT, PORTRAIT[1] - TOP - BOTTOM
    doc = BaseDocTemplate(buf, pagesize=PORTRAIT, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                          bottomMargin=BOTTOM, title=TITLE, author=department, creator=f"qlist-desktop {__version__}",
                          invariant=True, lang="zh-CN", initialFontName=font_name("text"), initialFontSize=10)
    frame = Frame(LEFT, BOTTOM, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def number(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if first_number is not None:
            draw_page_number(canvas, first_number + canvas.getPageNumber() - 1, PORTRAIT)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=number)])
    return doc


def cover_pdf(department: str, date: str, entries: Sequence[BookEntry]) -> bytes:
    """The cover: title, department, how many items (and how many not to be disclosed), date."""
    buf = io.BytesIO()
    doc = _document(buf, department, None)
    restricted = sum(1 for e in entries if e.restricted)
    count = f"共{len(entries)}项" + (f"（其中不宜公开{restricted}项）" if restricted else "")
    story = [
        Spacer(1, 150),
        Paragraph(escape(TITLE), _style("title", COVER_TITLE_SIZE, TA_CENTER)),
        Spacer(1, 40),
        Paragraph(escape(department), _style("text", COVER_SIZE, TA_CENTER)),
        Spacer(1, 16),
        Paragraph(escape(count), _style("text", COVER_SIZE, TA_CENTER)),
        Spacer(1, 180),
        Paragraph(escape(date), _style("text", COVER_SIZE, TA_CENTER)),
    ]
    doc.build(story)
    return buf.getvalue()


def contents_pdf(department: str, entries: Sequence[BookEntry], starts: Sequence[int]) -> bytes:
    """The contents, numbered from 1: each item with the page its chart starts on, public items first,
    then those not to be disclosed under a heading of their own."""
    buf = io.BytesIO()
    doc = _document(buf, department, 1)
    entry_style = _style("text", ENTRY_SIZE)
    number_style = _style("text", ENTRY_SIZE, align=2)
    heading_style = _style("title", ENTRY_SIZE + 2)
    story: list = [Paragraph("目　录", _style("title", CONTENTS_TITLE_SIZE, TA_CENTER)), Spacer(1, 14)]
    width = PORTRAIT[0] - LEFT - RIGHT
    for restricted, heading in ((False, "可公开事项"), (True, "不宜公开事项")):
        rows = [[Paragraph(str(n), entry_style), Paragraph(escape(e.title), entry_style),
                 Paragraph(str(start), number_style)]
                for n, (e, start) in enumerate(((e, s) for e, s in zip(entries, starts, strict=True)
                                                if e.restricted == restricted), start=1)]
        if not rows:
            continue
        story.append(Paragraph(f"{heading}（{len(rows)}项）", heading_style))
        story.append(Spacer(1, 4))
        table = Table(rows, colWidths=[30, width - 80, 50], repeatRows=0)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), font_name("text")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]))
        story += [table, Spacer(1, 12)]
    doc.build(story)
    return buf.getvalue()


def book(entries: Sequence[BookEntry], department: str, date: str) -> PdfWriter:
    """The combined document: cover, contents, then every item's pages, with a bookmark per item."""
    ordered = [e for e in entries if not e.restricted] + [e for e in entries if e.restricted]
    readers = [PdfReader(e.pages) for e in ordered]
    # The contents' own length decides where the charts start: lay it out once to count its pages.
    draft = contents_pdf(department, ordered, [0] * len(ordered))
    contents_pages = len(PdfReader(io.BytesIO(draft)).pages)
    starts, page = [], contents_pages + 1
    for reader in readers:
        starts.append(page)
        page += len(reader.pages)
    contents = PdfReader(io.BytesIO(contents_pdf(department, ordered, starts)))
    writer = PdfWriter()
    for part in (PdfReader(io.BytesIO(cover_pdf(department, date, ordered))), contents):
        for p in part.pages:
            writer.add_page(p)
    body = len(writer.pages)
    for entry, reader in zip(ordered, readers, strict=True):
        start = len(writer.pages)
        for p in reader.pages:
            writer.add_page(p)
        writer.add_outline_item(title=entry.title + ("（不宜公开）" if entry.restricted else ""), page_number=start)
    stamp_numbers(writer, contents_pages + 1, body)
    unique_subset_tags(writer)
    writer.add_metadata({"/Title": TITLE, "/Author": department, "/Creator": f"qlist-desktop {__version__}"})
    writer.page_mode = "/UseOutlines"
    # Pages drawn from the same templates share fonts and images: store each once.
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    return writer


def write_book(entries: Sequence[BookEntry], department: str, date: str, out: Path) -> None:
    with open(out, "wb") as f:
        book(entries, department, date).write(f)


def book_bytes(entries: Sequence[BookEntry], department: str, date: str) -> bytes:
    buf = io.BytesIO()
    book(entries, department, date).write(buf)
    return buf.getvalue()
