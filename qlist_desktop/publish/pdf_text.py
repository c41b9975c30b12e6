"""A plain, fast page writer for the printed editions: wrapped Chinese text straight onto a reportlab canvas.

Editions of thousands of items are laid out in seconds this way (platypus paragraphs would take minutes);
fonts are the embedded TrueType ones every bundle PDF uses.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from qlist_desktop import __version__
from qlist_desktop.export.pdf_base import font_name

_NO_LINE_START = frozenset("，。、；：！？）》」』】〕〉”’…,;:!?)]}%")
_widths: dict[tuple[str, str], float] = {}


def keep_font_tables(font: str) -> None:
    """Make the registered TrueType font hand out its tables from memory.

    reportlab copies the whole `glyf` table (10 MB for WenQuanYi Zen Hei) out of the font file for every
    subset it embeds, which was half the time of a card; the tables never change, so each is copied once.
    """
    face = pdfmetrics.getFont(font).face
    if getattr(face, "_qlist_tables", None) is not None:
        return
    tables: dict[str, bytes] = {}
    original = face.get_table

    def get_table(tag: str) -> bytes:
        if tag not in tables:
            tables[tag] = original(tag)
        return tables[tag]

    face._qlist_tables = tables
    face.get_table = get_table


def char_width(font: str, ch: str) -> float:
    """Width of a character at 1 pt."""
    key = (font, ch)
    width = _widths.get(key)
    if width is None:
        width = _widths[key] = pdfmetrics.stringWidth(ch, font, 1000) / 1000
    return width


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` no wider than `width` points; closing punctuation hangs on the line before."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        line, used = "", 0.0
        for ch in paragraph:
            w = char_width(font, ch) * size
            if line and used + w > width and ch not in _NO_LINE_START:
                lines.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        lines.append(line)
    return lines


class PageWriter:
    """Text flowing down pages of one size; `draw_footer(canvas, page)` decorates each page."""

    def __init__(self, pagesize: tuple[float, float], margin: float, *, title: str, author: str,
                 draw_footer: Callable[[Canvas, int], None] | None = None, compress: bool = True) -> None:
        self.song, self.hei = font_name("table"), font_name("heading")  # 宋体 for text, 黑体 for headings
        keep_font_tables(self.song)
        keep_font_tables(self.hei)
        self.buf = io.BytesIO()
        self.canvas = Canvas(self.buf, pagesize=pagesize, invariant=1, initialFontName=self.song,
                             pageCompression=int(compress))
        self.canvas.setTitle(title)
        self.canvas.setAuthor(author)
        self.canvas.setCreator(f"qlist-desktop {__version__}")
        self.width, self.height = pagesize
        self.margin = margin
        self.left, self.right = margin, pagesize[0] - margin
        self.top, self.bottom = pagesize[1] - margin, margin + 8 * mm
        self.y = self.top
        self.page = 1
        self.footer = draw_footer

    @property
    def text_width(self) -> float:
        return self.right - self.left

    def new_page(self) -> None:
        self._finish_page()
        self.canvas.showPage()
        self.page += 1
        self.y = self.top

    def _finish_page(self) -> None:
        if self.footer:
            self.footer(self.canvas, self.page)

    def need(self, height: float) -> None:
        """Start a new page unless `height` points fit below the cursor."""
        if self.y - height < self.bottom and self.y < self.top:
            self.new_page()

    def text(self, text: str, size: float, *, bold: bool = False, indent: float = 0, leading: float = 1.45,
             color: tuple[float, float, float] = (0, 0, 0), keep: float = 0) -> None:
        """Wrapped text at the cursor; `keep` more points must fit after its first line (headings)."""
        font = self.hei if bold else self.song
        lines = wrap(text, font, size, self.text_width - indent)
        step = size * leading
        self.need(step + keep)
        self.canvas.setFillColorRGB(*color)
        self.canvas.setFont(font, size)
        for line in lines:
            self.need(step)
            self.canvas.setFont(font, size)
            self.y -= step
            self.canvas.drawString(self.left + indent, self.y + size * 0.25, line)
        self.canvas.setFillColorRGB(0, 0, 0)

    def labelled(self, label: str, value: str, size: float, label_width: float) -> None:
        """A row 'label  value', the value wrapped in its own column."""
        lines = wrap(value, self.song, size, self.text_width - label_width)
        step = size * 1.45
        self.need(step)
        self.canvas.setFont(self.hei, size)
        self.canvas.drawString(self.left, self.y - step + size * 0.25, label)
        self.canvas.setFont(self.song, size)
        for line in lines:
            self.need(step)
            self.canvas.setFont(self.song, size)
            self.y -= step
            self.canvas.drawString(self.left + label_width, self.y + size * 0.25, line)

    def space(self, height: float) -> None:
        self.y -= height

    def finish(self) -> bytes:
        self._finish_page()
        self.canvas.save()
        return self.buf.getvalue()


def page_number_footer(font: str, size: float = 10) -> Callable[[Canvas, int], None]:
    def draw(canvas: Canvas, page: int) -> None:
        width = canvas._pagesize[0]
        canvas.setFont(font, size)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawCentredString(width / 2, 10 * mm, f"— {page} —")
    return draw
