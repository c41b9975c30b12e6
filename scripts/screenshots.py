"""Screenshots of the desktop workbench at 1366×768 with Chinese content, for the docs and for checking
the UI by eye: the main window, the item editor (a basis with a finding, responsibilities, the flowchart),
the dashboard, the 责任清单 page, and after a review round the rounds dialog and an item's review tab.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]     (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out_dir: Path) -> list[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QLIST_CONFIG_DIR"] = str(Path(tmp) / "config")  # a fresh window layout, not the user's
        from qlist_desktop.services.demo import create_demo
        from qlist_desktop.ui.app import make_application, render_screenshot
        from qlist_desktop.ui.main_window import MainWindow

        app = make_application()
        workspace = create_demo(Path(tmp) / "示例工作区.qlist")
        window = MainWindow()
        window.open_workspace(workspace)
        assert window.item_list is not None and window.editor is not None and window.bench is not None
        shots = [render_screenshot(window, out_dir / "main-window.png")]

        with_bases = next(i for i in window.bench.item_ids()
                          if any(f.field == "bases" for f in window.bench.live.state(i).findings))
        window.jump_to(with_bases, "bases")
        shots.append(render_screenshot(window, out_dir / "item-editor-bases.png"))
        with_limits = next(i for i in window.bench.item_ids()
                           if any(f.field == "promised_time_limit" for f in window.bench.live.state(i).findings))
        window.jump_to(with_limits, "promised_time_limit")
        shots.append(render_screenshot(window, out_dir / "item-editor-finding.png"))
        window.editor.tabs.setCurrentIndex(2)
        shots.append(render_screenshot(window, out_dir / "item-editor-responsibilities.png"))
        shots.append(flowchart_tab(app, window, out_dir / "item-editor-flowchart.png"))
        window.tabs.setCurrentIndex(1)
        shots.append(render_screenshot(window, out_dir / "dashboard.png"))
        window.tabs.setCurrentIndex(2)
        assert window.duties_page is not None
        window.duties_page.tabs.setCurrentIndex(1)  # 职责边界: departments, roles and the 模拟案例
        shots.append(render_screenshot(window, out_dir / "duties-page.png"))
        window.tabs.setCurrentIndex(0)
        shots += review_round(app, window, Path(tmp), out_dir)
        window.close()
        app.processEvents()
        shots += real_list(app, Path(tmp), out_dir)
    return shots


def _wait(app, done, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not done():
        app.processEvents()
        time.sleep(0.02)


def real_list(app, tmp: Path, out_dir: Path) -> list[Path]:
    """A real published list (财政局) as a new user takes it: import, complete, fill down, export."""
    from qlist_desktop.domain.items import Department
    from qlist_desktop.ui.app import render_screenshot
    from qlist_desktop.ui.main_window import MainWindow

    fixture = ROOT.parent / "shared" / "fixtures" / "karamay" / "附件：克拉玛依市财政局2025年权责清单 (1).xlsx"
    window = MainWindow()
    department = Department("克拉玛依市财政局", "301", "650200", "李联络", "0990-6231234")
    window.create_workspace(tmp / "财政局.qlist", department)
    importing = window.open_import([fixture])
    _wait(app, lambda: importing.plan is not None)
    shots = [render_screenshot(importing, out_dir / "import-last-step.png")]
    importing.complete_check.setChecked(False)
    importing.start_import()
    _wait(app, lambda: importing.outcome is not None)
    app.processEvents()
    completing = window.open_complete()
    shots.append(render_screenshot(completing, out_dir / "complete-dialog.png"))
    completing.apply()
    filling = window.open_fill("complaint_channel")
    filling.value.setCurrentText("监督投诉电话：0990-12345（克拉玛依市财政局）")
    shots.append(render_screenshot(filling, out_dir / "fill-down-dialog.png"))
    filling.apply()
    window.tabs.setCurrentIndex(1)
    shots.append(render_screenshot(window, out_dir / "dashboard-real-list.png"))
    window.tabs.setCurrentIndex(0)
    wizard = window.open_export()
    shots.append(render_screenshot(wizard, out_dir / "export-wizard-drafts.png"))
    wizard.mark_button.click()
    usb = tmp / "usb-real"
    usb.mkdir()
    wizard.target_edit.setText(str(usb))
    wizard.reason_edit.setPlainText("依据层级待法规科核实")
    wizard.start_export()
    _wait(app, lambda: wizard.outcome is not None, 180)
    app.processEvents()
    shots.append(render_screenshot(wizard, out_dir / "export-wizard-done.png"))
    wizard.close()
    window.close()
    app.processEvents()
    return shots


def flowchart_tab(app, window, path: Path) -> Path:
    """The flowchart tab of a 行政处罚 item, its preview drawn."""
    from qlist_desktop.services.items import find_by_code
    from qlist_desktop.ui.app import render_screenshot

    window.jump_to(find_by_code(window.ws, "999001017CF00100").id or 0)
    editor = window.editor
    page = next(p for p in editor.lazy_pages if editor.tabs.tabText(editor.tabs.indexOf(p)) == "流程图")
    editor.tabs.setCurrentWidget(page)
    chart_editor = editor.lazy_widgets[page]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the preview is drawn off the UI thread after a short pause
        app.processEvents()
        if not chart_editor.is_drawing():
            break
        time.sleep(0.02)
    chart_editor.zoom_fit()
    app.processEvents()
    return render_screenshot(window, path)


def review_round(app, window, tmp: Path, out_dir: Path) -> list[Path]:
    """Round 1 exported, the office's opinions imported: the list's review column and the item's review tab."""
    import openpyxl

    from qlist_desktop.export.bundle import ExportOptions, export_bundle
    from qlist_desktop.services.items import find_by_code
    from qlist_desktop.ui.app import render_screenshot

    usb = tmp / "usb"
    usb.mkdir()
    bundle = export_bundle(window.ws, usb, ExportOptions(override_reason="演示数据中的错误为有意设置")).path
    book = openpyxl.load_workbook(bundle / "审核意见反馈表.xlsx")
    sheet = book.worksheets[0]
    opinions = {"999001017XK00300": ("修改后再报", "承诺期限不得长于法定期限"),
                "999001017XK00400": ("废止", "规范性文件不得设定行政许可"),
                "999001017CF00500": ("调整", "名称应为法定全称")}
    for row in sheet.iter_rows(min_row=4):
        conclusion, comment = opinions.get(str(row[1].value), ("保留", ""))
        row[5].value, row[6].value, row[7].value, row[8].value = conclusion, comment, "张审核", "2026-12-01"
    returned = tmp / "审核意见反馈表（退回）.xlsx"
    book.save(returned)
    dialog = window.open_rounds()
    dialog.import_file(returned)
    shots = [render_screenshot(dialog, out_dir / "rounds-dialog.png")]
    dialog.close()
    window.jump_to(find_by_code(window.ws, "999001017XK00300").id or 0)
    editor = window.editor
    page = next(p for p in editor.lazy_pages if editor.tabs.tabText(editor.tabs.indexOf(p)) == "审核意见")
    editor.tabs.setCurrentWidget(page)
    app.processEvents()
    shots.append(render_screenshot(window, out_dir / "item-editor-review.png"))
    return shots


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    for shot in main(target):
        print(shot)
