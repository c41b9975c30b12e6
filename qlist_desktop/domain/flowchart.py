"""The operation flowchart of a power (一图 / 行政权力运行流程图) as data, and its validation rules.

A chart is a list of steps (GB/T 1526 kinds: start, step, decision, end) joined by edges that may carry a
condition label (是 / 否 / 不予受理 ...), plus the texts the chart's header and footer show: the conditions for
exercising the power, the complaint channel and the time limits. Everything here is plain data: the
renderer turns it into DOT, the storage keeps `to_dict()` as JSON.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from qlist_desktop.domain.fields import QT_TRANSLATE_NOOP
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.rules import ERROR, WARNING, Finding

START, STEP, DECISION, END = "start", "step", "decision", "end"
STEP_KINDS: dict[str, str] = {  # labels translated in the UI (context "Domain")
    START: QT_TRANSLATE_NOOP("Domain", "开始"), STEP: QT_TRANSLATE_NOOP("Domain", "办理环节"),
    DECISION: QT_TRANSLATE_NOOP("Domain", "判断"), END: QT_TRANSLATE_NOOP("Domain", "结束"),
}
CHART_FIELD = "flowchart"
FORMAT_VERSION = 1


class FlowchartError(ValueError):
    """Stored chart data that cannot be read as a chart; the message is a sentence for the liaison."""


@dataclass
class FlowStep:
    """One box of the chart."""

    id: str
    kind: str = STEP
    name: str = ""
    post: str = ""  # 承办岗位
    time_limit: str = ""  # 办理时限, e.g. 2个工作日
    action: str = ""  # 办理内容: what is done at this step
    disclosure_scope: str = ""  # 公开范围 at this step; any of the three marks the step as disclosed
    disclosure_form: str = ""
    disclosure_time: str = ""
    supervision: str = ""  # 监督制约: a non-empty description makes the step a supervision point
    interface: str = ""  # 接口: another body this step hands over to or receives from

    @property
    def disclosed(self) -> bool:
        return bool(self.disclosure_scope.strip() or self.disclosure_form.strip() or self.disclosure_time.strip())

    @property
    def supervised(self) -> bool:
        return bool(self.supervision.strip())


@dataclass
class FlowEdge:
    """An arrow from one step to another, with an optional condition label."""

    source: str
    target: str
    label: str = ""


@dataclass
class Flowchart:
    steps: list[FlowStep] = field(default_factory=list)
    edges: list[FlowEdge] = field(default_factory=list)
    conditions: str = ""  # 行使条件
    complaint_phone: str = ""
    complaint_address: str = ""
    complaint_website: str = ""
    legal_time_limit: str = ""  # 法定时限, e.g. 20个工作日
    promised_time_limit: str = ""  # 承诺时限

    def step(self, step_id: str) -> FlowStep | None:
        for s in self.steps:
            if s.id == step_id:
                return s
        return None

    def new_step_id(self) -> str:
        """An id no step of this chart has yet."""
        taken = {s.id for s in self.steps}
        n = len(self.steps) + 1
        while f"s{n}" in taken:
            n += 1
        return f"s{n}"

    def outgoing(self, step_id: str) -> list[FlowEdge]:
        return [e for e in self.edges if e.source == step_id]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": FORMAT_VERSION}
        for f in fields(self):
            if f.name == "steps":
                data["steps"] = [vars(s).copy() for s in self.steps]
            elif f.name == "edges":
                data["edges"] = [vars(e).copy() for e in self.edges]
            else:
                data[f.name] = getattr(self, f.name)
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Flowchart:
        """Read stored data; raises `FlowchartError` (a Chinese sentence) when it is not a chart."""
        if not isinstance(data, dict):
            raise FlowchartError("流程图数据不是有效的结构（应为对象）")
        version = data.get("version", FORMAT_VERSION)
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise FlowchartError(f"流程图数据版本“{version}”无法识别，可能由更新版本的程序保存")
        steps_data, edges_data = data.get("steps", []), data.get("edges", [])
        if not isinstance(steps_data, list) or not isinstance(edges_data, list):
            raise FlowchartError("流程图数据中的步骤或连线不是列表")
        steps = [_record(FlowStep, s, f"第{n}个步骤") for n, s in enumerate(steps_data, 1)]
        edges = [_record(FlowEdge, e, f"第{n}条连线") for n, e in enumerate(edges_data, 1)]
        texts = {f.name: data.get(f.name, "") for f in fields(cls) if f.name not in ("steps", "edges")}
        bad = [name for name, value in texts.items() if not isinstance(value, str)]
        if bad:
            raise FlowchartError(f"流程图数据中的“{bad[0]}”不是文字")
        return cls(steps=steps, edges=edges, **texts)


def _record(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise FlowchartError(f"流程图数据中{where}不是有效的结构")
    known = {f.name for f in fields(cls)}
    values = {k: v for k, v in data.items() if k in known}
    required = [f.name for f in fields(cls) if f.name in ("id", "source", "target")]
    missing = [name for name in required if not values.get(name)]
    if missing:
        raise FlowchartError(f"流程图数据中{where}缺少“{missing[0]}”")
    bad = [k for k, v in values.items() if not isinstance(v, str)]
    if bad:
        raise FlowchartError(f"流程图数据中{where}的“{bad[0]}”不是文字")
    if cls is FlowStep and values.get("kind", STEP) not in STEP_KINDS:
        raise FlowchartError(f"流程图数据中{where}的类型“{values['kind']}”无法识别")
    return cls(**values)


def linear_chart(names: list[str], **texts: str) -> Flowchart:
    """A chart whose steps follow one another: 开始 → names... → 结束 (used by tests and templates)."""
    chart = Flowchart()
    for name, text in texts.items():
        setattr(chart, name, text)
    chart.steps.append(FlowStep("start", START, "开始"))
    for n, name in enumerate(names, 1):
        chart.steps.append(FlowStep(f"s{n}", STEP, name))
    chart.steps.append(FlowStep("end", END, "结束"))
    chart.edges = [FlowEdge(a.id, b.id) for a, b in zip(chart.steps, chart.steps[1:], strict=False)]
    return chart


# -- validation -------------------------------------------------------------------------------------------

RULE_MISSING = "flowchart-missing"
RULE_STEP_INCOMPLETE = "flowchart-step-incomplete"
RULE_DECISION_EXITS = "flowchart-decision-exits"
RULE_UNREACHABLE = "flowchart-unreachable"
RULE_STRUCTURE = "flowchart-structure"
RULE_CORRUPT = "flowchart-corrupt"

RULE_TITLES: dict[str, tuple[str, str]] = {
    RULE_MISSING: (WARNING, "公开事项缺少运行流程图"),
    RULE_STEP_INCOMPLETE: (WARNING, "流程环节缺少名称、承办岗位或办理时限"),
    RULE_DECISION_EXITS: (ERROR, "判断环节少于两个出口"),
    RULE_UNREACHABLE: (ERROR, "流程环节无法从开始到达或无法到达结束"),
    RULE_STRUCTURE: (ERROR, "流程图缺少开始或结束，或连线指向不存在的环节"),
    RULE_CORRUPT: (ERROR, "流程图数据已损坏"),
}


def _step_label(step: FlowStep, index: int) -> str:
    name = step.name.strip()
    return f"第{index}步“{name}”" if name else f"第{index}步（未命名）"


def chart_problems(chart: Flowchart) -> Iterator[tuple[str, str]]:
    """(rule id, message) for every problem of a chart, in step order."""
    ids = [s.id for s in chart.steps]
    known = set(ids)
    index = {s.id: n for n, s in enumerate(chart.steps, 1)}
    if len(known) != len(ids):
        yield RULE_STRUCTURE, "【流程图】有重复的环节编号"
    if not any(s.kind == START for s in chart.steps):
        yield RULE_STRUCTURE, "【流程图】没有“开始”环节"
    if not any(s.kind == END for s in chart.steps):
        yield RULE_STRUCTURE, "【流程图】没有“结束”环节"
    for n, edge in enumerate(chart.edges, 1):
        if edge.source not in known or edge.target not in known:
            yield RULE_STRUCTURE, f"【流程图】第{n}条连线指向不存在的环节"
    for step in chart.steps:
        where = _step_label(step, index[step.id])
        if step.kind in (STEP, DECISION) and not step.name.strip():
            yield RULE_STEP_INCOMPLETE, f"【流程图】{where}未填写环节名称"
        if step.kind == STEP:
            missing = [label for label, value in (("承办岗位", step.post), ("办理时限", step.time_limit))
                       if not value.strip()]
            if missing:
                yield RULE_STEP_INCOMPLETE, f"【流程图】{where}未填写{'和'.join(missing)}"
        if step.kind == DECISION:
            targets = {e.target for e in chart.edges if e.source == step.id and e.target in known}
            if len(targets) < 2:
                yield RULE_DECISION_EXITS, (
                    f"【流程图】判断环节{where}须有两个及以上出口（如“是/否”），现有{len(targets)}个"
                )
    yield from _reachability(chart, index)


def _reachability(chart: Flowchart, index: dict[str, int]) -> Iterator[tuple[str, str]]:
    forward: dict[str, set[str]] = defaultdict(set)
    backward: dict[str, set[str]] = defaultdict(set)
    for e in chart.edges:
        if e.source in index and e.target in index:
            forward[e.source].add(e.target)
            backward[e.target].add(e.source)
    starts = [s.id for s in chart.steps if s.kind == START]
    ends = [s.id for s in chart.steps if s.kind == END]
    if not starts or not ends:
        return
    from_start = _closure(starts, forward)
    to_end = _closure(ends, backward)
    for step in chart.steps:
        where = _step_label(step, index[step.id])
        if step.id not in from_start:
            yield RULE_UNREACHABLE, f"【流程图】{where}无法从“开始”到达（缺少指向它的连线）"
        elif step.id not in to_end:
            yield RULE_UNREACHABLE, f"【流程图】{where}无法到达“结束”（缺少后续连线）"


def _closure(seeds: list[str], graph: dict[str, set[str]]) -> set[str]:
    seen = set(seeds)
    todo = list(seeds)
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _finding(rule: str, item: PowerItem, message: str) -> Finding:
    return Finding(rule, RULE_TITLES[rule][0], item.code, CHART_FIELD, message, item.id)


def chart_findings(item: PowerItem, chart: Flowchart | None) -> list[Finding]:
    """The findings of one item's chart (or of its absence)."""
    if chart is None:
        if item.is_public:
            return [_finding(RULE_MISSING, item, "【流程图】公开事项须绘制行政权力运行流程图（一图）")]
        return []
    return [_finding(rule, item, message) for rule, message in chart_problems(chart)]


def corrupt_finding(item: PowerItem, error: FlowchartError) -> Finding:
    return _finding(RULE_CORRUPT, item, f"【流程图】数据已损坏，无法读取：{error}。请重新绘制该事项的流程图")
