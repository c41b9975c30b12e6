"""Submission rounds: the office's opinions per round, what is still open, the change deadline, holidays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
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

from qlist_desktop.domain.fields import QT_TRANSLATE_NOOP
from qlist_desktop.domain.holiday_arrangements import HolidayFileError
from qlist_desktop.services.feedback_sheet import FeedbackError
from qlist_desktop.services.holidays import (
    LoadedArrangements,
    change_calendar,
    get_calendar,
    load_arrangements,
    own_changes,
)
from qlist_desktop.services.reviews import ReviewImport, change_deadline, import_review, rounds_overview
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.i18n import translated

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literals

COLUMNS = (
    QT_TRANSLATE_NOOP("RoundsDialog", "批次"), QT_TRANSLATE_NOOP("RoundsDialog", "报送时间"),
    QT_TRANSLATE_NOOP("RoundsDialog", "报送事项"), QT_TRANSLATE_NOOP("RoundsDialog", "审核意见"),
    "保留", "调整", "废止", "剔除", "备案", "修改后再报", QT_TRANSLATE_NOOP("RoundsDialog", "待处理"),
)  # the conclusions are the review_conclusion vocabulary's terms: data, shown as they are


def describe_import(report: ReviewImport) -> str:
    lines = [translate("RoundsDialog", "第{0}次报送的审核意见：新增 {1} 条，更新 {2} 条，未变 {3} 条。").format(
        report.round, report.created, report.updated, report.unchanged)]
    if report.by_conclusion:
        counts = "，".join(f"{k} {v}" for k, v in report.by_conclusion.items())
        lines.append(translate("RoundsDialog", "审核结论：") + counts)
    if report.not_reviewed:
        lines.append(translate("RoundsDialog", "未填写审核结论的行：") + "、".join(map(str, report.not_reviewed)))
    unmatched = translate("RoundsDialog", "第{0}行未能对应：{1}")
    lines += [unmatched.format(row["row"], row["reason"]) for row in report.unmatched]
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
        self.table.setHorizontalHeaderLabels([translated("RoundsDialog", c) for c in COLUMNS])
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
        load = QPushButton(self.tr("载入节假日安排文件…"))
        load.clicked.connect(self.choose_and_load_holidays)
        self.known_years = QLabel()
        self.known_years.setWordWrap(True)
        calendar_box = QGroupBox(self.tr("节假日与调休（计算 20 个工作日期限）"))
        row = QHBoxLayout()
        for widget in (self.holiday_date, add_holiday, add_workday, remove):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(load)
        box_layout = QVBoxLayout(calendar_box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.known_years)
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
        calendar, own = get_calendar(self.workspace), own_changes(self.workspace)
        known = [self.tr("{0}年").format(y) for y in sorted(calendar.known_years)]
        years = self.tr("、").join(known) or self.tr("（无）")
        self.known_years.setText(self.tr("已知节假日安排：{years}；其他年份按周一至周五计算。").format(years=years))
        self.holidays.clear()
        for day in sorted(calendar.holidays | calendar.makeup_workdays):
            kind = self.tr("节假日") if day in calendar.holidays else self.tr("调休上班")
            mine = day in own.holidays or day in own.makeup_workdays
            source = self.tr("本工作区添加") if mine else self.tr("国务院安排")
            self.holidays.addItem(f"{day.isoformat()}  {kind}  （{source}）")
        this_year = self.holidays.findItems(str(date.today().year), Qt.MatchFlag.MatchStartsWith)
        if this_year:
            self.holidays.scrollToItem(this_year[0], QListWidget.ScrollHint.PositionAtTop)

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
        if holiday:
            change_calendar(self.workspace, add={day})
        else:
            change_calendar(self.workspace, workday={day})
        self.refresh()

    def _remove_selected(self) -> None:
        chosen = {date.fromisoformat(item.text().split()[0]) for item in self.holidays.selectedItems()}
        change_calendar(self.workspace, remove=chosen)
        self.refresh()

    def choose_and_load_holidays(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择节假日安排文件"), "", self.tr("JSON 文件 (*.json)"))
        if path:
            self.load_holidays(Path(path))

    def load_holidays(self, path: Path) -> LoadedArrangements | None:
        """Load a yearly holiday file after checking it; a refused file changes nothing and says why."""
        try:
            loaded = load_arrangements(self.workspace, path)
        except HolidayFileError as exc:
            self._say(self.tr("无法载入：") + str(exc), "finding-error")
            return None
        self.refresh()
        self._say(self.tr("已载入 {years} 年的节假日安排。").format(years="、".join(map(str, loaded.years))), "hint")
        return loaded
