"""Reading and saving items' flowcharts (一图), the category templates, and the charts' findings."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qlist_desktop.domain.completion import draft_chart
from qlist_desktop.domain.flowchart import CHART_FIELD, Flowchart, FlowchartError, chart_findings, corrupt_finding
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.rules import Finding
from qlist_desktop.paths import resource
from qlist_desktop.services.items import ItemNotFound, load_items, now
from qlist_desktop.services.settings import get_meta, set_meta
from qlist_desktop.storage.bulk import insert_rows
from qlist_desktop.storage.schema import AuditRow, FlowchartRow, ItemRow
from qlist_desktop.storage.workspace import Workspace

TEMPLATES_KEY = "flowchart_templates"


# -- charts ---------------------------------------------------------------------------------------------


def get_chart(ws: Workspace, item_id: int) -> Flowchart | None:
    """The item's chart, None when it has none; `FlowchartError` when the stored data is corrupt."""
    with ws.session() as s:
        data = s.scalar(select(FlowchartRow.data).where(FlowchartRow.item_id == item_id))
    return None if data is None else Flowchart.from_dict(data)


def chart_records(ws: Workspace, ids: Iterable[int] | None = None) -> dict[int, tuple[Any, str]]:
    """Raw stored chart data and its update time per item id (undecoded: callers decide what corrupt means)."""
    stmt = select(FlowchartRow.item_id, FlowchartRow.data, FlowchartRow.updated_at)
    if ids is not None:
        stmt = stmt.where(FlowchartRow.item_id.in_(list(ids)))
    with ws.session() as s:
        return {item_id: (data, updated) for item_id, data, updated in s.execute(stmt)}


def load_charts(ws: Workspace, ids: Iterable[int] | None = None) -> dict[int, Flowchart | FlowchartError]:
    """Every stored chart per item id; a corrupt one is given as its `FlowchartError`."""
    charts: dict[int, Flowchart | FlowchartError] = {}
    for item_id, (data, _updated) in chart_records(ws, ids).items():
        try:
            charts[item_id] = Flowchart.from_dict(data)
        except FlowchartError as exc:
            charts[item_id] = exc
    return charts


def dated_charts(ws: Workspace, ids: Iterable[int] | None = None) -> dict[int, tuple[Flowchart, str]]:
    """Every readable chart per item id with the day it was last changed (ISO date); corrupt ones are
    left out (a validation finding reports them). What the renderer takes."""
    charts: dict[int, tuple[Flowchart, str]] = {}
    for item_id, (data, updated) in chart_records(ws, ids).items():
        try:
            charts[item_id] = (Flowchart.from_dict(data), (updated or "")[:10])
        except FlowchartError:
            continue
    return charts


def save_chart(ws: Workspace, item_id: int, chart: Flowchart | None, source: str = "") -> bool:
    """Store (or with None remove) an item's chart in one transaction, audited; False when nothing changed."""
    with ws.session() as s:
        return save_chart_in_session(s, item_id, chart, source)


def save_chart_in_session(s: Session, item_id: int, chart: Flowchart | None, source: str) -> bool:
    """`save_chart` inside an open session."""
    new = None if chart is None else chart.to_dict()
    code = s.scalar(select(ItemRow.code).where(ItemRow.id == item_id))
    if code is None:
        raise ItemNotFound(f"找不到编号为 {item_id} 的事项")
    row = s.get(FlowchartRow, item_id)
    old = None if row is None else row.data
    if old == new:
        return False
    stamp = now()
    if new is None:
        s.delete(row)
    elif row is None:
        s.add(FlowchartRow(item_id=item_id, data=new, updated_at=stamp))
    else:
        row.data, row.updated_at = new, stamp
    s.add(AuditRow(at=stamp, item_id=item_id, item_code=code, field=CHART_FIELD, old=old, new=new, source=source))
    return True


