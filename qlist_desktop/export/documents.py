"""The documents of the bundle (一表, 一件, 封面, 审核意见反馈表), written into a staged bundle.

Documents that do not carry the bundle id are cached by content (see `cache.py`): exporting again
after a few changes lays out only what changed.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from qlist_desktop.domain.items import Department, PowerItem, item_to_dict
from qlist_desktop.domain.vocab import Vocabularies
from qlist_desktop.export import law_documents, pdf_docs, xlsx_writer
from qlist_desktop.export.cache import cache_key
from qlist_desktop.export.cells import chinese_date
from qlist_desktop.export.change_statement import change_statement_pdf, change_statement_xlsx
from qlist_desktop.export.charts import write_charts
from qlist_desktop.export.conformity_sheets import unclaimed_workbook
from qlist_desktop.export.duties import add_review_sheet, bundle_counts
from qlist_desktop.export.names import UniqueNames
from qlist_desktop.export.pdf_base import font_fingerprint
from qlist_desktop.export.registration import registration_document
from qlist_desktop.export.templates import catalog_template, load_json, load_table, template_fingerprint
from qlist_desktop.laws.titles import title_key
from qlist_desktop.services.attachments import attachment_content, list_attachments
from qlist_desktop.services.duties import load_list
from qlist_desktop.services.reviews import change_deadline, opinions, pending_changes

if TYPE_CHECKING:
    from qlist_desktop.export.bundle import ExportRun

STEP_COUNT = 10


@functools.cache
def _layout_cached(fingerprint: str) -> dict[str, Any]:
    return load_json("bundle")


def layout() -> dict[str, Any]:
    """The names inside the bundle (exports/bundle.json)."""
    return _layout_cached(template_fingerprint())


def department_code(dept: Department) -> str:
    """部门编码: the region code and the subject code together."""
    return f"{dept.region_code}{dept.code}" or "未编码"


def category_groups(items: Sequence[PowerItem], run: ExportRun) -> list[tuple[str, str, list[PowerItem]]]:
    return category_groups_for(items, run.plan.vocab)


def category_groups_for(items: Sequence[PowerItem], vocab: Vocabularies) -> list[tuple[str, str, list[PowerItem]]]:
    """(label, code, items) per category: the vocabulary's order first, then unknown categories as met."""
    groups: dict[str, list[PowerItem]] = {label: [] for label in vocab.labels("category")}
    for item in items:
        groups.setdefault(item.category or "未分类", []).append(item)
    return [(label, vocab.category_code(label) or "", members) for label, members in groups.items()]


def _fingerprints() -> str:
    return cache_key(template_fingerprint(), font_fingerprint())


def _cached(run: ExportRun, kind: str, payload: Any, make: Any) -> bytes:
    return run.cache.get_or_make(cache_key(kind, _fingerprints(), payload), make)


def write_documents(run: ExportRun) -> None:
    names = layout()
    plan = run.plan
    dept = plan.department.name
    staged = run.staged
    items = plan.items
    public = [i for i in items if i.is_public]
    hidden = [i for i in items if not i.is_public]
    item_data = [item_to_dict(i) for i in items]
    table = PurePosixPath(names["table_folder"])

    run.step("生成封面")
    staged.write(names["cover"], pdf_docs.cover_pdf(cover_info(run)))

    run.step("生成行政权力目录表（Excel）")
    catalog = catalog_template(plan.options.catalog_template)
    groups = category_groups(public, run)
    hidden_counts = {label: len(members) for label, _c, members in category_groups(hidden, run)}
    payload = [dept, [i for i in item_data if i["is_public"]], hidden_counts]
    staged.write(str(table / f"{names['catalog']}.xlsx"), _cached(
        run, "catalog.xlsx", payload, lambda: xlsx_writer.catalog_workbook(dept, groups, hidden_counts, catalog)))

    run.step("生成行政权力目录表（PDF）")
    sections = [(f"{label}（{len(members)}项）", members) for label, _code, members in groups if members]
    title = catalog.title.format(department=dept)
    staged.write(str(table / f"{names['catalog']}.pdf"), pdf_docs.table_pdf(title, dept, catalog, sections, run.cache))

    run.step("生成涉密不宜公开权力目录")
    confidential = load_table("confidential")
    hidden_payload = [dept, [i for i in item_data if not i["is_public"]]]
    staged.write(str(table / f"{names['confidential']}.xlsx"), _cached(
        run, "confidential.xlsx", hidden_payload,
        lambda: xlsx_writer.simple_workbook(dept, confidential, hidden, confidential.get("sheet", "涉密目录"))))
    staged.write(str(table / f"{names['confidential']}.pdf"), _cached(
        run, "confidential.pdf", hidden_payload, lambda: pdf_docs.table_pdf(
            confidential.title.format(department=dept), dept, confidential, [("", hidden)])))

    run.step("生成行政权力清理汇总登记表")
    staged.write(str(table / names["registration"]), registration_document(run, items))

    run.step("复制依据文件")
    write_basis_documents(run, PurePosixPath(names["basis_folder"]), names["basis_catalog"])

    run.step("生成运行流程图")
    write_charts(run, PurePosixPath(names["chart_folder"]), names["chart_combined"])

    run.step("生成未认领事项说明")
    write_unclaimed(run, str(table / names["unclaimed"]))

    run.step("生成变更说明")
    write_change_statement(run, names["change_statement"])

    run.step("生成审核意见反馈表")
    review = load_table("review_feedback")
    staged.write(names["review_feedback"], add_review_sheet(xlsx_writer.review_feedback_workbook(
        dept, review, items, run.bundle_id, plan.vocab.labels("review_conclusion")), dept, load_list(run.ws)))


