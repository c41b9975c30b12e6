"""The printed documents of bundles made from real published lists (the Karamay 财政局 and 消防 workbooks).

The lists are imported with `qlist import` into fresh workspaces and exported with `qlist export`, as a
liaison would; the PDFs are then measured with pdfplumber and pdffonts the way a review office reads
them: text size, page numbers, embedded fonts, and rows continued across pages.
"""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pytest
from conftest import FIXTURES
from reportlab.lib.units import mm

from qlist_desktop.cli.main import main
from qlist_desktop.services.items import load_items
from qlist_desktop.storage.workspace import Workspace

FINANCE = "附件：克拉玛依市财政局2025年权责清单 (1).xlsx"
FIRE = "克拉玛依市2025年消防监督执法权责清单.xlsx"
REASON = "导入的事项尚未编码和绘制流程图，先行报送供审核"
FORM_TITLE = "行政权力清理汇总登记表"
# (list, catalog template, the catalog's name column): both layouts, on the two lists.
EXPORTS = [(FINANCE, "catalog_qzqd", "事项名称"), (FIRE, "catalog", "职权名称")]
FORMS, CATALOG = "01_一表/行政权力清理汇总登记表.pdf", "01_一表/行政权力目录表.pdf"


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Export]:
    """list → its export."""
    base = tmp_path_factory.mktemp("karamay-print")
    made = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QLIST_CACHE_DIR", str(base / "cache"))
        for n, (source, template, _name) in enumerate(EXPORTS):
            ws = base / f"list{n}.qlist"
            assert cli("init", ws, "--department", "克拉玛依市测试局", "--region", "650200")[0] == 0
            assert cli("import", ws, FIXTURES / source)[0] == 0
            out = base / f"usb{n}"
            out.mkdir()
            code, stdout, stderr = cli("export", ws, out, "--include-drafts", "--override-reason", REASON,
                                       "--template", template, "--quiet")
            assert code == 0, stderr
            with Workspace.open(ws, readonly=True) as opened:
                names = [f"{i.code}{i.full_name}" for i in load_items(opened)]
            made[source] = Export(Path(stdout.strip().splitlines()[-1]), stdout, stderr, names)
    return made


@dataclass
class Export:
    bundle: Path
    stdout: str
    stderr: str
    items: list[str]  # code and full name of each item, as a continuation header prints them


@dataclass
class Page:
    """What a reviewer sees on one page, read with pdfplumber: sizes, the page number, the text above
    the ruled table (title or continuation header), and the text of chosen columns, line by line."""

    sizes: list[float]
    footer: str
    above: str
    columns: dict[str, list[str]] = field(default_factory=dict)


def lines_of(chars: list[dict]) -> list[str]:
    rows: dict[int, list[dict]] = {}
    for c in chars:
        rows.setdefault(round(c["top"]), []).append(c)
    return ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"])) for _top, row in sorted(rows.items())]


def inside(chars: list[dict], cell: dict, top: float, bottom: float) -> list[dict]:
    return [c for c in chars if cell["x0"] <= c["x0"] < cell["x1"] and top < c["top"] < bottom]


def read_pages(path: Path, columns: tuple[str, ...] = (), step: int = 1) -> list[Page]:
    """One pass of pdfplumber over every `step`th page of a PDF (it is slow: the checks share this pass)."""
    pages = []
    with pdfplumber.open(path) as doc:
        for page in doc.pages[::step]:
            chars = [c for c in page.chars if c["text"].strip()]
            rects = page.rects
            table_top = min((r["top"] for r in rects), default=page.height)
            block_bottom = page.height - (22 if page.width > page.height else 35) * mm  # GB/T 9704 margins
            footer = "".join(c["text"] for c in chars if c["top"] > block_bottom)
            above = "".join(lines_of([c for c in chars if c["bottom"] < table_top]))
            found = Page([c["size"] for c in chars], footer, above)
            header = [r for r in rects if abs(r["top"] - table_top) < 0.5]
            for title in columns:
                cell = next(r for r in header if "".join(lines_of(inside(chars, r, r["top"], r["bottom"]))) == title)
                found.columns[title] = lines_of(inside(chars, cell, cell["bottom"], block_bottom))
            pages.append(found)
    return pages


@pytest.fixture(scope="module")
def measured(bundles) -> dict[str, dict[str, list[Page]]]:
    """list → document → its pages as read back (the 226 form pages of the 消防 list: every third)."""
    return {source: {FORMS: read_pages(export.bundle / FORMS, step=3 if source == FIRE else 1),
                     CATALOG: read_pages(export.bundle / CATALOG, ("序号", name))}
            for (source, _template, name), export in zip(EXPORTS, bundles.values(), strict=True)}


