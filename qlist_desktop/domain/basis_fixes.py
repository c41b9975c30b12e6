"""The fix for one legal basis from the library: its level, its full official title, the current text."""

from __future__ import annotations

from dataclasses import replace

from qlist_desktop.domain.items import LegalBasis
from qlist_desktop.laws.review import BasisReviewer, version_label


def fixed_basis(basis: LegalBasis, reviewer: BasisReviewer) -> LegalBasis:
    """The basis as the library says it should read; unchanged where the library does not decide."""
    if not basis.title.strip():
        return basis
    review = reviewer.review(basis.level, basis.title, basis.revision, basis.article, basis.article_text)
    fixed = replace(basis)
    if review.level:
        fixed.level = review.level
    law = review.law
    if law is None:
        return fixed
    fixed.title = law.title
    if review.superseded_note:
        fixed.revision = version_label(law)
    if review.current_text and not review.missing and (review.differs or not basis.article_text.strip()):
        fixed.article_text = review.current_text
    return fixed
