"""Cutting a chart into printed pages so that none of its text prints below `MIN_TEXT_PT`.

The chart is laid out once, whole (`dot -Tplain`, in the same run that draws it); when it fits a page at
`min_scale()` or more it is printed as it is. Otherwise its levels are cut into bands, top to bottom, each
as tall as a page holds at that scale, every band drawn as a graph of its own whose arrows to other pages
end at off-page connectors. Pages are cut for portrait; a page too wide for it is printed landscape.
"""

from __future__ import annotations

from dataclasses import dataclass

from qlist_desktop.domain.flowchart import Flowchart
from qlist_desktop.render.dot import Band, chart_to_dot, node_steps
from qlist_desktop.render.page import PageInfo, frame, min_scale, page_size

NO_FOLD = 10_000  # pages are cut, never folded into columns
# Height a page's graph adds to its boxes besides its margins: off-page connectors above and below.
BAND_ALLOWANCE = 60
SAFETY = 1.0  # a page's own layout differs a little from the whole chart's; `_draw_pages` checks it

Pages = list[list[str]]  # the step ids printed on each page


@dataclass(frozen=True)
class Layout:
    """A laid-out chart: its drawn size in points (as in its PDF: margins included), how much of that the
    margins are, and each step's vertical extent (top, bottom from the top of the layout)."""

    width: float
    height: float
    overhead: float
    steps: dict[str, tuple[float, float]]


def read_plain(text: str, chart: Flowchart, drawn: tuple[float, float]) -> Layout:
    """The layout of `chart` from its `dot -Tplain` output (units: inches, y upwards) and its PDF size."""
    names = node_steps(chart)
    height = 0.0
    steps: dict[str, tuple[float, float]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0] == "graph":
            height = float(parts[3]) * 72
        elif len(parts) > 5 and parts[0] == "node" and parts[1] in names:
            y, h = float(parts[3]) * 72, float(parts[5]) * 72
            steps[names[parts[1]]] = (height - y - h / 2, height - y + h / 2)
    return Layout(drawn[0], drawn[1], max(drawn[1] - height, 0.0), steps)


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
