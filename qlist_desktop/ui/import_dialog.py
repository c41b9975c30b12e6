"""The import dialog: preview what an Excel import will create, update and skip, then import on confirm.

Reading and writing run on a worker thread (a large workbook takes seconds); the dialog shows progress.
The menu entry that opens it belongs to the main window: `ImportDialog(ws, paths, parent).open()`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.duties import PART_LABELS
from qlist_desktop.fonts import SANS_FAMILIES
from qlist_desktop.importing import (
    CREATE,
    UNCHANGED,
    UPDATE,
    ImportFileError,
    ImportPlan,
)
from qlist_desktop.importing.plan import by_category
from qlist_desktop.services.imports import ImportOutcome, apply_plan, plan_import
from qlist_desktop.services.settings import get_department
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.background import BackgroundJob

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literals



class ImportDialog(QDialog):
    """Preview and import. Signals `planned(ImportPlan)`, then `imported(ImportOutcome)` or `import_failed(str)`."""

    planned = Signal(object)
    imported = Signal(object)
    import_failed = Signal(str)

    def __init__(self, workspace: Workspace, paths: list[Path | str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.paths = [Path(p) for p in paths]
        self.plan: ImportPlan | None = None
        self.outcome: ImportOutcome | None = None
        self._worker: BackgroundJob | None = None
        self.setWindowTitle(self.tr("从 Excel 导入事项"))
        self.resize(860, 600)
        font = QFont()
        font.setFamilies(list(SANS_FAMILIES))
        self.setFont(font)

        self.summary_label = QLabel(self.tr("正在读取 {n} 个文件……").format(n=len(self.paths)), self)
        self.summary_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)
        self.tabs = QTabWidget(self)
        self.items_tree = self._tree([self.tr("文件 / 工作表 / 事项"), self.tr("处理"), self.tr("行"), self.tr("说明")])
        self.skipped_tree = self._tree([self.tr("文件 / 工作表"), self.tr("行"), self.tr("跳过原因")])
        self.warnings_tree = self._tree([self.tr("文件 / 工作表"), self.tr("提醒")])
        self.tabs.addTab(self.items_tree, self.tr("事项"))
        self.tabs.addTab(self.skipped_tree, self.tr("跳过的行"))
        self.tabs.addTab(self.warnings_tree, self.tr("提醒"))
        self.updates_check = QCheckBox(self.tr("同时更新已有事项中与文件不同的内容"), self)
        self.updates_check.setChecked(True)
        self.complete_check = QCheckBox(self.tr("导入后补全事项编码和流程图（先预览，可撤销）"), self)
        self.complete_check.setChecked(True)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.import_button: QPushButton = self.buttons.addButton(self.tr("导入"), role.AcceptRole)
        self.cancel_button: QPushButton = self.buttons.addButton(self.tr("取消"), role.RejectRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.updates_check)
        layout.addWidget(self.complete_check)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        tree.setColumnWidth(0, 380)
        tree.setUniformRowHeights(True)
        return tree

    # -- running -----------------------------------------------------------------------------------------
    def open(self) -> None:
        super().open()
        if self.plan is None and self._worker is None:
            self._run(lambda progress: plan_import(self.ws, self.paths, progress), self._on_planned)

    def _run(self, job: Callable[[Callable[[int, int, str], None]], object], done: Callable[[Any], None]) -> None:
        failed = translate("ImportDialog", "出现意外错误（{0}：{1}），未导入任何内容，工作区未改动。")
        self._worker = BackgroundJob(job, (ImportFileError,), failed)
        self._worker.progress.connect(self._on_progress)
        self._worker.succeeded.connect(done)
        self._worker.failed.connect(self._on_failure)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setFormat("%p%")
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self._worker.start(self)

    def _finish_thread(self) -> None:
        if self._worker is not None:
            self._worker.finish()
        self._worker = None
        self.cancel_button.setEnabled(True)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(message)

    @Slot(object)
    def _on_planned(self, plan: ImportPlan) -> None:
        self._finish_thread()
        self.plan = plan
        self._show_plan(plan)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("预览完成，尚未导入"))
        work = not plan.errors and (any(c.action != UNCHANGED for c in plan.changes)
                                    or any(f.duty_sheets for f in plan.files))
        self.import_button.setEnabled(work)
        ready, nothing = self.tr("预览完成：确认无误后点“导入”。"), self.tr("没有需要导入的内容。")
        self.status_label.setText(ready if work else nothing)
        self.planned.emit(plan)

    @Slot()
    def start_import(self) -> None:
        if self.plan is None or self._worker is not None:
            return
        plan, updates = self.plan, self.updates_check.isChecked()
        self.status_label.setText(self.tr("正在导入……"))
        self._run(lambda progress: apply_plan(self.ws, plan, apply_updates=updates, progress=progress),
                  self._on_imported)

    @Slot(object)
    def _on_imported(self, outcome: ImportOutcome) -> None:
        self._finish_thread()
        self.outcome = outcome
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.status_label.setText(self.tr("已导入：新建 {c} 项，更新 {u} 项。").format(
            c=len(outcome.created_ids), u=len(outcome.updated_ids)))
        self.imported.emit(outcome)
        self.accept()

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self._finish_thread()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status_label.setText(message)
        self.import_button.setEnabled(False)
        self.import_failed.emit(message)

    # -- preview -------------------------------------------------------------------------------------------
    def _show_plan(self, plan: ImportPlan) -> None:
        counts = plan.counts()
        skipped = sum(s.skipped_row_count() for f in plan.files for s in f.sheets)
        warnings = sum(len(s.warnings) for f in plan.files for s in f.sheets)
        text = self.tr("共 {n} 个事项：新建 {c} 项，更新 {u} 项，无变化 {k} 项；跳过 {s} 行；{w} 条提醒。").format(
            n=len(plan.changes), c=counts[CREATE], u=counts[UPDATE], k=counts[UNCHANGED], s=skipped, w=warnings)
        if counts[CREATE]:
            text += "\n" + self.tr(
                "新建的事项状态为“草稿”：补全、检查后，可在导出时将无错误的草稿标为“待审核”一并报送。")
        others = self._other_bodies(plan)
        if others:
            text += "\n" + self.tr(
                "注意：文件中的行使主体“{bodies}”与本工作区的部门“{dept}”不同，请确认导入的是本部门的清单。").format(
                bodies="、".join(others[:3]) + ("等" if len(others) > 3 else ""), dept=get_department(self.ws).name)
        if plan.errors:
            text = self.tr("以下文件无法导入，请处理后重试（未导入任何内容）：") + "\n" + "\n".join(plan.errors)
            self.summary_label.setStyleSheet("color: #b00020;")
        self.summary_label.setText(text)
        actions = {CREATE: self.tr("新建"), UPDATE: self.tr("更新"), UNCHANGED: self.tr("无变化")}
        by_item = {id(c.parsed): c for c in plan.changes}
        for result in plan.files:
            file_node = QTreeWidgetItem(self.items_tree, [result.path.name, "", "", result.error or self._categories(
                result.items)])
            skip_file = QTreeWidgetItem(self.skipped_tree, [result.path.name])
            warn_file = QTreeWidgetItem(self.warnings_tree, [result.path.name])
            for sheet in result.sheets:
                sheet_node = QTreeWidgetItem(file_node, [sheet.name, "", "", self.tr("{n} 个事项：{c}").format(
                    n=len(sheet.items), c=self._categories(sheet.items))])
                for parsed in sheet.items:
                    change = by_item[id(parsed)]
                    note = "、".join(change.changed_fields()) if change.action == UPDATE else parsed.item.category
                    rows = str(parsed.row) + (f"–{parsed.merged_rows[-1]}" if parsed.merged_rows else "")
                    QTreeWidgetItem(sheet_node, [parsed.item.full_name, actions[change.action], rows, note])
                if sheet.skipped:
                    skip_sheet = QTreeWidgetItem(skip_file, [sheet.name])
                    for s in sheet.skipped:
                        span = str(s.first_row) if s.first_row == s.last_row else f"{s.first_row}–{s.last_row}"
                        QTreeWidgetItem(skip_sheet, ["", span, s.reason])
                for w in sheet.warnings:
                    QTreeWidgetItem(warn_file, [sheet.name, w])
            for part_sheet in result.duty_sheets:  # 责任清单 parts, merged by name into the workspace's list
                QTreeWidgetItem(file_node, [part_sheet.sheet, "", "", self.tr("责任清单：{part} {n} 项").format(
                    part=PART_LABELS[part_sheet.part], n=len(part_sheet.entries))])
                for reason in part_sheet.errors:
                    QTreeWidgetItem(warn_file, [part_sheet.sheet, reason])
            file_node.setExpanded(True)
            skip_file.setExpanded(True)
            warn_file.setExpanded(True)
        self.items_tree.resizeColumnToContents(1)
        self.warnings_tree.setColumnWidth(0, 200)
        self.warnings_tree.setWordWrap(True)
        self.tabs.setTabText(1, self.tr("跳过的行（{n}）").format(n=skipped))
        self.tabs.setTabText(2, self.tr("提醒（{n}）").format(n=warnings))
        self.items_tree.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)

    def _other_bodies(self, plan: ImportPlan) -> list[str]:
        """The exercising bodies the file names that are not this workspace's department."""
        department = get_department(self.ws).name.strip()
        if not department:
            return []
        bodies = {c.parsed.item.exercising_body.strip().splitlines()[0] for c in plan.changes
                  if c.action == CREATE and c.parsed.item.exercising_body.strip()}
        return sorted(b for b in bodies if b not in department and department not in b)

    @staticmethod
    def _categories(items: list) -> str:
        return "、".join(f"{k} {v}" for k, v in by_category(items).items())

    def reject(self) -> None:
        if self._worker is None:  # never leave a running write behind
            super().reject()
