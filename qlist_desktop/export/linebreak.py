"""Chinese line breaking for printed tables and forms, in time linear in the text's length.

Lines break between any two Chinese characters, between Latin words, and inside a Latin word or number
only when it is wider than the line. 避头尾: no line starts with closing punctuation (，。、；：？！）》」』 …)
and none ends with an opening bracket (（《「『 …); the character before such a break moves down with it.
Widths come from the font's own advance table, cached per character.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reportlab.pdfbase import pdfmetrics

NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}")
NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
# A Latin word, number or citation fragment that should stay together: letters, digits and their joiners.
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:/_\-+%]*")
_MOVE_LIMIT = 3  # characters moved to keep a rule; beyond that the rule yields (a line of punctuation)


@functools.cache
def char_widths(font: str, size: float) -> Callable[[str], float]:
    """A function giving a character's advance in points for a registered font, memoised per character."""
    face = pdfmetrics.getFont(font).face
    table = face.charWidths
    default = face.defaultWidth
    scale = size / 1000.0

    @functools.cache
    def width(ch: str) -> float:
        return table.get(ord(ch), default) * scale

    return width


def text_width(text: str, font: str, size: float) -> float:
    width = char_widths(font, size)
    return sum(width(ch) for ch in text)


def tokens(text: str) -> list[str]:
    """Break opportunities: one Chinese character, one Latin word or number, or one space."""
    units: list[str] = []
    pos = 0
    for match in _WORD.finditer(text):
        units.extend(text[pos:match.start()])
        units.append(match.group())
        pos = match.end()
    units.extend(text[pos:])
    return units


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of `text` (hard line breaks kept) set in `width` points."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, font, size, width))
    return lines


def _wrap_paragraph(text: str, font: str, size: float, width: float) -> list[str]:
    if not text:
        return [""]
    measure = char_widths(font, size)
    lines: list[list[str]] = []
    line: list[str] = []
    used = 0.0
    for unit in tokens(text):
        w = sum(measure(ch) for ch in unit)
        if line and used + w > width:
            if unit == " ":
                continue  # a space at a break disappears
            carried = _carry(line, unit)
            lines.append(line[:len(line) - len(carried)])
            line = carried
            used = sum(measure(ch) for u in line for ch in u)
        if w > width and len(unit) > 1:  # a word wider than the line is cut where it must be
            for ch in unit:
                cw = measure(ch)
                if line and used + cw > width:
                    lines.append(line)
                    line, used = [], 0.0
                line.append(ch)
                used += cw
            continue
        line.append(unit)
        used += w
    lines.append(line)
    return ["".join(units).rstrip(" ") for units in lines]


def _carry(line: list[str], following: str) -> list[str]:
    """The tail of `line` that moves to the next line so that neither line breaks a 避头尾 rule."""
    cut = len(line)
    nxt = following
    for _ in range(_MOVE_LIMIT):
        if cut <= 1:
            break
        bad_start = nxt[:1] in NO_LINE_START
        bad_end = line[cut - 1][-1:] in NO_LINE_END
        if not (bad_start or bad_end):
            break
        cut -= 1
        nxt = line[cut]
    if line[cut - 1][-1:] in NO_LINE_END or nxt[:1] in NO_LINE_START:
        return []  # no good break within reach: break where the text reached the edge
    return line[cut:]
