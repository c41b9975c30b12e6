"""Splitting imported 实施依据 text with the domain's `parse_bases`, protecting document numbers.

Real cells write document numbers with square brackets inside a reference, as in `（新国动规【2023】2号）`;
`parse_bases` would take `【2023】` for the level tag of a new reference. A year in 【】 that follows other
text on its line is hidden from it and restored afterwards, so the text is kept exactly.
"""

from __future__ import annotations

import re
from dataclasses import fields

from qlist_desktop.domain.basis_text import parse_bases
from qlist_desktop.domain.items import LegalBasis

_DOC_NUMBER = re.compile(r"(?<=[^\s])【(\d{4})】")
_OPEN, _CLOSE = "\ue000", "\ue001"


def split_bases(text: str) -> list[LegalBasis]:
    protected = _DOC_NUMBER.sub(lambda m: f"{_OPEN}{m.group(1)}{_CLOSE}", text)
    bases = parse_bases(protected)
    if protected != text:
        for basis in bases:
            for f in fields(basis):
                value = getattr(basis, f.name)
                if isinstance(value, str) and _OPEN in value:
                    setattr(basis, f.name, value.replace(_OPEN, "【").replace(_CLOSE, "】"))
    return bases
