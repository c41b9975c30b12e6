"""The hostile cases of issue 13, one test each: every one crashed, hung or broke a promise before the fix.

Each run is checked by `Run.check()`: exit 0, 1 or 2, no traceback, at most 10 s and 300 MB. Where a command
refuses, the workspace's folder is compared byte for byte (sha256) before and after.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from hostile import (
    HEADER,
    ITEMS,
    copy_workspace,
    export_base,
    feedback_rows,
    folder_state,
    list_rows,
    make_base,
    patch_bytes,
    row_xml,
    run_qlist,
    run_qlist_process,
    write_xls,
    write_xlsx,
)

NEW_ITEMS = [[n, "", f"新事项{name}", "", "行政确认", "", "", ""] for n, name in (("1", "甲"), ("2", "乙"))]
GBK_NAME = "清单".encode("gbk")  # b'\xc7\xe5\xb5\xa5': not UTF-8, as names come from Windows sticks and zips


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_base(tmp_path_factory.mktemp("base"))


@pytest.fixture
def ws(base: Path, tmp_path: Path) -> Path:
    return copy_workspace(base, tmp_path / "ws")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A workspace after its first submission, and that bundle's id."""
    folder = tmp_path_factory.mktemp("exported")
    ws = make_base(folder)
    bundle = export_base(ws, folder / "out")
    return ws, json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))["bundle_id"]


def refused(ws: Path, *args: str | Path, process: bool = False) -> str:
    """Run a command that must refuse: exit 2, a sentence, and the workspace's folder unchanged."""
    before = folder_state(ws.parent)
    result = (run_qlist_process if process else run_qlist)(*args)
    result.check()
    assert result.code == 2, result.out + result.err
    assert result.err.startswith("错误：") or "参数错误" in result.err, result.err
    assert folder_state(ws.parent) == before
    return result.err


