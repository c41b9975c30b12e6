"""The 报送 menu's print previews, opened from the main window on the demo."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintPreviewWidget

from qlist_desktop.services.demo import create_demo
from qlist_desktop.ui.main_window import MainWindow
from qlist_desktop.ui.print_preview import PdfPrintPreview, PreviewLoader


def test_print_previews_from_the_menu(qtbot, tmp_path: Path) -> None:
    path = create_demo(tmp_path / "演示.qlist")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(path)
    form = opened(qtbot, win, "registration")
    assert len(form.pages) == len(PdfReader(form.pdf).pages) >= 1
    assert form.pages[0].height() > form.pages[0].width()
    form.close()
    chart = opened(qtbot, win, "flowchart")
    assert 1 <= len(chart.pages) <= 3  # a chart continues on legible pages
    chart.close()
    catalog = opened(qtbot, win, "catalog")
    assert len(catalog.pages) >= 1
    assert catalog.pages[0].width() > catalog.pages[0].height()  # the wide catalog prints landscape
    assert visible_rules(qtbot, catalog) >= 18, "every column rule of the 17-column table is seen when fitted"
    catalog.close()


def visible_rules(qtbot, dialog: PdfPrintPreview) -> int:
    """Vertical table rules seen in the preview with a whole page fitted into a 1100 x 800 window."""
    dialog.resize(1100, 800)
    view = dialog.findChild(QPrintPreviewWidget)
    view.fitInView()
    qtbot.wait(200)
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = bytes(image.constBits())
    middle = [pixels[(height // 2) * stride + x] for x in range(width)]
    white = [x for x in range(width) if middle[x] >= 250]  # the page, not the grey desk around it
    rules, previous = 0, False
    for x in range(white[0], white[-1]):
        column = [pixels[y * stride + x] for y in range(height // 3, 2 * height // 3)]
        dark = sum(v < 215 for v in column) > 0.9 * len(column)
        rules += dark and not previous
        previous = dark
    return rules


def opened(qtbot, win: MainWindow, what: str) -> PdfPrintPreview:
    """The preview the menu opens once its pages are made on the worker thread (the window stays live)."""
    loader = win.print_preview(what)
    assert isinstance(loader, PreviewLoader)
    with qtbot.waitSignal(loader.ready, timeout=60000) as blocker:
        assert win.isEnabled()
    dialog = blocker.args[0]
    assert dialog.isVisible() and win.pending_dialog is dialog
    return dialog


def test_graphviz_location_setting(qtbot, tmp_path: Path) -> None:
    import shutil

    from qlist_desktop.render.graphviz import find_dot, set_configured_dot

    win = MainWindow()
    qtbot.addWidget(win)
    not_dot = tmp_path / "not-dot"
    not_dot.write_text("#!/bin/sh\necho hello >&2\n", encoding="utf-8")
    not_dot.chmod(0o755)
    try:
        assert not win.use_dot(str(not_dot))
        assert "不是 Graphviz 的 dot 程序" in win.welcome.message.text()
        assert win.settings.dot_path == ""
        real = shutil.which("dot")
        assert real and win.use_dot(real)
        assert win.settings.dot_path == real and find_dot() == Path(real)
        assert win.use_dot("") and win.settings.dot_path == ""
    finally:
        set_configured_dot(None)


def test_a_missing_recent_workspace_leaves_the_list(qtbot, tmp_path: Path) -> None:
    path = create_demo(tmp_path / "挪走了.qlist")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_workspace(path)
    win.close_workspace()
    assert str(path.resolve()) in win.settings.recent_workspaces
    path.rename(tmp_path / "别处.qlist")
    assert not win.open_workspace(path)
    assert "不存在" in win.welcome.message.text()
    assert str(path.resolve()) not in win.settings.recent_workspaces
