"""The basis rules that ask the law library (法规库): is each legal basis true?

They read `ctx.laws` (a `BasisReviewer`, passed in by services/validation.py and the live validation);
without a library they find nothing. Registered in `domain/rules.py` through `BASIS_RULE_SPECS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from qlist_desktop.domain.items import LegalBasis, PowerItem
from qlist_desktop.laws.review import NATIONAL_TAGS, BasisReview, BasisReviewer, version_label

if TYPE_CHECKING:
    from qlist_desktop.domain.rules import RuleContext

UNKNOWN_CHECKED = ("法律", "行政法规")
_SHOWN = 120  # characters of an article shown in a message


def review_of(basis: LegalBasis, laws: BasisReviewer) -> BasisReview:
    return laws.review(basis.level, basis.title, basis.revision, basis.article, basis.article_text)


def corrected_level(basis: LegalBasis, laws: BasisReviewer | None) -> str:
    """The level the library (or the title's issuing body) gives the basis; its tag when neither decides."""
    if laws is None or not basis.title.strip():
        return basis.level
    return review_of(basis, laws).level or basis.level


def _short(text: str) -> str:
    text = text.replace("\n", "")
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "……"


def _reviews(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[int, LegalBasis, BasisReview]]:
    if ctx.laws is None:
        return
    for n, basis in enumerate(item.bases, start=1):
        if basis.title.strip():
            yield n, basis, review_of(basis, ctx.laws)


def check_level_mismatch(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for n, basis, review in _reviews(item, ctx):
        if not basis.level:
            continue
        if review.law is not None and review.level != basis.level:
            yield "bases", f"【实施依据】第{n}条依据《{basis.title}》标注为{basis.level}，法规库中为{review.level}"
        elif review.law is None and review.local and basis.level in NATIONAL_TAGS:
            yield "bases", (
                f"【实施依据】第{n}条依据《{basis.title}》标注为{basis.level}，但{review.level_note}"
                + ("" if review.level else "，请按制定机关选择层级")
            )
        elif review.law is None and review.level and review.level != basis.level and basis.level in NATIONAL_TAGS:
            yield "bases", f"【实施依据】第{n}条依据《{basis.title}》标注为{basis.level}，但{review.level_note}"


def check_law_unknown(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for n, basis, review in _reviews(item, ctx):
        if review.law is None and basis.level in UNKNOWN_CHECKED and not review.level and not review.local:
            hint = ""
            if basis.level == "法律" and not basis.title.rstrip("）)").endswith(("法", "决定", "修正案")):
                hint = "；其名称不像法律（法律的名称一般以“法”结尾），可能是行政法规或部门规章"
            yield "bases", (
                f"【实施依据】第{n}条依据《{basis.title}》标注为{basis.level}，法规库中没有这部{basis.level}{hint}"
                "。请核对名称，或通过“导入法规”添加"
            )


def check_law_expired(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for n, _basis, review in _reviews(item, ctx):
        law = review.law
        if law is not None and law.expired:
            yield "bases", f"【实施依据】第{n}条依据《{law.title}》已失效（法规库：{law.published}版，已废止）"
        elif law is not None and review.superseded_note:
            yield "bases", (
                f"【实施依据】第{n}条依据《{law.title}》注明的“{review.superseded_note}”是已被取代的版本，"
                f"现行版本为{version_label(law)}"
            )


def check_article_missing(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for n, _basis, review in _reviews(item, ctx):
        if review.law is not None and review.missing:
            yield "bases", (
                f"【实施依据】第{n}条依据《{review.law.title}》现行版本（{review.law.published}）中没有"
                f"{'、'.join(review.missing)}（该版本共{review.article_count}条）"
            )


def check_text_differs(item: PowerItem, ctx: RuleContext) -> Iterator[tuple[str, str]]:
    for n, basis, review in _reviews(item, ctx):
        if review.law is not None and review.differs:
            label, current = review.differs[0]
            yield "bases", (
                f"【实施依据】第{n}条依据《{review.law.title}》{label}的引文与现行版本不同。"
                f"引文：“{_short(basis.article_text)}”；现行{label}：“{_short(current)}”"
            )


Check = Callable[[PowerItem, "RuleContext"], Iterator[tuple[str, str]]]
BASIS_RULE_SPECS: tuple[tuple[str, str, str, Check], ...] = (
    ("basis-level-mismatch", "error", "依据标注的层级与法规库不符", check_level_mismatch),
    ("basis-law-unknown", "warning", "法规库中没有该法律或行政法规", check_law_unknown),
    ("basis-law-expired", "error", "依据已失效或注明的是旧版本", check_law_expired),
    ("basis-article-missing", "error", "引用的条款在现行版本中不存在", check_article_missing),
    ("basis-text-differs", "warning", "引文与现行条文不同", check_text_differs),
)
