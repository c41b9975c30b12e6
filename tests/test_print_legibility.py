"""Printed as a review office prints them: real Karamay lists exported, read back with pdfplumber.

The 财政局 and 消防 workbooks are imported through the CLI, every item gets its category's chart (imported
items have none yet), one item is made not to be disclosed, and the bundle is exported. The catalog
workbook is printed with LibreOffice (`soffice --headless --convert-to pdf`), once per session.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from conftest import FIXTURES
from pypdf import PdfReader

from qlist_desktop.cli.main import main
from qlist_desktop.export.cells import cell_text
from qlist_desktop.export.templates import load_table
from qlist_desktop.export.xlsx_layout import MAX_ROW_PT, MIN_SCALE
from qlist_desktop.services.flowcharts import create_chart_from_template
from qlist_desktop.services.items import list_rows, load_items, update_item
from qlist_desktop.storage.workspace import Workspace

MM = 72 / 25.4
LISTS = {
    "财政局": "附件：克拉玛依市财政局2025年权责清单 (1).xlsx",
    "消防": "克拉玛依市2025年消防监督执法权责清单.xlsx",
}
BOOK = "行政权力运行流程图汇编.pdf"
RESTRICTED = 3  # the list position of the item made not to be disclosed


def _export(root: Path, name: str, source: str) -> tuple[Path, Path]:
    ws_path = root / f"{name}.qlist"
    assert main(["init", str(ws_path), "--department", f"克拉玛依市{name}", "--region", "650200"]) == 0
    assert main(["import", str(ws_path), str(FIXTURES / source)]) == 0
    with Workspace.open(ws_path) as ws:
        rows = list_rows(ws)
        for row in rows:
            create_chart_from_template(ws, row.id, source="test")
        update_item(ws, rows[RESTRICTED].id, {"is_public": False, "confidential_reason": "涉及执法工作秘密",
                                              "confidential_basis": "《中华人民共和国保守国家秘密法》"}, source="test")
    out = root / "out"
    out.mkdir(exist_ok=True)
    assert main(["export", str(ws_path), str(out), "--include-drafts", "--override-reason", "测试打印效果"]) == 0
    bundle = next(out.glob(f"*克拉玛依市{name}*"))
    return ws_path, bundle


@pytest.fixture(scope="session")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    root = tmp_path_factory.mktemp("print")
    # Made before the per-test settings isolation applies: point the caches at the session's own folder.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QLIST_CONFIG_DIR", str(root / "config"))
        patch.setenv("QLIST_CACHE_DIR", str(root / "cache"))
        return {name: _export(root, name, source) for name, source in LISTS.items()}


@pytest.fixture(scope="session")
def printed_catalogs(bundles: dict[str, tuple[Path, Path]], tmp_path_factory: pytest.TempPathFactory
                     ) -> dict[str, tuple[Path, Path]]:
    """The catalog workbook of each bundle and its PDF as LibreOffice prints it (converted once)."""
    printed = {}
    for name, (_ws, bundle) in bundles.items():
        xlsx = bundle / "01_一表" / "行政权力目录表.xlsx"
        out = tmp_path_factory.mktemp(f"lo-{name}")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to",
                        "pdf", "--outdir", str(out), str(xlsx)], check=True, capture_output=True, timeout=300)
        printed[name] = (xlsx, out / "行政权力目录表.pdf")
    return printed


def _sizes(pdf: Path) -> list[float]:
    with pdfplumber.open(pdf) as doc:
        return [c["size"] for page in doc.pages for c in page.chars]


@pytest.mark.parametrize("name", LISTS)
def test_printed_workbook_is_legible(printed_catalogs: dict[str, tuple[Path, Path]], name: str) -> None:
    xlsx, pdf = printed_catalogs[name]
    sizes = _sizes(pdf)
    assert sum(s >= 7 for s in sizes) >= 0.99 * len(sizes), Counter(round(s, 1) for s in sizes).most_common(5)
    wb = openpyxl.load_workbook(xlsx)
    for ws in wb.worksheets:
        assert not ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.scale) >= MIN_SCALE
        heights = [ws.row_dimensions[r].height or 0 for r in range(1, ws.max_row + 1)]
        assert max(heights) < MAX_ROW_PT, ws.title  # no row at Excel's cap


@pytest.mark.parametrize("name", LISTS)
def test_printed_workbook_clips_nothing(printed_catalogs: dict[str, tuple[Path, Path]], name: str) -> None:
    """LibreOffice leaves out the glyphs a cell cuts off: every character of every cell must be printed."""
    xlsx, pdf = printed_catalogs[name]
    wanted: Counter[str] = Counter()
    for ws in openpyxl.load_workbook(xlsx).worksheets:
        for row in ws.iter_rows(min_row=2, values_only=True):  # row 1 (the title) prints in the page header
            wanted.update(ch for value in row if isinstance(value, str) for ch in value if ord(ch) > 0x2E7F)
    with pdfplumber.open(pdf) as doc:
        printed = Counter(c["text"] for page in doc.pages for c in page.chars)
    short = {ch: n - printed[ch] for ch, n in wanted.items() if printed[ch] < n}
    assert not short, f"cut off in print: {sorted(short.items(), key=lambda kv: -kv[1])[:10]}"


def test_long_texts_continue_on_following_rows(bundles: dict[str, tuple[Path, Path]],
                                               printed_catalogs: dict[str, tuple[Path, Path]]) -> None:
    """The 财政局 list's long 追责情形 texts do not fit one row: they continue, marked （续）, nothing lost."""
    ws_path, _bundle = bundles["财政局"]
    xlsx, _pdf = printed_catalogs["财政局"]
    template = load_table("catalog")
    fields = [c.field for c in template.columns]
    name_col, long_col = fields.index("name"), fields.index("accountability_situations")
    with Workspace.open(ws_path, readonly=True) as ws:
        items = {i.name: i for i in load_items(ws) if i.is_public}
    continued = 0
    for sheet in openpyxl.load_workbook(xlsx).worksheets[1:]:
        rows = list(sheet.iter_rows(min_row=3, values_only=True))
        for n, row in enumerate(rows):
            if not isinstance(row[name_col], str) or row[name_col].endswith("（续）"):
                continue
            parts = [row[long_col] or ""]
            for following in rows[n + 1:]:
                if following[name_col] != f"{row[name_col]}（续）":
                    break
                parts.append(following[long_col] or "")
            continued += len(parts) > 1
            full = cell_text(items[row[name_col]], "accountability_situations")
            assert "".join(parts).replace("\n", "") == full.replace("\n", "")
    assert continued >= 1


