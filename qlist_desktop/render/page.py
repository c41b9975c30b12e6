"""The printed A4 pages of a chart: reportlab draws each page, the `dot -Tpdf` chart is merged in.

As TECH-NOTES describe: reportlab draws the page (title = code + full name, department, date, the
conditions on the first page, time limits, complaint channel and legend, the page number "— n —") with
embedded TrueType fonts; pypdf places each Graphviz page on it as a Form XObject, scaled to the free area.
Margins are GB/T 9704's (top 37 mm, left 28 mm, text block 156 × 225 mm) on portrait and landscape pages.
The chart is never scaled below `min_scale()`: a chart too big for that is printed on several pages
(see `paginate`).
"""

from __future__ import annotations

import functools
import io
import threading
from dataclasses import dataclass
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from qlist_desktop.fonts import pdf_font
from qlist_desktop.render.dot import SMALLEST_SIZE
from qlist_desktop.render.legend import draw_legend, legend_height
from qlist_desktop.render.pdf_merge import place_as_form, unique_subset_tags

# GB/T 9704-2012: top 37 mm, binding (left) 28 mm; portrait text block 156 × 225 mm. Landscape pages keep
# the same four margins (the block is then 243 × 138 mm).
TOP, LEFT, RIGHT, BOTTOM = 37 * mm, 28 * mm, 26 * mm, 35 * mm
PORTRAIT, LANDSCAPE = A4, landscape(A4)
TITLE_SIZE = 15
TITLE_LINES = 2
INFO_SIZE = 10
BLOCK_SIZE = 10
BLOCK_LINES = 6
PAGE_NUMBER_SIZE = 14  # 宋体4号, as the other bundle PDFs
MIN_TEXT_PT = 7.0  # no chart text prints smaller
MAX_UPSCALE = 1.25  # a small chart is enlarged a little, not blown up
GAP = 6
# reportlab lets closing punctuation hang past a CJK line's end: paragraphs are set this much narrower
# than the text block, so that nothing reaches into the margins.
HANG = 2 * TITLE_SIZE
RESTRICTED = "不宜公开"
CONTINUED = "（续）"
# Which font role each page text uses: the one place to change when fonts are resolved by role.
FONT_ROLES = {"title": "hei", "text": "song", "number": "song"}


def chinese_date(day: str) -> str:
    """An ISO date as printed on official documents: 2026-12-01 → 2026年12月1日 (other text unchanged)."""
    parts = day[:10].split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[0])}年{int(parts[1])}月{int(parts[2])}日"
    return day


def min_scale() -> float:
    """The smallest scale at which the chart's smallest text still prints at `MIN_TEXT_PT`."""
    return MIN_TEXT_PT / SMALLEST_SIZE


@dataclass(frozen=True)
class PageInfo:
    """What the pages say about their chart."""

    title: str  # item code and full name
    department: str
    date: str  # as printed: 2026年12月1日
    restricted: bool = False  # an item not to be disclosed: "不宜公开" in the header
    conditions: str = ""  # 行使条件, on the first page
    time_limits: str = ""  # 办理时限, on the last page
    complaint: str = ""  # 投诉举报, on the last page

    def key(self) -> str:
        return "\x1f".join((self.title, self.department, self.date, str(self.restricted), self.conditions,
                            self.time_limits, self.complaint))


@functools.cache
def font_name(use: str) -> str:
    """The registered reportlab font for a page text use ("title", "text", "number")."""
    role = FONT_ROLES[use]
    font = pdf_font(role)
    name = f"qlist-{role}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font.path), subfontIndex=font.subfont))
    return name


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def fit_lines(text: str, font: str, size: float, width: float, lines: int) -> str:
    """`text` cut (ending in "…") so that it wraps into at most `lines` lines `width` points wide.

    Bounded cost: only as much of the text as could fill the lines is measured.
    """
    text = " ".join(text.split())
    per_line = max(int(width / (size * 0.5)), 1)
    text = text[: per_line * lines + 1]
    if pdfmetrics.stringWidth(text, font, size) <= width * lines * 0.92:
        return text
    budget = width * lines * 0.92 - pdfmetrics.stringWidth("…", font, size)
    used, cut = 0.0, 0
    for cut, ch in enumerate(text):  # noqa: B007 - `cut` is used after the loop
        used += pdfmetrics.stringWidth(ch, font, size)
        if used > budget:
            break
    return text[:cut] + "…"


