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


def test_every_ui_string_has_an_english_translation(tmp_path) -> None:
    """lupdate over the UI sources finds no string that the English file lacks."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from qlist_desktop.paths import resource

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts = tmp_path / "en.ts"
    shutil.copy(resource("translations", "qlist_desktop_en.ts"), ts)
    package = Path(__file__).parent.parent / "qlist_desktop"
    sources = sorted(str(p) for p in package.rglob("*.py") if "migrations" not in p.parts)
    done = subprocess.run([str(lupdate), *sources, "-ts", str(ts)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "new UI strings need an English translation in resources/translations"
