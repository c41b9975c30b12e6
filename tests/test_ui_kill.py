"""Killing the running app right after an edit loses nothing: every field commit is saved at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.items import load_items
from qlist_desktop.storage.workspace import Workspace

APP = textwrap.dedent("""
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from qlist_desktop.ui.app import make_application
    from qlist_desktop.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow()
    assert window.open_workspace(sys.argv[1])
    window.show()
    edit = window.editor.bindings["handling_unit"].widget
    edit.setFocus()
    edit.selectAll()
    event = QInputMethodEvent()
    event.setCommitString("突然断电科")
    QApplication.sendEvent(edit, event)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    print("EDITED", window.editor.item_id, flush=True)
    app.exec()
""")


def test_sigkill_after_an_edit_loses_nothing(tmp_path):
    path = create_demo(tmp_path / "demo.qlist")
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", APP, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line.startswith("EDITED"), proc.stderr.read()
        assert proc.poll() is None  # still running when killed
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    item_id = int(line.split()[1])
    with Workspace.open(path) as ws:  # the write lock died with the process
        edited = next(item for item in load_items(ws) if item.id == item_id)
    assert edited.handling_unit == "突然断电科"
