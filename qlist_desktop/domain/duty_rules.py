"""Validation rules of the responsibility list (责任清单), as pure Python.

They see the whole list and the power items together: a duty must be broken into work items each with
its section; a boundary names exactly one lead among at least two departments, each with its duty, and a
worked case; and "减权不减责": an item given away (取消/下放/转移/委托/调整) or a 行政许可 keeps a supervision
measure. The rules about power items run once the workspace holds a responsibility list at all, so a
department that has not begun one is not told so once per item. Severities are the jurisdiction's to set
(`DutyRuleSettings`, kept in the workspace).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from qlist_desktop.domain.duties import (
    BOUNDARIES,
    DUTIES,
    LEAD,
    PART_LABELS,
    PARTS,
    SERVICE_CLASSES,
    SERVICES,
    SPOT_CHECKS,
    SUPERVISION,
    Boundary,
    Duty,
    Entry,
    PublicService,
    ResponsibilityList,
    SpotCheck,
    SupervisionMeasure,
    entry_name,
)
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.rules import ERROR, WARNING, Finding

OFF = "off"
SEVERITIES = (ERROR, WARNING, OFF)
CANCELLED = "取消"


@dataclass(frozen=True)
class DutyFinding:
    """A finding on one entry of the list (`entry_id`), or on a power item (`item_id`)."""

    rule: str
    severity: str
    part: str
    entry_id: int | None
    field: str
    message: str
    item_id: int | None = None
    item_code: str = ""
    entry_label: str = ""

    def to_finding(self) -> Finding:
        """As one of the workspace's findings (`qlist validate`): the item's code, or the entry's name."""
        return Finding(self.rule, self.severity, self.item_code or self.entry_label, self.field, self.message,
                       self.item_id)


@dataclass
class DutyRuleSettings:
    """The jurisdiction's choices: each rule's severity, and which items need a supervision measure."""

    severity: dict[str, str] = field(default_factory=dict)
    supervised_dispositions: tuple[str, ...] = ("取消", "下放", "转移", "委托", "调整")
    supervised_categories: tuple[str, ...] = ("行政许可",)

    def to_data(self) -> dict[str, Any]:
        return {"severity": dict(self.severity), "supervised_dispositions": list(self.supervised_dispositions),
                "supervised_categories": list(self.supervised_categories)}

    @classmethod
    def from_data(cls, data: Any) -> DutyRuleSettings:
        if not isinstance(data, dict):
            return cls()
        default = cls()
        return cls(dict(data.get("severity", {})),
                   tuple(data.get("supervised_dispositions", default.supervised_dispositions)),
                   tuple(data.get("supervised_categories", default.supervised_categories)))


@dataclass
class DutyContext:
    items: list[PowerItem]
    settings: DutyRuleSettings
    by_code: dict[str, PowerItem] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_code = {i.code.strip(): i for i in self.items if i.code.strip()}


Check = Callable[[Any, DutyContext], Iterator[tuple[str, str]]]


@dataclass(frozen=True)
class EntryRule:
    id: str
    severity: str
    title: str
    part: str
    check: Check


@dataclass(frozen=True)
class ItemRule:
    id: str
    severity: str
    title: str
    check: Callable[[ResponsibilityList, DutyContext], Iterator[tuple[PowerItem, str, str]]]


