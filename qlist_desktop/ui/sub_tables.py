"""Editable sub-tables of an item: legal bases (实施依据) and responsibility stages (责任事项)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.basis_fixes import fixed_basis
from qlist_desktop.domain.basis_text import parse_bases
from qlist_desktop.domain.items import LegalBasis, Responsibility
from qlist_desktop.laws.files import default_reviewer
from qlist_desktop.ui.law_panel import LawNote, LawTitleDelegate

Row = TypeVar("Row", LegalBasis, Responsibility)
_Index = QModelIndex | QPersistentModelIndex

BASIS_LEVEL, BASIS_TITLE, BASIS_REVISION, BASIS_ARTICLE, BASIS_TEXT, BASIS_DOCUMENT = range(6)
STAGE, STAGE_CONTENT, STAGE_BASIS = range(3)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one dataclass; `changed` is emitted after every edit, insertion, removal or move."""

    changed = Signal()
    fields: tuple[str, ...] = ()
    row_type: type

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.headers = headers

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = [dataclasses.replace(r) for r in rows]
        self.endResetModel()

    def values(self) -> list[Row]:
        return [dataclasses.replace(r) for r in self.rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(self.rows[index.row()], self.fields[index.column()])
            return value or ("" if role != Qt.ItemDataRole.ToolTipRole else None)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        name = self.fields[index.column()]
        text = str(value or "").strip()
        if getattr(row, name) == text:
            return False
        setattr(row, name, text)
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def append(self, rows: list[Row]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()
        self.changed.emit()

    def remove(self, row_numbers: list[int]) -> None:
        for row in sorted(set(row_numbers), reverse=True):
            if 0 <= row < len(self.rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        if row_numbers:
            self.changed.emit()

    def move(self, row: int, step: int) -> bool:
        target = row + step
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        # Qt's moveRows wants the destination as "insert before" in the old numbering.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if step > 0 else target)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return True


class BasisTableModel(RowsModel[LegalBasis]):
    fields = ("level", "title", "revision", "article", "article_text", "document_sha256")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("层级"), self.tr("文件名称"), self.tr("修订版本"), self.tr("条款"),
                          self.tr("条文内容"), self.tr("依据文件")], parent)
        self.document_names: dict[str, str] = {}

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == BASIS_DOCUMENT:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == BASIS_DOCUMENT and role == Qt.ItemDataRole.DisplayRole:
            sha = self.rows[index.row()].document_sha256
            return self.document_names.get(sha, self.tr("已附加")) if sha else ""
        return super().data(index, role)

    def fix(self, rows: list[int], fixed: Callable[[LegalBasis], LegalBasis]) -> int:
        """Replace the bases in `rows` by their fixed form; returns how many changed (one change signal)."""
        count = 0
        for row in rows:
            new = fixed(self.rows[row])
            if new != self.rows[row]:
                self.rows[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.fields) - 1))
                count += 1
        if count:
            self.changed.emit()
        return count

    def attach(self, row: int, sha256: str, filename: str) -> None:
        self.document_names[sha256] = filename
        self.rows[row].document_sha256 = sha256
        index = self.index(row, BASIS_DOCUMENT)
        self.dataChanged.emit(index, index)
        self.changed.emit()


class ResponsibilityTableModel(RowsModel[Responsibility]):
    fields = ("stage", "content", "basis")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("环节"), self.tr("责任事项内容"), self.tr("责任事项依据")], parent)


class ChoiceDelegate(QStyledItemDelegate):
    """An editable combo box over a vocabulary (free text stays possible)."""

    def __init__(self, choices: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(["", *self.choices])
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(28)
    return view


class _RowsEditor(QWidget):
    """A table with add / remove / move buttons; `committed` carries the whole list after a change."""

    committed = Signal(list)

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = _table(model, self)
        self.buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("添加一行"), self.add_row)
        self.remove_button = self._button(self.tr("删除所选"), self.remove_selected)
        self._button(self.tr("上移"), lambda: self._move(-1))
        self._button(self.tr("下移"), lambda: self._move(1))
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)
        self.buttons.addStretch(1)
        model.changed.connect(lambda: self.committed.emit(model.values()))

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def add_row(self) -> None:
        self.model.append([self.model.row_type()])
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 1))
        self.view.edit(self.view.currentIndex())

    def remove_selected(self) -> None:
        self.model.remove(self.selected_rows())

    def _move(self, step: int) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and self.model.move(rows[0], step):
            self.view.selectRow(rows[0] + step)


