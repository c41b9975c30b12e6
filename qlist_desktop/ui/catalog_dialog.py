"""Claiming (认领) from upper-level catalogs: every entry is claimed by default; not claiming needs a reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.importing import ImportFileError
from qlist_desktop.services.catalogs import (
    CatalogError,
    claim,
    import_catalogs,
    list_catalogs,
    list_entries,
    set_not_claimed,
)
from qlist_desktop.storage.workspace import Workspace

COLUMNS = ("上级目录", "职权编码", "职权名称", "职权类型", "认领", "未认领理由")
STATUS_TEXT = {"claimed": "已认领", "not_claimed": "未认领"}


class CatalogDialog(QDialog):
    """The catalogs' entries with their claim status; import a catalog, not claim an entry, claim it back."""

    items_changed = Signal()  # items were created, moved to the recycle bin or restored

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("上级目录认领"))
        self.resize(1100, 600)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("不认领的理由（必填，写入报送包的未认领事项说明）"))
        self.not_claim_button = QPushButton(self.tr("不认领所选"))
        self.not_claim_button.clicked.connect(self.not_claim_selected)
        self.claim_button = QPushButton(self.tr("重新认领所选"))
        self.claim_button.clicked.connect(self.claim_selected)
        import_button = QPushButton(self.tr("导入上级目录…"))
        import_button.clicked.connect(self.choose_and_import)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(import_button)
        actions = QHBoxLayout()
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.not_claim_button)
        actions.addWidget(self.claim_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        catalogs = {c.id: c for c in list_catalogs(self.workspace)}
        self.entries = list_entries(self.workspace)
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            values = (catalogs[entry.catalog_id].name, entry.item.code, entry.item.full_name, entry.item.category,
                      self.tr(STATUS_TEXT.get(entry.claim_status, "")), entry.reason)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        if catalogs:
            self.summary.setText("；".join(self.tr("{name}：{n} 条，已认领 {c}，未认领 {u}").format(
                name=c.name, n=c.entries, c=c.claimed, u=c.not_claimed) for c in catalogs.values()))
        else:
            self.summary.setText(self.tr("尚未导入上级目录。导入后，目录中的事项默认全部认领到本部门清单。"))

    def selected_entry_ids(self) -> list[int]:
        return [self.entries[i.row()].id for i in self.table.selectionModel().selectedRows()]

    def not_claim_selected(self) -> None:
        ids = self.selected_entry_ids()
        if not ids:
            self._say(self.tr("请先选择要不认领的条目"))
            return
        try:
            for entry_id in ids:
                set_not_claimed(self.workspace, entry_id, self.reason.text())
        except CatalogError as exc:
            self._say(str(exc))
            return
        self.reason.clear()
        self._changed(self.tr("已将 {n} 条标记为未认领，对应事项已移入回收站").format(n=len(ids)))

    def claim_selected(self) -> None:
        ids = self.selected_entry_ids()
        for entry_id in ids:
            claim(self.workspace, entry_id)
        if ids:
            self._changed(self.tr("已重新认领 {n} 条").format(n=len(ids)))

    def choose_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择上级目录（Excel）"), "",
                                                self.tr("Excel 清单 (*.xlsx *.xls)"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> bool:
        try:
            report = import_catalogs(self.workspace, paths)
        except ImportFileError as exc:
            self._say(self.tr("未导入任何内容：") + str(exc))
            return False
        self._changed(self.tr("已导入上级目录：认领 {n} 项（新建 {c} 项，对应已有事项 {l} 项）").format(
            n=report["claimed"], c=report["created"], l=report["linked"]))
        return True

    def _changed(self, text: str) -> None:
        self.refresh()
        self._say(text)
        self.items_changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
