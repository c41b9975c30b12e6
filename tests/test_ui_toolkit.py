"""The Qt binding itself must not corrupt the interpreter.

PySide6-Essentials 6.12.0 on Python 3.11 releases a reference to None on every call of a method returning
void (`QLineEdit.setText`, `QWidget.setEnabled`, ...): after a few thousand calls None's count reaches zero
and the interpreter aborts ("none_dealloc"), at exit or mid-session. 6.11.3 does not. This test fails on a
binding with that fault, so the app is never shipped on it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_methods_keep_none_alive(qapp):
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for n in range(200):
        edit.setText(str(n))
        edit.setEnabled(True)
    assert sys.getrefcount(None) - before > -50
