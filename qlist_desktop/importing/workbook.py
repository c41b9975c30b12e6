"""Reading a workbook's sheets as text grids, within bounds of size, time and memory.

The reader is chosen from the file's first bytes, never from its name: OLE2 (`D0 CF 11 E0`) is a legacy
.xls read with xlrd (or an encrypted OOXML file), `PK` is OOXML read with openpyxl in read-only mode.
Every refusal is an `ImportFileError` whose message is a sentence for the liaison.

Budgets, not hopes: the limits below are checked before the work they bound grows (shared strings are
counted before they are loaded, merges before they are indexed, rows and columns as they are met), so a
5 KB file cannot cost gigabytes or hours. Every text passes `clean_text.clean` on the way in.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from qlist_desktop.domain.clean_text import clean, decode_ooxml_escapes
from qlist_desktop.importing.text import cell_text

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_CELLS = 500_000  # cells holding a value, over the whole workbook
MAX_SHARED_STRINGS = 500_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384  # a row or column beyond these is not Excel's
MAX_TEXT_ROW = 200_000  # the last row holding text: rows are walked one by one after reading
MAX_TEXT_COLUMN = 256
MAX_MERGES = 50_000
MAX_MERGED_CELLS = 500_000  # cells covered by merges, in total, within the area holding text
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")
_SHARED_STRING = re.compile(rb"<(?:\w+:)?si[\s>/]")
# A cell element without content (only a style) that names its position: dropped before parsing, so formatted
# empty rows cost nothing. Cells without `r` are kept, as the parser counts them to place the next one.
_EMPTY_CELL = re.compile(rb"<(?:\w+:)?c\s(?=[^>]*\br=\")[^>]*?(?:/>|>\s*</(?:\w+:)?c>)")


class ImportFileError(Exception):
    """A file that cannot be imported, said in a sentence naming the file."""


@dataclass(frozen=True)
class Merge:
    """A merged range: rows 1-based, columns 0-based, both inclusive."""

    first_row: int
    last_row: int
    first_col: int
    last_col: int


@dataclass
class Sheet:
    """One sheet as text. Only rows holding text are kept, so formatted empty rows cost nothing."""

    name: str
    rows: dict[int, list[str]] = field(default_factory=dict)
    max_row: int = 0
    merges: list[Merge] = field(default_factory=list)
    cleaned: int = 0  # cells whose text held control characters, undecodable characters or escapes
    uncached_formulas: int = 0  # formula cells saved without their computed value
    empty_tail: tuple[int, int] | None = None  # (first, last) rows holding only formatting, not walked

    def notes(self) -> list[str]:
        """What reading changed or could not see, for the import report."""
        notes = []
        if self.cleaned:
            notes.append(f"有 {self.cleaned} 个单元格含有不可见的控制字符或无法识别的字符，已清除或替换为“\ufffd”")
        if self.uncached_formulas:
            notes.append(
                f"有 {self.uncached_formulas} 个公式单元格没有保存计算结果（文件可能由其他程序生成），按空白读取；"
                "请在 Excel 中打开、保存后再导入"
            )
        if self.empty_tail:
            notes.append(f"第 {self.empty_tail[0]}–{self.empty_tail[1]} 行只有格式、没有内容，未逐行列出")
        return notes

    def text(self, row: int, col: int) -> str:
        cells = self.rows.get(row)
        return cells[col] if cells and col < len(cells) else ""


@dataclass
class Workbook:
    path: Path
    format: str  # "xlsx" or "xls"
    sheets: list[Sheet]


Progress = Callable[[str], None]


def read_workbook(path: Path, progress: Progress | None = None) -> Workbook:
    """Every sheet of the workbook at `path`; an `ImportFileError` for anything that is not a readable one."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(f"找不到文件“{path}”") from None
    except OSError as exc:
        raise ImportFileError(f"无法读取文件“{name}”：{exc.strerror}") from None
    if path.is_dir():
        raise ImportFileError(f"“{name}”是文件夹，不是 Excel 文件")
    if size == 0:
        raise ImportFileError(f"文件“{name}”是空的（0 字节）")
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"文件“{name}”有 {size / 1024 / 1024:.1f} MB，超过导入上限 {MAX_FILE_BYTES // 1024 // 1024} MB；"
            "请删除无关的工作表、图片后另存，或拆分成几个文件再导入"
        )
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(OLE2_MAGIC):
        return Workbook(path, "xls", _read_xls(path, progress))
    if head.startswith(ZIP_MAGIC):
        return Workbook(path, "xlsx", _read_xlsx(path, progress))
    raise ImportFileError(f"“{name}”不是 Excel 文件（{_describe(head)}）；请在 Excel 中另存为 .xlsx 或 .xls 后再导入")