def items_of(ws: Path) -> list[dict[str, object]]:
    result = run_qlist("list", ws, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


# -- 1. a 5 KB file with a cell at row 2,000,000,000 ---------------------------------------------------------


def test_cell_at_row_two_billion_is_refused_at_once(ws: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "二十亿行.xlsx", list_rows() + row_xml(2_000_000_000, ["3", "", "远处的事项"]))
    assert path.stat().st_size < 5_000
    err = refused(ws, "import", ws, path, process=True)
    assert "第 2,000,000,000 行" in err and "1,048,576" in err and "二十亿行.xlsx" in err


# -- 2. merged ranges cost memory by area --------------------------------------------------------------------


def test_sixty_merges_under_the_old_cap_cost_bounded_memory(ws: Path, tmp_path: Path) -> None:
    # Each merge covers 199,980 cells, just under the old per-merge cap of 200,000.
    merges = [f"{chr(66 + n % 20)}{3 + n}:{chr(66 + n % 20)}{3 + n + 199_979}" for n in range(60)]
    path = write_xlsx(tmp_path / "合并.xlsx", list_rows(), merges=merges)
    assert path.stat().st_size < 5_000
    result = run_qlist_process("import", ws, path)
    result.check()
    assert result.code == 0, result.err  # clipped to the rows the sheet has, they cost nothing
    assert "无变化 2 项" in result.out


def test_merges_over_a_sheet_that_is_really_long_are_refused(ws: Path, tmp_path: Path) -> None:
    merges = [f"{chr(66 + n % 20)}{3 + n}:{chr(66 + n % 20)}{3 + n + 149_000}" for n in range(60)]
    rows = list_rows() + row_xml(150_000, ["备注：末行"], start_col=7)
    path = write_xlsx(tmp_path / "长表合并.xlsx", rows, merges=merges)
    err = refused(ws, "import", ws, path, process=True)
    assert "合并单元格共覆盖超过 500,000 个单元格" in err


def test_review_sheet_with_a_huge_merge_is_read_within_bounds(exported: tuple[Path, str], tmp_path: Path) -> None:
    ws = copy_workspace(exported[0], tmp_path / "ws")
    for ref in ("A3:Z500000", "A3:ZZ1000000"):
        path = write_xlsx(tmp_path / f"反馈{ref[-3:]}.xlsx", feedback_rows(exported[1]), merges=[ref])
        result = run_qlist_process("import-review", ws, path, "--dry-run")
        result.check()
        assert result.code == 0, result.err


# -- 3. eight million shared strings -------------------------------------------------------------------------


def test_eight_million_shared_strings_are_refused_before_loading(ws: Path, tmp_path: Path) -> None:
    chunk = b"<si><t>x</t></si>" * 100_000
    path = write_xlsx(tmp_path / "共享文本.xlsx", list_rows(), shared=(chunk for _ in range(80)))
    with zipfile.ZipFile(path) as z:
        assert sum(i.file_size for i in z.infolist()) < 200 * 1024 * 1024  # within the unpacked-size cap
    err = refused(ws, "import", ws, path, process=True)
    assert "共享文本超过 500,000 条" in err


# -- 4. control characters reach the export ------------------------------------------------------------------


def test_control_character_set_from_the_command_line_is_cleaned_and_exports(ws: Path, tmp_path: Path) -> None:
    code = "650200001CF00100"
    run_qlist("set", ws, _first_id_code(ws, code), "remarks=a\x01b\x00c").check()
    shown = run_qlist("show", ws, code, "--json")
    assert json.loads(shown.out)["remarks"] == "abc"
    bundle = export_base(ws, tmp_path / "out")
    catalog = bundle / "01_一表" / "行政权力目录表.xlsx"
    texts = [c for sheet in openpyxl.load_workbook(catalog).worksheets for row in sheet.iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert any("abc" in t for t in texts)


def test_nul_in_an_xls_cell_is_cleaned_counted_and_exports(ws: Path, tmp_path: Path) -> None:
    rows = [HEADER, [*ITEMS[0][:7], "备注\x00含空字符"], ITEMS[1]]
    path = write_xls(tmp_path / "空字符.xls", rows)
    result = run_qlist("import", ws, path, "--json")
    result.check()
    assert result.code == 0, result.err
    report = json.loads(result.out)["files"][0]
    assert any("1 个单元格含有不可见的控制字符" in w for w in report["warnings"])
    assert not any("\x00" in json.dumps(i, ensure_ascii=False) for i in items_of(ws))
    export_base(ws, tmp_path / "out")


def _first_id_code(ws: Path, code: str) -> str:
    """Give the first item a code (imported items have none) and return it."""
    sql(ws, "UPDATE item SET code = ? WHERE id = ?", code, items_of(ws)[0]["id"])
    return code


def sql(ws: Path, statement: str, *params: object) -> None:
    """A change made behind the program's back (as an older version or another tool would), then closed."""
    with closing(sqlite3.connect(ws)) as db, db:
        db.execute(statement, params)


# -- 5 and 6: long text (layout owned by the export and render branches) -------------------------------------


def test_long_cells_export_bounded(ws: Path, tmp_path: Path) -> None:
    long = "依法对违反本条例规定的行为进行调查处理。" * 1_700  # 34,000 characters, cut to Excel's 32,767
    code = _first_id_code(ws, "650200001CF00100")
    for field in ("remarks", "department_duty", "accountability_situations", "disposition", "fee_standard"):
        run_qlist("set", ws, code, f"{field}={long[:32_767]}").check()
    result = run_qlist("export", ws, tmp_path, "--include-drafts", "--override-reason", "测试", "--quiet", timeout=15)
    result.check()
    assert result.code == 0


def test_long_name_chart_fits_its_page(tmp_path: Path) -> None:
    ws = tmp_path / "demo.qlist"
    run_qlist("demo", ws).check()
    code = items_of(ws)[0]["code"]  # a 行政处罚 item whose chart starts 开始 → 立案 → 调查取证
    run_qlist("set", ws, code, "name=" + "对违反规定行为的处罚" * 500).check()
    out = tmp_path / "图.pdf"
    result = run_qlist("flowchart", ws, code, "-o", out)
    result.check()
    assert result.code == 0, result.err
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "立案" in text and "调查取证" in text  # the chart is on the page, not pushed off it


# -- 7. an unknown schema version ----------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["0001x", "zzzz", "9999"])
def test_unknown_schema_is_refused_before_any_backup(ws: Path, version: str) -> None:
    sql(ws, "UPDATE alembic_version SET version_num = ?", version)
    err = refused(ws, "set", ws, "x", "remarks=1")
    assert f"结构版本 {version}" in err and "未作任何改动" in err
    assert not list(ws.parent.glob("*.bak"))


# -- 8. a read-only file, also for root ----------------------------------------------------------------------


def test_read_only_file_is_refused_for_writes_and_read_for_reads(ws: Path, tmp_path: Path) -> None:
    ws.chmod(0o444)
    try:
        err = refused(ws, "import", ws, write_xlsx(tmp_path / "新.xlsx", list_rows()))
        assert "是只读的" in err
        for args in (("list", ws), ("stats", ws), ("validate", ws)):
            result = run_qlist(*args)
            result.check()
            assert result.code in (0, 1), result.err
        assert stat.S_IMODE(ws.stat().st_mode) == 0o444
    finally:
        ws.chmod(0o644)


# -- 9. a workspace on read-only media -----------------------------------------------------------------------


def test_workspace_on_a_read_only_medium_opens_read_only(ws: Path, tmp_path: Path) -> None:
    mount = ws.parent
    script = f"""
set -e
mount --bind {mount} {mount}
mount -o remount,ro,bind {mount}
cd {mount}
for cmd in "list {ws}" "stats {ws}" "show {ws} missing" "set {ws} x remarks=1"; do
  set +e
  {_qlist()} $cmd >/dev/null 2>/tmp/qlist-ro-err.txt
  echo "$cmd => $? $(head -c 300 /tmp/qlist-ro-err.txt)"
  set -e
done
"""
    try:
        proc = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=60)
    except (FileNotFoundError, subprocess.TimeoutExpired):
        pytest.skip("unshare is not available")
    if "mount:" in proc.stderr or "unshare:" in proc.stderr:
        pytest.skip(f"cannot mount read-only here: {proc.stderr.strip()[:200]}")
    lines = dict(line.split(" => ", 1) for line in proc.stdout.splitlines())
    assert lines[f"list {ws}"].startswith("0"), lines
    assert lines[f"stats {ws}"].startswith("0"), lines
    assert lines[f"show {ws} missing"].startswith("2"), lines
    assert lines[f"set {ws} x remarks=1"].startswith("2"), lines
    assert "已损坏" not in proc.stdout


def _qlist() -> str:
    return f"{sys.executable} -c 'import sys; from qlist_desktop.cli.main import main; sys.exit(main())'"


# -- 10. names that are not UTF-8 ----------------------------------------------------------------------------


def test_import_of_a_gbk_named_file_tells_the_truth(ws: Path, tmp_path: Path) -> None:
    path = os.fsencode(tmp_path) + b"/" + GBK_NAME + b".xlsx"
    write_xlsx(Path(os.fsdecode(path)), list_rows(NEW_ITEMS))
    result = run_qlist_process("import", os.fsencode(ws), path)
    result.check()
    assert result.code == 0, result.err
    assert "\ufffd" in result.out and "工作区未被改动" not in result.err
    assert len(items_of(ws)) == 4


def test_catalog_import_of_a_gbk_named_file(ws: Path, tmp_path: Path) -> None:
    path = os.fsencode(tmp_path) + b"/" + GBK_NAME + b".xlsx"
    write_xlsx(Path(os.fsdecode(path)), list_rows([["1", "", "新的目录事项", "", "行政许可", "", "", ""]]))
    result = run_qlist("import", ws, os.fsdecode(path), "--as-catalog")
    result.check()
    assert result.code == 0, result.err


def test_export_to_a_gbk_named_folder_records_one_round(ws: Path, tmp_path: Path) -> None:
    out = os.fsencode(tmp_path) + b"/" + GBK_NAME
    os.mkdir(out)
    result = run_qlist("export", ws, os.fsdecode(out), "--include-drafts", "--override-reason", "测试")
    result.check()
    assert result.code == 0, result.err
    rounds = run_qlist("rounds", ws, "--json")
    assert len(json.loads(rounds.out)["rounds"]) == 1


def test_import_review_of_a_gbk_named_file(exported: tuple[Path, str], tmp_path: Path) -> None:
    ws = copy_workspace(exported[0], tmp_path / "ws")
    name = os.fsdecode(GBK_NAME)
    good = write_xlsx(tmp_path / f"{name}.xlsx", feedback_rows(exported[1]))
    result = run_qlist("import-review", ws, good, "--json")
    result.check()
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["file"].startswith("\ufffd") and report["file"].endswith(".xlsx") and report["created"] == 2
    foreign = write_xlsx(tmp_path / f"{name}2.xlsx", feedback_rows("QL-999-20260101000000-R1-abcdef"))
    err = refused(ws, "import-review", ws, foreign)
    assert "\ufffd" in err and "2.xlsx" in err and "从未导出" in err


def test_a_workspace_with_a_gbk_name_opens(ws: Path) -> None:
    named = os.fsencode(ws.parent) + b"/" + GBK_NAME + b".qlist"
    os.rename(ws, named)
    result = run_qlist("set", os.fsdecode(named), "x", "remarks=1")
    result.check()
    assert result.code == 2 and "没有编码为“x”的事项" in result.err


# -- 11. a vocabulary nested 100,000 deep --------------------------------------------------------------------


def test_vocabulary_nested_100000_deep_is_refused(ws: Path, tmp_path: Path) -> None:
    path = tmp_path / "深.json"
    path.write_text('{"category": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    err = refused(ws, "vocab", ws, "--load", path)
    assert "嵌套超过 32 层" in err


def test_field_json_nested_100000_deep_is_refused(ws: Path) -> None:
    code = _first_id_code(ws, "650200001CF00100")
    err = refused(ws, "set", ws, code, "bases=" + "[" * 60_000 + "]" * 60_000)
    assert "嵌套超过 32 层" in err


# -- minor ---------------------------------------------------------------------------------------------------


def test_closed_pipe_ends_quietly(ws: Path) -> None:
    code = _first_id_code(ws, "650200001CF00100")
    for args in (("show", ws, code), ("list", ws), ("list", ws, "--json")):
        result = run_qlist(*args, stdout_closed=True)
        result.check()
        assert result.code == 0 and result.err == "", result.err


def test_list_prints_no_raw_control_characters(ws: Path) -> None:
    sql(ws, "UPDATE item SET name = ? WHERE id = ?", "名\x1b[31m称\x07", items_of(ws)[0]["id"])
    result = run_qlist("list", ws)
    result.check()
    assert "\x1b" not in result.out and "\x07" not in result.out
    assert "名\ufffd[31m称\ufffd" in result.out


def test_one_lone_surrogate_in_an_xls_cell_does_not_reject_the_file(ws: Path, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "代理项.xls", [HEADER, [*ITEMS[0][:7], "坏字符䶵在此"], ITEMS[1]])
    patch_bytes(path, "䶵".encode("utf-16-le"), b"\x00\xd8")  # a high surrogate with no low one after it
    result = run_qlist("import", ws, path)
    result.check()
    assert result.code == 0, result.err
    assert "1 个单元格" in result.out
    shown = [i for i in items_of(ws) if i["name"] == ITEMS[0][2]]
    assert shown


def test_ooxml_escapes_are_decoded(ws: Path, tmp_path: Path) -> None:
    item = [*ITEMS[0][:7], "第一行_x000D__x000A_第二行_x4E2D__x0001_"]
    line_break_only = [*ITEMS[1][:7], "甲_x000D__x000A_乙"]  # how Excel writes a line break: nothing to clean
    path = write_xlsx(tmp_path / "转义.xlsx", list_rows([item, line_break_only]))
    result = run_qlist("import", ws, path, "--json")
    result.check()
    assert result.code == 0, result.err
    assert any(w.startswith("有 1 个单元格含有") for w in json.loads(result.out)["files"][0]["warnings"])
    code = _first_id_code(ws, "650200001CF00100")
    assert json.loads(run_qlist("show", ws, code, "--json").out)["remarks"] == "第一行\n第二行中"


def test_formula_without_a_cached_value_is_warned_about(ws: Path, tmp_path: Path) -> None:
    formula = '<c r="H2"><f>CONCATENATE("a","b")</f></c>'
    rows = row_xml(1, HEADER) + row_xml(2, ITEMS[0][:7]).removesuffix("</row>") + formula + "</row>"
    path = write_xlsx(tmp_path / "公式.xlsx", rows + row_xml(3, ITEMS[1]))
    result = run_qlist("import", ws, path, "--dry-run", "--json")
    result.check()
    warnings = json.loads(result.out)["files"][0]["warnings"]
    assert any("1 个公式单元格没有保存计算结果" in w for w in warnings), warnings


def test_import_review_dry_run_takes_no_write_lock(exported: tuple[Path, str], tmp_path: Path) -> None:
    ws = copy_workspace(exported[0], tmp_path / "ws")
    path = write_xlsx(tmp_path / "反馈.xlsx", feedback_rows(exported[1]))
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from qlist_desktop.storage.workspace import Workspace; "
         f"w = Workspace.open({str(ws)!r}); print('open', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = folder_state(ws.parent)
        result = run_qlist("import-review", ws, path, "--dry-run")
        result.check()
        assert result.code == 0, result.err
        assert "将导入" in result.out
        assert folder_state(ws.parent) == before
    finally:
        holder.kill()
        holder.communicate()


def test_copy_helper_sanity(base: Path, tmp_path: Path) -> None:
    """The corpus compares folders: a read-only command leaves a workspace's folder byte for byte as it was."""
    ws = copy_workspace(base, tmp_path / "w")
    before = folder_state(ws.parent)
    run_qlist("list", ws).check()
    assert folder_state(ws.parent) == before


def test_cells_without_positions_keep_their_columns(tmp_path: Path) -> None:
    """Empty cells are dropped before parsing only where they name their position; unnamed ones place the next."""
    from qlist_desktop.importing.workbook import read_workbook

    def row(values: list[str], r: int) -> str:
        cells = "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' if v else '<c s="0"/>' for v in values)
        return f'<row r="{r}">{cells}</row>'

    book = read_workbook(write_xlsx(tmp_path / "无位置.xlsx", row(HEADER, 1) + row(ITEMS[0], 2)))
    assert book.sheets[0].rows[2][:5] == ["1", "", ITEMS[0][2], "", "行政处罚"]