def _chart_pdfs(bundle: Path) -> list[Path]:
    return sorted(p for p in (bundle / "02_一图").glob("*.pdf") if p.name != BOOK)


def _text(page: pdfplumber.page.Page) -> str:
    return "".join((page.extract_text() or "").split())


@pytest.mark.parametrize("name", LISTS)
def test_chart_pages_legible_numbered_within_margins(bundles: dict[str, tuple[Path, Path]], name: str) -> None:
    _ws, bundle = bundles[name]
    pdfs = _chart_pdfs(bundle)
    assert pdfs
    continued = 0
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            continued += len(pdf.pages) > 1
            for number, page in enumerate(pdf.pages, start=1):
                chars = page.chars
                assert min(c["size"] for c in chars) >= 7, (path.name, number)  # node text ≥ 7 pt on paper
                text = _text(page)
                assert f"—{number}—" in text, (path.name, number)
                assert re.search(r"日期：\d{4}年\d{1,2}月\d{1,2}日", text) and not re.search(r"\d{4}-\d\d-\d\d", text)
                if number > 1:
                    assert f"接第{number - 1}页" in text  # an off-page connector from the page before
                # GB/T 9704: nothing left of 28 mm; the text block starts 37 mm from the top ("不宜公开"
                # sits in the header above it).
                body = [c for c in chars if c["text"] not in "不宜公开"]
                assert min(c["x0"] for c in chars) >= 28 * MM - 0.5
                assert max(c["x1"] for c in chars) <= page.width - 26 * MM + 0.5
                assert min(c["top"] for c in body) >= 37 * MM - 0.5
    assert continued >= 1  # the 处罚 charts do not fit one page at 7 pt: they continue


@pytest.mark.parametrize("name", LISTS)
def test_book_has_cover_contents_and_numbers(bundles: dict[str, tuple[Path, Path]], name: str) -> None:
    ws_path, bundle = bundles[name]
    with Workspace.open(ws_path, readonly=True) as ws:
        items = load_items(ws)
    restricted = [i for i in items if not i.is_public]
    assert len(restricted) == 1
    reader = PdfReader(bundle / "02_一图" / BOOK)
    starts = [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]
    assert len(starts) == len(items)
    assert [t.endswith("（不宜公开）") for t, _ in starts] == [False] * (len(items) - 1) + [True]
    with pdfplumber.open(bundle / "02_一图" / BOOK) as pdf:
        cover = _text(pdf.pages[0])
        assert "行政权力运行流程图汇编" in cover and f"克拉玛依市{name}" in cover and "—" not in cover
        assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", cover)
        for index, page in enumerate(pdf.pages[1:], start=1):  # the contents is page 1
            assert f"—{index}—" in _text(page), index
        contents_pages = starts[0][1] - 1
        listed: list[int] = []
        contents = ""
        for page in pdf.pages[1:1 + contents_pages]:
            contents += _text(page)
            right = page.width - 26 * MM - 60
            block = page.height - 35 * MM  # below it only the page number "— n —"
            listed += [int(w["text"]) for w in page.extract_words()
                       if w["x0"] > right and w["bottom"] < block and w["text"].isdigit()]
        assert contents.startswith("目录")
        assert listed == [start for _t, start in starts]  # each item with the page its chart starts on
        public_part, restricted_part = contents.split("不宜公开事项（1项）")
        assert restricted[0].name[:10] in restricted_part and restricted[0].name[:10] not in public_part
        for title, start in starts:
            header = _text(pdf.pages[start].crop((0, 0, pdf.pages[start].width, 37 * MM)))
            assert ("不宜公开" in header) == title.endswith("（不宜公开）"), title


@pytest.mark.parametrize("name", LISTS)
def test_every_font_embedded(bundles: dict[str, tuple[Path, Path]], name: str) -> None:
    _ws, bundle = bundles[name]
    for path in (bundle / "02_一图").glob("*.pdf"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        lines = out.splitlines()
        emb = lines[0].index("emb")
        assert lines[2:] and all(line[emb:emb + 3] == "yes" for line in lines[2:]), (path.name, out)