def _duty_work_items(duty: Duty, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    if not any(w.content.strip() for w in duty.work_items):
        yield "work_items", "【具体工作事项】未填写：主要职责须细化为具体工作事项"


def _work_item_section(duty: Duty, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    for n, work in enumerate(duty.work_items, start=1):
        if work.content.strip() and not work.section.strip():
            yield "work_items", f"【具体工作事项】第{n}项“{work.content.strip()[:20]}”未写明责任科室"


def _duty_all_cancelled(duty: Duty, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    tied = [ctx.by_code[c] for c in duty.item_codes if c in ctx.by_code]
    if tied and all(i.disposition.strip() == CANCELLED for i in tied):
        yield "item_codes", f"【对应权力事项】所对应的 {len(tied)} 个事项均已取消，请调整该项职责（权责一致）"


def _boundary_lead(b: Boundary, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    leads = [p for p in b.parties if p.role.strip() == LEAD]
    if len(leads) != 1:
        said = "没有" if not leads else f"有 {len(leads)} 个"
        yield "parties", f"【相关部门】须有且只有一个牵头部门，现{said}（一件事一个部门牵头）"


def _boundary_parties(b: Boundary, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    departments = {p.department.strip() for p in b.parties if p.department.strip()}
    if len(departments) < 2:
        yield "parties", f"【相关部门】职责边界须涉及至少两个部门，现为 {len(departments)} 个"


def _boundary_party_duty(b: Boundary, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    for p in b.parties:
        if p.department.strip() and not p.duty.strip():
            yield "parties", f"【相关部门】“{p.department.strip()}”的职责未写明"


def _boundary_case(b: Boundary, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    if not b.case.strip():
        yield "case", "【模拟案例】未填写：每个职责边界事项须配一个模拟案例，说明各部门如何分工"


def _measure_schedule(m: SupervisionMeasure, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    if not m.methods:
        yield "methods", "【监管方式】未填写"
    if m.frequency is None:
        yield "frequency", "【监管频次】未填写（如“每季度不少于1次”）"


def _service_category(s: PublicService, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    if s.category.strip() not in SERVICE_CLASSES:
        yield "category", f"【服务类别】“{s.category}”应为{'、'.join(SERVICE_CLASSES)}之一"


_ARTICLE = re.compile(r"第[一二三四五六七八九十百零\d]+条")


def _spot_check_basis(c: SpotCheck, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    if not c.basis.strip():
        yield "basis", "【抽查依据】未填写"
    elif _ARTICLE.search(c.basis):
        yield "basis", "【抽查依据】只写法律法规全称，不写条款"
    if c.ratio is None or c.frequency is None:
        yield "ratio", "【抽查比例和频次】须写明"


def _tied_codes(entry: Entry, ctx: DutyContext) -> Iterator[tuple[str, str]]:
    missing = [c for c in entry.item_codes if c not in ctx.by_code]
    if missing:
        yield "item_codes", f"【关联事项】编码“{'、'.join(missing[:5])}”在权力清单中不存在"


def _untied_items(rlist: ResponsibilityList, ctx: DutyContext) -> Iterator[tuple[PowerItem, str, str]]:
    if not rlist.duties:
        return
    tied = {c for d in rlist.duties for c in d.item_codes}
    for item in ctx.items:
        if item.code.strip() not in tied and item.disposition.strip() != CANCELLED:
            yield item, "department_duty", "【部门职责】该事项未对应责任清单中的任何一项主要职责（权责一致）"


def _unsupervised_items(rlist: ResponsibilityList, ctx: DutyContext) -> Iterator[tuple[PowerItem, str, str]]:
    supervised = {c for m in rlist.supervision for c in m.item_codes}
    for item in ctx.items:
        disposition = item.disposition.strip()
        given_away = disposition in ctx.settings.supervised_dispositions
        if (given_away or item.category in ctx.settings.supervised_categories) and item.code.strip() not in supervised:
            why = f"处置意见为“{disposition}”" if given_away else item.category
            yield item, "disposition", f"【事中事后监管】{why}的事项须有对应的监管制度（减权不减责）"


ENTRY_RULES: tuple[EntryRule, ...] = (
    EntryRule("duty-without-work-items", ERROR, "主要职责未细化为具体工作事项", DUTIES, _duty_work_items),
    EntryRule("work-item-without-section", ERROR, "具体工作事项未写责任科室", DUTIES, _work_item_section),
    EntryRule("duty-items-all-cancelled", WARNING, "职责对应的事项均已取消", DUTIES, _duty_all_cancelled),
    EntryRule("boundary-lead", ERROR, "职责边界须有且只有一个牵头部门", BOUNDARIES, _boundary_lead),
    EntryRule("boundary-too-few-departments", ERROR, "职责边界少于两个部门", BOUNDARIES, _boundary_parties),
    EntryRule("boundary-duty-missing", ERROR, "职责边界中部门职责未写", BOUNDARIES, _boundary_party_duty),
    EntryRule("boundary-case-missing", ERROR, "职责边界缺少模拟案例", BOUNDARIES, _boundary_case),
    EntryRule("supervision-incomplete", WARNING, "监管制度缺少方式或频次", SUPERVISION, _measure_schedule),
    EntryRule("service-category-unknown", ERROR, "公共服务类别不在四类之中", SERVICES, _service_category),
    EntryRule("spot-check-incomplete", WARNING, "抽查事项依据、比例或频次不规范", SPOT_CHECKS, _spot_check_basis),
    *(EntryRule("entry-unknown-item", WARNING, "关联的事项编码不存在", p, _tied_codes) for p in PARTS),
)
ITEM_RULES: tuple[ItemRule, ...] = (
    ItemRule("item-without-duty", WARNING, "事项未对应部门职责", _untied_items),
    ItemRule("supervision-missing", ERROR, "减权不减责：缺少事中事后监管制度", _unsupervised_items),
)
RULE_TITLES: dict[str, str] = {r.id: r.title for r in ENTRY_RULES} | {r.id: r.title for r in ITEM_RULES}
DEFAULT_SEVERITY: dict[str, str] = {r.id: r.severity for r in ENTRY_RULES} | {r.id: r.severity for r in ITEM_RULES}


def validate_list(rlist: ResponsibilityList, items: list[PowerItem],
                  settings: DutyRuleSettings | None = None) -> list[DutyFinding]:
    """Every finding of the list's entries (in part order), then those on power items."""
    settings = settings or DutyRuleSettings()
    ctx = DutyContext(items, settings)
    found: list[DutyFinding] = []
    for rule in ENTRY_RULES:
        severity = settings.severity.get(rule.id, rule.severity)
        if severity == OFF:
            continue
        for entry in rlist.part(rule.part):
            label = f"{PART_LABELS[rule.part]}“{entry_name(rule.part, entry)[:24] or '（未命名）'}”"
            for field_name, message in rule.check(entry, ctx):
                found.append(DutyFinding(rule.id, severity, rule.part, entry.id, field_name, message,
                                         entry_label=label))
    order = {p: n for n, p in enumerate(PARTS)}
    found.sort(key=lambda f: order[f.part])  # stable: within a part, rule order then entry order
    if rlist.is_empty():
        return found
    for item_rule in ITEM_RULES:
        severity = settings.severity.get(item_rule.id, item_rule.severity)
        if severity == OFF:
            continue
        for item, field_name, message in item_rule.check(rlist, ctx):
            found.append(DutyFinding(item_rule.id, severity, "", None, field_name, message, item.id, item.code))
    return found
