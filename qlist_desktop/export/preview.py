"""PDFs for printing single documents from the GUI (catalog, one 登记表, one flowchart), with no Qt.

They are the same documents as in the bundle, written into the cache folder; the GUI rasterises and
prints them (`qlist_desktop.ui.print_preview`).
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from qlist_desktop.export.bundle import ExportOptions, plan_export
from qlist_desktop.export.cells import chinese_date
from qlist_desktop.export.documents import category_groups_for
from qlist_desktop.export.pdf_docs import table_pdf
from qlist_desktop.export.registration import Filler, registration_pdf
from qlist_desktop.export.templates import CATALOG_PREFIX, catalog_template, load_json
from qlist_desktop.paths import cache_dir
from qlist_desktop.render.charts import render_item_charts
from qlist_desktop.services.flowcharts import dated_charts
from qlist_desktop.services.items import get_item
from qlist_desktop.services.settings import get_department
from qlist_desktop.storage.workspace import Workspace


class PreviewUnavailable(LookupError):
    """Nothing to print (e.g. an item without a flowchart), said in a sentence."""


def _write(name: str, data: bytes) -> Path:
    folder = cache_dir() / "preview"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{hashlib.sha256(data).hexdigest()[:16]}.pdf"
    if not path.exists():
        path.write_bytes(data)
    return path


def catalog_preview_pdf(ws: Workspace, *, include_drafts: bool = True, template_name: str = CATALOG_PREFIX) -> Path:
    """行政权力目录表 of the workspace's public items, as in the bundle."""
    plan = plan_export(ws, ExportOptions(include_drafts=include_drafts))
    template = catalog_template(template_name)
    dept = plan.department.name
    groups = category_groups_for([i for i in plan.items if i.is_public], plan.vocab)
    sections = [(f"{label}（{len(members)}项）", members) for label, _code, members in groups if members]
    return _write("catalog", table_pdf(template.title.format(department=dept), dept, template, sections))


def registration_preview_pdf(ws: Workspace, item_id: int) -> Path:
    """The 登记表 of one item (one page, or more with continuation pages)."""
    item = get_item(ws, item_id)
    dept = get_department(ws)
    filler = Filler(dept.name, dept.liaison, dept.phone, chinese_date(date.today().strftime("%Y%m%d")))
    return _write(f"registration-{item_id}", registration_pdf([item], load_json("registration"), filler))


def flowchart_preview_pdf(ws: Workspace, item_id: int) -> Path:
    """The item's printed flowchart pages (rendered and cached by the chart renderer)."""
    item = get_item(ws, item_id)
    files = render_item_charts([item], dated_charts(ws, [item_id]), get_department(ws).name,
                               formats=("pdf",)).get(item_id)
    if not files:
        raise PreviewUnavailable(f"事项“{item.full_name}”还没有运行流程图（或流程图数据已损坏），无法打印")
    return files["pdf"]

