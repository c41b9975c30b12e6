"""From a real published list to a list the office accepts: import → `qlist complete` → one fill-down → validate.

Every Karamay workbook goes through the path a liaison takes. What remains afterwards are only findings that
need the liaison's own knowledge (a basis without a title, a basis level that cannot found the category …).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import FIXTURES
from helpers import run_cli

from qlist_desktop.domain.codes import CodeScheme, parse_code
from qlist_desktop.domain.flowchart import Flowchart
from qlist_desktop.domain.items import Department
from qlist_desktop.render.batch import render_batch
from qlist_desktop.render.charts import make_job
from qlist_desktop.services.flowcharts import chart_records
from qlist_desktop.services.items import audit_log, load_items, update_item
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

WORKBOOKS = sorted(FIXTURES.glob("*.xls*"))
# Findings that no command can fix: the liaison must know the law or the department.
NEEDS_THE_LIAISON = {"basis-untitled", "basis-level-insufficient", "placeholder-identity", "basis-incomplete",
                     "accountability-missing", "responsibility-missing"}
FIXED_BY_COMPLETE = {"required-field", "code-malformed", "code-category-mismatch", "duplicate-code",
                     "flowchart-missing", "flowchart-step-incomplete", "no-complaint-channel"}
CHANNEL = "监督投诉电话：0990-6231234"


def _findings(capsys, path: Path) -> list[dict]:
    code, out, _ = run_cli(capsys, "validate", path, "--json")
    assert code in (0, 1)
    return json.loads(out)["findings"]


@pytest.mark.parametrize("workbook", WORKBOOKS, ids=[w.stem[:12] for w in WORKBOOKS])
def test_a_real_list_is_completed(capsys, tmp_path: Path, workbook: Path) -> None:
    path = tmp_path / "dept.qlist"
    made = run_cli(capsys, "init", path, "--department", "克拉玛依市某局", "--region", "650200", "--code", "301")
    assert made[0] == 0
    assert run_cli(capsys, "import", path, workbook)[0] == 0
    before = {f["rule"] for f in _findings(capsys, path)}
    assert "flowchart-missing" in before

    code, out, err = run_cli(capsys, "complete", path, "--json")
    assert code == 0, err
    done = json.loads(out)
    with Workspace.open(path, readonly=True) as ws:
        items = load_items(ws)
        charts = chart_records(ws)
        audited = {e.item_id for e in audit_log(ws) if e.source == "complete"}
    assert len(done["charts"]) == len(items) == len(charts)
    assert audited == {i.key for i in items}
    scheme = CodeScheme()
    assert len({i.code for i in items}) == len(items)
    for item in items:
        assert parse_code(scheme, item.code) is not None, item.code
    by_name: dict[str, set[str]] = {}
    for item in items:
        if item.sub_name:
            by_name.setdefault(item.name, set()).add(item.code[:-scheme.sub])
    assert all(len(prefixes) == 1 for prefixes in by_name.values()), "sub-items share their main item's prefix"

    code, out, _ = run_cli(capsys, "set", path, "--all", f"complaint_channel={CHANNEL}")
    assert code == 0 and f"选中 {len(items)} 个事项" in out
    after = _findings(capsys, path)
    assert not {f["rule"] for f in after} & FIXED_BY_COMPLETE, after
    assert {f["rule"] for f in after if f["severity"] == "error"} <= NEEDS_THE_LIAISON

    code, out, _ = run_cli(capsys, "complete", path, "--json")
    assert code == 0
    assert json.loads(out) == {"codes": [], "charts": [], "dry_run": False}, "a second run changes nothing"

    jobs = [make_job(Flowchart.from_dict(charts[item.key][0]), item, "克拉玛依市某局") for item in items]
    for drawn in render_batch(jobs, ["svg"]):  # every drafted chart renders with the real dot
        assert "<svg" in drawn["svg"].read_text(encoding="utf-8")


def test_the_fire_brigades_placeholder_and_duplicate_codes_are_replaced_and_said(capsys, tmp_path: Path) -> None:
    fire = FIXTURES / "克拉玛依市2025年消防监督执法权责清单.xlsx"
    path = tmp_path / "fire.qlist"
    run_cli(capsys, "init", path, "--department", "克拉玛依市消防救援支队", "--region", "650200", "--code", "207")
    run_cli(capsys, "import", path, fire)
    code, out, _ = run_cli(capsys, "complete", path, "--codes", "--dry-run", "--json")
    plan = json.loads(out)
    reasons = [c["reason"] for c in plan["codes"]]
    assert sum(r == "占位编码“/”" for r in reasons) == 28
    assert sum("重复" in r for r in reasons) == 2  # two pairs of duplicates: the second of each is renumbered
    assert plan["charts"] == []
    code, out, _ = run_cli(capsys, "complete", path, "--codes")
    assert code == 0
    assert "占位编码“/”，已编为 650200207" in out and "已生成 30 个事项编码" in out


def test_complete_refuses_without_a_region_code(capsys, tmp_path: Path) -> None:
    path = tmp_path / "dept.qlist"
    with Workspace.create(path) as ws:  # a workspace made before the department's codes were known
        initialise(ws, Department(name="某局"))
    run_cli(capsys, "import", path, FIXTURES / "国动办权责清单公示.xlsx")
    code, _, err = run_cli(capsys, "complete", path)
    assert code == 2 and "区划代码应为6位数字" in err


def test_complete_bases_sets_levels_from_the_law_library(capsys, tmp_path: Path) -> None:
    """`--bases` is `qlist laws fix` inside `complete`: a basis tagged with the wrong level gets the law's own."""
    path = tmp_path / "dept.qlist"
    run_cli(capsys, "init", path, "--department", "克拉玛依市国动办", "--region", "650200", "--code", "301")
    run_cli(capsys, "import", path, FIXTURES / "国动办权责清单公示.xlsx")
    with Workspace.open(path) as ws:
        item = next(i for i in load_items(ws) if any(b.title == "中华人民共和国人民防空法" for b in i.bases))
        wrong = [replace(b, level="部门规章") if b.title == "中华人民共和国人民防空法" else b for b in item.bases]
        assert wrong != item.bases
        update_item(ws, item.key, {"bases": wrong}, "test")
    code, out, _ = run_cli(capsys, "complete", path, "--bases", "--json")
    assert code == 0 and any(f["item_id"] == item.key for f in json.loads(out)["bases"])
    with Workspace.open(path, readonly=True) as ws:
        fixed = next(i for i in load_items(ws) if i.key == item.key)
    assert {b.level for b in fixed.bases if b.title == "中华人民共和国人民防空法"} == {"法律"}
