"""The printed A4 page of a chart: a reportlab page with the title block, the `dot -Tpdf` chart merged in.

As TECH-NOTES describe: reportlab draws the page (title = code + full name, department, date, page
footer) with an embedded TrueType font; pypdf merges the Graphviz PDF page onto it, scaled to fit the free
area. The page is landscape when the chart is wider than tall, so both keep the largest scale.
"""

from __future__ import annotations

import functools
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, StreamObject
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from qlist_desktop.fonts import pdf_font

MARGIN = 15 * mm
TITLE_SIZE = 15
INFO_SIZE = 10
MAX_UPSCALE = 1.25  # a small chart is enlarged a little, not blown up
HEAD_ALLOWANCE = 60  # points taken by a one-line title block, for choosing the orientation


@dataclass(frozen=True)
class PageInfo:
    """What the page says about its chart."""

    title: str  # item code and full name
    department: str
    date: str

    def key(self) -> str:
        return "\x1f".join((self.title, self.department, self.date))


@functools.cache
def _font_name(role: str) -> str:
    font = pdf_font(role)
    name = f"qlist-{role}"
    pdfmetrics.registerFont(TTFont(name, str(font.path), subfontIndex=font.subfont))
    return name


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def best_orientation(width: float, height: float) -> tuple[tuple[float, float], float]:
    """The A4 page size (portrait or landscape) giving a `width` × `height` pt chart the larger scale."""
    options = []
    for size in (A4, landscape(A4)):
        avail_w, avail_h = size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - HEAD_ALLOWANCE
        options.append((min(avail_w / width, avail_h / height, MAX_UPSCALE), size))
    scale, size = max(options, key=lambda o: o[0])
    return size, scale


def _place_as_form(writer: PdfWriter, chart_page: PageObject, placement: tuple[float, float, float]) -> None:
    """Draw `chart_page` on the writer's page as a Form XObject scaled by s and moved to (tx, ty).

    Same picture as `merge_transformed_page`, without parsing and rewriting the chart's content stream
    (which took 80 % of the page time). The chart's stream keeps its compression (cairo's Flate).
    """
    scale, tx, ty = placement
    contents = chart_page[NameObject("/Contents")].get_object()
    if isinstance(contents, StreamObject):
        form = contents.clone(writer)
    else:  # an array of streams (not what cairo writes): join them
        form = StreamObject()
        form.set_data(_contents(chart_page))
        form = form.flate_encode()
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject(FloatObject(v) for v in chart_page.mediabox),
        NameObject("/Resources"): _dictionary(chart_page["/Resources"]).clone(writer),
    })
    page = writer.pages[0]
    resources = _dictionary(page[NameObject("/Resources")])
    if "/XObject" not in resources:
        resources[NameObject("/XObject")] = DictionaryObject()
    _dictionary(resources["/XObject"])[NameObject("/QlistChart")] = writer._add_object(form)
    draw = StreamObject()
    draw.set_data(_contents(page)
                  + f"\nq {scale:.6f} 0 0 {scale:.6f} {tx:.3f} {ty:.3f} cm /QlistChart Do Q\n".encode("ascii"))
    page.replace_contents(draw.flate_encode())


def _dictionary(value: Any) -> DictionaryObject:
    """A PDF dictionary behind a possibly indirect reference (pypdf's types are looser than the files)."""
    found = value.get_object()
    if not isinstance(found, DictionaryObject):
        raise ValueError("PDF 结构异常：应为字典对象")
    return found


def _contents(page: PageObject) -> bytes:
    contents = page.get_contents()
    return b"" if contents is None else contents.get_data()


def _unique_subset_tags(writer: PdfWriter) -> None:
    """Name reportlab's font subsets by their content.

    reportlab tags every document's first subset AAAAAA+; once the pages are combined into one PDF, different
    subsets would share a name, which the PDF standard forbids and some viewers and printers confuse.
    """
    fonts = _dictionary(writer.pages[0][NameObject("/Resources")]).get("/Font")
    for ref in (_dictionary(fonts).values() if fonts else []):
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None or "+" not in str(font["/BaseFont"]):
            continue
        descriptor = descriptor.get_object()
        file = descriptor.get("/FontFile2") or descriptor.get("/FontFile3") or descriptor.get("/FontFile")
        if file is None:
            continue
        digest = hashlib.sha256(file.get_object().get_data()).digest()
        tag = "".join(chr(ord("A") + b % 26) for b in digest[:6])
        name = NameObject(f"/{tag}+{str(font['/BaseFont']).split('+', 1)[1]}")
        font[NameObject("/BaseFont")] = name
        descriptor[NameObject("/FontName")] = name


def compose_page(chart_pdf: Path, info: PageInfo, out: Path) -> None:
    """Write the A4 page of `chart_pdf` (a one-page Graphviz PDF) to `out`."""
    chart_page = PdfReader(chart_pdf).pages[0]
    width, height = float(chart_page.mediabox.width), float(chart_page.mediabox.height)
    page_w, page_h = best_orientation(width, height)[0]

    buf = io.BytesIO()
    # The initial font is ours too: reportlab's default Helvetica would be listed and never embedded.
    canvas = Canvas(buf, pagesize=(page_w, page_h), invariant=True, initialFontName=_font_name("song"),
                    initialFontSize=INFO_SIZE)
    canvas.setTitle(f"行政权力运行流程图 {info.title}")
    title_style = ParagraphStyle("title", fontName=_font_name("hei"), fontSize=TITLE_SIZE,
                                 leading=TITLE_SIZE * 1.3, alignment=1, wordWrap="CJK")
    title = Paragraph(_escape(f"{info.title} 运行流程图"), title_style)
    text_w = page_w - 2 * MARGIN
    _, title_h = title.wrap(text_w, page_h)
    top = page_h - MARGIN
    title.drawOn(canvas, MARGIN, top - title_h)
    info_y = top - title_h - INFO_SIZE * 1.6
    canvas.setFont(_font_name("song"), INFO_SIZE)
    canvas.drawString(MARGIN, info_y, f"实施部门：{info.department}" if info.department else "")
    canvas.drawRightString(page_w - MARGIN, info_y, f"日期：{info.date}" if info.date else "")
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, info_y - 4, page_w - MARGIN, info_y - 4)
    canvas.setFont(_font_name("song"), 8)
    canvas.drawCentredString(page_w / 2, MARGIN / 2, "本流程图由权力清单编制工具根据流程数据生成")
    canvas.showPage()
    canvas.save()

    avail_w = text_w
    avail_h = (info_y - 10) - MARGIN
    scale = min(avail_w / width, avail_h / height, MAX_UPSCALE)
    tx = MARGIN + (avail_w - width * scale) / 2
    ty = (info_y - 10) - height * scale  # top-aligned under the title block

    writer = PdfWriter(clone_from=io.BytesIO(buf.getvalue()))
    _unique_subset_tags(writer)
    _place_as_form(writer, chart_page, (scale, tx, ty))
    writer.add_metadata({"/Title": f"行政权力运行流程图 {info.title}"})
    with open(out, "wb") as f:
        writer.write(f)
