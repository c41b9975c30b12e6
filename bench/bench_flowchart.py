"""Flowchart rendering benchmarks: one chart, 1,000 charts on every core, a cached re-run, bare `dot`.

Run: .venv/bin/python bench/bench_flowchart.py [N]   (N charts, default 1000; uses a temporary cache)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ["QLIST_CACHE_DIR"] = tempfile.mkdtemp(prefix="qlist-bench-cache-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from flowchart_support import DEPARTMENT

from qlist_desktop.domain.items import PowerItem
from qlist_desktop.render.charts import ChartJob, chart_font, fitted_dot, make_job, render_job, render_jobs
from qlist_desktop.render.graphviz import find_dot, render_bytes
from qlist_desktop.services.flowcharts import default_templates


def one_chart_svg(rounds: int = 30) -> float:
    """Median ms for DOT generation + `dot -Tsvg` of the 行政许可 template (the editor's preview path)."""
    chart = default_templates()["行政许可"]
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        render_bytes(fitted_dot(chart, chart_font()), "svg")
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def one_page_pdf(rounds: int = 15) -> float:
    """Median ms for one A4 page PDF from scratch (DOT generation, dot -Tpdf, page), as `qlist flowchart -o x.pdf`."""
    times = []
    for n in range(rounds):
        t = time.perf_counter()
        render_job(jobs(1, offset=100_000 + n)[100_000 + n], ["pdf"])
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def jobs(n: int, offset: int = 0) -> dict[int, ChartJob]:
    """N distinct charts (every category template, step names varied so no two share a cache entry)."""
    templates = list(default_templates().items())
    out = {}
    for i in range(offset, offset + n):
        category, chart = templates[i % len(templates)]
        chart.steps[1].name = f"申请（第{i}号）"
        item = PowerItem(id=i, code=f"650203001XK{i:05d}", name=f"{category}事项{i}", category=category)
        out[i] = make_job(chart, item, DEPARTMENT, "2025-03-01")
    return out


def bare_dot(all_jobs: dict[int, ChartJob], folder: Path) -> float:
    """Seconds for `dot -Tpdf -Tsvg` alone on the same DOT files, as many in parallel as there are cores."""
    files = []
    for i, job in all_jobs.items():
        path = folder / f"{i}.dot"
        path.write_text(job.dot, encoding="utf-8")
        files.append(path)
    dot = str(find_dot())

    def run(path: Path) -> None:
        subprocess.run([dot, "-Tpdf", f"-o{path.with_suffix('.pdf')}", "-Tsvg", f"-o{path.with_suffix('.svg')}",
                        str(path)], check=True)

    t = time.perf_counter()
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        list(pool.map(run, files))
    return time.perf_counter() - t


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(f"cores: {os.cpu_count()}, load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}, "
          f"dot: {find_dot()}, font: {chart_font()}")
    print(f"one chart (DOT generation + dot -Tsvg), median of 30: {one_chart_svg():.1f} ms")
    print(f"one chart A4 page PDF, not cached (DOT generation + dot -Tpdf + page), median of 15: "
          f"{one_page_pdf():.1f} ms")
    t = time.perf_counter()
    work = jobs(n)
    gen = time.perf_counter() - t
    print(f"DOT generation for {n} charts: {gen:.2f} s")
    t = time.perf_counter()
    first = render_jobs(work, ("pdf", "svg"))
    cold = time.perf_counter() - t
    print(f"{n} charts, A4 page PDF + SVG, cold cache: {cold:.1f} s ({cold / n * 1000:.1f} ms per chart)")
    t = time.perf_counter()
    again = render_jobs(jobs(n), ("pdf", "svg"))
    warm = time.perf_counter() - t
    assert again == first
    sizes = sorted(files["pdf"].stat().st_size for files in first.values())
    print(f"page PDF size: median {sizes[len(sizes) // 2] / 1024:.0f} KB, largest {sizes[-1] / 1024:.0f} KB, "
          f"all {sum(sizes) / 2**20:.1f} MB")
    print(f"{n} charts re-run, unchanged (DOT generation + cache hits): {warm:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        bare = bare_dot(work, Path(folder))
    print(f"bare dot -Tpdf -Tsvg on the same {n} DOT files: {bare:.1f} s; ours / bare = {cold / bare:.2f}")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
