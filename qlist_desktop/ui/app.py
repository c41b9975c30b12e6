"""`qlist-desktop [WORKSPACE] [--screenshot FILE.png]`: the desktop workbench."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from pathlib import Path

SCREEN_SIZE = (1366, 768)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="qlist-desktop", description="权力清单编制工具（桌面版）")
    parser.add_argument("workspace", nargs="?", help="要打开的工作区文件（.qlist）")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="以 1366×768 渲染主窗口并保存为 PNG 后退出（无需显示器）")
    return parser.parse_args(argv)


def make_application(argv: list[str] | None = None):
    """The QApplication with the workbench's fonts, style and (when chosen) the English translation."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from qlist_desktop.paths import resource
    from qlist_desktop.render.graphviz import set_configured_dot
    from qlist_desktop.ui.settings import UiSettings
    from qlist_desktop.ui.style import apply_style

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName("qlist-desktop")
    app.setApplicationDisplayName("权力清单编制工具")
    apply_style(app)
    settings = UiSettings()
    set_configured_dot(settings.dot_path)
    language = settings.language
    # Qt's own texts (standard buttons, file dialogs, context menus) in the same language as ours.
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    QLocale.setDefault(QLocale(language))
    if language != "zh_CN":
        translator = QTranslator(app)
        if translator.load(str(resource("translations", f"qlist_desktop_{language}.qm"))):
            app.installTranslator(translator)
    return app


def render_screenshot(window, path: Path | str) -> Path:
    """Render a window at 1366×768 into a PNG (offscreen works)."""
    from PySide6.QtWidgets import QApplication

    window.resize(*SCREEN_SIZE)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        raise OSError(f"无法保存截图：{path}")
    return path


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # chart rendering spawns workers; a frozen build must not rerun main
    args = parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    from qlist_desktop.ui.main_window import MainWindow

    window = MainWindow()
    if args.workspace and not window.open_workspace(args.workspace) and args.screenshot:
        print(window.welcome.message.text(), file=sys.stderr)
        return 2
    if args.screenshot:
        render_screenshot(window, args.screenshot)
        window.close()
        print(f"已保存截图：{args.screenshot}")
        return 0
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
