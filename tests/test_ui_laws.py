"""The law library in the bases table: completion from the library, the current article beside a basis,
the fix action, and 文件 → 导入法规…."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QStyleOptionViewItem

from qlist_desktop.domain.items import LegalBasis
from qlist_desktop.laws.files import default_library
from qlist_desktop.ui.law_import import import_laws_from
from qlist_desktop.ui.sub_tables import BASIS_TITLE, BasisEditor

LEVELS = ["法律", "行政法规", "国务院决定", "地方性法规", "部门规章", "地方政府规章", "规范性文件"]


def type_chinese(widget: QLineEdit, text: str) -> None:
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def test_bases_table_shows_the_article_and_fixes_the_basis(qtbot, tmp_path: Path) -> None:
    editor = BasisEditor(LEVELS, QStringListModel(["某县管理办法"]))
    qtbot.addWidget(editor)
    editor.resize(900, 420)
    editor.show()
    wrong = LegalBasis("行政法规", "行政许可法", "", "第十二条第一款第（三）项", "")
    editor.model.set_rows([wrong, LegalBasis("法律", "某县管理办法", "", "第八条", "")])
    editor.view.setCurrentIndex(editor.model.index(0, BASIS_TITLE))
    note = editor.law_note.text()
    assert "法规库：《中华人民共和国行政许可法》 法律" in note and "现行第十二条第一款第（三）项" in note
    assert "提供公众服务并且直接关系公共利益的职业、行业" in note
    qtbot.wait(20)
    assert editor.law_note.height() >= 2 * editor.law_note.fontMetrics().height()  # both lines shown
    editor.grab().save(str(tmp_path / "bases.png"))

    with qtbot.waitSignal(editor.committed) as committed:
        editor.view.selectRow(0)
        editor.fix_button.click()
    fixed = committed.args[0][0]
    assert (fixed.level, fixed.title) == ("法律", "中华人民共和国行政许可法")
    assert fixed.article_text.startswith("（三）提供公众服务")
    assert committed.args[0][1].title == "某县管理办法"  # the other basis untouched
    assert "已按法规库校正 1 条依据" in editor.hint.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise", "grabbing the keyboard")  # the popup, offscreen
def test_title_completes_from_the_library_while_typing(qtbot) -> None:
    editor = BasisEditor(LEVELS, QStringListModel(["道路运输管理办法（本县）"]))
    qtbot.addWidget(editor)
    delegate = editor.view.itemDelegateForColumn(BASIS_TITLE)
    edit = delegate.createEditor(editor.view, QStyleOptionViewItem(), editor.model.index(0, BASIS_TITLE))
    assert isinstance(edit, QLineEdit)
    qtbot.addWidget(edit)
    edit.show()
    type_chinese(edit, "《道路交通")
    words = edit.completer().model().stringList()
    assert "中华人民共和国道路交通安全法" in words and "中华人民共和国道路交通安全法实施条例" in words


def test_import_laws_action_adds_a_law(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    law = tmp_path / "条例.txt"
    law.write_text("克拉玛依市城市绿化条例\n2020年1月1日克拉玛依市人民代表大会常务委员会通过\n"
                   "第一条 为了促进城市绿化，制定本条例。\n第二条 本条例适用于本市。\n", encoding="utf-8")
    parent = QLineEdit()
    qtbot.addWidget(parent)
    added = import_laws_from(parent, [law])
    assert [a.level for a in added] == ["地方性法规"] and "克拉玛依市城市绿化条例" in shown[0]
    assert default_library().find("克拉玛依市城市绿化条例") is not None
