"""Reading an OOXML workbook's cell text with zipfile and expat: what the importer needs, and nothing more.

openpyxl builds an object for every style, font and border before it reads a single cell (half the time of a
typical 权责清单 went there); this reader streams the parts it needs — the workbook's sheet list, the shared
strings, the date formats of the cell styles, each sheet's cells and merged ranges — within fixed limits.
"""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from functools import cache
from xml.parsers import expat

from qlist_desktop.importing.text import cell_text

MAX_ROW = 1_048_576  # Excel's own limits: a cell beyond them is a damaged or hostile file
MAX_COL = 16_384
MAX_SHARED_STRINGS = 1_000_000
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_BUILTIN_DATES = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
_DATE_CODE = re.compile(r"[ymdhs]", re.IGNORECASE)
_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


class XlsxError(Exception):
    """The workbook breaks a limit or its structure; the message is a sentence (without the file's name)."""


def _unescape(text: str) -> str:
    """OOXML writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _parser(start: Callable[..., None], end: Callable[[str], None] | None = None,
            chars: Callable[[str], None] | None = None) -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if chars is not None:
        parser.CharacterDataHandler = chars
    return parser


def _feed(archive: zipfile.ZipFile, part: str, parser: expat.XMLParserType) -> None:
    try:
        with archive.open(part) as source:
            parser.ParseFile(source)
    except KeyError:
        return
    except expat.ExpatError as exc:
        raise XlsxError(f"{part} 的 XML 已损坏（第 {exc.lineno} 行）") from None


@cache
def _local(tag: str) -> str:
    """The element name without its namespace (`…/main}row` → `row`)."""
    return tag.rpartition("}")[2]


_SI = re.compile(rb"<(?:\w+:)?si>(.*?)</(?:\w+:)?si>|<(?:\w+:)?si/>", re.S)
_PHONETIC = re.compile(rb"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
_T = re.compile(rb"<(?:\w+:)?t(?:\s[^>]*)?>(.*?)</(?:\w+:)?t>|<(?:\w+:)?t\s*/>", re.S)
_ROW_END = re.compile(rb"</(?:\w+:)?row>")
_SI_END = re.compile(rb"</(?:\w+:)?si>")
_ROW_OR_CELL = re.compile(
    rb"<(?:\w+:)?row\b([^>]*)>|<(?:\w+:)?c\b((?:\s[^>]*?)?)(?:/>|(?<!/)>(.*?)</(?:\w+:)?c>)", re.S
)
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
_CELL_ROW = re.compile(rb"<(?:\w+:)?c\s+r=\"[A-Z]+(\d+)\"")
_CELL_WITHOUT_REF = re.compile(rb"<(?:\w+:)?c(?!\s+r=\")(?=[\s/>])")  # a cell whose first attribute is not r
_FULL_CELL = re.compile(rb"<(?:\w+:)?c\s+r=\"([A-Z]+\d+)\"([^>]*?)(?<!/)>(.*?)</(?:\w+:)?c>", re.S)
_V = re.compile(rb"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", re.S)
_HAS_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+\d+)(?::([A-Z]+\d+))?\"")
CHUNK = 1 << 20


def _xml_text(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    if "&" in text:
        text = html.unescape(text)
    return _unescape(text)


def _chunks(archive: zipfile.ZipFile, part: str, boundary: re.Pattern[bytes], root: bytes) -> Iterator[bytes]:
    """The part's bytes in pieces that end after a `boundary` match (a row, a string), so none is cut in two.

    A part that does not end with its root element's closing tag was cut short: refused, never read in part.
    """
    closing = re.compile(rb"</(?:\w+:)?" + root + rb">\s*$")
    try:
        source = archive.open(part)
    except KeyError:
        return
    with source:
        tail = b""
        while block := source.read(CHUNK):
            data = tail + block
            end = data.rfind(b">", 0)
            found = None
            for found in boundary.finditer(data, max(0, len(tail) - 16), end + 1):  # noqa: B007 - the last one
                pass
            if found is None:
                tail = data
                continue
            yield data[: found.end()]
            tail = data[found.end():]
        if not closing.search(tail[-64:]):
            raise XlsxError(f"{part} 的内容不完整（文件已损坏）")
        yield tail


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    strings: list[str] = []
    for data in _chunks(archive, "xl/sharedStrings.xml", _SI_END, b"sst"):
        for si in _SI.finditer(data):
            body = si.group(1) or b""
            if b"rPh" in body:
                body = _PHONETIC.sub(b"", body)
            strings.append(_xml_text(b"".join(t.group(1) or b"" for t in _T.finditer(body))))
            if len(strings) > MAX_SHARED_STRINGS:
                raise XlsxError(f"共享字符串超过 {MAX_SHARED_STRINGS:,} 个，远超正常清单")
    return strings


def _date_styles(archive: zipfile.ZipFile) -> frozenset[int]:
    """Indexes of the cell styles that show a number as a date (openpyxl's `is_date_format`, in short)."""
    custom: dict[int, str] = {}
    formats: list[int] = []
    state = {"xfs": False}

    def start(tag: str, attrs: dict[str, str]) -> None:
        name = _local(tag)
        if name == "numFmt":
            custom[int(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
        elif name == "cellXfs":
            state["xfs"] = True
        elif name == "xf" and state["xfs"]:
            formats.append(int(attrs.get("numFmtId", "0") or 0))

    def end(tag: str) -> None:
        if _local(tag) == "cellXfs":
            state["xfs"] = False

    _feed(archive, "xl/styles.xml", _parser(start, end))
    dates = {fid for fid, code in custom.items() if _DATE_CODE.search(_FORMAT_NOISE.sub("", code))}
    return frozenset(n for n, fid in enumerate(formats) if fid in _BUILTIN_DATES or fid in dates)


def _sheet_parts(archive: zipfile.ZipFile) -> tuple[list[tuple[str, str, bool]], bool]:
    """(sheet name, part path, is a worksheet) in workbook order, and whether dates count from 1904."""
    targets: dict[str, tuple[str, str]] = {}

    def rel(tag: str, attrs: dict[str, str]) -> None:
        if _local(tag) == "Relationship":
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[attrs.get("Id", "")] = (path, attrs.get("Type", ""))

    _feed(archive, "xl/_rels/workbook.xml.rels", _parser(rel))
    sheets: list[tuple[str, str, bool]] = []
    flags = {"1904": False}

    def book(tag: str, attrs: dict[str, str]) -> None:
        name = _local(tag)
        if name == "sheet":
            path, kind = targets.get(attrs.get(f"{_NS_REL}}}id", ""), ("", ""))
            sheets.append((attrs.get("name", ""), path, kind.endswith("/worksheet")))
        elif name == "workbookPr":
            flags["1904"] = attrs.get("date1904", "0") in ("1", "true")

    _feed(archive, "xl/workbook.xml", _parser(book))
    return sheets, flags["1904"]


class _SheetReader:
    """One worksheet's cells (text per row, trailing empties dropped) and merged ranges, read with regexes.

    Machine-written sheet XML is regular: most cells of a real list are empty styled cells (`<c r="B5" s="3"/>`),
    which a regex passes over at C speed where an XML parser would call back into Python for each.
    """

    def __init__(self, shared: list[str], dates: frozenset[int], epoch: dt.datetime, budget: list[int]) -> None:
        self.shared, self.dates, self.epoch, self.budget = shared, dates, epoch, budget
        self.shared_text: dict[int, str] = {}
        self.rows: dict[int, list[str]] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.max_row = 0
        self.formulas_without_value = 0
        self.cells: dict[int, dict[int, str]] = {}
        self.last: tuple[int, int] = (0, -1)  # where a cell without `r` follows on

    def feed(self, data: bytes) -> None:
        if _CELL_WITHOUT_REF.search(data):
            self._feed_in_order(data)
        else:
            self._feed_by_ref(data)
        for merge in _MERGE.finditer(data):
            self._merge(merge.group(1).decode("ascii"), (merge.group(2) or b"").decode("ascii"))

    def _feed_by_ref(self, data: bytes) -> None:
        """Every cell names its place (`r="B5"`): empty ones are only counted, those with a body are read."""
        rows = _CELL_ROW.findall(data)
        self._count(len(rows), max(map(int, rows), default=0))
        for cell in _FULL_CELL.finditer(data):
            col, row = _split_ref(cell.group(1).decode("ascii", "replace"))
            if col >= MAX_COL:
                raise XlsxError(f"有单元格位于第 {col + 1:,} 列，超出 Excel 的列数上限")
            self._content(row, col, dict(_ATTR.findall(cell.group(2))), cell.group(3))

    def _feed_in_order(self, data: bytes) -> None:
        """Some writers leave `r` out (or put it later): a cell without it follows the one before it in its row."""
        for match in _ROW_OR_CELL.finditer(data):
            if match.group(1) is not None:  # <row …>: cells without a place start at its first column
                row_attrs = dict(_ATTR.findall(match.group(1)))
                number = row_attrs.get(b"r", b"")
                self.last = (int(number) if number.isdigit() else self.last[0] + 1, -1)
                continue
            attrs = dict(_ATTR.findall(match.group(2)))
            ref = attrs.get(b"r")
            if ref:
                col, row = _split_ref(ref.decode("ascii", "replace"))
            else:
                row, col = self.last[0], self.last[1] + 1
            self.last = (row, col)
            if col >= MAX_COL:
                raise XlsxError(f"有单元格位于第 {col + 1:,} 列，超出 Excel 的列数上限")
            self._count(1, row)
            if match.group(3):
                self._content(row, col, attrs, match.group(3))

    def _count(self, cells: int, last_row: int) -> None:
        if last_row > MAX_ROW:
            raise XlsxError(f"有单元格位于第 {last_row:,} 行，超出 Excel 的行数上限")
        self.max_row = max(self.max_row, last_row)
        self.budget[0] -= cells
        if self.budget[0] < 0:
            raise XlsxError("单元格数量超出导入上限")

    def _content(self, row: int, col: int, attrs: dict[bytes, bytes], body: bytes) -> None:
        kind = attrs.get(b"t", b"n")
        if kind == b"inlineStr":
            raw = b"".join(t.group(1) or b"" for t in _T.finditer(body))
        else:
            value = _V.search(body)
            raw = value.group(1) if value else b""
        if not raw:
            if _HAS_FORMULA.search(body):
                self.formulas_without_value += 1
            return
        text = self._value(kind, raw, attrs.get(b"s", b""))
        if text:
            self.cells.setdefault(row, {})[col] = text

    def _value(self, kind: bytes, raw: bytes, style: bytes) -> str:
        if kind == b"s":
            try:
                index = int(raw)
                found = self.shared_text.get(index)
                if found is None:  # a shared string is cleaned once, however many cells show it
                    found = self.shared_text[index] = cell_text(self.shared[index])
                return found
            except (ValueError, IndexError):
                return ""
        if kind in (b"str", b"inlineStr"):
            return cell_text(_xml_text(raw))
        if kind == b"b":
            return cell_text(raw.strip() in (b"1", b"true"))
        if kind == b"e":
            return ""
        try:
            number = float(raw)
        except ValueError:
            return cell_text(_xml_text(raw))
        if style and style.isdigit() and int(style) in self.dates:
            try:
                return cell_text(self.epoch + dt.timedelta(days=number))
            except OverflowError:
                pass
        return cell_text(number)

    def finish(self) -> None:
        for row, cells in self.cells.items():
            line = [""] * (max(cells) + 1)
            for col, text in cells.items():
                line[col] = text
            self.rows[row] = line
        self.cells = {}

    def _merge(self, first: str, last: str) -> None:
        try:
            c1, r1 = _split_ref(first)
            c2, r2 = _split_ref(last) if last else (c1, r1)
        except ValueError:
            return
        if (r1, c1) != (r2, c2):
            self.merges.append((min(r1, r2), max(r1, r2), min(c1, c2), max(c1, c2)))


def _split_ref(ref: str) -> tuple[int, int]:
    """`AB12` → (27, 12): the 0-based column and the 1-based row."""
    col = 0
    for n, ch in enumerate(ref):
        code = ord(ch)
        if 65 <= code <= 90:
            col = col * 26 + code - 64
        elif n and ch.isdigit():
            return col - 1, int(ref[n:])
        else:
            break
    raise ValueError(ref)


class SheetData:
    """What `read_sheets` gives for one sheet."""

    def __init__(self, name: str, reader: _SheetReader | None) -> None:
        self.name = name
        self.rows = reader.rows if reader else {}
        self.max_row = reader.max_row if reader else 0
        self.merges = reader.merges if reader else []
        self.formulas_without_value = reader.formulas_without_value if reader else 0


def read_sheets(archive: zipfile.ZipFile, max_cells: int, progress: Callable[[str], None] | None = None
                ) -> list[SheetData]:
    """Every sheet of the open archive, in workbook order (a chart sheet comes back empty)."""
    parts, is_1904 = _sheet_parts(archive)
    shared = _shared_strings(archive)
    dates = _date_styles(archive)
    epoch = dt.datetime(1904, 1, 1) if is_1904 else dt.datetime(1899, 12, 30)
    budget = [max_cells]
    out = []
    for name, part, is_worksheet in parts:
        if progress:
            progress(f"读取工作表“{name}”")
        if not is_worksheet or part not in archive.NameToInfo:
            out.append(SheetData(name, None))
            continue
        reader = _SheetReader(shared, dates, epoch, budget)
        for data in _chunks(archive, part, _ROW_END, b"worksheet"):
            reader.feed(data)
        reader.finish()
        out.append(SheetData(name, reader))
    return out
