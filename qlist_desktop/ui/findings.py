"""Validation findings as a list: the current item's in the editor, the blocking ones on the dashboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from qlist_desktop.domain.catalog_rules import RULE_ASPECT
from qlist_desktop.domain.rules import ERROR, Finding
from qlist_desktop.ui.i18n import field_label
from qlist_desktop.ui.style import SEVERITY_COLORS
from qlist_desktop.ui.table_model import HeaderedTableModel, Index

COL_SEVERITY, COL_CODE, COL_FIELD, COL_MESSAGE = range(4)
FINDING_ROLE = Qt.ItemDataRole.UserRole


class FindingsModel(HeaderedTableModel):
    """Findings with severity, item (code and name), field and message."""

    def __init__(self, parent: QObject | None = None, names: Callable[[int], str] | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.names = names  # item id → 事项名称（子项）: uncoded items are told apart by their names
        self.headers = [self.tr("级别"), self.tr("事项"), self.tr("字段"), self.tr("问题")]

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self.findings:
            return
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.findings)

    def item_text(self, finding: Finding) -> str:
        code = finding.code or self.tr("（无编码）")
        name = self.names(finding.item_id) if self.names and finding.item_id is not None else ""
        return f"{code} {name}".strip()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEVERITY:
                return self.tr("错误") if finding.severity == ERROR else self.tr("警告")
            if col == COL_CODE:
                return self.item_text(finding)
            if col == COL_FIELD:
                return field_label(finding.field)
            return finding.message
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SEVERITY:
            return SEVERITY_COLORS.get(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_MESSAGE:
            return finding.message
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CODE:
            return self.item_text(finding)
        if role == FINDING_ROLE:
            return finding
        return None


class FindingsPanel(QWidget):
    """A findings table; activating an entry asks to jump to its item and field. A 三级四同 finding can ask
    for its field to be restored from the catalog."""

    jumpRequested = Signal(int, str)  # item id, field name
    restoreRequested = Signal(int, str)  # item id, conformity aspect (name, code, category, basis)

    def __init__(self, parent: QWidget | None = None, *, show_code: bool = True,
                 names: Callable[[int], str] | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self, names)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(COL_SEVERITY, 48)
        self.view.setColumnWidth(COL_CODE, 260)
        self.view.setColumnWidth(COL_FIELD, 110)
        self.view.setColumnHidden(COL_CODE, not show_code)
        self.restore_button = QPushButton(self.tr("按上级目录恢复"), self)
        self.restore_button.setToolTip(self.tr("将所选问题涉及的字段恢复为上级目录中的内容（可撤销）"))
        self.restore_button.clicked.connect(self._restore)
        self.restore_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.view.activated.connect(self._jump)
        self.view.doubleClicked.connect(self._jump)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_restore())

    def set_findings(self, findings: list[Finding]) -> None:
        self.model.set_findings(findings)
        self._update_restore()

    def selected_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        return self.model.data(index, FINDING_ROLE) if index.isValid() else None

    def _update_restore(self) -> None:
        finding = self.selected_finding()
        self.restore_button.setVisible(finding is not None and finding.rule in RULE_ASPECT)

    def _restore(self) -> None:
        finding = self.selected_finding()
        if finding is not None and finding.item_id is not None and finding.rule in RULE_ASPECT:
            self.restoreRequested.emit(finding.item_id, RULE_ASPECT[finding.rule])

    def _jump(self, index: QModelIndex) -> None:
        finding: Finding = self.model.data(index, FINDING_ROLE)
        if finding is not None and finding.item_id is not None:
            self.jumpRequested.emit(finding.item_id, finding.field)
