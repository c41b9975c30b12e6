"""The review round trip: the office's opinions, the liaison's responses, rounds and deadlines.

Opinions are kept per item and per submitted round. An item's status follows its newest opinion
(保留/备案 → 已审核, 调整/修改后再报/废止/剔除 → 已退回) and its response (→ 待审核). 废止 and 剔除 items are
never deleted: they are left out of the next bundle unless the liaison reinstates them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from qlist_desktop.domain.changes import ItemChange, change_statement
from qlist_desktop.domain.fields import QT_TRANSLATE_NOOP
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.workdays import CHANGE_EXPLANATION_DAYS
from qlist_desktop.services.feedback_sheet import FeedbackError, FeedbackRow, read_feedback
from qlist_desktop.services.holidays import get_calendar
from qlist_desktop.services.items import apply_changes, audit_log, now
from qlist_desktop.services.settings import get_department, get_meta, get_vocabularies, set_meta
from qlist_desktop.services.submissions import Submission, get_submission, last_submission, list_submissions
from qlist_desktop.storage.schema import ItemRow, ReviewOpinionRow
from qlist_desktop.storage.workspace import Workspace

ACCEPTED = ("保留", "备案")
NEEDS_ACTION = ("调整", "修改后再报", "废止", "剔除")
WITHDRAWN = ("废止", "剔除")
RESPONSE_KINDS = {  # labels translated in the UI (context "Domain")
    "changed": QT_TRANSLATE_NOOP("Domain", "已按意见修改"),
    "explained": QT_TRANSLATE_NOOP("Domain", "说明理由"),
    "accepted": QT_TRANSLATE_NOOP("Domain", "确认废止/剔除"),
    "reinstated": QT_TRANSLATE_NOOP("Domain", "申请恢复"),
}


@dataclass(frozen=True)
class Opinion:
    id: int
    item_id: int
    item_code: str
    round: int
    bundle_id: str
    conclusion: str
    comment: str
    reviewer: str
    review_date: str
    response_kind: str
    response: str
    responded_at: str

    @property
    def needs_action(self) -> bool:
        return self.conclusion in NEEDS_ACTION and not self.response_kind

    def to_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__} | {"needs_action": self.needs_action}


@dataclass
class ReviewImport:
    """What importing one feedback sheet did (or would do, in a dry run)."""

    file: str
    bundle_id: str = ""
    round: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    not_reviewed: list[int] = field(default_factory=list)  # rows without a conclusion
    unmatched: list[dict[str, object]] = field(default_factory=list)  # rows it could not match, with reasons
    by_conclusion: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return dict(vars(self))


def _opinion(row: ReviewOpinionRow) -> Opinion:
    return Opinion(
        row.id,
        row.item_id,
        row.item_code,
        row.round,
        row.bundle_id,
        row.conclusion,
        row.comment,
        row.reviewer,
        row.review_date,
        row.response_kind,
        row.response,
        row.responded_at,
    )


def _status_for(conclusion: str, response_kind: str) -> str | None:
    if response_kind in ("changed", "explained", "reinstated"):
        return "待审核"
    if conclusion in ACCEPTED:
        return "已审核"
    if conclusion in NEEDS_ACTION:
        return "已退回"
    return None


def _conclusion(text: str, labels: list[str]) -> str | None:
    """The vocabulary label a typed conclusion means (`保留。`, ` 修改后再报 ` …), or None."""
    if text in labels:
        return text
    found = [label for label in sorted(labels, key=len, reverse=True) if label in text]
    return found[0] if found else None


def import_review(ws: Workspace, path: Path, *, dry_run: bool = False) -> ReviewImport:
    """Import a returned feedback sheet in one transaction; importing the same sheet again changes nothing."""
    sheet = read_feedback(path)
    report = ReviewImport(file=path.name)
    submission = _submission_of(ws, sheet.bundle_ids, sheet.title, path.name)
    report.bundle_id, report.round = submission.bundle_id, submission.round
    by_code = {item.code: item for item in submission.snapshot if item.code}
    by_id = {item.id: item for item in submission.snapshot}
    by_name = {(item.name, item.sub_name): item for item in submission.snapshot}
    labels = get_vocabularies(ws).labels("review_conclusion")
    counts: Counter[str] = Counter()
    with ws.session() as s:
        stored = {
            r.item_id: r
            for r in s.scalars(select(ReviewOpinionRow).where(ReviewOpinionRow.bundle_id == submission.bundle_id))
        }
        live = set(s.scalars(select(ItemRow.id)))
        for row in sheet.rows:
            if row.bundle_id and row.bundle_id != submission.bundle_id:
                report.unmatched.append({"row": row.row, "reason": f"该行的报送批次编号为{row.bundle_id}，与本表不符"})
                continue
            item = by_code.get(row.code) or by_id.get(row.item_id) or by_name.get((row.name, row.sub_name))
            if item is None or item.id not in live:
                report.unmatched.append(
                    {
                        "row": row.row,
                        "code": row.code,
                        "name": row.name,
                        "reason": "本批次报送的事项中没有这个编码或名称",
                    }
                )
                continue
            if not row.conclusion:
                report.not_reviewed.append(row.row)
                continue
            conclusion = _conclusion(row.conclusion, labels)
            if conclusion is None:
                report.unmatched.append(
                    {
                        "row": row.row,
                        "code": row.code,
                        "reason": f"审核结论“{row.conclusion}”不是可选值（{'、'.join(labels)}）",
                    }
                )
                continue
            counts[conclusion] += 1
            _store(s, stored, submission, item, row, conclusion, report, dry_run)
        if dry_run:
            s.rollback()
    report.by_conclusion = dict(counts)
    return report


def _store(
    s: Session,
    stored: dict[int, ReviewOpinionRow],
    submission: Submission,
    item: PowerItem,
    row: FeedbackRow,
    conclusion: str,
    report: ReviewImport,
    dry_run: bool,
) -> None:
    values = {
        "conclusion": conclusion,
        "comment": row.comment,
        "reviewer": row.reviewer,
        "review_date": row.review_date,
    }
    existing = stored.get(item.id or 0)
    if existing and all(getattr(existing, k) == v for k, v in values.items()):
        report.unchanged += 1
        return
    if existing:
        report.updated += 1
        for k, v in values.items():
            setattr(existing, k, v)
        existing.response_kind, existing.response, existing.responded_at = "", "", ""
    else:
        report.created += 1
        existing = ReviewOpinionRow(
            submission_id=submission.id,
            bundle_id=submission.bundle_id,
            round=submission.round,
            item_id=item.id,
            item_code=item.code,
            imported_at=now(),
            **values,
        )
        s.add(existing)
        stored[item.id or 0] = existing
    status = _status_for(conclusion, "")
    if status and not dry_run:
        apply_changes(s, item.id or 0, {"status": status}, source="review")


def _submission_of(ws: Workspace, bundle_ids: set[str], title: str, filename: str) -> Submission:
    department = get_department(ws)
    if not bundle_ids:
        raise FeedbackError(f"“{filename}”中找不到报送批次编号：请使用本程序导出的审核意见反馈表")
    if len(bundle_ids) > 1:
        raise FeedbackError(f"“{filename}”混有多个报送批次（{'、'.join(sorted(bundle_ids))}），请按批次分开导入")
    bundle_id = next(iter(bundle_ids))
    submission = get_submission(ws, bundle_id)
    if submission is None:
        other = "" if not title or department.name in title else f"（表头为“{title}”，不是{department.name}的）"
        raise FeedbackError(f"“{filename}”来自本工作区从未导出的报送批次 {bundle_id}{other}，已拒绝导入，未作任何修改")
    return submission


def opinions(ws: Workspace, item_id: int | None = None) -> list[Opinion]:
    """Opinions, oldest round first; for one item when `item_id` is given."""
    stmt = select(ReviewOpinionRow).order_by(ReviewOpinionRow.round, ReviewOpinionRow.item_code)
    if item_id is not None:
        stmt = stmt.where(ReviewOpinionRow.item_id == item_id)
    with ws.session() as s:
        return [_opinion(r) for r in s.scalars(stmt)]


def latest_opinions(ws: Workspace) -> dict[int, Opinion]:
    """Each item's newest opinion."""
    latest: dict[int, Opinion] = {}
    for op in opinions(ws):
        latest[op.item_id] = op
    return latest


