"""Bad input gets a clear Chinese sentence within bounded time, and an interrupted import changes nothing."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from helpers import run_cli

from qlist_desktop.domain.items import Department, PowerItem
from qlist_desktop.domain.vocab import default_vocabularies
from qlist_desktop.importing import ImportFileError, read_file
from qlist_desktop.importing.workbook import MAX_FILE_BYTES, read_workbook
from qlist_desktop.services.items import audit_log, create_items, load_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

FIRE = FIXTURES / "克拉玛依市2025年消防监督执法权责清单.xlsx"
MEDICAL = FIXTURES / "克拉玛依市医疗保障局2024年权责清单.xls"
STATS = FIXTURES / "2025年克拉玛依市统计局权责清单.xlsx"


def _refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as exc:
        read_workbook(path)
    return str(exc.value)


def test_text_and_pdf_named_xlsx_are_refused_by_content(tmp_path: Path) -> None:
    text = tmp_path / "清单.xlsx"
    text.write_text("序号,事项名称\n1,某事项\n", encoding="utf-8")
    assert "不是 Excel 文件" in _refusal(text) and "纯文本" in _refusal(text)
    pdf = tmp_path / "清单.xls"
    pdf.write_bytes(b"%PDF-1.7\n" + b"0" * 100)
    assert "PDF" in _refusal(pdf)
    empty = tmp_path / "空.xlsx"
    empty.write_bytes(b"")
    assert "是空的" in _refusal(empty)


def test_word_document_in_a_zip_is_named(tmp_path: Path) -> None:
    doc = tmp_path / "清单.xlsx"
    with zipfile.ZipFile(doc, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    assert "Word 文档" in _refusal(doc)


def test_corrupt_workbooks(tmp_path: Path) -> None:
    truncated = tmp_path / "截断.xlsx"
    truncated.write_bytes(STATS.read_bytes()[: STATS.stat().st_size // 2])
    assert "已损坏" in _refusal(truncated)
    broken_xls = tmp_path / "损坏.xls"
    data = bytearray(MEDICAL.read_bytes())
    data[600:20000] = b"\xff" * (20000 - 600)
    broken_xls.write_bytes(bytes(data))
    assert "已损坏" in _refusal(broken_xls) or "不是 Excel 工作簿" in _refusal(broken_xls)
    bad_xml = tmp_path / "坏XML.xlsx"
    with zipfile.ZipFile(STATS) as src, zipfile.ZipFile(bad_xml, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                body = body[: len(body) // 3]
            dst.writestr(info, body)
    assert "已损坏" in _refusal(bad_xml)


def test_encrypted_workbook(tmp_path: Path) -> None:
    """An OLE2 container whose stream is `EncryptedPackage` (how Excel stores a password-protected .xlsx)."""
    data = bytearray(MEDICAL.read_bytes())
    old = "Workbook".encode("utf-16-le")
    at = data.find(old)
    assert at > 0
    new = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    data[at : at + len(new)] = new
    data[at + 64 : at + 66] = len(new).to_bytes(2, "little")  # the directory entry's name length
    path = tmp_path / "加密.xlsx"
    path.write_bytes(bytes(data))
    assert "已加密" in _refusal(path)


def test_50_mb_file_is_refused_at_once(tmp_path: Path) -> None:
    big = tmp_path / "大文件.xlsx"
    with open(big, "wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(50 * 1024 * 1024)
    assert big.stat().st_size > MAX_FILE_BYTES
    start = time.monotonic()
    message = _refusal(big)
    assert time.monotonic() - start < 1
    assert "50.0 MB" in message and "超过导入上限" in message


def test_zip_bomb_named_xlsx_is_refused_without_inflating(tmp_path: Path) -> None:
    bomb = tmp_path / "炸弹.xlsx"
    zeros = b"\0" * (1 << 20)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(300):
                member.write(zeros)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    start = time.monotonic()
    message = _refusal(bomb)
    assert time.monotonic() - start < 1
    assert "疑似损坏或恶意文件" in message


def _xlsx_with_formatted_empty_rows(path: Path, empty_rows: int) -> None:
    """A minimal OOXML workbook written by hand: one item, then many styled but empty rows."""
    cols = "ABCDEFGHIJKLMNO"
    head = ["序号", "事项名称", "子项名称", "权力类型", "实施依据", "行使主体", "承办机构"]
    data = ["1", "对某违法行为的处罚", "", "行政处罚", "【法律】《中华人民共和国某法》第一条", "某局", "某科"]

    def text_row(r: int, values: list[str]) -> str:
        cells = "".join(f'<c r="{cols[i]}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values) if v)
        return f'<row r="{r}">{cells}</row>'

    empty = "".join(f'<c r="{c}{{r}}" s="1"/>' for c in cols)
    rows = [text_row(1, head), text_row(2, data)]
    rows += [f'<row r="{r}">' + empty.replace("{r}", str(r)) + "</row>" for r in range(3, empty_rows + 3)]
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><sheetData>' + "".join(rows) + "</sheetData></worksheet>")
    main = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.styles+xml"/></Types>'))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{main}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"))
        z.writestr("xl/workbook.xml", (
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'xmlns:r="{main}"><sheets><sheet name="行政处罚" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        z.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{main}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{main}/styles" Target="styles.xml"/></Relationships>'))
        z.writestr("xl/styles.xml", (
            '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill>'
            '<patternFill patternType="none"/></fill></fills><borders count="2"><border/>'
            '<border><left style="thin"/></border></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="2"><xf/><xf borderId="1" applyBorder="1"/></cellXfs></styleSheet>'))
        z.writestr("xl/worksheets/sheet1.xml", sheet)


@pytest.mark.slow
def test_100000_formatted_empty_rows_are_read_in_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "十万空行.xlsx"
    _xlsx_with_formatted_empty_rows(path, 100_000)
    start = time.monotonic()
    result = read_file(path, default_vocabularies())
    elapsed = time.monotonic() - start
    assert result.error == ""
    assert len(result.items) == 1 and result.items[0].item.name == "对某违法行为的处罚"
    sheet = result.sheets[0]
    assert [s.to_dict() for s in sheet.skipped] == [{"row": 3, "to_row": 100_002, "reason": "空行"}]
    assert elapsed < 30


def test_a_bad_file_among_good_ones_imports_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = Workspace.create(tmp_path / "dept.qlist")
    initialise(ws, Department(name="测试局"))
    ws.close()
    bad = tmp_path / "说明.xlsx"
    bad.write_text("不是表格", encoding="utf-8")
    code, out, err = run_cli(capsys, "import", tmp_path / "dept.qlist", STATS, bad)
    assert code == 2 and out == ""
    assert err.startswith("错误：未导入任何内容：") and "“说明.xlsx”不是 Excel 文件" in err
    assert "Traceback" not in err
    with Workspace.open(tmp_path / "dept.qlist", readonly=True) as ws:
        assert load_items(ws) == []


KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    from qlist_desktop.services.imports import apply_plan, plan_import
    from qlist_desktop.storage.workspace import Workspace

    ws = Workspace.open(sys.argv[1])
    plan = plan_import(ws, [sys.argv[2]])

    def progress(done, total, what):
        if what == "提交":  # every row written in bulk, the transaction not yet committed
            print("WRITTEN", done, total, flush=True)
            time.sleep(120)

    apply_plan(ws, plan, progress=progress)
""")


def test_import_killed_half_way_leaves_the_workspace_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "dept.qlist"
    with Workspace.create(path) as ws:
        initialise(ws, Department(name="克拉玛依市消防救援支队"))
        create_items(ws, [PowerItem(name="已有事项", category="行政检查")], source="test")
        before_items = [(i.id, i.name) for i in load_items(ws)]
        before_audit = len(audit_log(ws))
    source = tmp_path / "消防.xlsx"
    shutil.copy(FIRE, source)
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(path), str(source)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("WRITTEN 75 75"), proc.stderr.read() if proc.stderr else ""
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    assert proc.returncode == -signal.SIGKILL
    with Workspace.open(path) as ws:
        assert [(i.id, i.name) for i in load_items(ws)] == before_items
        assert len(audit_log(ws)) == before_audit
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM legal_basis").fetchone() == (0,)
    finally:
        conn.close()