def _style(name: str, use: str, size: float, align: int = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font_name(use), fontSize=size, leading=size * 1.3, alignment=align,
                          wordWrap="CJK")


@dataclass(frozen=True)
class Frame:
    """The parts of one printed page: its size and paragraphs, and the box left for the chart."""

    size: tuple[float, float]
    title: Paragraph
    blocks: tuple[Paragraph, ...]  # under the header (first page) and above the legend (last page)
    first: bool
    last: bool
    chart_box: tuple[float, float, float, float]  # x, y, width, height


def _block(label: str, text: str, width: float) -> Paragraph:
    body = fit_lines(text, font_name("text"), BLOCK_SIZE, width - HANG - BLOCK_SIZE * len(label), BLOCK_LINES)
    return Paragraph(f"<b>{_escape(label)}</b>{_escape(body)}", _style("block", "text", BLOCK_SIZE))


def frame(info: PageInfo, size: tuple[float, float], *, first: bool, last: bool) -> Frame:
    """Lay out the texts of a page and say where the chart goes (cached per thread: its paragraphs are drawn)."""
    return _frame(info, size, first, last, threading.get_ident())


@functools.lru_cache(maxsize=512)  # asked for each page while cutting, choosing the orientation, drawing
def _frame(info: PageInfo, size: tuple[float, float], first: bool, last: bool, _thread: int) -> Frame:
    width = size[0] - LEFT - RIGHT
    top = size[1] - TOP
    title_text = fit_lines(f"{info.title} 运行流程图", font_name("title"), TITLE_SIZE, width - HANG, TITLE_LINES)
    title = Paragraph(_escape(title_text), _style("title", "title", TITLE_SIZE, align=1))
    _, title_h = title.wrap(width - HANG, size[1])
    y = top - title_h - INFO_SIZE * 1.6 - 4  # under the title and the department / date line
    blocks: list[Paragraph] = []
    if first and info.conditions.strip():
        blocks.append(_block("行使条件：", info.conditions, width))
    if last:
        if info.time_limits.strip():
            blocks.append(_block("办理时限：", info.time_limits, width))
        blocks.append(_block("投诉举报：", info.complaint or "（未填写）", width))
    head_blocks = [b for b in blocks[:1] if first and info.conditions.strip()]
    foot_blocks = blocks[len(head_blocks):]
    for b in head_blocks:
        y -= b.wrap(width - HANG, size[1])[1] + GAP
    bottom = BOTTOM + legend_height(font_name("text"), width) + GAP
    for b in foot_blocks:
        bottom += b.wrap(width - HANG, size[1])[1] + GAP
    return Frame(size, title, tuple(blocks), first, last, (LEFT, bottom, width, max(y - GAP - bottom, 1.0)))


def draw_page_number(canvas: Canvas, number: int, size: tuple[float, float]) -> None:
    """'— n —' 7 mm under the text block: right on odd pages, left on even pages (GB/T 9704)."""
    y = BOTTOM - 7 * mm - PAGE_NUMBER_SIZE * 0.8
    canvas.setFont(font_name("number"), PAGE_NUMBER_SIZE)
    canvas.setFillColor("#000000")
    if number % 2:
        canvas.drawRightString(size[0] - RIGHT - PAGE_NUMBER_SIZE, y, f"— {number} —")
    else:
        canvas.drawString(LEFT + PAGE_NUMBER_SIZE, y, f"— {number} —")


def _draw_frame(canvas: Canvas, info: PageInfo, f: Frame) -> None:
    width = f.size[0] - LEFT - RIGHT
    top = f.size[1] - TOP
    if info.restricted:  # in the header, above the text block
        canvas.saveState()
        canvas.setFont(font_name("title"), 12)
        text_w = pdfmetrics.stringWidth(RESTRICTED, font_name("title"), 12)
        x, y = f.size[0] - RIGHT - text_w - 6, top + 10
        canvas.setStrokeColor("#c0392b")
        canvas.setFillColor("#c0392b")
        canvas.rect(x - 4, y - 4, text_w + 8, 18, stroke=1, fill=0)
        canvas.drawString(x, y, RESTRICTED)
        canvas.restoreState()
    _, title_h = f.title.wrap(width - HANG, f.size[1])
    f.title.drawOn(canvas, LEFT + HANG / 2, top - title_h)
    info_y = top - title_h - INFO_SIZE * 1.4
    canvas.setFont(font_name("text"), INFO_SIZE)
    department = fit_lines(f"实施部门：{info.department}", font_name("text"), INFO_SIZE, width * 0.62, 1)
    canvas.drawString(LEFT, info_y, department if info.department else "")
    dated = f"日期：{info.date}" if info.date else ""
    # A continuation page says so beside the date (in the title, "（续）" could be cut over two lines).
    canvas.drawRightString(LEFT + width, info_y, dated if f.first else f"{CONTINUED}　{dated}")
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, info_y - 4, LEFT + width, info_y - 4)
    y = info_y - 4 - GAP
    blocks = list(f.blocks)
    if f.first and info.conditions.strip():
        head = blocks.pop(0)
        _, h = head.wrap(width - HANG, f.size[1])
        head.drawOn(canvas, LEFT, y - h)
    y = BOTTOM + legend_height(font_name("text"), width) + GAP
    for block in reversed(blocks):
        _, h = block.wrap(width - HANG, f.size[1])
        block.drawOn(canvas, LEFT, y)
        y += h + GAP
    draw_legend(canvas, font_name("text"), (LEFT, BOTTOM, width))


