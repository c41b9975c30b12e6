"""Every validation rule: one failing and one passing case each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qlist_desktop.domain.codes import CodeScheme
from qlist_desktop.domain.items import LegalBasis, PowerItem, Responsibility
from qlist_desktop.domain.rules import ERROR, RULES, RULES_BY_ID, WARNING, validate_items
from qlist_desktop.domain.vocab import default_vocabularies
from qlist_desktop.laws.files import default_reviewer

VOCAB = default_vocabularies()
SCHEME = CodeScheme()


def good_item(**changes: object) -> PowerItem:
    item = PowerItem(
        code="650200207XK01600",
        name="食品经营许可",
        sub_name="新办",
        category="行政许可",
        bases=[
            LegalBasis("法律", "中华人民共和国食品安全法", "", "第三十五条第一款", "国家对食品生产经营实行许可制度。")
        ],
        exercising_body="克拉玛依市市场监督管理局",
        handling_unit="食品经营安全监督管理科",
        handling_post="许可审查岗",
        responsible_person="王建国",
        responsibilities=[Responsibility("受理", "依法受理申请", "")],
        accountability_subjects="承办人员",
        accountability_situations="不依法履行职责的",
        complaint_channel="12315",
        legal_time_limit=20,
        promised_time_limit=10,
    )
    for key, value in changes.items():
        setattr(item, key, value)
    return item


def rule_ids(items: list[PowerItem]) -> set[str]:
    return {f.rule for f in validate_items(items, VOCAB, SCHEME, default_reviewer())}


def food_basis(level: str = "法律", revision: str = "", article: str = "第三十五条第一款", text: str = "") -> LegalBasis:  # noqa: E501
    text = text or "国家对食品生产经营实行许可制度。"
    return LegalBasis(level, "中华人民共和国食品安全法", revision, article, text)


# rule id -> (a list that breaks the rule, the field the finding must name)
FAILING: dict[str, tuple[Callable[[], list[PowerItem]], str]] = {
    "required-field": (lambda: [good_item(handling_unit="")], "handling_unit"),
    "placeholder-identity": (lambda: [good_item(name="食品经营许可等")], "name"),
    "placeholder-content": (lambda: [good_item(handling_post="/")], "handling_post"),
    "duplicate-code": (lambda: [good_item(), good_item(sub_name="变更")], "code"),
    "duplicate-name": (lambda: [good_item(), good_item(code="650200207XK01601")], "name"),
    "code-malformed": (lambda: [good_item(code="65020XK016")], "code"),
    "code-category-mismatch": (lambda: [good_item(code="650200207CF01600")], "code"),
    "category-unknown": (lambda: [good_item(category="行政审批")], "category"),
    "basis-missing": (lambda: [good_item(bases=[])], "bases"),
    "basis-untitled": (
        lambda: [good_item(bases=[*good_item().bases, LegalBasis(article_text="依据上级文件精神")])],
        "bases",
    ),
    "basis-incomplete": (lambda: [good_item(bases=[LegalBasis("", "中华人民共和国食品安全法", "", "", "")])], "bases"),
    "basis-level-insufficient": (
        lambda: [good_item(bases=[LegalBasis("规范性文件", "某县管理办法", "", "第八条")])],
        "bases",
    ),
    "basis-level-mismatch": (lambda: [good_item(bases=[food_basis("行政法规")])], "bases"),
    "basis-law-unknown": (
        lambda: [good_item(bases=[LegalBasis("法律", "中华人民共和国食品经营法", "", "第八条")])],
        "bases",
    ),
    "basis-law-expired": (
        lambda: [good_item(bases=[LegalBasis("法律", "中华人民共和国环境噪声污染防治法", "", "第三条")])],
        "bases",
    ),
    "basis-article-missing": (lambda: [good_item(bases=[food_basis(article="第三百条")])], "bases"),
    "basis-text-differs": (
        lambda: [good_item(bases=[food_basis(text="禁止生产经营下列食品、食品添加剂、食品相关产品：用非食品原料")])],
        "bases",
    ),
    "undisclosed-without-reason": (
        lambda: [good_item(is_public=False, confidential_basis="保密法")],
        "confidential_reason",
    ),
    "fee-without-basis": (lambda: [good_item(fee_charged=True, fee_standard="每件10元")], "fee_basis"),
    "promised-exceeds-legal": (lambda: [good_item(promised_time_limit=25)], "promised_time_limit"),
    "no-complaint-channel": (lambda: [good_item(complaint_channel="")], "complaint_channel"),
    "responsibility-missing": (lambda: [good_item(responsibilities=[])], "responsibilities"),
    "accountability-missing": (lambda: [good_item(accountability_situations="")], "accountability_situations"),
}

# Edge cases each rule must let pass (besides the plain good item).
PASSING: dict[str, Callable[[], list[PowerItem]]] = {
    "required-field": lambda: [good_item()],
    "placeholder-identity": lambda: [good_item(name="对军工等涉密单位的监督检查")],
    "placeholder-content": lambda: [good_item(remarks="无")],
    "duplicate-code": lambda: [good_item(), good_item(code="650200207XK01601", sub_name="变更")],
    "duplicate-name": lambda: [good_item(), good_item(code="650200207XK01601", sub_name="变更")],
    "code-malformed": lambda: [good_item(code="/")],
    "code-category-mismatch": lambda: [good_item(code="650200207XK01600", category="XK")],
    "category-unknown": lambda: [good_item(category="XK")],
    "basis-missing": lambda: [good_item()],
    "basis-untitled": lambda: [good_item()],
    "basis-incomplete": lambda: [good_item()],
    "basis-level-insufficient": lambda: [
        good_item(bases=[*good_item().bases, LegalBasis("规范性文件", "办法", "", "第八条")])
    ],
    "basis-level-mismatch": lambda: [
        good_item(bases=[*good_item().bases, LegalBasis("地方性法规", "新疆维吾尔自治区消防条例", "", "第八条")])
    ],
    "basis-law-unknown": lambda: [good_item(bases=[*good_item().bases, LegalBasis("部门规章", "消防监督检查规定")])],
    "basis-law-expired": lambda: [good_item(bases=[food_basis(revision="2021年4月29日修正")])],
    "basis-article-missing": lambda: [good_item(bases=[food_basis(article="第一百五十四条")])],
    "basis-text-differs": lambda: [
        good_item(bases=[food_basis(article="第三十五条", text="从事食品生产、食品销售、餐饮服务，应当依法取得许可。")])
    ],
    "undisclosed-without-reason": lambda: [
        good_item(
            is_public=False, confidential_reason="涉及国家秘密", confidential_basis="《政府信息公开条例》第十四条"
        )
    ],
    "fee-without-basis": lambda: [good_item(fee_charged=True, fee_basis="国家发改委文件", fee_standard="每件10元")],
    "promised-exceeds-legal": lambda: [good_item(promised_time_limit=20)],
    "no-complaint-channel": lambda: [good_item()],
    "responsibility-missing": lambda: [good_item()],
    "accountability-missing": lambda: [good_item()],
}


def test_every_rule_has_cases_and_a_known_severity() -> None:
    assert set(FAILING) == set(RULES_BY_ID) == set(PASSING)
    assert all(rule.severity in (ERROR, WARNING) for rule in RULES)


def test_good_item_has_no_findings() -> None:
    assert validate_items([good_item()], VOCAB, SCHEME, default_reviewer()) == []


@pytest.mark.parametrize("rule_id", sorted(FAILING))
def test_rule_fires_with_chinese_message_naming_the_field(rule_id: str) -> None:
    make, field = FAILING[rule_id]
    findings = [f for f in validate_items(make(), VOCAB, SCHEME, default_reviewer()) if f.rule == rule_id]
    assert findings, f"{rule_id} did not fire"
    assert findings[0].field == field
    assert findings[0].severity == RULES_BY_ID[rule_id].severity
    assert "【" in findings[0].message and "】" in findings[0].message


@pytest.mark.parametrize("rule_id", sorted(PASSING))
def test_rule_passes_valid_case(rule_id: str) -> None:
    assert rule_id not in rule_ids(PASSING[rule_id]())


def test_findings_are_grouped_by_item_in_list_order() -> None:
    items = [
        good_item(code="650200207XK01601", sub_name="a", complaint_channel=""),
        good_item(code="650200207XK01602", sub_name="b", handling_unit="", complaint_channel=""),
    ]
    codes = [f.code for f in validate_items(items, VOCAB, SCHEME)]
    assert codes == sorted(codes, key=lambda c: [i.code for i in items].index(c))
    assert codes.count("650200207XK01602") == 2
