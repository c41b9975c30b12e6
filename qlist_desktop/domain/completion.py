"""Completing an imported list: codes in the workspace's scheme and charts drafted from the category templates.

Published lists carry no codes (or `/`), and no charts: these functions say, without touching anything,
which code each item should get and what chart it should start from. Valid codes are never changed.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from dataclasses import dataclass

from qlist_desktop.domain.codes import CodeParts, CodeScheme, build_code, parse_code
from qlist_desktop.domain.flowchart import STEP, Flowchart
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.rules import PLACEHOLDERS
from qlist_desktop.domain.vocab import Vocabularies


@dataclass(frozen=True)
class CodeAssignment:
    item_id: int
    old: str
    new: str
    reason: str  # why the old code was replaced: 未填写 / 占位 / 不符合编码规则 / 类型不符 / 重复

    def to_dict(self) -> dict[str, object]:
        return {"item_id": self.item_id, "old": self.old, "new": self.new, "reason": self.reason}


def _problem(item: PowerItem, parts: CodeParts | None, type_code: str, taken: Counter[str]) -> str:
    code = item.code.strip()
    if not code:
        return "未填写"
    if code in PLACEHOLDERS:
        return f"占位编码“{code}”"
    if parts is None:
        return f"编码“{code}”不符合编码规则"
    if parts.type != type_code:
        return f"编码“{code}”的类型代码与权力类型不符"
    if taken[code] > 0:
        return f"编码“{code}”与其他事项重复"
    return ""


def assign_codes(items: list[PowerItem], scheme: CodeScheme, region: str, subject: str,
                 vocab: Vocabularies) -> list[CodeAssignment]:
    """A code for every item whose code is missing, a placeholder, malformed, of another type or a duplicate.

    `items` come in source order (as imported). Items sharing a name and category are one item with sub-items:
    they share the main item's 事项 number and are numbered 01, 02 … under it (a lone item has 00). New
    numbers follow the highest one in use per category; a valid code keeps its place, the first of
    duplicates keeps its code.
    """
    groups: dict[tuple[str, str], list[PowerItem]] = defaultdict(list)
    for item in items:
        groups[(item.name.strip(), item.category)].append(item)
    taken: Counter[str] = Counter()
    valid: dict[int, CodeParts] = {}
    problems: dict[int, str] = {}
    for item in items:
        type_code = vocab.category_code(item.category) or "QT"
        parts = parse_code(scheme, item.code.strip())
        problem = _problem(item, parts, type_code, taken)
        if problem:
            problems[item.key] = problem
        else:
            assert parts is not None
            valid[item.key] = parts
            taken[item.code.strip()] += 1
    highest: dict[str, int] = defaultdict(int)
    used_subs: dict[tuple[str, int], set[int]] = defaultdict(set)
    for parts in valid.values():
        highest[parts.type] = max(highest[parts.type], parts.item)
        used_subs[(parts.type, parts.item)].add(parts.sub)
    assignments: list[CodeAssignment] = []
    done: set[int] = set()
    for item in items:
        if item.key not in problems or item.key in done:
            continue
        group = groups[(item.name.strip(), item.category)]
        type_code = vocab.category_code(item.category) or "QT"
        kept = next((valid[g.key] for g in group if g.key in valid), None)
        if kept is not None:
            number = kept.item
        else:
            highest[type_code] += 1
            number = highest[type_code]
        with_subs = len(group) > 1 or any(g.sub_name.strip() for g in group)
        for member in group:
            if member.key not in problems or member.key in done:
                continue
            sub = 0
            if with_subs:
                sub = max(used_subs[(type_code, number)] | {0}) + 1
            used_subs[(type_code, number)].add(sub)
            new = build_code(scheme, region, subject, type_code, number, sub)
            assignments.append(CodeAssignment(member.key, member.code, new, problems[member.key]))
            done.add(member.key)
    return assignments


def draft_chart(template: Flowchart, item: PowerItem) -> Flowchart:
    """The category template made the item's own: its posts, time limits, complaint channel and disclosure."""
    chart = copy.copy(template)  # steps and edges hold only strings: a copy of each is a deep copy
    chart.steps = [copy.copy(step) for step in template.steps]
    chart.edges = [copy.copy(edge) for edge in template.edges]
    unit, post = item.handling_unit.strip(), item.handling_post.strip()
    for step in chart.steps:
        if step.kind != STEP or step.post in ("申请人", "当事人"):
            continue
        if post and "承办" in step.post:
            step.post = post
        elif unit and "业务科室" in step.post:
            step.post = step.post.replace("业务科室", unit.splitlines()[0])
        if step.disclosure_scope == "向社会公开":
            if item.disclosure_scope.strip():
                step.disclosure_scope = item.disclosure_scope.strip()
            if item.disclosure_forms:
                step.disclosure_form = "、".join(item.disclosure_forms)
            if item.disclosure_time_limit.strip():
                step.disclosure_time = item.disclosure_time_limit.strip()
    if item.legal_time_limit is not None:
        chart.legal_time_limit = f"{item.legal_time_limit}个工作日"
    if item.promised_time_limit is not None:
        chart.promised_time_limit = f"{item.promised_time_limit}个工作日"
    if item.complaint_channel.strip() and not chart.complaint_phone:
        chart.complaint_phone = item.complaint_channel.strip()
    return chart
