"""The text of one item field in a printed table: the keys templates name in their `field` entries.

Besides every `PowerItem` field, templates may use the composed keys below (e.g. `bases` as citations,
`fee` as 不收费 or basis and standard) and `extra.<column>` for an imported column.
"""

from __future__ import annotations

from collections.abc import Callable

from qlist_desktop.domain.clean_text import clean
from qlist_desktop.domain.items import PowerItem


def chinese_date(yyyymmdd: str) -> str:
    """A date as printed documents write it: 20261201 → 2026年12月1日."""
    return f"{yyyymmdd[:4]}年{int(yyyymmdd[4:6])}月{int(yyyymmdd[6:8])}日"


def _days(value: int | None) -> str:
    return "" if value is None else f"{value}个工作日"


def _bases(item: PowerItem) -> str:
    return "\n".join(b.citation() for b in item.bases if b.citation())


def _bases_full(item: PowerItem) -> str:
    lines = []
    for n, b in enumerate(item.bases, start=1):
        text = b.citation()
        if b.article_text:
            text = f"{text}：{b.article_text}" if text else b.article_text
        if text:
            lines.append(f"{n}. {text}" if len(item.bases) > 1 else text)
    return "\n".join(lines)


def _responsible(item: PowerItem) -> str:
    return "／".join(v for v in (item.handling_post, item.responsible_person) if v)


def _disclosure(item: PowerItem) -> str:
    parts = [item.disclosure_scope, "、".join(item.disclosure_forms), item.disclosure_time_limit]
    return "；".join(p for p in parts if p)


def _fee(item: PowerItem) -> str:
    if not item.fee_charged:
        return "不收费"
    return "；".join(p for p in (item.fee_basis, item.fee_standard) if p) or "收费"


def _time_limits(item: PowerItem) -> str:
    parts = []
    if item.legal_time_limit is not None:
        parts.append(f"法定：{_days(item.legal_time_limit)}")
    if item.promised_time_limit is not None:
        parts.append(f"承诺：{_days(item.promised_time_limit)}")
    return "\n".join(parts)


def _responsibilities(item: PowerItem) -> str:
    return "\n".join(f"{r.stage}：{r.content}" if r.stage else r.content for r in item.responsibilities if r.content)


def _responsibility_basis(item: PowerItem) -> str:
    return "\n".join(f"{r.stage}：{r.basis}" if r.stage else r.basis for r in item.responsibilities if r.basis)


def _extra(item: PowerItem) -> str:
    return "\n".join(f"{k}：{v}" for k, v in item.extra.items() if str(v).strip())


COMPOSED: dict[str, Callable[[PowerItem], str]] = {
    "full_name": lambda item: item.full_name,
    "bases": _bases,
    "bases_full": _bases_full,
    "responsible": _responsible,
    "disclosure": _disclosure,
    "disclosure_forms": lambda item: "、".join(item.disclosure_forms),
    "is_public": lambda item: "是" if item.is_public else "否",
    "fee_charged": lambda item: "是" if item.fee_charged else "否",
    "fee": _fee,
    "legal_time_limit": lambda item: _days(item.legal_time_limit),
    "promised_time_limit": lambda item: _days(item.promised_time_limit),
    "time_limits": _time_limits,
    "responsibilities": _responsibilities,
    "responsibility_basis": _responsibility_basis,
    "extra": _extra,
}


def cell_text(item: PowerItem, key: str) -> str:
    """The printed text of field `key` of `item` ('' for a key the item does not have), without the control
    characters a workspace written before text was cleaned on input may still hold."""
    return clean(_raw_text(item, key))


def _raw_text(item: PowerItem, key: str) -> str:
    if key in COMPOSED:
        return COMPOSED[key](item)
    if key.startswith("extra."):
        return str(item.extra.get(key[6:], ""))
    value = getattr(item, key, "")
    return "" if value is None else str(value)
