"""Controlled vocabularies (categories, basis levels, disclosure terms, ...) as data.

A new workspace copies the defaults from `resources/vocabularies.json`; after that the workspace's own
copy is what counts, so a jurisdiction can carry its own scheme (e.g. nine categories, or 行政征用).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from qlist_desktop.paths import resource

KINDS: dict[str, str] = {
    "category": "权力类型",
    "basis_level": "依据层级",
    "disclosure_scope": "公开范围",
    "disclosure_form": "公开形式",
    "implementation_level": "实施层级",
    "disposition": "处置意见",
    "review_conclusion": "审核结论",
    "status": "状态",
    "responsibility_stage": "责任环节",
    "topic": "专题",
}

# Which item field is restricted to which vocabulary.
FIELD_VOCABULARY: dict[str, str] = {
    "category": "category",
    "disclosure_scope": "disclosure_scope",
    "disclosure_forms": "disclosure_form",
    "disposition": "disposition",
    "status": "status",
    "topics": "topic",
}


@dataclass(frozen=True)
class Term:
    code: str
    label: str


@dataclass
class Vocabularies:
    """All vocabularies of one workspace."""

    terms: dict[str, list[Term]] = field(default_factory=dict)
    founding_levels: dict[str, list[str]] = field(default_factory=dict)

    def labels(self, kind: str) -> list[str]:
        return [t.label for t in self.terms.get(kind, [])]

    def category_code(self, label: str) -> str | None:
        """The two-letter code of a category label (or of a code given as such)."""
        for term in self.terms.get("category", []):
            if label in (term.label, term.code):
                return term.code
        return None

    def category_label(self, code_or_label: str) -> str | None:
        for term in self.terms.get("category", []):
            if code_or_label in (term.label, term.code):
                return term.label
        return None

    def normalise(self, kind: str, value: str) -> str | None:
        """The label for a label or code of `kind`, or None when the vocabulary refuses it."""
        for term in self.terms.get(kind, []):
            if value in (term.label, term.code):
                return term.label
        return None


def parse_vocabularies(data: dict) -> Vocabularies:
    terms = {kind: [Term(code=t["code"], label=t["label"]) for t in data.get(kind, [])] for kind in KINDS}
    founding = {k: list(v) for k, v in data.get("founding_levels", {}).items() if not k.startswith("_")}
    return Vocabularies(terms=terms, founding_levels=founding)


def default_vocabularies(path: Path | None = None) -> Vocabularies:
    """The defaults shipped with the application."""
    source = path or resource("vocabularies.json")
    return parse_vocabularies(json.loads(source.read_text(encoding="utf-8")))


def vocabularies_to_data(vocab: Vocabularies) -> dict:
    data: dict = {kind: [{"code": t.code, "label": t.label} for t in terms] for kind, terms in vocab.terms.items()}
    data["founding_levels"] = vocab.founding_levels
    return data
