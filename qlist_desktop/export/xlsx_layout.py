"""How a table sheet prints: which columns share a printed page, at what scale, and rows that never clip.

Measured with LibreOffice (how many offices print): one column-width unit is 7 pt on paper there (Excel
draws it narrower, about 5.3 pt, so a page planned for LibreOffice also fits in Excel), and a row is never
grown for wrapped text, so row heights are computed here. Excel caps a row at 409 pt: an item whose text
needs more is continued on following rows, never clipped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from qlist_desktop.export.templates import Column

UNIT_PT = 7.0  # printed width of one column-width unit (LibreOffice; Excel is narrower)
PRINTABLE_PT = 842 - 2 * 36 - 12  # A4 landscape less 0.5 in margins and a little slack
MIN_SCALE = 75  # percent: 10 pt body text prints at 7.5 pt at the least
MAX_ROW_PT = 409  # Excel's row-height cap
ROW_PADDING = 6
LINE_FACTOR = 1.5  # line height / font size (CJK fonts such as Noto CJK need 1.45)
# Columns that identify a row: repeated on every printed page as print titles when they lead the table.
KEY_FIELDS = ("seq", "code", "name", "full_name")
MAX_TITLE_SHARE = 0.45  # repeated columns take at most this share of a page
CONTINUED = "（续）"

Cell = str | int | float | None


def char_units(ch: str) -> int:
    """Width of a character in column units at 10 pt: a Chinese (wide) character takes two."""
    return 2 if ord(ch) > 0x2E7F else 1


def wrapped_lines(text: str, width: float, font_size: float = 10) -> list[tuple[str, bool]]:
    """The lines `text` wraps into in a column `width` units wide (an estimate erring on more lines), each
    with whether a hard line break ends it.

    Chinese breaks between any two characters. Linear in the text's length.
    """
    usable = max((width - 1.5) * 10 / font_size, 2.0)
    lines: list[tuple[str, bool]] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for ch in paragraph:
            w = char_units(ch)
            if used + w > usable and line:
                lines.append(("".join(line), False))
                line, used = [], 0.0
            line.append(ch)
            used += w
        lines.append(("".join(line), True))
    return lines


def line_height(font_size: float) -> float:
    return font_size * LINE_FACTOR


def max_lines(font_size: float) -> int:
    """How many lines a row holds under Excel's cap."""
    return int((MAX_ROW_PT - ROW_PADDING) // line_height(font_size))


def row_height(lines: int, font_size: float) -> float:
    return min(lines * line_height(font_size) + ROW_PADDING, MAX_ROW_PT)


def split_row(values: Sequence[Cell], columns: Sequence[Column], font_size: float) -> list[tuple[list[Cell], int]]:
    """One item's values as printed rows (values, lines), each within the row-height cap.

    A text too long for one row continues on the next rows in the same column; the leading key columns
    (序号, 编码, 名称) are repeated on continuation rows, the name marked "（续）".
    """
    limit = max_lines(font_size)
    wrapped = [wrapped_lines(v, c.width, font_size) if isinstance(v, str) and not c.hidden else None
               for v, c in zip(values, columns, strict=True)]
    need = max((len(w) for w in wrapped if w is not None), default=1)
    if need <= limit:
        return [(list(values), need)]
    keys = key_columns(columns)
    rows: list[tuple[list[Cell], int]] = []
    for n in range(math.ceil(need / limit)):
        row: list[Cell] = []
        used = 1
        for c, (value, lines) in enumerate(zip(values, wrapped, strict=True)):
            if lines is not None and len(lines) > limit:  # a long text: this row's share of its lines
                part = lines[n * limit:(n + 1) * limit]
                row.append(_join(part) or None)
                used = max(used, len(part))
            elif n == 0:
                row.append(value)
                used = max(used, len(lines or ()))
            elif c < keys:
                shown = _continued(value, columns[c], font_size, limit)
                row.append(shown)
                used = max(used, len(wrapped_lines(shown, columns[c].width, font_size)) if isinstance(shown, str)
                           else 1)
            else:
                row.append(None)
        rows.append((row, used))
    return rows


def _continued(value: Cell, column: Column, font_size: float, limit: int) -> Cell:
    """A key column's value on a continuation row: the number as it is, a name marked （续）."""
    if not isinstance(value, str) or column.field in ("seq", "code"):
        return value
    lines = wrapped_lines(value + CONTINUED, column.width, font_size)
    if len(lines) <= limit:
        return value + CONTINUED
    return "".join(text for text, _hard in lines[: limit - 1])[:-1] + "…" + CONTINUED


def _join(lines: list[tuple[str, bool]]) -> str:
    """Wrapped lines back into cell text: the original's hard breaks kept, soft ones dropped."""
    return "".join(text + ("\n" if hard else "") for text, hard in lines).rstrip("\n")


@dataclass(frozen=True)
class PrintPlan:
    """How a sheet prints across pages: a fixed scale, column breaks, and repeated leading columns."""

    scale: int  # percent
    breaks: tuple[int, ...]  # 1-based index of the last column on each printed page but the last
    title_columns: int  # leading columns repeated on every page

    @property
    def pages_wide(self) -> int:
        return len(self.breaks) + 1


def key_columns(columns: Sequence[Column]) -> int:
    """How many leading columns identify a row (序号, 编码, 名称 ...)."""
    n = 0
    while n < len(columns) and columns[n].field in KEY_FIELDS:
        n += 1
    return n


def plan_print(columns: Sequence[Column]) -> PrintPlan:
    """The largest scale (≥ MIN_SCALE) printing the columns on as few pages wide as MIN_SCALE allows."""
    fewest = _groups(columns, MIN_SCALE)
    for scale in range(100, MIN_SCALE - 1, -5):
        plan = _groups(columns, scale)
        if plan.pages_wide <= fewest.pages_wide:
            return plan
    return fewest


def _groups(columns: Sequence[Column], scale: int) -> PrintPlan:
    capacity = PRINTABLE_PT * 100 / scale
    widths = [0.0 if c.hidden else c.width * UNIT_PT for c in columns]
    if sum(widths) <= capacity:
        return PrintPlan(scale, (), 0)
    titles = key_columns(columns)
    while titles and sum(widths[:titles]) > capacity * MAX_TITLE_SHARE:
        titles -= 1
    breaks: list[int] = []
    used = sum(widths[:titles])
    repeated = used
    for index in range(titles, len(columns)):
        if used + widths[index] > capacity and used > repeated:
            breaks.append(index)  # the page ends after column `index` (1-based: index)
            used = repeated
        used += widths[index]
    return PrintPlan(scale, tuple(breaks), titles)
