"""The OOXML reader on workbooks written by hand: what other programs than Excel write, read the same way."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from conftest import FIXTURES

from qlist_desktop.domain.items import Department
from qlist_desktop.importing.workbook import ImportFileError, read_workbook
from qlist_desktop.services.imports import apply_plan, plan_import
from qlist_desktop.services.items import list_rows
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:sheets><x:sheet name="清单" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"""
RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="worksheets/sheet1.xml"/></Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>"""
SHARED = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>事项名称</t></si><si><r><t>行政</t></r><r><t>许可</t></r><rPh><t>ぎょうせい</t></rPh></si>
<si><t xml:space="preserve">第一行_x000D_
第二行 &amp; 附注</t></si></sst>"""
SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c s="0" r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" s="1"/></x:row>
<x:row r="2"><x:c t="inlineStr"><x:is><x:t>无坐标的内联文字</x:t></x:is></x:c><x:c t="s"><x:v>2</x:v></x:c>
<x:c s="1"><x:v>46357</x:v></x:c><x:c s="2"><x:v>46357</x:v></x:c><x:c><x:f>A1&amp;B1</x:f></x:c>
<x:c t="b"><x:v>1</x:v></x:c><x:c><x:v>12.0</x:v></x:c></x:row>
<x:row r="7"><x:c r="D7" s="1"/></x:row>
</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A3:B5"/></x:mergeCells></x:worksheet>"""


def _write(path: Path, sheet: str = SHEET) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", RELS)
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/sharedStrings.xml", SHARED)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_prefixes_attribute_order_cells_without_ref_dates_and_escapes(tmp_path: Path) -> None:
    (sheet,) = read_workbook(_write(tmp_path / "手写.xlsx")).sheets
    assert sheet.name == "清单"
    assert sheet.rows[1] == ["事项名称", "行政许可"]  # rich text joined, phonetic guide left out
    assert sheet.rows[2] == ["无坐标的内联文字", "第一行\n第二行 & 附注", "2026-12-01", "2026-12-01", "", "是", "12"]
    assert sheet.max_row == 7  # a formatted empty cell counts, as in Excel's used range
    assert [(m.first_row, m.last_row, m.first_col, m.last_col) for m in sheet.merges] == [(3, 5, 0, 1)]
    assert sheet.uncached_formulas == 1


def test_reader_agrees_with_openpyxl_on_every_real_workbook() -> None:
    for path in sorted(FIXTURES.glob("*.xlsx")):
        if path.read_bytes()[:2] != b"PK":
            continue  # .xls content under a .xlsx name
        ours = read_workbook(path).sheets
        book = openpyxl.load_workbook(path, read_only=False, data_only=True)
        assert [s.name for s in ours] == book.sheetnames
        for sheet, ws in zip(ours, book.worksheets, strict=True):
            expected = {(str(m)) for m in ws.merged_cells.ranges}
            got = {f"{openpyxl.utils.get_column_letter(m.first_col + 1)}{m.first_row}:"
                   f"{openpyxl.utils.get_column_letter(m.last_col + 1)}{m.last_row}" for m in sheet.merges}
            assert got == expected, path.name
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.strip():
                        assert sheet.text(cell.row, cell.column - 1), f"{path.name} {cell.coordinate} lost"


def test_a_sheet_cut_short_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "截断.xlsx", SHEET[: len(SHEET) * 2 // 3])
    with pytest.raises(ImportFileError, match="已损坏"):
        read_workbook(path)


def test_a_cell_beyond_excels_last_row_is_refused_at_once(tmp_path: Path) -> None:
    far = SHEET.replace('<x:row r="7"><x:c r="D7" s="1"/></x:row>',
                        '<x:row r="2000000000"><x:c r="A2000000000" t="s"><x:v>0</x:v></x:c></x:row>')
    with pytest.raises(ImportFileError, match="超出 Excel 的 1,048,576 行"):
        read_workbook(_write(tmp_path / "远行.xlsx", far))


def test_the_same_file_twice_in_one_import_is_read_once(tmp_path: Path) -> None:
    source = FIXTURES / "国动办权责清单公示.xlsx"
    copy = tmp_path / "副本.xlsx"
    shutil.copy(source, copy)
    with Workspace.create(tmp_path / "dept.qlist") as ws:
        initialise(ws, Department(name="克拉玛依市国动办"))
        plan = plan_import(ws, [source, copy])
        assert plan.errors == []
        assert plan.to_dict()["files"][1]["warnings"] == ["与“国动办权责清单公示.xlsx”内容相同，未重复导入"]
        apply_plan(ws, plan)
        assert len(list_rows(ws)) == 18
