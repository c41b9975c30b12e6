"""The review panel and the rounds dialog, driven as a liaison would."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_cli
from PySide6.QtCore import QDate, Qt
from test_review import OPINIONS, export, fill_messily

from qlist_desktop.services.items import find_by_code
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.review_panel import ReviewPanel
from qlist_desktop.ui.review_rounds import RoundsDialog


@pytest.fixture
def reviewed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    ws = tmp_path / "演示.qlist"
    assert run_cli(capsys, "demo", ws)[0] == 0
    bundle = export(capsys, ws, tmp_path / "usb")
    return ws, fill_messily(bundle, tmp_path / "返回.xlsx", OPINIONS)


def test_rounds_dialog_imports_a_sheet_and_shows_the_round(qtbot, reviewed: tuple[Path, Path]) -> None:
    ws_path, sheet = reviewed
    with Workspace.open(ws_path) as ws:
        dialog = RoundsDialog(ws)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.rowCount() == 1
        assert "变更须在" in dialog.deadline.text()
        with qtbot.waitSignal(dialog.reviews_imported):
            report = dialog.import_file(sheet)
        assert report is not None and report.created == len(OPINIONS)
        headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
        row = {h: dialog.table.item(0, c).text() for c, h in enumerate(headers)}
        assert row["审核意见"] == str(len(OPINIONS)) and row["保留"] == "3" and row["待处理"] == "3"
        assert "新增 7 条" in dialog.message.text()
        assert dialog.import_file(sheet.with_name("没有这个文件.xlsx")) is None
        assert "无法导入" in dialog.message.text()
        before = dialog.holidays.count()
        dialog.holiday_date.setDate(QDate(2026, 12, 3))
        dialog._change_calendar(holiday=True)
        assert dialog.holidays.count() == before + 1
        added = dialog.holidays.findItems("2026-12-03", Qt.MatchFlag.MatchStartsWith)
        assert [i.text() for i in added] == ["2026-12-03  节假日  （本工作区添加）"]


def test_review_panel_answers_the_newest_opinion(qtbot, reviewed: tuple[Path, Path]) -> None:
    ws_path, sheet = reviewed
    with Workspace.open(ws_path) as ws:
        dialog = RoundsDialog(ws)
        qtbot.addWidget(dialog)
        dialog.import_file(sheet)
        item = find_by_code(ws, "999001017XK00300")
        panel = ReviewPanel(ws, item.id or 0)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "修改后再报"
        assert "待回复" in panel.status.text()
        panel.kind.setCurrentIndex(panel.kind.findData("explained"))
        qtbot.mouseClick(panel.submit, Qt.MouseButton.LeftButton)
        assert "须写明理由" in panel.status.text()
        panel.text.setPlainText("法定期限按《计量标准考核办法》核定为30日")
        with qtbot.waitSignal(panel.changed):
            qtbot.mouseClick(panel.submit, Qt.MouseButton.LeftButton)
        assert panel.table.item(0, 5).text() == "法定期限按《计量标准考核办法》核定为30日"
        assert find_by_code(ws, "999001017XK00300").status == "待审核"


def test_main_window_shows_opinions_in_the_list_and_answers_them_in_the_editor(
    qtbot, reviewed: tuple[Path, Path]
) -> None:
    from qlist_desktop.ui.item_model import COL_REVIEW, COL_STATUS
    from qlist_desktop.ui.main_window import MainWindow

    ws_path, sheet = reviewed
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(ws_path)
    assert "变更须在" in win.deadline.text()
    dialog = win.open_rounds()
    assert dialog is not None
    dialog.import_file(sheet)
    dialog.close()
    panel = win.item_list
    panel.needs_action_only.setChecked(True)
    assert panel.proxy.rowCount() == 3
    shown = {panel.proxy.index(r, COL_REVIEW).data() for r in range(panel.proxy.rowCount())}
    assert shown == {"待处理：修改后再报", "待处理：废止", "待处理：调整"}
    item = find_by_code(win.ws, "999001017XK00300")
    assert panel.select_item(item.id or 0)
    editor = win.editor
    review_page = next(p for p in editor.lazy_pages if editor.tabs.tabText(editor.tabs.indexOf(p)) == "审核意见")
    editor.tabs.setCurrentWidget(review_page)
    review = editor.lazy_widgets[review_page]
    review.kind.setCurrentIndex(review.kind.findData("changed"))
    review.text.setPlainText("承诺期限改为15个工作日")
    qtbot.mouseClick(review.submit, Qt.MouseButton.LeftButton)
    assert panel.proxy.rowCount() == 2
    row = panel.model.row_of(item.id or 0)
    assert panel.model.index(row, COL_STATUS).data() == "待审核"
    assert panel.model.index(row, COL_REVIEW).data() == "修改后再报"
