"""Operations done by dialogs announce what they changed: the list refreshes without reopening, imports undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialogButtonBox

from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.items import list_rows, load_items
from qlist_desktop.services.submissions import list_submissions
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
    assert wizard.export_button.text() == "完成" and wizard.export_button.isEnabled()
    with qtbot.waitSignal(wizard.finished, timeout=5_000):
        wizard.export_button.click()  # ends the wizard: a second round needs a new start
    assert wizard.result() == wizard.DialogCode.Accepted
    assert len(list_submissions(window.ws)) == 1


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


def test_a_real_list_completed_in_the_gui_then_its_drafts_marked_ready(qtbot, window: MainWindow,
                                                                        tmp_path: Path) -> None:
    """Import → 补全编码和流程图 (preview, one undoable step) → the wizard names the drafts and marks them 待审核."""
    dialog = window.start_new_workspace(tmp_path / "dept.qlist")
    dialog.name.setText("克拉玛依市科学技术局")
    dialog.region_code.setText("650200")
    dialog.code.setText("301")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    importing = window.open_import([SCIENCE])
    with qtbot.waitSignal(importing.planned, timeout=30_000):
        pass
    with qtbot.waitSignal(importing.finished, timeout=30_000):
        importing.import_button.click()
    assert window.bench is not None and window.ws is not None and window.dashboard is not None
    window.dashboard_action.trigger()  # 总览 (Ctrl+2): the blocking findings, named
    blockers = window.dashboard.blockers.model
    assert any("技术合同认定登记" in blockers.item_text(f) for f in blockers.findings), "findings name their item"

    window.items_tab_action.trigger()
    completing = window.open_complete()
    assert completing is not None
    assert completing.summary.text().startswith("将生成 4 个事项编码、起草 4 张流程图")
    completing.apply_button.click()
    codes = [i.code for i in load_items(window.ws)]
    assert all(c.startswith("650200301") for c in codes)
    assert not [f for f in window.bench.live.all_findings() if f.rule in ("flowchart-missing", "required-field")]
    window.undo()
    assert all(i.code == "" for i in load_items(window.ws))
    window.redo()

    wizard = window.open_export()
    assert wizard is not None
    assert wizard.drafts_label.text().startswith("有 4 个“草稿”事项不在本次报送中")
    assert wizard.mark_button.isEnabled()
    wizard.mark_button.click()
    assert {i.status for i in load_items(window.ws)} == {"待审核"}
    assert wizard.plan is not None and len(wizard.plan.items) == 4
    wizard.close()
    window.undo()
    assert {i.status for i in load_items(window.ws)} == {"草稿"}


def test_fill_down_over_a_selection_undo_and_redo(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.open_workspace(create_demo(tmp_path / "demo.qlist"))
    assert window.item_list is not None and window.ws is not None
    proxy = window.item_list.proxy
    chosen = [proxy.id_at(row) for row in range(3)]
    view = window.item_list.view
    view.selectRow(0)
    for row in (1, 2):
        view.selectionModel().select(proxy.index(row, 0), view.selectionModel().SelectionFlag.Select
                                     | view.selectionModel().SelectionFlag.Rows)
    assert sorted(window.item_list.selected_ids()) == sorted(chosen)
    before = {i.key: i.contact_phone for i in load_items(window.ws)}
    dialog = window.open_fill("contact_phone")
    assert dialog is not None and dialog.on_selection.isChecked()
    dialog.only_empty.setChecked(False)
    dialog.value.setCurrentText("0990-6231234")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    after = {i.key: i.contact_phone for i in load_items(window.ws)}
    assert {i for i in after if after[i] == "0990-6231234"} == set(chosen)
    assert all(after[i] == before[i] for i in after if i not in chosen)
    window.undo()
    assert {i.key: i.contact_phone for i in load_items(window.ws)} == before
    window.redo()
    assert {i.key: i.contact_phone for i in load_items(window.ws)} == after
    refused = window.open_fill("legal_time_limit")
    assert refused is not None
    refused.value.setCurrentText("二十天")
    refused.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "应为工作日天数" in refused.message.text() and refused.isVisible()


def test_department_defaults_fill_the_items_that_lack_them(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.start_new_workspace(tmp_path / "dept.qlist")
    dialog.name.setText("克拉玛依市财政局")
    dialog.region_code.setText("650200")
    dialog.code.setText("301")
    dialog.phone.setText("0990-6231234")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    importing = window.open_import([FIXTURES / "附件：克拉玛依市财政局2025年权责清单 (1).xlsx"])
    with qtbot.waitSignal(importing.planned, timeout=30_000):
        pass
    importing.complete_check.setChecked(False)
    with qtbot.waitSignal(importing.finished, timeout=30_000):
        importing.import_button.click()
    assert window.ws is not None
    before = {i.key: (i.exercising_body, i.contact_phone, i.complaint_channel) for i in load_items(window.ws)}
    editing = window.edit_department()
    assert editing is not None and editing.defaults_box.isVisibleTo(editing)
    editing.fill_phone.setChecked(True)
    editing.channel.setText("监督投诉电话：0990-12345")
    editing.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    after = load_items(window.ws)
    assert all(i.contact_phone == (before[i.key][1] or "0990-6231234") for i in after)
    assert all(i.complaint_channel == (before[i.key][2] or "监督投诉电话：0990-12345") for i in after)
    assert [i.exercising_body for i in after] == [before[i.key][0] for i in after], "unticked: left alone"
    window.undo()
    assert {i.key: (i.exercising_body, i.contact_phone, i.complaint_channel) for i in load_items(window.ws)} == before
