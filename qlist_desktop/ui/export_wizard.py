"""The export dialog: choose a USB stick or folder, read the validation summary, export with progress.

Errors block the export unless a reason is written (it is recorded in the bundle and the workspace).
The export runs on a worker thread; 取消 stops it between steps and leaves nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.rules import ERROR
from qlist_desktop.export.bundle import ExportOptions, ExportPlan, ExportResult, export_bundle, plan_export
from qlist_desktop.export.manifest import verify_bundle
from qlist_desktop.export.safe_write import ExportError
from qlist_desktop.export.templates import CATALOG_PREFIX, TemplateError, catalog_templates
from qlist_desktop.fonts import FontMissing
from qlist_desktop.services.bulk_edit import set_many
from qlist_desktop.services.submissions import READY, ready_drafts
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.background import BackgroundJob, Progress

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literals

MAX_LISTED_FINDINGS = 200



def removable_volumes() -> list[tuple[str, str]]:
    """(label, root path) of mounted volumes that look like USB sticks or other removable disks."""
    volumes = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        removable = root.startswith(("/media/", "/run/media/", "/mnt/", "/Volumes/")) or (
            len(root) <= 3 and root[:1].upper() not in ("C", "/")
        )
        if removable:
            free = volume.bytesAvailable() / 1024**3
            name = volume.displayName() or root
            volumes.append((f"{name}（{root}，可用 {free:.1f} GB）", root))
    return volumes


class ExportWizard(QDialog):
    """The 四个一 export dialog. Signals `exported(ExportResult)` or `export_failed(str)` when the work ends."""

    exported = Signal(object)
    export_failed = Signal(str)
    jumpRequested = Signal(int, str)  # item id, field: a finding was double-clicked

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 mark_ready: Callable[[list[int]], None] | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.ready_drafts: list[int] = []
        # How drafts become 待审核: in the main window one undoable edit on the workbench.
        self._mark_ready = mark_ready or self._mark_in_workspace
        self.plan: ExportPlan | None = None
        self.outcome: ExportResult | None = None  # not `result`: that is QDialog.result()
        self._worker: BackgroundJob | None = None
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("导出报送包（四个一）"))
        self.resize(780, 680)
        self._build()
        self.refresh_volumes()
        self.replan()

    # -- layout ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        target_box = QGroupBox(self.tr("1. 选择 U 盘或文件夹"))
        form = QFormLayout(target_box)
        self.volume_combo = QComboBox()
        self.volume_combo.currentIndexChanged.connect(self._volume_chosen)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh_volumes)
        row = QHBoxLayout()
        row.addWidget(self.volume_combo, 1)
        row.addWidget(refresh)
        form.addRow(self.tr("U 盘："), row)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("报送包将写入此文件夹"))
        self.target_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("选择文件夹…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("目标文件夹："), row)
        self.drafts_check = QCheckBox(self.tr("同时报送“草稿”状态的事项"))
        self.drafts_check.toggled.connect(self.replan)
        form.addRow("", self.drafts_check)
        self.template_combo = QComboBox()
        for template in catalog_templates():
            self.template_combo.addItem(template.label, template.name)
        form.addRow(self.tr("目录表格式："), self.template_combo)
        self.drafts_label = QLabel()
        self.drafts_label.setWordWrap(True)
        self.mark_button = QPushButton(self.tr("将无错误的草稿标为“待审核”"))
        self.mark_button.clicked.connect(self._mark_drafts)
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(self.drafts_label, 1)
        drafts_row.addWidget(self.mark_button)
        form.addRow("", drafts_row)
        layout.addWidget(target_box)

        check_box = QGroupBox(self.tr("2. 报送前校验"))
        col = QVBoxLayout(check_box)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        col.addWidget(self.summary_label)
        self.findings_list = QListWidget()
        self.findings_list.setWordWrap(True)
        self.findings_list.setToolTip(self.tr("双击跳转到该事项的字段"))
        self.findings_list.itemDoubleClicked.connect(self._jump)
        col.addWidget(self.findings_list, 1)
        self.reason_label = QLabel(
            self.tr("存在错误时，须填写仍要报送的理由（记录在报送包封面、manifest.json 和工作区中）："))
        self.reason_label.setWordWrap(True)
        col.addWidget(self.reason_label)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setMaximumHeight(70)
        self.reason_edit.textChanged.connect(self._update_buttons)
        col.addWidget(self.reason_edit)
        layout.addWidget(check_box, 1)

        run_box = QGroupBox(self.tr("3. 导出"))
        col = QVBoxLayout(run_box)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        col.addWidget(self.progress_bar)
        self.status_label = QLabel(self.tr("尚未开始。"))
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumHeight(self.status_label.fontMetrics().lineSpacing() * 3)
        col.addWidget(self.status_label)
        layout.addWidget(run_box)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("打开报送包文件夹"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_bundle)
        self.export_button = QPushButton(self.tr("开始导出"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.open_button, self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    # -- state -------------------------------------------------------------------------------------------
    def options(self) -> ExportOptions:
        return ExportOptions(include_drafts=self.drafts_check.isChecked(),
                             override_reason=self.reason_edit.toPlainText().strip(),
                             catalog_template=str(self.template_combo.currentData() or CATALOG_PREFIX))

    @Slot()
    def refresh_volumes(self) -> None:
        self.volume_combo.blockSignals(True)
        self.volume_combo.clear()
        volumes = removable_volumes()
        self.volume_combo.addItem(self.tr("（未检测到 U 盘，请选择文件夹）") if not volumes else self.tr("请选择…"), "")
        for label, root in volumes:
            self.volume_combo.addItem(label, root)
        self.volume_combo.blockSignals(False)

    @Slot(int)
    def _volume_chosen(self, index: int) -> None:
        root = self.volume_combo.itemData(index)
        if root:
            self.target_edit.setText(root)

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择报送包的保存位置"), self.target_edit.text())
        if folder:
            self.target_edit.setText(folder)

    @Slot()
    def replan(self) -> None:
        """Validate what would be sent and show the summary (errors first)."""
        self.plan = plan_export(self.ws, self.options())
        plan = self.plan
        summary = self.tr("将报送 {0} 个事项（第{1}次报送）；校验发现 {2} 个错误、{3} 个提醒。").format(
            len(plan.items), plan.round, len(plan.errors), len(plan.warnings))
        if plan.drafts_left_out:
            summary += self.tr("另有 {0} 个草稿事项未纳入（可选择“包含草稿”）。").format(plan.drafts_left_out)
        self.summary_label.setText(summary + " " + self.tr("报送包文件夹名：") + plan.folder_name)
        self.findings_list.clear()
        ordered = self.plan.errors + self.plan.warnings
        names = {i.key: i.full_name for i in self.plan.items}
        for finding in ordered[:MAX_LISTED_FINDINGS]:
            mark = self.tr("错误") if finding.severity == ERROR else self.tr("提醒")
            name = names.get(finding.item_id or 0, "")
            code = finding.code or self.tr("（无编码）")
            entry = QListWidgetItem(f"[{mark}] {code} {name}：{finding.message}")
            entry.setData(Qt.ItemDataRole.UserRole, (finding.item_id, finding.field))
            self.findings_list.addItem(entry)
        if len(ordered) > MAX_LISTED_FINDINGS:
            more = len(ordered) - MAX_LISTED_FINDINGS
            self.findings_list.addItem(self.tr("……另有 {0} 条，请在校验视图中查看").format(more))
        self._show_drafts()
        has_errors = bool(self.plan.errors)
        self.reason_label.setEnabled(has_errors)
        self.reason_edit.setEnabled(has_errors)
        self._update_buttons()

    def _show_drafts(self) -> None:
        """Drafts are not sent unless asked: say how many, and which of them could go as 待审核."""
        drafts, self.ready_drafts = (0, []) if self.drafts_check.isChecked() else ready_drafts(self.ws)
        if drafts:
            self.drafts_label.setText(self.tr("有 {0} 个“草稿”事项不在本次报送中，其中 {1} 个没有错误。").format(
                drafts, len(self.ready_drafts)))
        self.drafts_label.setVisible(bool(drafts))
        self.mark_button.setVisible(bool(drafts))
        self.mark_button.setEnabled(bool(self.ready_drafts))

    @Slot()
    def _mark_drafts(self) -> None:
        if not self.ready_drafts:
            return
        self._mark_ready(list(self.ready_drafts))
        self.replan()

    def _mark_in_workspace(self, ids: list[int]) -> None:
        set_many(self.ws, {i: {"status": READY} for i in ids}, source="desktop")

    def _jump(self, entry: QListWidgetItem) -> None:
        target = entry.data(Qt.ItemDataRole.UserRole)
        if target and target[0] is not None:
            self.jumpRequested.emit(int(target[0]), str(target[1]))

    @Slot()
    def _update_buttons(self) -> None:
        running = self._worker is not None
        plan = self.plan
        if self.outcome is not None and not running:  # this export is done: the wizard ends here
            self.export_button.setText(self.tr("完成"))
            self.export_button.setEnabled(True)
            self.cancel_button.setEnabled(False)
            self.close_button.setEnabled(True)
            return
        self.export_button.setText(self.tr("开始导出"))
        ready = (plan is not None and bool(plan.items) and bool(self.target_edit.text().strip())
                 and (not plan.errors or bool(self.reason_edit.toPlainText().strip())))
        self.export_button.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    # -- running -----------------------------------------------------------------------------------------
    @Slot()
    def start_export(self) -> None:
        if self.outcome is not None:  # the button says 完成: a second round needs a new start
            self.accept()
            return
        if self._worker is not None or self.plan is None:
            return
        options = self.options()
        self.plan.options = options
        self.outcome = None
        self.open_button.setVisible(False)
        outdir, plan, cancel = Path(self.target_edit.text().strip()), self.plan, threading.Event()
        self._cancel = cancel

        def job(progress: Progress) -> object:
            return export_bundle(self.ws, outdir, options, plan=plan, progress=progress, cancel=cancel.is_set)

        self._worker = BackgroundJob(
            job,
            (ExportError, TemplateError, FontMissing),
            self.tr("出现意外错误（{0}：{1}），未生成报送包，工作区未改动。"),
        )
        self._worker.progress.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self.status_label.setText(self.tr("正在导出……"))
        self._worker.start(self)
        self._update_buttons()

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._cancel.set()
            self.status_label.setText(self.tr("正在取消……"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(message)

    def _finish_thread(self) -> None:
        if self._worker is not None:
            self._worker.finish()
        self._worker = None

    @Slot(object)
    def _on_success(self, result: ExportResult) -> None:
        self._finish_thread()
        self.outcome = result
        problems = verify_bundle(result.path)
        check = self.tr("校验通过") if not problems else self.tr("校验发现 {0} 个问题").format(len(problems))
        self.progress_bar.setValue(self.progress_bar.maximum())
        fonts = "".join("\n" + self.tr("字体：") + font.describe() for font in result.fonts if font.fallback)
        self.status_label.setText(
            self.tr("已导出第{0}次报送（{1} 个事项、{2} 个文件，{3}）：{4}").format(
                result.round, result.items, result.files, check, result.path) + fonts)
        self.open_button.setVisible(True)
        self.replan()
        self.exported.emit(result)

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self._finish_thread()
        self.progress_bar.setValue(0)
        self.status_label.setText(message)
        self._update_buttons()
        self.export_failed.emit(message)

    @Slot()
    def _open_bundle(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path)))

    def reject(self) -> None:
        if self._worker is not None:
            self.cancel()
            return
        super().reject()
