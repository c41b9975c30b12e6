"""Operations done by dialogs announce what they changed: the list refreshes without reopening, imports undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialogButtonBox

from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.items import list_rows
from qlist_desktop.ui.item_model import COL_STATUS
from qlist_desktop.ui.main_window import MainWindow

SCIENCE = FIXTURES / "克拉玛依市科学技术局2024年权责清单.xls"
DEFENCE = FIXTURES / "国动办权责清单公示.xlsx"


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def _statuses(win: MainWindow) -> list[str]:
    """What the list shows in its status column, row by row (read from the view's model, as a user sees it)."""
    assert win.item_list is not None
    proxy = win.item_list.proxy
    return [proxy.index(row, COL_STATUS, QModelIndex()).data() for row in range(proxy.rowCount())]


def test_an_import_is_one_undoable_step(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "dept.qlist"
    dialog = window.start_new_workspace(path)
    dialog.name.setText("克拉玛依市科学技术局")
    dialog.region_code.setText("650200")
    dialog.code.setText("301")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.ws is not None and window.item_list is not None
    importing = window.open_import([SCIENCE, DEFENCE])
    with qtbot.waitSignal(importing.planned, timeout=30_000):
        pass
    with qtbot.waitSignal(importing.finished, timeout=30_000):
        importing.import_button.click()
    assert window.item_list.proxy.rowCount() == 22
    assert "新建 22 项" in window.statusBar().currentMessage()
    assert window.bench is not None and window.bench.undo_stack.canUndo()
    window.undo()
    assert window.item_list.proxy.rowCount() == 0
    assert list_rows(window.ws) == [] and len(list_rows(window.ws, deleted=True)) == 22
    window.redo()
    assert window.item_list.proxy.rowCount() == 22
    assert len(list_rows(window.ws)) == 22


def test_after_an_export_the_list_shows_the_new_status(qtbot, window: MainWindow, tmp_path: Path) -> None:
    demo = create_demo(tmp_path / "demo.qlist")
    assert window.open_workspace(demo)
    before = _statuses(window)
    assert "已报送" not in before
    wizard = window.open_export()
    assert wizard is not None
    out = tmp_path / "usb"
    out.mkdir()
    wizard.target_edit.setText(str(out))
    wizard.reason_edit.setPlainText("演示数据，错误已知")
    with qtbot.waitSignal(wizard.exported, timeout=90_000) as blocker:
        wizard.export_button.click()
    sent = blocker.args[0].items
    after = _statuses(window)
    assert after.count("已报送") == sent > 0


def test_a_chart_edit_survives_selecting_another_item_and_undoes(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from qlist_desktop.domain.fields import GROUPS
    from qlist_desktop.services.flowcharts import get_chart

    assert window.open_workspace(create_demo(tmp_path / "demo.qlist"))
    assert window.item_list is not None and window.editor is not None and window.ws is not None
    first, second = window.item_list.proxy.id_at(0), window.item_list.proxy.id_at(1)
    original = get_chart(window.ws, first)
    window.item_list.select_item(first)
    window.editor.tabs.setCurrentIndex(len(GROUPS))  # the 流程图 tab
    chart_editor = window.editor.flowchart_editor
    assert chart_editor is not None
    qtbot.waitUntil(lambda: not chart_editor.is_drawing(), timeout=10_000)
    chart_editor.steps.item(1, 1).setText("网上申请（全程网办）")
    assert chart_editor.is_modified()
    window.item_list.select_item(second)  # before the autosave delay: leaving the item stores the edit
    window.item_list.select_item(first)
    window.editor.tabs.setCurrentIndex(len(GROUPS))
    again = window.editor.flowchart_editor
    assert again is not None and again.chart.steps[1].name == "网上申请（全程网办）"
    assert get_chart(window.ws, first).steps[1].name == "网上申请（全程网办）"
    qtbot.waitUntil(lambda: not again.is_drawing(), timeout=10_000)
    window.undo()
    assert get_chart(window.ws, first) == original
    assert window.editor.flowchart_editor is not None
    assert window.editor.flowchart_editor.chart.steps[1].name == original.steps[1].name
    window.redo()
    assert get_chart(window.ws, first).steps[1].name == "网上申请（全程网办）"
