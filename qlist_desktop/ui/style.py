"""Fonts and colours of the workbench, named explicitly (see TECH-NOTES: never leave CJK to fallback)."""

from __future__ import annotations

import weakref

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QWidget

from qlist_desktop.fonts import SANS_FAMILIES, first_installed

ERROR_COLOR = QColor("#c62828")
WARNING_COLOR = QColor("#b26a00")
OK_COLOR = QColor("#2e7d32")
SEVERITY_COLORS = {"error": ERROR_COLOR, "warning": WARNING_COLOR}

STYLESHEET = """
QLineEdit[severity="error"], QPlainTextEdit[severity="error"], QComboBox[severity="error"],
QTableView[severity="error"] { border: 1px solid #c62828; }
QLineEdit[severity="warning"], QPlainTextEdit[severity="warning"], QComboBox[severity="warning"],
QTableView[severity="warning"] { border: 1px solid #e09000; }
QLabel[role="finding-error"] { color: #c62828; }
QLabel[role="finding-warning"] { color: #b26a00; }
QLabel[role="hint"] { color: #666666; }
QLabel[role="title"] { font-size: 15pt; font-weight: bold; }
"""


def ui_font(point_size: float = 10.0) -> QFont:
    """The application font: the first installed Simplified Chinese sans family, others as fallbacks."""
    font = QFont()
    preferred = first_installed(SANS_FAMILIES)
    font.setFamilies([preferred, *[f for f in SANS_FAMILIES if f != preferred]])
    font.setPointSizeF(point_size)
    return font


def apply_style(app: QApplication) -> None:
    app.setFont(ui_font())
    app.setStyleSheet(STYLESHEET)


# The mark each widget carries. Kept on the Python side because PySide6 6.12's QObject.property() of an
# unset property over-releases None (measured: 1,000 calls abort the interpreter at exit), so never read it.
_marks: weakref.WeakKeyDictionary[QWidget, str] = weakref.WeakKeyDictionary()


def set_severity(widget: QWidget, severity: str | None) -> None:
    """Mark a field widget red (error) or amber (warning); None clears the mark."""
    if _marks.get(widget, "") == (severity or ""):
        return
    _marks[widget] = severity or ""
    widget.setProperty("severity", severity or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
