"""The 责任清单 page driven like a user: each part's form filled in, findings shown and fixed, undo and redo,
delete and undo, spot checks generated, and from a power item to its entries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from test_ui_workbench import type_chinese

from qlist_desktop.domain.duties import Boundary, PublicService, SupervisionMeasure
from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.duties import load_list
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.duties_page import ItemDutiesPanel, PartEditor
from qlist_desktop.ui.duty_forms import RowsTable
from qlist_desktop.ui.item_editor import CommitTextEdit
from qlist_desktop.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo(tmp_path_factory.mktemp("ui-duties") / "demo.qlist")


@pytest.fixture
def window(qtbot, demo_file: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "demo.qlist"
    shutil.copy(demo_file, path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(path)
    win.duties_action.trigger()
    return win


def stored(win: MainWindow) -> Workspace:
    assert win.ws is not None
    return win.ws


def editor(win: MainWindow, part: str) -> PartEditor:
    assert win.duties_page is not None
    page = win.duties_page
    page.tabs.setCurrentWidget(page.editors[part])
    return page.editors[part]


def widget(ed: PartEditor, name: str) -> QWidget:
    return ed.form.bindings[name].widget


def finding(ed: PartEditor, name: str) -> str:
    label = ed.form.bindings[name].finding
    return label.text() if not label.isHidden() else ""


def type_text(qtbot, ed: PartEditor, name: str, text: str) -> None:
    """A line (Enter commits) or a multi-line field (leaving it commits), typed through the input method."""
    target = widget(ed, name)
    if isinstance(target, CommitTextEdit):
        target.setFocus()
        target.selectAll()
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(target, event)
        ed.list.setFocus()  # leaving the field commits it
        target.clearFocus()
        QApplication.processEvents()
    else:
        line = target.lineEdit() if not isinstance(target, QLineEdit) else target  # an editable combo box
        assert line is not None
        type_chinese(qtbot, line, text)


def type_cell(qtbot, table: RowsTable, row: int, col: int, text: str) -> None:
    """Double-click-like editing of one cell: open its editor, type, Enter."""
    table.view.setCurrentCell(row, col)
    table.view.editItem(table.view.item(row, col))
    cell_editor = table.view.focusWidget()
    assert isinstance(cell_editor, QLineEdit)
    type_chinese(qtbot, cell_editor, text)
    QApplication.processEvents()


def test_boundary_form_filled_like_a_user_with_its_findings_then_undone(qtbot, window: MainWindow) -> None:
    ed = editor(window, "boundaries")
    before = len(load_list(stored(window)).boundaries)
    qtbot.mouseClick(ed.add_button, Qt.MouseButton.LeftButton)
    new_id = ed.current_id()
    assert new_id is not None and ed.list.count() == before + 1
    type_text(qtbot, ed, "matter", "水污染防治和水资源保护")
    qtbot.waitUntil(lambda: "须涉及至少两个部门" in finding(ed, "parties"))
    assert "模拟案例】未填写" in finding(ed, "case")
    parties = widget(ed, "parties")
    assert isinstance(parties, RowsTable)
    qtbot.mouseClick(parties.add_button, Qt.MouseButton.LeftButton)
    for col, text in enumerate(("县生态环境局", "牵头", "负责水污染防治的统一监督管理")):
        type_cell(qtbot, parties, 0, col, text)
    qtbot.mouseClick(parties.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, parties, 1, 0, "县农业农村局")
    type_cell(qtbot, parties, 1, 1, "配合")
    qtbot.waitUntil(lambda: "“县农业农村局”的职责未写明" in finding(ed, "parties"))
    type_cell(qtbot, ed.form.bindings["parties"].widget, 1, 2, "负责渔业水域生态环境保护和死鱼事件调查")
    case = "假如江上有运输船只深夜偷排污泥造成死鱼：县生态环境局牵头调查取证，县农业农村局监测渔业损失。"
    type_text(qtbot, ed, "case", case)
    qtbot.waitUntil(lambda: not finding(ed, "parties") and not finding(ed, "case"))
    saved = next(b for b in load_list(stored(window)).boundaries if b.id == new_id)
    assert isinstance(saved, Boundary)
    assert [(p.department, p.role) for p in saved.parties] == [("县生态环境局", "牵头"), ("县农业农村局", "配合")]
    assert saved.case == case and saved.matter == "水污染防治和水资源保护"

    window.undo()  # the case
    assert next(b for b in load_list(stored(window)).boundaries if b.id == new_id).case == ""
    assert "模拟案例】未填写" in finding(ed, "case") and window.tabs.currentIndex() == 2
    window.redo()
    assert next(b for b in load_list(stored(window)).boundaries if b.id == new_id).case == case
    qtbot.mouseClick(ed.delete_button, Qt.MouseButton.LeftButton)
    assert new_id not in [b.id for b in load_list(stored(window)).boundaries]
    window.undo()
    assert load_list(stored(window)).boundaries[-1].case == case and ed.current_id() == new_id


def test_measure_form_parses_frequency_and_ratio_and_fixes_the_delegated_item(qtbot, window: MainWindow) -> None:
    assert window.bench is not None
    qz = next(i for i in window.bench.live.items.values() if i.code == "999001017QZ00100")
    window.bench.set_fields(qz.key, {"disposition": "下放"})
    ed = editor(window, "supervision")
    qtbot.waitUntil(lambda: any("999001017QZ00100" in ed.findings.item(n).text() for n in range(ed.findings.count())))
    qtbot.mouseClick(ed.add_button, Qt.MouseButton.LeftButton)
    new_id = ed.current_id()
    type_text(qtbot, ed, "aspect", "委托下放权力")
    type_text(qtbot, ed, "matter", "查封扣押下放后的监督")
    type_text(qtbot, ed, "methods", "书面检查、实地检查")
    type_text(qtbot, ed, "frequency", "每季度若干次")
    assert "无法识别" in finding(ed, "frequency")
    type_text(qtbot, ed, "frequency", "每季度不少于1次")
    type_text(qtbot, ed, "ratio", "抽检率不少于10%")
    type_text(qtbot, ed, "item_codes", "999001017QZ00100")
    qtbot.waitUntil(lambda: not any("999001017QZ00100" in ed.findings.item(n).text()
                                    for n in range(ed.findings.count())))
    saved = next(m for m in load_list(stored(window)).supervision if m.id == new_id)
    assert isinstance(saved, SupervisionMeasure)
    assert saved.frequency is not None and (saved.frequency.period, saved.frequency.count) == ("季度", 1)
    assert saved.ratio is not None and saved.ratio.percent == 10 and saved.ratio.at_least
    assert saved.methods == ["书面检查", "实地检查"] and saved.aspect == "委托下放权力"
    window.undo()
    assert next(m for m in load_list(stored(window)).supervision if m.id == new_id).item_codes == []


def test_duty_service_and_spot_check_forms(qtbot, window: MainWindow) -> None:
    ed = editor(window, "duties")
    qtbot.mouseClick(ed.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, ed, "title", "负责广告监督管理")
    qtbot.waitUntil(lambda: "具体工作事项】未填写" in finding(ed, "work_items"))
    rows = widget(ed, "work_items")
    assert isinstance(rows, RowsTable)
    qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, rows, 0, 0, "监测和查处违法广告")
    qtbot.waitUntil(lambda: "未写明责任科室" in finding(ed, "work_items"))
    type_cell(qtbot, rows, 0, 1, "综合行政执法大队")
    qtbot.waitUntil(lambda: not finding(ed, "work_items"))
    assert load_list(stored(window)).duties[-1].work_items[0].section == "综合行政执法大队"

    ed = editor(window, "services")
    qtbot.mouseClick(ed.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, ed, "name", "计量器具免费检定日")
    type_text(qtbot, ed, "category", "便民性")
    qtbot.waitUntil(lambda: "服务类别" in finding(ed, "category"))
    type_text(qtbot, ed, "category", "经济性")
    qtbot.waitUntil(lambda: not finding(ed, "category"))
    type_text(qtbot, ed, "content", "每年世界计量日免费检定血压计、电子秤")
    service = load_list(stored(window)).services[-1]
    assert isinstance(service, PublicService) and service.category == "经济性" and "电子秤" in service.content

    ed = editor(window, "spot_checks")
    first = ed.dbench.entries("spot_checks")[0]
    ed.select(first.id)
    qtbot.mouseClick(ed.delete_button, Qt.MouseButton.LeftButton)
    assert ed.list.count() == 2
    qtbot.mouseClick(ed.generate_button, Qt.MouseButton.LeftButton)
    assert ed.list.count() == 3 and load_list(stored(window)).spot_checks[-1].item_codes == first.item_codes
    window.undo()
    assert ed.list.count() == 2
    window.redo()
    assert ed.list.count() == 3


def test_from_an_item_to_its_duty_boundaries_and_measures(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.bench is not None and window.editor is not None and window.item_list is not None
    item = next(i for i in window.bench.live.items.values() if i.code == "999001017JC00200")
    window.jump_to(item.key)
    editor_tabs = window.editor.tabs
    tab = next(n for n in range(editor_tabs.count()) if editor_tabs.tabText(n).startswith("责任清单"))
    editor_tabs.setCurrentIndex(tab)
    panel = editor_tabs.widget(tab).findChild(ItemDutiesPanel)
    assert panel is not None
    texts = [panel.list.item(n).text() for n in range(panel.list.count())]
    assert any(t.startswith("【部门职责】负责特种设备安全监督管理") for t in texts)
    assert any(t.startswith("【职责边界】电梯和建筑起重机械") for t in texts)
    assert any(t.startswith("【随机抽查事项清单】特种设备安全监督检查") for t in texts)
    row = next(panel.list.item(n) for n in range(panel.list.count()) if "职责边界" in panel.list.item(n).text())
    panel.list.itemDoubleClicked.emit(row)
    assert window.tabs.currentIndex() == 2
    page = window.duties_page
    assert page is not None and page.tabs.currentWidget() is page.editors["boundaries"]
    assert page.editors["boundaries"].list.currentItem().text().endswith("电梯和建筑起重机械的安全监督管理")
    shot = tmp_path / "duties-page.png"
    assert window.grab().save(str(shot)) and shot.stat().st_size > 10_000


def test_import_dialog_previews_and_imports_list_sheets(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from test_ui_import_dialog import _tree_texts

    from qlist_desktop.domain.items import Department
    from qlist_desktop.export.duties import list_workbook
    from qlist_desktop.services.settings import initialise
    from qlist_desktop.ui.import_dialog import ImportDialog

    exported = tmp_path / "责任清单.xlsx"
    window.close_workspace()
    with Workspace.open(tmp_path / "demo.qlist", readonly=True) as demo:
        exported.write_bytes(list_workbook("示范县市场监督管理局", load_list(demo)))
    with Workspace.create(tmp_path / "new.qlist") as ws:
        initialise(ws, Department(name="示范县市场监督管理局"))
        dialog = ImportDialog(ws, [exported])
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.planned, timeout=20_000):
            dialog.open()
        texts = _tree_texts(dialog.items_tree)
        assert any(t.endswith("责任清单：职责边界 3 项") for t in texts)
        assert load_list(ws).is_empty(), "the preview writes nothing"
        with qtbot.waitSignal(dialog.finished, timeout=20_000):
            dialog.import_button.click()
        assert load_list(ws).counts() == {"duties": 5, "boundaries": 3, "supervision": 6, "services": 5,
                                          "spot_checks": 3}
