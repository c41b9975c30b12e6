"""Reading the conventional 实施依据 text into separate legal bases.

Real cells look like `【法律】《中华人民共和国统计法》（2009年6月27日修订）第三十七条：……`, one reference a
line, sometimes several on one line, with dirty tags such as `【 法律】` or `【2023】`.
"""

from __future__ import annotations

import re
import unicodedata

from qlist_desktop.domain.items import LegalBasis

# Tags seen in real files mapped to the basis_level vocabulary's labels.
LEVEL_ALIASES: dict[str, str] = {
    "法律": "法律",
    "行政法规": "行政法规",
    "法规": "行政法规",
    "国务院决定": "国务院决定",
    "地方性法规": "地方性法规",
    "自治区地方性法规": "地方性法规",
    "部门规章": "部门规章",
    "规章": "部门规章",
    "地方政府规章": "地方政府规章",
    "政府规章": "地方政府规章",
    "规范性文件": "规范性文件",
    "党内法规": "党内法规",
}

_TAG = re.compile(r"【\s*([^】]*?)\s*】")
_TITLE = re.compile(r"《([^》]+)》")
_REVISION = re.compile(r"^\s*[（(]([^）)]*)[）)]")
_ARTICLE = re.compile(
    r"^\s*((?:第\s*[（(]?\s*[一二三四五六七八九十百千零〇\d]+\s*[）)]?\s*[条款项章节目](?:之[一二三四五六七八九十]+)?"
    r"[、，,和及与至\s]*)+)"
)


# Full-width letters and digits (U+FF10–U+FF5A) as ASCII, the ideographic space as a space; Chinese
# punctuation is kept. A regex finds them (most cells have none), a table replaces them.
_HALF_WIDTH = {ch: unicodedata.normalize("NFKC", ch) for ch in map(chr, range(0xFF10, 0xFF5B)) if ch.isalnum()}
_HALF_WIDTH["\u3000"] = " "
_FULL_WIDTH = re.compile("[" + "".join(_HALF_WIDTH) + "]")


def normalise_text(text: str) -> str:
    """Full-width letters and digits to half-width, unified line breaks, trimmed spaces."""
    if _FULL_WIDTH.search(text):
        text = _FULL_WIDTH.sub(lambda m: _HALF_WIDTH[m.group()], text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text:
        return text.strip()
    return "\n".join([line.strip() for line in text.split("\n")])


_NUMBERING = re.compile(r"(\d+[.、．]|[（(]\d+[）)])$")


def _starts_reference(text: str, at: int) -> bool:
    """Whether a 《title》 at `at` begins a new reference: at a line start or after a separator.

    Only the end of the text before it matters; looking at a bounded window keeps a long cell linear.
    """
    window = text[max(0, at - 64) : at]
    tail = _NUMBERING.sub("", window.rstrip(" \t")).rstrip(" \t")
    if not tail and at > 64:  # only spaces and numbering in the window: look further back
        tail = _NUMBERING.sub("", text[:at].rstrip(" \t")).rstrip(" \t")
    return not tail or tail[-1] in "\n；;。"


def _segments(text: str) -> list[str]:
    """One segment per reference: starting at a 【tag】, or at a 《title》 that opens a line or follows a separator."""
    # A 【tag】 opens a reference where a title could, or anywhere when it names a level: a bracket after
    # other text, as in the document number （新国动规【2023】2号）, is part of the reference it stands in.
    starts = {
        m.start()
        for m in _TAG.finditer(text)
        if _starts_reference(text, m.start()) or m.group(1).replace(" ", "") in LEVEL_ALIASES
    }
    starts |= {m.start() for m in _TITLE.finditer(text) if _starts_reference(text, m.start())}
    if not starts:
        return [text] if text.strip() else []
    ordered = sorted(starts)
    segs = [text[a:b] for a, b in zip(ordered, [*ordered[1:], len(text)], strict=True)]
    head = text[: ordered[0]].strip()
    if head:
        segs[0] = head + segs[0]
    return segs


def parse_bases(text: str) -> list[LegalBasis]:
    """Split a 实施依据 cell into legal bases; text that names no document is kept as one basis."""
    text = normalise_text(text or "")
    bases: list[LegalBasis] = []
    for raw in _segments(text):
        seg = _NUMBERING.sub("", raw.strip()).strip(" \n；;，,")
        if not seg:
            continue
        basis = LegalBasis()
        tag = _TAG.search(seg)
        rest = seg
        if tag and tag.start() <= 2:
            basis.level = LEVEL_ALIASES.get(tag.group(1).replace(" ", ""), "")
            rest = seg[tag.end() :]
        title = _TITLE.search(rest)
        if title:
            basis.title = title.group(1).strip()
            rest = rest[title.end() :]
            rev = _REVISION.match(rest)
            if rev:
                basis.revision = rev.group(1).strip()
                rest = rest[rev.end() :]
            art = _ARTICLE.match(rest)
            if art:
                basis.article = art.group(1).strip(" 、，,和及与")
                rest = rest[art.end() :]
            basis.article_text = rest.strip(" ：:\n")
        else:
            basis.article_text = rest.strip()
        bases.append(basis)
    return bases
