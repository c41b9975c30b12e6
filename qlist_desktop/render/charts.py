"""Rendering items' charts to files: single charts, previews, and many charts on every core.

`render_item_charts` is what exports call: given items and their charts (read by the caller through
`services.flowcharts.dated_charts`; nothing here opens a workspace), it returns files in the cache
(callers copy them).
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFile

from qlist_desktop.domain.flowchart import Flowchart
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.fonts import FontMissing, graphviz_font, installed_families, pdf_font
from qlist_desktop.render.batch import (
    FORMATS,
    ChartJob,
    Plan,
    check_formats,
    draw_plans,
    init_worker,
    plan_job,
    render_batch,
)
from qlist_desktop.render.dot import complaint_text, time_limits_text
from qlist_desktop.render.graphviz import find_dot, render_bytes
from qlist_desktop.render.page import PageInfo, chinese_date
from qlist_desktop.render.paginate import fitted_dot

DatedChart = tuple[Flowchart, str]  # a chart and the day it was last changed (ISO, may be "")

BATCH_SIZE = 25  # charts per `dot` process
# Fewer charts to draw than this are drawn in threads: starting worker processes would cost more than it saves.
PROCESS_MIN_CHARTS = 60


def chart_font() -> str:
    """The font family charts are drawn in.

    QLIST_GRAPHVIZ_FONT when set; otherwise the TrueType 黑体 the PDF pages use (`pdf_font("hei")`):
    Graphviz/cairo embeds a TrueType font as a small subset (~40 KB a chart), a CFF font such as Noto Sans
    CJK as a ~160 KB one, and draws the PDF four times slower. Falls back to `graphviz_font()`.
    """
    if os.environ.get("QLIST_GRAPHVIZ_FONT"):
        return graphviz_font()
    try:
        font = pdf_font("hei")
    except FontMissing:
        return graphviz_font()
    family = _family(str(font.path), font.subfont)
    known = installed_families()
    return family if family and (not known or family in known) else graphviz_font()


@functools.cache
def _family(path: str, subfont: int) -> str:
    try:
        return TTFontFile(path, subfontIndex=subfont).familyName.decode("utf-8", "replace")
    except Exception:  # reportlab raises bare TTFError/struct errors on odd files; then we cannot use it
        return ""


def item_title(item: PowerItem) -> str:
    return f"{item.code} {item.full_name}".strip()


def page_info(chart: Flowchart, item: PowerItem, department: str, day: str = "") -> PageInfo:
    """What the printed pages of the item's chart say: title, department, date, disclosure, blocks."""
    return PageInfo(item_title(item), department, chinese_date(day or _today()), restricted=not item.is_public,
                    conditions=chart.conditions.strip(), time_limits=time_limits_text(chart),
                    complaint=complaint_text(chart))


def make_job(chart: Flowchart, item: PowerItem, department: str, day: str = "", title: str = "") -> ChartJob:
    font = chart_font()
    return ChartJob(chart, font, page_info(chart, item, department, day), title)


def _today() -> str:
    return date.today().isoformat()


def render_job(job: ChartJob, formats: Iterable[str]) -> dict[str, Path]:
    """The cached files of one chart in `formats` ("pdf" is the A4 page), drawing only what is missing."""
    return render_batch([job], list(formats))[0]


def render_item_charts(
    items: list[PowerItem],
    charts: Mapping[int, DatedChart],
    department: str,
    *,
    formats: Iterable[str] = ("pdf", "svg"),
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[int, dict[str, Path]]:
    """Item id → {format: cached file} for every item that has a chart in `charts`, drawn on every core.

    "pdf" is the printed document (title, department, date, numbered pages); items without a chart are
    left out. Stops early, returning what is done, when `cancel()` is true.
    """
    jobs = {item.id: make_job(charts[item.id][0], item, department, charts[item.id][1][:10])
            for item in items if item.id is not None and item.id in charts}
    return render_jobs(jobs, tuple(formats), progress=progress, cancel=cancel)


def render_jobs(
    jobs: dict[int, ChartJob],
    formats: tuple[str, ...],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[int, dict[str, Path]]:
    """Render many jobs: cached ones are only looked up, the others drawn in batches on every core.

    `dot` runs as its own process, but the A4 page (reportlab + pypdf) is Python, so with many charts to
    draw the batches go to worker processes (spawned: safe beside a GUI's threads, and as on Windows);
    with few, starting them would cost more than it saves and threads draw the batches. Spawned workers
    import the main script again: a script calling this must keep its work under `if __name__ == "__main__"`
    (if it does not, the pool breaks and threads draw what is left).
    """
    check_formats(formats)
    total = len(jobs)
    if progress:
        progress(0, total)
    plans = {key: plan_job(job, formats) for key, job in jobs.items()}
    results = {key: plan.results() for key, plan in plans.items() if plan.done}
    todo = [key for key in plans if key not in results]
    if not todo:
        if progress and total:
            progress(total, total)
        return results
    workers = max(1, min(os.cpu_count() or 1, len(todo)))
    try:
        _draw_all(plans, todo, results, (_executor(len(todo), workers), workers), progress, cancel)
    except BrokenProcessPool:
        left = [key for key in todo if key not in results]
        _draw_all(plans, left, results, (ThreadPoolExecutor(max_workers=workers), workers), progress, cancel)
    return results


def _executor(charts: int, workers: int) -> Executor:
    # Worker processes are spawned; both entry points call multiprocessing.freeze_support() first, so
    # this works in a frozen build too.
    if charts < PROCESS_MIN_CHARTS or workers < 2:
        return ThreadPoolExecutor(max_workers=workers)
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker, initargs=(str(find_dot()),))


def _draw_all(
    plans: dict[int, Plan],
    todo: list[int],
    results: dict[int, dict[str, Path]],
    pool_size: tuple[Executor, int],
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Draw the plans of `todo` in batches on an executor with so many workers, adding their files to
    `results` as batches finish."""
    executor, workers = pool_size
    size = max(1, min(BATCH_SIZE, -(-len(todo) // (workers * 2))))
    chunks = iter([todo[i:i + size] for i in range(0, len(todo), size)])
    with executor as pool:
        running: dict[Future[list[dict[str, Path]]], list[int]] = {}

        def submit_next() -> None:
            for chunk in chunks:
                running[pool.submit(draw_plans, [plans[key] for key in chunk])] = chunk
                return

        for _ in range(workers * 2):
            submit_next()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = running.pop(future)
                results.update(zip(chunk, future.result(), strict=True))
                if progress:
                    progress(len(results), len(plans))
            if cancel and cancel():
                pool.shutdown(cancel_futures=True)
                return
            for _ in done:
                submit_next()


def preview_svg(chart: Flowchart) -> bytes:
    """The chart as SVG for the screen (not cached: the editor redraws it as it changes)."""
    return render_bytes(fitted_dot(chart, chart_font()), "svg")


def export_chart(chart: Flowchart, item: PowerItem, department: str, out: Path, day: str = "") -> Path:
    """Write one chart to `out`, in the format its suffix names (.pdf page, .svg, .png)."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"不支持的输出格式“{out.suffix or '（无扩展名）'}”，请使用 .pdf、.svg 或 .png")
    title = "" if fmt == "pdf" else f"{item_title(item)} 运行流程图"
    source = render_job(make_job(chart, item, department, day, title), [fmt])[fmt]
    shutil.copyfile(source, out)
    return out
