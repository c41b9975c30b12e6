"""Cleaning cell text: whitespace variants, full-width letters and digits, words hard-wrapped by line breaks."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from functools import lru_cache

from qlist_desktop.domain.basis_text import normalise_text

_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
_CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]+|[ \t]+(?=[{_CJK}])")
# A line that ends a sentence or a clause: the break after it is meant.
_TERMINAL = set("。；;：:！!？?")
# A line that starts an enumeration or a new reference: the break before it is meant.
_ENUMERATOR = re.compile(
    r"^(\d{1,2}[.、．)）]|[（(][\d一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|【|[①-⑳]|第[一二三四五六七八九十百\d]+条)"
)


def cell_text(value: object) -> str:
    """A cell's value as clean text: numbers without a spurious `.0`, unified spaces and line breaks."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if len(text) <= SHORT_TEXT:
        return _short_cell_text(text)
    return _clean_cell_text(text)


SHORT_TEXT = 120  # short texts repeat across a list (units, levels, categories): cleaned once each


@lru_cache(maxsize=16_384)
def _short_cell_text(text: str) -> str:
    return _clean_cell_text(text)


def _clean_cell_text(text: str) -> str:
    text = _SPACES.sub(" ", normalise_text(text))
    if "\n" not in text:
        return text.strip()
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


_WHITESPACE = re.compile(r"\s+")


@lru_cache(maxsize=8192)  # headings and short values (categories, 是/否) repeat on every row
def label_key(text: str) -> str:
    """A column heading reduced for comparison: no whitespace at all, full-width folded (NFKC)."""
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text or "")).rstrip(":：")


def single_line(text: str) -> str:
    """A name-like value on one line: line breaks and the spaces around Chinese characters removed."""
    joined = "".join(part.strip() for part in text.split("\n"))
    return _SPACE_NEAR_CJK.sub("", joined)


def has_broken_word(text: str) -> bool:
    """True when a line break splits a word, as in a heading `事项\\n名称`."""
    lines = text.split("\n")
    return any(
        a and b and _is_cjk(a[-1]) and a[-1] not in _TERMINAL and _is_cjk(b[0]) and not _ENUMERATOR.match(b)
        for a, b in itertools.pairwise(lines)
    )


def unwrap(text: str) -> str:
    """Join lines hard-wrapped inside words; keep breaks after a clause or before an enumeration."""
    lines = text.split("\n")
    out = lines[0]
    for line in lines[1:]:
        if not line or not out or out[-1] in _TERMINAL or out.endswith("\n") or _ENUMERATOR.match(line):
            out += "\n" + line
        else:
            out += line
    out = re.sub(r"\n{2,}", "\n", out)
    return _SPACE_NEAR_CJK.sub("", out).strip()


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
