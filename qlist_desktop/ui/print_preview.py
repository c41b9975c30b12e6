"""Print preview and printing of the catalog, one 登记表 and one flowchart, over the PDFs the export makes.

PySide6-Essentials has no PDF renderer (QtPdf is in PySide6-Addons), so pages are rasterised with
poppler's `pdftoppm` and painted onto the printer page by page, keeping the PDF's proportions. The PDF
is made and rasterised on a worker thread, a few pages at a time, behind a progress dialog: a long
catalog never freezes the window. Pages are painted with smooth scaling, so the table rules stay
visible when the preview fits a whole page into the window.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QWidget

from qlist_desktop.export.preview import (
    PreviewUnavailable,
    catalog_preview_pdf,
    flowchart_preview_pdf,
    registration_preview_pdf,
)
from qlist_desktop.fonts import FontMissing
from qlist_desktop.paths import external_env
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.background import BackgroundJob, Progress

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literals

PRINT_DPI = 150
SCREEN_DPI = 100  # the preview's own copies: averaged down from the print images, so no rule drops out
PAGES_PER_CALL = 4  # pdftoppm is run on a few pages at a time, so progress moves



class RasterError(RuntimeError):
    """The PDF could not be turned into page images, said in a sentence."""


def rasterise(pdf: Path, dpi: int = PRINT_DPI, *, gray: bool = False,
              progress: Callable[[int, int], None] | None = None) -> list[QImage]:
    """One image per page of `pdf` (grey for black-and-white documents: a quarter of the memory)."""
    exe = shutil.which("pdftoppm")
    if not exe:
        raise RasterError(translate("PrintPreview", "打印预览需要 poppler 的 pdftoppm 程序，请安装 poppler-utils；"
                              "也可直接用 PDF 阅读器打开报送包中的 PDF 打印。"))
    count = len(PdfReader(pdf).pages)
    images: list[QImage] = []
    with tempfile.TemporaryDirectory(prefix="qlist-print-") as tmp:
        for first in range(1, count + 1, PAGES_PER_CALL):
            last = min(first + PAGES_PER_CALL - 1, count)
            prefix = Path(tmp) / f"p{first}"
            args = [exe, "-png", "-r", str(dpi), "-f", str(first), "-l", str(last), *(["-gray"] if gray else [])]
            try:
                subprocess.run([*args, str(pdf), str(prefix)], check=True, capture_output=True, timeout=300,
                               env=external_env())
            except (OSError, subprocess.SubprocessError) as exc:
                raise RasterError(translate("PrintPreview", "无法生成打印页面：") + str(exc)) from None
            made = sorted(Path(tmp).glob(f"p{first}-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
            images += [QImage(str(p)) for p in made]
            if progress:
                progress(last, count)
    return images


def paint_pages(printer: QPrinter, pages: list[QImage]) -> None:
    """Paint page images onto the printer, each fitted to the printable area, centred, smoothly scaled."""
    painter = QPainter(printer)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    try:
        for n, image in enumerate(pages):
            if n:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (area.width() - size.width()) // 2
            y = (area.height() - size.height()) // 2
            painter.drawImage(QRect(x, y, size.width(), size.height()), image)
    finally:
        painter.end()


class PdfPrintPreview(QPrintPreviewDialog):
    """A print preview of page images of an exported PDF; the orientation follows the first page.

    Qt scales a previewed page by sampling (a thin table rule falls between samples and vanishes), so the
    preview shows copies averaged down to about screen resolution; printing uses the full images.
    """

    def __init__(self, pdf: Path, pages: list[QImage], title: str, parent: QWidget | None = None) -> None:
        # The dialog does not own its printer: keep it alive as long as the dialog.
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        landscape = bool(pages) and pages[0].width() > pages[0].height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        super().__init__(printer, parent)
        self._printer, self.pdf, self.pages = printer, pdf, pages
        self._screen_pages: list[QImage] = []
        self.setWindowTitle(title)
        self.paintRequested.connect(self._paint)

    def screen_pages(self) -> list[QImage]:
        if not self._screen_pages:
            factor = SCREEN_DPI / PRINT_DPI
            self._screen_pages = [image.scaled(round(image.width() * factor), round(image.height() * factor),
                                               Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation) for image in self.pages]
        return self._screen_pages

    def _paint(self, printer: QPrinter) -> None:
        previewing = printer.paintEngine().type() == QPaintEngine.Type.Picture
        paint_pages(printer, self.screen_pages() if previewing else self.pages)


class PreviewLoader(QProgressDialog):
    """Makes a document's PDF and its page images on a worker thread, then opens the print preview.

    Emits `ready(PdfPrintPreview)` (already opened) or `failed(str)` with a sentence for the liaison.
    """

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, make_pdf: Callable[[], Path], title: str, parent: QWidget | None = None, *,
                 gray: bool = True) -> None:
        super().__init__(translate("PrintPreview", "正在生成打印页面……"), translate("PrintPreview", "取消"), 0, 0,
                         parent)
        self.setWindowTitle(title)
        self.setMinimumDuration(300)
        self.setAutoReset(False)
        self.preview: PdfPrintPreview | None = None
        self._title, self._cancelled = title, False
        self.canceled.connect(self._cancel)

        def job(progress: Progress) -> object:
            progress(0, 0, translate("PrintPreview", "正在生成 PDF……"))
            pdf = make_pdf()

            def pages(done: int, total: int) -> None:
                if self._cancelled:
                    raise RasterError(translate("PrintPreview", "已取消打印预览。"))
                progress(done, total, translate("PrintPreview", "正在生成打印页面（{0}/{1}）……").format(done, total))

            return pdf, rasterise(pdf, gray=gray, progress=pages)

        self._job = BackgroundJob(job, (RasterError, PreviewUnavailable, FontMissing, OSError),
                                  translate("PrintPreview", "无法打印预览（{0}：{1}）"))
        self._job.progress.connect(self._on_progress)
        self._job.succeeded.connect(self._on_ready)
        self._job.failed.connect(self._on_failed)
        self._job.start(self)

    @Slot()
    def _cancel(self) -> None:
        self._cancelled = True

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.setMaximum(total)
        self.setValue(done)
        self.setLabelText(message)

    @Slot(object)
    def _on_ready(self, result: tuple[Path, list[QImage]]) -> None:
        self._job.finish()
        self.reset()
        self.hide()
        if self._cancelled:
            return
        pdf, pages = result
        self.preview = PdfPrintPreview(pdf, pages, self._title, self.parentWidget())
        self.preview.open()
        self.ready.emit(self.preview)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._job.finish()
        self.reset()
        self.hide()
        if not self._cancelled:
            self.failed.emit(message)


def catalog_preview(ws: Workspace, parent: QWidget | None = None) -> PreviewLoader:
    return PreviewLoader(lambda: catalog_preview_pdf(ws), translate("PrintPreview", "打印预览：行政权力目录表"), parent)


def registration_preview(ws: Workspace, item_id: int, parent: QWidget | None = None) -> PreviewLoader:
    title = translate("PrintPreview", "打印预览：行政权力清理汇总登记表")
    return PreviewLoader(lambda: registration_preview_pdf(ws, item_id), title, parent)


def flowchart_preview(ws: Workspace, item_id: int, parent: QWidget | None = None) -> PreviewLoader:
    """Fails with a sentence (`failed`) when the item has no chart."""
    title = translate("PrintPreview", "打印预览：行政权力运行流程图")
    return PreviewLoader(lambda: flowchart_preview_pdf(ws, item_id), title, parent, gray=False)