class BasisEditor(_RowsEditor):
    """Legal bases: level from the vocabulary, titles completed from the workspace, documents attached,
    and conventional text (【法律】《…》第…条) pasted and parsed into rows."""

    attachRequested = Signal(int, str)  # row, file path

    def __init__(self, levels: list[str], titles: QStringListModel, parent: QWidget | None = None) -> None:
        model = BasisTableModel()
        model.row_type = LegalBasis
        super().__init__(model, parent)
        self.model: BasisTableModel = model
        model.setParent(self)
        self.view.setItemDelegateForColumn(BASIS_LEVEL, ChoiceDelegate(levels, self))
        self.view.setItemDelegateForColumn(BASIS_TITLE, LawTitleDelegate(titles, self))
        for col, width in ((BASIS_LEVEL, 96), (BASIS_TITLE, 230), (BASIS_REVISION, 110), (BASIS_ARTICLE, 110),
                           (BASIS_TEXT, 160)):
            self.view.setColumnWidth(col, width)
        self.paste_button = self._button(self.tr("粘贴依据文本"), self.paste_clipboard)
        self.attach_button = self._button(self.tr("附加依据文件…"), self.choose_document)
        self.fix_button = self._button(self.tr("按法规库校正所选"), self.fix_selected)
        self.paste_box = QLineEdit(self)
        self.paste_box.setPlaceholderText(self.tr("在此粘贴或输入“【法律】《文件名称》第X条……”，回车后拆分为依据"))
        self.paste_box.returnPressed.connect(self._parse_box)
        self.box.insertWidget(1, self.paste_box)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "hint")
        self.box.addWidget(self.hint)
        self.law_note = LawNote(self)
        self.box.addWidget(self.law_note)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_law())
        model.changed.connect(self._show_law)

    def _show_law(self) -> None:
        row = self.view.currentIndex().row()
        self.law_note.show_basis(self.model.rows[row] if 0 <= row < len(self.model.rows) else None)

    def fix_selected(self) -> None:
        """Set the selected bases' level, full title and article text from the law library."""
        rows = self.selected_rows() or ([self.view.currentIndex().row()] if self.view.currentIndex().isValid() else [])
        fixed = self.model.fix(rows, lambda b: fixed_basis(b, default_reviewer()))
        self.hint.setText(self.tr("已按法规库校正 {n} 条依据").format(n=fixed) if fixed
                          else self.tr("所选依据与法规库一致，或法规库不能确定"))

    def add_text(self, text: str) -> int:
        """Parse conventional basis text and append the bases it names; returns how many."""
        bases = [b for b in parse_bases(text) if b.title or b.article_text]
        self.model.append(bases)
        self.hint.setText(self.tr("已从粘贴的文本拆分出 {n} 条依据").format(n=len(bases)) if bases
                          else self.tr("粘贴的文本中没有找到依据"))
        return len(bases)

    def _parse_box(self) -> None:
        if self.add_text(self.paste_box.text()):
            self.paste_box.clear()

    def paste_clipboard(self) -> None:
        self.add_text(QGuiApplication.clipboard().text())

    def choose_document(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            self.hint.setText(self.tr("请先选中一条依据，再附加它的文件"))
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择依据文件"), "", self.tr("依据文件 (*.pdf *.docx *.doc *.ofd *.wps *.txt *.png *.jpg)")
        )
        if path:
            self.attachRequested.emit(rows[0], str(Path(path)))


class ResponsibilityEditor(_RowsEditor):
    """Responsibility stages (受理、审查、决定 …) with their content and basis."""

    def __init__(self, stages: list[str], parent: QWidget | None = None) -> None:
        model = ResponsibilityTableModel()
        model.row_type = Responsibility
        super().__init__(model, parent)
        model.setParent(self)
        self.view.setItemDelegateForColumn(STAGE, ChoiceDelegate(stages, self))
        self.view.setColumnWidth(STAGE, 96)
        self.view.setColumnWidth(STAGE_CONTENT, 300)
