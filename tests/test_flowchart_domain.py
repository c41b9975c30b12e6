"""The flowchart model and its validation rules (pure, no workspace)."""

from __future__ import annotations

import pytest

from qlist_desktop.domain.flowchart import (
    DECISION,
    RULE_DECISION_EXITS,
    RULE_MISSING,
    RULE_STEP_INCOMPLETE,
    RULE_STRUCTURE,
    RULE_UNREACHABLE,
    STEP,
    Flowchart,
    FlowchartError,
    FlowEdge,
    FlowStep,
    chart_findings,
    chart_problems,
    linear_chart,
)
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.services.flowcharts import default_templates


def _complete(chart: Flowchart) -> Flowchart:
    for step in chart.steps:
        if step.kind == STEP:
            step.post, step.time_limit = "窗口受理岗", "5个工作日"
    return chart


def test_round_trip_keeps_every_field() -> None:
    chart = _complete(linear_chart(["受理", "审查"], conditions="申请材料齐全", complaint_phone="12345"))
    chart.steps[1].disclosure_scope = "向社会公开"
    chart.steps[2].supervision = "科室负责人复核"
    chart.edges[0].label = "是"
    again = Flowchart.from_dict(chart.to_dict())
    assert again == chart
    assert again.steps[1].disclosed and again.steps[2].supervised


@pytest.mark.parametrize("data, words", [
    ("不是对象", "不是有效的结构"),
    ({"steps": "x"}, "不是列表"),
    ({"steps": [{"kind": "step"}]}, "缺少“id”"),
    ({"steps": [{"id": "a", "kind": "菱形"}]}, "类型“菱形”无法识别"),
    ({"steps": [{"id": "a", "name": 5}]}, "不是文字"),
    ({"edges": [{"source": "a"}]}, "缺少“target”"),
    ({"version": 99}, "版本"),
    ({"conditions": ["x"]}, "不是文字"),
])
def test_corrupt_data_is_refused_with_a_sentence(data: object, words: str) -> None:
    with pytest.raises(FlowchartError, match=words):
        Flowchart.from_dict(data)


def test_every_template_is_clean() -> None:
    templates = default_templates()
    assert set(templates) == {"行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认",
                              "行政奖励", "行政裁决", "其他行政权力"}
    for category, chart in templates.items():
        assert list(chart_problems(chart)) == [], category
        assert any(s.kind == DECISION for s in chart.steps), category


def test_step_without_post_or_time_limit() -> None:
    chart = linear_chart(["受理"])
    problems = list(chart_problems(chart))
    assert (RULE_STEP_INCOMPLETE, "【流程图】第2步“受理”未填写承办岗位和办理时限") in problems
    chart.steps[1].post = "窗口"
    assert [m for r, m in chart_problems(chart) if r == RULE_STEP_INCOMPLETE] == [
        "【流程图】第2步“受理”未填写办理时限"]


def test_decision_needs_two_exits() -> None:
    chart = _complete(linear_chart(["受理"]))
    chart.steps.insert(2, FlowStep("d", DECISION, "是否受理"))
    chart.edges = [FlowEdge("start", "s1"), FlowEdge("s1", "d"), FlowEdge("d", "end", "是")]
    assert [r for r, _ in chart_problems(chart)] == [RULE_DECISION_EXITS]
    chart.edges.append(FlowEdge("d", "s1", "否"))
    assert list(chart_problems(chart)) == []


def test_unreachable_and_dead_end_steps() -> None:
    chart = _complete(linear_chart(["受理", "审查"]))
    chart.steps.append(FlowStep("orphan", STEP, "孤立环节", "岗", "1日"))
    chart.steps.append(FlowStep("dead", STEP, "死胡同", "岗", "1日"))
    chart.edges.append(FlowEdge("s1", "dead"))
    messages = [m for r, m in chart_problems(chart) if r == RULE_UNREACHABLE]
    assert messages == ["【流程图】第5步“孤立环节”无法从“开始”到达（缺少指向它的连线）",
                        "【流程图】第6步“死胡同”无法到达“结束”（缺少后续连线）"]


def test_structure_problems() -> None:
    chart = Flowchart(steps=[FlowStep("a", STEP, "受理", "岗", "1日")], edges=[FlowEdge("a", "ghost")])
    rules = [m for r, m in chart_problems(chart) if r == RULE_STRUCTURE]
    assert rules == ["【流程图】没有“开始”环节", "【流程图】没有“结束”环节", "【流程图】第1条连线指向不存在的环节"]


def test_missing_chart_only_for_disclosed_items() -> None:
    public = PowerItem(id=1, code="X", is_public=True)
    secret = PowerItem(id=2, code="Y", is_public=False)
    assert [f.rule for f in chart_findings(public, None)] == [RULE_MISSING]
    assert chart_findings(secret, None) == []
    finding = chart_findings(public, linear_chart(["受理"]))[0]
    assert (finding.code, finding.field, finding.item_id) == ("X", "flowchart", 1)
