"""Printed tables and forms: line breaking, measured column widths, split rows and continuation pages.

Layouts are made with the real fonts and read back from the PDFs with pdfplumber.
"""

from __future__ import annotations

import copy
import io
import re
import subprocess
import time
from pathlib import Path

import pdfplumber
from reportlab.lib.units import mm

from qlist_desktop.domain.items import PowerItem, Responsibility
from qlist_desktop.export import pdf_docs
from qlist_desktop.export.bundle import ExportOptions, export_bundle
from qlist_desktop.export.linebreak import text_width, wrap
from qlist_desktop.export.pdf_base import LANDSCAPE, PORTRAIT, font_name
from qlist_desktop.export.registration import Filler, registration_pdf
from qlist_desktop.export.templates import catalog_template, load_json
from qlist_desktop.services.demo import DEPARTMENT, demo_items
from qlist_desktop.services.items import create_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

# The characters the issue names: no line may start with the first set or end with the second.
NO_START = "，。、；：？！）》」』"
NO_END = "（《「『"
CLAUSE = "依照《中华人民共和国行政许可法》（2019年修正）第三十条：行政机关应当将法律、法规、规章规定的有关事项公示；"


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation() -> None:
    font = font_name("table")
    text = (CLAUSE + "「许可」『决定』？！" + "《条例》（一）、（二）；") * 40
    for chars in range(4, 31):
        lines = wrap(text, font, 9, chars * 9 + 0.5)
        assert "".join(lines) == text, "every character is printed, in order"
        for line in lines[1:]:
            assert line[0] not in NO_START, (chars, line)
        for line in lines[:-1]:
            assert line[-1] not in NO_END, (chars, line)
        assert all(text_width(line, font, 9) <= chars * 9 + 0.5 for line in lines)


def test_codes_and_numbers_are_not_broken_when_they_fit() -> None:
    font = font_name("table")
    lines = wrap("职权编码650200207XK01600，依据第20230115号文件", font, 9, 90)
    assert any("650200207XK01600" in line for line in lines)
    assert any("20230115" in line for line in lines)


def test_line_breaking_time_grows_linearly() -> None:
    font = font_name("table")

    def cost(repeat: int) -> float:
        text = CLAUSE * repeat
        start = time.perf_counter()
        wrap(text, font, 9, 120)
        return time.perf_counter() - start

    cost(10)
    small, large = min(cost(300) for _ in range(3)), min(cost(1200) for _ in range(3))
    assert large / small < 8, f"4x the text took {large / small:.1f}x as long"  # linear: about 4


def test_column_widths_follow_the_content_within_bounds() -> None:
    template = catalog_template("catalog_qzqd")
    columns = list(template.columns)
    items = demo_items()
    rows = [pdf_docs.row_texts(item, n, columns) for n, item in enumerate(items, start=1)]
    widths = pdf_docs.column_widths(columns, rows, 9)
    assert abs(sum(widths) - LANDSCAPE.width) < 0.5
    by_field = dict(zip((c.field for c in columns), widths, strict=True))
    for column, width in zip(columns, widths, strict=True):
        assert width >= column.pdf_min * mm - 0.01
    # A short, one-line column gets about what its longest value needs; the long texts share the rest.
    longest_type = max(text_width(i.category, font_name("table"), 9) for i in items)
    assert by_field["category"] < longest_type + 20
    assert by_field["bases_full"] > 2 * by_field["category"]
    assert by_field["accountability_situations"] > by_field["exercising_body"]


def long_item(n: int, lines: int) -> PowerItem:
    item = copy.deepcopy(demo_items()[0])
    item.code, item.name = f"999001017CF{n:03d}00", f"长文本事项第{n}项"
    item.accountability_situations = "\n".join(f"{k}. 不依法履行监督检查职责，造成严重后果的；"
                                               for k in range(1, lines + 1))
    return item


def page_texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def column_text(page: pdfplumber.page.Page, title: str) -> str:
    """The text printed in the column headed `title` (found by its header cell's rules), header excluded."""
    start = page.search(title)[0]
    cell = min((r for r in page.rects if r["x0"] <= start["x0"] and r["x1"] >= start["x1"]
                and r["top"] <= start["top"] <= r["bottom"]), key=lambda r: r["width"])
    body = page.crop((cell["x0"], cell["bottom"] + 0.5, cell["x1"], page.height))
    return (body.extract_text() or "").replace("\n", "")


def columns_of(pdf: bytes, title: str) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [column_text(page, title) for page in doc.pages]


