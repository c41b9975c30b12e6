"""Chinese numerals in article numbers (第一百二十三条, 第十条之一) and article references."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL = "零〇一二两三四五六七八九十百千"


def to_int(text: str) -> int | None:
    """一百二十三 → 123, 十二 → 12, 123 → 123; None when it is not a number."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return None
    total, digit = 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
    return total + digit


def to_chinese(n: int) -> str:
    """123 → 一百二十三, 12 → 十二, 105 → 一百零五."""
    if n == 0:
        return "零"
    names = "零一二三四五六七八九"
    parts: list[str] = []
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            parts.append(("" if (unit == "十" and q == 1 and not parts) else names[q]) + unit)
        elif parts and n and parts[-1] != "零":
            parts.append("零")
    if n:
        parts.append(names[n])
    return "".join(parts)


@dataclass(frozen=True, order=True)
class ArticleNo:
    """An article number: 第十条 → (10, 0), 第十条之一 → (10, 1)."""

    number: int
    insert: int = 0

    @property
    def label(self) -> str:
        suffix = f"之{to_chinese(self.insert)}" if self.insert else ""
        return f"第{to_chinese(self.number)}条{suffix}"


_N = rf"[{NUMERAL}\d]+"
ARTICLE_HEAD = re.compile(rf"^第({_N})条(?:之({_N}))?")


@dataclass(frozen=True)
class ArticleRef:
    """One cited article, with the 款 and 项 when given (第十二条第一款第（三）项)."""

    article: ArticleNo
    paragraph: int | None = None
    item: int | None = None

    @property
    def label(self) -> str:
        text = self.article.label
        if self.paragraph:
            text += f"第{to_chinese(self.paragraph)}款"
        if self.item:
            text += f"第（{to_chinese(self.item)}）项"
        return text


_REF = re.compile(
    rf"第\s*({_N})\s*条(?:之({_N}))?"
    rf"(?:\s*第\s*({_N})\s*款)?"
    rf"(?:\s*第\s*[（(]?\s*({_N})\s*[）)]?\s*项)?"
)
_RANGE = re.compile(rf"第\s*({_N})\s*条\s*(?:至|到|—|-|~)\s*第\s*({_N})\s*条")
_BARE_PARAGRAPH = re.compile(rf"^\s*第\s*({_N})\s*款")


def parse_refs(text: str) -> list[ArticleRef]:
    """Every article an article field cites: 第三十条、第三十一条 → two; 第五条至第七条 → three."""
    refs: list[ArticleRef] = []
    ranges: list[tuple[int, int]] = []
    for m in _RANGE.finditer(text):
        a, b = to_int(m.group(1)), to_int(m.group(2))
        if a is not None and b is not None and 0 < b - a <= 50:
            ranges.append(m.span())
            refs.extend(ArticleRef(ArticleNo(n)) for n in range(a, b + 1))
    for m in _REF.finditer(text):
        if any(start <= m.start() < end for start, end in ranges):
            continue
        number = to_int(m.group(1))
        if number is None:
            continue
        insert = to_int(m.group(2)) if m.group(2) else 0
        paragraph = to_int(m.group(3)) if m.group(3) else None
        item = to_int(m.group(4)) if m.group(4) else None
        refs.append(ArticleRef(ArticleNo(number, insert or 0), paragraph, item))
    return refs