def _describe(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "这是 PDF 文件"
    stripped = head.lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if stripped.startswith((b"<html", b"<!doc", b"<?xml", b"<table", b"<meta")):
        return "这是网页或 XML 文本，可能是从网站另存的表格"
    if b"\x00" not in head:
        return "这是纯文本文件"
    return "文件内容不是 .xlsx 或 .xls 格式"


# -- budgets shared by both formats ----------------------------------------------------------------


class _Budget:
    """Counts what one workbook costs and refuses, naming the limit and the file, once a limit is passed."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cells = 0

    def cell(self, sheet: str, row: int, col: int) -> None:
        """A cell holding a value at (row 1-based, col 0-based)."""
        self.cells += 1
        if self.cells > MAX_CELLS:
            raise ImportFileError(
                f"文件“{self.name}”有内容的单元格超过 {MAX_CELLS:,} 个（导入上限），不像一份权力清单；"
                "请删除无关的工作表或内容后另存，或拆分成几个文件再导入"
            )
        if row > MAX_TEXT_ROW or col >= MAX_TEXT_COLUMN:
            raise ImportFileError(
                f"文件“{self.name}”工作表“{sheet}”的第 {row:,} 行第 {col + 1:,} 列有内容，超过导入上限"
                f"（{MAX_TEXT_ROW:,} 行、{MAX_TEXT_COLUMN} 列）；请删除表格以外的内容后另存，再导入"
            )

    def text(self, sheet: Sheet, value: str, *, ooxml: bool) -> str:
        if len(value) > MAX_CELL_CHARS:
            raise ImportFileError(
                f"文件“{self.name}”工作表“{sheet.name}”中有单元格超过 {MAX_CELL_CHARS:,} 个字符"
                "（Excel 单元格的上限），文件可能已损坏"
            )
        if ooxml:
            value = decode_ooxml_escapes(value)
        cleaned = clean(value)
        if cleaned != value:
            sheet.cleaned += 1
        return cleaned

    def merges(self, sheet: Sheet, merges: list[Merge]) -> list[Merge]:
        """The sheet's merges clipped to the area its rows and texts reach, within the covered-cells budget."""
        width = max((len(r) for r in sheet.rows.values()), default=0)
        clipped = []
        covered = 0
        for m in merges:
            if m.first_row > sheet.max_row or m.first_col >= width:
                continue
            m = Merge(m.first_row, min(m.last_row, sheet.max_row), m.first_col, min(m.last_col, width - 1))
            covered += (m.last_row - m.first_row + 1) * (m.last_col - m.first_col + 1)
            if covered > MAX_MERGED_CELLS:
                raise ImportFileError(
                    f"文件“{self.name}”工作表“{sheet.name}”的合并单元格共覆盖超过 {MAX_MERGED_CELLS:,} 个单元格"
                    "（导入上限），疑似损坏或恶意文件；请取消多余的合并后另存，再导入"
                )
            clipped.append(m)
        return clipped


def _trim_tail(sheet: Sheet) -> None:
    """Rows past the limit that hold no text (formatting only) are noted as one range instead of walked."""
    last_text = max(sheet.rows, default=0)
    if sheet.max_row > MAX_TEXT_ROW and last_text < sheet.max_row:
        sheet.empty_tail = (last_text + 1, sheet.max_row)
        sheet.max_row = last_text


# -- .xls (OLE2) ----------------------------------------------------------------------------------


def _read_xls(path: Path, progress: Progress | None) -> list[Sheet]:
    import xlrd

    _tolerate_lone_surrogates()
    name = path.name
    data = path.read_bytes()
    if _ENCRYPTED_STREAM in data:
        raise ImportFileError(_encrypted(name))
    log = io.StringIO()
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True, logfile=log)
    except xlrd.XLRDError as exc:
        text = str(exc).lower()
        if "encrypt" in text:
            raise ImportFileError(_encrypted(name)) from None
        if "can't find workbook" in text:
            raise ImportFileError(f"“{name}”是 Office 文件，但不是 Excel 工作簿（可能是 Word 或 PPT）") from None
        raise ImportFileError(f"文件“{name}”已损坏，无法读取（{exc}）") from None
    except Exception as exc:  # xlrd raises many kinds of errors on damaged files
        raise ImportFileError(f"文件“{name}”已损坏，无法读取（{type(exc).__name__}）") from None
    sheets = []
    budget = _Budget(name)
    try:
        for index in range(book.nsheets):
            sh = book.sheet_by_index(index)
            if progress:
                progress(f"读取工作表“{sh.name}”")
            sheet = Sheet(clean(sh.name), max_row=sh.nrows)
            for r in range(sh.nrows):
                row = []
                for c, cell in enumerate(sh.row(r)):
                    if cell.ctype == xlrd.XL_CELL_TEXT:
                        value = cell_text(budget.text(sheet, cell.value, ooxml=False))
                    else:
                        value = _xls_value(book, cell)
                    if value:
                        budget.cell(sheet.name, r + 1, c)
                    row.append(value)
                while row and not row[-1]:
                    row.pop()
                if row:
                    sheet.rows[r + 1] = row
            _trim_tail(sheet)
            merges = [Merge(r1 + 1, r2, c1, c2 - 1) for r1, r2, c1, c2 in sh.merged_cells if r2 - r1 > 1 or c2 - c1 > 1]
            if len(merges) > MAX_MERGES:
                raise _too_many_merges(name, len(merges))
            sheet.merges = budget.merges(sheet, merges)
            sheets.append(sheet)
            book.unload_sheet(index)
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(f"文件“{name}”已损坏，无法读取（{type(exc).__name__}）") from None
    finally:
        book.release_resources()
    return sheets


