"""The basis checks on the real Karamay bases: level mismatches found without false alarms, then fixed."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import FIXTURES
from helpers import run_cli

from qlist_desktop.domain.basis_checks import check_level_mismatch
from qlist_desktop.domain.basis_text import LEVEL_ALIASES
from qlist_desktop.domain.items import Department, LegalBasis, PowerItem
from qlist_desktop.domain.rules import RuleContext
from qlist_desktop.domain.vocab import default_vocabularies
from qlist_desktop.importing import read_file
from qlist_desktop.importing.workbook import read_workbook
from qlist_desktop.laws.files import default_reviewer
from qlist_desktop.services.imports import apply_plan, plan_import
from qlist_desktop.services.items import audit_log, load_items, update_item
from qlist_desktop.services.laws import FIX_SOURCE, fix_bases
from qlist_desktop.services.settings import initialise
from qlist_desktop.services.validation import validate_workspace
from qlist_desktop.storage.workspace import Workspace

TAGGED = re.compile(r"【\s*([^】]*?)\s*】\s*《([^》]+)》")
# 50 real bases of the eight workbooks as their cells tag them ("法规", "规章" as written), checked by hand against
# the issuing acts: the level each must carry.
SAMPLE: list[tuple[str, str, str]] = [
    ("法律", "中华人民共和国统计法", "法律"),
    ("法律", "中华人民共和国消防法", "法律"),
    ("法律", "中华人民共和国社会保险法", "法律"),
    ("法律", "中华人民共和国价格法", "法律"),
    ("法律", "中华人民共和国促进科技成果转化法", "法律"),
    ("法律", "中华人民共和国民法典", "法律"),
    ("法律", "中华人民共和国人民防空法", "法律"),
    ("法律", "中华人民共和国会计法", "法律"),
    ("法律", "中华人民共和国政府采购法", "法律"),
    ("法律", "中华人民共和国企业所得税法", "法律"),
    ("地方性法规", "新疆维吾尔自治区消防条例", "地方性法规"),
    ("国务院决定", "国务院对确需保留的行政审批项目设定行政许可的决定", "国务院决定"),
    ("国务院决定", "国务院关于取消和下放一批行政许可事项的决定", "国务院决定"),
    ("法规", "中华人民共和国企业所得税法实施条例", "行政法规"),
    ("法规", "政府采购法实施条例", "行政法规"),
    ("法规", "全国农业普查条例", "行政法规"),
    ("法规", "全国经济普查条例", "行政法规"),
    ("法规", "印刷业管理条例", "行政法规"),
    ("法规", "商业特许经营管理条例", "行政法规"),
    ("法规", "对外劳务合作管理条例", "行政法规"),
    ("法规", "报废机动车回收管理办法", "行政法规"),  # 国务院令第715号
    ("法规", "融资担保公司监督管理条例", "行政法规"),
    ("法规", "财政违法行为处罚处分条例", "行政法规"),
    ("法规", "国务院关于第六批取消和调整行政审批项目的决定", "国务院决定"),  # 国发〔2012〕52号
    ("法规", "国务院对确需保留的行政审批项目设定行政许可的决定", "国务院决定"),  # 国务院令第412号
    ("法规", "新疆维吾尔自治区实施<中华人民共和国促进科技成果转化法>办法", "地方性法规"),  # 自治区人大常委会
    ("法规", "新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法", "地方性法规"),
    ("法规", "新疆维吾尔自治区技术市场条例", "地方性法规"),
    ("规章", "报废机动车回收管理办法", "行政法规"),
    ("规章", "新疆维吾尔自治区科学技术奖励办法", "地方政府规章"),  # 自治区人民政府令第234号
    ("规章", "二手车流通管理办法", "部门规章"),  # 商务部、公安部、工商总局、税务总局令2005年第2号
    ("规章", "典当管理办法", "部门规章"),
    ("规章", "单用途商业预付卡管理办法(试行)", "部门规章"),
    ("规章", "商品现货市场交易特别规定（试行）", "部门规章"),
    ("规章", "家庭服务业管理暂行办法", "部门规章"),
    ("规章", "家电维修服务业管理办法", "部门规章"),
    ("规章", "对外劳务合作风险处置备用金管理办法（试行）", "部门规章"),
    ("规章", "政府采购信息发布管理办法", "部门规章"),  # 财政部令第101号
    ("规章", "政府采购货物和服务招标投标管理办法", "部门规章"),
    ("规章", "政府采购质疑和投诉办法", "部门规章"),
    ("规章", "政府采购非招标采购方式管理办法", "部门规章"),
    ("规章", "旧电器电子产品流通管理办法", "部门规章"),
    ("规章", "汽车销售管理办法", "部门规章"),  # 商务部令2017年第1号
    ("规章", "洗染业管理办法", "部门规章"),
    ("规章", "统计执法监督检查办法", "部门规章"),  # 国家统计局令
    ("规章", "美容美发业管理暂行办法", "部门规章"),
    ("规章", "财政检查工作办法", "部门规章"),
    ("规章", "财政部门监督办法", "部门规章"),
    ("规章", "零售商促销行为管理办法", "部门规章"),
    ("规章", "餐饮业经营管理办法（试行）", "部门规章"),
]


def tagged(tag: str, basis: LegalBasis) -> LegalBasis:
    """The basis as the cell's tag reads (what the importer made of it before the library settled 【法规】)."""
    return replace(basis, level=LEVEL_ALIASES[tag])


