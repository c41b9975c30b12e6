"""Ruled tables drawn straight onto PDF pages: rows measured line by line, split only when they must be.

A row is split only when it is taller than the space left on the page: it fills that space and goes
on at the top of the next page (a row whose first part would hold fewer than `MIN_LINES` lines moves
to the next page whole instead). Its `repeat` cells (序号, 编码, 名称, or a form's label) are printed
again on every continuation, marked "（续）". Cells are top-aligned. Every text is broken into lines
once (see `linebreak`), so the cost of a table is linear in its text.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import pikepdf
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from qlist_desktop import __version__
from qlist_desktop.export.cache import DocumentCache, cache_key
from qlist_desktop.export.linebreak import wrap
from qlist_desktop.export.pdf_base import (
    Layout,
    TextStyle,
    draw_line,
    draw_lines,
    draw_page_number,
    font_fingerprint,
    new_canvas,
)

PAD_X = 3.0
PAD_TOP = 2.5
PAD_BOTTOM = 3.0
RULE = 0.6  # pt: rules stay visible when a page is printed or previewed small
HEADER_FILL = colors.HexColor("#E7ECF5")
CONTINUED = "（续）"
PAGES_PER_BLOCK = 24  # pages drawn and cached together (each block embeds its own font subsets)
MIN_LINES = 3  # a split row's first part holds at least this many lines of each cell (or all it has)


@dataclass(frozen=True)
class GridCell:
    """One cell: its text and style, the column it starts in and how many it spans."""

    text: str
    style: TextStyle
    col: int
    span: int = 1
    repeat: bool = False  # printed whole again on each continuation of its row
    mark: bool = False  # carries the "（续）" mark on a continuation
    shade: bool = False


@dataclass(frozen=True)
class GridRow:
    cells: tuple[GridCell, ...]
    min_height: float = 0.0  # room to write in by hand (a review opinion)


@dataclass
class _Cell:
    spec: GridCell
    x: float
    width: float
    lines: list[str]
    again: list[str]  # the text printed on a continuation (repeat cells)
    repeat: bool = False


@dataclass
class Piece:
    """The part of a row on one page: each cell's lines, and the height they take."""

    cells: list[tuple[_Cell, list[str]]]
    height: float
    continued: bool = False


