"""A real fixture list exported: 03_一件 holds a PDF per cited library law, and 依据文件目录 lists them."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import FIXTURES
from openpyxl import load_workbook

from qlist_desktop.domain.items import Department
from qlist_desktop.export.bundle import ExportOptions, export_bundle
from qlist_desktop.laws.files import default_library
from qlist_desktop.laws.numerals import parse_refs
from qlist_desktop.services.attachments import add_attachment_bytes
from qlist_desktop.services.imports import apply_plan, plan_import
from qlist_desktop.services.items import load_items, update_item
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

CIVIL_DEFENCE = "国动办权责清单公示.xlsx"  # 18 items citing 人民防空法 and local rules the library lacks


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_exported_fixture_list_has_the_cited_laws_in_03(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "gdb.qlist")
    initialise(ws, Department(name="克拉玛依市国防动员办公室", code="001", region_code="650200"))
    with ws:
        apply_plan(ws, plan_import(ws, [FIXTURES / CIVIL_DEFENCE]))
        items = load_items(ws)
        # the liaison attached the 实施办法 to one basis: the attached file wins for that title
        first = next(i for i in items if any("实施〈中华人民共和国人民防空法〉办法" in b.title for b in i.bases))
        doc = add_attachment_bytes(ws, "实施办法.pdf", b"%PDF-1.4\n% attached by the liaison\n")
        bases = [b if "实施" not in b.title else type(b)(**{**vars(b), "document_sha256": doc.sha256})
                 for b in first.bases]
        update_item(ws, first.key, {"bases": bases}, "test")
        (tmp_path / "usb").mkdir()
        result = export_bundle(ws, tmp_path / "usb", ExportOptions(include_drafts=True, override_reason="测试"))
    folder = Path(result.path) / "03_一件"
    law_pdf = folder / "中华人民共和国人民防空法.pdf"
    assert sorted(p.name for p in folder.iterdir()) == [
        "中华人民共和国人民防空法.pdf", "依据文件目录.pdf", "依据文件目录.xlsx",
        "新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法.pdf",
    ]
    attached = folder / "新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法.pdf"
    assert b"attached by the liaison" in attached.read_bytes()

    text = pdftotext(law_pdf)
    first_page = text.split("\f")[0]
    assert "中华人民共和国人民防空法" in first_page and "法律" in first_page and "2009-08-27" in first_page
    assert "本清单引用的条款" in first_page and "第二十二条" in first_page
    assert "应建防空地下室的民用建筑项目报建审批" in first_page
    library = default_library()
    law = library.find("人民防空法")
    assert law is not None
    cited = {ref.article for item in items for b in item.bases if b.title == law.title for ref in parse_refs(b.article)}
    assert len(cited) >= 5
    flat = "".join(text.split())
    for no in cited:
        assert f"【本清单引用】{no.label}" in flat
        body = library.article(law, no)
        assert body is not None and "".join(body.text.split())[:40] in flat

    sheet = load_workbook(folder / "依据文件目录.xlsx").active
    files = {str(row[-1]) for row in sheet.iter_rows(min_row=3, values_only=True) if row[0]}
    assert "03_一件/中华人民共和国人民防空法.pdf" in files
    catalog = "".join(pdftotext(folder / "依据文件目录.pdf").split())
    assert "03_一件/中华人民共和国人民防空法.pdf" in catalog and "权力依据文件目录" in catalog
