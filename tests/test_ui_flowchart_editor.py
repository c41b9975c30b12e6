"""The flowchart editor widget: edits reach the chart, the preview redraws, saving is audited."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from flowchart_support import make_workspace
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from qlist_desktop.domain.flowchart import DECISION
from qlist_desktop.services.flowcharts import get_chart, save_chart
from qlist_desktop.services.items import audit_log
from qlist_desktop.storage.schema import FlowchartRow
from qlist_desktop.ui.flowchart_editor import FlowchartEditor


@pytest.fixture
def setup(tmp_path: Path, qtbot: QtBot):
    ws, items = make_workspace(tmp_path / "w.qlist")
    editor = FlowchartEditor(ws, items[0].id)
    qtbot.addWidget(editor)
    editor.resize(1400, 800)
    editor.show()
    qtbot.waitUntil(lambda: not editor.is_drawing(), timeout=5000)
    yield ws, items, editor
    ws.close()


def test_shows_the_stored_chart_and_its_preview(setup, qtbot: QtBot) -> None:
    ws, items, editor = setup
    chart = get_chart(ws, items[0].id)
    assert editor.steps.rowCount() == len(chart.steps)
    assert editor.steps.item(1, 1).text() == chart.steps[1].name
    assert editor.texts["legal_time_limit"].text() == "20个工作日"
    assert editor.preview.renderer().isValid() and editor.preview.width() > 100
    assert editor.findings.item(0).text() == "未发现问题"
    assert not editor.is_modified()


def test_typing_redraws_within_300_ms_and_save_is_audited(setup, qtbot: QtBot) -> None:
    ws, items, editor = setup
    editor.steps.setCurrentCell(1, 1)
    editor.steps.item(1, 1).setText("网上申请（全程网办）")
    started = time.perf_counter()
    before = editor._generation
    qtbot.waitUntil(lambda: editor._generation > before and not editor.is_drawing(), timeout=3000)
    assert time.perf_counter() - started < 0.3 + 0.2  # 300 ms target, slack for a loaded CI machine
    assert editor.is_modified()
    with qtbot.waitSignal(editor.changed):
        assert editor.save() is True
    assert get_chart(ws, items[0].id).steps[1].name == "网上申请（全程网办）"
    assert audit_log(ws, items[0].id)[-1].field == "flowchart"
    assert not editor.is_modified()


def test_chart_texts_take_chinese_input(setup, qtbot: QtBot) -> None:
    _ws, _items, editor = setup
    edit = editor.texts["complaint_address"]
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("克拉玛依区友谊路88号")
    QApplication.sendEvent(edit, event)
    assert editor.chart.complaint_address == "克拉玛依区友谊路88号"


def test_add_branch_remove_and_reorder(setup, qtbot: QtBot) -> None:
    _ws, _items, editor = setup
    rows = editor.steps.rowCount()
    editor.steps.selectRow(1)
    editor.add_branch()
    assert editor.steps.rowCount() == rows + 2
    decision = editor.chart.steps[2]
    assert decision.kind == DECISION and len(editor.chart.outgoing(decision.id)) >= 2
    messages = [editor.findings.item(i).text() for i in range(editor.findings.count())]
    assert any("不予办理告知" in m and "承办岗位" in m for m in messages)  # the new step is flagged
    editor.steps.selectRow(3)
    editor.remove_step()
    assert editor.steps.rowCount() == rows + 1
    editor.steps.selectRow(1)
    name = editor.chart.steps[1].name
    editor.move_step(1)
    assert editor.chart.steps[2].name == name
    editor.steps.selectRow(1)
    editor.add_step()
    assert editor.chart.steps[2].name == "新环节"
    assert any(e.target == editor.chart.steps[2].id for e in editor.chart.edges)


def test_corrupt_chart_is_redrafted_not_a_crash(tmp_path: Path, qtbot: QtBot) -> None:
    ws, items = make_workspace(tmp_path / "w.qlist")
    with ws.session() as s:
        s.execute(update(FlowchartRow).where(FlowchartRow.item_id == items[1].id).values(data=[1, 2]))
    save_chart(ws, items[2].id, None)
    for item, words in ((items[1], "已损坏"), (items[2], "还没有流程图")):
        editor = FlowchartEditor(ws, item.id)
        qtbot.addWidget(editor)
        assert words in editor.notice.text() and editor.steps.rowCount() > 3 and editor.is_modified()
        qtbot.waitUntil(lambda e=editor: not e.is_drawing(), timeout=5000)
    ws.close()


def test_zoom(setup, qtbot: QtBot) -> None:
    _ws, _items, editor = setup
    view = editor.preview_area.viewport().size()
    fitted = editor.preview.size()  # the preview opens fitted to its pane
    assert fitted.height() <= view.height() + 1 and fitted.width() <= view.width() + 1
    assert fitted.height() >= view.height() - 2 or fitted.width() >= view.width() - 2
    width = editor.preview.width()
    editor.zoom_in()
    assert editor.preview.width() > width
    editor.zoom_out()
    editor.zoom_out()
    assert editor.preview.width() < width
    editor.zoom_fit()
    assert editor.preview.height() <= editor.preview_area.viewport().height() + 1
