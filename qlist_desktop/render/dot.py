"""Building Graphviz DOT from a flowchart: GB/T 1526 shapes, wrapped Chinese text, a legend.

Every label is an HTML-like label built from escaped text, so no user text can break the DOT syntax:
`& < > "` become entities and a backslash is doubled (Graphviz would otherwise read `\\N`, `\\G` ... in it).
Node ids are generated (`n0`, `n1` ...), never taken from the user's data.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from qlist_desktop.domain.flowchart import DECISION, END, START, Flowchart, FlowStep

SUPERVISION_COLOR = "#c0392b"
DISCLOSURE_COLOR = "#1f5fa8"
DISCLOSURE_FILL = "#e3eefb"
INTERFACE_COLOR = "#2e7d32"
DETAIL_COLOR = "#333333"
NAME_SIZE = 12
DETAIL_SIZE = 9
# Display widths (a Chinese character counts 2) at which text wraps.
NAME_WIDTH = 24
DECISION_WIDTH = 16
DETAIL_WIDTH = 36
BLOCK_WIDTH = 76
# At most so many lines per text of a box: a longer text ends in "…" so that every box, however long the
# liaison's text, fits a printed page at legible size (the full texts are in the item's data).
NAME_LINES = 4
DETAIL_LINES = 6
NOTE_LINES = 3  # post and time limit, disclosure, supervision, interface, edge labels
BLOCK_LINES = 6
TITLE_LINES = 2
ELLIPSIS = "…"
# The smallest font size in a chart: the printed page never scales it below the legible minimum.
SMALLEST_SIZE = DETAIL_SIZE
PAD_INCHES = 0.15  # around the drawing, on each side
# Charts with more steps than this leave what is done out of the boxes.
COMPACT_STEPS = 16
# Charts deeper than this are folded into side-by-side columns so that a long procedure stays legible on A4.
FOLD_DEPTH = 12

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Punctuation that must not begin a line (Chinese line-breaking rules): it hangs at the end of the line before.
_NO_LINE_START = frozenset("，。、；：！？）》」』】〕〉”’…,;:!?)]}%")


def char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """Lines of about `width` display units; Chinese breaks anywhere, Latin words at spaces when possible.

    A paragraph needing several lines gets lines of even length (the narrowest width giving as few lines),
    so no line is left with a single character. Closing punctuation never starts a line: it stays at the
    end of the line before, one character over.
    """
    lines: list[str] = []
    for paragraph in _CONTROL.sub("", text.replace("\r\n", "\n").replace("\t", " ")).split("\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        tokens = re.findall(r"[A-Za-z0-9_.:/@%+\-]+|\s+|.", paragraph)
        best = _fill(tokens, width)
        for narrower in range(-(-text_width(paragraph) // len(best)), width):
            if len(best) == 1:
                break
            candidate = _fill(tokens, narrower)
            if len(candidate) == len(best):
                best = candidate
                break
        lines.extend(best)
    return lines


def _fill(tokens: list[str], width: int) -> list[str]:
    """Greedy line filling of one paragraph's tokens."""
    lines: list[str] = []
    line, used = "", 0
    for token in tokens:
        w = text_width(token)
        if token.isspace():
            if line and used + 1 <= width:
                line, used = line + " ", used + 1
            continue
        if used + w > width and line and token not in _NO_LINE_START:
            lines.append(line.rstrip())
            line, used = "", 0
        while w > width:  # a word longer than a line: cut it
            cut, cut_w = "", 0
            for ch in token:
                if cut_w + char_width(ch) > width:
                    break
                cut, cut_w = cut + ch, cut_w + char_width(ch)
            lines.append(cut)
            token, w = token[len(cut):], w - cut_w
        line, used = line + token, used + w
    if line.strip():
        lines.append(line.rstrip())
    return lines


def bounded(lines: list[str], limit: int, width: int) -> list[str]:
    """At most `limit` lines; a cut text ends its last line with "…"."""
    if len(lines) <= limit:
        return lines
    last = lines[limit - 1]
    while last and text_width(last) + text_width(ELLIPSIS) > width:
        last = last[:-1]
    return [*lines[: limit - 1], last + ELLIPSIS]


def escape(text: str) -> str:
    """Text made safe inside an HTML-like label (newlines are the caller's business)."""
    text = _CONTROL.sub("", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        .replace("\\", "\\\\")
    )


@functools.lru_cache(maxsize=4096)  # a chart's labels are built for its canvas and for each printed page
def _lines(text: str, width: int, limit: int = NOTE_LINES) -> str:
    text = text[: (limit + 1) * width]  # enough for the lines shown, so a huge text costs no more
    return "<BR/>".join(escape(line) for line in bounded(wrap(text, width), limit, width))


