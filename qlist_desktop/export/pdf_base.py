"""What every bundle PDF shares: embedded TrueType fonts by role, GB/T 9704 pages, page numbers "— 1 —".

Fonts come only from `qlist_desktop.fonts.role_font` (reportlab embeds TrueType subsets, so the Chinese
text prints the same everywhere and can be extracted). Documents are built with `invariant=True`, so
the same content gives the same bytes: bundles can be compared and cached.
"""

from __future__ import annotations

import functools
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from qlist_desktop import __version__
from qlist_desktop.export.linebreak import text_width
from qlist_desktop.fonts import ROLES, role_font

PAGE_NUMBER_SIZE = 14  # 宋体4号
TITLE_SIZE = 22  # 小标宋2号
BODY_SIZE = 16  # 仿宋3号
FORM_SIZE = 10.5  # 五号: forms and their labels
TABLE_SIZE = 9  # 小五 is 9 pt: the smallest size of a printed table


@dataclass(frozen=True)
class Layout:
    """A page: its size, the text block's left edge and top margin, and the block's width and height."""

    pagesize: tuple[float, float]
    left: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.pagesize[1] - self.top - self.height


# GB/T 9704-2012: top 37 mm, binding (left) 28 mm, text block 156 x 225 mm.
PORTRAIT = Layout(A4, 28 * mm, 37 * mm, 156 * mm, 225 * mm)
# Wide tables are not 公文 body text: the landscape sheet keeps 20 mm top and 15 mm side margins.
LANDSCAPE = Layout(landscape(A4), 15 * mm, 20 * mm, 267 * mm, 168 * mm)


@functools.cache
def font_name(role: str) -> str:
    """The reportlab name of the font serving `role`, registered once per font file."""
    served = role_font(role)
    name = "Qlist-" + hashlib.sha256(f"{served.font.path}:{served.font.subfont}".encode()).hexdigest()[:10]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(served.font.path), subfontIndex=served.font.subfont))
        # Paragraph markup maps <b>/<i> through a family; all map to the one face there is.
        registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return name


def font_fingerprint() -> str:
    """Which font files serve which roles, for cache keys."""
    return "|".join(f"{r}={role_font(r).font.path}:{role_font(r).font.subfont}:{role_font(r).bold}" for r in ROLES)


@dataclass(frozen=True)
class TextStyle:
    """Text set in one role's font: size, line spacing, alignment; `bold` emboldens a stand-in face."""

    role: str
    size: float
    leading: float = 0
    align: str = "left"  # left | center | right

    @property
    def font(self) -> str:
        return font_name(self.role)

    @property
    def line(self) -> float:
        return self.leading or self.size * 1.4

    @property
    def bold(self) -> bool:
        return role_font(self.role).bold


def draw_line(canvas: Canvas, x: float, y: float, width: float, text: str, st: TextStyle) -> None:
    """One line of text with its baseline at `y`, aligned within `width` from `x`."""
    if not text:
        return
    if st.align != "left":
        room = width - text_width(text, st.font, st.size)
        x += room / 2 if st.align == "center" else room
    t = canvas.beginText(x, y)
    t.setFont(st.font, st.size)
    if st.bold:  # a stand-in face for a bold title: stroke the outline as well
        canvas.setLineWidth(st.size * 0.035)
        t.setTextRenderMode(2)
    t.textLine(text)
    if st.bold:
        t.setTextRenderMode(0)  # the mode is graphics state: it would outlast the text object
    canvas.drawText(t)


def draw_lines(canvas: Canvas, x: float, y: float, width: float, lines: Sequence[str], st: TextStyle) -> None:
    """Lines from the baseline `y` down, `st.line` apart: one text object for left-aligned text."""
    if st.align != "left" or st.bold:
        for line in lines:
            draw_line(canvas, x, y, width, line, st)
            y -= st.line
        return
    t = canvas.beginText(x, y)
    t.setFont(st.font, st.size, st.line)
    for line in lines:
        t.textLine(line)
    canvas.drawText(t)


def draw_page_number(canvas: Canvas, number: int, layout: Layout) -> None:
    """'— n —' 7 mm below the text block: right on odd pages, left on even pages (one character in)."""
    y = layout.bottom - 7 * mm - PAGE_NUMBER_SIZE * 0.8
    canvas.saveState()
    canvas.setFont(font_name("table"), PAGE_NUMBER_SIZE)
    if number % 2:
        canvas.drawRightString(layout.left + layout.width - PAGE_NUMBER_SIZE, y, f"— {number} —")
    else:
        canvas.drawString(layout.left + PAGE_NUMBER_SIZE, y, f"— {number} —")
    canvas.restoreState()


def new_canvas(buf: io.BytesIO, layout: Layout, *, title: str, author: str) -> Canvas:
    """A canvas for a document drawn page by page, with the bundle's metadata and no unembedded font."""
    canvas = Canvas(buf, pagesize=layout.pagesize, invariant=1, initialFontName=font_name("table"),
                    initialFontSize=10, lang="zh-CN")
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(title)
    canvas.setCreator(f"qlist-desktop {__version__}")
    return canvas


# Paragraph styles for the few free-text documents laid out by platypus (cover, 报送说明).
def style(name: str, size: float, *, role: str = "body", leading: float | None = None, align: int = 0,
          space_after: float = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font_name(role), fontSize=size, leading=leading or size * 1.35,
                          alignment=align, wordWrap="CJK", spaceAfter=space_after)


def title_style(size: float = TITLE_SIZE) -> ParagraphStyle:
    return style("title", size, role="title", align=TA_CENTER, space_after=size * 0.6)


def para(text: str, st: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: markup characters escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


class BoldTitle(Paragraph):
    """A title paragraph drawn emboldened when its font is a stand-in (a 宋体 for 小标宋)."""

    def draw(self) -> None:
        if role_font("title").bold:
            self.canv.setLineWidth(self.style.fontSize * 0.035)
            self.canv._code.append("2 Tr")  # fill and stroke: reportlab's own text render mode operator
            super().draw()
            self.canv._code.append("0 Tr")
        else:
            super().draw()


def title_para(text: str, size: float = TITLE_SIZE) -> Paragraph:
    return BoldTitle(escape(text), title_style(size))


def build_pdf(story: Sequence[Flowable], *, title: str, author: str, layout: Layout = PORTRAIT,
              numbered_from: int | None = 1) -> bytes:
    """Lay out `story` on GB/T 9704 pages; pages before `numbered_from` (a cover) carry no number."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=layout.pagesize, leftMargin=layout.left,
                          rightMargin=layout.pagesize[0] - layout.left - layout.width, topMargin=layout.top,
                          bottomMargin=layout.bottom, title=title, author=author,
                          creator=f"qlist-desktop {__version__}", subject=title, invariant=True, lang="zh-CN",
                          initialFontName=font_name("table"), initialFontSize=10)
    frame = Frame(layout.left, layout.bottom, layout.width, layout.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)

    def number(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        if numbered_from is not None and page >= numbered_from:
            draw_page_number(canvas, page - numbered_from + 1, layout)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=number)])
    doc.build(list(story))
    return buf.getvalue()
