"""Claiming (认领) from an upper-level catalog through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES
from helpers import run_cli

CATALOG = FIXTURES / "国动办权责清单公示.xlsx"


def test_claim_by_default_not_claiming_needs_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "国动办.qlist"
    assert run_cli(capsys, "init", ws, "--department", "克拉玛依市国动办", "--region", "650200")[0] == 0
    code, _, err = run_cli(capsys, "import", ws, CATALOG, "--as-catalog")
    assert code == 0, err
    entries = json.loads(run_cli(capsys, "claim", ws, "--json")[1])
    assert len(entries) == 18 and {e["claim_status"] for e in entries} == {"claimed"}
    assert len(json.loads(run_cli(capsys, "list", ws, "--json")[1])) == 18

    first = entries[0]["id"]
    code, _, err = run_cli(capsys, "claim", ws, str(first), "--not-claimed", " ")
    assert code == 2 and "必须填写不认领的理由" in err
    code, out, _ = run_cli(capsys, "claim", ws, str(first), "--not-claimed", "本级无此项职权，由自治区本级实施")
    assert code == 0 and "未认领" in out
    entries = {e["id"]: e for e in json.loads(run_cli(capsys, "claim", ws, "--json")[1])}
    assert entries[first]["claim_status"] == "not_claimed" and entries[first]["reason"].startswith("本级无此项")
    assert len(json.loads(run_cli(capsys, "list", ws, "--json")[1])) == 17

    assert run_cli(capsys, "claim", ws, str(first), "--claim")[0] == 0
    assert len(json.loads(run_cli(capsys, "list", ws, "--json")[1])) == 18
    code, _, err = run_cli(capsys, "claim", ws, "--claim")
    assert code == 2 and "条目编号" in err
