"""Charts stored in a real workspace: save/audit, templates, findings (a corrupt chart is a finding)."""

from __future__ import annotations

from pathlib import Path

from flowchart_support import make_workspace
from sqlalchemy import update

from qlist_desktop.domain.flowchart import RULE_CORRUPT, RULE_MISSING, linear_chart
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.services.flowcharts import (
    chart_from_template,
    create_chart_from_template,
    default_templates,
    flowchart_findings,
    get_chart,
    get_templates,
    load_charts,
    save_chart,
    set_template,
)
from qlist_desktop.services.items import audit_log, create_items
from qlist_desktop.storage.schema import FlowchartRow


def test_save_is_audited_and_unchanged_save_is_not(tmp_path: Path) -> None:
    ws, items = make_workspace(tmp_path / "w.qlist")
    item = items[0]
    chart = get_chart(ws, item.id)
    assert chart is not None and chart.legal_time_limit == "20个工作日" and chart.complaint_phone == "0990-12315"
    before = len(audit_log(ws, item.id))
    assert save_chart(ws, item.id, chart, "test") is False
    old = chart.to_dict()
    chart.steps[1].name = "网上申请"
    assert save_chart(ws, item.id, chart, "gui") is True
    entry = audit_log(ws, item.id)[-1]
    assert len(audit_log(ws, item.id)) == before + 1
    assert (entry.field, entry.source, entry.old, entry.new) == ("flowchart", "gui", old, chart.to_dict())
    assert get_chart(ws, item.id) == chart
    assert save_chart(ws, item.id, None, "gui") is True
    assert get_chart(ws, item.id) is None and audit_log(ws, item.id)[-1].new is None
    ws.close()


def test_workspace_templates_override_the_shipped_ones(tmp_path: Path) -> None:
    ws, _ = make_workspace(tmp_path / "w.qlist")
    local = linear_chart(["受理", "审查", "决定"], conditions="本地区规定的条件")
    set_template(ws, "行政许可", local)
    assert get_templates(ws)["行政许可"] == local
    assert get_templates(ws)["行政处罚"] == default_templates()["行政处罚"]
    item = PowerItem(category="行政许可", promised_time_limit=5)
    chart = chart_from_template(ws, item)
    assert [s.name for s in chart.steps] == ["开始", "受理", "审查", "决定", "结束"]
    assert chart.promised_time_limit == "5个工作日"
    set_template(ws, "行政许可", None)
    assert get_templates(ws)["行政许可"] == default_templates()["行政许可"]
    unknown = chart_from_template(ws, PowerItem(category="行政征用"))
    assert unknown == default_templates()["其他行政权力"]
    ws.close()


def test_create_from_template_only_when_missing(tmp_path: Path) -> None:
    ws, _ = make_workspace(tmp_path / "w.qlist")
    [new] = create_items(ws, [PowerItem(code="650203001QR00100", name="个体工商户登记", category="行政确认")])
    made = create_chart_from_template(ws, new.id, "gui")
    assert made.steps[1].name == "申请" and get_chart(ws, new.id) == made
    made.steps[1].name = "改过"
    save_chart(ws, new.id, made)
    assert create_chart_from_template(ws, new.id).steps[1].name == "改过"
    ws.close()


def test_findings_cover_missing_and_corrupt_charts(tmp_path: Path) -> None:
    ws, items = make_workspace(tmp_path / "w.qlist")
    assert flowchart_findings(ws) == []
    [bare] = create_items(ws, [PowerItem(code="650203001JF00100", name="困难群众临时救助", category="行政给付")])
    with ws.session() as s:
        s.execute(update(FlowchartRow).where(FlowchartRow.item_id == items[1].id).values(data={"steps": "坏"}))
    findings = flowchart_findings(ws)
    # code order: 650203001CF… (corrupt) before 650203001JF… (no chart)
    assert [(f.rule, f.item_id) for f in findings] == [(RULE_CORRUPT, items[1].id), (RULE_MISSING, bare.id)]
    corrupt = next(f for f in findings if f.rule == RULE_CORRUPT)
    assert "已损坏" in corrupt.message and corrupt.severity == "error"
    assert isinstance(load_charts(ws)[items[1].id], Exception)
    ws.close()
