"""补全编码和流程图: what `qlist complete` would change, shown first, then done as one undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.services.completion import (
    CompletionError,
    CompletionPlan,
    apply_completion,
    plan_completion,
    redo_completion,
    undo_completion,
)
from qlist_desktop.ui.workbench import Workbench


class CompleteDialog(QDialog):
    """Preview of the codes and charts a completion makes; 补全 applies it through the workbench."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.plan = CompletionPlan()
        self.setWindowTitle(self.tr("补全编码和流程图"))
        self.resize(900, 560)
        self.codes_check = QCheckBox(self.tr("生成事项编码（按本工作区的编码规则；有效编码不变）"), self)
        self.charts_check = QCheckBox(
            self.tr("按权力类型模板起草流程图（填入事项已有的岗位、时限、投诉渠道和公开信息）"), self)
        for box in (self.codes_check, self.charts_check):
            box.setChecked(True)
            box.toggled.connect(self.replan)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("事项"), self.tr("原编码"), self.tr("新编码"), self.tr("原因")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.apply_button = QPushButton(self.tr("补全"), self)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.codes_check)
        layout.addWidget(self.charts_check)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.replan()

    def replan(self) -> None:
        try:
            self.plan = plan_completion(self.bench.ws, codes=self.codes_check.isChecked(),
                                        charts=self.charts_check.isChecked())
        except CompletionError as exc:
            self.plan = CompletionPlan()
            self.summary.setText(str(exc))
            self.summary.setStyleSheet("color: #b00020;")
            self.table.setRowCount(0)
            self.apply_button.setEnabled(False)
            return
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("将生成 {c} 个事项编码、起草 {f} 张流程图。").format(
                c=len(self.plan.codes), f=len(self.plan.charts))
            + ("" if self.plan else self.tr("没有需要补全的内容。"))
            + (self.tr("可用 Ctrl+Z 撤销。") if self.plan else "")
        )
        self.table.setRowCount(len(self.plan.codes))
        for row, a in enumerate(self.plan.codes):
            cells = (self.plan.names.get(a.item_id, ""), a.old or self.tr("（空）"), a.new, a.reason)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.apply_button.setEnabled(bool(self.plan))

    def apply(self) -> None:
        """Write the completion in one transaction; undo gives the old codes back and removes the drafted charts."""
        if not self.plan:
            return
        ws, plan = self.bench.ws, self.plan
        outcome = apply_completion(ws, plan, source="desktop")
        text = self.tr("补全 {c} 个编码、{f} 张流程图").format(c=len(plan.codes), f=len(plan.charts))
        self.bench.push_done(text, outcome.changes, lambda: undo_completion(ws, outcome),
                             lambda: redo_completion(ws, plan))
        self.accept()
