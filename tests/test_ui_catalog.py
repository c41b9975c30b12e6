"""Claiming from an upper-level catalog in the GUI: import, not claim with a reason, claim back."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES
from PySide6.QtCore import QItemSelectionModel, Qt

from qlist_desktop.ui.main_window import MainWindow

CATALOG = FIXTURES / "国动办权责清单公示.xlsx"


def test_claiming_from_the_file_menu(qtbot, tmp_path: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.create_workspace(tmp_path / "国动办.qlist", _department())
    dialog = win.open_catalogs()
    assert dialog is not None and dialog.table.rowCount() == 0
    with qtbot.waitSignal(dialog.items_changed):
        assert dialog.import_files([CATALOG])
    assert dialog.table.rowCount() == 18 and win.item_list.model.rowCount() == 18
    assert not dialog.import_files([tmp_path / "没有.xlsx"]) and "未导入任何内容" in dialog.message.text()

    dialog.table.selectionModel().select(dialog.table.model().index(0, 0), _rows())
    qtbot.mouseClick(dialog.not_claim_button, Qt.MouseButton.LeftButton)
    assert "必须填写不认领的理由" in dialog.message.text()
    dialog.reason.setText("由自治区本级实施，本级不认领")
    with qtbot.waitSignal(dialog.items_changed):
        qtbot.mouseClick(dialog.not_claim_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 4).text() == "未认领" and dialog.table.item(0, 5).text().startswith("由自治区")
    assert win.item_list.model.rowCount() == 17

    dialog.table.selectionModel().select(dialog.table.model().index(0, 0), _rows())
    qtbot.mouseClick(dialog.claim_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 4).text() == "已认领" and win.item_list.model.rowCount() == 18


def _rows() -> QItemSelectionModel.SelectionFlag:
    return QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def _department():
    from qlist_desktop.domain.items import Department

    return Department("克拉玛依市国动办", "001", "650200")
