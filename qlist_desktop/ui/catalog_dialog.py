"""Claiming (认领) from upper-level catalogs: every entry is claimed by default; not claiming needs a reason.

Claimed items stay identical to their entries (三级四同): the dialog shows each one's conformity, restores
items from the catalog, records why an item deviates, lists 本级新增 items, and merges a catalog's new
version (through the workbench, so accepting its changes can be undone).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from qlist_desktop.domain.catalog_rules import LOCAL_NEW, conformity_findings
from qlist_desktop.domain.items import FIELD_LABELS
from qlist_desktop.importing import ImportFileError
from qlist_desktop.services.catalog_versions import compare_version
from qlist_desktop.services.catalogs import (
    CLAIMED,
    CatalogError,
    claim,
    import_catalogs,
    list_catalogs,
    list_entries,
    set_not_claimed,
)
from qlist_desktop.services.conformity import local_new_ids, restore_from_catalog, set_deviation_reason
from qlist_desktop.services.items import load_items
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.workbench import Workbench

COLUMNS = ("上级目录", "职权编码", "职权名称", "职权类型", "认领", "未认领理由", "三级四同", "不一致的理由")
STATUS_TEXT = {"claimed": "已认领", "not_claimed": "未认领"}
COL_CONFORMITY = 6


class CatalogDialog(QDialog):
    """The catalogs' entries with their claim status; import a catalog, not claim an entry, claim it back."""

    items_changed = Signal()  # items were created, moved to the recycle bin or restored

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 bench: Callable[[], Workbench | None] | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bench = bench or (lambda: None)  # the open workbench, when there is one (its undo stack)
        self.setWindowTitle(self.tr("上级目录认领"))
        self.resize(1100, 600)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_CONFORMITY, 190)
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
        self.local_new = QLabel()
        self.local_new.setWordWrap(True)
        self.replaces = QComboBox()
        self.replaces.setToolTip(self.tr("新版本替换的目录（与文件同名的目录自动对应）"))
        version_button = QPushButton(self.tr("导入新版本并比较…"))
        version_button.clicked.connect(self.choose_and_compare)
        self.restore_button = QPushButton(self.tr("按上级目录恢复所选"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.deviation = QLineEdit()
        self.deviation.setPlaceholderText(self.tr("与上级目录不一致的理由（写入报送包）"))
        self.deviation_button = QPushButton(self.tr("记录不一致的理由"))
        self.deviation_button.clicked.connect(self.explain_selected)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(import_button)
        top.addWidget(self.replaces)
        top.addWidget(version_button)
        actions = QHBoxLayout()
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.not_claim_button)
        actions.addWidget(self.claim_button)
        conformity = QHBoxLayout()
        conformity.addWidget(self.deviation, 1)
        conformity.addWidget(self.deviation_button)
        conformity.addWidget(self.restore_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.local_new)
        layout.addLayout(actions)
        layout.addLayout(conformity)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        catalogs = {c.id: c for c in list_catalogs(self.workspace)}
        self.entries = list_entries(self.workspace)
        items = {item.key: item for item in load_items(self.workspace)}
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            item = items.get(entry.claimed_item_id or 0) if entry.claim_status == CLAIMED else None
            fields = list(dict.fromkeys(FIELD_LABELS[f.field] for f in conformity_findings(item, entry.item))) if item \
                else []
            conformity = (self.tr("不一致：") + "、".join(fields) if fields else self.tr("一致")) if item else ""
            values = (catalogs[entry.catalog_id].name, entry.item.code, entry.item.full_name, entry.item.category,
                      self.tr(STATUS_TEXT.get(entry.claim_status, "")), entry.reason, conformity,
                      entry.deviation_reason)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        if catalogs:
            self.summary.setText("；".join(self.tr("{name}：{n} 条，已认领 {c}，未认领 {u}").format(
                name=c.name, n=c.entries, c=c.claimed, u=c.not_claimed) for c in catalogs.values()))
        else:
            self.summary.setText(self.tr("尚未导入上级目录。导入后，目录中的事项默认全部认领到本部门清单。"))
        local = [items[i].full_name for i in sorted(local_new_ids(self.workspace, items.values()))]
        self.local_new.setText(self.tr("{label}（上级目录中没有的事项，需单独审核设定依据）{n} 项：{names}").format(
            label=self.tr(LOCAL_NEW), n=len(local), names="、".join(local)) if local else "")
        self.replaces.clear()
        for catalog in catalogs.values():
            self.replaces.addItem(catalog.name, catalog.id)

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

    def selected_entries(self) -> list[tuple[int, int]]:
        """(entry id, item id) of the selected claimed entries."""
        rows = [self.entries[i.row()] for i in self.table.selectionModel().selectedRows()]
        return [(e.id, e.claimed_item_id) for e in rows if e.claim_status == CLAIMED and e.claimed_item_id]

    def restore_selected(self) -> None:
        """按上级目录恢复 every selected item (through the workbench: one undoable edit)."""
        chosen = self.selected_entries()
        if not chosen:
            self._say(self.tr("请先选择已认领的条目"))
            return
        bench = self.bench()
        if bench is not None:
            bench.restore_from_catalog([item_id for _entry, item_id in chosen])
        else:
            for entry_id, _item in chosen:
                restore_from_catalog(self.workspace, entry_id, source="desktop")
        self.refresh()
        self._say(self.tr("已按上级目录恢复 {n} 个事项").format(n=len(chosen)))

    def explain_selected(self) -> None:
        chosen = self.selected_entries()
        for entry_id, _item in chosen:
            set_deviation_reason(self.workspace, entry_id, self.deviation.text())
        if chosen:
            self.deviation.clear()
            self.refresh()
            self._say(self.tr("已记录 {n} 条的不一致理由").format(n=len(chosen)))

    def choose_and_compare(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择上级目录的新版本（Excel）"), "",
                                              self.tr("Excel 清单 (*.xlsx *.xls)"))
        if path:
            self.compare_file(Path(path))

    def compare_file(self, path: Path) -> QDialog | None:
        """Compare a catalog's new version with the current one and open the comparison to accept from."""
        bench = self.bench()
        if bench is None:
            return None
        same_name = any(self.replaces.itemText(n) == path.stem for n in range(self.replaces.count()))
        replaces = None if same_name or self.replaces.currentData() is None else str(self.replaces.currentData())
        try:
            comparison = compare_version(self.workspace, path, replaces)
        except (CatalogError, ImportFileError) as exc:
            self._say(self.tr("无法比较：") + str(exc))
            return None
        from qlist_desktop.ui.catalog_compare import CatalogCompareDialog

        dialog = CatalogCompareDialog(bench, comparison, self)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, created: int, updated: int) -> None:
        self.refresh()
        self._say(self.tr("已合并新版本：新认领 {c} 项，按新版本更新 {u} 项（可撤销）").format(c=created, u=updated))

    def _changed(self, text: str) -> None:
        self.refresh()
        self._say(text)
        self.items_changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
