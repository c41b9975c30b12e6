"""Controlled vocabularies (categories, basis levels, disclosure terms, ...) as data.

A new workspace copies the defaults from `resources/vocabularies.json`; after that the workspace's own
copy is what counts, so a jurisdiction can carry its own scheme (e.g. nine categories, or 行政征用).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from qlist_desktop.domain.clean_text import MAX_JSON_DEPTH, clean_value, json_depth
from qlist_desktop.domain.fields import FIELD_VOCABULARY  # re-exported for callers
from qlist_desktop.paths import resource

__all__ = ["FIELD_VOCABULARY", "KINDS", "Term", "Vocabularies", "default_vocabularies", "parse_vocabularies",
           "vocabularies_to_data"]
MAX_VOCABULARY_CHARS = 2_000_000  # the shipped file has 6,000

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


class VocabularyError(ValueError):
    """A vocabulary file refused before it is parsed, said in a sentence."""


def read_json_file(path: Path) -> object:
    """The JSON of the vocabulary file at `path`, read no further than the size limit (a BOM is allowed)."""
    with open(path, encoding="utf-8-sig") as f:
        return load_json(f.read(MAX_VOCABULARY_CHARS + 1), path.name)


def load_json(text: str, name: str) -> object:
    """The JSON of a vocabulary file, its size and nesting checked first: a deep file cannot exhaust the stack."""
    if len(text) > MAX_VOCABULARY_CHARS:
        raise VocabularyError(f"“{name}”超过词表文件的上限 {MAX_VOCABULARY_CHARS:,} 个字符，不是词表文件")
    if json_depth(text) > MAX_JSON_DEPTH:
        raise VocabularyError(f"“{name}”的 JSON 嵌套超过 {MAX_JSON_DEPTH} 层，不是词表文件")
    return json.loads(text)


def parse_vocabularies(data: dict) -> Vocabularies:
    data = clean_value(data)
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
