"""Screenshots of the desktop workbench at 1366×768 with Chinese content, for the docs and for checking
the UI by eye: the main window, the item editor on a basis with a finding, and the dashboard.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]     (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
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
        window.tabs.setCurrentIndex(1)
        shots.append(render_screenshot(window, out_dir / "dashboard.png"))
        window.close()
        app.processEvents()
    return shots


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    for shot in main(target):
        print(shot)
