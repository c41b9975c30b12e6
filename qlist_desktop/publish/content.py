"""What a publication shows: the department, its public items, their charts and topics, read through services.

Everything later stages write comes from a `Publication`, and a `Publication` holds public items only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qlist_desktop.domain.flowchart import END, START, Flowchart
from qlist_desktop.domain.items import Department, PowerItem
from qlist_desktop.domain.vocab import Vocabularies
from qlist_desktop.publish.summary import PlainLines, default_conditions, plain_lines
from qlist_desktop.render.charts import render_item_charts
from qlist_desktop.services.flowcharts import dated_charts, load_charts
from qlist_desktop.services.items import load_items
from qlist_desktop.services.settings import get_department, get_vocabularies
from qlist_desktop.storage.workspace import Workspace

_SAFE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
UNTAGGED = "其他事项"


@dataclass
class PublicItem:
    item: PowerItem
    slug: str  # file name stem of the item's page and card, unique in the publication
    chart_svg: Path | None = None  # cached SVG of its flowchart, when it has one
    outline: list[tuple[str, str]] = field(default_factory=list)  # the chart's (kind, name) steps, in flow order
    conditions: str = ""  # 行使条件: the chart's, else those of the first basis

    @property
    def lines(self) -> PlainLines:
        return plain_lines(self.item, self.conditions)

    @property
    def page(self) -> str:
        return f"items/{self.slug}.html"


@dataclass
class Publication:
    department: Department
    vocab: Vocabularies
    items: list[PublicItem]
    withheld: int  # how many items are not public (a count only: nothing else of them is kept)
    topics: list[str] = field(default_factory=list)  # topics in use, in vocabulary order

    def by_category(self) -> list[tuple[str, int]]:
        counts = Counter(p.item.category or "未分类" for p in self.items)
        order = {label: n for n, label in enumerate(self.vocab.labels("category"))}
        return sorted(counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))

    def in_topic(self, topic: str) -> list[PublicItem]:
        return [p for p in self.items if topic in p.item.topics]


def chart_outline(chart: Flowchart) -> list[tuple[str, str]]:
    """The chart's steps in the order the procedure meets them (breadth first from its start), its ends last."""
    following: dict[str, list[str]] = {}
    for edge in chart.edges:
        following.setdefault(edge.source, []).append(edge.target)
    starts = [s.id for s in chart.steps if s.kind == START] or [s.id for s in chart.steps[:1]]
    seen: list[str] = []
    queue = list(starts)
    while queue:
        step = queue.pop(0)
        if step not in seen:
            seen.append(step)
            queue.extend(following.get(step, []))
    by_id = {s.id: s for s in chart.steps}
    order = [*seen, *[s.id for s in chart.steps if s.id not in seen]]
    steps = [by_id[i] for i in order if i in by_id]
    return [(s.kind, s.name) for s in steps if s.kind != END] + [(s.kind, s.name) for s in steps if s.kind == END]


def _slugs(items: list[PowerItem]) -> list[str]:
    """The code where it is a usable, unique file name (real lists have '/' and duplicates), else item-<id>."""
    counts = Counter(i.code for i in items)
    return [i.code if _SAFE_CODE.match(i.code) and counts[i.code] == 1 else f"item-{i.key}" for i in items]


def gather(
    ws: Workspace,
    *,
    charts: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Publication:
    """The publication of a workspace: public items in code order, with their charts drawn (cached) as SVG."""
    everything = load_items(ws)
    public = [i for i in everything if i.is_public]
    vocab = get_vocabularies(ws)
    svgs = (render_item_charts(public, dated_charts(ws, [i.key for i in public]), get_department(ws).name,
                               formats=("svg",), progress=progress) if charts and public else {})
    charts_by_id = load_charts(ws, [i.key for i in public]) if public else {}
    items = []
    for item, slug in zip(public, _slugs(public), strict=True):
        chart = charts_by_id.get(item.key)
        stated = chart.conditions if isinstance(chart, Flowchart) else ""
        files = svgs.get(item.key) or {}
        items.append(PublicItem(item, slug, chart_svg=files.get("svg"), conditions=stated or default_conditions(item),
                                outline=chart_outline(chart) if isinstance(chart, Flowchart) else []))
    used = {t for p in items for t in p.item.topics}
    order = vocab.labels("topic")
    topics = [t for t in order if t in used] + sorted(used - set(order))
    return Publication(get_department(ws), vocab, items, len(everything) - len(public), topics)
