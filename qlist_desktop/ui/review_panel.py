"""The review office's opinions on one item, and the liaison's response (a tab of the item editor)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.fields import QT_TRANSLATE_NOOP
from qlist_desktop.services.reviews import RESPONSE_KINDS, WITHDRAWN, Opinion, opinions, respond, set_change_reason
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.i18n import domain_tr, translated

COLUMNS = (QT_TRANSLATE_NOOP("ReviewPanel", "批次"), QT_TRANSLATE_NOOP("ReviewPanel", "审核结论"),
           QT_TRANSLATE_NOOP("ReviewPanel", "审核意见"), QT_TRANSLATE_NOOP("ReviewPanel", "审核人"),
           QT_TRANSLATE_NOOP("ReviewPanel", "审核日期"), QT_TRANSLATE_NOOP("ReviewPanel", "回复"))


class ReviewPanel(QWidget):
    """Opinions per round for one item; answer the newest one, or give a reason for a change."""

    changed = Signal()

    def __init__(self, workspace: Workspace, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.item_id = item_id
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translated("ReviewPanel", c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.kind = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("写明已作的修改或不修改的理由"))
        self.text.setMaximumHeight(80)
        self.submit = QPushButton(self.tr("提交回复"))
        self.submit.clicked.connect(self._submit)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("回复方式：")))
        row.addWidget(self.kind, 1)
        row.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.refresh()

    def refresh(self) -> None:
        found = opinions(self.workspace, self.item_id)
        self.table.setRowCount(len(found))
        for r, op in enumerate(found):
            values = (f"第{op.round}次", op.conclusion, op.comment, op.reviewer, op.review_date, op.response)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        self.table.resizeRowsToContents()
        self._fill_kinds(found[-1] if found else None)

    def _fill_kinds(self, newest: Opinion | None) -> None:
        self.kind.clear()
        if newest is None:
            self.status.setText(self.tr("该事项尚无审核意见。修改已报送的事项时，可在此填写变更理由（写入变更说明）。"))
            self.kind.addItem(self.tr("变更理由"), "reason")
            return
        if newest.needs_action:
            text = self.tr("第{0}次报送的审核结论为“{1}”，待回复。")
            self.status.setText(text.format(newest.round, newest.conclusion))
            self.status.setProperty("role", "finding-error")
        else:
            self.status.setText(self.tr("最新审核结论：{0}。").format(newest.conclusion))
            self.status.setProperty("role", "hint")
        self.status.style().polish(self.status)
        kinds = ["accepted", "reinstated"] if newest.conclusion in WITHDRAWN else ["changed", "explained"]
        for kind in [*kinds, "reason"]:
            label = domain_tr(RESPONSE_KINDS[kind]) if kind in RESPONSE_KINDS else self.tr("变更理由")
            self.kind.addItem(label, kind)

    def _submit(self) -> None:
        kind = self.kind.currentData()
        text = self.text.toPlainText().strip()
        try:
            if kind == "reason":
                if not text:
                    raise ValueError(self.tr("请写明变更理由"))
                set_change_reason(self.workspace, self.item_id, text)
            else:
                respond(self.workspace, self.item_id, kind, text)
        except ValueError as exc:
            self.status.setText(str(exc))
            self.status.setProperty("role", "finding-error")
            self.status.style().polish(self.status)
            return
        self.text.clear()
        self.refresh()
        self.status.setText(self.tr("已保存回复。"))
        self.changed.emit()