def cover_info(run: ExportRun) -> pdf_docs.CoverInfo:
    plan = run.plan
    names = layout()
    dept = plan.department
    counts = [(label, len(members)) for label, _c, members in category_groups(plan.items, run) if members]
    note = ""
    if plan.errors:
        note = (f"本次报送经校验仍有 {len(plan.errors)} 个错误，经联络员说明后报送。"
                f"理由：{plan.options.override_reason.strip()}")
    return pdf_docs.CoverInfo(
        title=names["cover_title"].format(department=dept.name, round=plan.round),
        subtitle=names["cover_subtitle"].format(department=dept.name, round=plan.round),
        department=dept.name, department_code=department_code(dept), liaison=dept.liaison, phone=dept.phone,
        date=chinese_date(plan.date), bundle_id=run.bundle_id,
        counts=counts, signatures=names.get("cover_signatures", []), override_note=note,
        duty_counts=bundle_counts(load_list(run.ws)),
    )


def write_basis_documents(run: ExportRun, folder: PurePosixPath, catalog_name: str) -> None:
    """一件: each attached document once, named by its basis title; 依据文件目录.xlsx maps item → basis → file."""
    attachments = {a.sha256: a for a in list_attachments(run.ws)}
    names = UniqueNames()
    written: dict[str, str] = {}
    template = load_table("basis_documents")
    absent = template.get("missing_text", "未附文件")
    listed: list[dict[str, str]] = []
    attached = {title_key(b.title) for i in run.plan.items for b in i.bases if b.document_sha256 in attachments}
    law_files = law_documents.write_law_documents(run, folder, names, attached)
    for item in run.plan.items:
        for basis in item.bases:
            sha = basis.document_sha256
            if sha and sha in attachments and sha not in written:
                run.check_cancel()
                original = PurePosixPath(attachments[sha].filename)
                relative = str(folder / names.take(basis.title or original.stem, original.suffix.lower(), limit=90))
                run.staged.write(relative, attachment_content(run.ws, sha))
                written[sha] = relative
            listed.append({"code": item.code, "full_name": item.full_name, "basis_level": basis.level,
                           "basis_title": f"《{basis.title}》" if basis.title else "", "basis_article": basis.article,
                           "basis_file": written.get(sha, "") if sha else law_documents.file_for(basis, law_files)})

    def rows(entries: list[dict[str, str]]) -> list[list[Any]]:
        return [[n if c.field == "seq" else (e.get(c.field) or (absent if c.field == "basis_file" else ""))
                 for c in template.columns] for n, e in enumerate(entries, start=1)]

    sheets = [(template.get("sheet", "依据文件目录"), rows(listed)),
              (template.get("missing_sheet", "未附依据文件"), rows([e for e in listed if not e["basis_file"]]))]
    run.staged.write(str(folder / catalog_name), xlsx_writer.rows_workbook(run.plan.department.name, template, sheets))
    run.staged.write(str((folder / catalog_name).with_suffix(".pdf")),
                     law_documents.catalog_pdf(run.plan.department.name, template, rows(listed)))


def write_unclaimed(run: ExportRun, relative: str) -> None:
    """未认领事项说明: catalog items not claimed (with reasons) and the 三级四同 summary with deviations."""
    workbook = unclaimed_workbook(run.ws, run.plan.department.name)
    if workbook is not None:
        run.staged.write(relative, workbook)


def write_change_statement(run: ExportRun, name: str) -> None:
    """变更说明 (from the second round on): what changed since the last submitted round, and why."""
    plan = run.plan
    if plan.round < 2:
        return
    changes = pending_changes(run.ws, list(plan.items))
    answered = [op for op in opinions(run.ws) if op.round == plan.round - 1]
    dept = plan.department.name
    deadline = change_deadline(run.ws)
    period = deadline.period_text() if deadline else ""
    run.staged.write(f"{name}.xlsx", change_statement_xlsx(dept, plan.round, changes, answered, period=period))
    run.staged.write(f"{name}.pdf", change_statement_pdf(dept, plan.round, changes, answered, period=period))
