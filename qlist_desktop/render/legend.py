"""The legend printed under every chart: the GB/T 1526 symbols and the colours the chart uses."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from qlist_desktop.render.dot import DISCLOSURE_COLOR, DISCLOSURE_FILL, INTERFACE_COLOR, SUPERVISION_COLOR

LEGEND_SIZE = 8


_LEGEND: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("开始/结束", "rounded", {"fill": "#f2f2f2"}),
    ("办理环节", "box", {}),
    ("判断", "diamond", {"fill": "#fffbe6"}),
    ("监督制约点", "box", {"stroke": SUPERVISION_COLOR, "width": 1.6, "text": SUPERVISION_COLOR}),
    ("公开：范围；形式；时限", "plain", {"fill": DISCLOSURE_FILL, "text": DISCLOSURE_COLOR}),
    ("接口：衔接的机关", "plain", {"text": INTERFACE_COLOR}),
)
LEGEND_ROW = LEGEND_SIZE * 1.8 + 3


def _legend_rows(font: str, width: float) -> list[list[tuple[str, str, dict[str, Any], float]]]:
    """The legend's entries (with their drawn widths) in rows that fit `width`, "图例：" leading the first."""
    rows: list[list[tuple[str, str, dict[str, Any], float]]] = [[]]
    used = pdfmetrics.stringWidth("图例：", font, LEGEND_SIZE) + 4
    for label, shape, opts in _LEGEND:
        w = pdfmetrics.stringWidth(label, font, LEGEND_SIZE) + (18 if shape == "diamond" else 8)
        if used + w > width and rows[-1]:
            rows.append([])
            used = pdfmetrics.stringWidth("图例：", font, LEGEND_SIZE) + 4
        rows[-1].append((label, shape, opts, w))
        used += w + 5
    return rows


def legend_height(font: str, width: float) -> float:
    return len(_legend_rows(font, width)) * LEGEND_ROW


def draw_legend(canvas: Canvas, font: str, box: tuple[float, float, float]) -> None:
    """The chart symbols (what each box, colour and mark means) from (left, bottom) in as many rows of
    `width` as they need, in the registered reportlab font `font`."""
    left, bottom, width = box
    h = LEGEND_SIZE * 1.8
    rows = _legend_rows(font, width)
    for n, row in enumerate(rows):
        y = bottom + (len(rows) - 1 - n) * LEGEND_ROW
        canvas.setFont(font, LEGEND_SIZE)
        canvas.setFillColor("#000000")
        if n == 0:
            canvas.drawString(left, y + h * 0.3, "图例：")
        x = left + pdfmetrics.stringWidth("图例：", font, LEGEND_SIZE) + 4
        for label, shape, opts, w in row:
            _draw_symbol(canvas, (x, y, w, h), shape, opts)
            canvas.setFillColor(opts.get("text", "#000000"))
            canvas.drawCentredString(x + w / 2, y + h * 0.3, label)
            canvas.restoreState()
            x += w + 5


def _draw_symbol(canvas: Canvas, box: tuple[float, float, float, float], shape: str, opts: dict[str, Any]) -> None:
    """One legend symbol; leaves the canvas state saved (the caller restores it after the label)."""
    x, y, w, h = box
    canvas.saveState()
    canvas.setStrokeColor(opts.get("stroke", "#000000"))
    canvas.setLineWidth(opts.get("width", 0.5))
    fill = opts.get("fill")
    if fill:
        canvas.setFillColor(fill)
    if shape == "rounded":
        canvas.roundRect(x, y, w, h, 4, stroke=1, fill=1 if fill else 0)
    elif shape == "box":
        canvas.rect(x, y, w, h, stroke=1, fill=0)
    elif shape == "diamond":
        path = canvas.beginPath()
        path.moveTo(x, y + h / 2)
        path.lineTo(x + w / 2, y + h)
        path.lineTo(x + w, y + h / 2)
        path.lineTo(x + w / 2, y)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    elif fill:
        canvas.rect(x, y, w, h, stroke=0, fill=1)
