"""Reading a workbook's sheets as text grids, within bounds of size, time and memory.

The reader is chosen from the file's first bytes, never from its name: OLE2 (`D0 CF 11 E0`) is a legacy
.xls read with xlrd (merges from the BIFF records, importing/xls_records.py) or an encrypted OOXML file, `PK` is
OOXML read by importing/xlsx.py (zipfile and regexes: openpyxl builds every style before the first cell).
Every refusal is an `ImportFileError` whose message is a sentence for the liaison.

Budgets, not hopes: the limits below are checked before the work they bound grows (shared strings are
counted before they are loaded, merges before they are indexed, rows and columns as they are met), so a
5 KB file cannot cost gigabytes or hours. Every text passes `clean_text.clean` on the way in.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qlist_desktop.domain.clean_text import clean, decode_ooxml_escapes
from qlist_desktop.importing.text import cell_text
from qlist_desktop.importing.xls_records import sheet_records
from qlist_desktop.importing.xlsx import XlsxError, XlsxLimits, read_sheets

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
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=log)  # merges: xls_records
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
    text_type, empty = xlrd.XL_CELL_TEXT, {xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR}
    try:
        for index in range(book.nsheets):
            sh = book.sheet_by_index(index)
            if progress:
                progress(f"读取工作表“{sh.name}”")
            records = sheet_records(book, index)
            sheet = Sheet(clean(sh.name), max_row=max(sh.nrows, records.rows))
            for r in range(sh.nrows):
                row = []
                for c, (ctype, raw) in enumerate(zip(sh.row_types(r), sh.row_values(r), strict=True)):
                    if ctype in empty:
                        row.append("")
                        continue
                    value = (cell_text(budget.text(sheet, raw, ooxml=False)) if ctype == text_type
                             else _xls_value(book, ctype, raw))
                    if value:
                        budget.cell(sheet.name, r + 1, c)
                    row.append(value)
                while row and not row[-1]:
                    row.pop()
                if row:
                    sheet.rows[r + 1] = row
            _trim_tail(sheet)
            if len(records.merges) > MAX_MERGES:
                raise _too_many_merges(name, len(records.merges))
            sheet.merges = budget.merges(sheet, [Merge(*m) for m in records.merges])
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


def _xls_value(book: object, ctype: int, value: object) -> str:
    import xlrd

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
    name = path.name
    budget = _Budget(name)
    sheets: list[Sheet] = []

    def open_sheet(title: str) -> Sheet:
        sheet = Sheet(clean(title))
        sheets.append(sheet)
        return sheet

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            total = sum(m.file_size for m in members)
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
            for data in read_sheets(archive, XlsxLimits(MAX_SHARED_STRINGS, EXCEL_ROWS, EXCEL_COLUMNS), progress):
                sheet = open_sheet(data.name)
                sheet.max_row, sheet.uncached_formulas = data.max_row, data.formulas_without_value
                for row, cells in sorted(data.cells.items()):
                    line: list[str] = []
                    for col, raw in sorted(cells.items()):
                        text = cell_text(budget.text(sheet, raw, ooxml=False))  # escapes decoded by the reader
                        if text:
                            budget.cell(sheet.name, row, col)
                            line.extend([""] * (col + 1 - len(line)))
                            line[col] = text
                    if line:
                        sheet.rows[row] = line
                _trim_tail(sheet)
                if len(data.merges) > MAX_MERGES:
                    raise _too_many_merges(name, len(data.merges))
                sheet.merges = budget.merges(sheet, [Merge(*m) for m in dict.fromkeys(data.merges)])
    except ImportFileError:
        raise
    except XlsxError as exc:
        raise ImportFileError(f"文件“{name}”{exc}") from None
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, zlib.error):
        raise ImportFileError(f"文件“{name}”已损坏（压缩结构无法读取），请在 Excel 中打开并另存后再导入") from None
    return sheets


def _encrypted(name: str) -> str:
    return f"文件“{name}”设置了打开密码（已加密），请在 Excel 中取消密码并另存后再导入"


def _too_many_merges(name: str, count: int) -> ImportFileError:
    return ImportFileError(
        f"文件“{name}”的一个工作表有 {count:,} 处以上合并单元格，超过导入上限 {MAX_MERGES:,} 处，"
        "疑似损坏或恶意文件；请取消多余的合并后另存，再导入"
    )
