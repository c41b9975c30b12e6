"""The 报送 menu's print previews, opened from the main window on the demo."""

from __future__ import annotations

from pathlib import Path

from qlist_desktop.services.demo import create_demo
from qlist_desktop.ui.main_window import MainWindow


def test_print_previews_from_the_menu(qtbot, tmp_path: Path) -> None:
    path = create_demo(tmp_path / "演示.qlist")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(path)
    form = win.print_preview("registration")
    assert form is not None and len(form.pages) == 1
    form.close()
    chart = win.print_preview("flowchart")
    assert chart is not None and 1 <= len(chart.pages) <= 3  # a chart continues on legible pages
    chart.close()
    catalog = win.print_preview("catalog")
    assert catalog is not None and len(catalog.pages) >= 1
    assert catalog.pages[0].width() > catalog.pages[0].height()  # the wide catalog prints landscape
    catalog.close()


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