def needs_action(ws: Workspace) -> set[int]:
    """Items whose newest opinion asks for something the liaison has not answered yet."""
    return {item_id for item_id, op in latest_opinions(ws).items() if op.needs_action}


def withdrawn_item_ids(ws: Workspace) -> set[int]:
    """Items the office abolished or removed (废止/剔除), left out of the next bundle unless reinstated."""
    return {
        item_id
        for item_id, op in latest_opinions(ws).items()
        if op.conclusion in WITHDRAWN and op.response_kind != "reinstated"
    }


def respond(ws: Workspace, item_id: int, kind: str, text: str = "") -> Opinion:
    """Record the liaison's response to an item's newest opinion; the item's status follows."""
    if kind not in RESPONSE_KINDS:
        raise ValueError(f"回复类型只能是：{'、'.join(f'{k}（{v}）' for k, v in RESPONSE_KINDS.items())}")
    if kind in ("explained", "reinstated") and not text.strip():
        raise ValueError(f"“{RESPONSE_KINDS[kind]}”须写明理由")
    with ws.session() as s:
        row = s.scalars(
            select(ReviewOpinionRow).where(ReviewOpinionRow.item_id == item_id).order_by(ReviewOpinionRow.round.desc())
        ).first()
        if row is None:
            raise ValueError("该事项没有审核意见，无需回复；如需说明变更理由，请填写变更理由")
        if kind in ("accepted", "reinstated") and row.conclusion not in WITHDRAWN:
            raise ValueError(f"审核结论为“{row.conclusion}”，只有废止或剔除的事项才能确认或申请恢复")
        row.response_kind, row.response, row.responded_at = kind, text.strip() or RESPONSE_KINDS[kind], now()
        status = _status_for(row.conclusion, kind)
        if status:
            apply_changes(s, item_id, {"status": status}, source="review")
        return _opinion(row)


