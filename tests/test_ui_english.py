"""In English, the editor, the export wizard and the rounds dialog show no Chinese but the list's own data.

Every text a person can read (labels, buttons, group titles, tabs, table headers, list entries, combo box
entries, placeholders, tooltips) is collected from the live widgets; what remains after removing the
workspace's data (item fields, vocabulary terms, the department, file paths) must hold no Chinese character.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from qlist_desktop.domain.fields import GROUPS
from qlist_desktop.domain.flowchart import Flowchart
from qlist_desktop.domain.items import item_to_dict
from qlist_desktop.export.templates import catalog_templates
from qlist_desktop.paths import resource
from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.flowcharts import load_charts
from qlist_desktop.ui.main_window import MainWindow

CHINESE = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def english(qapp):
    translator = QTranslator()
    assert translator.load(str(resource("translations", "qlist_desktop_en.qm")))
    QApplication.installTranslator(translator)
    yield
    QApplication.removeTranslator(translator)


def _texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text:
            found.append((type(widget).__name__ + ":" + (widget.objectName() or ""), text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        add(widget, widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, QGroupBox):
            add(widget, widget.title())
        if isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for n in range(widget.count()):
                add(widget, widget.tabText(n))
        if isinstance(widget, QTableView | QTableWidget):
            model = widget.model()
            for col in range(model.columnCount()):
                add(widget, str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
        if isinstance(widget, QListWidget):
            for n in range(widget.count()):
                add(widget, widget.item(n).text())
        if isinstance(widget, QComboBox):
            for n in range(widget.count()):
                add(widget, widget.itemText(n))
    return found


def _data_words(window: MainWindow) -> list[str]:
    """Every piece of the workspace's own data that may show in Chinese."""
    assert window.bench is not None
    bench = window.bench
    words: set[str] = set()
    for item_id in bench.item_ids():
        for value in item_to_dict(bench.peek(item_id)).values():
            for part in (value if isinstance(value, list) else [value]):
                if isinstance(part, dict):
                    words |= {str(v) for v in part.values() if v}
                elif part:
                    words.add(str(part))
        for finding in bench.live.state(item_id).findings:
            words.add(finding.message)  # findings are sentences of the core, in the list's language
        words.add(bench.peek(item_id).full_name)
    for chart in load_charts(bench.ws).values():
        if isinstance(chart, Flowchart):
            words |= {text for step in chart.steps for text in vars(step).values() if text}
    for terms in bench.vocab.terms.values():
        words |= {t.label for t in terms}
    words |= {t.label for t in catalog_templates()}  # the printed tables' own (Chinese) names
    department = bench.department
    words |= {department.name, department.liaison}
    return sorted((w for w in words if CHINESE.search(w)), key=len, reverse=True)  # data that is Chinese


def _chinese_left(texts: list[tuple[str, str]], data: list[str]) -> list[str]:
    left = []
    for where, text in texts:
        rest = text
        for word in data:
            if word in rest:
                rest = rest.replace(word, "")
        rest = re.sub(r"[^\s]*[/\\][^\s]*", "", rest)  # paths (the bundle's folder name is data too)
        rest = re.sub(r"\d{6}\d*_[^\s：:]*", "", rest)
        if CHINESE.search(rest):
            left.append(f"{where}: {text!r} → {rest!r}")
    return left


def test_editor_wizard_and_rounds_dialog_in_english(english, qtbot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_workspace(create_demo(tmp_path / "demo.qlist"))
    assert window.editor is not None and window.item_list is not None
    data = _data_words(window)
    window.item_list.select_item(window.item_list.proxy.id_at(0))
    problems = []
    for tab in range(len(GROUPS)):
        window.editor.tabs.setCurrentIndex(tab)
        problems += _chinese_left(_texts(window), data)
    window.editor.tabs.setCurrentIndex(len(GROUPS))  # the flowchart
    chart_editor = window.editor.flowchart_editor
    assert chart_editor is not None
    qtbot.waitUntil(lambda: not chart_editor.is_drawing(), timeout=10_000)
    problems += _chinese_left(_texts(window), data)
    wizard = window.open_export()
    assert wizard is not None
    problems += _chinese_left(_texts(wizard), data)
    wizard.close()
    rounds = window.open_rounds()
    assert rounds is not None
    problems += _chinese_left(_texts(rounds), data)
    rounds.close()
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))
