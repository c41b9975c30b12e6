"""Ruled tables drawn straight onto PDF pages: rows measured line by line, split only when they must be.

A row is split only when it is taller than the space left on the page: it fills that space and goes
on at the top of the next page (a row whose first part would hold fewer than `MIN_LINES` lines moves
to the next page whole instead). Its `repeat` cells (序号, 编码, 名称, or a form's label) are printed
again on every continuation, marked "（续）". Cells are top-aligned. Every text is broken into lines
once (see `linebreak`), so the cost of a table is linear in its text.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from qlist_desktop.export.linebreak import wrap
from qlist_desktop.export.pdf_base import Layout, TextStyle, draw_line, draw_lines, draw_page_number, new_canvas

PAD_X = 3.0
PAD_TOP = 2.5
PAD_BOTTOM = 3.0
RULE = 0.6  # pt: rules stay visible when a page is printed or previewed small
HEADER_FILL = colors.HexColor("#E7ECF5")
CONTINUED = "（续）"
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
        cells = []
        for spec in row.cells:
            x, right = self.edges[spec.col], self.edges[spec.col + spec.span]
            inner = right - x - 2 * PAD_X
            st = spec.style
            lines = wrap(spec.text, st.font, st.size, inner)
            again = wrap(spec.text + CONTINUED, st.font, st.size, inner) if spec.mark else lines
            cells.append(_Cell(spec, x, right - x, lines, again, spec.repeat))
        return MeasuredRow(cells, row.min_height)


def draw_piece(canvas: Canvas, piece: Piece, top: float) -> None:
    """A row part with its top edge at `top`: shading, rules, then top-aligned text."""
    bottom = top - piece.height
    canvas.setLineWidth(RULE)
    canvas.setStrokeColor(colors.black)
    for cell, lines in piece.cells:
        if cell.spec.shade:
            canvas.setFillColor(HEADER_FILL)
            canvas.rect(cell.x, bottom, cell.width, piece.height, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
        canvas.rect(cell.x, bottom, cell.width, piece.height, stroke=1, fill=0)
        st = cell.spec.style
        baseline = top - PAD_TOP - (st.line - st.size) / 2 - st.size * 0.86
        draw_lines(canvas, cell.x + PAD_X, baseline, cell.width - 2 * PAD_X, lines, st)


class PageWriter:
    """Draws a document page by page: a cursor down the text block, page numbers, continuation headers."""

    def __init__(self, layout: Layout, *, title: str, author: str, first_number: int = 1) -> None:
        self.layout = layout
        self.buf = io.BytesIO()
        self.canvas = new_canvas(self.buf, layout, title=title, author=author)
        self.number = first_number - 1
        self.y = 0.0
        self.started = False
        self.on_new_page: Callable[[PageWriter], None] | None = None
        self.furniture = 0.0  # what `on_new_page` draws at the top of a page, in points

    @property
    def room(self) -> float:
        return self.y - self.layout.bottom

    def new_page(self) -> None:
        if self.started:
            self.canvas.showPage()
        self.started = True
        self.number += 1
        draw_page_number(self.canvas, self.number, self.layout)
        self.y = self.layout.pagesize[1] - self.layout.top
        if self.on_new_page:
            self.on_new_page(self)

    def text(self, text: str, st: TextStyle, *, after: float = 0.0) -> None:
        """A paragraph across the text block, starting a page when it does not fit."""
        lines = wrap(text, st.font, st.size, self.layout.width)
        for line in lines:
            if self.room < st.line:
                self.new_page()
            draw_line(self.canvas, self.layout.left, self.y - (st.line - st.size) / 2 - st.size * 0.86,
                      self.layout.width, line, st)
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
        draw_piece(self.canvas, piece, self.y)
        self.y -= piece.height

    def space(self, points: float) -> None:
        self.y -= points

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self.buf.getvalue()
