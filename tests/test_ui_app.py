"""The `qlist-desktop` entry point: the --screenshot option and the English translation."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage

from qlist_desktop.paths import resource
from qlist_desktop.services.demo import create_demo


def test_screenshot_renders_the_main_window_at_1366x768(tmp_path, qapp):
    workspace = create_demo(tmp_path / "demo.qlist")
    png = tmp_path / "main.png"
    done = subprocess.run([sys.executable, "-m", "qlist_desktop.ui.app", str(workspace), "--screenshot", str(png)],
                          capture_output=True, text=True, timeout=120,
                          env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    assert len({image.pixel(x, y) for x in range(0, 1366, 17) for y in range(0, 768, 17)}) > 20  # not blank


def test_screenshot_of_a_missing_workspace_is_a_sentence(tmp_path):
    done = subprocess.run([sys.executable, "-m", "qlist_desktop.ui.app", str(tmp_path / "无.qlist"), "--screenshot",
                           str(tmp_path / "x.png")], capture_output=True, text=True, timeout=120,
                          env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 2 and "工作区文件不存在" in done.stderr and "Traceback" not in done.stderr


def test_english_translation_is_complete_and_loads(qapp):
    ts = ET.parse(resource("translations", "qlist_desktop_en.ts"))
    messages = list(ts.iter("message"))
    assert messages and all(m.find("translation").get("type") is None for m in messages)
    translator = QTranslator()
    assert translator.load(str(resource("translations", "qlist_desktop_en.qm")))
    assert translator.translate("MainWindow", "撤销") == "Undo"
    assert translator.translate("ItemListPanel", "只看有错误的") == "Errors only"
