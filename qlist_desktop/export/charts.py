"""一图: the flowchart of each item (its printed pages as PDF, the SVG beside it) and the 汇编, one PDF of
every chart with a cover, a contents page and a bookmark per item (`chart_book`).

Charts are rendered (and cached) by `qlist_desktop.render.charts`; items without a chart get no file
here (the flowchart rule reports them in the validation summary).
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from qlist_desktop.export.cache import cache_key
from qlist_desktop.export.chart_book import BookEntry, book_bytes, write_book
from qlist_desktop.export.names import UniqueNames
from qlist_desktop.render.batch import SHEET
from qlist_desktop.render.charts import render_item_charts
from qlist_desktop.render.page import chinese_date
from qlist_desktop.services.flowcharts import dated_charts

if TYPE_CHECKING:
    from qlist_desktop.export.bundle import ExportRun


def write_charts(run: ExportRun, folder: PurePosixPath, combined_name: str) -> None:
    items = run.plan.items

    def progress(done: int, total: int, message: str = "") -> None:
        if run.progress:
            run.progress(run.done - 1, run.steps, f"生成运行流程图（{done}/{total}）")

    dept = run.plan.department.name
    charts = render_item_charts(items, dated_charts(run.ws, [i.id for i in items if i.id is not None]), dept,
                                formats=("pdf", "svg", SHEET), progress=progress, cancel=run.cancel)
    run.check_cancel()
    names = UniqueNames()
    charted: list[BookEntry] = []
    for item in items:
        files = charts.get(item.id) if item.id is not None else None
        if not files:
            continue
        run.check_cancel()
        base = names.take(f"{item.code}_{item.full_name}", "", limit=80)
        run.staged.copy(str(folder / f"{base}.pdf"), files["pdf"])
        run.staged.copy(str(folder / f"{base}.svg"), files["svg"])
        charted.append(BookEntry(f"{item.code} {item.full_name}".strip(), files[SHEET], not item.is_public))
    run.charts = len(charted)
    if not charted:
        return
    date = chinese_date(f"{run.plan.date[:4]}-{run.plan.date[4:6]}-{run.plan.date[6:]}")
    # Chart files are named by their content, so the names and titles identify the combined document.
    key = cache_key("charts-book", dept, date,
                    [(e.title, e.pages.name, e.pages.stat().st_size, e.restricted) for e in charted])
    target = str(folder / combined_name)
    cached = run.cache.file_or_make(key, lambda out: write_book(charted, dept, date, out))
    if cached is not None:
        run.staged.copy(target, cached)
    else:
        run.staged.write(target, book_bytes(charted, dept, date))
