"""Messy layouts built with openpyxl: two-level headers, vertical merges, repeated headers, sheet-name categories."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from qlist_desktop.domain.vocab import default_vocabularies
from qlist_desktop.importing import read_file


def _read(path: Path):
    result = read_file(path, default_vocabularies())
    assert result.error == ""
    return result


def test_two_level_header_vertical_merges_and_continuation_rows(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    ws.append(["某局权责清单"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "职权名称", "子项", "职权类型", "设定依据", "责任事项", None, "监督电话"])
    ws.append([None, None, None, None, None, "内容", "依据", None])
    for col in "ABCDEH":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("F2:G2")
    ws.append([1, "对违法\n行为的处罚", None, "行政　处罚", "【法律】《中华人民共和国某法》第十条",
               "1.立案责任", "某法第十条", "１２３４５"])
    ws.append([None, None, None, None, "【行政法规】《某条例》第三条", "2.调查责任", "某条例第三条", None])
    ws.append([None, None, None, None, None, "3.决定责任", None, None])
    for col in "ABCDH":
        ws.merge_cells(f"{col}4:{col}6")
    ws.append(["序号", "职权名称", "子项", "职权类型", "设定依据", "内容", "依据", "监督电话"])
    ws.append(["二、行政检查（1项）"])
    ws.append([2, "对某场所的检查", "", "", "《某办法》第五条", "检查", None, None])
    ws.append(["合计：2项"])
    path = tmp_path / "两级表头.xlsx"
    book.save(path)

    result = _read(path)
    sheet = result.sheets[0]
    assert sheet.header_rows == [2, 3]
    fields = {c["label"]: c["field"] for c in sheet.columns}
    assert fields["责任事项·内容"] == "responsibility_content" and fields["责任事项·依据"] == "responsibility_basis"
    assert fields["监督电话"] == "complaint_channel"
    first, second = (p.item for p in sheet.items)
    assert (first.name, first.category, first.complaint_channel) == ("对违法行为的处罚", "行政处罚", "12345")
    assert [r.content for r in first.responsibilities] == ["1.立案责任", "2.调查责任", "3.决定责任"]
    assert [b.title for b in first.bases] == ["中华人民共和国某法", "某条例"]
    assert sheet.items[0].merged_rows == [5, 6]
    assert (second.name, second.category) == ("对某场所的检查", "行政检查")
    reasons = {s.first_row: s.reason for s in sheet.skipped}
    assert reasons[1].startswith("标题行") and reasons[7] == "重复的表头行"
    assert reasons[8].startswith("分类标题行") and reasons[10].startswith("说明或合计行：合计")
    assert len(sheet.items) + sheet.merged_row_count + sheet.skipped_row_count() + 2 == sheet.max_row


def test_category_from_sheet_name_unknown_column_kept_and_rows_lacking_a_type(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "行政许可（2项）"
    ws.append([])
    ws.append([])
    ws.append([])
    ws.append(["序号", "事项名称", "实施依据", "办理地点", None])
    ws.append([1, "某许可", "《某法》第一条", "政务服务中心3号窗口", "手写批注"])
    ws.append([2, "另一许可", "《某法》第二条", None, None])
    ws.append([3, "第三项", "《某法》第三条", None, None])
    path = tmp_path / "分表.xlsx"
    book.save(path)

    result = _read(path)
    sheet = result.sheets[0]
    assert sheet.header_rows == [4]
    items = [p.item for p in sheet.items]
    assert [i.category for i in items] == ["行政许可"] * 3
    assert items[0].extra == {"办理地点": "政务服务中心3号窗口", "第5列（无列名）": "手写批注"}
    text = "\n".join(sheet.warnings)
    assert "未识别的列" in text and "办理地点" in text
    assert "没有“权力类型”列，按工作表名称取“行政许可”" in text
    assert "工作表名称标明 2 项，实际读到 3 个事项" in text


def test_sheet_without_a_header_is_reported_not_guessed(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["甲", "乙", "丙"])
    ws.append(["1", "2", "3"])
    path = tmp_path / "无表头.xlsx"
    book.save(path)
    result = read_file(path, default_vocabularies())
    assert "没有读到任何事项" in result.error
    assert [s.reason for s in result.sheets[0].skipped] == ["未找到表头，未导入"]
    assert "没有找到表头" in result.sheets[0].warnings[0]
