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
from dataclasses import dataclass, field
from functools import cache
from xml.parsers import expat

from qlist_desktop.importing.text import cell_text


@dataclass(frozen=True)
class XlsxLimits:
    """What one workbook may hold before it is refused (importing/workbook.py sets them)."""

    shared_strings: int = 500_000
    rows: int = 1_048_576  # Excel's own limits: a cell beyond them is a damaged or hostile file
    columns: int = 16_384
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_BUILTIN_DATES = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
_DATE_CODE = re.compile(r"[ymdhs]", re.IGNORECASE)
_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


class XlsxError(Exception):
    """The workbook breaks a limit or its structure; the message is a sentence that follows 文件“NAME”."""


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
        raise XlsxError(f"中 {part} 的 XML 已损坏（第 {exc.lineno} 行），请在 Excel 中打开并另存后再导入") from None


@cache
def _local(tag: str) -> str:
    """The element name without its namespace (`…/main}row` → `row`)."""
    return tag.rpartition("}")[2]


# A plain string (one <t>, most of them) is taken whole by the first branch; rich text by the second.
_SI = re.compile(rb"<(?:\w+:)?si><(?:\w+:)?t(?:\s[^>]*)?>([^<]*)</(?:\w+:)?t></(?:\w+:)?si>"
                 rb"|<(?:\w+:)?si>(.*?)</(?:\w+:)?si>|<(?:\w+:)?si/>", re.S)
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
            raise XlsxError(f"中 {part} 的内容不完整（文件已损坏），请在 Excel 中打开并另存后再导入")
        yield tail


def _shared_strings(archive: zipfile.ZipFile, limit: int) -> list[str]:
    strings: list[str] = []
    for data in _chunks(archive, "xl/sharedStrings.xml", _SI_END, b"sst"):
        for si in _SI.finditer(data):
            plain, body = si.group(1), si.group(2) or b""
            if plain is not None:
                strings.append(_xml_text(plain))
            else:
                if b"rPh" in body:
                    body = _PHONETIC.sub(b"", body)
                strings.append(_xml_text(b"".join(t.group(1) or b"" for t in _T.finditer(body))))
            if len(strings) > limit:
                raise XlsxError(f"的共享文本超过 {limit:,} 条（导入上限），远超一份清单的内容，疑似损坏或恶意文件；"
                                "请在 Excel 中打开、另存后再导入")
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

    def __init__(self, name: str, shared: list[str], dates: frozenset[int], epoch: dt.datetime,
                 limits: XlsxLimits) -> None:
        self.name, self.shared, self.dates, self.epoch, self.limits = name, shared, dates, epoch, limits
        self.merges: list[tuple[int, int, int, int]] = []
        self.max_row = 0
        self.formulas_without_value = 0
        self.cells: dict[int, dict[int, str]] = {}  # row → column → text (strings as written, numbers formatted)
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
        self._count(max(map(int, rows), default=0))
        for cell in _FULL_CELL.finditer(data):
            col, row = _split_ref(cell.group(1).decode("ascii", "replace"))
            self._check_column(col)
            self._content(row, col, dict(_ATTR.findall(cell.group(2))), cell.group(3))

    def _feed_in_order(self, data: bytes) -> None:
        """Some writers leave `r` out (or put it later): a cell without it follows the one before it in its row."""
        for match in _ROW_OR_CELL.finditer(data):
            if match.group(1) is not None:  # <row …>: cells without a place start at its first column
                number = dict(_ATTR.findall(match.group(1))).get(b"r")
                if number is not None and not number.isdigit():
                    raise XlsxError(f"工作表“{self.name}”的行号“{number[:20].decode('ascii', 'replace')}”不是数字"
                                    "（文件已损坏），请在 Excel 中打开并另存后再导入")
                self.last = (int(number) if number else self.last[0] + 1, -1)
                continue
            attrs = dict(_ATTR.findall(match.group(2)))
            ref = attrs.get(b"r")
            if ref:
                col, row = _split_ref(ref.decode("ascii", "replace"))
            else:
                row, col = self.last[0], self.last[1] + 1
            self.last = (row, col)
            self._check_column(col)
            self._count(row)
            if match.group(3):
                self._content(row, col, attrs, match.group(3))

    def _count(self, last_row: int) -> None:
        if last_row > self.limits.rows:
            raise XlsxError(f"工作表“{self.name}”写有第 {last_row:,} 行，超出 Excel 的 {self.limits.rows:,} 行，"
                            "文件已损坏")
        self.max_row = max(self.max_row, last_row)

    def _check_column(self, col: int) -> None:
        if col >= self.limits.columns:
            raise XlsxError(f"工作表“{self.name}”写有第 {col + 1:,} 列，超出 Excel 的 {self.limits.columns:,} 列，"
                            "文件已损坏")

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
                return self.shared[int(raw)]
            except (ValueError, IndexError):  # the cell's text is lost: refuse rather than import it empty
                index = raw[:20].decode("ascii", "replace")
                raise XlsxError(f"工作表“{self.name}”有单元格引用了不存在的共享文本“{index}”（文件已损坏），"
                                "请在 Excel 中打开并另存后再导入") from None
        if kind in (b"str", b"inlineStr"):
            return _xml_text(raw)
        if kind == b"b":
            return cell_text(raw.strip() in (b"1", b"true"))
        if kind == b"e":
            return ""
        try:
            number = float(raw)
        except ValueError:
            return _xml_text(raw)
        if style and style.isdigit() and int(style) in self.dates:
            try:
                return cell_text(self.epoch + dt.timedelta(days=number))
            except OverflowError:
                pass
        return cell_text(number)

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


@dataclass
class SheetData:
    """What `read_sheets` gives for one sheet: texts by row and column, merges (1-based rows, 0-based columns)."""

    name: str
    cells: dict[int, dict[int, str]]
    max_row: int = 0
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    formulas_without_value: int = 0


def read_sheets(archive: zipfile.ZipFile, limits: XlsxLimits, progress: Callable[[str], None] | None = None
                ) -> Iterator[SheetData]:
    """Every sheet of the open archive, in workbook order (a chart sheet comes back empty), one at a time."""
    parts, is_1904 = _sheet_parts(archive)
    shared = _shared_strings(archive, limits.shared_strings)
    dates = _date_styles(archive)
    epoch = dt.datetime(1904, 1, 1) if is_1904 else dt.datetime(1899, 12, 30)
    for name, part, is_worksheet in parts:
        if progress:
            progress(f"读取工作表“{name}”")
        if not is_worksheet or part not in archive.NameToInfo:
            yield SheetData(name, {})
            continue
        reader = _SheetReader(name, shared, dates, epoch, limits)
        for data in _chunks(archive, part, _ROW_END, b"worksheet"):
            reader.feed(data)
        yield SheetData(name, reader.cells, reader.max_row, reader.merges, reader.formulas_without_value)
