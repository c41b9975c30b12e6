"""The desktop workbench driven like a user: a new workspace, an item typed into the form, a finding fixed,
undo and redo, filters and search, then close, reopen and find everything."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from qlist_desktop.services.items import get_item, load_items
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.main_window import MainWindow


def type_chinese(qtbot, widget: QWidget, text: str) -> None:
    """Replace a line edit's text through an input-method commit (keyClicks cannot type Chinese), then Enter."""
    widget.setFocus()
    widget.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def field(win: MainWindow, name: str) -> QWidget:
    return win.editor.bindings[name].widget


def finding_text(win: MainWindow, name: str) -> str:
    label = win.editor.bindings[name].finding
    return label.text() if not label.isHidden() else ""


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def new_workspace(qtbot, win: MainWindow, path: Path) -> None:
    dialog = win.start_new_workspace(path)
    dialog.name.setText("某县市场监督管理局")
    dialog.region_code.setText("650203")
    dialog.code.setText("207")
    dialog.liaison.setText("王联络")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert win.ws is not None


def test_department_dialog_refuses_bad_region_code(qtbot, window, tmp_path):
    dialog = window.start_new_workspace(tmp_path / "x.qlist")
    dialog.name.setText("某局")
    dialog.region_code.setText("65")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "区划代码应为 6 位数字" in dialog.problem.text()
    assert window.ws is None and not (tmp_path / "x.qlist").exists()


def test_a_liaisons_day(qtbot, window, tmp_path):
    path = tmp_path / "市场监管.qlist"
    new_workspace(qtbot, window, path)
    assert path.exists() and window.item_list.model.rowCount() == 0

    # A new item from the category's template: code generated, findings visible at once.
    item_id = window.new_item("行政许可")
    assert window.item_list.current_id() == item_id
    assert field(window, "code").text() == "650203207XK00100"
    assert "【事项名称】未填写" in finding_text(window, "name")
    assert "实施依据" in finding_text(window, "bases")
    assert window.editor.bindings["name"].finding.property("role") == "finding-error"

    type_chinese(qtbot, field(window, "name"), "食品经营许可")
    assert finding_text(window, "name") == ""
    type_chinese(qtbot, field(window, "handling_unit"), "行政审批科")
    assert finding_text(window, "handling_unit") == ""
    # Saved at once: another connection sees it.
    with Workspace.open(path, readonly=True) as other:
        stored = get_item(other, item_id)
    assert (stored.name, stored.handling_unit) == ("食品经营许可", "行政审批科")

    # A basis typed in the conventional form is split into a row and clears the finding.
    basis_box = window.editor.basis_editor.paste_box
    type_chinese(qtbot, basis_box, "【法律】《中华人民共和国食品安全法》第三十五条：从事食品销售应当取得许可。")
    assert window.editor.basis_editor.model.rowCount() == 1
    assert finding_text(window, "bases") == ""
    assert window.bench.peek(item_id).bases[0].title == "中华人民共和国食品安全法"

    # A bad time limit is refused with a sentence and saves nothing.
    type_chinese(qtbot, field(window, "legal_time_limit"), "二十天")
    assert "应为工作日天数" in finding_text(window, "legal_time_limit")
    assert window.bench.peek(item_id).legal_time_limit is None
    field(window, "legal_time_limit").setText("20")
    qtbot.keyClick(field(window, "legal_time_limit"), Qt.Key.Key_Return)
    type_chinese(qtbot, field(window, "promised_time_limit"), "30")
    assert "长于法定期限" in finding_text(window, "promised_time_limit")
    assert window.editor.bindings["promised_time_limit"].finding.property("role") == "finding-error"
    # The findings panel lists it, and activating the entry jumps to the field.
    panel = window.editor.findings_panel
    row = next(r for r in range(panel.model.rowCount()) if "承诺期限" in panel.model.findings[r].message)
    window.editor.tabs.setCurrentIndex(4)
    panel.view.activated.emit(panel.model.index(row, 3))
    assert window.editor.tabs.currentIndex() == 0
    assert field(window, "promised_time_limit").hasFocus()
    type_chinese(qtbot, field(window, "promised_time_limit"), "15")
    assert finding_text(window, "promised_time_limit") == ""

    # Undo and redo, across fields and items.
    second = window.new_item("行政处罚")
    type_chinese(qtbot, field(window, "name"), "对未取得许可从事食品经营活动的行政处罚")
    window.undo_action.trigger()  # the second item's name
    assert window.bench.peek(second).name == ""
    window.undo_action.trigger()  # the second item itself
    assert second not in window.bench.live.items
    window.undo_action.trigger()  # back in the first item: promised time limit 15 -> 30
    assert window.item_list.current_id() == item_id
    assert field(window, "promised_time_limit").text() == "30"
    assert "长于法定期限" in finding_text(window, "promised_time_limit")
    window.redo_action.trigger()
    assert field(window, "promised_time_limit").text() == "15"
    assert finding_text(window, "promised_time_limit") == ""
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window.bench.peek(second).name == "对未取得许可从事食品经营活动的行政处罚"
    with Workspace.open(path, readonly=True) as other:
        assert get_item(other, item_id).promised_time_limit == 15

    # Filters and search as you type (code, name, basis titles).
    items = window.item_list
    assert items.proxy.rowCount() == 2
    items.search.setText("食品安全法")
    assert [items.proxy.id_at(r) for r in range(items.proxy.rowCount())] == [item_id]
    items.search.setText("CF")
    assert [items.proxy.id_at(r) for r in range(items.proxy.rowCount())] == [second]
    items.search.clear()
    items.category.setCurrentIndex(items.category.findData("行政许可"))
    assert [items.proxy.id_at(r) for r in range(items.proxy.rowCount())] == [item_id]
    items.category.setCurrentIndex(0)
    items.errors_only.setChecked(True)
    assert [items.proxy.id_at(r) for r in range(items.proxy.rowCount())] == [second]
    items.errors_only.setChecked(False)
    assert "显示 2 / 2 项" in items.count.text()

    # Close, reopen from the recent list, and find everything.
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    recent = again.welcome.recent.item(0)
    again.welcome.recent.itemActivated.emit(recent)
    assert again.ws is not None and again.ws.path == path.resolve()
    first = again.bench.peek(item_id)
    assert (first.name, first.handling_unit, first.legal_time_limit, first.promised_time_limit) == (
        "食品经营许可", "行政审批科", 20, 15)
    assert first.bases[0].level == "法律" and first.bases[0].article == "第三十五条"
    assert again.bench.peek(second).name == "对未取得许可从事食品经营活动的行政处罚"
    assert again.item_list.proxy.rowCount() == 2
    again.close()


