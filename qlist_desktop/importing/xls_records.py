"""Reading a .xls sheet's merged ranges and dimensions from its BIFF records.

xlrd reads merged ranges only with `formatting_info=True`, which also stores every formatted blank cell
(a real 权责清单 has tens of thousands) and doubles the time of a read. Merges and dimensions are two plain
records of the sheet's substream, so the reader takes them here and lets xlrd skip the formatting. It uses
xlrd's stream (`book.mem`) and the sheets' offsets (`book._sh_abs_posn`): xlrd 2.0.1 is its final release.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

MERGEDCELLS, DIMENSIONS, EOF = 0x00E5, 0x0200, 0x000A
MAX_XLS_ROWS = 65_536  # BIFF8's own limit


@dataclass
class SheetRecords:
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # rows 1-based, columns 0-based, inclusive
    rows: int = 0  # the row count the sheet declares (formatted empty rows included), capped at BIFF8's limit


def sheet_records(book: Any, index: int) -> SheetRecords:
    """The merges and declared row count of sheet `index` of an xlrd book opened with `on_demand=True`."""
    mem: bytes = book.mem
    pos: int = book._sh_abs_posn[index]
    found = SheetRecords()
    end = len(mem)
    while pos + 4 <= end:
        code, length = struct.unpack_from("<HH", mem, pos)
        body = pos + 4
        pos = body + length
        if code == MERGEDCELLS and length >= 2:
            (count,) = struct.unpack_from("<H", mem, body)
            for k in range(min(count, (length - 2) // 8)):
                r1, r2, c1, c2 = struct.unpack_from("<HHHH", mem, body + 2 + 8 * k)
                if r2 >= r1 and c2 >= c1 and (r2 > r1 or c2 > c1):
                    found.merges.append((r1 + 1, r2 + 1, c1, c2))
        elif code == DIMENSIONS and length >= 14:
            _first, last, _c1, _c2 = struct.unpack_from("<IIHH", mem, body)
            found.rows = min(last, MAX_XLS_ROWS)
        elif code == EOF:
            break
    return found
