"""`qlist complete`: codes and drafted charts for an imported list, previewed, then written in one transaction.

Applying returns what it did, so the GUI can undo it as one step (old codes back, drafted charts removed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qlist_desktop.domain.completion import CodeAssignment, assign_codes
from qlist_desktop.domain.flowchart import Flowchart
from qlist_desktop.services.flowcharts import (
    add_charts_in_session,
    chart_from_template,
    chart_records,
    get_templates,
    save_chart_in_session,
)
from qlist_desktop.services.items import apply_changes_many, load_items
from qlist_desktop.services.op_changes import Change, OpChanges
from qlist_desktop.services.settings import get_code_scheme, get_department, get_vocabularies
from qlist_desktop.storage.workspace import Workspace

SOURCE = "complete"


class CompletionError(ValueError):
    """Completion cannot run; the message says what the liaison must do first."""


@dataclass
class CompletionPlan:
    codes: list[CodeAssignment] = field(default_factory=list)
    charts: dict[int, Flowchart] = field(default_factory=dict)  # item id → the drafted chart
    names: dict[int, str] = field(default_factory=dict)  # item id → 事项名称（子项）, for the preview

    def __bool__(self) -> bool:
        return bool(self.codes or self.charts)

    def to_dict(self) -> dict[str, object]:
        return {
            "codes": [a.to_dict() | {"name": self.names.get(a.item_id, "")} for a in self.codes],
            "charts": [{"item_id": i, "name": self.names.get(i, "")} for i in sorted(self.charts)],
        }


@dataclass
class CompletionOutcome:
    codes: list[CodeAssignment]
    chart_ids: list[int]

    @property
    def changes(self) -> OpChanges:
        return OpChanges.of(Change.CHARTS, updated=[a.item_id for a in self.codes] + self.chart_ids)


def plan_completion(ws: Workspace, *, codes: bool = True, charts: bool = True) -> CompletionPlan:
    """What `complete` would change: nothing is written."""
    items = sorted(load_items(ws), key=lambda i: i.key)  # creation order is the order of the source list
    plan = CompletionPlan(names={i.key: i.full_name for i in items})
    if codes:
        department = get_department(ws)
        region, subject = department.region_code.strip(), department.code.strip()
        scheme = get_code_scheme(ws)
        if not (region.isdigit() and len(region) == scheme.region and subject.isdigit()
                and len(subject) == scheme.subject):
            raise CompletionError(
                f"无法生成事项编码：部门信息中的区划代码应为{scheme.region}位数字、主体编码应为{scheme.subject}位数字"
                f"（现为“{region}”“{subject}”）；请先在“部门”菜单或 qlist init 中填写"
            )
        plan.codes = assign_codes(items, scheme, region, subject, get_vocabularies(ws))
    if charts:
        with_chart = set(chart_records(ws))
        templates = get_templates(ws)
        plan.charts = {i.key: chart_from_template(ws, i, templates) for i in items if i.key not in with_chart}
    return plan


def apply_completion(ws: Workspace, plan: CompletionPlan, source: str = SOURCE) -> CompletionOutcome:
    """Write the plan in one transaction, audited."""
    with ws.session() as s:
        apply_changes_many(s, {a.item_id: {"code": a.new} for a in plan.codes}, source)
        add_charts_in_session(s, plan.charts, source)
    return CompletionOutcome(list(plan.codes), sorted(plan.charts))


def undo_completion(ws: Workspace, outcome: CompletionOutcome, source: str = "complete-undo") -> OpChanges:
    """The old codes back and the drafted charts removed, in one transaction."""
    with ws.session() as s:
        apply_changes_many(s, {a.item_id: {"code": a.old} for a in outcome.codes}, source)
        for item_id in outcome.chart_ids:
            save_chart_in_session(s, item_id, None, source)
    return outcome.changes


def redo_completion(ws: Workspace, plan: CompletionPlan, source: str = "complete-redo") -> OpChanges:
    return apply_completion(ws, plan, source).changes