def test_batch_actions_recycle_bin_and_duplicate(qtbot, window, tmp_path):
    new_workspace(qtbot, window, tmp_path / "w.qlist")
    a = window.new_item("行政检查")
    type_chinese(qtbot, field(window, "name"), "食品生产经营监督检查")
    b = window.duplicate_item()
    assert b is not None and window.item_list.current_id() == b
    twin = window.bench.peek(b)
    assert twin.name == "食品生产经营监督检查" and twin.sub_name == "（副本）"
    assert twin.code != window.bench.peek(a).code

    window.item_list.view.selectAll()
    assert sorted(window.item_list.selected_ids()) == sorted([a, b])
    window.item_list.set_field_for_selection("status", "待审核")
    assert {window.bench.peek(i).status for i in (a, b)} == {"待审核"}
    window.item_list.set_field_for_selection("handling_unit", "稽查科")
    window.undo_action.trigger()  # one batch edit is one undo step
    assert {window.bench.peek(i).handling_unit for i in (a, b)} == {""}
    window.redo_action.trigger()

    # Del asks first; "Yes" moves the items to the recycle bin, which can restore them.
    window.item_list.view.selectAll()  # undo/redo showed the edited item, selecting it alone
    window.item_list.view.setFocus()
    qtbot.keyClick(window.item_list.view, Qt.Key.Key_Delete)
    box = window.item_list.pending_dialog
    assert isinstance(box, QMessageBox) and "2 个事项" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.item_list.model.rowCount() == 0
    assert not window.editor.isEnabled()
    bin_dialog = window.open_recycle_bin()
    assert bin_dialog.model.rowCount() == 2
    bin_dialog.view.selectRow(0)
    qtbot.mouseClick(bin_dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.item_list.model.rowCount() == 1 and bin_dialog.model.rowCount() == 1
    with Workspace.open(tmp_path / "w.qlist", readonly=True) as other:
        live = load_items(other)
        assert len(live) == 1 and live[0].handling_unit == "稽查科"
    bin_dialog.close()


def test_keyboard_shortcuts(qtbot, window, tmp_path):
    new_workspace(qtbot, window, tmp_path / "k.qlist")
    window.activateWindow()
    assert window.new_item_action.shortcut().toString() == "Ctrl+N"
    assert window.duplicate_action.shortcut().toString() == "Ctrl+D"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.item_list.view.setFocus()
    qtbot.keyClick(window.item_list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.item_list.model.rowCount() == 1
    assert field(window, "name").hasFocus()  # a new item is ready to be named
    qtbot.keyClick(field(window, "name"), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.item_list.search.hasFocus()
    window.item_list.view.setFocus()
    qtbot.keyClick(window.item_list.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.item_list.model.rowCount() == 2
    window.item_list.view.setFocus()
    qtbot.keyClick(window.item_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.item_list.model.rowCount() == 1
    qtbot.keyClick(window.item_list.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.item_list.model.rowCount() == 2


def test_department_dialog_and_locked_workspace(qtbot, window, tmp_path):
    path = tmp_path / "d.qlist"
    new_workspace(qtbot, window, path)
    dialog = window.edit_department()
    dialog.phone.setText("0990-1234567")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.bench.department.phone == "0990-1234567"
    other = MainWindow()
    qtbot.addWidget(other)
    assert not other.open_workspace(path)
    assert "已被另一个程序打开" in other.welcome.message.text()
    assert not other.open_workspace(tmp_path / "missing.qlist")
    assert "不存在" in other.welcome.message.text()
