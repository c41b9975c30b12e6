"""Turning text typed by a person or a script into field values the vocabularies accept."""

from __future__ import annotations

import json
import re
from typing import Any

from qlist_desktop.domain.basis_text import parse_bases
from qlist_desktop.domain.items import (
    BOOL_FIELDS,
    FIELD_LABELS,
    INT_FIELDS,
    LIST_FIELDS,
    SCALAR_FIELDS,
    LegalBasis,
    Responsibility,
)
from qlist_desktop.domain.vocab import FIELD_VOCABULARY, Vocabularies

EDITABLE_FIELDS: tuple[str, ...] = (*SCALAR_FIELDS, *LIST_FIELDS)
_TRUE = {"1", "true", "yes", "y", "是", "公开", "收费", "t"}
_FALSE = {"0", "false", "no", "n", "否", "不公开", "不收费", "f", ""}
_LIST_SPLIT = re.compile(r"[、,，;；\n]+")


class FieldError(ValueError):
    """A field name or value that is refused, said in a sentence naming what is allowed."""


def coerce(name: str, raw: str, vocab: Vocabularies) -> Any:
    """The value of field `name` for the text `raw`."""
    if name not in EDITABLE_FIELDS:
        raise FieldError(f"没有字段“{name}”。可设置的字段：{', '.join(EDITABLE_FIELDS)}")
    label = FIELD_LABELS.get(name, name)
    raw = raw.strip()
    if name in BOOL_FIELDS:
        low = raw.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise FieldError(f"【{label}】只接受 是/否（或 true/false），收到“{raw}”")
    if name in INT_FIELDS:
        if raw == "":
            return None
        digits = raw.removesuffix("个工作日").removesuffix("工作日").removesuffix("日").strip()
        if not digits.isdigit():
            raise FieldError(f"【{label}】应为工作日天数（整数），收到“{raw}”")
        return int(digits)
    if name == "bases":
        if raw.startswith("["):
            return [LegalBasis(**b) for b in _json_list(raw, label)]
        return parse_bases(raw)
    if name == "responsibilities":
        return [Responsibility(**r) for r in _json_list(raw, label)]
    kind = FIELD_VOCABULARY.get(name)
    if name in ("disclosure_forms", "topics"):
        values = [v.strip() for v in _LIST_SPLIT.split(raw) if v.strip()]
        return [_in_vocabulary(v, kind or "", label, vocab) for v in values]
    if kind and raw:
        return _in_vocabulary(raw, kind, label, vocab)
    return raw


def _in_vocabulary(value: str, kind: str, label: str, vocab: Vocabularies) -> str:
    found = vocab.normalise(kind, value)
    if found is None:
        raise FieldError(f"【{label}】不接受“{value}”，可选：{'、'.join(vocab.labels(kind))}")
    return found


def _json_list(raw: str, label: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FieldError(f"【{label}】应为 JSON 数组：{exc.msg}（第 {exc.pos + 1} 个字符）") from None
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        raise FieldError(f"【{label}】应为由对象组成的 JSON 数组")
    return data
