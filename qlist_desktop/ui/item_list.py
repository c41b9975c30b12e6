"""The item list: filters, search as you type, sorting, multi-select batch actions."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.ui.item_model import (
    COL_CATEGORY,
    COL_CODE,
    COL_NAME,
    COL_ORIGIN,
    COL_STATUS,
    COL_SUB_NAME,
    COL_UPDATED,
    COL_VALIDATION,
    ItemFilterProxy,
    ItemTableModel,
)
from qlist_desktop.ui.workbench import Workbench

COLUMN_WIDTHS = {COL_CODE: 136, COL_NAME: 178, COL_SUB_NAME: 74, COL_CATEGORY: 70, COL_STATUS: 54,
                 COL_VALIDATION: 84, COL_ORIGIN: 70, COL_UPDATED: 118}


class ItemListPanel(QWidget):
    """The filtered, sortable list of live items, with batch actions on the selection."""

    currentItemChanged = Signal(object)  # item id or None
    fillRequested = Signal()  # 批量填写 for the selection or the filtered list

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.model = ItemTableModel(bench, self)
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.pending_dialog: QWidget | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索编码、名称、子项名称或依据文件名称（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._filter(search=text))
        self.category = QComboBox(self)
        self.category.addItem(self.tr("全部类型"), "")
        for label in bench.vocab.labels("category"):
            self.category.addItem(label, label)
        self.category.currentIndexChanged.connect(lambda _n: self._filter(category=self.category.currentData()))
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), "")
        for label in bench.vocab.labels("status"):
            self.status.addItem(label, label)
        self.status.currentIndexChanged.connect(lambda _n: self._filter(status=self.status.currentData()))
        self.errors_only = QCheckBox(self.tr("只看有错误的"), self)
        self.errors_only.toggled.connect(lambda on: self._filter(errors_only=on))
        self.needs_action_only = QCheckBox(self.tr("只看待处理的审核意见"), self)
        self.needs_action_only.toggled.connect(lambda on: self._filter(needs_action_only=on))
        self.local_new_only = QCheckBox(self.tr("只看本级新增"), self)
        self.local_new_only.setToolTip(self.tr("上级目录中没有的事项：需单独审核其设定依据"))
        self.local_new_only.toggled.connect(lambda on: self._filter(local_new_only=on))
        self.local_new_only.setVisible(bench.has_catalogs)
        self.count = QLabel(self)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(col, width)
        self.view.setColumnHidden(COL_ORIGIN, not bench.has_catalogs)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())

        self.status_button = QPushButton(self.tr("设置状态"), self)
        menu = QMenu(self.status_button)
        for label in bench.vocab.labels("status"):
            menu.addAction(label, partial(self.set_field_for_selection, "status", label))
        self.status_button.setMenu(menu)
        self.unit_button = QPushButton(self.tr("设置承办机构…"), self)
        self.unit_button.clicked.connect(self.ask_handling_unit)
        self.fill_button = QPushButton(self.tr("批量填写…"), self)
        self.fill_button.setToolTip(self.tr("为所选事项或当前列表中的事项填写同一字段（Ctrl+Shift+D）"))
        self.fill_button.clicked.connect(self.fillRequested)
        self.delete_button = QPushButton(self.tr("删除…"), self)
        self.delete_button.clicked.connect(self.confirm_delete)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.confirm_delete)

        filters = QHBoxLayout()
        filters.addWidget(self.category)
        filters.addWidget(self.status)
        filters.addWidget(self.errors_only)
        filters.addWidget(self.needs_action_only)
        filters.addWidget(self.local_new_only)
        filters.addStretch(1)
        filters.addWidget(self.count)
        batch = QHBoxLayout()
        batch.addWidget(QLabel(self.tr("所选事项："), self))
        batch.addWidget(self.status_button)
        batch.addWidget(self.unit_button)
        batch.addWidget(self.fill_button)
        batch.addWidget(self.delete_button)
        batch.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(batch)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.category, self.status)
        self.setTabOrder(self.status, self.errors_only)
        self.setTabOrder(self.errors_only, self.needs_action_only)
        self.setTabOrder(self.needs_action_only, self.local_new_only)
        self.setTabOrder(self.local_new_only, self.view)

        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self._update_count()

    # -- filtering ------------------------------------------------------------------------------------
    def _filter(self, **filters: object) -> None:
        self.proxy.set_filters(**filters)  # type: ignore[arg-type]
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        self.count.setText(self.tr("显示 {shown} / {total} 项").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    # -- selection ---------------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.proxy.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        return [self.proxy.id_at(i.row()) for i in self.view.selectionModel().selectedRows()]

    def select_item(self, item_id: int) -> bool:
        """Make an item current (clearing filters that hide it); False when it is not live."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.search.clear()
            self.category.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.errors_only.setChecked(False)
            self.needs_action_only.setChecked(False)
            self.local_new_only.setChecked(False)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        selection = QItemSelection(proxy_index, proxy_index.siblingAtColumn(self.proxy.columnCount() - 1))
        self.view.selectionModel().setCurrentIndex(proxy_index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(proxy_index)
        return True

    def _current_changed(self) -> None:
        self.currentItemChanged.emit(self.current_id())

    # -- batch actions --------------------------------------------------------------------------------------
    def set_field_for_selection(self, name: str, value: str) -> None:
        ids = self.selected_ids()
        if ids:
            label = self.tr("状态") if name == "status" else self.tr("承办机构")
            text = self.tr("将 {n} 个事项的{field}设为“{value}”").format(n=len(ids), field=label, value=value)
            self.bench.set_fields_many({i: {name: value} for i in ids}, text)

    def ask_handling_unit(self) -> None:
        if not self.selected_ids():
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("设置承办机构"))
        dialog.setLabelText(self.tr("所选 {n} 个事项的承办机构（科室）：").format(n=len(self.selected_ids())))
        dialog.textValueSelected.connect(lambda text: self.set_field_for_selection("handling_unit", text.strip()))
        self.pending_dialog = dialog
        dialog.open()

    def confirm_delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        question = self.tr("将所选 {n} 个事项移入回收站？可在“编辑 → 回收站”中恢复，也可撤销（Ctrl+Z）。")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("删除事项"), question.format(n=len(ids)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda _result: self._delete_if_confirmed(box, ids))
        self.pending_dialog = box
        box.open()

    def _delete_if_confirmed(self, box: QMessageBox, ids: list[int]) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.bench.delete(ids)