def chart_scale(frame_: Frame, width: float, height: float) -> float:
    _x, _y, avail_w, avail_h = frame_.chart_box
    return min(avail_w / width, avail_h / height, MAX_UPSCALE)


def compose_pages(charts: list[tuple[Path, tuple[float, float]]], info: PageInfo, *, unnumbered: Path | None = None,
                  numbered: Path | None = None) -> None:
    """Write the pages of a chart, one page per (Graphviz PDF, page size): `unnumbered` for documents that
    combine many charts and number their pages themselves, `numbered` ("— n —" from 1) for a document of
    its own. The pages are built once; the numbers are stamped on for the second file."""
    frames = [frame(info, size, first=n == 0, last=n == len(charts) - 1) for n, (_pdf, size) in enumerate(charts)]
    buf = io.BytesIO()
    # The initial font is ours too: reportlab's default Helvetica would be listed and never embedded.
    canvas = Canvas(buf, pagesize=frames[0].size, invariant=True, initialFontName=font_name("text"),
                    initialFontSize=INFO_SIZE)
    canvas.setTitle(f"行政权力运行流程图 {info.title}")
    for f in frames:
        canvas.setPageSize(f.size)
        _draw_frame(canvas, info, f)
        canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=io.BytesIO(buf.getvalue()))
    for n, ((pdf, _size), f) in enumerate(zip(charts, frames, strict=True)):
        chart_page = PdfReader(pdf).pages[0]
        width, height = float(chart_page.mediabox.width), float(chart_page.mediabox.height)
        scale = chart_scale(f, width, height)
        x, y, avail_w, avail_h = f.chart_box
        tx = x + (avail_w - width * scale) / 2
        ty = y + avail_h - height * scale  # top-aligned under the header
        place_as_form(writer, n, chart_page, (scale, tx, ty))
    writer.add_metadata({"/Title": f"行政权力运行流程图 {info.title}"})
    if unnumbered:
        unique_subset_tags(writer)
        with open(unnumbered, "wb") as fh:
            writer.write(fh)
    if numbered:
        stamp_numbers(writer, 1)
        unique_subset_tags(writer)
        with open(numbered, "wb") as fh:
            writer.write(fh)


def stamp_numbers(writer: PdfWriter, first: int, start: int = 0) -> None:
    """Stamp "— n —" on the writer's pages from page index `start` on, numbered from `first`."""
    for n, page in enumerate(writer.pages[start:]):
        size = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        page.merge_page(_number_page(first + n, size))


@functools.lru_cache(maxsize=64)
def _numbers(size: tuple[int, int], first: int, _thread: int) -> PdfReader:
    """Pages numbered `first` … `first + 49` of one size, drawn once per thread and size.

    Per thread: pypdf resolves a reader's objects lazily and is not safe to share between the threads that
    draw a batch of charts (two of them merging from one reader failed with a KeyError on an object id).
    """
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=size, invariant=True, initialFontName=font_name("number"))
    for number in range(first, first + _NUMBERS_PER_PDF):
        draw_page_number(canvas, number, size)
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buf.getvalue()))


_NUMBERS_PER_PDF = 50


def _number_page(number: int, size: tuple[int, int]) -> PageObject:
    first = (number - 1) // _NUMBERS_PER_PDF * _NUMBERS_PER_PDF + 1
    return _numbers(size, first, threading.get_ident()).pages[number - first]


def page_size(landscape_page: bool) -> tuple[float, float]:
    return LANDSCAPE if landscape_page else PORTRAIT