def _font(text: str, size: int, color: str = "", bold: bool = False) -> str:
    attrs = f' POINT-SIZE="{size}"' + (f' COLOR="{color}"' if color else "")
    body = f"<B>{text}</B>" if bold else text
    return f"<FONT{attrs}>{body}</FONT>"


@dataclass(frozen=True)
class DotStyle:
    font: str
    fold_depth: int = FOLD_DEPTH


def _row(cell: str, extra: str = "") -> str:
    return f"<TR><TD{extra}>{cell}</TD></TR>"


def step_label(step: FlowStep, compact: bool = False) -> str:
    """The HTML label of one box: name, post and time limit, what is done, disclosure, supervision, interface.

    `compact` leaves out what is done (the longest text), for big charts that must still fit a page.
    """
    if step.kind in (START, END):
        name = _lines(step.name, NAME_WIDTH, NAME_LINES) or ("开始" if step.kind == START else "结束")
        return f"<{_font(name, NAME_SIZE, bold=True)}>"
    if step.kind == DECISION:
        name = _lines(step.name, DECISION_WIDTH, NAME_LINES) or " "
        return f"<{_font(name, NAME_SIZE - 1)}>"
    rows = [_row(_font(_lines(step.name, NAME_WIDTH, NAME_LINES) or "（未命名）", NAME_SIZE, bold=True))]
    parts = [part for part in (
        f"承办岗位：{step.post.strip()}" if step.post.strip() else "",
        f"时限：{step.time_limit.strip()}" if step.time_limit.strip() else "",
    ) if part]
    post_time = "　".join(parts)
    if text_width(post_time) > DETAIL_WIDTH:  # a time limit is not cut in two: each part gets its own line
        post_time = "\n".join(parts)
    if post_time:
        rows.append(_row(_font(_lines(post_time, DETAIL_WIDTH), DETAIL_SIZE, DETAIL_COLOR)))
    if step.action.strip() and not compact:
        rows.append(_row(_font(_lines(step.action, DETAIL_WIDTH, DETAIL_LINES), DETAIL_SIZE, DETAIL_COLOR)))
    if step.disclosed:
        shown = "；".join(p.strip() for p in (step.disclosure_scope, step.disclosure_form, step.disclosure_time)
                         if p.strip())
        rows.append(_row(_font(_lines(f"公开：{shown}", DETAIL_WIDTH), DETAIL_SIZE, DISCLOSURE_COLOR),
                         f' BGCOLOR="{DISCLOSURE_FILL}"'))
    if step.supervised:
        rows.append(_row(_font(_lines(f"监督：{step.supervision}", DETAIL_WIDTH), DETAIL_SIZE, SUPERVISION_COLOR)))
    if step.interface.strip():
        rows.append(_row(_font(_lines(f"接口：{step.interface}", DETAIL_WIDTH), DETAIL_SIZE, INTERFACE_COLOR)))
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">{"".join(rows)}</TABLE>>'


def _node_attrs(step: FlowStep) -> str:
    if step.kind in (START, END):
        return 'shape=box, style="rounded,filled", fillcolor="#f2f2f2", margin="0.25,0.06"'
    if step.kind == DECISION:
        return 'shape=diamond, style=filled, fillcolor="#fffbe6", margin="0.02,0.02"'
    attrs = 'shape=box, margin="0.12,0.06"'
    if step.supervised:
        attrs += f', color="{SUPERVISION_COLOR}", penwidth=2, peripheries=2'
    return attrs


def _block(title: str, text: str) -> str:
    label = (_font(escape(title), DETAIL_SIZE + 1, bold=True)
             + _font(_lines(text, BLOCK_WIDTH, BLOCK_LINES), DETAIL_SIZE + 1))
    return _row(label, ' ALIGN="LEFT" BALIGN="LEFT"')


def header_label(chart: Flowchart) -> str | None:
    if not chart.conditions.strip():
        return None
    block = _block("行使条件：", chart.conditions)
    return f'<<TABLE BORDER="1" CELLBORDER="0" CELLPADDING="4" COLOR="#888888">{block}</TABLE>>'


def time_limits_text(chart: Flowchart) -> str:
    """法定时限 and 承诺时限 in one line ('' when neither is given)."""
    return "　".join(p for p in (
        f"法定时限：{chart.legal_time_limit.strip()}" if chart.legal_time_limit.strip() else "",
        f"承诺时限：{chart.promised_time_limit.strip()}" if chart.promised_time_limit.strip() else "",
    ) if p)


