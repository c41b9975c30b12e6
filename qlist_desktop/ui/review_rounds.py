"""Submission rounds: the office's opinions per round, what is still open, the change deadline, holidays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.workdays import WorkCalendar
from qlist_desktop.services.feedback_sheet import FeedbackError
from qlist_desktop.services.reviews import (
    ReviewImport,
    change_deadline,
    get_calendar,
    import_review,
    rounds_overview,
    set_calendar,
)
from qlist_desktop.storage.workspace import Workspace

COLUMNS = ("批次", "报送时间", "报送事项", "审核意见", "保留", "调整", "废止", "剔除", "备案", "修改后再报", "待处理")


def describe_import(report: ReviewImport) -> str:
    lines = [f"第{report.round}次报送的审核意见：新增 {report.created} 条，更新 {report.updated} 条，"
             f"未变 {report.unchanged} 条。"]
    if report.by_conclusion:
        lines.append("审核结论：" + "，".join(f"{k} {v}" for k, v in report.by_conclusion.items()))
    if report.not_reviewed:
        lines.append(f"未填写审核结论的行：{'、'.join(map(str, report.not_reviewed))}")
    lines += [f"第{row['row']}行未能对应：{row['reason']}" for row in report.unmatched]
    return "\n".join(lines)


class RoundsDialog(QDialog):
    """One row per submitted round; import a returned feedback sheet; edit the work calendar."""

    reviews_imported = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("报送批次与审核意见"))
        self.resize(980, 560)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        import_button = QPushButton(self.tr("导入审核意见反馈表…"))
        import_button.clicked.connect(self.choose_and_import)
        self.holidays = QListWidget()
        self.holiday_date = QDateEdit(QDate.currentDate())
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        add_holiday = QPushButton(self.tr("设为节假日"))
        add_holiday.clicked.connect(lambda: self._change_calendar(holiday=True))
        add_workday = QPushButton(self.tr("设为调休上班日"))
        add_workday.clicked.connect(lambda: self._change_calendar(holiday=False))
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(self._remove_selected)
        calendar_box = QGroupBox(self.tr("节假日与调休（计算 20 个工作日期限）"))
        row = QHBoxLayout()
        for widget in (self.holiday_date, add_holiday, add_workday, remove):
            row.addWidget(widget)
        row.addStretch(1)
        box_layout = QVBoxLayout(calendar_box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.holidays)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.deadline, 1)
        top.addWidget(import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 2)
        layout.addWidget(calendar_box, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        rounds = rounds_overview(self.workspace)
        self.table.setRowCount(len(rounds))
        for r, info in enumerate(rounds):
            by = info.by_conclusion
            values = [f"第{info.round}次", info.created_at.replace("T", " "), str(info.items),
                      str(info.opinions), *[str(by.get(c, 0)) for c in COLUMNS[4:10]], str(info.open)]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        deadline = change_deadline(self.workspace)
        self.deadline.setText(deadline.describe() if deadline else self.tr("尚未报送，报送后将在此显示变更说明期限。"))
        calendar = get_calendar(self.workspace)
        self.holidays.clear()
        for day in sorted(calendar.holidays | calendar.makeup_workdays):
            kind = self.tr("节假日") if day in calendar.holidays else self.tr("调休上班")
            self.holidays.addItem(f"{day.isoformat()}  {kind}")

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择审核意见反馈表"), "",
                                              self.tr("Excel 工作簿 (*.xlsx *.xls)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ReviewImport | None:
        """Import one returned sheet and say what happened; a refusal changes nothing."""
        try:
            report = import_review(self.workspace, path)
        except FeedbackError as exc:
            self._say(self.tr("无法导入：") + str(exc), "finding-error")
            return None
        self.refresh()
        self._say(describe_import(report), "hint")
        self.reviews_imported.emit()
        return report

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().polish(self.message)

    def _change_calendar(self, holiday: bool) -> None:
        day = date.fromisoformat(self.holiday_date.date().toString("yyyy-MM-dd"))
        calendar = get_calendar(self.workspace)
        if holiday:
            calendar = WorkCalendar(calendar.holidays | {day}, calendar.makeup_workdays - {day})
        else:
            calendar = WorkCalendar(calendar.holidays - {day}, calendar.makeup_workdays | {day})
        set_calendar(self.workspace, calendar)
        self.refresh()

    def _remove_selected(self) -> None:
        chosen = {date.fromisoformat(item.text().split()[0]) for item in self.holidays.selectedItems()}
        calendar = get_calendar(self.workspace)
        set_calendar(self.workspace, WorkCalendar(calendar.holidays - chosen, calendar.makeup_workdays - chosen))
        self.refresh()
