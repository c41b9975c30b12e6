"""The recycle bin: deleted items, restorable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.ui.item_model import ITEM_ROLE, RecycleBinModel
from qlist_desktop.ui.workbench import Workbench


class RecycleBinDialog(QDialog):
    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.setWindowTitle(self.tr("回收站"))
        self.model = RecycleBinModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("恢复所选事项"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("删除的事项保留在这里，可以恢复。"), self))
        layout.addWidget(self.view)
        layout.addWidget(self.restore_button)
        layout.addWidget(buttons)
        self.resize(760, 420)
        for signal in (bench.itemsAdded, bench.itemsRemoved):
            signal.connect(lambda _ids: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.model.reset(self.bench.deleted_rows())

    def restore_selected(self) -> None:
        ids = [self.model.data(i, ITEM_ROLE) for i in self.view.selectionModel().selectedRows()]
        self.bench.restore(ids)
