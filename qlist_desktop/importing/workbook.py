"""Reading a workbook's sheets as text grids, within bounds of size, time and memory.

The reader is chosen from the file's first bytes, never from its name: OLE2 (`D0 CF 11 E0`) is a legacy
.xls read with xlrd (or an encrypted OOXML file), `PK` is OOXML read by importing/xlsx.py (zipfile + expat).
Every refusal is an `ImportFileError` whose message is a sentence for the liaison.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qlist_desktop.importing.text import cell_text
from qlist_desktop.importing.xls_records import sheet_records
from qlist_desktop.importing.xlsx import XlsxError, read_sheets

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_CELLS = 3_000_000
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
    formulas_without_value: int = 0  # formula cells saved without their last result: they read as empty

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


# -- .xls (OLE2) ----------------------------------------------------------------------------------


def _read_xls(path: Path, progress: Progress | None) -> list[Sheet]:
    import xlrd

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
    cells = 0
    text_type, empty = xlrd.XL_CELL_TEXT, {xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR}
    try:
        for index in range(book.nsheets):
            sh = book.sheet_by_index(index)
            if progress:
                progress(f"读取工作表“{sh.name}”")
            records = sheet_records(book, index)
            sheet = Sheet(sh.name, max_row=max(sh.nrows, records.rows))
            for r in range(sh.nrows):
                row = [
                    cell_text(value) if ctype == text_type else "" if ctype in empty else _xls_value(book, ctype, value)
                    for ctype, value in zip(sh.row_types(r), sh.row_values(r), strict=True)
                ]
                cells += len(row)
                if cells > MAX_CELLS:
                    raise _too_many_cells(name)
                while row and not row[-1]:
                    row.pop()
                if row:
                    sheet.rows[r + 1] = row
            sheet.merges = [Merge(*m) for m in records.merges]
            sheets.append(sheet)
            book.unload_sheet(index)
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(f"文件“{name}”已损坏，无法读取（{type(exc).__name__}）") from None
    finally:
        book.release_resources()
    return sheets


def _xls_value(book: object, ctype: int, value: object) -> str:
    import xlrd

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
    name = path.name
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
            data = read_sheets(archive, MAX_CELLS, progress)
    except ImportFileError:
        raise
    except XlsxError as exc:
        if "单元格数量" in str(exc):
            raise _too_many_cells(name) from None
        raise ImportFileError(f"文件“{name}”无法导入：{exc}；请在 Excel 中打开并另存后再导入") from None
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, zlib.error):
        raise ImportFileError(f"文件“{name}”已损坏（压缩结构无法读取），请在 Excel 中打开并另存后再导入") from None
    return [
        Sheet(d.name, d.rows, d.max_row, [Merge(*m) for m in dict.fromkeys(d.merges)],
              d.formulas_without_value)
        for d in data
    ]


def _encrypted(name: str) -> str:
    return f"文件“{name}”设置了打开密码（已加密），请在 Excel 中取消密码并另存后再导入"


def _too_many_cells(name: str) -> ImportFileError:
    return ImportFileError(
        f"文件“{name}”的单元格超过 {MAX_CELLS:,} 个（常见原因：设置了格式的空行、空列多达数十万），"
        "请删除多余的空行空列后另存，再导入"
    )
