"""一件 written from the law library: one PDF per cited law, and the 依据文件目录 as a PDF.

Each law's PDF opens with its title, level, version, dates and source, then lists the articles this list
cites with the items citing them; the whole text follows with those articles marked 【本清单引用】.
A law the liaison attached a document for is not written: the attached document wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from qlist_desktop.domain.items import LegalBasis, PowerItem
from qlist_desktop.export.cache import cache_key
from qlist_desktop.export.grid import PageWriter
from qlist_desktop.export.names import UniqueNames, safe_file_name
from qlist_desktop.export.pdf_base import (
    LANDSCAPE,
    TABLE_SIZE,
    TextStyle,
    build_pdf,
    font_fingerprint,
    font_name,
    para,
    style,
    title_style,
)
from qlist_desktop.export.pdf_docs import column_widths, write_table
from qlist_desktop.export.templates import TableTemplate
from qlist_desktop.laws.files import default_reviewer
from qlist_desktop.laws.model import Law
from qlist_desktop.laws.numerals import ArticleNo, parse_refs
from qlist_desktop.laws.parse import to_markdown
from qlist_desktop.laws.review import BasisReviewer, version_label
from qlist_desktop.laws.titles import title_key

if TYPE_CHECKING:
    from qlist_desktop.export.bundle import ExportRun

MARK = "【本清单引用】"
TRAVEL_FOLDER = "法规文本"  # Markdown copies of the cited laws the user added, for `qlist laws import`
USER_SOURCE = "用户"
TEXT_SIZE = 12
NAME_CHARS = 120  # an item's name as listed under the article it cites (the bundle's catalog has it whole)
_GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2"))]


@dataclass
class CitedLaw:
    law: Law
    citations: dict[ArticleNo | None, list[str]] = field(default_factory=dict)  # article → citing items

    def cite(self, item: PowerItem, basis: LegalBasis) -> None:
        who = f"{item.code} {item.full_name}".strip()
        refs: list[ArticleNo | None] = [r.article for r in parse_refs(basis.article)]
        for no in refs or [None]:
            names = self.citations.setdefault(no, [])
            if who not in names:
                names.append(who)


def cited_laws(items: Sequence[PowerItem], reviewer: BasisReviewer, skip: set[str]) -> list[CitedLaw]:
    """The library laws the items cite (titles in `skip` have an attached document), in first-cited order."""
    found: dict[int, CitedLaw] = {}
    for item in items:
        for basis in item.bases:
            if not basis.title.strip() or title_key(basis.title) in skip:
                continue
            law = reviewer.review(basis.level, basis.title, basis.revision, basis.article, basis.article_text).law
            if law is not None:
                found.setdefault(law.id or 0, CitedLaw(law)).cite(item, basis)
    return list(found.values())


def _facts(law: Law, library_version: str) -> list[tuple[str, str]]:
    source = law.source if law.source.startswith(USER_SOURCE) else f"本程序法规库（{library_version}），{law.source}"
    return [("层级", law.level or "未定"), ("版本", version_label(law)), ("公布日期", law.published or "—"),
            ("施行日期", law.in_force_from or "—"), ("效力", "已失效" if law.expired else "现行有效"),
            ("制定机关", law.issuer or "—"), ("文本来源", source)]


def law_story(cited: CitedLaw, reviewer: BasisReviewer) -> list[Flowable]:
    library = reviewer.library
    law = cited.law
    label = style("label", 12, role="heading")
    cell = style("cell", 11)
    text = style("text", TEXT_SIZE, leading=TEXT_SIZE * 1.6)
    marked = style("marked", TEXT_SIZE, leading=TEXT_SIZE * 1.6)
    marked.backColor = colors.HexColor("#FFF2CC")
    story: list[Flowable] = [para(law.title, title_style())]
    facts = [[para(k, label), para(v, cell)] for k, v in _facts(law, library.version)]
    fonts = ("FONTNAME", (0, 0), (-1, -1), font_name("table"))  # named, or reportlab references Helvetica
    story.append(Table(facts, colWidths=[28 * mm, 128 * mm], splitInRow=1, style=TableStyle([*_GRID[:2], fonts])))
    story += [Spacer(1, 6 * mm), para("本清单引用的条款", style("h", 14, role="heading", space_after=4))]
    rows = [[para("条款", label), para("引用的事项", label)]]
    for no, names in cited.citations.items():
        shown = [name if len(name) <= NAME_CHARS else name[:NAME_CHARS] + "…" for name in names]
        rows.append([para(no.label if no else "（未写条款）", cell), para("\n".join(shown), cell)])
    story.append(Table(rows, colWidths=[32 * mm, 124 * mm], repeatRows=1, splitInRow=1,
                       style=TableStyle([*_GRID, fonts])))
    story.append(PageBreak())
    story.append(para(law.title, title_style(18)))
    story += [para(line, style("history", 11, align=TA_CENTER)) for line in law.history]
    story.append(Spacer(1, 4 * mm))
    chapter = ""
    for article in library.articles(law):
        if article.chapter and article.chapter != chapter:
            chapter = article.chapter
            story.append(para(chapter, style("chapter", 13, role="heading", align=TA_CENTER, space_after=4)))
        cited_here = article.no in cited.citations
        head = f"{MARK}{article.label}" if cited_here else (article.label if article.no.number else "")
        lines = article.paragraphs or [""]
        body = [f"{head}　{lines[0]}".strip(), *lines[1:]]
        story += [para(line, marked if cited_here else text) for line in body]
    return story


def law_pdf(cited: CitedLaw, reviewer: BasisReviewer) -> bytes:
    return build_pdf(law_story(cited, reviewer), title=cited.law.title, author="qlist-desktop 法规库")


def write_law_documents(run: ExportRun, folder: PurePosixPath, names: UniqueNames,
                        attached: set[str]) -> dict[str, str]:
    """Write a PDF per cited library law into `folder`; returns title key → file in the bundle."""
    reviewer = default_reviewer()
    files: dict[str, str] = {}
    for cited in cited_laws(run.plan.items, reviewer, attached):
        run.check_cancel()
        law = cited.law
        relative = str(folder / names.take(law.title, ".pdf", limit=90))
        payload = [law.title, law.published, law.source, reviewer.library.version,
                   [[str(k), v] for k, v in cited.citations.items()]]
        key = cache_key("law.pdf", font_fingerprint(), payload)
        run.staged.write(relative, run.cache.get_or_make(key, partial(law_pdf, cited, reviewer)))
        for version in reviewer.library.versions(law.title):
            files[title_key(version.title)] = relative
        if law.source.startswith(USER_SOURCE):  # a copy `qlist laws import` reads on another PC
            text = to_markdown(law, reviewer.library.articles(law))
            run.staged.write(str(folder / TRAVEL_FOLDER / safe_file_name(law.title, ".md", limit=90)), text.encode())
    return files


def file_for(basis: LegalBasis, files: dict[str, str]) -> str:
    return files.get(title_key(basis.title), "") if basis.title else ""


def catalog_pdf(department: str, template: TableTemplate, rows: list[list[Any]]) -> bytes:
    """依据文件目录.pdf: the same rows as the workbook, landscape, laid out by the catalog's table engine (header on
    every page, rows split with （续）, time linear in the text)."""
    size = max(template.pdf_font_size, TABLE_SIZE)
    title = template.title.format(department=department)
    texts = [[str(v) for v in row] for row in rows] or [["（无）"] + [""] * (len(template.columns) - 1)]
    writer = PageWriter(LANDSCAPE, title=title, author=department)
    writer.new_page()
    writer.text(title, TextStyle("title", 18, 26, align="center"), after=6)
    write_table(writer, template.columns, texts, column_widths(template.columns, texts, size), size)
    return writer.pdf()
