"""Test data for the flowchart tests: a workspace with realistic items and charts."""

from __future__ import annotations

from pathlib import Path

from qlist_desktop.domain.flowchart import DECISION, END, START, STEP, Flowchart, FlowEdge, FlowStep
from qlist_desktop.domain.items import Department, PowerItem
from qlist_desktop.services.flowcharts import chart_from_template, save_chart
from qlist_desktop.services.items import create_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

DEPARTMENT = "克拉玛依市克拉玛依区市场监督管理局"

ITEMS = [
    ("650203001XK00100", "食品经营许可", "", "行政许可"),
    ("650203001CF00100", "对未取得食品生产经营许可从事食品生产经营活动的行政处罚", "", "行政处罚"),
    ("650203001QZ00100", "查封、扣押有证据证明不符合食品安全标准的食品", "", "行政强制"),
    ("650203001JC00100", "对食品生产经营者的监督检查", "日常监督检查", "行政检查"),
    ("650203001JL00100", "对举报食品安全违法行为的举报人的奖励", "", "行政奖励"),
]


def make_workspace(path: Path) -> tuple[Workspace, list[PowerItem]]:
    ws = Workspace.create(path)
    initialise(ws, Department(name=DEPARTMENT, code="001", region_code="650203"))
    items = create_items(ws, [
        PowerItem(code=code, name=name, sub_name=sub, category=cat, exercising_body=DEPARTMENT,
                  legal_time_limit=20, promised_time_limit=10, complaint_channel="0990-12315")
        for code, name, sub, cat in ITEMS
    ], source="test")
    for item in items:
        save_chart(ws, item.id, chart_from_template(ws, item), "test")
    return ws, items


def long_chart(steps: int = 25) -> Flowchart:
    """A long procedure with a branch every fifth step (returns to the main line), as in big 处罚 cases."""
    chart = Flowchart(conditions="有证据证明当事人存在违法行为，依照《中华人民共和国食品安全法》第一百二十二条应予处罚",
                      complaint_phone="0990-12315", complaint_address="克拉玛依区友谊路 88 号",
                      complaint_website="http://scjg.klmy.gov.cn", legal_time_limit="90日", promised_time_limit="60日")
    chart.steps.append(FlowStep("start", START, "开始"))
    previous = "start"
    for n in range(1, steps + 1):
        sid = f"s{n}"
        if n % 5 == 0:
            chart.steps.append(FlowStep(sid, DECISION, f"第{n}环节审核是否通过"))
            chart.steps.append(FlowStep(f"r{n}", STEP, f"退回补充调查（第{n}环节）", post="执法人员",
                                        time_limit="5个工作日", action="按审核意见补充证据材料"))
            chart.edges.append(FlowEdge(sid, f"r{n}", "否"))
            chart.edges.append(FlowEdge(f"r{n}", previous, "补充后"))
        else:
            chart.steps.append(FlowStep(
                sid, STEP, f"第{n}环节：调查取证与审查", post="案件承办人", time_limit=f"{n}个工作日",
                action="制作询问笔录、现场检查笔录，收集书证物证", supervision="法制审核" if n % 3 == 0 else "",
                disclosure_scope="向当事人公开" if n % 4 == 0 else ""))
        chart.edges.append(FlowEdge(previous, sid, "是" if (n - 1) % 5 == 0 and n > 1 else ""))
        previous = sid
    chart.steps.append(FlowStep("end", END, "结束"))
    chart.edges.append(FlowEdge(previous, "end"))
    return chart
