"""The 变更说明 of a resubmission, as xlsx and PDF: changed items (field by field) and answered opinions."""

from __future__ import annotations

from collections.abc import Sequence

from qlist_desktop.domain.changes import ItemChange
from qlist_desktop.export.grid import PageWriter
from qlist_desktop.export.pdf_base import LANDSCAPE, TABLE_SIZE, TextStyle
from qlist_desktop.export.pdf_docs import column_widths, write_table
from qlist_desktop.export.templates import Column, TableTemplate, TemplateError, column, load_table
from qlist_desktop.export.xlsx_writer import Cell, Sheet, workbook_bytes
from qlist_desktop.services.reviews import RESPONSE_KINDS, Opinion


def _columns(template: TableTemplate, key: str) -> tuple[Column, ...]:
    try:
        return tuple(column(c) for c in template.get(key, []))
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"导出模板“{template.name}.json”的 {key} 列定义有误（{exc}）") from None


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


def change_statement_pdf(department: str, round_: int, changes: Sequence[ItemChange],
                         opinions: Sequence[Opinion], template: TableTemplate | None = None,
                         period: str = "") -> bytes:
    """变更说明 in landscape: a summary, the changed items, then the answered opinions."""
    template = template or load_table("change_statement")
    title = template.title.format(department=department, round=round_)
    size = max(template.pdf_font_size, TABLE_SIZE)
    counts = {kind: sum(c.kind == kind for c in changes) for kind in ("新增", "变更", "删除")}
    summary = (f"自上次报送以来，新增事项 {counts['新增']} 项，变更事项 {counts['变更']} 项，"
               f"不再报送事项 {counts['删除']} 项；审核意见 {len(opinions)} 条。" + (f"{period}。" if period else ""))
    section = TextStyle("heading", 14, 20)
    writer = PageWriter(LANDSCAPE, title=title, author=department)
    writer.new_page()
    writer.text(title, TextStyle("title", 18, 26, align="center"), after=4)
    writer.text(summary, TextStyle("body", 12, 18), after=6)
    parts = (("一、变更事项", template.columns, change_rows(changes)),
             ("二、审核意见及回复", _columns(template, "opinion_columns"), opinion_rows(opinions)))
    for heading, columns, rows in parts:
        if writer.room < 6 * section.line:
            writer.new_page()
        writer.text(heading, section, after=4)
        texts = [[str(v) for v in values] for values in _cells(rows, columns)]
        write_table(writer, columns, texts, column_widths(columns, texts, size), size)
        writer.space(10)
    return writer.pdf()
