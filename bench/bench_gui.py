"""Benchmarks of the desktop workbench on a generated 10,000-item workspace.

    .venv/bin/python bench/bench_gui.py [--items 10000] [--workspace FILE.qlist]

Targets (issue 3): window ready ≤ 1.5 s, a search keystroke ≤ 50 ms at p95, opening an item in the
editor ≤ 100 ms. A keystroke and an opening are timed until the event queue is empty (views repainted).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qlist_desktop.domain.items import Department, LegalBasis, PowerItem, Responsibility  # noqa: E402
from qlist_desktop.services.items import create_items  # noqa: E402
from qlist_desktop.services.settings import initialise  # noqa: E402
from qlist_desktop.storage.workspace import Workspace  # noqa: E402

CATEGORIES = (("行政许可", "XK"), ("行政处罚", "CF"), ("行政强制", "QZ"), ("行政检查", "JC"), ("行政确认", "QR"),
              ("行政奖励", "JL"), ("其他行政权力", "QT"))
LAWS = ("中华人民共和国食品安全法", "中华人民共和国产品质量法", "中华人民共和国广告法", "中华人民共和国计量法",
        "中华人民共和国特种设备安全法", "中华人民共和国药品管理法", "食品生产许可管理办法", "市场主体登记管理条例")


def generate(path: Path, count: int) -> Path:
    """A workspace of `count` items spread over seven categories, with bases, stages and some findings."""
    rng = random.Random(7)
    with Workspace.create(path) as ws:
        initialise(ws, Department("某市市场监督管理局", "207", "650200", "王联络", "0990-6231000"))
        items = []
        for n in range(count):
            category, code = CATEGORIES[n % len(CATEGORIES)]
            number = n // len(CATEGORIES) + 1
            items.append(PowerItem(
                code=f"650200207{code}{number % 1000:03d}{number // 1000:02d}",
                name=f"{category}事项第{number}号（{rng.choice(LAWS)[-6:]}相关）",
                sub_name="变更" if n % 5 == 0 else "",
                category=category,
                bases=[LegalBasis("法律", rng.choice(LAWS), "", f"第{rng.randint(1, 90)}条", "条文内容" * 8)
                       for _ in range(rng.randint(1, 3))],
                exercising_body="某市市场监督管理局",
                handling_unit=rng.choice(("法规科", "稽查局", "行政审批科", "")),
                responsibilities=[Responsibility("受理", "依法受理"), Responsibility("决定", "作出决定")],
                accountability_subjects="承办人员", accountability_situations="违法实施的",
                complaint_channel="12315" if n % 3 else "",
                status=rng.choice(("草稿", "待审核", "已审核")),
            ))
        for start in range(0, count, 2000):
            create_items(ws, items[start:start + 2000], "bench")
    return path


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(path: Path) -> None:
    from PySide6.QtTest import QTest

    # 1. Cold start in a fresh process: imports, window, workspace, first render (the --screenshot path).
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "shot.png"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "qlist_desktop.ui.app", str(path), "--screenshot", str(png)],
                       check=True, capture_output=True, cwd=ROOT,
                       env=os.environ | {"QLIST_CONFIG_DIR": str(Path(tmp) / "config")})
        cold = time.perf_counter() - start

    from qlist_desktop.ui.app import make_application
    from qlist_desktop.ui.main_window import MainWindow

    app = make_application()
    ready = []
    for _ in range(3):
        start = time.perf_counter()
        window = MainWindow()
        window.open_workspace(path)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        ready.append(time.perf_counter() - start)
        window.close()
        app.processEvents()
    window = MainWindow()
    window.open_workspace(path)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    assert window.item_list is not None

    search = window.item_list.search
    keystrokes = []
    for query in ("650200207cf", "食品安全法", "事项第12号", "产品质量法", "xk0120"):
        search.clear()
        app.processEvents()
        for n in range(1, len(query) + 1):
            start = time.perf_counter()
            if query[n - 1].isascii():
                QTest.keyClick(search, query[n - 1])
            else:
                search.setText(query[:n])  # Chinese arrives as an input-method commit, not a key
            app.processEvents()
            keystrokes.append(time.perf_counter() - start)
    shown = window.item_list.proxy.rowCount()
    search.clear()
    app.processEvents()

    rng = random.Random(3)
    ids = window.bench.item_ids()
    openings = []
    for item_id in rng.sample(ids, 60):
        start = time.perf_counter()
        window.item_list.select_item(item_id)
        app.processEvents()
        openings.append(time.perf_counter() - start)
    assert window.editor is not None and window.editor.item_id == item_id

    edits = []
    for n in range(20):
        start = time.perf_counter()
        window.bench.set_fields(window.editor.item_id, {"remarks": f"基准测试备注{n}"})
        app.processEvents()
        edits.append(time.perf_counter() - start)
    window.close()
    app.processEvents()

    ms = 1000
    print(f"workspace: {path} ({len(ids)} items)")
    print(f"cold start to rendered window (new process, --screenshot): {cold:.2f} s")
    print(f"window ready (open workspace + first paint, in process): median {statistics.median(ready):.2f} s, "
          f"max {max(ready):.2f} s  [target ≤ 1.5 s]")
    print(f"search keystroke: p50 {percentile(keystrokes, 50) * ms:.1f} ms, "
          f"p95 {percentile(keystrokes, 95) * ms:.1f} ms, max {max(keystrokes) * ms:.1f} ms "
          f"over {len(keystrokes)} keystrokes (last query: {shown} rows)"
          "  [target p95 ≤ 50 ms]")
    print(f"open item in editor: p50 {percentile(openings, 50) * ms:.1f} ms, "
          f"p95 {percentile(openings, 95) * ms:.1f} ms, max {max(openings) * ms:.1f} ms  [target ≤ 100 ms]")
    print(f"field edit saved + views refreshed: p50 {percentile(edits, 50) * ms:.1f} ms, "
          f"p95 {percentile(edits, 95) * ms:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--workspace", type=Path, help="reuse (or create) this generated workspace")
    args = parser.parse_args()
    if args.workspace:
        path = args.workspace if args.workspace.exists() else generate(args.workspace, args.items)
        run(path)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.qlist"
        start = time.perf_counter()
        generate(path, args.items)
        print(f"generated {args.items} items in {time.perf_counter() - start:.1f} s")
        run(path)


if __name__ == "__main__":
    main()
