"""Cutting a chart into printed pages so that none of its text prints below `MIN_TEXT_PT`.

The chart is laid out once, whole (`dot -Tplain`, no drawing); when it fits a page at
`min_scale()` or more it is printed as it is. Otherwise its levels are cut into bands, top to bottom, each
as tall as a page holds at that scale, every band drawn as a graph of its own whose arrows to other pages
end at off-page connectors. Pages are cut for portrait; a page too wide for it is printed landscape.
"""

from __future__ import annotations

from dataclasses import dataclass

from qlist_desktop.domain.flowchart import Flowchart
from qlist_desktop.render.dot import FOLD_DEPTH, PAD_INCHES, Band, chart_levels, chart_to_dot, node_steps
from qlist_desktop.render.graphviz import layout_size
from qlist_desktop.render.page import LANDSCAPE, PORTRAIT, PageInfo, frame, min_scale, page_size

NO_FOLD = 10_000  # pages are cut, never folded into columns
# Height a page's graph adds to its boxes besides its margins: off-page connectors above and below.
BAND_ALLOWANCE = 60
SAFETY = 1.0  # a page's own layout differs a little from the whole chart's; `_draw_pages` checks it

Pages = list[list[str]]  # the step ids printed on each page
MAX_COLUMNS = 4
MIN_COLUMN_LEVELS = 5


@dataclass(frozen=True)
class Layout:
    """A laid-out chart: its drawn size in points (as in its PDF: margins included), how much of that the
    margins are, and each step's vertical extent (top, bottom from the top of the layout)."""

    width: float
    height: float
    overhead: float
    steps: dict[str, tuple[float, float]]


def read_plain(text: str, chart: Flowchart) -> Layout:
    """The layout of `chart` from its `dot -Tplain` output (units: inches, y upwards)."""
    names = node_steps(chart)
    width = height = 0.0
    steps: dict[str, tuple[float, float]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0] == "graph":
            width, height = float(parts[2]) * 72, float(parts[3]) * 72
        elif len(parts) > 5 and parts[0] == "node" and parts[1] in names:
            y, h = float(parts[3]) * 72, float(parts[5]) * 72
            steps[names[parts[1]]] = (height - y - h / 2, height - y + h / 2)
    pad = 2 * PAD_INCHES * 72  # the drawing (PDF) adds the padding on both sides; margin is 0
    return Layout(width + pad, height + pad, pad, steps)


def one_page(layout: Layout, info: PageInfo) -> bool | None:
    """The orientation (landscape or not) of a page that holds the whole chart legibly, None if none does."""
    for landscape in (False, True):
        _x, _y, avail_w, avail_h = frame(info, page_size(landscape), first=True, last=True).chart_box
        if min(avail_w / layout.width, avail_h / layout.height) >= min_scale():
            return landscape
    return None


def _extent(layout: Layout, ids: list[str]) -> float:
    spans = [layout.steps[i] for i in ids]
    return max(b for _t, b in spans) - min(t for t, _b in spans)


def choose_pages(layout: Layout, info: PageInfo, landscape: bool) -> Pages:
    """The steps of each page, cut top to bottom where no box is cut, each page printing at `min_scale()`."""
    size = page_size(landscape)
    scale = min_scale()

    def capacity(first: bool, last: bool) -> float:
        box_h = frame(info, size, first=first, last=last).chart_box[3]
        return box_h / scale * SAFETY - BAND_ALLOWANCE - layout.overhead

    left = sorted(layout.steps, key=lambda sid: layout.steps[sid][0])
    pages: Pages = []
    while left:
        start = layout.steps[left[0]][0]
        cut = start + capacity(not pages, False)
        # Cut above the first box that would reach below the page, so that no box is split.
        straddle = min((layout.steps[s][0] for s in left if layout.steps[s][1] > cut), default=float("inf"))
        page = [s for s in left if layout.steps[s][0] < min(cut, straddle)] or left[:1]
        pages.append(page)
        left = [s for s in left if s not in page]
    # The last page also carries the time limits and the complaint channel: move boxes on if they do not fit.
    while len(pages[-1]) > 1 and _extent(layout, pages[-1]) > capacity(len(pages) == 1, True) + BAND_ALLOWANCE / 2:
        pages[-1:] = halve(layout, pages[-1])
    return pages


def halve(layout: Layout, ids: list[str]) -> Pages:
    """A page's steps as two pages, cut at the gap between boxes nearest to its middle."""
    ordered = sorted(ids, key=lambda sid: layout.steps[sid][0])
    top, bottom = layout.steps[ordered[0]][0], max(layout.steps[s][1] for s in ordered)
    middle = (top + bottom) / 2
    best = 1
    for n in range(1, len(ordered)):
        above_bottom = max(layout.steps[s][1] for s in ordered[:n])
        if layout.steps[ordered[n]][0] >= above_bottom - 1 and abs(layout.steps[ordered[n]][0] - middle) < abs(
                layout.steps[ordered[best]][0] - middle):
            best = n
    return [ordered[:best], ordered[best:]]


def page_dots(chart: Flowchart, font: str, pages: Pages) -> list[str]:
    """The DOT of each page (no conditions / footer blocks: the page draws those)."""
    page_of = {sid: n for n, ids in enumerate(pages, start=1) for sid in ids}
    return [chart_to_dot(chart, font, blocks=False, fold_depth=NO_FOLD, band=Band(n, page_of))
            for n in range(1, len(pages) + 1)]


def page_dot(chart: Flowchart, font: str) -> str:
    """The whole chart as printed when it fits one page."""
    return chart_to_dot(chart, font, blocks=False, fold_depth=NO_FOLD)


def fitted_dot(chart: Flowchart, font: str, title: str = "") -> str:
    """The DOT of the whole chart on one canvas (SVG, PNG, the editor's preview); a deep one is folded into
    the number of columns that shows largest on an A4-shaped canvas (printed pages are cut instead).

    Each candidate is laid out once (`dot -Tplain`), so only charts deeper than `FOLD_DEPTH` pay for it.
    """
    levels = chart_levels(chart)
    if levels <= FOLD_DEPTH:
        return chart_to_dot(chart, font, title=title)
    best: tuple[float, str] | None = None
    for columns in range(1, MAX_COLUMNS + 1):
        fold = -(-levels // columns)
        if columns > 1 and fold < MIN_COLUMN_LEVELS:
            break
        dot = chart_to_dot(chart, font, title=title, fold_depth=fold)
        scale = _a4_scale(*layout_size(dot))
        if best is None or scale > best[0]:
            best = (scale, dot)
    assert best is not None
    return best[1]


def _a4_scale(width: float, height: float) -> float:
    """How large a `width` × `height` pt canvas would print on the better-suited A4 orientation."""
    return max(min(w / width, h / height) for w, h in (PORTRAIT, LANDSCAPE))
