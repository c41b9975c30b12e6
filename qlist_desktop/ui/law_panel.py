"""The law library in the bases table: titles completed from the library, the cited article's current
text beside the basis, and the fix from the library for the selected bases."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from qlist_desktop.domain.items import LegalBasis
from qlist_desktop.laws.files import default_reviewer
from qlist_desktop.laws.numerals import parse_refs

SHOWN = 300  # characters of the current article shown beside a basis
COMPLETIONS = 15


def title_suggestions(typed: str, used: list[str]) -> list[str]:
    """Titles used in the workspace that contain the typed text, then the library's titles for it."""
    typed = typed.strip().strip("《》〈〉")
    if not typed:
        return []
    mine = [t for t in used if typed in t][:5]
    library = [law.title for law in default_reviewer().library.complete(typed, COMPLETIONS)]
    return list(dict.fromkeys(mine + library))[:COMPLETIONS]


class LawTitleDelegate(QStyledItemDelegate):
    """A title editor whose completions come from the workspace's titles and the law library as one types."""

    def __init__(self, used: QStringListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.used = used

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        edit = QLineEdit(parent)
        words = QStringListModel(edit)
        completer = QCompleter(words, edit)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        edit.setCompleter(completer)

        def update(text: str) -> None:
            words.setStringList(title_suggestions(text, self.used.stringList()))
            if words.rowCount():
                completer.complete()

        edit.textEdited.connect(update)
        return edit


def basis_note(basis: LegalBasis) -> str:
    """What the library says about a basis, with the current text of the article it cites."""
    if not basis.title.strip():
        return ""
    review = default_reviewer().review(basis.level, basis.title, basis.revision, basis.article, basis.article_text)
    law = review.law
    if law is None:
        what = f"（{review.level_note}）" if review.level_note else ""
        return f"法规库中没有《{basis.title}》{what}"
    state = "已失效" if law.expired else "现行有效"
    head = f"法规库：《{law.title}》 {law.level} · {law.published}版 · {state}"
    refs = parse_refs(basis.article)
    if review.missing:
        return f"{head}\n现行版本中没有{'、'.join(review.missing)}"
    if not refs or not review.current_text:
        return head
    text = review.current_text.replace("\n", "")
    shown = text if len(text) <= SHOWN else text[:SHOWN] + "……"
    differs = "（与所填条文不同）" if review.differs else ""
    return f"{head}\n现行{refs[0].label}{differs}：{shown}"


class LawNote(QLabel):
    """Beside the bases table: the library's word on the current basis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setProperty("role", "hint")

    def show_basis(self, basis: LegalBasis | None) -> None:
        self.setText(basis_note(basis) if basis is not None else "")
