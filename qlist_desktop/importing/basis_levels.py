"""Levels for bases whose tag does not say one: 【法规】 (行政法规 or 地方性法规?), 【规章】, dirty tags such as
【2023】. The law library, or the issuing body named in the title, decides; otherwise a warning asks the
liaison to check."""

from __future__ import annotations

import re

from qlist_desktop.domain.basis_text import LEVEL_ALIASES, normalise_text
from qlist_desktop.domain.items import LegalBasis
from qlist_desktop.laws.review import BasisReviewer
from qlist_desktop.laws.titles import title_key

AMBIGUOUS_TAGS = frozenset({"法规", "规章"})
_TAGGED_TITLE = re.compile(r"【\s*([^】]*?)\s*】\s*《([^》]+)》")


def settle_levels(text: str, bases: list[LegalBasis], reviewer: BasisReviewer) -> list[str]:
    """Set the level of each basis tagged ambiguously from the library; returns warnings for the undecided."""
    tags = {
        title_key(m.group(2)): m.group(1).replace(" ", "")
        for m in _TAGGED_TITLE.finditer(normalise_text(text))
        if m.group(1).replace(" ", "") in AMBIGUOUS_TAGS or m.group(1).replace(" ", "") not in LEVEL_ALIASES
    }
    warnings = []
    for basis in bases:
        tag = tags.get(title_key(basis.title)) if basis.title else None
        if tag is None:
            continue
        level = reviewer.review("", basis.title, basis.revision, basis.article, basis.article_text).level
        if level:
            basis.level = level
        else:
            kept = f"暂按{basis.level}导入" if basis.level else "层级暂空"
            warnings.append(f"依据《{basis.title}》标注为【{tag}】，法规库和制定机关都不能确定其层级，{kept}，请核对")
    return warnings
