"""Drawing a batch of charts into the cache: one `dot` process for the batch, then the A4 pages.

This module is what worker processes import, so it stays light: no workspace, no services. The parent
plans the work (`plan_job`: content keys, which cached files are missing) and a worker draws the plans
(`draw_plans`), or the parent draws them itself when there are only a few.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from qlist_desktop.render.cache import cached_path, charts_dir, content_key, publish, temp_path
from qlist_desktop.render.graphviz import run_dot_files, set_configured_dot
from qlist_desktop.render.page import PageInfo, compose_page

FORMATS = ("pdf", "svg", "png")
PNG_DPI = 150
_DOT_FORMATS = {"chart": "pdf", "svg": "svg", "png": "png"}


@dataclass(frozen=True)
class ChartJob:
    """One chart to draw: its DOT text and what its page says."""

    dot: str
    info: PageInfo


@dataclass(frozen=True)
class Plan:
    """Where a job's files are and which of them still have to be drawn."""

    job: ChartJob
    formats: tuple[str, ...]
    files: dict[str, Path]  # "svg", "png", "chart" (the bare dot PDF) and "pdf" (the page)
    missing: frozenset[str]  # which of the dot outputs ("chart", "svg", "png") must be drawn

    @property
    def done(self) -> bool:
        return not self.missing and ("pdf" not in self.formats or self.files["pdf"].exists())

    def results(self) -> dict[str, Path]:
        return {fmt: self.files[fmt] for fmt in self.formats}


def check_formats(formats: tuple[str, ...]) -> None:
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"不支持的输出格式：{'、'.join(sorted(unknown))}（可选 pdf、svg、png）")


def plan_job(job: ChartJob, formats: tuple[str, ...]) -> Plan:
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
    return Plan(job, formats, files, frozenset(f for f in wanted if not files[f].exists()))


def draw_plans(plans: list[Plan]) -> list[dict[str, Path]]:
    """Draw what `plans` miss (one `dot` run per option set for all of them, then the pages); their files."""
    for kinds, options in ((("chart", "svg"), []), (("png",), [f"-Gdpi={PNG_DPI}"])):
        todo = [p for p in plans if p.missing & set(kinds)]
        wanted = sorted({k for p in todo for k in kinds if k in p.missing})
        if todo:
            _draw([p.job.dot for p in todo], [{k: p.files[k] for k in wanted} for p in todo], options)
    for plan in plans:
        page = plan.files["pdf"]
        if "pdf" in plan.formats and not page.exists():
            temp = temp_path(page)
            try:
                compose_page(plan.files["chart"], plan.job.info, temp)
                publish(temp, page)
            finally:
                temp.unlink(missing_ok=True)
    return [plan.results() for plan in plans]


def render_batch(jobs: list[ChartJob], formats: list[str]) -> list[dict[str, Path]]:
    """The cached files of several charts, drawing only what is missing, in this process."""
    chosen = tuple(formats)
    check_formats(chosen)
    return draw_plans([plan_job(job, chosen) for job in jobs])


def init_worker(dot: str) -> None:
    """Start-up of a worker process: use the parent's `dot` (a setting made in the GUI is not inherited)."""
    set_configured_dot(dot)


def _draw(sources: list[str], targets: list[dict[str, Path]], options: list[str]) -> None:
    """Run `dot` once over all `sources` (one graph each) and publish its outputs to `targets`."""
    kinds = list(targets[0])
    with tempfile.TemporaryDirectory(dir=charts_dir()) as folder:
        combined = Path(folder) / "batch.gv"
        combined.write_text("\n".join(sources), encoding="utf-8")
        run_dot_files(combined, [_DOT_FORMATS[k] for k in kinds], options)
        for n, target in enumerate(targets):
            suffix = "" if n == 0 else f".{n + 1}"  # dot -O names the 2nd graph batch.gv.2.svg, ...
            for kind in kinds:
                produced = Path(folder) / f"batch.gv{suffix}.{_DOT_FORMATS[kind]}"
                publish(produced, target[kind])
