"""The `qlist` CLI: the demo, JSON shapes, editing, and bad input (a sentence, exit 2, no file changed)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run_cli

from qlist_desktop.services.demo import DELIBERATE_FINDINGS


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "演示.qlist"
    code, out, _ = run_cli(capsys, "demo", path)
    assert code == 0 and "已新建演示工作区" in out
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_then_list_is_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "新.qlist"
    assert run_cli(capsys, "init", path, "--department", "克拉玛依市统计局", "--region", "650200")[0] == 0
    code, out, _ = run_cli(capsys, "list", path, "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run_cli(capsys, "stats", path, "--json")
    assert json.loads(out)["department"] == "克拉玛依市统计局"


def test_demo_list_stats_show(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "list", demo, "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 15
    assert {"code", "name", "sub_name", "category", "status"} <= set(rows[0])
    assert any(r["sub_name"] for r in rows)
    code, out, _ = run_cli(capsys, "stats", demo, "--json")
    stats = json.loads(out)
    assert stats["total"] == len(rows)
    assert len(stats["by_category"]) >= 6
    assert sum(stats["by_category"].values()) == stats["total"]
    code, out, _ = run_cli(capsys, "show", demo, "999001017XK00101", "--json")
    item = json.loads(out)
    assert item["name"] == "食品经营许可" and item["sub_name"] == "新办"
    assert item["bases"][0]["title"] == "中华人民共和国食品安全法"
    assert item["bases"][0]["article"] == "第三十五条第一款"
    confidential = [
        r for r in rows if not json.loads(run_cli(capsys, "show", demo, r["code"], "--json")[1])["is_public"]
    ]
    assert len(confidential) == 1
    code, out, _ = run_cli(capsys, "show", demo, "999001017XK00101")
    assert code == 0 and "实施依据" in out and "【法律】《中华人民共和国食品安全法》" in out


def test_validate_finds_the_deliberate_findings_and_nothing_else(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "validate", demo, "--json")
    findings = json.loads(out)["findings"]
    assert code == 1
    assert {(f["rule"], f["code"]) for f in findings} == DELIBERATE_FINDINGS
    assert all({"rule", "severity", "code", "field", "message"} <= set(f) for f in findings)
    assert {f["severity"] for f in findings} == {"error", "warning"}


def test_set_edits_through_the_audited_service(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(
        capsys, "set", demo, "999001017XK00300", "promised_time_limit=15", "disclosure_forms=政府网站、报刊"
    )
    assert code == 0, err
    item = json.loads(run_cli(capsys, "show", demo, "999001017XK00300", "--json")[1])
    assert item["promised_time_limit"] == 15 and item["disclosure_forms"] == ["政府网站", "报刊"]
    code, out, _ = run_cli(capsys, "validate", demo, "--json")
    assert ("promised-exceeds-legal", "999001017XK00300") not in {
        (f["rule"], f["code"]) for f in json.loads(out)["findings"]
    }
    code, _, _ = run_cli(capsys, "set", demo, "999001017XK00300", "bases=【法律】《中华人民共和国计量法》第六条")
    assert code == 0
    item = json.loads(run_cli(capsys, "show", demo, "999001017XK00300", "--json")[1])
    assert item["bases"] == [
        {
            "level": "法律",
            "title": "中华人民共和国计量法",
            "revision": "",
            "article": "第六条",
            "article_text": "",
            "document_sha256": "",
        }
    ]


@pytest.mark.parametrize(
    ("assignment", "message"),
    [
        ("colour=红", "没有字段“colour”"),
        ("category=行政审批", "可选：行政许可"),
        ("status=完成", "草稿"),
        ("legal_time_limit=二十天", "整数"),
        ("is_public=也许", "是/否"),
        ("responsibilities=[1", "JSON"),
    ],
)
def test_set_refuses_unknown_fields_and_values(
    demo: Path, capsys: pytest.CaptureFixture[str], assignment: str, message: str
) -> None:
    before = sha(demo)
    code, _, err = run_cli(capsys, "set", demo, "999001017XK00300", assignment)
    assert code == 2 and message in err and "Traceback" not in err
    assert sha(demo) == before


def test_bad_input_to_every_command(tmp_path: Path, demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.qlist"
    text.write_text("这不是数据库", encoding="utf-8")
    truncated = tmp_path / "truncated.qlist"
    truncated.write_bytes(demo.read_bytes()[:5000])
    missing = tmp_path / "missing.qlist"
    cases = {
        "missing": missing,
        "not sqlite": text,
        "truncated": truncated,
    }
    commands = [
        ["list"],
        ["stats"],
        ["validate"],
        ["show", None, "999001017XK00101"],
        ["set", None, "999001017XK00101", "remarks=x"],
    ]
    for label, path in cases.items():
        before = sha(path) if path.exists() else None
        for cmd in commands:
            args = [cmd[0], path, *cmd[2:]] if len(cmd) > 1 else [cmd[0], path]
            code, _, err = run_cli(capsys, *args)
            assert code == 2, (label, cmd, err)
            assert err.startswith("错误：") and "Traceback" not in err, (label, cmd, err)
        assert (sha(path) if path.exists() else None) == before, label
    before = sha(demo)
    for cmd in (["show", demo, "000000000XX00000"], ["set", demo, "000000000XX00000", "remarks=x"]):
        code, _, err = run_cli(capsys, *cmd)
        assert code == 2 and "没有编码为“000000000XX00000”的事项" in err
    assert sha(demo) == before
    code, _, err = run_cli(capsys, "init", demo, "--department", "局", "--region", "650200")
    assert code == 2 and "已存在" in err and sha(demo) == before
    code, _, err = run_cli(capsys, "init", tmp_path / "n.qlist", "--department", "局", "--region", "65")
    assert code == 2 and "6 位数字" in err and not (tmp_path / "n.qlist").exists()


def test_console_script_runs_and_usage_errors_are_sentences(tmp_path: Path) -> None:
    qlist = Path(sys.executable).with_name("qlist")
    done = subprocess.run([str(qlist), "list"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "参数错误" in done.stderr and "Traceback" not in done.stderr
    done = subprocess.run([str(qlist), "demo", str(tmp_path / "d.qlist")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
