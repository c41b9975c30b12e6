"""单项版: a one-page card per public item for service counters and notice boards, with a QR code of its page."""

from __future__ import annotations

from urllib.parse import quote

import segno
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from qlist_desktop.domain.flowchart import DECISION, END, START
from qlist_desktop.publish.content import PublicItem
from qlist_desktop.publish.pdf_text import PageWriter, char_width, wrap
from qlist_desktop.publish.summary import audiences_of, text

CARD_SIZES = {"A5": A5, "A4": A4}
CARD_LAYOUT = "1"  # part of the cards' cache key: change it whenever the card's drawing changes
ROW_LINES = 4  # a card is one page: longer texts are cut there, the web page has them whole
QR_SIZE = 32 * mm
QR_MASK = 2


def item_url(base_url: str, page: str) -> str:
    """The item page's address under the site's base URL."""
    return f"{base_url.rstrip('/')}/{quote(page)}"


def _cut(value: str, font: str, size: float, width: float, lines: int) -> str:
    wrapped = wrap(value, font, size, width)
    if len(wrapped) <= lines:
        return value
    return "".join(wrapped[:lines])[:-4] + "……（详见网页）"


def _draw_qr(canvas: Canvas, url: str, x: float, y: float, size: float) -> None:
    """The QR code of `url` as filled squares, `size` points wide, lower left corner at (x, y).

    The mask is fixed (any mask is valid; choosing the best of eight would triple the card's time), and the
    squares are written as integer module coordinates under one transform, which keeps 10,000 cards fast.
    """
    matrix = segno.make(url, error="m", micro=False, mask=QR_MASK).matrix
    count = len(matrix)
    ops = []
    for r, row in enumerate(matrix):
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(f"{start} {count - r - 1} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    canvas.transform(size / count, 0, 0, size / count, x, y)
    canvas.setFillColorRGB(0, 0, 0)
    canvas._code.append(" ".join(ops) + " f")  # reportlab has no public call for a raw path; this is one
    canvas.restoreState()


def _draw_outline(w: PageWriter, outline: list[tuple[str, str]], scale: float, bottom: float) -> None:
    """The chart in miniature: its steps as boxes joined by arrows, row after row, down to `bottom`.

    Drawn from the chart's data (not a picture of it), so it stays sharp and readable on paper.
    """
    canvas, size = w.canvas, 8 * scale
    pad, gap, box_h = 1.6 * mm * scale, 5 * mm * scale, size * 2.9
    x, y = w.left, w.y - box_h
    for n, (kind, name) in enumerate(outline):
        lines = wrap(name, w.song, size, 22 * mm * scale)[:2]
        width = max(sum(char_width(w.song, ch) for ch in line) * size for line in lines) + 2 * pad
        if x + width > w.right and x > w.left:
            x, y = w.left, y - box_h - 3 * mm * scale
        if y < bottom:
            canvas.setFont(w.song, size)
            canvas.drawString(x, y + box_h, "……")
            break
        canvas.setStrokeColorRGB(0.2, 0.2, 0.2)
        canvas.setLineWidth(0.6)
        if kind in (START, END):
            canvas.roundRect(x, y, width, box_h, box_h / 2 if len(lines) == 1 else 3 * mm)
        elif kind == DECISION:
            canvas.setDash(2, 1.5)
            canvas.rect(x, y, width, box_h)
            canvas.setDash()
        else:
            canvas.rect(x, y, width, box_h)
        canvas.setFont(w.song, size)
        top = y + box_h / 2 + (len(lines) - 1) * size * 0.6 - size * 0.35
        for k, line in enumerate(lines):
            canvas.drawCentredString(x + width / 2, top - k * size * 1.2, line)
        x += width
        if n + 1 < len(outline):
            canvas.line(x + 0.8 * mm, y + box_h / 2, x + gap - 0.8 * mm, y + box_h / 2)
            tip = x + gap - 0.8 * mm
            canvas.line(tip - 1.2 * mm, y + box_h / 2 + 0.9 * mm, tip, y + box_h / 2)
            canvas.line(tip - 1.2 * mm, y + box_h / 2 - 0.9 * mm, tip, y + box_h / 2)
            x += gap
    w.y = y - 2 * mm


def card_pdf(p: PublicItem, department: str, base_url: str, size: str = "A5") -> bytes:
    """The card of one item: name, what it is and for whom, conditions, time limits, fees, chart, complaint, QR."""
    pagesize = CARD_SIZES[size]
    scale = 1.0 if size == "A5" else 1.3
    item = p.item
    w = PageWriter(pagesize, 12 * mm * scale, title=f"{item.full_name}（单项版）", author=department,
                   compress=False)  # a card's page is small; compressing (and ASCII85) it costs a quarter of its time
    w.song = w.hei  # one font on a card: one embedded subset, half the work, and 黑体 reads well on a notice board
    w.text(department, 9 * scale, color=(0.3, 0.3, 0.3))
    w.space(2 * mm)
    w.text(item.full_name, 16 * scale, bold=True)
    w.text(f"{item.code} · {item.category}", 9 * scale, color=(0.3, 0.3, 0.3))
    w.space(3 * mm)
    body, label_width = 10 * scale, 21 * mm * scale
    lines = p.lines
    rows = [("能办什么", lines.what), ("适用对象", "、".join(audiences_of(item))), ("要什么条件", lines.conditions),
            ("多久办结", lines.how_long), ("收不收费", lines.fee),
            ("咨询电话", item.contact_phone), ("找谁投诉", lines.complaint)]
    for label, value in rows:
        if value:
            w.labelled(label, _cut(value, w.song, body, w.text_width - label_width, ROW_LINES), body, label_width)
            w.space(1.2 * mm)
    qr_size = QR_SIZE * scale
    footer_top = w.bottom + qr_size
    room = w.y - footer_top - 10 * mm
    w.space(3 * mm)
    if p.outline and room > 20 * mm:
        w.text("办理流程（简图，完整流程图见网页）", 9 * scale, bold=True)
        w.space(1 * mm)
        _draw_outline(w, p.outline, scale, footer_top + 8 * mm)
    elif room > 8 * mm:
        w.text(text("no_chart") if not p.outline else "办理流程见网页。", 9 * scale, color=(0.3, 0.3, 0.3))
    canvas = w.canvas
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.line(w.left, footer_top + 4 * mm, w.right, footer_top + 4 * mm)
    if base_url:
        url = item_url(base_url, p.page)
        _draw_qr(canvas, url, w.left, w.bottom - 4 * mm, qr_size)
        x = w.left + qr_size + 5 * mm
        canvas.setFont(w.hei, 12 * scale)
        canvas.drawString(x, w.bottom + qr_size - 12 * mm * scale, "扫一扫 查看完整办事信息")
        canvas.setFont(w.song, 8 * scale)
        y = w.bottom + qr_size - 20 * mm * scale
        for line in wrap(url, w.song, 8 * scale, w.right - x):
            canvas.drawString(x, y, line)
            y -= 10 * scale
    else:
        canvas.setFont(w.song, 9 * scale)
        canvas.drawString(w.left, w.bottom + qr_size / 2, "完整办事信息见本部门权力清单网站。")
    return w.finish()
