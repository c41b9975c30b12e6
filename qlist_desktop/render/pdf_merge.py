"""PDF plumbing for chart pages (pypdf): a Graphviz page placed as a Form XObject, unique font subset names."""

from __future__ import annotations

import hashlib
from typing import Any

from pypdf import PageObject, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, StreamObject


def place_as_form(writer: PdfWriter, page_index: int, chart_page: PageObject,
                   placement: tuple[float, float, float]) -> None:
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
    page = writer.pages[page_index]
    resources = _dictionary(page[NameObject("/Resources")])
    if "/XObject" not in resources:
        resources[NameObject("/XObject")] = DictionaryObject()
    name = f"/QlistChart{page_index}"
    _dictionary(resources["/XObject"])[NameObject(name)] = writer._add_object(form)
    draw = StreamObject()
    draw.set_data(_contents(page)
                  + f"\nq {scale:.6f} 0 0 {scale:.6f} {tx:.3f} {ty:.3f} cm {name} Do Q\n".encode("ascii"))
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


def unique_subset_tags(writer: PdfWriter) -> None:
    """Name reportlab's font subsets by their content.

    reportlab tags every document's first subset AAAAAA+; once pages of several documents are combined
    into one PDF, different subsets would share a name, which the PDF standard forbids and some viewers
    and printers confuse.
    """
    seen: set[int] = set()
    for page in writer.pages:
        fonts = _dictionary(page[NameObject("/Resources")]).get("/Font")
        for ref in (_dictionary(fonts).values() if fonts else []):
            font = ref.get_object()
            if id(font) in seen:
                continue
            seen.add(id(font))
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for part in descendants:
                descriptor = part.get("/FontDescriptor")
                if descriptor is None or "+" not in str(part["/BaseFont"]):
                    continue
                descriptor = descriptor.get_object()
                file = descriptor.get("/FontFile2") or descriptor.get("/FontFile3") or descriptor.get("/FontFile")
                if file is None:
                    continue
                digest = hashlib.sha256(file.get_object().get_data()).digest()
                tag = "".join(chr(ord("A") + b % 26) for b in digest[:6])
                name = NameObject(f"/{tag}+{str(part['/BaseFont']).split('+', 1)[1]}")
                for holder in {id(font): font, id(part): part}.values():
                    holder[NameObject("/BaseFont")] = name
                descriptor[NameObject("/FontName")] = name
