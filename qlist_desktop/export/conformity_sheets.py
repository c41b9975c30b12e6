"""未认领事项说明.xlsx: the catalog entries not claimed (with reasons), then 三级四同 — per catalog the items
claimed, identical and deviating, each deviation with the liaison's reason, and the 本级新增 items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qlist_desktop.export.templates import Column, TableTemplate, load_table
from qlist_desktop.export.xlsx_writer import Cell, Sheet, workbook_bytes
from qlist_desktop.services.catalogs import list_catalogs, unclaimed_rows
from qlist_desktop.services.conformity import conformity_report
from qlist_desktop.storage.workspace import Workspace

LOCAL_NEW_NOTE = "上级目录中没有的事项，其设定依据需单独审核"


def _columns(template: TableTemplate, key: str) -> tuple[Column, ...]:
    return tuple(Column(str(c["field"]), str(c["title"]), float(c.get("width", 12))) for c in template.get(key, []))


def _rows(records: Sequence[Any], columns: Sequence[Column], extra: dict[str, str] | None = None) -> list[list[Cell]]:
    def value(record: Any, name: str) -> Cell:
        if extra and name in extra:
            return extra[name]
        found = getattr(record, name, "")
        return found if isinstance(found, int) and not isinstance(found, bool) else str(found)

    return [[n if c.field == "seq" else value(r, c.field) for c in columns] for n, r in enumerate(records, start=1)]


def unclaimed_workbook(ws: Workspace, department: str) -> bytes | None:
    """The workbook, or None when the workspace has no upper-level catalog and nothing unclaimed."""
    unclaimed = unclaimed_rows(ws)
    if not unclaimed and not list_catalogs(ws):
        return None
    template = load_table("unclaimed")
    title = template.title.format(department=department)
    report = conformity_report(ws)
    summary, deviations, local = (_columns(template, k) for k in
                                  ("conformity_columns", "deviation_columns", "local_new_columns"))
    sheets = [Sheet(template.get("sheet", "未认领事项说明"), title, template.columns,
                    _rows(unclaimed, template.columns), template.font_size)]
    if report.catalogs:
        sheets += [
            Sheet(template.get("conformity_sheet", "三级四同情况"),
                  str(template.get("conformity_title", title)).format(department=department), summary,
                  _rows(report.catalogs, summary), template.font_size),
            Sheet(template.get("deviations_sheet", "与上级目录不一致的事项"), title, deviations,
                  _rows(report.deviations, deviations), template.font_size),
            Sheet(template.get("local_new_sheet", "本级新增事项"), title, local,
                  _rows(report.local_new, local, {"note": LOCAL_NEW_NOTE}), template.font_size),
        ]
    return workbook_bytes(sheets)
