"""Building Graphviz DOT from a flowchart: GB/T 1526 shapes, wrapped Chinese text, a legend.

Every label is an HTML-like label built from escaped text, so no user text can break the DOT syntax:
`& < > "` become entities and a backslash is doubled (Graphviz would otherwise read `\\N`, `\\G` ... in it).
Node ids are generated (`n0`, `n1` ...), never taken from the user's data.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
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
DETAIL_WIDTH = 40
BLOCK_WIDTH = 76
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


def escape(text: str) -> str:
    """Text made safe inside an HTML-like label (newlines are the caller's business)."""
    text = _CONTROL.sub("", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        .replace("\\", "\\\\")
    )


def _lines(text: str, width: int) -> str:
    return "<BR/>".join(escape(line) for line in wrap(text, width))


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
        name = _lines(step.name, NAME_WIDTH) or ("开始" if step.kind == START else "结束")
        return f"<{_font(name, NAME_SIZE, bold=True)}>"
    if step.kind == DECISION:
        name = _lines(step.name, DECISION_WIDTH) or " "
        return f"<{_font(name, NAME_SIZE - 1)}>"
    rows = [_row(_font(_lines(step.name, NAME_WIDTH) or "（未命名）", NAME_SIZE, bold=True))]
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
        rows.append(_row(_font(_lines(step.action, DETAIL_WIDTH), DETAIL_SIZE, DETAIL_COLOR)))
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
    label = _font(escape(title), DETAIL_SIZE + 1, bold=True) + _font(_lines(text, BLOCK_WIDTH), DETAIL_SIZE + 1)
    return _row(label, ' ALIGN="LEFT" BALIGN="LEFT"')


def header_label(chart: Flowchart) -> str | None:
    if not chart.conditions.strip():
        return None
    block = _block("行使条件：", chart.conditions)
    return f'<<TABLE BORDER="1" CELLBORDER="0" CELLPADDING="4" COLOR="#888888">{block}</TABLE>>'


def footer_label(chart: Flowchart) -> str:
    rows = []
    limits = "　".join(p for p in (
        f"法定时限：{chart.legal_time_limit.strip()}" if chart.legal_time_limit.strip() else "",
        f"承诺时限：{chart.promised_time_limit.strip()}" if chart.promised_time_limit.strip() else "",
    ) if p)
    if limits:
        rows.append(_block("办理时限：", limits))
    channel = "；".join(p for p in (
        f"电话 {chart.complaint_phone.strip()}" if chart.complaint_phone.strip() else "",
        f"地址 {chart.complaint_address.strip()}" if chart.complaint_address.strip() else "",
        f"网站 {chart.complaint_website.strip()}" if chart.complaint_website.strip() else "",
    ) if p)
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


def chart_to_dot(chart: Flowchart, font: str, *, title: str = "", fold_depth: int = FOLD_DEPTH) -> str:
    """The DOT text of a chart, top-down; `title` (optional) is drawn above it.

    A chart deeper than `fold_depth` levels is cut into balanced columns placed side by side, every column
    starting at the top; an arrow from one column to another is drawn as a pair of numbered connectors
    (GB/T 1526 on-page connector), so a 25-step procedure fits an A4 page legibly.
    """
    index = {s.id: n for n, s in enumerate(chart.steps)}
    depth = _depths(chart, index)
    levels = max(depth.values(), default=0) + 1
    columns = -(-levels // max(fold_depth, 1))
    per = -(-levels // columns)
    compact = len(chart.steps) > COMPACT_STEPS
    q = _CONTROL.sub("", font).replace("\\", "\\\\").replace('"', '\\"')
    out = [
        "digraph flowchart {",
        f'graph [fontname="{q}", rankdir=TB, nodesep=0.3, ranksep=0.32, newrank=true, '
        'labelloc=t, fontsize=16, pad=0.15, charset="UTF-8"];',
        f'node [fontname="{q}", fontsize={NAME_SIZE}];',
        f'edge [fontname="{q}", fontsize={DETAIL_SIZE + 1}, arrowsize=0.7];',
    ]
    if title.strip():
        out.append(f"label=<{_font(_lines(title, 2 * BLOCK_WIDTH), 16, bold=True)}>;")
    members: dict[int, list[str]] = {c: [] for c in range(columns)}
    rows: dict[int, list[str]] = {}
    for step in chart.steps:
        node = f"n{index[step.id]}"
        members[depth[step.id] // per].append(node)
        rows.setdefault(depth[step.id] % per, []).append(node)
        out.append(f"{node} [label={step_label(step, compact)}, {_node_attrs(step)}];")
    connectors = 0
    for edge in chart.edges:
        if edge.source not in index or edge.target not in index:
            continue
        label = f"label=<{_font(_lines(edge.label, DECISION_WIDTH), DETAIL_SIZE + 1)}>" if edge.label.strip() else ""
        src, dst = f"n{index[edge.source]}", f"n{index[edge.target]}"
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
    starts = [f"n{index[s.id]}" for s in chart.steps if depth[s.id] == 0]
    header = header_label(chart)
    if header:
        out.append(f"header [shape=plaintext, label={header}];")
        out.extend(f"header -> {n} [style=invis];" for n in starts[:1])
    out.append(f"footer [shape=plaintext, label={footer_label(chart)}];")
    out.append("{ rank=max; footer; }")
    out.extend(f"{n} -> footer [style=invis];" for n in rows[max(rows)][:1])
    out.append("}")
    return "\n".join(out)