def _tolerate_lone_surrogates() -> None:
    """Let xlrd keep a lone surrogate in a UTF-16 string (one damaged cell) instead of failing the whole file.

    xlrd decodes through a module-level `unicode(bytes, encoding)` without an error handler; the character
    kept is then replaced by `clean`, and the cell counted as cleaned.
    """
    import xlrd

    def tolerant(data: bytes, encoding: str) -> str:
        return data.decode(encoding, "surrogatepass" if encoding.startswith("utf_16") else "replace")

    for module in ("biffh", "book", "formatting", "formula", "sheet"):
        getattr(xlrd, module).unicode = tolerant


def _xls_value(book: object, cell: object) -> str:
    import xlrd

    ctype, value = cell.ctype, cell.value  # type: ignore[attr-defined]
    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(value))
    if ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(value, book.datemode))  # type: ignore[attr-defined]
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(value)
    return cell_text(value)


# -- .xlsx (OOXML) ---------------------------------------------------------------------------------


def _read_xlsx(path: Path, progress: Progress | None) -> list[Sheet]:
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.xml.constants import SHARED_STRINGS

    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            total = sum(m.file_size for m in members)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        raise ImportFileError(f"文件“{name}”已损坏（压缩结构无法读取），请在 Excel 中打开并另存后再导入") from None
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            raise ImportFileError(f"“{name}”是 Word 文档，不是 Excel 工作簿")
        if "ppt/presentation.xml" in names:
            raise ImportFileError(f"“{name}”是 PowerPoint 演示文稿，不是 Excel 工作簿")
        raise ImportFileError(f"“{name}”是压缩文件，但不是 Excel 工作簿（缺少 xl/workbook.xml）")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ImportFileError(
            f"文件“{name}”解压后有 {total / 1024 / 1024:.0f} MB，远超正常清单的大小（上限 "
            f"{MAX_UNCOMPRESSED_BYTES // 1024 // 1024} MB），疑似损坏或恶意文件，已拒绝导入"
        )
    sheets: list[Sheet] = []
    budget = _Budget(name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops (data validation ...)
            # The reader's steps one by one: `load_workbook` would walk every sheet to size it, and would load
            # the shared strings before they could be counted.
            reader = ExcelReader(path, read_only=True, data_only=True)
            try:
                reader.read_manifest()
                strings = reader.package.find(SHARED_STRINGS)
                if strings is not None:
                    _count_shared_strings(reader.archive, strings.PartName[1:], name)
                reader.read_strings()
                reader.read_workbook()
                apply_stylesheet(reader.archive, reader.wb)
                for entry, rel in reader.parser.find_sheets():
                    if rel.target not in reader.valid_files:
                        continue
                    if progress:
                        progress(f"读取工作表“{entry.name}”")
                    sheet = Sheet(clean(entry.name))
                    if "chartsheet" not in rel.Type:  # a chartsheet holds no cells
                        _read_xlsx_sheet(reader, rel.target, sheet, budget)
                    sheets.append(sheet)
            finally:
                reader.archive.close()
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl raises many kinds of errors on damaged files
        raise ImportFileError(
            f"文件“{name}”已损坏，无法读取（{type(exc).__name__}）；请在 Excel 中打开并另存后再导入"
        ) from None
    return sheets


def _count_shared_strings(archive: zipfile.ZipFile, part: str, name: str) -> None:
    count = 0
    tail = b""
    with archive.open(part) as src:
        while chunk := src.read(1 << 20):
            data = tail + chunk
            cut = len(data) - 16  # a tag cut between two chunks is counted whole in the next round
            count += len(_SHARED_STRING.findall(data, 0, cut))
            tail = data[cut:]
            if count > MAX_SHARED_STRINGS:
                raise ImportFileError(
                    f"文件“{name}”的共享文本超过 {MAX_SHARED_STRINGS:,} 条（导入上限），远超一份清单的内容，"
                    "疑似损坏或恶意文件；请在 Excel 中打开、另存后再导入"
                )


def _read_xlsx_sheet(reader: object, part: str, sheet: Sheet, budget: _Budget) -> None:
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    wb = reader.wb  # type: ignore[attr-defined]
    archive: zipfile.ZipFile = reader.archive  # type: ignore[attr-defined]

    class Parser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: object) -> dict[str, object]:
            cell: dict[str, object] = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:  # type: ignore[attr-defined]
                sheet.uncached_formulas += 1
            return cell

    merges = _xlsx_merges(archive, part)
    if len(merges) > MAX_MERGES:
        raise _too_many_merges(budget.name, len(merges))
    with archive.open(part) as src:
        parser = Parser(_WithoutEmptyCells(src), reader.shared_strings, data_only=True,  # type: ignore[attr-defined]
                        epoch=wb.epoch, date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        for r, cells in parser.parse():
            if r > EXCEL_ROWS or r < 1:
                raise ImportFileError(
                    f"文件“{budget.name}”工作表“{sheet.name}”写有第 {r:,} 行，超出 Excel 的 {EXCEL_ROWS:,} 行，"
                    "文件已损坏"
                )
            sheet.max_row = max(sheet.max_row, r)
            row: list[str] = []
            for cell in cells:
                value = cell["value"]
                if value is None or value == "":
                    continue
                col = int(cell["column"]) - 1
                if not 0 <= col < EXCEL_COLUMNS:
                    raise ImportFileError(
                        f"文件“{budget.name}”工作表“{sheet.name}”写有第 {col + 1:,} 列，超出 Excel 的 "
                        f"{EXCEL_COLUMNS:,} 列，文件已损坏"
                    )
                budget.cell(sheet.name, r, col)
                text = cell_text(budget.text(sheet, value, ooxml=True) if isinstance(value, str) else value)
                if text:
                    row.extend([""] * (col + 1 - len(row)))
                    row[col] = text
            if row:
                sheet.rows[r] = row
    _trim_tail(sheet)
    sheet.merges = budget.merges(sheet, merges)


class _WithoutEmptyCells(io.RawIOBase):
    """The sheet's XML with its empty cell elements removed, read in chunks cut after a complete tag."""

    def __init__(self, src: IO[bytes]) -> None:
        super().__init__()
        self.src = src
        self.tail = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        while True:
            chunk = self.src.read(1 << 16)
            data = self.tail + chunk
            if not chunk:
                self.tail = b""
                return _EMPTY_CELL.sub(b"", data)
            cut = data.rfind(b">") + 1
            self.tail = data[cut:]
            if out := _EMPTY_CELL.sub(b"", data[:cut]):
                return out


def _xlsx_merges(archive: zipfile.ZipFile, part: str) -> list[Merge]:
    """Merged ranges, found by scanning the sheet's XML in chunks (read-only worksheets do not expose them)."""
    merges: list[Merge] = []
    tail = b""
    with archive.open(part) as src:
        while chunk := src.read(1 << 20):
            data = tail + chunk
            merges.extend(_merge(m) for m in _MERGE_REF.finditer(data))
            if len(merges) > 2 * MAX_MERGES:
                break  # enough to refuse the file; the rest need not be read
            tail = data[-300:]  # a tag cut between two chunks is matched whole in the next round
    return [m for m in dict.fromkeys(merges) if m.last_row > m.first_row or m.last_col > m.first_col]


def _merge(m: re.Match[bytes]) -> Merge:
    c1, r1 = _col_index(m.group(1)), int(m.group(2))
    c2, r2 = (_col_index(m.group(3)), int(m.group(4))) if m.group(3) else (c1, r1)
    return Merge(min(r1, r2), max(r1, r2), min(c1, c2), max(c1, c2))


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _encrypted(name: str) -> str:
    return f"文件“{name}”设置了打开密码（已加密），请在 Excel 中取消密码并另存后再导入"


def _too_many_merges(name: str, count: int) -> ImportFileError:
    return ImportFileError(
        f"文件“{name}”的一个工作表有 {count:,} 处以上合并单元格，超过导入上限 {MAX_MERGES:,} 处，"
        "疑似损坏或恶意文件；请取消多余的合并后另存，再导入"
    )
