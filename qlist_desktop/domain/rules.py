"""Validation rules (审核规则) as pure Python.

Each rule has a stable id, a severity (error: blocks submission; warning: needs a look) and reports
findings with a Chinese message naming the field. Rules see one item plus a `RuleContext` that knows the
whole list (for duplicates) and the workspace's vocabularies and code scheme.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from qlist_desktop.domain.basis_checks import BASIS_RULE_SPECS, corrected_level
from qlist_desktop.domain.codes import CodeScheme, format_problem, parse_code
from qlist_desktop.domain.fields import FIELD_LABELS, FIELDS, REQUIRED_FIELDS
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.vocab import Vocabularies
from qlist_desktop.laws.review import BasisReviewer

ERROR = "error"
WARNING = "warning"

PLACEHOLDERS = frozenset(
    {"/", "／", "\\", "无", "略", "待定", "暂无", "-", "—", "——", "空", "同上", "见上", "xx", "XX", "？", "?"}
)
# Fields where a placeholder is an error (identity of the item) or a warning (content to fill in).
PLACEHOLDER_ERROR_FIELDS = tuple(s.name for s in FIELDS if s.placeholder == ERROR)
PLACEHOLDER_WARNING_FIELDS = tuple(s.name for s in FIELDS if s.placeholder == WARNING)
_ABBREVIATED = re.compile(r"(等|\.{3}|…+)$")


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    code: str
    field: str
    message: str
    item_id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "code": self.code,
            "field": self.field,
            "message": self.message,
            "item_id": self.item_id,
        }


@dataclass
class RuleContext:
    vocab: Vocabularies
    scheme: CodeScheme = field(default_factory=CodeScheme)
    code_counts: Counter[str] = field(default_factory=Counter)
    name_counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    laws: BasisReviewer | None = None  # the law library's view of bases (None: no library checks)

    @classmethod
    def for_items(
        cls, items: Iterable[PowerItem], vocab: Vocabularies, scheme: CodeScheme, laws: BasisReviewer | None = None
    ) -> RuleContext:
        ctx = cls(vocab=vocab, scheme=scheme, laws=laws)
        for item in items:
            ctx.add(item)
        return ctx

    def add(self, item: PowerItem) -> None:
        if item.code.strip():
            self.code_counts[item.code.strip()] += 1
        self.name_counts[name_key(item)] += 1


def name_key(item: PowerItem) -> tuple[str, str]:
    return (item.name.strip(), item.sub_name.strip())


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    title: str
    check: Callable[[PowerItem, RuleContext], Iterator[tuple[str, str]]]


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def _text(item: PowerItem, name: str) -> str:
    return str(getattr(item, name) or "").strip()


def _is_placeholder(value: str) -> bool:
    return value.strip() in PLACEHOLDERS


def check_required(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for name in REQUIRED_FIELDS:
        if not _text(item, name):
            yield name, f"【{_label(name)}】未填写"


def check_placeholder_identity(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for name in PLACEHOLDER_ERROR_FIELDS:
        value = _text(item, name)
        if value and _is_placeholder(value):
            yield name, f"【{_label(name)}】为占位内容“{value}”，请填写实际内容"
    for name in ("name", "sub_name"):
        value = _text(item, name)
        if value and not _is_placeholder(value) and _ABBREVIATED.search(value):
            yield name, f"【{_label(name)}】“{value}”疑似简写（以“等”或省略号结尾），应填写法定全称"


def check_placeholder_content(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for name in PLACEHOLDER_WARNING_FIELDS:
        value = _text(item, name)
        if value and _is_placeholder(value):
            yield name, f"【{_label(name)}】为占位内容“{value}”，请填写实际内容"


def check_duplicate_code(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    code = item.code.strip()
    if code and not _is_placeholder(code) and ctx.code_counts[code] > 1:
        yield "code", f"【事项编码】“{code}”与其他 {ctx.code_counts[code] - 1} 个事项重复"


def check_duplicate_name(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    key = name_key(item)
    if key[0] and ctx.name_counts[key] > 1:
        yield "name", f"【事项名称】“{item.full_name}”与其他事项的名称和子项名称重复"


def check_code_form(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    code = item.code.strip()
    if not code or _is_placeholder(code):
        return
    problem = format_problem(ctx.scheme, code)
    if problem:
        yield "code", f"【事项编码】{problem}"


def check_code_category(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    parts = parse_code(ctx.scheme, item.code.strip())
    expected = ctx.vocab.category_code(item.category)
    if parts and expected and parts.type != expected:
        yield "code", f"【事项编码】类型字母“{parts.type}”与权力类型“{item.category}”（{expected}）不一致"


def check_category_known(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    if item.category and ctx.vocab.category_code(item.category) is None:
        allowed = "、".join(ctx.vocab.labels("category"))
        yield "category", f"【权力类型】“{item.category}”不在本地区的类型目录中（可选：{allowed}）"


def check_basis_missing(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    if not any(b.title.strip() or b.article_text.strip() for b in item.bases):
        yield "bases", "【实施依据】未填写：每项职权都须有具有法律效力的依据"


def check_basis_title(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for n, basis in enumerate(item.bases, start=1):
        if not basis.title.strip() and basis.article_text.strip():
            yield "bases", f"【实施依据】第{n}条依据未写明文件名称（《》）"


def check_basis_detail(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for n, basis in enumerate(item.bases, start=1):
        if not basis.title.strip():
            continue
        missing = [label for label, value in (("层级", basis.level), ("条款", basis.article)) if not value.strip()]
        if missing:
            yield "bases", f"【实施依据】第{n}条依据《{basis.title}》缺少{'和'.join(missing)}"


def check_basis_level(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    code = ctx.vocab.category_code(item.category)
    allowed = ctx.vocab.founding_levels.get(code or "")
    levels = [level for b in item.bases if (level := corrected_level(b, ctx.laws))]
    if allowed and levels and not any(level in allowed for level in levels):
        yield (
            "bases",
            (
                f"【实施依据】{item.category}不能仅由“{'、'.join(sorted(set(levels)))}”设定，"
                f"须有{'、'.join(allowed)}之一作为依据"
            ),
        )


def check_undisclosed(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    if item.is_public:
        return
    if not item.confidential_reason.strip():
        yield "confidential_reason", "【不公开理由】不予公开的事项须写明理由"
    if not item.confidential_basis.strip():
        yield "confidential_basis", "【不公开依据】不予公开的事项须写明依据"


def check_fee(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    if not item.fee_charged:
        return
    if not item.fee_basis.strip():
        yield "fee_basis", "【收费依据】收费事项须写明收费依据"
    if not item.fee_standard.strip():
        yield "fee_standard", "【收费标准】收费事项须写明收费标准"


def check_time_limits(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    legal, promised = item.legal_time_limit, item.promised_time_limit
    if legal is not None and promised is not None and promised > legal:
        yield "promised_time_limit", f"【承诺期限】{promised}个工作日长于法定期限{legal}个工作日"


def check_complaint_channel(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    if not item.complaint_channel.strip():
        yield "complaint_channel", "【监督投诉渠道】未填写监督电话或诉求渠道"


def check_responsibilities(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    if not any(r.content.strip() for r in item.responsibilities):
        yield "responsibilities", "【责任事项】未填写各环节的责任事项"


def check_accountability(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for name in ("accountability_subjects", "accountability_situations"):
        if not _text(item, name):
            yield name, f"【{_label(name)}】未填写"


RULES: tuple[Rule, ...] = (
    Rule("required-field", ERROR, "必填项缺失", check_required),
    Rule("placeholder-identity", ERROR, "名称或编码为占位或简写", check_placeholder_identity),
    Rule("placeholder-content", WARNING, "内容为占位文字", check_placeholder_content),
    Rule("duplicate-code", ERROR, "编码重复", check_duplicate_code),
    Rule("duplicate-name", ERROR, "名称重复", check_duplicate_name),
    Rule("code-malformed", ERROR, "编码格式错误", check_code_form),
    Rule("code-category-mismatch", ERROR, "编码类型与权力类型不符", check_code_category),
    Rule("category-unknown", ERROR, "权力类型不在目录中", check_category_known),
    Rule("basis-missing", ERROR, "缺少实施依据", check_basis_missing),
    Rule("basis-untitled", ERROR, "依据缺少文件名称", check_basis_title),
    Rule("basis-incomplete", WARNING, "依据缺少层级或条款", check_basis_detail),
    Rule("basis-level-insufficient", ERROR, "依据层级不能设定该类权力", check_basis_level),
    *(Rule(*spec) for spec in BASIS_RULE_SPECS),
    Rule("undisclosed-without-reason", ERROR, "不公开事项缺少理由或依据", check_undisclosed),
    Rule("fee-without-basis", ERROR, "收费缺少依据或标准", check_fee),
    Rule("promised-exceeds-legal", ERROR, "承诺期限长于法定期限", check_time_limits),
    Rule("no-complaint-channel", WARNING, "缺少监督投诉渠道", check_complaint_channel),
    Rule("responsibility-missing", WARNING, "缺少责任事项", check_responsibilities),
    Rule("accountability-missing", WARNING, "缺少追责对象或追责情形", check_accountability),
)
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


def validate_item(item: PowerItem, ctx: RuleContext, rules: Iterable[Rule] = RULES) -> list[Finding]:
    """Every finding for one item."""
    return [
        Finding(rule.id, rule.severity, item.code, field_name, message, item.id)
        for rule in rules
        for field_name, message in rule.check(item, ctx)
    ]


def validate_items(
    items: list[PowerItem], vocab: Vocabularies, scheme: CodeScheme, laws: BasisReviewer | None = None
) -> list[Finding]:
    """Every finding for a whole list, grouped by item in list order."""
    ctx = RuleContext.for_items(items, vocab, scheme, laws)
    findings: list[Finding] = []
    for item in items:
        findings.extend(validate_item(item, ctx))
    return findings


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    counts = Counter(f.severity for f in findings)
    return {ERROR: counts[ERROR], WARNING: counts[WARNING]}
