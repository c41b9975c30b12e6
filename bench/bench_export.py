"""Benchmark: export 1,000 items with flowcharts, then again after 10 items changed.

Targets (issue 5): first export ≤ 90 s, second export ≤ 20 s. Run:
    .venv/bin/python bench/bench_export.py [--items 1000] [--no-charts] [--keep DIR]

Chart rendering (Graphviz, by `qlist_desktop.render`) is timed on its own first, then the exports; the
first export's total is both figures together.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path


def build(path: Path, count: int, charts: bool) -> None:
    from qlist_desktop.services.demo import DEPARTMENT, demo_items
    from qlist_desktop.services.flowcharts import chart_from_template, save_chart
    from qlist_desktop.services.items import create_items, load_items
    from qlist_desktop.services.settings import initialise
    from qlist_desktop.storage.workspace import Workspace

    base = demo_items()
    items = []
    for n in range(count):
        item = base[n % len(base)]
        code = f"{item.code[:11]}{(n // 100) + 1:03d}{n % 100:02d}"
        items.append(replace(item, code=code, name=f"{item.name}（第{n + 1}项）", bases=list(item.bases),
                             responsibilities=list(item.responsibilities)))
    with Workspace.create(path) as ws:
        initialise(ws, DEPARTMENT)
        create_items(ws, items, source="bench")
        for item in load_items(ws) if charts else []:
            save_chart(ws, item.id, chart_from_template(ws, item), source="bench")


def export(ws_path: Path, out: Path) -> tuple[float, dict[str, float], object]:
    from qlist_desktop.export.bundle import ExportOptions, export_bundle
    from qlist_desktop.storage.workspace import Workspace

    steps: dict[str, float] = {}
    last = [time.perf_counter(), "开始"]

    def progress(done: int, total: int, message: str) -> None:
        now = time.perf_counter()
        key = str(last[1]).split("（")[0]
        steps[key] = steps.get(key, 0.0) + now - float(last[0])
        last[:] = [now, message]

    start = time.perf_counter()
    with Workspace.open(ws_path) as ws:
        result = export_bundle(ws, out, ExportOptions(override_reason="基准测试"), progress=progress)
    return time.perf_counter() - start, steps, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the workspace and bundles in this folder")
    parser.add_argument("--no-charts", action="store_true", help="items without flowcharts (documents only)")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="qlist-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    os.environ["QLIST_CACHE_DIR"] = str(root / "cache")
    shutil.rmtree(root / "cache", ignore_errors=True)
    ws_path = root / "bench.qlist"
    ws_path.unlink(missing_ok=True)
    t = time.perf_counter()
    build(ws_path, args.items, not args.no_charts)
    print(f"built {args.items} items ({'no ' if args.no_charts else ''}charts) in {time.perf_counter() - t:.1f} s")
    if not args.no_charts:
        from qlist_desktop.render.charts import render_item_charts
        from qlist_desktop.services.flowcharts import dated_charts
        from qlist_desktop.services.items import load_items
        from qlist_desktop.services.settings import get_department
        from qlist_desktop.storage.workspace import Workspace

        t = time.perf_counter()
        with Workspace.open(ws_path, readonly=True) as ws:
            rendered = render_item_charts(load_items(ws), dated_charts(ws), get_department(ws).name,
                                          formats=("pdf", "svg", "sheet"))
        print(f"rendering {len(rendered)} charts (render helper, cached for the exports): "
              f"{time.perf_counter() - t:.1f} s", flush=True)
    out = root / "out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()

    first, steps, result = export(ws_path, out)
    print(f"first export (documents cold, charts cached): {first:.1f} s  "
          f"({result.files} files, {result.bytes / 1e6:.1f} MB, {result.charts} charts)")
    for name, sec in steps.items():
        print(f"    {name:<24} {sec:6.1f} s", flush=True)

    from qlist_desktop.services.items import list_rows, update_item
    from qlist_desktop.storage.workspace import Workspace

    with Workspace.open(ws_path) as ws:
        for row in list_rows(ws)[:: max(1, args.items // 10)][:10]:
            update_item(ws, row.id, {"remarks": "基准测试修改"}, source="bench")
    second, steps, result = export(ws_path, out)
    print(f"second export after 10 changes: {second:.1f} s  (cache hits {result.cache_hits})")
    for name, sec in steps.items():
        print(f"    {name:<24} {sec:6.1f} s", flush=True)
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
