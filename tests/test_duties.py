"""The responsibility list (责任清单): 频次/比例 parsing, every rule failing and passing, the audited services,
`qlist duties` (JSON, xlsx/json export and load back), `qlist validate` and importing inside a 权责清单 workbook."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import FIXTURES
from helpers import run_cli

from qlist_desktop.domain.duties import (
    ASSIST,
    LEAD,
    PARTS,
    Boundary,
    BoundaryParty,
    Duty,
    DutyDataError,
    Frequency,
    PublicService,
    Ratio,
    ResponsibilityList,
    SpotCheck,
    SupervisionMeasure,
    WorkItem,
    entry_from_dict,
    entry_to_dict,
    parse_frequency,
    parse_ratio,
)
from qlist_desktop.domain.duty_rules import OFF, DutyRuleSettings, validate_list
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.duties import (
    create_entry,
    delete_entries,
    duty_audit_log,
    generate_spot_checks,
    get_entry,
    load_list,
    restore_entry,
    update_entry,
)
from qlist_desktop.services.items import find_by_code, update_item
from qlist_desktop.storage.workspace import Workspace


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo(tmp_path_factory.mktemp("duties") / "demo.qlist")


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.qlist"
    shutil.copy(demo_file, copy)
    return copy


# -- 频次 and 比例 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected", "printed"), [
    ("每季度不少于1次", Frequency("季度", 1, True), "每季度不少于1次"),
    ("每年2次", Frequency("年", 2, False), "每年2次"),
    ("每半年至少一次", Frequency("半年", 1, True), "每半年不少于1次"),
    ("每月 十二 次", Frequency("月", 12, False), "每月12次"),
    ("每季度书面检查不少于1次", Frequency("季度", 1, True), "每季度不少于1次"),
    ("不定期", Frequency(note="不定期"), "不定期"),
])
def test_frequency_parsed_into_period_count_and_printed_uniformly(text: str, expected: Frequency,
                                                                  printed: str) -> None:
    assert parse_frequency(text) == expected
    assert expected.text() == printed


@pytest.mark.parametrize(("text", "expected", "printed"), [
    ("检查率100%", Ratio(100, False, "检查率"), "检查率100%"),
    ("抽检率不少于10%", Ratio(10, True, "抽检率"), "抽检率不少于10%"),
    ("不低于5％", Ratio(5, True, ""), "不少于5%"),
    ("2.5%以上", Ratio(2.5, True, ""), "不少于2.5%"),
])
def test_ratio_parsed_and_printed_uniformly(text: str, expected: Ratio, printed: str) -> None:
    assert parse_ratio(text) == expected
    assert expected.text() == printed


@pytest.mark.parametrize("text", ["经常", "每季度若干次", "120%"])
def test_unreadable_frequency_or_ratio_is_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(DutyDataError, match="无法识别"):
        parse_frequency(text) if "%" not in text else parse_ratio(text)
    assert Frequency("季度", 1, True).per_year() == 4


def test_entry_dict_round_trip_and_refusals() -> None:
    measure = SupervisionMeasure(matter="许可后监管", methods=["书面检查", "实地检查"],
                                 frequency=parse_frequency("每季度不少于1次"), ratio=parse_ratio("检查率100%"),
                                 item_codes=["A1"])
    data = entry_to_dict(measure)
    assert data["frequency"] == "每季度不少于1次" and data["ratio"] == "检查率100%"
    assert entry_from_dict("supervision", data) == measure
    with pytest.raises(DutyDataError, match="频次"):
        entry_from_dict("supervision", {**data, "frequency": "很多次"})
    with pytest.raises(DutyDataError, match="没有“nope”"):
        entry_from_dict("nope", {})


# -- rules: each failing, then passing ------------------------------------------------------------------------

ITEMS = [PowerItem(id=1, code="XK1", name="某许可", category="行政许可", disposition="保留"),
         PowerItem(id=2, code="CF1", name="某处罚", category="行政处罚", disposition="取消"),
         PowerItem(id=3, code="JC1", name="某检查", category="行政检查", disposition="下放")]


def _good_duty() -> Duty:
    return Duty(id=10, title="负责某项管理", work_items=[WorkItem("办理许可", "审批科", "1")],
                item_codes=["XK1", "CF1", "JC1"])


def _good_boundary() -> Boundary:
    return Boundary(id=20, matter="食品安全监督管理", case="假如……各部门分工处置",
                    parties=[BoundaryParty("甲局", LEAD, "负责甲"), BoundaryParty("乙局", ASSIST, "负责乙")])


def _good_measure() -> SupervisionMeasure:
    return SupervisionMeasure(id=30, matter="监管", methods=["书面检查"], frequency=parse_frequency("每年1次"),
                              item_codes=["XK1", "CF1", "JC1"])


def _list(**parts: list) -> ResponsibilityList:
    base = {"duties": [_good_duty()], "boundaries": [_good_boundary()], "supervision": [_good_measure()]}
    return ResponsibilityList(**(base | parts))


def _rules(rlist: ResponsibilityList, settings: DutyRuleSettings | None = None) -> set[str]:
    return {f.rule for f in validate_list(rlist, ITEMS, settings)}


def test_a_complete_list_has_no_findings() -> None:
    assert _rules(_list()) == set()


@pytest.mark.parametrize(("broken", "rule"), [
    ({"duties": [Duty(id=1, title="空职责", item_codes=["XK1", "CF1", "JC1"])]}, "duty-without-work-items"),
    ({"duties": [Duty(id=1, title="职责", work_items=[WorkItem("事项", "")], item_codes=["XK1", "CF1", "JC1"])]},
     "work-item-without-section"),
    ({"duties": [_good_duty(), Duty(id=2, title="已取消的", work_items=[WorkItem("x", "科")], item_codes=["CF1"])]},
     "duty-items-all-cancelled"),
    ({"duties": [Duty(id=1, title="只管许可", work_items=[WorkItem("x", "科")], item_codes=["XK1"])]},
     "item-without-duty"),
    ({"boundaries": [Boundary(id=1, matter="m", case="c", parties=[BoundaryParty("甲", ASSIST, "d"),
                                                                    BoundaryParty("乙", ASSIST, "d")])]},
     "boundary-lead"),
    ({"boundaries": [Boundary(id=1, matter="m", case="c", parties=[BoundaryParty("甲", LEAD, "d"),
                                                                    BoundaryParty("乙", LEAD, "d")])]},
     "boundary-lead"),
    ({"boundaries": [Boundary(id=1, matter="m", case="c", parties=[BoundaryParty("甲", LEAD, "d")])]},
     "boundary-too-few-departments"),
    ({"boundaries": [Boundary(id=1, matter="m", case="c", parties=[BoundaryParty("甲", LEAD, "d"),
                                                                    BoundaryParty("乙", ASSIST, "")])]},
     "boundary-duty-missing"),
    ({"boundaries": [Boundary(id=1, matter="m", parties=[BoundaryParty("甲", LEAD, "d"),
                                                          BoundaryParty("乙", ASSIST, "d")])]},
     "boundary-case-missing"),
    ({"supervision": [SupervisionMeasure(id=1, matter="m", item_codes=["XK1", "CF1", "JC1"])]},
     "supervision-incomplete"),
    ({"supervision": [SupervisionMeasure(id=1, matter="m", methods=["抽查"], frequency=Frequency("年", 1),
                                         item_codes=["XK1", "CF1"])]}, "supervision-missing"),
    ({"services": [PublicService(id=1, name="服务", category="便民性")]}, "service-category-unknown"),
    ({"spot_checks": [SpotCheck(id=1, matter="检查", basis="《某法》第十条", ratio=Ratio(5),
                                frequency=Frequency("年", 1),
                                item_codes=["JC1"])]}, "spot-check-incomplete"),
    ({"services": [PublicService(id=1, name="服务", category="社会性", item_codes=["NOPE"])]}, "entry-unknown-item"),
])
def test_each_rule_fails_on_its_case(broken: dict, rule: str) -> None:
    assert rule in _rules(_list(**broken))


def test_supervision_missing_names_the_item_and_its_severity_is_the_jurisdictions() -> None:
    rlist = _list(supervision=[SupervisionMeasure(id=1, matter="m", methods=["抽查"], frequency=Frequency("年", 1),
                                                  item_codes=["CF1"])])
    found = [f for f in validate_list(rlist, ITEMS) if f.rule == "supervision-missing"]
    assert {(f.item_code, f.severity) for f in found} == {("XK1", "error"), ("JC1", "error")}
    assert "处置意见为“下放”" in next(f.message for f in found if f.item_code == "JC1")
    lenient = DutyRuleSettings(severity={"supervision-missing": "warning"})
    assert {f.severity for f in validate_list(rlist, ITEMS, lenient) if f.rule == "supervision-missing"} == {"warning"}
    assert "supervision-missing" not in _rules(rlist, DutyRuleSettings(severity={"supervision-missing": OFF}))
    only_delegated = DutyRuleSettings(supervised_categories=())
    assert {f.item_code for f in validate_list(rlist, ITEMS, only_delegated) if f.rule == "supervision-missing"} == {
        "JC1"}


def test_item_rules_wait_until_a_list_is_begun() -> None:
    assert validate_list(ResponsibilityList(), ITEMS) == []


# -- services -------------------------------------------------------------------------------------------------


def test_writes_are_audited_and_return_what_they_changed(demo: Path) -> None:
    with Workspace.open(demo) as ws:
        made = create_entry(ws, "boundaries", _good_boundary(), source="test")
        (new_id,) = made.created
        assert made.parts == {"boundaries"} and not made.updated and not made.deleted
        entry = get_entry(ws, "boundaries", new_id)
        assert isinstance(entry, Boundary)
        entry.case = "新的案例"
        assert update_entry(ws, "boundaries", entry, source="test").updated == [new_id]
        assert not update_entry(ws, "boundaries", entry, source="test"), "an unchanged entry is not written"
        position = len(load_list(ws).boundaries) - 1
        assert delete_entries(ws, "boundaries", [new_id], source="test").deleted == [new_id]
        assert new_id not in [b.id for b in load_list(ws).boundaries]
        restore_entry(ws, "boundaries", entry, position, source="test")
        assert get_entry(ws, "boundaries", new_id).case == "新的案例"
        log = [(a.field, a.new) for a in duty_audit_log(ws, new_id)]
    assert [f for f, _ in log] == ["*", "case", "*", "*"]
    assert log[1][1] == "新的案例"


def test_spot_checks_generated_from_inspection_items_once(demo: Path) -> None:
    with Workspace.open(demo) as ws:
        checks = load_list(ws).spot_checks
        assert {c.item_codes[0] for c in checks} == {"999001017JC00100", "999001017JC00200", "999001017JC00300"}
        assert all("第" not in c.basis and c.basis.startswith("《") for c in checks)
        assert not generate_spot_checks(ws), "items already covered are not generated again"
        delete_entries(ws, "spot_checks", [checks[0].id or 0])
        assert len(generate_spot_checks(ws).created) == 1


# -- the command line -----------------------------------------------------------------------------------------


def test_duties_json_on_the_demo_has_every_part(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "duties", demo, "--json")
    data = json.loads(out)
    assert code == 0 and list(data) == list(PARTS)
    assert len(data["duties"]) >= 4 and all(d["work_items"] for d in data["duties"])
    assert len(data["boundaries"]) >= 2 and all(b["case"] for b in data["boundaries"])
    assert {s["category"] for s in data["services"]} == {"基础性", "经济性", "安全性", "社会性"}
    supervised = {c for m in data["supervision"] for c in m["item_codes"]}
    _, listing, _ = run_cli(capsys, "list", demo, "--json")
    items = json.loads(listing)
    licences = {i["code"] for i in items if i["category"] == "行政许可"}
    assert licences and licences <= supervised
    with Workspace.open(demo, readonly=True) as ws:
        delegated = {r["code"] for r in items if find_by_code(ws, r["code"]).disposition == "下放"}
    assert delegated and delegated <= supervised
    inspections = {i["code"] for i in items if i["category"] == "行政检查"}
    assert {c["item_codes"][0] for c in data["spot_checks"]} == inspections
    assert data["supervision"][0]["frequency"] == "每年不少于1次"


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_export_then_load_into_an_empty_workspace_gives_the_same_json(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    exported = tmp_path / f"责任清单{suffix}"
    assert run_cli(capsys, "duties", demo, "--export", exported)[0] == 0
    empty = tmp_path / "empty.qlist"
    assert run_cli(capsys, "init", empty, "--department", "示范县市场监督管理局", "--region", "999001")[0] == 0
    code, out, _ = run_cli(capsys, "duties", empty, "--load", exported)
    assert code == 0 and "新增 22 项" in out
    assert json.loads(run_cli(capsys, "duties", empty, "--json")[1]) == json.loads(
        run_cli(capsys, "duties", demo, "--json")[1])
    code, out, _ = run_cli(capsys, "duties", empty, "--load", exported)
    assert "新增 0 项、更新 0 项、删除 0 项" in out, "loading the same file again changes nothing"


def test_exported_workbook_prints_like_the_catalog(demo: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.xlsx"
    run_cli(capsys, "duties", demo, "--export", path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["部门职责", "职责边界", "事中事后监管制度", "公共服务事项", "随机抽查事项清单"]
    ws = wb["职责边界"]
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$2:$2"
    assert [c.value for c in ws[2]][:4] == ["序号", "职责边界事项", "相关部门", "职责分工"]
    assert any(str(r) .startswith("B3:B") for r in ws.merged_cells.ranges), "a matter is merged over its departments"


def test_load_checks_every_file_before_writing(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    run_cli(capsys, "duties", demo, "--export", good)
    data = json.loads(good.read_text(encoding="utf-8"))
    data["duties"] = []
    data["supervision"][2]["ratio"] = "大约一半"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli(capsys, "duties", demo, "--load", bad)
    assert code == 2 and "事中事后监管制度第3条" in err and "比例“大约一半”无法识别" in err
    assert len(json.loads(run_cli(capsys, "duties", demo, "--json")[1])["duties"]) == 5, "nothing was written"
    code, _, err = run_cli(capsys, "duties", demo, "--load", tmp_path / "missing.xlsx")
    assert code == 2 and "文件不存在" in err
    code, _, err = run_cli(capsys, "duties", demo, "--export", tmp_path / "x.csv")
    assert code == 2 and ".xlsx 或 .json" in err


def test_an_item_set_to_delegated_without_a_measure_is_found_by_validate(
        demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_cli(capsys, "validate", demo, "--json")
    assert "supervision-missing" not in {f["rule"] for f in json.loads(out)["findings"]}
    assert run_cli(capsys, "set", demo, "999001017QZ00100", "disposition=下放")[0] == 0
    code, out, _ = run_cli(capsys, "validate", demo, "--json")
    assert code == 1
    found = [f for f in json.loads(out)["findings"] if f["rule"] == "supervision-missing"]
    assert [(f["code"], f["severity"]) for f in found] == [("999001017QZ00100", "error")]
    assert "减权不减责" in found[0]["message"]
    assert run_cli(capsys, "duties", demo, "--severity", "supervision-missing=warning")[0] == 0
    _, out, _ = run_cli(capsys, "validate", demo, "--json")
    assert [f["severity"] for f in json.loads(out)["findings"] if f["rule"] == "supervision-missing"] == ["warning"]
    assert run_cli(capsys, "duties", demo, "--severity", "nope=error")[0] == 2


def test_entry_findings_are_printed_by_validate(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(demo) as ws:
        boundary = load_list(ws).boundaries[0]
        boundary.case = ""
        update_entry(ws, "boundaries", boundary)
        update_item(ws, find_by_code(ws, "999001017QT00100").key, {"disposition": "取消"})
    code, out, _ = run_cli(capsys, "validate", demo)
    assert code == 1
    assert "■ 职责边界“食品安全监督管理”" in out and "【模拟案例】未填写" in out


def test_list_sheets_inside_a_karamay_workbook_are_imported(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exported = tmp_path / "list.xlsx"
    run_cli(capsys, "duties", demo, "--export", exported)
    book = openpyxl.load_workbook(FIXTURES / "克拉玛依市商务局2024年权责清单.xlsx")
    source = openpyxl.load_workbook(exported)
    for name in ("部门职责", "事中事后监管制度"):
        target = book.create_sheet(name)
        for row in source[name].iter_rows(values_only=True):
            target.append(list(row))
    combined = tmp_path / "商务局权责清单.xlsx"
    book.save(combined)
    ws_path = tmp_path / "k.qlist"
    run_cli(capsys, "init", ws_path, "--department", "克拉玛依市商务局", "--region", "650200")
    code, out, _ = run_cli(capsys, "import", ws_path, combined, "--json")
    report = json.loads(out)
    assert code == 0 and report["created"] > 20, "the power items are still imported"
    assert {d["part"]: d["entries"] for d in report["files"][0]["duties"]} == {"duties": 5, "supervision": 6}
    data = json.loads(run_cli(capsys, "duties", ws_path, "--json")[1])
    demo_data = json.loads(run_cli(capsys, "duties", demo, "--json")[1])
    strip = lambda entries: [{k: v for k, v in e.items() if k != "id"} for e in entries]  # noqa: E731
    assert strip(data["duties"]) == strip(demo_data["duties"])
    assert strip(data["supervision"]) == strip(demo_data["supervision"])


def test_an_entry_taller_than_a_page_is_split_across_pages(tmp_path: Path) -> None:
    import subprocess

    from qlist_desktop.export.duties import part_pdf

    case = "假如江上有一运输船只利用深夜偷排污泥，造成水体污染，各部门按职责分工协作处置。" * 50
    long = Boundary(id=1, matter="水污染防治和水资源保护", case=case,
                    parties=[BoundaryParty(f"部门{n}", ASSIST, "负责本部门职责范围内的相关工作。" * 12)
                             for n in range(10)])
    path = tmp_path / "long.pdf"
    path.write_bytes(part_pdf("boundaries", "测试局", [long]))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("序号") >= 2, "the header row is repeated on the next page"
    flowing = iter(text)
    assert all(ch in flowing for ch in case), "the whole case is printed, in order, over the pages"
    assert "部门9" in text


def test_a_duty_sheet_repeating_its_duty_on_every_row_is_read_as_one_duty(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某局责任清单"])
    sheet.append(["序号", "主要职责", "具体工作事项", "责任科（室）", "联系方式", "备注"])
    sheet.append([1, "负责安全生产综合监督管理", "组织编制安全生产规划", "规划科", "0990-1", None])
    sheet.append([1, "负责安全生产综合监督管理", "指导协调安全生产检查", "执法大队", "0990-2", "由下属事业单位承担"])
    sheet.append([2, "负责应急救援", "组织应急演练", "应急科", "0990-3", None])
    sheet.append([None, None, "管理应急物资", None, None, None])
    path = tmp_path / "职责.xlsx"
    book.save(path)
    ws_path = tmp_path / "w.qlist"
    run_cli(capsys, "init", ws_path, "--department", "某局", "--region", "650200")
    assert run_cli(capsys, "duties", ws_path, "--load", path)[0] == 0
    duties = json.loads(run_cli(capsys, "duties", ws_path, "--json")[1])["duties"]
    assert [(d["title"], len(d["work_items"])) for d in duties] == [("负责安全生产综合监督管理", 2),
                                                                    ("负责应急救援", 2)]
    assert duties[0]["work_items"][1]["remarks"] == "由下属事业单位承担"
    _, out, _ = run_cli(capsys, "validate", ws_path)
    assert "“管理应急物资”未写明责任科室" in out