def complaint_text(chart: Flowchart) -> str:
    """The complaint channel: phone, address, website ('' when none is given)."""
    return "；".join(p for p in (
        f"电话 {chart.complaint_phone.strip()}" if chart.complaint_phone.strip() else "",
        f"地址 {chart.complaint_address.strip()}" if chart.complaint_address.strip() else "",
        f"网站 {chart.complaint_website.strip()}" if chart.complaint_website.strip() else "",
    ) if p)


def footer_label(chart: Flowchart) -> str:
    rows = []
    limits = time_limits_text(chart)
    if limits:
        rows.append(_block("办理时限：", limits))
    channel = complaint_text(chart)
    rows.append(_block("投诉举报：", channel or "（未填写）"))
    legend = (
        '<TABLE BORDER="0" CELLSPACING="4" CELLPADDING="2"><TR>'
        f'<TD>{_font("图例：", DETAIL_SIZE, bold=True)}</TD>'
        f'<TD BORDER="1" STYLE="rounded" BGCOLOR="#f2f2f2">{_font("开始/结束", DETAIL_SIZE)}</TD>'
        f'<TD BORDER="1">{_font("办理环节", DETAIL_SIZE)}</TD>'
        f'<TD BORDER="1" BGCOLOR="#fffbe6">{_font("◇ 判断", DETAIL_SIZE)}</TD>'
        f'<TD BORDER="2" COLOR="{SUPERVISION_COLOR}">{_font("监督制约点", DETAIL_SIZE, SUPERVISION_COLOR)}</TD>'
        f'<TD BGCOLOR="{DISCLOSURE_FILL}">{_font("公开：范围；形式；时限", DETAIL_SIZE, DISCLOSURE_COLOR)}</TD>'
        f'<TD>{_font("接口：衔接的其他机关", DETAIL_SIZE, INTERFACE_COLOR)}</TD>'
        "</TR></TABLE>"
    )
    rows.append(_row(legend, ' ALIGN="LEFT"'))
    return f'<<TABLE BORDER="1" CELLBORDER="0" CELLPADDING="3" COLOR="#888888">{"".join(rows)}</TABLE>>'


def _depths(chart: Flowchart, index: dict[str, int]) -> dict[str, int]:
    """Breadth-first depth of every step from the starts (unreachable steps after the deepest)."""
    depth: dict[str, int] = {}
    frontier = [s.id for s in chart.steps if s.kind == START] or [s.id for s in chart.steps[:1]]
    for sid in frontier:
        depth[sid] = 0
    while frontier:
        nxt = []
        for sid in frontier:
            for edge in chart.outgoing(sid):
                if edge.target in index and edge.target not in depth:
                    depth[edge.target] = depth[sid] + 1
                    nxt.append(edge.target)
        frontier = nxt
    last = max(depth.values(), default=0)
    for step in chart.steps:
        depth.setdefault(step.id, last)
    return depth


def chart_levels(chart: Flowchart) -> int:
    """How many levels deep the chart is (its longest breadth-first path from a start, plus one)."""
    index = {s.id: n for n, s in enumerate(chart.steps)}
    return max(_depths(chart, index).values(), default=0) + 1


@dataclass(frozen=True)
class Band:
    """The steps of a chart printed on page `page` (1-based): those `page_of` maps to it.

    `page_of` gives every step id its page (for the connector marks).
    """

    page: int
    page_of: Mapping[str, int]


