"""What the library says about one legal basis: its true level, whether it is in force, its articles.

`BasisReviewer.review` is what the basis rules and the fix action read; results are cached per basis text,
since real lists repeat the same bases on many items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from qlist_desktop.laws.levels import LOCAL_EITHER, level_from_history, level_from_title
from qlist_desktop.laws.library import LawLibrary
from qlist_desktop.laws.model import Law
from qlist_desktop.laws.numerals import ArticleNo, ArticleRef, parse_refs
from qlist_desktop.laws.parse import dates
from qlist_desktop.laws.titles import revision_note

NATIONAL_TAGS = frozenset({"法律", "行政法规", "部门规章", "国务院决定"})
_HEADING = re.compile(r"(?m)^\s*(第[一二三四五六七八九十百千零〇\d]+条(?:之[一二三四五六七八九十]+)?)")
_VERSION_WORDS = ("修正", "修订", "修改", "版")
_YEAR = re.compile(r"(\d{4})\s*年")
_NOISE = re.compile(r"[\s\W_第条款项一二三四五六七八九十百千零〇（）()、，。；：:“”]+")
DIFFER_BELOW = 0.5  # share of common character pairs under which a quote is another text


@dataclass
class BasisReview:
    law: Law | None = None
    level: str = ""  # the level the basis should carry; "" when undecided
    level_note: str = ""  # why: 法规库 or the issuing body
    local: bool = False  # made by a local body (judged from the title)
    superseded_note: str = ""  # the basis names a version the library knows was replaced
    missing: list[str] = field(default_factory=list)  # cited articles the version in force lacks
    differs: list[tuple[str, str]] = field(default_factory=list)  # (cited article, its current text)
    current_text: str = ""  # the cited articles' text in the version in force
    article_count: int = 0  # numbered articles of the version in force
    texts: list[tuple[ArticleRef, str]] = field(default_factory=list)  # each cited article found, with its text


def _pairs(text: str) -> set[str]:
    text = _NOISE.sub("", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def similarity(quote: str, current: str) -> float:
    """How much of either text the other contains, by character pairs (1.0: one holds the other)."""
    return _similarity(_pairs(quote), _pairs(current))


def _similarity(q: set[str], c: set[str]) -> float:
    if not q or not c:
        return 1.0
    common = len(q & c)
    return max(common / len(q), common / len(c))


def _year(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def version_label(law: Law) -> str:
    """How a version is cited: the last history line's date and act, e.g. 2019年4月23日修正."""
    for line in reversed(law.history):
        found = dates(line)
        if found and "施行" not in line:
            y, m, d = (int(x) for x in found[-1].split("-"))
            act = next((w for w in ("修正", "修订", "公布", "通过") if w in line), "")
            return f"{y}年{m}月{d}日{act}"
    return law.published


class BasisReviewer:
    def __init__(self, library: LawLibrary) -> None:
        self.library = library
        self._cache: dict[tuple[str, str, str, str, str], BasisReview] = {}
        self._cited: dict[tuple[str, str, str, str], BasisReview] = {}  # the same without the quoted text
        self._pairs: dict[tuple[int, tuple[ArticleNo, ...]], set[str]] = {}

    def review(self, level: str, title: str, revision: str, article: str, article_text: str) -> BasisReview:
        key = (level, title, revision, article, article_text)
        found = self._cache.get(key)
        if found is None:
            cited = self._cited.get(key[:4])
            if cited is None:
                cited = self._cited[key[:4]] = self._review(level, title, revision, article)
            found = self._cache[key] = self._compare(cited, article_text)
        return found

    def _compare(self, cited: BasisReview, quote: str) -> BasisReview:
        """The review of the cited article(s) with the quoted text compared to their current text."""
        law = cited.law
        if law is None or cited.missing or not cited.texts or len(_NOISE.sub("", quote)) < 10:
            return cited
        headings = parse_refs(" ".join(_HEADING.findall(quote)))
        quoted = {r.article for r, _ in cited.texts} | {r.article for r in headings}
        key = (law.id or 0, tuple(sorted(quoted)))
        pairs = self._pairs.get(key)
        if pairs is None:
            whole = "".join(self.library.cited_text(law, ArticleRef(no)) or "" for no in key[1])
            pairs = self._pairs[key] = _pairs(whole)
        if _similarity(_pairs(quote), pairs) >= DIFFER_BELOW:
            return cited
        return replace(cited, differs=[(r.label, t) for r, t in cited.texts])

    def _review(self, level: str, title: str, revision: str, article: str) -> BasisReview:
        result = BasisReview()
        if not title.strip():
            return result
        law = self.library.find(title)
        if law is None:
            guess = level_from_title(title)
            if guess is not None:
                from_act = "" if guess.level else level_from_history([revision], local=guess.local)
                result.level, result.local = guess.level or from_act, guess.local
                what = result.level or LOCAL_EITHER
                result.level_note = f"制定机关为{guess.body}，属{what}"
            return result
        result.law, result.level = law, law.level
        result.level_note = f"法规库：{law.level}"
        if level == "国务院决定" and law.level == "行政法规" and "决定" in law.title:
            result.level = level
        if not law.expired:
            note = revision or revision_note(title)
            cited_year, current_year = _year(note), _year(version_label(law)) or int(law.published[:4] or 0)
            names_version = any(w in note for w in _VERSION_WORDS) or not re.search(r"通过|公布|施行|发布", note)
            if cited_year and cited_year < current_year and names_version:
                result.superseded_note = note
        self._articles(result, law, article)
        return result

    def _articles(self, result: BasisReview, law: Law, article: str) -> None:
        refs = parse_refs(article)
        result.article_count = sum(1 for a in self.library.articles(law) if a.no.number)
        if not refs or law.expired or not result.article_count:
            return
        for ref in refs:
            text = self.library.cited_text(law, ref)
            if text is None:
                result.missing.append(ref.label)
            else:
                result.texts.append((ref, text))
        result.current_text = "\n".join(t for _, t in result.texts)