# -- change reasons and the change statement --------------------------------------------------------


def set_change_reason(ws: Workspace, item_id: int, reason: str) -> None:
    """The liaison's reason for changing an item that has no opinion to answer (for the 变更说明)."""
    last = last_submission(ws)
    data = get_meta(ws, "change_reasons", {})
    if data.get("after_round") != (last.round if last else 0):
        data = {"after_round": last.round if last else 0, "reasons": {}}
    data["reasons"][str(item_id)] = reason.strip()
    set_meta(ws, "change_reasons", data)


def change_reasons(ws: Workspace) -> dict[int, str]:
    """Why each item changed since the last round: the response to its opinion, else the liaison's reason."""
    last = last_submission(ws)
    data = get_meta(ws, "change_reasons", {})
    reasons = (
        {int(k): v for k, v in data.get("reasons", {}).items()}
        if data.get("after_round") == (last.round if last else 0)
        else {}
    )
    if last:
        for op in opinions(ws):
            if op.round == last.round and op.response:
                reasons[op.item_id] = f"审核意见（{op.conclusion}）：{op.comment or '无'}；回复：{op.response}"
    return reasons


def pending_changes(ws: Workspace, current: list[PowerItem]) -> list[ItemChange]:
    """The 变更说明 for exporting `current` as the next round; empty before the first submission."""
    last = last_submission(ws)
    if last is None:
        return []
    changed_at: dict[int, str] = {}
    for entry in audit_log(ws, since=last.created_at):
        changed_at[entry.item_id] = entry.at
    return change_statement(list(last.snapshot), current, change_reasons(ws), changed_at)


# -- rounds and the deadline ----------------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    round: int
    submitted: date
    due: date
    workdays_left: int
    calendar_note: str = ""  # "2027年节假日安排未知，按周一至周五计算" when the period runs into such a year

    @property
    def due_text(self) -> str:
        """The due date, with the calendar note beside it when there is one."""
        due = f"{self.due.year}年{self.due.month}月{self.due.day}日"
        return f"{due}（{self.calendar_note}）" if self.calendar_note else due

    def period_text(self) -> str:
        """The line the 变更说明 prints: whose period it is and when it ends."""
        return f"第{self.round}次报送后的变更说明期限：{self.due_text}"

    def describe(self) -> str:
        due = self.due_text
        if self.workdays_left < 0:
            return f"第{self.round}次报送后的变更说明期限已于 {due} 届满（逾期 {-self.workdays_left} 个工作日）"
        return f"第{self.round}次报送后，变更须在 {due} 前说明（还剩 {self.workdays_left} 个工作日）"


def change_deadline(ws: Workspace, today: date | None = None) -> Deadline | None:
    """When the 20-working-day period to explain changes after the last submission ends."""
    last = last_submission(ws)
    if last is None:
        return None
    calendar = get_calendar(ws)
    submitted = datetime.fromisoformat(last.created_at).date()
    due = calendar.add_workdays(submitted, CHANGE_EXPLANATION_DAYS)
    return Deadline(last.round, submitted, due, calendar.workdays_between(today or date.today(), due),
                    calendar.unknown_note(submitted, due))


@dataclass(frozen=True)
class RoundSummary:
    """One submitted round: what was sent, the office's conclusions, and what still needs an answer."""

    round: int
    bundle_id: str
    created_at: str
    items: int
    opinions: int
    by_conclusion: dict[str, int]
    open: int

    def to_dict(self) -> dict[str, object]:
        return dict(vars(self))


def rounds_overview(ws: Workspace) -> list[RoundSummary]:
    """Per submitted round: items sent, opinions by conclusion, and how many still need action."""
    all_opinions = opinions(ws)
    result = []
    for sub in list_submissions(ws):
        mine = [op for op in all_opinions if op.bundle_id == sub.bundle_id]
        result.append(RoundSummary(
            round=sub.round,
            bundle_id=sub.bundle_id,
            created_at=sub.created_at,
            items=int(sub.summary.get("items", 0)),
            opinions=len(mine),
            by_conclusion=dict(Counter(op.conclusion for op in mine)),
            open=sum(op.needs_action for op in mine),
        ))
    return result
