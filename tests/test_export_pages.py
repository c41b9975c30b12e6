"""The catalog PDF is laid out page by page (cached per page): every page as full as the next row allows."""

from __future__ import annotations

import copy
import io
from pathlib import Path

from pypdf import PdfReader

from qlist_desktop.export import pdf_docs
from qlist_desktop.export.cache import DocumentCache
from qlist_desktop.export.pdf_base import LANDSCAPE, build_pdf
from qlist_desktop.export.templates import load_table
from qlist_desktop.services.demo import demo_items

HEAD = ("示范县市场监督管理局行政权力目录表", "行政处罚（60项）")


def many_items(n: int):
    base = demo_items()
    items = []
    for i in range(n):
        item = copy.deepcopy(base[i % len(base)])
        item.code, item.name = f"999001017CF{i + 1:03d}00", f"{item.name}（第{i + 1}项）"
        items.append(item)
    return items


def test_pages_are_filled_and_each_is_one_page(tmp_path: Path) -> None:
    template = load_table("catalog")
    columns = [c for c in template.columns if not c.hidden]
    items = many_items(60)
    size = template.pdf_font_size
    widths = pdf_docs.column_widths(columns, items, size)
    shown = {c.field for c in columns}
    pages = pdf_docs._pages(HEAD, items, columns, widths, size, None, shown)
    assert [i for _s, rows in pages for i in rows] == items
    room = LANDSCAPE[4]
    for n, (start, rows) in enumerate(pages):
        story = pdf_docs._table_story(HEAD if n == 0 else None, rows, start, columns, widths, size)
        used = sum(pdf_docs._measure(f) for f in story)
        pdf = build_pdf(story, title="t", author="a", layout=LANDSCAPE)
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 1, f"page {n} spilled over"
        if n + 1 < len(pages):
            following = pages[n + 1][1][0]
            more = pdf_docs._table_story(None, [*rows, following], start, columns, widths, size)[-1]
            assert used - pdf_docs._measure(story[-1]) + pdf_docs._measure(more) > room * 0.995, f"page {n} not full"

    cache = DocumentCache(tmp_path / "cache")
    first = pdf_docs.table_pdf(HEAD[0], "部门", template, [(HEAD[1], items)], cache)
    assert len(PdfReader(io.BytesIO(first)).pages) == len(pages)
    items[30].remarks = "只改这一项"
    hits = cache.hits
    again = pdf_docs.table_pdf(HEAD[0], "部门", template, [(HEAD[1], items)], cache)
    assert len(PdfReader(io.BytesIO(again)).pages) == len(pages)
    assert cache.hits - hits >= 60 + len(pages) - 3  # row heights and all but the changed page come from the cache