def add_charts_in_session(s: Session, charts: dict[int, Flowchart], source: str) -> list[int]:
    """Store charts for items that have none, in bulk (one insert per table), audited; returns their item ids."""
    if not charts:
        return []
    taken = set(s.scalars(select(FlowchartRow.item_id).where(FlowchartRow.item_id.in_(list(charts)))))
    if taken:
        raise ValueError(f"items {sorted(taken)} already have charts")
    codes = {i: c for i, c in s.execute(select(ItemRow.id, ItemRow.code).where(ItemRow.id.in_(list(charts))))}
    missing = set(charts) - set(codes)
    if missing:
        raise ItemNotFound(f"找不到编号为 {min(missing)} 的事项")
    stamp = now()
    data = {item_id: chart.to_dict() for item_id, chart in charts.items()}
    insert_rows(s, FlowchartRow, [{"item_id": i, "data": d, "updated_at": stamp} for i, d in data.items()])
    insert_rows(s, AuditRow, [{"at": stamp, "item_id": i, "item_code": codes[i], "field": CHART_FIELD, "old": None,
                               "new": d, "source": source} for i, d in data.items()])
    return sorted(charts)


# -- templates ----------------------------------------------------------------------------------------


def default_templates() -> dict[str, Flowchart]:
    """The templates shipped in `resources/flowchart_templates.json`, by category label."""
    data = json.loads(resource("flowchart_templates.json").read_text(encoding="utf-8"))
    return {category: Flowchart.from_dict(chart) for category, chart in data["templates"].items()}


def get_templates(ws: Workspace) -> dict[str, Flowchart]:
    """The workspace's templates by category label (the shipped ones until the jurisdiction saves its own)."""
    data = get_meta(ws, TEMPLATES_KEY)
    if not data:
        return default_templates()
    templates = default_templates()
    for category, chart in data.items():
        try:
            templates[category] = Flowchart.from_dict(chart)
        except FlowchartError:
            continue  # a damaged workspace template falls back to the shipped one for that category
    return templates


def set_template(ws: Workspace, category: str, chart: Flowchart | None) -> None:
    """Save the jurisdiction's template for one category (None restores the shipped one)."""
    data = dict(get_meta(ws, TEMPLATES_KEY) or {})
    if chart is None:
        data.pop(category, None)
    else:
        data[category] = chart.to_dict()
    set_meta(ws, TEMPLATES_KEY, data)


def chart_from_template(ws: Workspace, item: PowerItem, templates: dict[str, Flowchart] | None = None) -> Flowchart:
    """A new chart for `item`: its category's template, made its own (`domain.completion.draft_chart`).

    An unknown category gets the template of 其他行政权力 (or an empty 开始 → 结束 chart).
    """
    templates = get_templates(ws) if templates is None else templates
    base = templates.get(item.category) or templates.get("其他行政权力")
    template = base if base else Flowchart.from_dict(
        {"steps": [{"id": "start", "kind": "start", "name": "开始"}, {"id": "end", "kind": "end", "name": "结束"}],
         "edges": [{"source": "start", "target": "end"}]}
    )
    return draft_chart(template, item)


def create_chart_from_template(ws: Workspace, item_id: int, source: str = "") -> Flowchart:
    """Give an item without a chart its category template's chart (saved, audited) and return it."""
    existing = get_chart(ws, item_id)
    if existing is not None:
        return existing
    items = load_items(ws, [item_id])
    if not items:
        raise ItemNotFound(f"找不到编号为 {item_id} 的事项")
    chart = chart_from_template(ws, items[0])
    save_chart(ws, item_id, chart, source)
    return chart


# -- validation ---------------------------------------------------------------------------------------


def flowchart_findings(ws: Workspace, items: list[PowerItem] | None = None) -> list[Finding]:
    """The flowchart findings of `items` (every live item by default), grouped by item in the given order."""
    items = load_items(ws) if items is None else items
    charts = load_charts(ws, [i.id for i in items if i.id is not None])
    findings: list[Finding] = []
    for item in items:
        chart = charts.get(item.id) if item.id is not None else None
        if isinstance(chart, FlowchartError):
            findings.append(corrupt_finding(item, chart))
        else:
            findings.extend(chart_findings(item, chart))
    return findings
