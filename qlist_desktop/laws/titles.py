"""Law titles as written in real lists, reduced to one lookup key.

《中华人民共和国行政许可法》, 行政许可法, 〈行政许可法〉, 《中华人民共和国行政许可法(2019年修正)》 all give
the key 行政许可法. A bracket that names a version (a year, 修正, 修订) is a revision note, not part of the
title; （试行） and （暂行） are part of it.
"""

from __future__ import annotations

import re
import unicodedata

PRC = "中华人民共和国"
_WRAPPERS = str.maketrans({"《": "", "》": "", "〈": "", "〉": "", "<": "", ">": "", "“": "", "”": "", '"': ""})
_NOTE = re.compile(r"[（(][^（）()]*(?:\d|年|修正|修订|修改|公布|施行|通过)[^（）()]*[）)]")
_SPACES = re.compile(r"\s+")


def _unify(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)  # full-width letters, digits and brackets to ASCII
    return text.replace("(", "（").replace(")", "）")


def clean_title(title: str) -> str:
    """The title without 《》, spaces and revision notes, brackets made full-width: for display and keys."""
    text = _SPACES.sub("", _unify(title).translate(_WRAPPERS))
    return _NOTE.sub("", text).strip("：:，,。；;、")


def title_key(title: str) -> str:
    """The lookup key: the clean title without 中华人民共和国."""
    text = clean_title(title)
    return text[len(PRC) :] if text.startswith(PRC) else text


def revision_note(title: str) -> str:
    """A revision note written inside the title: 《…法（2019年修正）》 → 2019年修正."""
    m = _NOTE.search(_SPACES.sub("", _unify(title)))
    return m.group(0)[1:-1] if m else ""
