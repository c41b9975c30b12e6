"""The item code scheme (事项编码).

The default is the 16-character scheme used in Hubei and seen in real Karamay codes such as
`650200207XK01600`: 区划代码 6 digits + 主体 3 digits + 类型 2 letters + 事项 3 digits + 子项 2 digits.
A workspace stores its scheme, so a jurisdiction with other segment lengths changes data, not code.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class CodeScheme:
    region: int = 6
    subject: int = 3
    type: int = 2
    item: int = 3
    sub: int = 2

    @property
    def length(self) -> int:
        return self.region + self.subject + self.type + self.item + self.sub

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(
            rf"^(\d{{{self.region}}})(\d{{{self.subject}}})([A-Z]{{{self.type}}})(\d{{{self.item}}})(\d{{{self.sub}}})$"
        )

    def to_data(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict[str, int] | None) -> CodeScheme:
        return cls(**data) if data else cls()


@dataclass(frozen=True)
class CodeParts:
    region: str
    subject: str
    type: str
    item: int
    sub: int


def parse_code(scheme: CodeScheme, code: str) -> CodeParts | None:
    """The parts of a well-formed code, or None."""
    match = scheme.pattern.match(code)
    if not match:
        return None
    region, subject, type_, item, sub = match.groups()
    return CodeParts(region, subject, type_, int(item), int(sub))


def format_problem(scheme: CodeScheme, code: str) -> str | None:
    """A Chinese sentence saying why `code` is malformed, or None when it is well formed."""
    if parse_code(scheme, code):
        return None
    return (
        f"编码“{code}”不符合编码规则：应为{scheme.length}位，依次为区划代码{scheme.region}位数字、"
        f"主体{scheme.subject}位数字、类型{scheme.type}位大写字母、事项{scheme.item}位数字、子项{scheme.sub}位数字"
    )


def build_code(scheme: CodeScheme, region: str, subject: str, type_: str, item: int, sub: int = 0) -> str:
    return (
        f"{region:0>{scheme.region}}"[: scheme.region]
        + f"{subject:0>{scheme.subject}}"[: scheme.subject]
        + type_.upper()[: scheme.type]
        + f"{item:0{scheme.item}d}"
        + f"{sub:0{scheme.sub}d}"
    )


def next_code(
    scheme: CodeScheme,
    region: str,
    subject: str,
    type_: str,
    existing: list[str],
    sub_item_of: str | None = None,
) -> str:
    """A new unused code: the next item number in the category, or the next sub-item of an item."""
    parsed = [p for p in (parse_code(scheme, c) for c in existing) if p]
    if sub_item_of:
        parent = parse_code(scheme, sub_item_of)
        if parent:
            used = [
                p.sub
                for p in parsed
                if p.type == parent.type
                and p.item == parent.item
                and p.region == parent.region
                and p.subject == parent.subject
            ]
            return build_code(scheme, parent.region, parent.subject, parent.type, parent.item, max(used, default=0) + 1)
    same_type = [p.item for p in parsed if p.type == type_.upper()]
    return build_code(scheme, region, subject, type_, max(same_type, default=0) + 1, 0)