@pytest.fixture(scope="module")
def real_bases() -> dict[tuple[str, str], LegalBasis]:
    """(cell tag, title) → the basis as imported, for every 【tag】《title》 in the eight workbooks."""
    vocab = default_vocabularies()
    imported: dict[str, LegalBasis] = {}
    for path in sorted(FIXTURES.glob("*.xls*")):
        for parsed in read_file(path, vocab).items:
            for basis in parsed.item.bases:
                imported.setdefault(basis.title, basis)
    found: dict[tuple[str, str], LegalBasis] = {}
    for path in sorted(FIXTURES.glob("*.xls*")):
        for sheet in read_workbook(path).sheets:
            for cells in sheet.rows.values():
                for m in TAGGED.finditer("\n".join(c for c in cells if c)):
                    if m.group(2) in imported:
                        found.setdefault((m.group(1), m.group(2)), imported[m.group(2)])
    return found


def test_sample_is_fifty_distinct_real_bases(real_bases: dict[tuple[str, str], LegalBasis]) -> None:
    assert len(SAMPLE) == len({(t, n) for t, n, _ in SAMPLE}) == 50
    assert [(t, n) for t, n, _ in SAMPLE if (t, n) not in real_bases] == []


@pytest.mark.parametrize(("tag", "title", "expected"), SAMPLE, ids=[f"{t}-{n}" for t, n, _ in SAMPLE])
def test_level_mismatch_on_the_hand_checked_sample(
    real_bases: dict[tuple[str, str], LegalBasis], tag: str, title: str, expected: str
) -> None:
    as_tagged = tagged(tag, real_bases[(tag, title)])
    ctx = RuleContext(vocab=default_vocabularies(), laws=default_reviewer())
    messages = [m for _, m in check_level_mismatch(PowerItem(bases=[as_tagged]), ctx)]
    if expected != as_tagged.level:
        assert len(messages) == 1 and f"标注为{as_tagged.level}" in messages[0] and expected in messages[0], messages
    else:
        assert messages == []
    if tag in ("法规", "规章"):  # a fresh import settles 【法规】 and 【规章】 from the library
        assert real_bases[(tag, title)].level == expected


TAGS = {title: tag for tag, title, _ in SAMPLE if tag == "法规"} | {
    title: tag for tag, title, _ in SAMPLE if tag == "规章" and title != "报废机动车回收管理办法"
}
EXPECTED = {title: level for _, title, level in SAMPLE}


def _imported(tmp_path: Path) -> Workspace:
    ws = Workspace.create(tmp_path / "k.qlist")
    initialise(ws, Department(name="克拉玛依市测试局", code="207", region_code="650200"))
    apply_plan(ws, plan_import(ws, sorted(FIXTURES.glob("*.xls*"))))
    return ws


def test_fix_turns_every_mismatch_into_the_right_level_audited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _imported(tmp_path) as ws:
        assert [f for f in validate_workspace(ws) if f.rule == "basis-level-mismatch"] == []
        wrong = 0
        for item in load_items(ws):  # the workspace as the importer left it before the library: tags as written
            old = [tagged(TAGS[b.title], b) if b.title in TAGS else b for b in item.bases]
            wrong += sum(1 for b in old if b.title in TAGS and b.level != EXPECTED[b.title])
            update_item(ws, item.key, {"bases": old}, "test")
        before = [f for f in validate_workspace(ws) if f.rule == "basis-level-mismatch"]
        assert len(before) == wrong >= 19
        ws_path = ws.path
    code, out, _ = run_cli(capsys, "laws", "fix", ws_path, "--dry-run", "--json")
    assert code == 0 and len(json.loads(out)["fixes"]) >= 19
    with Workspace.open(ws_path) as ws:
        assert [f for f in validate_workspace(ws) if f.rule == "basis-level-mismatch"] == before  # dry run
        fixes = fix_bases(ws)
        assert {(f.old.level, f.new.level) for f in fixes if f.old.level != f.new.level} == {
            ("行政法规", "地方性法规"), ("部门规章", "地方政府规章"), ("行政法规", "国务院决定"),
            ("", "法律"), ("", "行政法规"), ("", "国务院决定"),
        }
        assert [f for f in validate_workspace(ws) if f.rule == "basis-level-mismatch"] == []
        entries = [e for e in audit_log(ws) if e.source == FIX_SOURCE]
        assert len(entries) == len({f.item_id for f in fixes}) and all(e.field == "bases" for e in entries)
        assert any(b["level"] == "行政法规" for e in entries for b in e.old if "人民防空法" in b["title"])
        titles = {b.title for item in load_items(ws) for b in item.bases}
        assert "中华人民共和国政府采购法实施条例" in titles and "政府采购法实施条例" not in titles
        assert fix_bases(ws) == []  # nothing left to fix
