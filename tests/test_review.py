"""The review round trip: export round 1, the office fills the feedback sheet (messily), import, respond."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import openpyxl
import pytest
from helpers import run_cli

from qlist_desktop.services import items as item_service
from qlist_desktop.services.reviews import change_deadline, pending_changes, withdrawn_item_ids
from qlist_desktop.storage.workspace import Workspace

FOOD = ("999001017XK00101", "999001017XK00102", "999001017XK00103")


def export(capsys: pytest.CaptureFixture[str], ws: Path, out: Path) -> Path:
    out.mkdir(exist_ok=True)
    code, stdout, err = run_cli(capsys, "export", ws, out, "--override-reason", "演示数据中的错误为有意设置")
    assert code == 0, err
    return Path(stdout.strip().splitlines()[-1])


@pytest.fixture
def round1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    ws = tmp_path / "演示.qlist"
    assert run_cli(capsys, "demo", ws)[0] == 0
    bundle = export(capsys, ws, tmp_path / "usb1")
    return ws, bundle


def header_map(sheet: openpyxl.worksheet.worksheet.Worksheet) -> tuple[int, dict[str, int]]:
    for r in range(1, 6):
        values = [c.value for c in sheet[r]]
        if "审核结论" in values:
            return r, {v: i + 1 for i, v in enumerate(values) if v}
    raise AssertionError("no header row")


def fill_messily(bundle: Path, target: Path, opinions: dict[str, tuple[str, str]]) -> Path:
    """Fill the feedback sheet as an office would in Excel/WPS: reorder, pad, full-width, merge, delete, sort."""
    wb = openpyxl.load_workbook(bundle / "审核意见反馈表.xlsx")
    sheet = wb.worksheets[0]
    header, cols = header_map(sheet)
    first, last = header + 1, sheet.max_row
    for r in range(first, last + 1):
        code = str(sheet.cell(r, cols["职权编码"]).value)
        if code in opinions:
            conclusion, comment = opinions[code]
            sheet.cell(r, cols["审核结论"]).value = f" {conclusion}\u3000"
            sheet.cell(r, cols["审核意见"]).value = comment
            sheet.cell(r, cols["审核人"]).value = "张审核"
            sheet.cell(r, cols["审核日期"]).value = "2026-12-01"
    rows = [[sheet.cell(r, c).value for c in range(1, sheet.max_column + 1)] for r in range(first, last + 1)]
    # The office deletes the rows it has no opinion on and sorts the rest by name, descending.
    rows = [row for row in rows if str(row[cols["职权编码"] - 1]) in opinions]
    rows.sort(key=lambda row: str(row[cols["职权名称"] - 1]), reverse=True)
    sheet.delete_rows(first, last - first + 1)
    # Columns reordered: 审核结论 first; a column of its own added at the end.
    order = [cols["审核结论"], *[c for c in range(1, sheet.max_column + 1) if c != cols["审核结论"]]]
    headings = [sheet.cell(header, c).value for c in order] + ["处室备注"]
    for c, text in enumerate(headings, start=1):
        sheet.cell(header, c).value = text
    for n, row in enumerate(rows):
        values = [row[c - 1] for c in order] + ["已电话沟通"]
        for c, value in enumerate(values, start=1):
            sheet.cell(first + n, c).value = value
    # Full-width characters and stray spaces in a code.
    code_col = headings.index("职权编码") + 1
    for r in range(first, first + len(rows)):
        code = str(sheet.cell(r, code_col).value)
        if code == FOOD[1]:
            sheet.cell(r, code_col).value = " " + code.translate(
                str.maketrans("0123456789XK", "０１２３４５６７８９ＸＫ")
            )
    # One conclusion merged over the three food-licence sub-item rows (they sort together by name).
    food_rows = [
        r
        for r in range(first, first + len(rows))
        if sheet.cell(r, code_col).value
        and "XK001" in str(sheet.cell(r, code_col).value).translate(str.maketrans("０１ＸＫ", "01XK"))
    ]
    if len(food_rows) == 3:
        for r in food_rows[1:]:
            sheet.cell(r, 1).value = None
        sheet.merge_cells(start_row=food_rows[0], start_column=1, end_row=food_rows[-1], end_column=1)
    wb.save(target)
    return target


OPINIONS = {
    FOOD[0]: ("保留", ""),
    FOOD[1]: ("保留", ""),
    FOOD[2]: ("保留", ""),
    "999001017XK00300": ("修改后再报", "承诺期限不得长于法定期限"),
    "999001017XK00400": ("废止", "规范性文件不得设定行政许可"),
    "999001017CF00500": ("调整", "名称应为法定全称，不得以“等”结尾"),
    "999001017JC00100": ("备案", ""),
}


def test_round_trip(round1: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws_path, bundle = round1
    sheet = fill_messily(bundle, tmp_path / "返回的反馈表.xlsx", OPINIONS)
    code, out, err = run_cli(capsys, "import-review", ws_path, sheet, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["round"] == 1 and report["created"] == len(OPINIONS) and report["unmatched"] == []
    assert report["by_conclusion"] == {"保留": 3, "修改后再报": 1, "废止": 1, "调整": 1, "备案": 1}

    shown = json.loads(run_cli(capsys, "show", ws_path, "999001017XK00300", "--json")[1])
    assert shown["status"] == "已退回"
    assert shown["opinions"][0]["conclusion"] == "修改后再报" and shown["opinions"][0]["needs_action"] is True
    assert json.loads(run_cli(capsys, "show", ws_path, FOOD[1], "--json")[1])["status"] == "已审核"

    # Importing the same sheet twice changes nothing.
    code, out, _ = run_cli(capsys, "import-review", ws_path, sheet, "--json")
    again = json.loads(out)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, len(OPINIONS))

    # The liaison answers: fixes two items, accepts the abolition, explains nothing else.
    assert run_cli(capsys, "set", ws_path, "999001017XK00300", "promised_time_limit=15")[0] == 0
    assert run_cli(capsys, "respond", ws_path, "999001017XK00300", "changed", "承诺期限改为15个工作日")[0] == 0
    assert run_cli(capsys, "set", ws_path, "999001017CF00500", "name=对发布虚假广告的行政处罚")[0] == 0
    assert run_cli(capsys, "respond", ws_path, "999001017CF00500", "changed")[0] == 0
    assert run_cli(capsys, "respond", ws_path, "999001017XK00400", "accepted")[0] == 0
    assert run_cli(capsys, "set", ws_path, "999001017QT00100", "remarks=2026年起纳入12315平台")[0] == 0
    assert run_cli(capsys, "respond", ws_path, "999001017QT00100", "reason", "投诉渠道调整")[0] == 0
    code, _, err = run_cli(capsys, "respond", ws_path, "999001017JC00100", "accepted")
    assert code == 2 and "只有废止或剔除" in err
    assert json.loads(run_cli(capsys, "show", ws_path, "999001017XK00300", "--json")[1])["status"] == "待审核"

    with Workspace.open(ws_path) as ws:
        withdrawn = withdrawn_item_ids(ws)
        assert {item_service.get_item(ws, i).code for i in withdrawn} == {"999001017XK00400"}
        current = [i for i in item_service.load_items(ws) if i.id not in withdrawn]
        changes = pending_changes(ws, current)
        assert change_deadline(ws) is not None
    by_code = {c.code: c for c in changes}
    assert set(by_code) == {"999001017XK00300", "999001017CF00500", "999001017QT00100", "999001017XK00400"}
    assert by_code["999001017XK00400"].kind == "删除"
    assert [(d.field, d.old, d.new) for d in by_code["999001017XK00300"].diffs] == [("promised_time_limit", "25", "15")]
    assert by_code["999001017CF00500"].diffs[0].new == "对发布虚假广告的行政处罚"
    assert "承诺期限改为15个工作日" in by_code["999001017XK00300"].reason
    assert by_code["999001017QT00100"].reason == "投诉渠道调整"

    # Round 2: the abolished item is left out, and the bundle carries the 变更说明 (xlsx and PDF).
    bundle2 = export(capsys, ws_path, tmp_path / "usb2")
    assert "第2次报送" in bundle2.name
    assert run_cli(capsys, "verify", bundle2)[0] == 0
    data = json.loads((bundle2 / "data.json").read_text(encoding="utf-8"))
    assert "999001017XK00400" not in {i["code"] for i in data["items"]} and len(data["items"]) == 19
    sheet = openpyxl.load_workbook(bundle2 / "04_变更说明.xlsx")["变更事项"]
    header, cols = header_map_for(sheet, "变更类型")
    rows = {r[cols["职权编码"] - 1]: r for r in sheet.iter_rows(min_row=header + 1, values_only=True) if r[0]}
    assert set(rows) == set(by_code)
    assert rows["999001017XK00300"][cols["变更内容（原 → 新）"] - 1] == "【承诺期限】25 → 15"
    assert rows["999001017XK00400"][cols["变更类型"] - 1] == "删除"
    assert "承诺期限改为15个工作日" in rows["999001017XK00300"][cols["变更理由"] - 1]
    opinions_sheet = openpyxl.load_workbook(bundle2 / "04_变更说明.xlsx")["审核意见及回复"]
    assert sum(1 for r in opinions_sheet.iter_rows(min_row=3, values_only=True) if r[0]) == len(OPINIONS)
    text = subprocess.run(["pdftotext", "-layout", str(bundle2 / "04_变更说明.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "变更说明（第2次报送）" in text and "999001017CF00500" in text and "对发布虚假广告的行政处罚" in text
    rounds = json.loads(run_cli(capsys, "rounds", ws_path, "--json")[1])
    assert [r["round"] for r in rounds["rounds"]] == [1, 2] and rounds["deadline"]["round"] == 2


def header_map_for(sheet: openpyxl.worksheet.worksheet.Worksheet, marker: str) -> tuple[int, dict[str, int]]:
    for r in range(1, 6):
        values = [c.value for c in sheet[r]]
        if marker in values:
            return r, {v: i + 1 for i, v in enumerate(values) if v}
    raise AssertionError(f"no header row with {marker}")


def test_sheet_from_another_bundle_is_refused_and_changes_nothing(
    round1: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws_path, _ = round1
    other = tmp_path / "其他局.qlist"
    assert run_cli(capsys, "demo", other)[0] == 0
    other_bundle = export(capsys, other, tmp_path / "usb-other")
    sheet = fill_messily(other_bundle, tmp_path / "其他.xlsx", {FOOD[0]: ("保留", "")})
    before = run_cli(capsys, "list", ws_path, "--json")[1]
    code, _, err = run_cli(capsys, "import-review", ws_path, sheet)
    assert code == 2 and "从未导出的报送批次" in err
    assert run_cli(capsys, "list", ws_path, "--json")[1] == before
    assert json.loads(run_cli(capsys, "show", ws_path, FOOD[0], "--json")[1])["opinions"] == []


def test_not_a_feedback_sheet(round1: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    ws_path, bundle = round1
    catalog = next((bundle / "01_一表").glob("*.xlsx"))
    code, _, err = run_cli(capsys, "import-review", ws_path, catalog)
    assert code == 2 and "找不到审核意见反馈表" in err
    code, _, err = run_cli(capsys, "import-review", ws_path, bundle / "manifest.json")
    assert code == 2 and "不是 Excel 文件" in err
