"""Benchmark of `publish` on a generated workspace, and of the published site's search in headless chromium.

Targets (issue 公开运行): publishing 10,000 items ≤ 60 s; a search keystroke on 10,000 items ≤ 50 ms in
headless chromium (performance.now() around the page's search function, through selenium).
Items get topics so that the topic editions and the guide are full-size; `--charts N` gives N items a chart
from their category template first (charts are cached, as after an export, unless `--cold-charts`).
Run: .venv/bin/python bench/bench_publish.py [-n 10000] [--charts 0]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from generate import generate

from qlist_desktop.publish.run import PublishOptions, publish
from qlist_desktop.render.charts import render_item_charts
from qlist_desktop.services.flowcharts import create_chart_from_template
from qlist_desktop.services.items import apply_changes, list_rows, load_items
from qlist_desktop.storage.workspace import Workspace

TOPICS = ["企业开办", "食品安全", "生产经营", "安全生产", "质量计量", "就业创业", "社会组织"]
TERMS = ["食", "食品", "食品经营", "许可", "行政处罚", "999001017XK", "中华人民共和国食品安全法", "特种设备"]


def prepare(path: Path, n: int, charts: int, warm: bool) -> None:
    generate(path, n)
    with Workspace.open(path) as ws:
        rows = list_rows(ws)
        with ws.session() as s:  # one transaction for all: 10,000 separate ones take minutes
            for k, row in enumerate(rows):
                apply_changes(s, row.id, {"topics": [TOPICS[k % len(TOPICS)]]}, source="bench")
        for row in rows[:charts]:
            create_chart_from_template(ws, row.id)
        if charts and warm:
            render_item_charts(ws, [i for i in load_items(ws) if i.is_public][:charts], formats=("svg", "png"))


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished children (the card workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def search_times(site: Path, profile: Path) -> list[float]:
    from test_publish_browser import start_chromium

    driver = start_chromium(profile)
    try:
        driver.get((site / "index.html").as_uri())
        times = []
        for _ in range(5):
            for term in TERMS:
                for end in range(1, len(term) + 1):  # keystroke by keystroke
                    times.append(driver.execute_script(
                        "var t = performance.now(); window.qlistSearch(arguments[0], '', '');"
                        "return performance.now() - t;", term[:end]))
        return times
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--charts", type=int, default=0, help="items given a chart")
    parser.add_argument("--cold-charts", action="store_true", help="charts not drawn before publishing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QLIST_CACHE_DIR"] = str(Path(tmp) / "cache")  # cards drawn afresh (charts warmed below)
        path = Path(tmp) / "bench.qlist"
        start = time.perf_counter()
        prepare(path, args.n, args.charts, not args.cold_charts)
        print(f"prepare {args.n} items ({args.charts} charts): {time.perf_counter() - start:.1f} s")
        options = PublishOptions(base_url="https://www.example.gov.cn/qlist/")
        with Workspace.open(path, readonly=True) as ws:
            cpu_before = cpu_seconds()
            start = time.perf_counter()
            result = publish(ws, Path(tmp) / "site", options)
            took = time.perf_counter() - start
            cpu = cpu_seconds() - cpu_before
            cpu_before = cpu_seconds()
            start = time.perf_counter()
            publish(ws, Path(tmp) / "site", options)  # again, nothing changed: cards come from the cache
            again = time.perf_counter() - start
            again_cpu = cpu_seconds() - cpu_before
        load = os.getloadavg()[0]
        print(f"publish {result.items} items ({result.withheld} withheld, {result.charts} charts): {took:.1f} s"
              f"   (target ≤ 60 s); CPU {cpu:.1f} s over all processes, load average {load:.1f} on "
              f"{os.cpu_count()} cores")
        print(f"publish again, unchanged (cards from the cache): {again:.1f} s; CPU {again_cpu:.1f} s")
        print(f"  {len(result.files)} files, {result.total_bytes / 1e6:.1f} MB; "
              f"site {sum(e.size for p, e in result.files.items() if not p.endswith('.pdf')) / 1e6:.1f} MB, "
              f"search index {result.files['assets/search-index.js'].size / 1e6:.2f} MB")
        if shutil.which("chromium") and shutil.which("chromedriver"):
            times = sorted(search_times(Path(tmp) / "site", Path(tmp) / "profile"))
            p95 = times[int(len(times) * 0.95) - 1]
            print(f"search keystroke on {result.items} items in headless chromium: median "
                  f"{statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms   (target ≤ 50 ms)")


if __name__ == "__main__":
    main()