def pdftotext_pages(path: Path, *options: str) -> list[str]:
    """Every page's text, by poppler (fast enough for every page of every document)."""
    text = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def cli(*args: object) -> tuple[int, str, str]:
    """`qlist ARGS...` in-process, its output captured (capsys is per test; the fixture is per module)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def test_every_character_is_legible(measured) -> None:
    for source, documents in measured.items():
        for name, pages in documents.items():
            sizes = [s for page in pages for s in page.sizes]
            assert len(sizes) > 5000, (source, name)
            share = sum(s >= 9 for s in sizes) / len(sizes)
            assert share >= 0.99 and min(sizes) >= 7.5, (source, name, share, min(sizes))


def page_number(text: str) -> int | None:
    found = re.fullmatch(r"—(\d+)—", text.replace(" ", ""))
    return int(found.group(1)) if found else None


def test_every_page_numbered_but_the_cover(bundles, measured) -> None:
    for source, documents in measured.items():
        assert [page_number(p.footer) for p in documents[CATALOG]] == list(range(1, len(documents[CATALOG]) + 1))
        for name in (FORMS, CATALOG, "01_一表/涉密不宜公开权力目录.pdf"):
            pages = pdftotext_pages(bundles[source].bundle / name)
            numbers = [re.findall(r"—\s*(\d+)\s*—", page) for page in pages]
            assert numbers == [[str(n)] for n in range(1, len(pages) + 1)], (source, name)
        with pdfplumber.open(bundles[source].bundle / "00_封面.pdf") as doc:
            cover, note = [page.extract_text() or "" for page in doc.pages]
        assert not re.search(r"—\s*\d+\s*—", cover)
        assert note.startswith("报送说明") and REASON in note.replace("\n", "")
        assert re.search(r"—\s*1\s*—", note) and "2026年" in note


def test_every_font_embedded(bundles) -> None:
    for export in bundles.values():
        for path in sorted(export.bundle.rglob("*.pdf")):
            fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
            rows = fonts.splitlines()[2:]
            assert rows and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), f"{path.name}:\n{fonts}"


def test_catalog_rows_continue_only_under_their_key_columns(measured) -> None:
    """A page whose first row goes on from the page before repeats 序号 and the name marked （续）, and only then."""
    continued = 0
    for source, _template, name in EXPORTS:
        last = None
        for n, page in enumerate(measured[source][CATALOG]):
            seqs = [int(line) for line in page.columns["序号"] if line.isdigit()]
            names = "".join(page.columns[name])
            goes_on = "项）" not in page.above and bool(seqs) and seqs[0] == last
            marked = "（续）" in names  # only a page's first row can be a continuation
            assert goes_on == marked, (source, n + 1, seqs[:1], last, names[:40])
            continued += goes_on
            last = seqs[-1] if seqs else last
    assert continued >= 5, "the real lists have rows taller than the space left on a page"


def says_whose(top: str, headers: set[str]) -> bool:
    """A continuation header of one of the forms (a name too long for four lines is cut with "……")."""
    return top in headers or (top.endswith("……（续）") and any(h.startswith(top[:-5]) for h in headers))


def test_every_form_page_starts_a_form_or_says_whose_continuation_it_is(bundles, measured) -> None:
    for source, export in bundles.items():
        headers = {f"{name}（续）".replace(" ", "") for name in export.items}
        for n, page in enumerate(measured[source][FORMS]):
            above = page.above.replace("\u3000", "")
            assert above.startswith(FORM_TITLE) or says_whose(above, headers), (source, n + 1)
        pages = pdftotext_pages(export.bundle / FORMS)
        starts = [p for p in pages if p.startswith(FORM_TITLE)]
        assert len(starts) == len(export.items), "each item's form starts on a page of its own"
        for page in pdftotext_pages(export.bundle / FORMS, "-layout"):
            lines = [line.replace(" ", "").replace("\u3000", "") for line in page.splitlines() if line.strip()]
            top = ""
            for line in lines:  # the header may take two lines: it ends at its （续）
                top += line
                if top.startswith(FORM_TITLE) or "（续）" in top:
                    break
            assert top.startswith(FORM_TITLE) or says_whose(top, headers), top[:60]
        text = "".join(pages)
        assert text.count("部门主要负责人（签字）") == len(export.items), "one signature block per form"
        assert "第14列" not in text and "其他字段" not in text, "unrecognised imported columns are never printed"
        for label in ("责任事项依据", "填报人", "联系电话", "填报日期", "审核意见"):
            assert text.count(label) >= len(export.items), label


def test_the_export_says_which_font_serves_each_role(bundles) -> None:
    export = bundles[FINANCE]
    for role in ("标题（小标宋）", "正文（仿宋）", "表格（宋体）", "小标题（黑体）"):
        (line,) = [line for line in export.stdout.splitlines() if line.startswith(f"字体 {role}")]
        assert ("代替" in line) == (f"[提醒] {role.split('（')[0]}应使用" in export.stderr), line
