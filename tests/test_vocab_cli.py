"""A jurisdiction's own scheme: export the vocabularies, edit them, load them back (checked first)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli


def test_export_edit_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "演示.qlist"
    assert run_cli(capsys, "demo", ws)[0] == 0
    exported = tmp_path / "vocab.json"
    assert run_cli(capsys, "vocab", ws, "--export", exported)[0] == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["code_scheme"]["type"] == 2 and len(data["category"]) == 10

    data["category"].append({"code": "ZY", "label": "行政征用"})
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run_cli(capsys, "vocab", ws, "--load", exported)[0] == 0
    assert run_cli(capsys, "set", ws, "999001017QT00100", "category=行政征用")[0] == 0
    code, out, _ = run_cli(capsys, "validate", ws, "--json")
    rules = {(f["rule"], f["code"]) for f in json.loads(out)["findings"]}
    assert ("code-category-mismatch", "999001017QT00100") in rules  # QT letters, 行政征用 is ZY

    before = run_cli(capsys, "vocab", ws)[1]
    data["category"] = [c for c in data["category"] if c["label"] != "行政许可"]
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli(capsys, "vocab", ws, "--load", exported)
    assert code == 2 and "行政许可" in err
    data["category"].append({"code": "XKX", "label": "行政许可"})
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli(capsys, "vocab", ws, "--load", exported)
    assert code == 2 and "应为 2 位字母" in err
    exported.write_text("{not json", encoding="utf-8")
    code, _, err = run_cli(capsys, "vocab", ws, "--load", exported)
    assert code == 2 and "不是有效的 JSON" in err
    assert run_cli(capsys, "vocab", ws)[1] == before
