"""An item in a few plain lines for citizens (能办什么, 要什么条件, 多久, 收不收费, 找谁投诉), and the words used."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from string import Template
from typing import Any

from qlist_desktop.domain.items import PowerItem
from qlist_desktop.paths import resource

# Phone numbers in free text: area code + number, mobiles, 7-8 digit local numbers, 12xxx government hotlines
# (12315, 12345, 12369 ...), with or without an area code (0990-12315).
PHONE = re.compile(r"(?<![\d-])(?:0\d{2,3}-?(?:\d{7,8}|12\d{3})|1[3-9]\d{9}|\d{7,8}|12\d{3})(?![\d-])")


@functools.cache
def texts() -> dict[str, Any]:
    """The words of the site and editions (`resources/publish/texts.json`)."""
    data: dict[str, Any] = json.loads(resource("publish", "texts.json").read_text(encoding="utf-8"))
    return data


def text(key: str, **values: object) -> str:
    return Template(str(texts()[key])).safe_substitute({k: str(v) for k, v in values.items()})


def audiences_of(item: PowerItem) -> list[str]:
    """Whom an item concerns (个人 / 企业 / 社会组织), from its topics."""
    return [a["label"] for a in texts()["audiences"] if set(a["topics"]) & set(item.topics)]


def time_limit(item: PowerItem) -> str:
    parts = []
    if item.promised_time_limit is not None:
        parts.append(f"承诺 {item.promised_time_limit} 个工作日")
    if item.legal_time_limit is not None:
        parts.append(f"法定 {item.legal_time_limit} 个工作日")
    return "，".join(parts) or text("no_value")


def fee(item: PowerItem) -> str:
    if not item.fee_charged:
        return text("no_fee")
    return "；".join(p for p in (item.fee_standard, item.fee_basis) if p) or "收费（标准未列明）"


def complaint(item: PowerItem) -> str:
    return item.complaint_channel or (f"承办机构电话 {item.contact_phone}" if item.contact_phone else text("no_value"))


@dataclass(frozen=True)
class PlainLines:
    what: str
    conditions: str
    how_long: str
    fee: str
    complaint: str

    def rows(self) -> list[tuple[str, str]]:
        return [("能办什么", self.what), ("要什么条件", self.conditions), ("多久办结", self.how_long),
                ("收不收费", self.fee), ("找谁投诉", self.complaint)]


def plain_lines(item: PowerItem, conditions: str) -> PlainLines:
    where = "、".join((item.handling_unit or item.exercising_body).split())
    what = f"{item.category}：{item.full_name}" + (f"（由{where}办理）" if where else "")
    return PlainLines(what, conditions or text("no_value"), time_limit(item), fee(item), complaint(item))


def default_conditions(item: PowerItem) -> str:
    """When the chart states no conditions: those of the first basis."""
    if item.bases:
        first = item.bases[0]
        return f"符合《{first.title}》{''.join(first.article.split())}规定的条件" if first.title else ""
    return ""