def chart_to_dot(chart: Flowchart, font: str, *, title: str = "", fold_depth: int = FOLD_DEPTH, blocks: bool = True,
                 band: Band | None = None) -> str:
    """The DOT text of a chart, top-down; `title` (optional) is drawn above it.

    A chart deeper than `fold_depth` levels is cut into balanced columns placed side by side, every column
    starting at the top; an arrow from one column to another is drawn as a pair of numbered connectors
    (GB/T 1526 on-page connector), so a 25-step procedure fits an A4 page legibly.

    `blocks` False leaves out the conditions and the footer (time limits, complaint channel, legend): the
    printed page draws them itself. With a `band` only that band's levels are drawn; an arrow to or from
    another page ends at an off-page connector naming that page (转第2页 / 接第1页).
    """
    index = {s.id: n for n, s in enumerate(chart.steps)}
    all_depths = _depths(chart, index)
    page_of = (lambda sid: band.page_of.get(sid, 1)) if band else (lambda sid: 1)
    here = band.page if band else 1
    shown = [s for s in chart.steps if page_of(s.id) == here]
    first = min((all_depths[s.id] for s in shown), default=0)
    depth = {s.id: all_depths[s.id] - first for s in shown}
    levels = max(depth.values(), default=0) + 1
    columns = -(-levels // max(fold_depth, 1))
    per = -(-levels // columns)
    compact = len(chart.steps) > COMPACT_STEPS
    q = _CONTROL.sub("", font).replace("\\", "\\\\").replace('"', '\\"')
    out = [
        "digraph flowchart {",
        f'graph [fontname="{q}", rankdir=TB, nodesep=0.3, ranksep=0.32, newrank=true, '
        f'labelloc=t, fontsize=16, pad={PAD_INCHES}, {"" if blocks else "margin=0, "}charset="UTF-8"];',
        f'node [fontname="{q}", fontsize={NAME_SIZE}];',
        f'edge [fontname="{q}", fontsize={DETAIL_SIZE + 1}, arrowsize=0.7];',
    ]
    if title.strip():
        out.append(f"label=<{_font(_lines(title, 2 * BLOCK_WIDTH, TITLE_LINES), 16, bold=True)}>;")
    members: dict[int, list[str]] = {c: [] for c in range(columns)}
    rows: dict[int, list[str]] = {}
    for step in shown:
        node = f"n{index[step.id]}"
        members[depth[step.id] // per].append(node)
        rows.setdefault(depth[step.id] % per, []).append(node)
        out.append(f"{node} [label={step_label(step, compact)}, {_node_attrs(step)}];")
    connectors = 0
    off_page = 0
    for edge in chart.edges:
        if edge.source not in index or edge.target not in index:
            continue
        label = f"label=<{_font(_lines(edge.label, DECISION_WIDTH), DETAIL_SIZE + 1)}>" if edge.label.strip() else ""
        src, dst = f"n{index[edge.source]}", f"n{index[edge.target]}"
        src_page, dst_page = page_of(edge.source), page_of(edge.target)
        if src_page != dst_page:
            off_page += 1
            if here not in (src_page, dst_page):
                continue
            mark = f"p{off_page}"
            if src_page == here:
                out.append(f"{mark} [{_off_page(off_page, f'转第{dst_page}页')}];")
                out.append(f"{src} -> {mark}" + (f" [{label}]" if label else "") + ";")
                members[depth[edge.source] // per].append(mark)
            else:
                out.append(f"{mark} [{_off_page(off_page, f'接第{src_page}页')}];")
                out.append(f"{mark} -> {dst};")
                members[depth[edge.target] // per].append(mark)
            continue
        if src_page != here:
            continue
        src_col, dst_col = depth[edge.source] // per, depth[edge.target] // per
        if src_col == dst_col:
            out.append(f"{src} -> {dst}" + (f" [{label}]" if label else "") + ";")
            continue
        connectors += 1
        mark = f'shape=circle, width=0.3, fixedsize=true, fontsize={DETAIL_SIZE + 1}, label="{connectors}"'
        out.append(f"c{connectors}o [{mark}]; c{connectors}i [{mark}];")
        out.append(f"{src} -> c{connectors}o" + (f" [{label}]" if label else "") + ";")
        out.append(f"c{connectors}i -> {dst};")
        members[src_col].append(f"c{connectors}o")
        members[dst_col].append(f"c{connectors}i")
    if columns > 1:
        for col, nodes in members.items():
            out.append(f'subgraph cluster_c{col} {{ style=invis; {"; ".join(nodes)}; }}')
        for nodes in rows.values():
            out.append(f'{{ rank=same; {"; ".join(nodes)}; }}')
        heads = [next(n for n in rows[0] if n in members[c]) for c in range(columns) if set(members[c]) & set(rows[0])]
        out.extend(f"{a} -> {b} [style=invis];" for a, b in itertools.pairwise(heads))
    starts = [f"n{index[s.id]}" for s in shown if depth[s.id] == 0]
    header = header_label(chart) if blocks else None
    if header:
        out.append(f"header [shape=plaintext, label={header}];")
        out.extend(f"header -> {n} [style=invis];" for n in starts[:1])
    if blocks and rows:
        out.append(f"footer [shape=plaintext, label={footer_label(chart)}];")
        out.append("{ rank=max; footer; }")
        out.extend(f"{n} -> footer [style=invis];" for n in rows[max(rows)][:1])
    out.append("}")
    return "\n".join(out)


def _off_page(number: int, where: str) -> str:
    """GB/T 1526 off-page connector: a pentagon with the arrow's number and the page it continues on."""
    label = f"{_font(str(number), DETAIL_SIZE + 1, bold=True)}<BR/>{_font(where, DETAIL_SIZE)}"
    return f'shape=invhouse, style=filled, fillcolor="#f2f2f2", margin="0.04,0.02", label=<{label}>'


def node_steps(chart: Flowchart) -> dict[str, str]:
    """DOT node name → step id, for reading a layout back (`n0`, `n1` ... as `chart_to_dot` names them)."""
    return {f"n{n}": step.id for n, step in enumerate(chart.steps)}
