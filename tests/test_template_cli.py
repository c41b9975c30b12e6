"""A jurisdiction's flowchart templates through the CLI: a new item starts from the edited template."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_cli

from qlist_desktop.services.flowcharts import create_chart_from_template, get_chart, save_chart
from qlist_desktop.services.items import create_item, find_by_code
from qlist_desktop.services.ui_support import new_item
from qlist_desktop.storage.workspace import Workspace


def test_item_chart_becomes_the_category_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws_path = tmp_path / "演示.qlist"
    assert run_cli(capsys, "demo", ws_path)[0] == 0
    with Workspace.open(ws_path) as ws:
        item = find_by_code(ws, "999001017XK00200")
        chart = get_chart(ws, item.id or 0)
        assert chart is not None
        chart.steps[1].name = "本县特有的预审环节"
        save_chart(ws, item.id or 0, chart, "test")
    code, out, _ = run_cli(capsys, "template", ws_path, "行政许可", "--from", "999001017XK00200")
    assert code == 0 and "设为“行政许可”的模板" in out
    code, out, _ = run_cli(capsys, "template", ws_path)
    assert code == 0 and "本地区" in out
    with Workspace.open(ws_path) as ws:
        created = create_item(ws, new_item(ws, "行政许可"))
        fresh = create_chart_from_template(ws, created.id or 0)
        assert "本县特有的预审环节" in [s.name for s in fresh.steps]
    assert run_cli(capsys, "template", ws_path, "XK", "--reset")[0] == 0
    code, _, err = run_cli(capsys, "template", ws_path, "行政审批", "--reset")
    assert code == 2 and "可选：行政许可" in err
