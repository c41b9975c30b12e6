"""Qt's own texts (standard buttons) follow the UI language too."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox


def test_standard_buttons_are_chinese(qtbot) -> None:
    from qlist_desktop.ui.app import make_application

    make_application()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