@dataclass
class MeasuredRow:
    cells: list[_Cell]
    min_height: float = 0.0
    taken: list[int] = field(default_factory=list)  # lines of each cell already placed

    def _height(self, counts: Sequence[int]) -> float:
        tallest = max((n * c.spec.style.line for n, c in zip(counts, self.cells, strict=True)), default=0.0)
        return max(PAD_TOP + tallest + PAD_BOTTOM, self.min_height)

    def full_height(self) -> float:
        return self._height([len(c.lines) for c in self.cells])

    @property
    def done(self) -> bool:
        return bool(self.taken) and all(t >= len(c.lines) for t, c in zip(self.taken, self.cells, strict=True))

    def whole(self) -> Piece:
        self.taken = [len(c.lines) for c in self.cells]
        return Piece([(c, c.lines) for c in self.cells], self.full_height())

    def least(self) -> float:
        """The smallest part worth starting on a page: the repeated cells and a few lines of the rest."""
        first = not self.taken
        counts = []
        for c, taken in zip(self.cells, self.taken or [0] * len(self.cells), strict=True):
            if c.repeat:
                counts.append(len(c.lines if first else c.again))
            else:
                counts.append(min(MIN_LINES, len(c.lines) - taken))
        return self._height(counts)

    def take(self, room: float) -> Piece:
        """The next part of the row that fits in `room` points (at least `least()` of it)."""
        first = not self.taken
        if first:
            self.taken = [0] * len(self.cells)
        parts: list[tuple[_Cell, list[str]]] = []
        for n, c in enumerate(self.cells):
            if c.repeat:
                parts.append((c, c.lines if first else c.again))
                self.taken[n] = len(c.lines)
                continue
            fit = max(MIN_LINES, int((room - PAD_TOP - PAD_BOTTOM + 0.01) // c.spec.style.line))
            lines = c.lines[self.taken[n]:self.taken[n] + fit]
            self.taken[n] += len(lines)
            parts.append((c, lines))
        height = self._height([len(lines) for _c, lines in parts])
        # A part that continues fills its page to the foot.
        return Piece(parts, height if self.done else max(height, room), continued=not first)

    def split_repeats_over(self, limit: float) -> None:
        """Cells to repeat that are themselves taller than `limit` are split like the others instead."""
        for c in self.cells:
            if c.repeat and PAD_TOP + len(c.again) * c.spec.style.line + PAD_BOTTOM > limit:
                c.repeat, c.again = False, c.lines


class Grid:
    """Columns (widths in points) starting at `x`."""

    def __init__(self, x: float, widths: Sequence[float]) -> None:
        self.x = x
        self.widths = list(widths)
        self.edges = [x]
        for w in self.widths:
            self.edges.append(self.edges[-1] + w)

    @property
    def width(self) -> float:
        return self.edges[-1] - self.x

    def measure(self, row: GridRow) -> MeasuredRow:
        return self.measure_all([row])[0]

    def measure_all(self, rows: Sequence[GridRow], cache: DocumentCache | None = None) -> list[MeasuredRow]:
        """The rows broken into lines; with a cache, the lines of the same rows come from the last export."""
        specs = [(spec, self.edges[spec.col], self.edges[spec.col + spec.span]) for row in rows for spec in row.cells]

        def lines() -> bytes:
            made = []
            for spec, x, right in specs:
                st, inner = spec.style, right - x - 2 * PAD_X
                text = wrap(spec.text, st.font, st.size, inner)
                made.append([text, wrap(spec.text + CONTINUED, st.font, st.size, inner) if spec.mark else text])
            return json.dumps(made, ensure_ascii=False).encode()

        if cache is None:
            broken = json.loads(lines())
        else:
            key = cache_key("grid-lines", font_fingerprint(),
                            [(s.text, repr(s.style), s.mark, round(r - x, 2)) for s, x, r in specs])
            broken = json.loads(cache.get_or_make(key, lines))
        found = iter(zip(specs, broken, strict=True))
        measured = []
        for row in rows:
            cells = []
            for _spec in row.cells:
                (spec, x, right), (text, again) = next(found)
                cells.append(_Cell(spec, x, right - x, text, again, spec.repeat))
            measured.append(MeasuredRow(cells, row.min_height))
        return measured


# A page is a list of drawing operations in plain data, so that pages can be keyed, cached and drawn later:
# ("text", x, baseline, width, line, style) or ("cell", x, top, width, height, shade, lines, style).
Op = tuple[Any, ...]


def _style_data(st: TextStyle) -> tuple[str, float, float, str]:
    return (st.role, st.size, st.leading, st.align)


def draw_op(canvas: Canvas, op: Op) -> None:
    if op[0] == "text":
        _kind, x, y, width, line, style = op
        draw_line(canvas, x, y, width, line, TextStyle(*style))
        return
    _kind, x, top, width, height, shade, lines, style = op
    st = TextStyle(*style)
    if shade:
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(x, top - height, width, height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
    canvas.rect(x, top - height, width, height, stroke=1, fill=0)
    baseline = top - PAD_TOP - (st.line - st.size) / 2 - st.size * 0.86
    draw_lines(canvas, x + PAD_X, baseline, width - 2 * PAD_X, lines, st)


def render_pages(pages: Sequence[Sequence[Op]], layout: Layout, *, title: str, author: str,
                 first_number: int = 1) -> bytes:
    """The PDF of recorded pages, numbered "— n —" from `first_number`."""
    buf = io.BytesIO()
    canvas = new_canvas(buf, layout, title=title, author=author)
    for n, ops in enumerate(pages, start=first_number):
        draw_page_number(canvas, n, layout)
        canvas.setLineWidth(RULE)
        canvas.setStrokeColor(colors.black)
        for op in ops:
            draw_op(canvas, op)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


class PageWriter:
    """Lays a document out page by page: a cursor down the text block, continuation headers.

    Pages are recorded as drawing operations; `pdf()` draws them, in cached blocks of pages when given a
    cache (a re-export draws again only the blocks whose pages changed).
    """

    def __init__(self, layout: Layout, *, title: str, author: str) -> None:
        self.layout = layout
        self.title, self.author = title, author
        self.pages: list[list[Op]] = []
        self.y = 0.0
        self.on_new_page: Callable[[PageWriter], None] | None = None
        self.furniture = 0.0  # what `on_new_page` draws at the top of a page, in points

    @property
    def room(self) -> float:
        return self.y - self.layout.bottom

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.layout.pagesize[1] - self.layout.top
        if self.on_new_page:
            self.on_new_page(self)

    def text(self, text: str, st: TextStyle, *, after: float = 0.0) -> None:
        """A paragraph across the text block, starting a page when it does not fit."""
        lines = wrap(text, st.font, st.size, self.layout.width)
        for line in lines:
            if self.room < st.line:
                self.new_page()
            baseline = self.y - (st.line - st.size) / 2 - st.size * 0.86
            self.pages[-1].append(("text", self.layout.left, baseline, self.layout.width, line, _style_data(st)))
            self.y -= st.line
        self.y -= after

    def rows(self, rows: Sequence[MeasuredRow], header: Sequence[MeasuredRow] = ()) -> None:
        """Table rows under a header repeated on every page; a row split only where it does not fit."""
        head = [r.whole() for r in header]
        full = self.layout.height - sum(p.height for p in head)

        def start_page(first: bool) -> None:
            if not first:
                self.new_page()
            for piece in head:
                self.place(piece)

        start_page(first=True)
        for row in rows:
            if row.full_height() <= self.room:
                self.place(row.whole())
                continue
            row.split_repeats_over((full - self.furniture) * 0.6)
            while not row.done:
                if self.room < row.least():
                    start_page(first=False)
                self.place(row.take(self.room))
                if not row.done:
                    start_page(first=False)

    def place(self, piece: Piece) -> None:
        for cell, lines in piece.cells:
            self.pages[-1].append(("cell", cell.x, self.y, cell.width, piece.height, cell.spec.shade, tuple(lines),
                                   _style_data(cell.spec.style)))
        self.y -= piece.height

    def space(self, points: float) -> None:
        self.y -= points

    def pdf(self, cache: DocumentCache | None = None, block: int = PAGES_PER_BLOCK) -> bytes:
        """The document; with a cache, drawn in blocks of `block` pages cached by what they show."""
        if cache is None or len(self.pages) <= block:
            return render_pages(self.pages, self.layout, title=self.title, author=self.author)
        parts = []
        for start in range(0, len(self.pages), block):
            pages = self.pages[start:start + block]
            drawn = hashlib.sha256(repr(pages).encode()).hexdigest()  # repr: far quicker than JSON for this much
            key = cache_key("grid-pages", font_fingerprint(), self.layout, self.title, self.author, start, drawn)
            parts.append(cache.get_or_make(key, partial(render_pages, pages, self.layout, title=self.title,
                                                        author=self.author, first_number=start + 1)))
        return merge_pdfs(parts, title=self.title, author=self.author)


def merge_pdfs(parts: Sequence[bytes], *, title: str, author: str) -> bytes:
    """One PDF of `parts` in order (by qpdf, through pikepdf: pypdf takes seconds for a thousand pages)."""
    merged = pikepdf.new()
    sources = [pikepdf.open(io.BytesIO(part)) for part in parts]
    for source in sources:
        merged.pages.extend(source.pages)
    merged.docinfo["/Title"] = title
    merged.docinfo["/Author"] = author
    merged.docinfo["/Creator"] = f"qlist-desktop {__version__}"
    buf = io.BytesIO()
    # The parts' streams are compressed already: copied as they are, saving takes milliseconds, not seconds.
    merged.save(buf, deterministic_id=True, stream_decode_level=pikepdf.StreamDecodeLevel.none,
                object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    for source in sources:
        source.close()
    return buf.getvalue()
