"""The 发布 dialog, driven like a user (never exec()): publish the demo and read the site it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from qlist_desktop.export.manifest import verify_bundle
from qlist_desktop.services.demo import create_demo
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.main_window import MainWindow
from qlist_desktop.ui.publish_dialog import PublishDialog


@pytest.fixture
def ws(tmp_path: Path):
    with Workspace.open(create_demo(tmp_path / "demo.qlist")) as workspace:
        yield workspace


def test_publish_dialog_publishes_the_public_items(qtbot, ws: Workspace, tmp_path: Path) -> None:
    dialog = PublishDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.publish_button.isEnabled()  # no folder yet
    dialog.target_edit.setText(str(tmp_path / "site"))
    dialog.url_edit.setText("www.example.cn")
    dialog.publish_button.click()
    assert "http://" in dialog.status_label.text() and not (tmp_path / "site").exists()
    dialog.url_edit.setText("https://www.example.gov.cn/qlist/")
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("A4"))
    with qtbot.waitSignal(dialog.published, timeout=120_000) as blocker:
        dialog.publish_button.click()
    result = blocker.args[0]
    assert result.items == 19 and result.withheld == 1
    assert "已发布 19 个公开事项（1 个不宜公开的事项未发布）" in dialog.status_label.text()
    assert dialog.open_button.isVisible() and dialog.close_button.isEnabled()
    assert verify_bundle(tmp_path / "site") == []
    assert (tmp_path / "site" / "index.html").is_file()
    dialog.grab().save(str(tmp_path / "publish-dialog.png"))


def test_publish_failure_is_a_sentence(qtbot, ws: Workspace, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("keep")
    dialog = PublishDialog(ws)
    qtbot.addWidget(dialog)
    dialog.target_edit.setText(str(other))
    with qtbot.waitSignal(dialog.publish_failed, timeout=60_000) as blocker:
        dialog.publish_button.click()
    assert "不是空的" in blocker.args[0] and (other / "notes.txt").read_text() == "keep"


def test_the_menu_opens_the_dialog(qtbot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.publish_action.isEnabled()
    assert window.open_workspace(create_demo(tmp_path / "演示.qlist"))
    assert window.publish_action.isEnabled()
    window.publish_action.trigger()
    assert isinstance(window.pending_dialog, PublishDialog)
    window.pending_dialog.close()
    window.close_workspace()
