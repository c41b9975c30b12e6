"""The one normalisation every text passes on its way in: from a form, `qlist set`, a workbook, a review
sheet or a loaded vocabulary.

Control characters other than tab and line breaks are removed (no PDF font, xlsx cell or XML file can
hold them), lone surrogates (undecodable bytes of a file name, a damaged .xls string) become U+FFFD, and,
for text read from OOXML, Excel's `_xHHHH_` escapes are decoded first (`decode_ooxml_escapes`).
"""

from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
# C0 controls but tab, line feed and carriage return; DEL and C1 controls; U+FFFE/U+FFFF non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNCLEAN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")  # either of the two
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_BRACKET = re.compile(r"[\[\]{}]")
MAX_JSON_DEPTH = 32  # vocabularies nest 3 deep, bases and responsibilities 2
# Fields whose value is a code or a number: a control character there is a mistake to refuse, not clean.
STRICT_FIELDS = frozenset({"code", "legal_time_limit", "promised_time_limit", "is_public", "fee_charged"})


class UncleanText(ValueError):
    """Text refused because it holds characters a code or number cannot have, said in a sentence."""


def clean(text: str) -> str:
    """`text` without control characters (but tab and line breaks) or lone surrogates (as U+FFFD)."""
    if not _UNCLEAN.search(text):  # nearly every text: one scan
        return text
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(REPLACEMENT, text)
    return _CONTROL.sub("", text)


def decode_ooxml_escapes(text: str) -> str:
    """Excel's `_xHHHH_` escapes (`_x000D_` for a carriage return) as the characters they stand for."""
    if "_x" not in text:
        return text
    text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")  # escaped pairs joined


def replace_surrogates(text: str) -> str:
    """`text` with each lone surrogate (an undecodable byte of a name) as U+FFFD: what UTF-8 can encode."""
    return _SURROGATE.sub(REPLACEMENT, text)


def is_clean(text: str) -> bool:
    return not _UNCLEAN.search(text)


def clean_field(name: str, label: str, text: str) -> str:
    """The text typed for field `name`, cleaned; an `UncleanText` for a code or number holding controls,
    or for JSON nested deeper than any field needs."""
    if name in STRICT_FIELDS and _CONTROL.search(text):
        raise UncleanText(f"【{label}】含有不可见的控制字符，请重新输入（收到“{printable(text)}”）")
    if text.lstrip().startswith(("[", "{")) and json_depth(text) > MAX_JSON_DEPTH:
        raise UncleanText(f"【{label}】的 JSON 嵌套超过 {MAX_JSON_DEPTH} 层，不是有效的字段值")
    return clean(text)


def json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest, counted without parsing (so without recursion)."""
    depth = deepest = 0
    for m in _JSON_BRACKET.finditer(_JSON_STRING.sub("", text)):
        depth += 1 if m.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def clean_value(value: Any) -> Any:
    """A field value (text, list, dict or dataclass-like object) with every string in it cleaned."""
    if isinstance(value, str):
        return value if is_clean(value) else clean(value)
    if isinstance(value, list):
        return [clean_value(v) for v in value]
    if isinstance(value, dict):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            current = getattr(value, name)
            cleaned = clean_value(current)
            if cleaned is not current:
                setattr(value, name, cleaned)
    return value


def printable(text: str) -> str:
    """`text` for a terminal: controls and undecodable characters shown as U+FFFD, line breaks as spaces."""
    text = _SURROGATE.sub(REPLACEMENT, text)
    return _CONTROL.sub(REPLACEMENT, text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))
