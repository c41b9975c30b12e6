"""A new version of an upper-level catalog, compared with the current one: accept changes, then merge."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.services.catalog_versions import MergeResult, VersionComparison, cancellation_reason
from qlist_desktop.ui.workbench import Workbench

COLUMNS = ("接受", "变化", "条目", "事项名称", "权力类型", "变更内容（原 → 新）")
KIND_COLORS = {"新增": "#1e7b34", "取消": "#b3261e", "变更": "#9a6700", "未变": "#6b6b6b"}


class CatalogCompareDialog(QDialog):
    """Every entry of the comparison; changed and removed ones are accepted unless unticked."""

    merged = Signal(int, int)  # items claimed for added entries, items updated by accepted changes

    def __init__(self, bench: Workbench, comparison: VersionComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench, self.comparison = bench, comparison
        self.setWindowTitle(self.tr("上级目录新版本比较"))
        self.resize(1100, 620)
        c = comparison
        counts = self.tr("“{file}”与“{catalog}”相比：新增 {a} 条（默认认领），取消 {r} 条，变更 {c} 条，未变 {u} 条。")
        hint = self.tr("勾选的变更在合并时更新到已认领的事项，可撤销（Ctrl+Z）。")
        self.summary = QLabel(counts.format(file=c.path.name, catalog=c.catalog, a=len(c.added), r=len(c.removed),
                                            c=len(c.changed), u=len(c.unchanged)) + hint)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(t) for t in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((44, 44, 44, 330, 90)):
            self.table.setColumnWidth(col, width)
        self.accept_rows: dict[int, QTableWidgetItem] = {}  # entry id → its tick
        self._fill()
        self.table.resizeRowsToContents()
        all_button = QPushButton(self.tr("全部接受"))
        all_button.clicked.connect(lambda: self.set_all(True))
        none_button = QPushButton(self.tr("全部不接受"))
        none_button.clicked.connect(lambda: self.set_all(False))
        self.merge_button = QPushButton(self.tr("合并新版本并接受所选变更"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(self.merge_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _add(self, kind: str, entry: str, name: str, category: str, change: str, tick: int | None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        accept = QTableWidgetItem()
        if tick is not None:
            accept.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            accept.setCheckState(Qt.CheckState.Checked)
            self.accept_rows[tick] = accept
        self.table.setItem(r, 0, accept)
        for col, text in enumerate((self.tr(kind), entry, name, category, change), start=1):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if col == 1:
                cell.setForeground(QBrush(QColor(KIND_COLORS[kind])))
            self.table.setItem(r, col, cell)

    def _fill(self) -> None:
        c = self.comparison
        for change in c.changed:
            diffs = "\n".join(d.describe() for d in change.differences)
            self._add("变更", str(change.old.id), change.old.item.full_name, change.new.category, diffs, change.old.id)
        for entry in c.removed:
            self._add("取消", str(entry.id), entry.item.full_name, entry.item.category,
                      self.tr("接受后：处置意见改为“取消”，备注“{reason}”").format(reason=cancellation_reason(c.catalog)),
                      entry.id)
        for item in c.added:
            self._add("新增", "", item.full_name, item.category, self.tr("合并时认领到本部门清单"), None)
        for entry in c.unchanged:
            self._add("未变", str(entry.id), entry.item.full_name, entry.item.category, "", None)

    def set_all(self, on: bool) -> None:
        for tick in self.accept_rows.values():
            tick.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_accepted(self, entry_id: int, on: bool) -> None:
        self.accept_rows[entry_id].setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def accepted_entries(self) -> list[int]:
        return [i for i, tick in self.accept_rows.items() if tick.checkState() == Qt.CheckState.Checked]

    def merge(self) -> MergeResult:
        """Merge the version in and accept the ticked changes (one undoable edit in the workbench)."""
        result, updated = self.bench.merge_catalog_version(self.comparison, self.accepted_entries())
        self.merged.emit(len(result.created), updated)
        self.accept()
        return result
