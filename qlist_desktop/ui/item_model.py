"""The item list's models: ids plus a row cache, a filtering/sorting proxy, and the recycle bin."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from qlist_desktop.domain.catalog_rules import LOCAL_NEW
from qlist_desktop.services.items import ItemSummary
from qlist_desktop.ui.style import ERROR_COLOR, OK_COLOR, WARNING_COLOR
from qlist_desktop.ui.table_model import HeaderedTableModel, Index
from qlist_desktop.ui.workbench import Workbench

(COL_CODE, COL_NAME, COL_SUB_NAME, COL_CATEGORY, COL_STATUS, COL_VALIDATION, COL_REVIEW, COL_ORIGIN,
 COL_UPDATED) = range(9)
ITEM_ROLE = Qt.ItemDataRole.UserRole  # the item id of a row


@dataclass(frozen=True)
class RowData:
    """What one row shows, cached so painting and filtering never touch the database."""

    code: str
    name: str
    sub_name: str
    category: str
    status: str
    updated_at: str
    errors: int
    warnings: int
    review: str  # the newest review conclusion
    needs_action: bool  # the newest opinion still waits for the liaison's response
    origin: str  # 上级目录 (claimed from a catalog), 本级新增, or "" while the workspace has no catalog


class ItemTableModel(HeaderedTableModel):
    """The live items of a workbench: a list of ids and a row cache, refreshed from its signals."""

    def __init__(self, bench: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.ids: list[int] = bench.item_ids()  # in code order, as the core loads them
        self.rows: dict[int, RowData] = {i: self._row_data(i) for i in self.ids}
        self._row_of: dict[int, int] = {item_id: n for n, item_id in enumerate(self.ids)}
        self.headers = [
            self.tr("事项编码"), self.tr("事项名称"), self.tr("子项名称"), self.tr("权力类型"),
            self.tr("状态"), self.tr("校验"), self.tr("审核意见"), self.tr("来源"), self.tr("最后修改"),
        ]
        bench.itemsChanged.connect(self._on_changed)
        bench.itemsAdded.connect(self._on_added)
        bench.itemsRemoved.connect(self._on_removed)

    def _row_data(self, item_id: int) -> RowData:
        item = self.bench.peek(item_id)
        state = self.bench.live.state(item_id)
        opinion = self.bench.opinions.get(item_id)
        origin = self.tr(LOCAL_NEW) if self.bench.is_local_new(item_id) else (
            self.tr("上级目录") if item_id in self.bench.live.catalog else "")
        return RowData(item.code, item.name, item.sub_name, item.category, item.status,
                       item.updated_at.replace("T", " ")[:16], state.errors, state.warnings,
                       opinion.conclusion if opinion else "", bool(opinion and opinion.needs_action), origin)

    def validation_text(self, row: RowData) -> str:
        parts = ([self.tr("错误 %n", "", row.errors)] if row.errors else []) + (
            [self.tr("警告 %n", "", row.warnings)] if row.warnings else [])  # %n: plural forms in English
        return " · ".join(parts) or self.tr("通过")

    def review_text(self, row: RowData) -> str:
        if row.needs_action:
            return self.tr("待处理：{conclusion}").format(conclusion=row.review)
        return row.review

    # -- Qt model interface -----------------------------------------------------------------------
    def row_total(self) -> int:
        return len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item_id = self.ids[index.row()]
        row = self.rows[item_id]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.code, row.name, row.sub_name, row.category, row.status, self.validation_text(row),
                    self.review_text(row), row.origin, row.updated_at)[col]
        if role == ITEM_ROLE:
            return item_id
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_REVIEW and row.needs_action:
            return ERROR_COLOR
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_VALIDATION:
            return ERROR_COLOR if row.errors else WARNING_COLOR if row.warnings else OK_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_NAME, COL_SUB_NAME):
            return row.name if col == COL_NAME else row.sub_name
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the ids in Python (one key per row), far cheaper than a proxy comparing through data()."""
        if not 0 <= column < len(self.headers):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.ids[i.row()], i.column()) for i in persistent]
        rows = self.rows
        if column == COL_VALIDATION:
            def key(item_id: int) -> tuple:
                return (rows[item_id].errors, rows[item_id].warnings, rows[item_id].code)
        else:
            attr = ("code", "name", "sub_name", "category", "status", "code", "review", "origin", "updated_at")[column]

            def key(item_id: int) -> tuple:
                return (getattr(rows[item_id], attr), rows[item_id].code)
        self.ids.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = {item_id: n for n, item_id in enumerate(self.ids)}
        self.changePersistentIndexList(persistent, [self.index(self._row_of[i], c) for i, c in kept])
        self.layoutChanged.emit()

    # -- for views and the proxy ------------------------------------------------------------------------
    def row_of(self, item_id: int) -> int | None:
        return self._row_of.get(item_id)

    def id_at(self, row: int) -> int:
        return self.ids[row]

    # -- precise updates ------------------------------------------------------------------------------
    def _on_changed(self, ids: list[int]) -> None:
        for item_id in ids:
            row = self._row_of.get(item_id)
            if row is None:
                continue
            self.rows[item_id] = self._row_data(item_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _on_added(self, ids: list[int]) -> None:
        new = [i for i in ids if i not in self._row_of]
        if not new:
            return
        first = len(self.ids)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for item_id in new:
            self._row_of[item_id] = len(self.ids)
            self.ids.append(item_id)
            self.rows[item_id] = self._row_data(item_id)
        self.endInsertRows()

    def _on_removed(self, ids: list[int]) -> None:
        rows = sorted((self._row_of[i] for i in ids if i in self._row_of), reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            item_id = self.ids.pop(row)
            self.rows.pop(item_id, None)
            self.endRemoveRows()
        if rows:
            self._row_of = {item_id: n for n, item_id in enumerate(self.ids)}


class ItemFilterProxy(QSortFilterProxyModel):
    """Filters by category, status, "has errors" and a search text over code, name, sub-name and basis titles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.category = ""
        self.status = ""
        self.errors_only = False
        self.needs_action_only = False
        self.local_new_only = False
        self.search = ""

    def set_filters(self, *, category: str | None = None, status: str | None = None,
                    errors_only: bool | None = None, needs_action_only: bool | None = None,
                    local_new_only: bool | None = None, search: str | None = None) -> None:
        self.beginFilterChange()
        if category is not None:
            self.category = category
        if status is not None:
            self.status = status
        if errors_only is not None:
            self.errors_only = errors_only
        if needs_action_only is not None:
            self.needs_action_only = needs_action_only
        if local_new_only is not None:
            self.local_new_only = local_new_only
        if search is not None:
            self.search = search.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the source model; the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model: ItemTableModel = self.sourceModel()  # type: ignore[assignment]
        item_id = model.ids[source_row]
        row = model.rows[item_id]
        if self.category and row.category != self.category:
            return False
        if self.status and row.status != self.status:
            return False
        if self.errors_only and not row.errors:
            return False
        if self.needs_action_only and not row.needs_action:
            return False
        if self.local_new_only and not model.bench.is_local_new(item_id):
            return False
        return not self.search or self.search in model.bench.search_index.get(item_id, "")

    def id_at(self, proxy_row: int) -> int:
        return self.data(self.index(proxy_row, 0), ITEM_ROLE)


class RecycleBinModel(HeaderedTableModel):
    """Items in the recycle bin (deleted, restorable)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ItemSummary] = []
        self.headers = [self.tr("事项编码"), self.tr("事项名称"), self.tr("子项名称"), self.tr("删除时间")]

    def reset(self, items: list[ItemSummary]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.code, item.name, item.sub_name, item.updated_at.replace("T", " "))[index.column()]
        if role == ITEM_ROLE:
            return item.id
        return None
