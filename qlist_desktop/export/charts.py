"""一图: the flowchart of each item (PDF with the SVG beside it) and one combined PDF with a bookmark per item.

Charts are rendered (and cached) by `qlist_desktop.render.charts`; items without a chart get no file
here (the flowchart rule reports them in the validation summary).
"""

from __future__ import annotations

import io
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from pypdf import PdfReader, PdfWriter

from qlist_desktop.export.names import UniqueNames

if TYPE_CHECKING:
    from qlist_desktop.export.bundle import _Run


def write_charts(run: _Run, folder: PurePosixPath, combined_name: str) -> None:
    from qlist_desktop.render.charts import render_item_charts

    items = run.plan.items

    def progress(done: int, total: int, message: str = "") -> None:
        if run.progress:
            run.progress(run.done - 1, run.steps, f"生成运行流程图（{done}/{total}）")

    charts = render_item_charts(run.ws, items, formats=("pdf", "svg"), progress=progress, cancel=run.cancel)
    run.check_cancel()
    names = UniqueNames()
    combined = PdfWriter()
    count = 0
    for item in items:
        files = charts.get(item.id) if item.id is not None else None
        if not files or "pdf" not in files:
            continue
        run.check_cancel()
        base = names.take(f"{item.code}_{item.full_name}", "", limit=80)
        run.staged.copy(str(folder / f"{base}.pdf"), files["pdf"])
        if "svg" in files:
            run.staged.copy(str(folder / f"{base}.svg"), files["svg"])
        start = len(combined.pages)
        for page in PdfReader(files["pdf"]).pages:
            combined.add_page(page)
        combined.add_outline_item(title=f"{item.code} {item.full_name}", page_number=start)
        count += 1
    if count:
        combined.add_metadata({"/Title": "行政权力运行流程图汇编", "/Author": run.plan.department.name})
        combined.page_mode = "/UseOutlines"
        buf = io.BytesIO()
        combined.write(buf)
        run.staged.write(str(folder / combined_name), buf.getvalue())
    run.extra_meta["charts"] = count
