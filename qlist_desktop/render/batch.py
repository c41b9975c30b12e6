"""Drawing a batch of charts into the cache: few `dot` processes for the whole batch, then the A4 pages.

This module is what worker processes import, so it stays light: no workspace, no services. The parent
plans the work (`plan_job`: content keys, which cached files are missing) and a worker draws the plans
(`draw_plans`), or the parent draws them itself when there are only a few.

Formats: "svg" and "png" are the whole chart on one canvas (the electronic copy, the preview); "pdf" is
the printed document of the chart, its pages numbered from 1; "sheet" is the same pages unnumbered, for
documents that combine many charts and number their pages themselves.
"""

from __future__ import annotations

import functools
import json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from qlist_desktop.domain.flowchart import Flowchart
from qlist_desktop.render.cache import cached_path, charts_dir, content_key, publish, temp_path
from qlist_desktop.render.graphviz import run_dot_files, set_configured_dot
from qlist_desktop.render.page import PORTRAIT, PageInfo, chart_scale, compose_pages, frame, min_scale, page_size
from qlist_desktop.render.paginate import (
    Layout,
    Pages,
    choose_pages,
    fitted_dot,
    halve,
    one_page,
    page_dot,
    page_dots,
    read_plain,
)

FORMATS = ("pdf", "svg", "png")
SHEET = "sheet"  # the unnumbered pages (not offered to users)
PNG_DPI = 150
_PAGE_KINDS = ("pdf", SHEET)
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]")
CONNECTOR_ROW = 45  # height of a row of off-page connectors with its arrow, in chart points


