"""Exporting the demo workspace and reading every part back with independent readers."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from helpers import run_cli
from pypdf import PdfReader
from test_export_fixtures import BASIS_DOC, CHARTED, FORMULA_NAME, build_workspace

from qlist_desktop.domain.items import PowerItem, item_to_dict
from qlist_desktop.export.templates import load_table
from qlist_desktop.laws.files import default_library
from qlist_desktop.services.flowcharts import chart_records
from qlist_desktop.services.items import load_items
from qlist_desktop.services.submissions import last_submission, list_submissions
from qlist_desktop.storage.workspace import Workspace

REASON = "演示数据中的错误为有意保留，经科室确认后报送"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[PowerItem]]:
    """(workspace, bundle, exported items): one export shared by the read-back tests."""
    base = tmp_path_factory.mktemp("export")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QLIST_CACHE_DIR", str(base / "cache"))
        ws_path = build_workspace(base / "demo.qlist")
        out = base / "usb"
        out.mkdir()
        from qlist_desktop.cli.main import main

        assert main(["export", str(ws_path), str(out), "--override-reason", REASON, "--quiet"]) == 0
    bundles = [p for p in out.iterdir()]
    assert len(bundles) == 1
    with Workspace.open(ws_path, readonly=True) as ws:
        items = load_items(ws)
    return ws_path, bundles[0], items


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_bundle_name_and_layout(exported) -> None:
    _ws, bundle, _items = exported
    assert re.fullmatch(r"999001017_示范县市场监督管理局_权力清单_\d{8}_第1次报送", bundle.name)
    files = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    for expected in ("00_封面.pdf", "01_一表/行政权力目录表.xlsx", "01_一表/行政权力目录表.pdf",
                     "01_一表/涉密不宜公开权力目录.xlsx", "01_一表/涉密不宜公开权力目录.pdf",
                     "01_一表/行政权力清理汇总登记表.pdf", "02_一图/行政权力运行流程图汇编.pdf",
                     "03_一件/依据文件目录.xlsx", "审核意见反馈表.xlsx", "data.json", "manifest.json", "SHA256SUMS"):
        assert expected in files
    assert not [p for p in bundle.parent.iterdir() if p.name.startswith(".")], "staging folder left behind"
    for path in files:
        assert not re.search(r'[<>:"\\|?*]', path)
        assert len(str(Path("E:/") / bundle.name / path)) < 240


def test_catalog_workbook(exported) -> None:
    _ws, bundle, items = exported
    wb = openpyxl.load_workbook(bundle / "01_一表/行政权力目录表.xlsx")
    template = load_table("catalog")
    public = [i for i in items if i.is_public]
    categories = list(dict.fromkeys(i.category for i in public))
    assert wb.sheetnames[0] == "汇总"
    assert sorted(wb.sheetnames[1:]) == sorted(categories)
    for category in categories:
        ws = wb[category]
        assert [c.value for c in ws[2]] == [c.title for c in template.columns]
        rows = [r for r in ws.iter_rows(min_row=3, values_only=True)]
        expected = [i for i in public if i.category == category]
        assert len(rows) == len(expected)
        assert [r[1] for r in rows] == [i.code for i in expected]
        assert ws.print_title_rows == "$2:$2"
        assert ws.page_setup.orientation == "landscape"
        # Never shrunk to one page width: a fixed scale ≥ 75 %, the key columns repeated on the pages across.
        assert not ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.scale) >= 75
        assert ws.col_breaks.brk and ws.print_title_cols == "$A:$C"
        assert all(ws.row_dimensions[r].height for r in range(3, ws.max_row + 1))
    summary = {r[1]: r[3] for r in wb["汇总"].iter_rows(min_row=3, values_only=True) if r[1] != "合计"}
    assert {k: v for k, v in summary.items() if v} == {c: sum(1 for i in public if i.category == c) for c in categories}


def test_no_formula_cells_anywhere(exported) -> None:
    _ws, bundle, _items = exported
    seen_formula_text = False
    for path in bundle.rglob("*.xlsx"):
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", f"{path.name}!{cell.coordinate} is a formula: {cell.value!r}"
                    seen_formula_text |= cell.value == FORMULA_NAME
    assert seen_formula_text


def test_confidential_list(exported) -> None:
    _ws, bundle, items = exported
    hidden = [i for i in items if not i.is_public]
    assert hidden, "the demo has a confidential item"
    ws = openpyxl.load_workbook(bundle / "01_一表/涉密不宜公开权力目录.xlsx").active
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert [(r[1], r[4], r[5]) for r in rows] == [(i.code, i.confidential_reason, i.confidential_basis) for i in hidden]
    catalog = openpyxl.load_workbook(bundle / "01_一表/行政权力目录表.xlsx")
    listed = {r[1] for ws in catalog.worksheets[1:] for r in ws.iter_rows(min_row=3, values_only=True)}
    assert not listed & {i.code for i in hidden}, "confidential items must not be in the public catalog"
    text = pdftotext(bundle / "01_一表/涉密不宜公开权力目录.pdf")
    assert hidden[0].confidential_reason in text.replace("\n", "")


def test_review_feedback_form(exported) -> None:
    ws_path, bundle, items = exported
    wb = openpyxl.load_workbook(bundle / "审核意见反馈表.xlsx")
    ws = wb["审核意见反馈表"]
    bundle_id = ws["B2"].value
    assert bundle_id == last_submission_of(ws_path).bundle_id
    assert wb.defined_names["qlist_bundle_id"].attr_text == "'审核意见反馈表'!$B$2"
    header = [c.value for c in ws[3]]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(items)
    col = header.index("报送批次编号")
    assert {r[col] for r in rows} == {bundle_id}
    assert [r[header.index("职权编码")] for r in rows] == [i.code for i in items]
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list"
    letter = openpyxl.utils.get_column_letter(header.index("审核结论") + 1)
    assert str(dv.sqref) == f"{letter}4:{letter}{len(items) + 3}"
    options = [c.value for c in wb["选项"]["A"]]
    assert options == ["保留", "调整", "废止", "剔除", "备案", "修改后再报"]
    assert dv.formula1 == "'选项'!$A$1:$A$6"


def last_submission_of(ws_path: Path):
    with Workspace.open(ws_path, readonly=True) as ws:
        return last_submission(ws)


def test_pdfs_embed_fonts_and_carry_chinese(exported) -> None:
    _ws, bundle, _items = exported
    for path in [bundle / "00_封面.pdf", *sorted((bundle / "01_一表").glob("*.pdf"))]:
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), f"{path.name}:\n{fonts}"
        text = pdftotext(path)
        assert "示范县市场监督管理局" in text.replace("\n", "")
        assert re.search(r"—\s*1\s*—", text)
    cover = pdftotext(bundle / "00_封面.pdf")
    assert "李晓梅" in cover and "行政许可" in cover and REASON[:10] in cover.replace("\n", "")


def test_a_registration_form_per_item(exported) -> None:
    _ws, bundle, items = exported
    reader = PdfReader(bundle / "01_一表/行政权力清理汇总登记表.pdf")
    texts = [re.sub(r"^—\s*\d+\s*—\n", "", page.extract_text()) for page in reader.pages]
    starts = [n for n, text in enumerate(texts) if text.startswith("行政权力清理汇总登记表")]
    assert len(starts) == len(items)
    bounds = [*starts, len(texts)]
    for item, start, end in zip(items, bounds, bounds[1:], strict=False):
        assert item.code in texts[start] and "".join(texts[start:end]).count("签字") == 3
        for text in texts[start + 1:end]:  # continuation pages say whose form they go on with
            assert text.startswith(item.code) and "（续）" in "".join(text.splitlines()[:2])


def test_catalog_pdf_has_every_public_item(exported) -> None:
    _ws, bundle, items = exported
    text = pdftotext(bundle / "01_一表/行政权力目录表.pdf")
    for item in items:
        assert (item.code in text) == item.is_public, item.code


def test_charts_and_bookmarks(exported) -> None:
    ws_path, bundle, items = exported
    with Workspace.open(ws_path, readonly=True) as ws:
        charted = [i for i in items if i.id in chart_records(ws)]
    assert CHARTED <= len(charted) < len(items), "the formula item has no chart"
    folder = bundle / "02_一图"
    pdfs = sorted(p for p in folder.glob("*.pdf") if p.name != "行政权力运行流程图汇编.pdf")
    assert len(pdfs) == len(charted)
    assert {p.name.split("_")[0] for p in pdfs} == {i.code for i in charted}
    for pdf in pdfs:
        assert pdf.with_suffix(".svg").is_file()
    combined = PdfReader(folder / "行政权力运行流程图汇编.pdf")
    titles = [o.title for o in combined.outline]
    own_pages = sum(len(PdfReader(p).pages) for p in pdfs)
    assert len(titles) == len(charted) and len(combined.pages) == 2 + own_pages  # cover, contents, charts
    # Items not to be disclosed come last, marked, and listed apart in the contents.
    ordered = [i for i in charted if i.is_public] + [i for i in charted if not i.is_public]
    assert [t.split(" ")[0] for t in titles] == [i.code for i in ordered]
    assert [t.endswith("（不宜公开）") for t in titles] == [not i.is_public for i in ordered]


def test_basis_documents(exported) -> None:
    _ws, bundle, items = exported
    title = items[0].bases[0].title
    docs = {p.name for p in (bundle / "03_一件").iterdir() if p.suffix == ".pdf"} - {"依据文件目录.pdf"}
    assert (bundle / "03_一件" / f"{title}.pdf").read_bytes() == BASIS_DOC  # the attached document wins
    # every other cited law the library holds is written from the library (tests/test_laws_export.py)
    library = default_library()
    cited = {law.title for i in items for b in i.bases if (law := library.find(b.title))} - {title}
    assert docs == {f"{t}.pdf" for t in cited} | {f"{title}.pdf"}
    wb = openpyxl.load_workbook(bundle / "03_一件/依据文件目录.xlsx")
    listed = list(wb["依据文件目录"].iter_rows(min_row=3, values_only=True))
    assert len(listed) == sum(len(i.bases) for i in items)
    assert listed[0][-1] == f"03_一件/{title}.pdf"
    missing = list(wb["未附依据文件"].iter_rows(min_row=3, values_only=True))
    assert len(missing) == sum(1 for r in listed if r[-1] == "未附文件") and all(r[-1] == "未附文件" for r in missing)


def test_data_json_has_every_field(exported) -> None:
    _ws, bundle, items = exported
    data = json.loads((bundle / "data.json").read_text(encoding="utf-8"))
    assert data["schema"] == "qlist-desktop/bundle-data" and data["schema_version"] == 1
    assert data["round"] == 1 and data["department"]["name"] == "示范县市场监督管理局"
    assert len(data["items"]) == len(items)
    for stored, item in zip(data["items"], items, strict=True):
        flow = stored.pop("flowchart")
        # The export itself marks the items 已报送 afterwards; data.json holds them as they were sent.
        assert item.status == "已报送" and stored["status"] != "已报送"
        now = item_to_dict(item)
        assert {k: v for k, v in stored.items() if k not in ("status", "updated_at")} == {
            k: v for k, v in now.items() if k not in ("status", "updated_at")}
        assert flow is None or "steps" in json.dumps(flow)


def test_checksums_accepted_by_sha256sum(exported) -> None:
    _ws, bundle, _items = exported
    result = subprocess.run(["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=bundle, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    listed = {line.split("  ", 1)[1] for line in (bundle / "SHA256SUMS").read_text(encoding="utf-8").splitlines()}
    present = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert listed == present - {"SHA256SUMS"}
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in manifest["files"]} == listed - {"manifest.json"}
    assert manifest["override"]["reason"] == REASON and manifest["round"] == 1


def test_verify_passes(exported, capsys: pytest.CaptureFixture[str]) -> None:
    _ws, bundle, _items = exported
    code, out, _err = run_cli(capsys, "verify", bundle)
    assert code == 0, out
    assert "校验通过" in out


def test_submission_recorded(exported) -> None:
    ws_path, bundle, items = exported
    with Workspace.open(ws_path, readonly=True) as ws:
        (sub,) = list_submissions(ws)
        last = last_submission(ws)
    assert sub.round == 1 and sub.bundle_name == bundle.name and sub.override_reason == REASON
    assert last is not None and [i.code for i in last.snapshot] == [i.code for i in items]
    assert last.snapshot[0].bases == items[0].bases


def test_second_export_is_round_two_and_reuses_cache(exported, tmp_path: Path, capsys) -> None:
    ws_path, _bundle, _items = exported
    copy = tmp_path / "copy.qlist"
    shutil.copy(ws_path, copy)
    code, out, err = run_cli(capsys, "export", copy, tmp_path, "--override-reason", REASON)
    assert code == 0, err
    last_line = out.strip().splitlines()[-1]
    assert last_line.endswith("第2次报送") and Path(last_line).is_dir()
    statement = Path(last_line) / "04_变更说明.pdf"
    fonts = subprocess.run(["pdffonts", str(statement)], capture_output=True, text=True, check=True).stdout
    assert all(re.search(r"\byes\s+yes\s+yes\b", row) for row in fonts.splitlines()[2:]), fonts
    assert "Helvetica" not in fonts
    with Workspace.open(copy, readonly=True) as ws:
        assert [s.round for s in list_submissions(ws)] == [1, 2]


def test_responsibility_list_folder(exported) -> None:
    """05_责任清单: each part as xlsx and PDF, read back; the cover counts them and data.json carries them."""
    _ws, bundle, _items = exported
    folder = bundle / "05_责任清单"
    names = ["01_部门职责", "02_职责边界", "03_事中事后监管制度", "04_公共服务事项", "05_随机抽查事项清单"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.{ext}" for n in names for ext in ("pdf", "xlsx"))
    data = json.loads((bundle / "data.json").read_text(encoding="utf-8"))["responsibility_list"]
    boundaries = openpyxl.load_workbook(folder / "02_职责边界.xlsx")["职责边界"]
    header = [c.value for c in boundaries[2]]
    cases = [r[header.index("模拟案例")] for r in boundaries.iter_rows(min_row=3, values_only=True) if r[0]]
    assert cases == [b["case"] for b in data["boundaries"]] and all(cases)
    text = pdftotext(folder / "02_职责边界.pdf").replace("\n", "")
    assert data["boundaries"][0]["case"][:30] in text and "牵头" in text
    measures = pdftotext(folder / "03_事中事后监管制度.pdf").replace("\n", "")
    assert "每季度不少于1次" in measures and "抽检率不少于10%" in measures
    fonts = subprocess.run(["pdffonts", str(folder / "02_职责边界.pdf")], capture_output=True, text=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:]), "every font embedded"
    cover = pdftotext(bundle / "00_封面.pdf").replace("\n", "")
    assert f"职责边界 {len(data['boundaries'])} 项" in cover
    feedback = openpyxl.load_workbook(bundle / "审核意见反馈表.xlsx")
    rows = list(feedback["责任清单审核意见"].iter_rows(min_row=3, values_only=True))
    assert len(rows) == sum(len(v) for v in data.values()) and rows[0][1] == "部门职责"