def test_a_row_taller_than_the_page_continues_with_its_key_columns_and_a_mark() -> None:
    items = [long_item(1, 6), long_item(2, 90), long_item(3, 4)]
    pdf = pdf_docs.table_pdf("测试目录表", "测试部门", catalog_template(), [("行政处罚（3项）", items)])
    pages = page_texts(pdf)
    assert len(pages) >= 3
    continued = [n for n, text in enumerate(pages) if "（续）" in text]
    assert continued, "the tall row continues on the next pages"
    names, codes = columns_of(pdf, "职权名称"), columns_of(pdf, "职权编码")
    marked = []
    for n in continued:
        (item,) = [i for i in items if names[n].startswith(f"{i.name}（续）")]
        assert codes[n].startswith(item.code), "the code is repeated with the name"
        assert pages[n].startswith("序号"), "the header row is repeated"
        assert re.search(rf"—\s*{n + 1}\s*—", pages[n])
        marked.append(item.code)
    assert marked.count("999001017CF00200") >= 2, "the 90-line row runs over two page breaks at least"
    assert "90. 不依法履行" in "".join(pages).replace("\n", ""), "no line of the tall row is lost"
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        sizes = [c["size"] for page in doc.pages for c in page.chars if c["text"].strip()]
    assert min(sizes) >= 9


def test_a_long_form_flows_onto_continuation_pages_never_scaled() -> None:
    item = long_item(7, 120)
    item.extra = {"第14列（无列名）": "行政许可"}
    item.responsibilities = [Responsibility("受理", "依法受理申请", "《中华人民共和国行政许可法》第三十二条")]
    filler = Filler("测试部门", "李晓梅", "0990-1234567", "2026年12月1日")
    pdf = registration_pdf([item, long_item(8, 2)], load_json("registration"), filler)
    pages = page_texts(pdf)
    first_form = [t for t in pages if "长文本事项第7项" in t or "CF00700" in t]
    assert len(first_form) >= 3, "a long form takes several pages rather than shrinking"
    for text in first_form[1:]:
        assert text.splitlines()[0].replace(" ", "").replace("\u3000", "") == f"{item.code}{item.full_name}（续）"
    signed = [n for n, t in enumerate(pages) if "部门主要负责人" in t]
    assert len(signed) == 2, "the signature block is printed once per form, on its last page"
    last = pages[signed[0]]
    for label in ("填报人", "李晓梅", "联系电话", "0990-1234567", "填报日期", "2026年12月1日", "审核意见"):
        assert label in last
    everything = "".join(pages)
    assert "责任事项依据" in everything and "第三十二条" in everything
    assert "第14列" not in everything and "其他字段" not in everything, "unrecognised columns are never printed"
    assert "实施层级及权限" in everything.replace("\n", "") and "实施层级及\n" not in everything
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            body = [c for c in page.chars if c["text"].strip() and c["top"] < page.height - 30 * mm]
            assert min(c["size"] for c in body) >= 10.5
            rules = [r for r in page.rects if r["height"] > 5]
            assert abs(min(r["x0"] for r in rules) - PORTRAIT.left) < 1, "the form sits on the text block"
            assert abs(max(r["x1"] for r in rules) - PORTRAIT.left - PORTRAIT.width) < 1


def test_ten_cells_of_32767_characters_export_in_bounded_time(tmp_path: Path, monkeypatch) -> None:
    """Excel's longest cell, ten times over: the whole bundle (every xlsx and PDF) in at most 10 s."""
    monkeypatch.setenv("QLIST_CACHE_DIR", str(tmp_path / "cache"))
    clause = "违反本条例规定，未取得许可擅自从事经营活动的，由县级以上人民政府有关部门责令改正；"
    ends = [f"（第{n}段长文本完）" for n in range(10)]  # each text's last characters, to find them printed
    fields = ("accountability_situations", "department_duty", "remarks", "accountability_subjects", "name")
    items = []
    for n, item in enumerate(demo_items()[:10]):
        setattr(item, fields[n % len(fields)], (clause * 800)[:32767 - len(ends[n])] + ends[n])
        items.append(item)
    path = tmp_path / "long.qlist"
    with Workspace.create(path) as ws:
        initialise(ws, DEPARTMENT)
        create_items(ws, items, source="test")
    out = tmp_path / "out"
    out.mkdir()
    start = time.process_time()  # the CPU time of the export: the machine is shared, its clock is not ours
    with Workspace.open(path) as ws:
        result = export_bundle(ws, out, ExportOptions(include_drafts=True, override_reason="长文本测试"))
    took = time.process_time() - start
    assert took <= 10, f"{took:.1f} s"
    forms = subprocess.run(["pdftotext", str(result.path / "01_一表/行政权力清理汇总登记表.pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout
    printed = forms.replace("\n", "")
    assert all(end in printed for end in ends), "each long text is printed to its end, never cut"
