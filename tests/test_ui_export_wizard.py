"""The export dialog and print preview, driven like a user (never exec())."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from qlist_desktop.export.manifest import verify_bundle
from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.items import list_rows
from qlist_desktop.services.submissions import list_submissions
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.export_wizard import ExportWizard
from qlist_desktop.ui.print_preview import paint_pages, registration_preview


@pytest.fixture
def ws(tmp_path: Path):
    with Workspace.open(create_demo(tmp_path / "demo.qlist")) as workspace:
        yield workspace


def test_errors_block_until_a_reason_is_given_then_export_runs(qtbot, ws: Workspace, tmp_path: Path) -> None:
    wizard = ExportWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "3 个错误" in wizard.summary_label.text()
    assert wizard.findings_list.item(0).text().startswith("[错误]")
    out = tmp_path / "usb"
    out.mkdir()
    wizard.target_edit.setText(str(out))
    assert not wizard.export_button.isEnabled(), "errors block without a reason"
    wizard.reason_edit.setPlainText("演示数据，错误已知")
    assert wizard.export_button.isEnabled()
    wizard.template_combo.setCurrentIndex(wizard.template_combo.findData("catalog_qzqd"))
    assert wizard.template_combo.currentText() == "权责清单（14列标准格式）"
    with qtbot.waitSignal(wizard.exported, timeout=60000) as blocker:
        wizard.export_button.click()
        assert wizard.cancel_button.isEnabled() and not wizard.close_button.isEnabled()
    result = blocker.args[0]
    assert result.path.parent == out and verify_bundle(result.path) == []
    assert "校验通过" in wizard.status_label.text()
    catalog = PdfReader(result.path / "01_一表/行政权力目录表.pdf").pages[0].extract_text()
    assert "示范县市场监督管理局权责清单" in catalog and "责任事项依据" in catalog  # the chosen layout
    for font in result.fonts:  # a role served by a stand-in font is said in the log
        assert (font.describe() in wizard.status_label.text()) == font.fallback
    assert wizard.progress_bar.value() == wizard.progress_bar.maximum()
    assert [s.override_reason for s in list_submissions(ws)] == ["演示数据，错误已知"]
    assert "第2次报送" in wizard.plan.folder_name
    wizard.grab().save(str(tmp_path / "wizard.png"))


def test_cancel_leaves_nothing(qtbot, ws: Workspace, tmp_path: Path) -> None:
    wizard = ExportWizard(ws)
    qtbot.addWidget(wizard)
    wizard.target_edit.setText(str(tmp_path))
    wizard.reason_edit.setPlainText("测试")
    with qtbot.waitSignal(wizard.export_failed, timeout=60000) as blocker:
        wizard.export_button.click()
        wizard.cancel_button.click()
    assert "已取消" in blocker.args[0]
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.qlist")] == []
    assert list_submissions(ws) == []
    assert wizard.export_button.isEnabled()


def test_registration_print_preview_prints_every_page(qtbot, ws: Workspace, tmp_path: Path) -> None:
    item_id = list_rows(ws)[0].id
    loader = registration_preview(ws, item_id)
    qtbot.addWidget(loader)
    with qtbot.waitSignal(loader.ready, timeout=60000) as blocker:
        pass
    dialog = blocker.args[0]
    qtbot.addWidget(dialog)
    pages = len(PdfReader(dialog.pdf).pages)
    assert len(dialog.pages) == pages and dialog.pages[0].height() > dialog.pages[0].width()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    paint_pages(printer, dialog.pages)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
