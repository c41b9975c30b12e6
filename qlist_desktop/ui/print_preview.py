"""Print preview and printing of the catalog, one 登记表 and one flowchart, over the PDFs the export makes.

PySide6-Essentials has no PDF renderer (QtPdf is in PySide6-Addons), so pages are rasterised with
poppler's `pdftoppm` and painted onto the printer page by page, keeping the PDF's proportions.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from qlist_desktop.export.preview import catalog_preview_pdf, flowchart_preview_pdf, registration_preview_pdf
from qlist_desktop.paths import external_env
from qlist_desktop.storage.workspace import Workspace

PRINT_DPI = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPreview", text)


class RasterError(RuntimeError):
    """The PDF could not be turned into page images, said in a sentence."""


def rasterise(pdf: Path, dpi: int = PRINT_DPI) -> list[QImage]:
    """One image per page of `pdf`."""
    exe = shutil.which("pdftoppm")
    if not exe:
        raise RasterError(_tr("打印预览需要 poppler 的 pdftoppm 程序，请安装 poppler-utils；"
                              "也可直接用 PDF 阅读器打开报送包中的 PDF 打印。"))
    with tempfile.TemporaryDirectory(prefix="qlist-print-") as tmp:
        try:
            subprocess.run([exe, "-png", "-r", str(dpi), str(pdf), str(Path(tmp) / "page")], check=True,
                           capture_output=True, timeout=300, env=external_env())
        except (OSError, subprocess.SubprocessError) as exc:
            raise RasterError(_tr("无法生成打印页面：") + str(exc)) from None
        return [QImage(str(p)) for p in sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))]


def paint_pages(printer: QPrinter, pages: list[QImage]) -> None:
    """Paint page images onto the printer, each fitted to the printable area, centred."""
    painter = QPainter(printer)
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
    """A print preview of an exported PDF; the page orientation follows the PDF's first page."""

    def __init__(self, pdf: Path, title: str, parent: QWidget | None = None) -> None:
        pages = rasterise(pdf)
        # The dialog does not own its printer: keep it alive as long as the dialog.
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        landscape = bool(pages) and pages[0].width() > pages[0].height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        super().__init__(printer, parent)
        self._printer, self.pdf, self.pages = printer, pdf, pages
        self.setWindowTitle(title)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        paint_pages(printer, self.pages)


def catalog_preview(ws: Workspace, parent: QWidget | None = None) -> PdfPrintPreview:
    return PdfPrintPreview(catalog_preview_pdf(ws), _tr("打印预览：行政权力目录表"), parent)


def registration_preview(ws: Workspace, item_id: int, parent: QWidget | None = None) -> PdfPrintPreview:
    return PdfPrintPreview(registration_preview_pdf(ws, item_id), _tr("打印预览：行政权力清理汇总登记表"), parent)


def flowchart_preview(ws: Workspace, item_id: int, parent: QWidget | None = None) -> PdfPrintPreview:
    """Raises `PreviewUnavailable` when the item has no chart."""
    return PdfPrintPreview(flowchart_preview_pdf(ws, item_id), _tr("打印预览：行政权力运行流程图"), parent)
