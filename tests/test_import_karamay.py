"""Importing the real published Karamay workbooks: counts per file and category exactly as their README says."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import FIXTURES
from helpers import run_cli

from qlist_desktop.domain.items import Department
from qlist_desktop.domain.vocab import default_vocabularies
from qlist_desktop.importing import CREATE, UNCHANGED, UPDATE, read_file
from qlist_desktop.services.imports import apply_plan, plan_import
from qlist_desktop.services.items import audit_log, load_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.services.validation import validate_workspace
from qlist_desktop.storage.workspace import Workspace

EXPECTED: dict[str, dict[str, int]] = {
    "克拉玛依市委宣传部（新闻出版局）2024年权责清单 (1).xlsx": {"行政许可": 1},
    "2025年克拉玛依市统计局权责清单.xlsx": {"行政处罚": 2, "行政检查": 1},
    "国动办权责清单公示.xlsx": {"行政检查": 3, "行政许可": 4, "行政征收": 1, "行政处罚": 5, "其他行政权力": 5},
    "克拉玛依市医疗保障局2024年权责清单.xls": {
        "行政处罚": 6, "行政强制": 1, "行政检查": 8, "行政奖励": 1, "其他行政权力": 1},
    "克拉玛依市科学技术局2024年权责清单.xls": {"行政处罚": 1, "行政确认": 2, "其他行政权力": 1},
    "附件：克拉玛依市财政局2025年权责清单 (1).xlsx": {
        "行政检查": 3, "行政处罚": 9, "行政裁决": 1, "行政确认": 1, "行政许可": 2, "其他行政权力": 3},
    "克拉玛依市2025年消防监督执法权责清单.xlsx": {"行政许可": 1, "行政处罚": 68, "行政强制": 6},
    "克拉玛依市商务局2024年权责清单.xlsx": {"行政许可": 2, "行政检查": 2, "行政处罚": 13, "其他行政权力": 4},
}
FORMATS = {
    "克拉玛依市医疗保障局2024年权责清单.xls": "xls",
    "克拉玛依市科学技术局2024年权责清单.xls": "xls",
    "附件：克拉玛依市财政局2025年权责清单 (1).xlsx": "xls",  # OLE2 content under a .xlsx name
    "克拉玛依市2025年消防监督执法权责清单.xlsx": "xls",
}
FIRE = "克拉玛依市2025年消防监督执法权责清单.xlsx"


def _ws(tmp_path: Path) -> Workspace:
    ws = Workspace.create(tmp_path / "dept.qlist")
    initialise(ws, Department(name="克拉玛依市测试局", code="207", region_code="650200"))
    return ws


@pytest.fixture(scope="module")
def parsed() -> dict[str, object]:
    vocab = default_vocabularies()
    return {name: read_file(FIXTURES / name, vocab) for name in EXPECTED}


def test_fixture_folder_holds_the_eight_documented_workbooks() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.xls*")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_counts_per_file_and_category_match_the_readme(parsed: dict, name: str) -> None:
    result = parsed[name]
    assert result.error == ""
    assert dict(Counter(p.item.category for p in result.items)) == EXPECTED[name]
    assert result.format == FORMATS.get(name, "xlsx")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_source_row_is_accounted_for(parsed: dict, name: str) -> None:
    for sheet in parsed[name].sheets:
        accounted = len(sheet.items) + sheet.merged_row_count + sheet.skipped_row_count() + len(sheet.header_rows)
        assert accounted == sheet.max_row, sheet.name
        assert all(s.reason for s in sheet.skipped)


def test_all_158_items_import_and_reimport_creates_no_duplicates(tmp_path: Path) -> None:
    paths = [FIXTURES / n for n in EXPECTED]
    with _ws(tmp_path) as ws:
        plan = plan_import(ws, paths)
        assert plan.counts() == {CREATE: 158}
        apply_plan(ws, plan)
        assert len(load_items(ws)) == 158
        audit_before = len(audit_log(ws))
        again = plan_import(ws, paths)
        assert again.counts() == {UNCHANGED: 158}
        apply_plan(ws, again)
        assert len(load_items(ws)) == 158
        assert len(audit_log(ws)) == audit_before


def test_field_spot_checks(tmp_path: Path) -> None:
    with _ws(tmp_path) as ws:
        apply_plan(ws, plan_import(ws, [FIXTURES / n for n in EXPECTED]))
        items = load_items(ws)
    by_name: dict[str, list] = {}
    for item in items:
        by_name.setdefault(item.name, []).append(item)

    # Words hard-wrapped with line breaks (统计局): the name is whole again, spaces inside words gone.
    stats = by_name["对拒绝配合统计调查、农业普查、经济普查、人口普查和统计检查的单位和个体工商户的处罚"][0]
    assert stats.category == "行政处罚"
    assert stats.handling_unit == "政策法规科、社会经济统计科、社会经济普查科、综合核算科"
    assert [b.title for b in stats.bases][:3] == ["中华人民共和国统计法", "全国农业普查条例", "全国经济普查条例"]
    assert stats.bases[0].level == "法律" and stats.bases[0].article == "第四十四条"

    # Sub-items under a vertically merged name (国动办, sheet 行政许可（3项）).
    subs = by_name["应建防空地下室的民用建筑项目报建审批"]
    assert [s.sub_name for s in subs] == [
        "1.新建民用建筑防空地下室同步建设审批", "2.新建民用建筑防空地下室易地建设审批"]
    assert {s.category for s in subs} == {"行政许可"}
    # "无" in 子项名称 means no sub-item.
    assert by_name["拆除人民防空工程的审批"][0].sub_name == ""
    # A document number 【2023】 inside a reference is not taken for a new reference's tag.
    assert any(b.revision == "新国动规【2023】2号" for b in subs[1].bases)

    # 宣传部: the 实施依据 split into references with level, title and revision.
    press = by_name["企业从事包装装潢印刷品和其他印刷品印刷经营活动的审批"][0]
    assert press.bases[0].level == "行政法规" and press.bases[0].title == "印刷业管理条例"
    assert len(press.responsibilities) == 1 and press.responsibilities[0].content.startswith("直接实施责任：")

    # 科技局: the last column 救助渠道 is the complaint channel.
    tech = by_name["技术合同认定登记"][0]
    assert tech.category == "行政确认" and tech.complaint_channel.startswith("当事人对本局实施的行政执法行为")

    # 医疗保障局 (12 columns, 实施依据 after 承办机构).
    med = by_name["医疗保险稽核"][0]
    assert (med.category, med.exercising_body) == ("行政检查", "克拉玛依市医疗保障局")
    assert med.handling_unit == "医疗保障服务中心"
    assert med.bases[0].title == "中华人民共和国社会保险法"

    # 消防: 职权编码, 项目 as the name, unrecognised columns kept in extra.
    fire = by_name["公众聚集场所投入使用营业前消防安全检查"][0]
    assert fire.code == "650200207XK01600" and fire.category == "行政许可"
    assert fire.extra["实施对象"] == "公众聚集场所" and fire.extra["录入人"] == "刘毅炜"
    assert fire.disclosure_scope == "向社会公开"
    assert sum(1 for i in items if i.code == "/") == 28

    # 商务局: the duplicated 责任事项依据 columns are both kept.
    labour = by_name["对外劳务合作经营资格核准"][0]
    assert labour.responsibilities[0].basis.startswith("【法律】《中华人民共和国行政许可法》")
    assert labour.accountability_subjects.startswith("1.具体承办人")


def test_fire_brigade_placeholder_codes_are_caught_by_validation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _ws(tmp_path) as ws:
        path = ws.path
    code, out, err = run_cli(capsys, "import", path, FIXTURES / FIRE, "--json")
    assert code == 0, err
    assert json.loads(out)["files"][0]["items"] == 75
    code, out, _ = run_cli(capsys, "validate", path, "--json")
    findings = json.loads(out)["findings"]
    placeholder = [f for f in findings if f["rule"] == "placeholder-identity" and f["field"] == "code"]
    assert code == 1 and len(placeholder) == 28
    with Workspace.open(path, readonly=True) as ws:
        assert len(validate_workspace(ws)) == len(findings)


def test_cli_json_report_shape_and_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with _ws(tmp_path) as ws:
        path = ws.path
    finance = FIXTURES / "附件：克拉玛依市财政局2025年权责清单 (1).xlsx"
    code, out, err = run_cli(capsys, "import", path, finance, "--json", "--dry-run")
    assert code == 0, err
    report = json.loads(out)
    f = report["files"][0]
    assert {"file", "items", "by_category", "skipped", "warnings"} <= set(f)
    assert f["items"] == 19 and f["by_category"]["行政处罚"] == 9 and f["created"] == 19
    footer = [s for s in f["skipped"] if s["row"] == 23]
    assert footer and footer[0]["reason"].startswith("说明或合计行：备注：包括市、区两级")
    assert any("第14列没有列名但有内容" in w for w in f["warnings"])
    with Workspace.open(path, readonly=True) as ws:
        assert load_items(ws) == []


def test_reimport_of_a_changed_file_offers_updates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    source = FIXTURES / "2025年克拉玛依市统计局权责清单.xlsx"
    with _ws(tmp_path) as ws:
        apply_plan(ws, plan_import(ws, [source]))
        changed = tmp_path / "统计局（修改）.xlsx"
        shutil.copy(source, changed)
        book = openpyxl.load_workbook(changed)
        book.active["O3"] = "2025年调整"  # 备注 of the first item
        book.save(changed)
        plan = plan_import(ws, [changed])
        assert plan.counts() == {UPDATE: 1, UNCHANGED: 2}
        update = next(c for c in plan.changes if c.action == UPDATE)
        assert update.changes == {"remarks": "2025年调整"}
        apply_plan(ws, plan)
        items = load_items(ws)
        assert len(items) == 3
        assert [i.remarks for i in items if i.id == update.existing.id] == ["2025年调整"]
        assert audit_log(ws, update.existing.id)[-1].source == "import"
