"""The power item (事项) and its parts, as plain data.

Field names here are the interface for scripts (`qlist show --json`, `qlist set FIELD=VALUE`):
keep them stable, add new ones freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from qlist_desktop.domain.fields import (  # re-exported: the registry is the one source
    BOOL_FIELDS,
    FIELD_LABELS,
    INT_FIELDS,
    LIST_FIELDS,
    SCALAR_FIELDS,
)

__all__ = [
    "BOOL_FIELDS", "FIELD_LABELS", "INT_FIELDS", "LIST_FIELDS", "SCALAR_FIELDS", "Department", "LegalBasis",
    "PowerItem", "Responsibility", "item_from_dict", "item_to_dict",
]


@dataclass
class Department:
    """The department (部门) whose list the workspace holds."""

    name: str = ""
    code: str = ""  # 主体编码, 3 digits in the default code scheme
    region_code: str = ""  # 区划代码, 6 digits
    liaison: str = ""
    phone: str = ""


@dataclass
class LegalBasis:
    """One legal reference founding an item (实施依据)."""

    level: str = ""  # label from the basis_level vocabulary, e.g. 法律
    title: str = ""  # without the 《》
    revision: str = ""  # e.g. 2019年4月23日修正
    article: str = ""  # e.g. 第二十九条第一款
    article_text: str = ""
    document_sha256: str = ""  # attached document, stored in the workspace

    def citation(self) -> str:
        """The conventional one-line citation: 【level】《title》（revision）article."""
        parts = []
        if self.level:
            parts.append(f"【{self.level}】")
        if self.title:
            parts.append(f"《{self.title}》")
        if self.revision:
            parts.append(f"（{self.revision}）")
        if self.article:
            parts.append(self.article)
        return "".join(parts)


@dataclass
class Responsibility:
    """A responsibility item for one stage (责任事项)."""

    stage: str = ""  # label from the responsibility_stage vocabulary
    content: str = ""
    basis: str = ""


@dataclass
class PowerItem:
    """An administrative power (事项) or one of its sub-items (子项)."""

    id: int | None = None
    code: str = ""
    name: str = ""
    sub_name: str = ""
    category: str = ""  # category label, e.g. 行政许可
    bases: list[LegalBasis] = field(default_factory=list)
    exercising_body: str = ""  # 行使主体
    handling_unit: str = ""  # 承办机构 / 科室
    handling_post: str = ""  # 承办岗位
    responsible_person: str = ""
    contact_phone: str = ""
    implementation_level: str = ""  # 实施层级及权限
    department_duty: str = ""  # 部门职责
    disclosure_scope: str = ""
    disclosure_forms: list[str] = field(default_factory=list)
    disclosure_time_limit: str = ""
    is_public: bool = True
    confidential_reason: str = ""
    confidential_basis: str = ""
    fee_charged: bool = False
    fee_basis: str = ""
    fee_standard: str = ""
    legal_time_limit: int | None = None  # working days
    promised_time_limit: int | None = None  # working days
    responsibilities: list[Responsibility] = field(default_factory=list)
    accountability_subjects: str = ""  # 追责对象范围
    accountability_situations: str = ""  # 追责情形
    complaint_channel: str = ""
    disposition: str = ""
    remarks: str = ""
    topics: list[str] = field(default_factory=list)  # 专题 labels from the topic vocabulary
    status: str = "草稿"
    extra: dict[str, str] = field(default_factory=dict)  # imported columns not recognised
    created_at: str = ""
    updated_at: str = ""

    @property
    def key(self) -> int:
        """The id of an item read from (or written to) a workspace, which always has one."""
        if self.id is None:
            raise ValueError("the item has not been stored in a workspace yet")
        return self.id

    @property
    def full_name(self) -> str:
        """Name and sub-name as printed: 事项名称（子项名称）."""
        return f"{self.name}（{self.sub_name}）" if self.sub_name else self.name


def item_to_dict(item: PowerItem) -> dict[str, Any]:
    """Every field of the item as JSON-ready data (the `show --json` shape)."""
    data: dict[str, Any] = {}
    for f in fields(item):
        value = getattr(item, f.name)
        if f.name == "bases":
            value = [vars(b).copy() for b in value]
        elif f.name == "responsibilities":
            value = [vars(r).copy() for r in value]
        elif isinstance(value, (list, dict)):
            value = value.copy()
        data[f.name] = value
    return data


def item_from_dict(data: dict[str, Any]) -> PowerItem:
    """The inverse of `item_to_dict`; unknown keys are ignored."""
    known = {f.name for f in fields(PowerItem)}
    values = {k: v for k, v in data.items() if k in known}
    values["bases"] = [LegalBasis(**b) for b in data.get("bases", [])]
    values["responsibilities"] = [Responsibility(**r) for r in data.get("responsibilities", [])]
    return PowerItem(**values)
