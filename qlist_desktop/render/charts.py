"""Rendering items' charts to files: single charts, previews, and whole workspaces on every core.

`render_item_charts` is what exports call: it returns files in the cache (callers copy them).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from qlist_desktop.domain.flowchart import Flowchart, FlowchartError
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.fonts import graphviz_font
from qlist_desktop.render.cache import cached_path, charts_dir, content_key, publish, temp_path
from qlist_desktop.render.dot import FOLD_DEPTH, chart_levels, chart_to_dot
from qlist_desktop.render.graphviz import layout_size, render_bytes, run_dot_files
from qlist_desktop.render.page import PageInfo, best_orientation, compose_page
from qlist_desktop.services.flowcharts import chart_records
from qlist_desktop.services.settings import get_department
from qlist_desktop.storage.workspace import Workspace

FORMATS = ("pdf", "svg", "png")
MAX_COLUMNS = 4
BATCH_SIZE = 25  # charts per `dot` process
MIN_COLUMN_LEVELS = 5
PNG_DPI = 150


@dataclass(frozen=True)
class ChartJob:
    """One chart to draw: its DOT text and what its page says."""

    dot: str
    info: PageInfo


def item_title(item: PowerItem) -> str:
    return f"{item.code} {item.full_name}".strip()


def make_job(chart: Flowchart, item: PowerItem, department: str, day: str = "") -> ChartJob:
    return ChartJob(fitted_dot(chart, graphviz_font()), PageInfo(item_title(item), department, day or _today()))


def fitted_dot(chart: Flowchart, font: str, title: str = "") -> str:
    """The DOT of a chart; a deep one is folded into the number of columns that prints largest on A4.

    Each candidate is laid out once (`dot -Tplain`), so only charts deeper than `FOLD_DEPTH` pay for it.
    """
    levels = chart_levels(chart)
    if levels <= FOLD_DEPTH:
        return chart_to_dot(chart, font, title=title)
    best: tuple[float, str] | None = None
    for columns in range(1, MAX_COLUMNS + 1):
        fold = -(-levels // columns)
        if columns > 1 and fold < MIN_COLUMN_LEVELS:
            break
        dot = chart_to_dot(chart, font, title=title, fold_depth=fold)
        scale = best_orientation(*layout_size(dot))[1]
        if best is None or scale > best[0]:
            best = (scale, dot)
    assert best is not None
    return best[1]


def _today() -> str:
    return date.today().isoformat()


def render_job(job: ChartJob, formats: Iterable[str]) -> dict[str, Path]:
    """The cached files of one chart in `formats` ("pdf" is the A4 page), drawing only what is missing."""
    return render_batch([job], list(formats))[0]


@dataclass
class _Plan:
    job: ChartJob
    files: dict[str, Path]  # "svg", "png", "chart" (the bare dot PDF) and "pdf" (the page)
    missing: dict[str, Path]  # which of the dot outputs must be drawn


def _plan(job: ChartJob, formats: list[str]) -> _Plan:
    dot_key = content_key(job.dot)
    files = {
        "svg": cached_path(dot_key, ".svg"),
        "png": cached_path(dot_key, ".png"),
        "chart": cached_path(dot_key, ".chart.pdf"),
        "pdf": cached_path(content_key(job.dot, job.info.key()), ".pdf"),
    }
    wanted = {f for f in formats if f != "pdf"}
    if "pdf" in formats and not files["pdf"].exists():
        wanted.add("chart")
    return _Plan(job, files, {f: files[f] for f in sorted(wanted) if not files[f].exists()})


def render_batch(jobs: list[ChartJob], formats: list[str]) -> list[dict[str, Path]]:
    """Draw several charts with one `dot` process (its start-up costs more than a chart), then their pages."""
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"不支持的输出格式：{'、'.join(sorted(unknown))}（可选 pdf、svg、png）")
    plans = [_plan(job, formats) for job in jobs]
    for kinds, options in ((("chart", "svg"), []), (("png",), [f"-Gdpi={PNG_DPI}"])):
        todo = [p for p in plans if any(k in p.missing for k in kinds)]
        wanted = sorted({k for p in todo for k in kinds if k in p.missing})
        if todo:
            _draw([p.job.dot for p in todo], [{k: p.files[k] for k in wanted} for p in todo], options)
    for plan in plans:
        page = plan.files["pdf"]
        if "pdf" in formats and not page.exists():
            temp = temp_path(page)
            try:
                compose_page(plan.files["chart"], plan.job.info, temp)
                publish(temp, page)
            finally:
                temp.unlink(missing_ok=True)
    return [{fmt: plan.files[fmt] for fmt in formats} for plan in plans]


def _draw(sources: list[str], targets: list[dict[str, Path]], options: list[str]) -> None:
    """Run `dot` once over all `sources` (one graph each) and publish its outputs to `targets`."""
    kinds = list(targets[0])
    dot_formats = {"chart": "pdf", "svg": "svg", "png": "png"}
    with tempfile.TemporaryDirectory(dir=charts_dir()) as folder:
        combined = Path(folder) / "batch.gv"
        combined.write_text("\n".join(sources), encoding="utf-8")
        run_dot_files(combined, [dot_formats[k] for k in kinds], options)
        for n, target in enumerate(targets):
            suffix = "" if n == 0 else f".{n + 1}"  # dot -O names the 2nd graph batch.gv.2.svg, ...
            for kind in kinds:
                produced = Path(folder) / f"batch.gv{suffix}.{dot_formats[kind]}"
                publish(produced, target[kind])


def render_item_charts(
    ws: Workspace,
    items: list[PowerItem],
    *,
    formats: Iterable[str] = ("pdf", "svg"),
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[int, dict[str, Path]]:
    """Item id → {format: cached file} for every item with a readable chart, drawn on every core.

    "pdf" is the A4 page (title, department, date); items without a chart, or with a corrupt one (a
    validation finding says so), are left out. Stops early, returning what is done, when `cancel()` is true.
    """
    formats = tuple(formats)
    department = get_department(ws).name
    records = chart_records(ws, [i.id for i in items if i.id is not None])
    jobs: dict[int, ChartJob] = {}
    for item in items:
        if item.id not in records:
            continue
        data, updated = records[item.id]
        try:
            chart = Flowchart.from_dict(data)
        except FlowchartError:
            continue
        jobs[item.id] = make_job(chart, item, department, (updated or "")[:10])
    return render_jobs(jobs, formats, progress=progress, cancel=cancel)


def render_jobs(
    jobs: dict[int, ChartJob],
    formats: tuple[str, ...],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[int, dict[str, Path]]:
    """Render many jobs in batches, one worker per core (`dot` runs as its own process, so threads suffice)."""
    results: dict[int, dict[str, Path]] = {}
    total = len(jobs)
    if progress:
        progress(0, total)
    workers = max(1, min(os.cpu_count() or 1, total))
    size = max(1, min(BATCH_SIZE, -(-total // (workers * 2))))
    ids = list(jobs)
    chunks = iter([ids[i:i + size] for i in range(0, total, size)])
    with ThreadPoolExecutor(max_workers=workers) as pool:
        running: dict[Future[list[dict[str, Path]]], list[int]] = {}

        def submit_next() -> None:
            for chunk in chunks:
                running[pool.submit(render_batch, [jobs[i] for i in chunk], list(formats))] = chunk
                return

        for _ in range(workers * 2):
            submit_next()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = running.pop(future)
                results.update(zip(chunk, future.result(), strict=True))
                if progress:
                    progress(len(results), total)
            if cancel and cancel():
                for future in running:
                    future.cancel()
                break
            for _ in done:
                submit_next()
    return results


def preview_svg(chart: Flowchart) -> bytes:
    """The chart as SVG for the screen (not cached: the editor redraws it as it changes)."""
    return render_bytes(fitted_dot(chart, graphviz_font()), "svg")


def export_chart(chart: Flowchart, item: PowerItem, department: str, out: Path, day: str = "") -> Path:
    """Write one chart to `out`, in the format its suffix names (.pdf page, .svg, .png)."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"不支持的输出格式“{out.suffix or '（无扩展名）'}”，请使用 .pdf、.svg 或 .png")
    if fmt == "pdf":
        source = render_job(make_job(chart, item, department, day), ["pdf"])["pdf"]
    else:
        job = ChartJob(fitted_dot(chart, graphviz_font(), title=f"{item_title(item)} 运行流程图"),
                       PageInfo(item_title(item), department, day or _today()))
        source = render_job(job, [fmt])[fmt]
    shutil.copyfile(source, out)
    return out
