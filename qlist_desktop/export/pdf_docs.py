"""The bundle's PDF documents: 封面 (with its 报送说明) and the catalog tables (目录表, 涉密目录)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from qlist_desktop.domain.items import PowerItem
from qlist_desktop.export.cache import DocumentCache
from qlist_desktop.export.cells import cell_text
from qlist_desktop.export.grid import PAD_X, RULE, Grid, GridCell, GridRow, MeasuredRow, PageWriter
from qlist_desktop.export.linebreak import text_width, tokens
from qlist_desktop.export.pdf_base import (
    BODY_SIZE,
    LANDSCAPE,
    TABLE_SIZE,
    TextStyle,
    build_pdf,
    font_name,
    para,
    style,
    title_para,
)
from qlist_desktop.export.templates import Column, TableTemplate


def cover_table_style() -> TableStyle:
    """The cover's small tables; the cell font is named, or reportlab would reference (unembedded) Helvetica."""
    return TableStyle([("GRID", (0, 0), (-1, -1), RULE, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("FONTNAME", (0, 0), (-1, -1), font_name("table")),
                       ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])


NAME_FIELDS = ("name", "full_name")
TOKEN_LIMIT = 40 * mm  # an unbreakable word (a code, a number) widens its column up to this
HEADER_LINES = 4  # a column is wide enough for its title in this many lines
SNAP = 0.8  # a column given this share of its one-line width gets the whole of it


@dataclass(frozen=True)
class CoverInfo:
    title: str
    subtitle: str
    department: str
    department_code: str
    liaison: str
    phone: str
    date: str
    bundle_id: str
    counts: Sequence[tuple[str, int]]  # (category, items)
    signatures: Sequence[str]
    override_note: str = ""
    duty_counts: Sequence[tuple[str, int]] = ()  # (responsibility-list part, entries)


def cover_pdf(info: CoverInfo) -> bytes:
    """封面 (no page number): department, liaison, counts by category, date, signature and seal lines;
    then, when errors were overridden, a 报送说明 page giving the liaison's reason."""
    body = style("body", BODY_SIZE, leading=BODY_SIZE * 1.5)
    cell = style("cell", 12, role="table", leading=16)
    head = style("head", 12, role="heading", leading=16, align=TA_CENTER)
    story: list[Flowable] = [Spacer(1, 18 * mm), title_para(info.title), para(info.subtitle,
                             style("sub", BODY_SIZE, role="heading", align=TA_CENTER)), Spacer(1, 10 * mm)]
    facts = [("报送单位", info.department), ("部门编码", info.department_code), ("联络员", info.liaison),
             ("联系电话", info.phone), ("报送日期", info.date), ("报送批次编号", info.bundle_id)]
    story.append(Table([[para(k, head), para(v, cell)] for k, v in facts], colWidths=[36 * mm, 120 * mm],
                       style=cover_table_style()))
    story.append(Spacer(1, 6 * mm))
    rows = [[para("序号", head), para("职权类型", head), para("事项数", head)]]
    rows += [[para(str(n), head), para(label, cell), para(str(count), head)]
             for n, (label, count) in enumerate(info.counts, start=1)]
    rows.append([para("", head), para("合计", head), para(str(sum(c for _, c in info.counts)), head)])
    story.append(Table(rows, colWidths=[20 * mm, 96 * mm, 40 * mm], repeatRows=1, style=cover_table_style()))
    if any(n for _part, n in info.duty_counts):
        line = "、".join(f"{part} {n} 项" for part, n in info.duty_counts)
        story += [Spacer(1, 3 * mm), para(f"责任清单：{line}", style("duties", 12, leading=16))]
    story.append(Spacer(1, 10 * mm))
    story += [para(line, body) for line in info.signatures]
    if info.override_note:
        story += [PageBreak(), title_para("报送说明"), Spacer(1, 4 * mm), para(info.override_note, body),
                  Spacer(1, 8 * mm), para(f"{info.department}", style("sign", BODY_SIZE, align=2)),
                  para(info.date, style("date", BODY_SIZE, align=2))]
    return build_pdf(story, title=f"{info.title}{info.subtitle}", author=info.department, numbered_from=2)


def cell_style(size: float) -> TextStyle:
    return TextStyle("table", size, size * 1.35)


def header_style(size: float) -> TextStyle:
    return TextStyle("heading", size, size * 1.35, align="center")


def row_texts(item: PowerItem, number: int, columns: Sequence[Column]) -> list[str]:
    return [str(number) if c.field == "seq" else cell_text(item, c.field) for c in columns]


def column_widths(columns: Sequence[Column], rows: Sequence[Sequence[str]], size: float,
                  total: float = LANDSCAPE.width) -> list[float]:
    """Widths measured from the content, per column over the whole list, within the template's bounds.

    A column whose longest line fits gets that width; the rest of the page is shared by how much text
    each column holds on average (by its square root: a long text gets more lines as well as more
    width, so no column is squeezed to a few characters a line). An unbreakable word (a code) sets a
    column's minimum, as does its title in at most four lines.
    """
    font, head = font_name("table"), font_name("heading")
    pad = 2 * PAD_X + 1
    lows, highs, natural, load = [], [], [], []
    for j, col in enumerate(columns):
        texts = [r[j] for r in rows]
        widest_word = max((text_width(t, font, size) for text in texts for t in tokens(text) if len(t) > 1),
                          default=0.0)
        title = max(text_width(col.title[:2], head, size), text_width(col.title, head, size) / HEADER_LINES)
        low = max(col.pdf_min * mm, min(widest_word, TOKEN_LIMIT) + pad, title + pad)
        high = col.pdf_max * mm if col.pdf_max else total
        longest = max((text_width(line, font, size) for text in texts for line in text.split("\n")), default=0.0)
        lows.append(low)
        highs.append(max(low, high))
        natural.append(min(max(longest + pad, low), highs[-1]))
        load.append(max(fmean([text_width(t, font, size) for t in texts]) if texts else 0.0, 1.0) ** 0.5)
    widths = _share(total, lows, highs, natural, load)
    return widths


def _share(total: float, lows: list[float], highs: list[float], natural: list[float], load: list[float]) -> list[float]:
    """Give columns that need little their natural width, share the rest by load within the bounds."""
    n = len(lows)
    fixed: dict[int, float] = {}
    while True:
        free = [j for j in range(n) if j not in fixed]
        if not free:
            break
        room = total - sum(fixed.values())
        weight = sum(load[j] for j in free)
        share = {j: room * load[j] / weight for j in free}
        # Nearly enough is made enough: a name does not leave its last character alone on a line.
        settle = {j: natural[j] for j in free if share[j] >= SNAP * natural[j]}
        settle |= {j: lows[j] for j in free if share[j] < lows[j]}
        settle |= {j: highs[j] for j in free if share[j] > highs[j] and j not in settle}
        if not settle:
            fixed |= share
            break
        fixed |= settle
    widths = [fixed[j] for j in range(n)]
    spare = total - sum(widths)
    if abs(spare) > 0.01:  # everything settled at its natural width (spare > 0) or minimum (spare < 0)
        give = [j for j in range(n) if (widths[j] < highs[j] if spare > 0 else widths[j] > lows[j])] or list(range(n))
        weight = sum(load[j] for j in give)
        for j in give:
            widths[j] += spare * load[j] / weight
    return widths


def mark_column(columns: Sequence[Column]) -> int:
    """The repeated column that carries "（续）" on a row's continuation: the name, else the last repeated."""
    repeated = [n for n, c in enumerate(columns) if c.repeat]
    named = [n for n in repeated if columns[n].field in NAME_FIELDS]
    return (named or repeated or [0])[0 if named else -1]


def _body_row(texts: Sequence[str], columns: Sequence[Column], st: TextStyle, mark: int) -> GridRow:
    return GridRow(tuple(GridCell(t, st, n, repeat=c.repeat, mark=n == mark)
                         for n, (t, c) in enumerate(zip(texts, columns, strict=True))))


def write_table(writer: PageWriter, columns: Sequence[Column], rows: Sequence[Sequence[str]], widths: Sequence[float],
                size: float, cache: DocumentCache | None = None) -> None:
    """Rows of texts under a header row repeated on every page, from where the writer stands."""
    grid = Grid(writer.layout.left, widths)
    cell, head = cell_style(size), header_style(size)
    header = grid.measure(GridRow(tuple(GridCell(c.title, head, n, shade=True) for n, c in enumerate(columns))))
    mark = mark_column(columns)
    measured: list[MeasuredRow] = [grid.measure_all([_body_row(r, columns, cell, mark)], cache)[0] for r in rows]
    if not measured:
        measured = [grid.measure(_body_row(["（无）", *[""] * (len(columns) - 1)], columns, cell, mark))]
    writer.rows(measured, [header])


def table_pdf(title: str, department: str, template: TableTemplate,
              sections: Sequence[tuple[str, Sequence[PowerItem]]], cache: DocumentCache | None = None) -> bytes:
    """A landscape table per section (a category, or one section), its header row repeated on every page.

    Rows are split only when taller than a page; their continuations repeat the template's `repeat`
    columns with "（续）". Every page is numbered. With a cache, rows are broken into lines and pages
    drawn only when they changed since the last export.
    """
    size = max(template.pdf_font_size, TABLE_SIZE)
    columns = [c for c in template.columns if not c.hidden]
    texts = [[row_texts(item, n, columns) for n, item in enumerate(items, start=1)] for _h, items in sections]
    widths = column_widths(columns, [r for section in texts for r in section], size)
    writer = PageWriter(LANDSCAPE, title=title, author=department)
    for (heading, _items), rows in zip(sections, texts, strict=True):
        writer.new_page()
        writer.text(title, TextStyle("title", 18, 26, align="center"), after=4)
        if heading:
            writer.text(heading, TextStyle("heading", 14, 20), after=4)
        write_table(writer, columns, rows, widths, size, cache)
    return writer.pdf(cache)
