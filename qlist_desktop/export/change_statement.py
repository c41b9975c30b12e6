"""The 变更说明 of a resubmission, as xlsx and PDF: changed items (field by field) and answered opinions."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from qlist_desktop.domain.changes import ItemChange
from qlist_desktop.export.pdf_base import HEI, LANDSCAPE, build_pdf, para, style, title_style
from qlist_desktop.export.templates import Column, TableTemplate, load_table
from qlist_desktop.export.xlsx_writer import Cell, Sheet, workbook_bytes
from qlist_desktop.services.reviews import RESPONSE_KINDS, Opinion


def _columns(template: TableTemplate, key: str) -> tuple[Column, ...]:
    return tuple(Column(str(c["field"]), str(c["title"]), float(c.get("width", 12))) for c in template.get(key, []))


def change_rows(changes: Sequence[ItemChange]) -> list[dict[str, str]]:
    return [
        {
            "kind": c.kind,
            "code": c.code,
            "full_name": c.full_name,
            "category": c.category,
            "diffs": "\n".join(f"【{d.label}】{d.old or '（空）'} → {d.new or '（空）'}" for d in c.diffs)
            or ("新增事项" if c.kind == "新增" else "本次不再报送（废止、剔除或删除）"),
            "reason": c.reason,
            "changed_at": c.changed_at.replace("T", " "),
        }
        for c in changes
    ]


def opinion_rows(opinions: Sequence[Opinion]) -> list[dict[str, str]]:
    return [
        {
            "round": f"第{op.round}次",
            "item_code": op.item_code,
            "conclusion": op.conclusion,
            "comment": op.comment,
            "response_kind": RESPONSE_KINDS.get(op.response_kind, "待回复" if op.needs_action else "无需回复"),
            "response": op.response,
            "responded_at": op.responded_at.replace("T", " "),
        }
        for op in opinions
    ]


def _cells(rows: list[dict[str, str]], columns: Sequence[Column]) -> list[list[Cell]]:
    return [[n if c.field == "seq" else row.get(c.field, "") for c in columns] for n, row in enumerate(rows, 1)]


def change_statement_xlsx(department: str, round_: int, changes: Sequence[ItemChange],
                          opinions: Sequence[Opinion], template: TableTemplate | None = None,
                          period: str = "") -> bytes:
    """`period` is the line naming the change deadline (with its calendar note), printed under the title."""
    template = template or load_table("change_statement")
    title = template.title.format(department=department, round=round_)
    op_columns = _columns(template, "opinion_columns")
    info = ("变更说明期限", period) if period else None
    return workbook_bytes([
        Sheet(template.get("changes_sheet", "变更事项"), title, template.columns,
              _cells(change_rows(changes), template.columns), template.font_size, info),
        Sheet(template.get("opinions_sheet", "审核意见及回复"), title, op_columns,
              _cells(opinion_rows(opinions), op_columns), template.font_size),
    ])


def _table(rows: list[dict[str, str]], columns: Sequence[Column], size: float) -> Table:
    cell, head = style("cell", size), style("head", size, font=HEI, align=TA_CENTER)
    total = sum(c.width for c in columns)
    width = LANDSCAPE[3]
    data = [[para(c.title, head) for c in columns]]
    data += [[para(str(v), cell) for v in values] for values in _cells(rows, columns)]
    if not rows:
        data.append([para("（无）", cell)] + [para("", cell)] * (len(columns) - 1))
    table = Table(data, colWidths=[width * c.width / total for c in columns], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
    ]))
    return table


def change_statement_pdf(department: str, round_: int, changes: Sequence[ItemChange],
                         opinions: Sequence[Opinion], template: TableTemplate | None = None,
                         period: str = "") -> bytes:
    template = template or load_table("change_statement")
    title = template.title.format(department=department, round=round_)
    size = template.pdf_font_size
    counts = {kind: sum(c.kind == kind for c in changes) for kind in ("新增", "变更", "删除")}
    summary = (f"自上次报送以来，新增事项 {counts['新增']} 项，变更事项 {counts['变更']} 项，"
               f"不再报送事项 {counts['删除']} 项；审核意见 {len(opinions)} 条。" + (f"{period}。" if period else ""))
    section = style("section", 14, font=HEI, space_after=6)
    story: list[Flowable] = [
        para(title, title_style(18)),
        para(summary, style("summary", 11, space_after=8)),
        para("一、变更事项", section),
        _table(change_rows(changes), template.columns, size),
        Spacer(0, 10),
        para("二、审核意见及回复", section),
        _table(opinion_rows(opinions), _columns(template, "opinion_columns"), size),
    ]
    return build_pdf(story, title=title, author=department, layout=LANDSCAPE)