@dataclass(frozen=True)
class ChartJob:
    """One chart to draw: the chart, the font it is drawn in, what its pages say, and the title drawn on
    the one-canvas picture ("" for none).

    The DOT texts are made only when a file has to be drawn: cache keys come from the chart's data, so a
    cached chart costs no DOT generation (`RENDER_VERSION` covers changes of the DOT builder).
    """

    chart: Flowchart
    font: str
    info: PageInfo
    title: str = ""

    @functools.cached_property
    def dot(self) -> str:
        """The whole chart on one canvas (SVG, PNG)."""
        return fitted_dot(self.chart, self.font, self.title)

    @functools.cached_property
    def pages_dot(self) -> str:
        """The whole chart as printed on one page (conditions and footer drawn by the page)."""
        return page_dot(self.chart, self.font)

    @functools.cached_property
    def data(self) -> str:
        return json.dumps(self.chart.to_dict(), ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Plan:
    """Where a job's files are and which of them still have to be drawn."""

    job: ChartJob
    formats: tuple[str, ...]
    files: dict[str, Path]
    missing: frozenset[str]

    @property
    def done(self) -> bool:
        return not self.missing

    def results(self) -> dict[str, Path]:
        return {fmt: self.files[fmt] for fmt in self.formats}


def check_formats(formats: tuple[str, ...]) -> None:
    unknown = set(formats) - set(FORMATS) - {SHEET}
    if unknown:
        raise ValueError(f"不支持的输出格式：{'、'.join(sorted(unknown))}（可选 pdf、svg、png）")


def plan_job(job: ChartJob, formats: tuple[str, ...]) -> Plan:
    dot_key = content_key("canvas", job.data, job.font, job.title)
    page_key = content_key("pages", job.data, job.font, job.info.key())
    files = {
        "svg": cached_path(dot_key, ".svg"),
        "png": cached_path(dot_key, ".png"),
        "pdf": cached_path(page_key, ".pdf"),
        SHEET: cached_path(page_key, ".sheet.pdf"),
    }
    return Plan(job, formats, files, frozenset(f for f in formats if not files[f].exists()))


def draw_plans(plans: list[Plan]) -> list[dict[str, Path]]:
    """Draw what `plans` miss (a few `dot` runs for all of them, then the pages); their files."""
    for kind, options in (("svg", []), ("png", [f"-Gdpi={PNG_DPI}"])):
        todo = [p for p in plans if kind in p.missing]
        if todo:
            _draw([p.job.dot for p in todo], [{kind: p.files[kind]} for p in todo], options)
    paged = [p for p in plans if p.missing & set(_PAGE_KINDS)]
    if paged:
        with tempfile.TemporaryDirectory(dir=charts_dir()) as folder:
            _draw_pages(paged, Path(folder))
    return [plan.results() for plan in plans]


def _draw_pages(plans: list[Plan], folder: Path) -> None:
    """Lay out every chart whole (one `dot -Tplain` run, no drawing), cut those too big for a page, draw
    every page (one run), cut again only a page whose own layout came out taller than planned; compose.

    Pages are cut for portrait; each page is then printed in the orientation that shows it larger, so a
    page made wide by its arrows turns landscape on its own."""
    wholes = _run(folder / "whole.gv", [p.job.pages_dot for p in plans], ["plain"])
    layouts: dict[int, Layout] = {}
    todo: dict[int, Pages | None] = {}  # None: the whole chart on one page
    for n, (plan, outputs) in enumerate(zip(plans, wholes, strict=True)):
        layouts[n] = layout = read_plain(outputs["plain"].read_text(encoding="utf-8"), plan.job.chart)
        whole = not layout.steps or one_page(layout, plan.job.info) is not None
        todo[n] = None if whole else choose_pages(layout, plan.job.info, False)
    pages: dict[int, list[_Fitted]] = {}
    attempt = 0
    while todo:
        attempt += 1
        order = list(todo)
        sources = []
        for n in order:
            chosen = todo[n]
            job = plans[n].job
            sources += [job.pages_dot] if chosen is None else page_dots(job.chart, job.font, chosen)
        drawn = iter(_run(folder / f"pages{attempt}.gv", sources, ["pdf"]))
        again: dict[int, Pages | None] = {}
        for n in order:
            info = plans[n].job.info
            chosen = todo[n]
            if chosen is None:
                pages[n] = [_best_page(next(drawn)["pdf"], info, True, True)]
                continue
            fitted = [_best_page(next(drawn)["pdf"], info, k == 0, k == len(chosen) - 1) for k in range(len(chosen))]
            joined = _joined_tail(fitted, chosen, info) if attempt == 1 else None
            small = next((k for k, page in enumerate(fitted) if page.too_tall), None)
            if joined is not None:
                again[n] = joined
            elif small is None or len(chosen[small]) < 2 or attempt >= 4:
                pages[n] = fitted
            else:
                again[n] = [*chosen[:small], *halve(layouts[n], chosen[small]), *chosen[small + 1:]]
        todo = again
    for n, plan in enumerate(plans):
        temps = {kind: temp_path(plan.files[kind]) for kind in _PAGE_KINDS if kind in plan.missing}
        try:
            compose_pages([(page.pdf, page.size) for page in pages[n]], plan.job.info,
                          unnumbered=temps.get(SHEET), numbered=temps.get("pdf"))
            for kind, temp in temps.items():
                publish(temp, plan.files[kind])
        finally:
            for temp in temps.values():
                temp.unlink(missing_ok=True)


@dataclass(frozen=True)
class _Fitted:
    """A drawn page's chart, the page size it prints larger on, and whether it is too tall to be legible."""

    pdf: Path
    height: float
    size: tuple[float, float]
    too_tall: bool


def media_size(pdf: Path) -> tuple[float, float]:
    """Width and height of a one-page PDF written by Graphviz (cairo states its MediaBox in plain text)."""
    found = _MEDIA_BOX.search(pdf.read_bytes())
    if found:
        return float(found[1]), float(found[2])
    box = PdfReader(pdf).pages[0].mediabox
    return float(box.width), float(box.height)


def _best_page(pdf: Path, info: PageInfo, first: bool, last: bool) -> _Fitted:
    width, height = media_size(pdf)
    options = []
    for landscape in (False, True):
        size = page_size(landscape)
        _x, _y, avail_w, avail_h = frame(info, size, first=first, last=last).chart_box
        options.append((min(avail_w / width, avail_h / height) >= min_scale(), chart_scale(
            frame(info, size, first=first, last=last), width, height), avail_h / height < avail_w / width, size))
    legible = [o for o in options if o[0]]
    chosen = legible[0] if legible else max(options, key=lambda o: o[1])  # portrait first when legible
    return _Fitted(pdf, height, chosen[3], not legible and chosen[2])


def _joined_tail(fitted: list[_Fitted], chosen: Pages, info: PageInfo) -> Pages | None:
    """The pages with the last two joined, when their drawn heights (less the connector row between them)
    would fit one portrait last page; None when they would not (the joined page is drawn and checked anew)."""
    if len(fitted) < 2 or any(page.size != PORTRAIT for page in fitted[-2:]):
        return None
    f = frame(info, PORTRAIT, first=len(fitted) == 2, last=True)
    if (fitted[-2].height + fitted[-1].height - 2 * CONNECTOR_ROW) * min_scale() > f.chart_box[3]:
        return None
    return [*chosen[:-2], chosen[-2] + chosen[-1]]


def render_batch(jobs: list[ChartJob], formats: list[str]) -> list[dict[str, Path]]:
    """The cached files of several charts, drawing only what is missing, in this process."""
    chosen = tuple(formats)
    check_formats(chosen)
    return draw_plans([plan_job(job, chosen) for job in jobs])


def init_worker(dot: str) -> None:
    """Start-up of a worker process: use the parent's `dot` (a setting made in the GUI is not inherited)."""
    set_configured_dot(dot)


def _run(source: Path, graphs: list[str], formats: list[str],
         options: list[str] | None = None) -> list[dict[str, Path]]:
    """Run `dot` once over `graphs` (written to `source`); the output file of each graph per format."""
    source.write_text("\n".join(graphs), encoding="utf-8")
    run_dot_files(source, formats, options)
    # dot -O names the outputs batch.gv.pdf, batch.gv.2.pdf, ...
    return [{fmt: source.parent / f"{source.name}{'' if n == 0 else f'.{n + 1}'}.{fmt}" for fmt in formats}
            for n in range(len(graphs))]


def _draw(sources: list[str], targets: list[dict[str, Path]], options: list[str]) -> None:
    """Run `dot` once over all `sources` (one graph each) and publish its outputs to `targets`."""
    kinds = list(targets[0])
    with tempfile.TemporaryDirectory(dir=charts_dir()) as folder:
        outputs = _run(Path(folder) / "batch.gv", sources, kinds, options)
        for produced, target in zip(outputs, targets, strict=True):
            for kind in kinds:
                publish(produced[kind], target[kind])
