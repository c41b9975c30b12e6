"""The 发布 dialog (公开运行): choose the folder and the site's address, publish with progress, open the site.

Publishing runs on a worker thread through `publish.run.publish`; only public items are published.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.fonts import FontMissing
from qlist_desktop.publish.cards import CARD_SIZES
from qlist_desktop.publish.run import PublishError, PublishOptions, PublishResult, publish
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.background import BackgroundJob, Progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublishDialog", text)


class PublishDialog(QDialog):
    """Signals `published(PublishResult)` or `publish_failed(str)` when the work ends."""

    published = Signal(object)
    publish_failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.outcome: PublishResult | None = None
        self._worker: BackgroundJob | None = None
        self.setWindowTitle(_tr("发布公开版（网站、单项版、专题版、实用版）"))
        self.resize(720, 360)
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("只发布“是否公开”为“是”的事项；不宜公开的事项不会出现在任何文件中。"
                           "发布的文件夹可直接交给网站管理部门上传，也可在本机用浏览器打开。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(_tr("新的空文件夹，或之前发布的文件夹（将被替换）"))
        self.target_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(_tr("选择文件夹…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(browse)
        form.addRow(_tr("发布到："), row)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://www.example.gov.cn/qlist/")
        form.addRow(_tr("网站地址："), self.url_edit)
        self.size_combo = QComboBox()
        for size in CARD_SIZES:
            self.size_combo.addItem(size, size)
        form.addRow(_tr("单项版纸张："), self.size_combo)
        layout.addLayout(form)
        hint = QLabel(_tr("填写网站上线后的地址，单项版上的二维码才能扫码打开事项页面；不填则单项版不印二维码。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        layout.addWidget(self.progress_bar)
        self.status_label = QLabel(_tr("尚未开始。"))
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumHeight(self.status_label.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(_tr("在浏览器中打开"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_site)
        self.publish_button = QPushButton(_tr("开始发布"))
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.start_publish)
        self.close_button = QPushButton(_tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.open_button, self.publish_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def options(self) -> PublishOptions:
        return PublishOptions(base_url=self.url_edit.text().strip(), card_size=str(self.size_combo.currentData()))

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("选择发布文件夹"), self.target_edit.text())
        if folder:
            self.target_edit.setText(folder)

    @Slot()
    def _update_buttons(self) -> None:
        running = self._worker is not None
        self.publish_button.setEnabled(bool(self.target_edit.text().strip()) and not running)
        self.close_button.setEnabled(not running)

    @Slot()
    def start_publish(self) -> None:
        if self._worker is not None:
            return
        url = self.url_edit.text().strip()
        if url and not url.startswith(("http://", "https://")):
            self.status_label.setText(_tr("网站地址应以 http:// 或 https:// 开头。"))
            return
        target, options = Path(self.target_edit.text().strip()), self.options()

        def job(progress: Progress) -> object:
            return publish(self.ws, target, options, progress)

        self.outcome = None
        self.open_button.setVisible(False)
        self._worker = BackgroundJob(job, (PublishError, FontMissing),
                                     _tr("出现意外错误（{0}：{1}），未发布，目标文件夹未改动。"))
        self._worker.progress.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self.status_label.setText(_tr("正在发布……"))
        self._worker.start(self)
        self._update_buttons()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(message)

    def _finish_thread(self) -> None:
        if self._worker is not None:
            self._worker.finish()
        self._worker = None
        self._update_buttons()

    @Slot(object)
    def _on_success(self, result: PublishResult) -> None:
        self._finish_thread()
        self.outcome = result
        self.progress_bar.setValue(self.progress_bar.maximum())
        done = _tr("已发布 {0} 个公开事项（{1} 个不宜公开的事项未发布）、{2} 个专题，共 {3} 个文件、{4:.1f} MB：{5}")
        self.status_label.setText(done.format(result.items, result.withheld, result.topics, len(result.files),
                                              result.total_bytes / 1e6, result.path))
        self.open_button.setVisible(True)
        self.published.emit(result)

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self._finish_thread()
        self.progress_bar.setValue(0)
        self.status_label.setText(message)
        self.publish_failed.emit(message)

    @Slot()
    def _open_site(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path / "index.html")))

    def reject(self) -> None:
        if self._worker is None:
            super().reject()
