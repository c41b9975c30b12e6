"""The export dialog: choose a USB stick or folder, read the validation summary, export with progress.

Errors block the export unless a reason is written (it is recorded in the bundle and the workspace).
The export runs on a worker thread; 取消 stops it between steps and leaves nothing behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, QUrl, Signal, Slot
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
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.background import BackgroundJob, Progress

MAX_LISTED_FINDINGS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportWizard", text)


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

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.plan: ExportPlan | None = None
        self.outcome: ExportResult | None = None  # not `result`: that is QDialog.result()
        self._worker: BackgroundJob | None = None
        self._cancel = threading.Event()
        self.setWindowTitle(_tr("导出报送包（四个一）"))
        self.resize(780, 680)
        self._build()
        self.refresh_volumes()
        self.replan()

    # -- layout ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        target_box = QGroupBox(_tr("1. 选择 U 盘或文件夹"))
        form = QFormLayout(target_box)
        self.volume_combo = QComboBox()
        self.volume_combo.currentIndexChanged.connect(self._volume_chosen)
        refresh = QPushButton(_tr("刷新"))
        refresh.clicked.connect(self.refresh_volumes)
        row = QHBoxLayout()
        row.addWidget(self.volume_combo, 1)
        row.addWidget(refresh)
        form.addRow(_tr("U 盘："), row)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(_tr("报送包将写入此文件夹"))
        self.target_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(_tr("选择文件夹…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(browse)
        form.addRow(_tr("目标文件夹："), row)
        self.drafts_check = QCheckBox(_tr("同时报送“草稿”状态的事项"))
        self.drafts_check.toggled.connect(self.replan)
        form.addRow("", self.drafts_check)
        self.template_combo = QComboBox()
        for template in catalog_templates():
            self.template_combo.addItem(template.label, template.name)
        form.addRow(_tr("目录表格式："), self.template_combo)
        layout.addWidget(target_box)

        check_box = QGroupBox(_tr("2. 报送前校验"))
        col = QVBoxLayout(check_box)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        col.addWidget(self.summary_label)
        self.findings_list = QListWidget()
        self.findings_list.setWordWrap(True)
        col.addWidget(self.findings_list, 1)
        self.reason_label = QLabel(
            _tr("存在错误时，须填写仍要报送的理由（记录在报送包封面、manifest.json 和工作区中）："))
        self.reason_label.setWordWrap(True)
        col.addWidget(self.reason_label)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setMaximumHeight(70)
        self.reason_edit.textChanged.connect(self._update_buttons)
        col.addWidget(self.reason_edit)
        layout.addWidget(check_box, 1)

        run_box = QGroupBox(_tr("3. 导出"))
        col = QVBoxLayout(run_box)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        col.addWidget(self.progress_bar)
        self.status_label = QLabel(_tr("尚未开始。"))
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumHeight(self.status_label.fontMetrics().lineSpacing() * 3)
        col.addWidget(self.status_label)
        layout.addWidget(run_box)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(_tr("打开报送包文件夹"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_bundle)
        self.export_button = QPushButton(_tr("开始导出"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(_tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(_tr("关闭"))
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
        self.volume_combo.addItem(_tr("（未检测到 U 盘，请选择文件夹）") if not volumes else _tr("请选择…"), "")
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
        folder = QFileDialog.getExistingDirectory(self, _tr("选择报送包的保存位置"), self.target_edit.text())
        if folder:
            self.target_edit.setText(folder)

    @Slot()
    def replan(self) -> None:
        """Validate what would be sent and show the summary (errors first)."""
        self.plan = plan_export(self.ws, self.options())
        self.summary_label.setText(self.plan.summary_text() + " " + _tr("报送包文件夹名：") + self.plan.folder_name)
        self.findings_list.clear()
        ordered = self.plan.errors + self.plan.warnings
        for finding in ordered[:MAX_LISTED_FINDINGS]:
            mark = _tr("错误") if finding.severity == ERROR else _tr("提醒")
            self.findings_list.addItem(f"[{mark}] {finding.code or _tr('（无编码）')}：{finding.message}")
        if len(ordered) > MAX_LISTED_FINDINGS:
            more = len(ordered) - MAX_LISTED_FINDINGS
            self.findings_list.addItem(_tr("……另有 {0} 条，请在校验视图中查看").format(more))
        has_errors = bool(self.plan.errors)
        self.reason_label.setEnabled(has_errors)
        self.reason_edit.setEnabled(has_errors)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        running = self._worker is not None
        plan = self.plan
        ready = (plan is not None and bool(plan.items) and bool(self.target_edit.text().strip())
                 and (not plan.errors or bool(self.reason_edit.toPlainText().strip())))
        self.export_button.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    # -- running -----------------------------------------------------------------------------------------
    @Slot()
    def start_export(self) -> None:
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
            _tr("出现意外错误（{0}：{1}），未生成报送包，工作区未改动。"),
        )
        self._worker.progress.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self.status_label.setText(_tr("正在导出……"))
        self._worker.start(self)
        self._update_buttons()

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._cancel.set()
            self.status_label.setText(_tr("正在取消……"))

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
        check = _tr("校验通过") if not problems else _tr("校验发现 {0} 个问题").format(len(problems))
        self.progress_bar.setValue(self.progress_bar.maximum())
        fonts = "".join("\n" + _tr("字体：") + font.describe() for font in result.fonts if font.fallback)
        self.status_label.setText(
            _tr("已导出第{0}次报送（{1} 个事项、{2} 个文件，{3}）：{4}").format(
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
