"""三级四同: a claimed item keeps the upper-level catalog's 事项名称, 编码, 权力类型 and 设定依据.

Pure functions on an item and its catalog entry (the catalog's item as imported): the conformity findings,
the values that restore an item to its entry, and the field-by-field difference between two versions of
an entry. Fields the catalog does not set for the department (承办机构, 岗位, 公开, 流程图 …) are the
department's own and never compared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from qlist_desktop.domain.items import FIELD_LABELS, LegalBasis, PowerItem
from qlist_desktop.domain.rules import PLACEHOLDERS, WARNING, Finding

# The item fields each conformity aspect covers (the order of the catalog's 四同).
ASPECT_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "sub_name"),
    "code": ("code",),
    "category": ("category",),
    "basis": ("bases",),
}
CATALOG_FIELDS: tuple[str, ...] = tuple(f for fields in ASPECT_FIELDS.values() for f in fields)
LOCAL_NEW = "本级新增"


@dataclass(frozen=True)
class CatalogRule:
    id: str
    aspect: str
    title: str


CATALOG_RULES: tuple[CatalogRule, ...] = (
    CatalogRule("catalog-name-differs", "name", "事项名称与上级目录不一致"),
    CatalogRule("catalog-code-differs", "code", "事项编码与上级目录不一致"),
    CatalogRule("catalog-category-differs", "category", "权力类型与上级目录不一致"),
    CatalogRule("catalog-basis-differs", "basis", "设定依据与上级目录不一致"),
)
RULE_ASPECT: dict[str, str] = {r.id: r.aspect for r in CATALOG_RULES}


def _title(basis: LegalBasis) -> str:
    return "".join(basis.title.split()).strip("《》")


def basis_titles(bases: list[LegalBasis]) -> list[str]:
    """The distinct basis titles, in order, compared without spaces and 《》."""
    return list(dict.fromkeys(t for t in map(_title, bases) if t))


def sets_code(entry: PowerItem) -> bool:
    """Whether the catalog gives the entry a code (many catalogs have none, or a placeholder like `/`)."""
    return bool(entry.code.strip()) and entry.code.strip() not in PLACEHOLDERS


def _shown(value: str) -> str:
    return f"“{value}”" if value.strip() else "（空）"


def _check_text(field_name: str) -> Callable[[PowerItem, PowerItem], Iterator[tuple[str, str]]]:
    def check(item: PowerItem, entry: PowerItem) -> Iterator[tuple[str, str]]:
        theirs, ours = getattr(entry, field_name).strip(), getattr(item, field_name).strip()
        if field_name == "code" and not sets_code(entry):
            return
        if theirs != ours:
            label = FIELD_LABELS[field_name]
            yield field_name, f"{label}与上级目录不一致：目录为{_shown(theirs)}，本部门为{_shown(ours)}"
    return check


def _check_bases(item: PowerItem, entry: PowerItem) -> Iterator[tuple[str, str]]:
    theirs, ours = basis_titles(entry.bases), basis_titles(item.bases)
    missing = [t for t in theirs if t not in ours]
    extra = [t for t in ours if t not in theirs]
    parts = []
    if missing:
        parts.append("缺少目录的依据" + "、".join(f"《{t}》" for t in missing))
    if extra:
        parts.append("多出目录没有的依据" + "、".join(f"《{t}》" for t in extra))
    if parts:
        listed = "、".join(f"《{t}》" for t in theirs) or "（无）"
        yield "bases", f"设定依据与上级目录不一致：{'；'.join(parts)}（目录的依据为{listed}）"


_CHECKS: dict[str, list[Callable[[PowerItem, PowerItem], Iterator[tuple[str, str]]]]] = {
    "name": [_check_text("name"), _check_text("sub_name")],
    "code": [_check_text("code")],
    "category": [_check_text("category")],
    "basis": [_check_bases],
}


def conformity_findings(item: PowerItem, entry: PowerItem) -> list[Finding]:
    """The 三级四同 findings of a claimed item against its catalog entry (warnings: a reason may justify)."""
    return [
        Finding(rule.id, WARNING, item.code, field_name, message, item.id)
        for rule in CATALOG_RULES
        for check in _CHECKS[rule.aspect]
        for field_name, message in check(item, entry)
    ]


def restored_bases(item: PowerItem, entry: PowerItem) -> list[LegalBasis]:
    """The catalog's bases, keeping the documents the item has attached to a basis of the same title."""
    documents = {_title(b): b.document_sha256 for b in item.bases if b.document_sha256}
    return [replace(b, document_sha256=documents.get(_title(b), b.document_sha256)) for b in entry.bases]


def restore_values(item: PowerItem, entry: PowerItem, aspects: tuple[str, ...] | None = None) -> dict[str, Any]:
    """Field → the catalog's value, for the given aspects (all four by default) where the item differs."""
    changes: dict[str, Any] = {}
    for aspect in aspects or tuple(ASPECT_FIELDS):
        for field_name in ASPECT_FIELDS[aspect]:
            if field_name == "bases":
                if basis_titles(item.bases) != basis_titles(entry.bases) or _cited(item.bases) != _cited(entry.bases):
                    changes["bases"] = restored_bases(item, entry)
            elif field_name == "code" and not sets_code(entry):
                continue
            elif getattr(item, field_name).strip() != getattr(entry, field_name).strip():
                changes[field_name] = getattr(entry, field_name)
    return changes


def _cited(bases: list[LegalBasis]) -> list[tuple[str, str, str]]:
    return [(b.level, _title(b), "".join(b.article.split())) for b in bases]


@dataclass(frozen=True)
class FieldDifference:
    field: str
    label: str
    old: str
    new: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "label": self.label, "old": self.old, "new": self.new}

    def describe(self) -> str:
        """One line for people: old → new, or for bases the citations added and dropped."""
        if self.field != "bases":
            return f"【{self.label}】{self.old or '（空）'} → {self.new or '（空）'}"
        old, new = self.old.splitlines(), self.new.splitlines()
        parts = [f"增加 {'；'.join(c for c in new if c not in old)}" if any(c not in old for c in new) else "",
                 f"删除 {'；'.join(c for c in old if c not in new)}" if any(c not in new for c in old) else ""]
        return f"【{self.label}】" + ("；".join(p for p in parts if p) or "条款或层级调整")


def _as_text(item: PowerItem, field_name: str) -> str:
    if field_name == "bases":
        return "\n".join("".join(b.citation().split()) for b in item.bases)
    return str(getattr(item, field_name)).strip()


def version_differences(old: PowerItem, new: PowerItem) -> list[FieldDifference]:
    """What the next version of a catalog changed in one entry, field by field (the 四同 fields only)."""
    result = []
    for field_name in CATALOG_FIELDS:
        same = (_cited(old.bases) == _cited(new.bases)) if field_name == "bases" else (
            _as_text(old, field_name) == _as_text(new, field_name))
        if not same:
            result.append(FieldDifference(field_name, FIELD_LABELS[field_name], _as_text(old, field_name),
                                          _as_text(new, field_name)))
    return result
