"""一图: the flowchart of each item (PDF with the SVG beside it) and one combined PDF with a bookmark per item.

Charts are rendered (and cached) by `qlist_desktop.render.charts`; items without a chart get no file
here (the flowchart rule reports them in the validation summary).
"""

from __future__ import annotations

import io
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from pypdf import PdfReader, PdfWriter

from qlist_desktop.export.cache import cache_key
from qlist_desktop.export.names import UniqueNames
from qlist_desktop.render.charts import render_item_charts

if TYPE_CHECKING:
    from qlist_desktop.export.bundle import ExportRun


def write_charts(run: ExportRun, folder: PurePosixPath, combined_name: str) -> None:
    items = run.plan.items

    def progress(done: int, total: int, message: str = "") -> None:
        if run.progress:
            run.progress(run.done - 1, run.steps, f"生成运行流程图（{done}/{total}）")

    charts = render_item_charts(run.ws, items, formats=("pdf", "svg"), progress=progress, cancel=run.cancel)
    run.check_cancel()
    names = UniqueNames()
    charted: list[tuple[str, Path]] = []
    for item in items:
        files = charts.get(item.id) if item.id is not None else None
        if not files or "pdf" not in files:
            continue
        run.check_cancel()
        base = names.take(f"{item.code}_{item.full_name}", "", limit=80)
        run.staged.copy(str(folder / f"{base}.pdf"), files["pdf"])
        if "svg" in files:
            run.staged.copy(str(folder / f"{base}.svg"), files["svg"])
        charted.append((f"{item.code} {item.full_name}", files["pdf"]))
    run.charts = len(charted)
    if not charted:
        return
    dept = run.plan.department.name
    # Chart files are named by their content, so the names and titles identify the combined document.
    key = cache_key("charts-combined", dept, [(title, path.name, path.stat().st_size) for title, path in charted])
    target = str(folder / combined_name)
    cached = run.cache.file_or_make(key, lambda out: write_combined(charted, dept, out))
    if cached is not None:
        run.staged.copy(target, cached)
    else:
        run.staged.write(target, combined_bytes(charted, dept))


def _combined(charted: list[tuple[str, Path]], department: str) -> PdfWriter:
    combined = PdfWriter()
    for title, pdf in charted:
        start = len(combined.pages)
        for page in PdfReader(pdf).pages:
            combined.add_page(page)
        combined.add_outline_item(title=title, page_number=start)
    combined.add_metadata({"/Title": "行政权力运行流程图汇编", "/Author": department})
    combined.page_mode = "/UseOutlines"
    # Pages drawn from the same templates share fonts and images: store each once.
    combined.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    return combined


def write_combined(charted: list[tuple[str, Path]], department: str, out: Path) -> None:
    """One PDF of every chart with a bookmark per item."""
    with open(out, "wb") as f:
        _combined(charted, department).write(f)


def combined_bytes(charted: list[tuple[str, Path]], department: str) -> bytes:
    buf = io.BytesIO()
    _combined(charted, department).write(buf)
    return buf.getvalue()
