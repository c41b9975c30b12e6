"""What every bundle PDF shares: embedded TrueType fonts, GB/T 9704 margins, page numbers "— 1 —".

Fonts come only from `qlist_desktop.fonts.pdf_font` (reportlab embeds TrueType subsets, so the Chinese
text prints the same everywhere and can be extracted). Documents are built with `invariant=True`, so
the same content gives the same bytes: bundles can be compared and cached.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from functools import partial
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
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
from qlist_desktop.export.cache import DocumentCache
from qlist_desktop.fonts import pdf_font

SONG = "QlistSong"
HEI = "QlistHei"
PAGE_NUMBER_SIZE = 14  # 宋体4号
TITLE_SIZE = 22  # 小标宋2号
BODY_SIZE = 16  # 仿宋3号


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register the body (宋) and title (黑) fonts once per process; returns their reportlab names."""
    for name, role in ((SONG, "song"), (HEI, "hei")):
        font = pdf_font(role)
        pdfmetrics.registerFont(TTFont(name, str(font.path), subfontIndex=font.subfont))
        # Paragraph markup maps <b>/<i> through a family; both map to the one face we have.
        registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return SONG, HEI


def font_fingerprint() -> str:
    """Which font files are used, for cache keys."""
    return "|".join(f"{pdf_font(r).path}:{pdf_font(r).subfont}" for r in ("song", "hei"))


def style(name: str, size: float, *, font: str = SONG, leading: float | None = None, align: int = 0,
          space_after: float = 0) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.35, alignment=align,
                          wordWrap="CJK", spaceAfter=space_after)


def para(text: str, st: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: markup characters escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


def title_style(size: float = TITLE_SIZE) -> ParagraphStyle:
    return style("title", size, font=HEI, align=TA_CENTER, space_after=size * 0.6)


# GB/T 9704-2012: top 37 mm, binding (left) 28 mm, text block 156 x 225 mm. Landscape pages turn the block.
PORTRAIT = (A4, 28 * mm, 37 * mm, 156 * mm, 225 * mm)
# Wide tables (17 columns) are not 公文 body text: they use the whole landscape sheet with 15-20 mm margins.
LANDSCAPE = (landscape(A4), 15 * mm, 20 * mm, 267 * mm, 168 * mm)


def draw_page_number(canvas: Canvas, page: int, layout: tuple) -> None:
    """'— n —' 7 mm below the text block: right on odd pages, left on even pages (one character in)."""
    pagesize, left, top, width, height = layout
    y = pagesize[1] - top - height - 7 * mm - PAGE_NUMBER_SIZE * 0.8
    canvas.saveState()
    canvas.setFont(SONG, PAGE_NUMBER_SIZE)
    if page % 2:
        canvas.drawRightString(left + width - PAGE_NUMBER_SIZE, y, f"— {page} —")
    else:
        canvas.drawString(left + PAGE_NUMBER_SIZE, y, f"— {page} —")
    canvas.restoreState()


def _no_decoration(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Pages numbered later, when chunks are merged."""


def build_pdf(story: Sequence[Flowable], *, title: str, author: str, layout: tuple = PORTRAIT,
              page_numbers: bool = True) -> bytes:
    """Lay out `story` on GB/T 9704 pages and return the PDF bytes."""
    register_fonts()
    pagesize, left, top, width, height = layout
    bottom = pagesize[1] - top - height
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=left, rightMargin=pagesize[0] - left - width,
                          topMargin=top, bottomMargin=bottom, title=title, author=author,
                          creator=f"qlist-desktop {__version__}", subject=title, invariant=True, lang="zh-CN",
                          initialFontName=SONG, initialFontSize=10)
    frame = Frame(left, bottom, width, height, id="body", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    def number(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_page_number(canvas, canvas.getPageNumber(), layout)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=number if page_numbers else _no_decoration)])
    doc.build(list(story))
    return buf.getvalue()


def page_numbers_pdf(count: int, layout: tuple) -> bytes:
    """`count` empty pages carrying only their page numbers, to stamp onto merged documents."""
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=layout[0], invariant=1, initialFontName=SONG)
    for page in range(1, count + 1):
        draw_page_number(canvas, page, layout)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def merge_numbered(parts: Sequence[bytes], *, title: str, author: str, layout: tuple) -> bytes:
    """One PDF of `parts` in order, numbered "— n —" throughout."""
    writer = PdfWriter()
    for part in parts:
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    numbers = PdfReader(io.BytesIO(page_numbers_pdf(len(writer.pages), layout)))
    for page, number in zip(writer.pages, numbers.pages, strict=True):
        page.merge_page(number)
    writer.add_metadata({"/Title": title, "/Author": author, "/Creator": f"qlist-desktop {__version__}"})
    writer.compress_identical_objects()
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


StoryFactory = Callable[[], list[Flowable]]


def chunked_pdf(chunks: Sequence[tuple[str, StoryFactory]], cache: DocumentCache | None, *, title: str,
                author: str, layout: tuple = PORTRAIT) -> bytes:
    """A long document laid out in chunks that are cached by key, then merged and numbered.

    Exporting again after a few items changed lays out only the chunks holding them. Each chunk starts
    on a new page.
    """
    def make(factory: StoryFactory) -> bytes:
        return build_pdf(factory(), title=title, author=author, layout=layout, page_numbers=False)

    parts = [cache.get_or_make(key, partial(make, factory)) if cache else make(factory) for key, factory in chunks]
    return merge_numbered(parts, title=title, author=author, layout=layout)
