"""Reading workbooks and matching their items against a workspace's items: the plan an import previews.

This module never touches a workspace: `services/imports.py` gives it the workspace's items and applies the
plan in one transaction. Matching an item already in the workspace: by code (a real one, not a placeholder
such as `/`), else by name + sub-name + category. A matched item is never duplicated; the fields the file has
columns for are compared and the differences are offered as updates.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qlist_desktop.domain.items import PowerItem, item_to_dict
from qlist_desktop.domain.rules import PLACEHOLDERS
from qlist_desktop.domain.vocab import Vocabularies
from qlist_desktop.importing.duties import PartSheet, read_part_sheet
from qlist_desktop.importing.headers import load_synonyms
from qlist_desktop.importing.rows import ParsedItem, SheetParser, SheetResult
from qlist_desktop.importing.workbook import ImportFileError, read_workbook

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"
ACTION_LABELS = {CREATE: "新建", UPDATE: "更新", UNCHANGED: "无变化"}
Progress = Callable[[int, int, str], None]  # done, total, what is being done


@dataclass
class FileResult:
    """One file as read: its sheets, or the sentence saying why it cannot be read."""

    path: Path
    format: str = ""
    sheets: list[SheetResult] = field(default_factory=list)
    error: str = ""
    same_as: Path | None = None  # an earlier file of the same import with the same content: not read again
    duty_sheets: list[PartSheet] = field(default_factory=list)  # responsibility-list parts (责任清单)

    @property
    def items(self) -> list[ParsedItem]:
        return [p for sheet in self.sheets for p in sheet.items]


@dataclass
class ItemChange:
    parsed: ParsedItem
    action: str
    existing: PowerItem | None = None
    changes: dict[str, Any] = field(default_factory=dict)

    def changed_fields(self) -> list[str]:
        return sorted(self.changes)


@dataclass
class ImportPlan:
    files: list[FileResult]
    changes: list[ItemChange] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return [f.error for f in self.files if f.error]

    def counts(self) -> Counter[str]:
        return Counter(c.action for c in self.changes)

    def changes_for(self, result: FileResult) -> list[ItemChange]:
        ids = {id(p) for p in result.items}
        return [c for c in self.changes if id(c.parsed) in ids]

    def to_dict(self) -> dict[str, Any]:
        counts = self.counts()
        return {
            "files": [file_summary(f, self.changes_for(f)) for f in self.files],
            "items": len(self.changes),
            "created": counts[CREATE],
            "updated": counts[UPDATE],
            "unchanged": counts[UNCHANGED],
            "errors": self.errors,
        }


def by_category(items: Iterable[ParsedItem]) -> dict[str, int]:
    return dict(Counter(p.item.category or "（未分类）" for p in items))


def sheet_summary(sheet: SheetResult) -> dict[str, Any]:
    return {
        "sheet": sheet.name,
        "rows": sheet.max_row,
        "header_rows": sheet.header_rows,
        "columns": sheet.columns,
        "items": len(sheet.items),
        "by_category": by_category(sheet.items),
        "merged_rows": sheet.merged_row_count,
        "skipped": [s.to_dict() for s in sheet.skipped],
        "warnings": sheet.warnings,
        "declared_count": sheet.declared_count,
    }


def file_summary(result: FileResult, changes: list[ItemChange] | None = None) -> dict[str, Any]:
    """The per-file report: counts per category, skipped rows with reasons, warnings (sheet-prefixed)."""
    counts = Counter(c.action for c in changes or [])
    many = len(result.sheets) > 1
    return {
        "file": str(result.path),
        "format": result.format,
        "error": result.error,
        "items": len(result.items),
        "by_category": by_category(result.items),
        "created": counts[CREATE],
        "updated": counts[UPDATE],
        "unchanged": counts[UNCHANGED],
        "skipped": [{"sheet": s.name, **k.to_dict()} for s in result.sheets for k in s.skipped],
        "warnings": [f"工作表“{s.name}”：{w}" if many else w for s in result.sheets for w in s.warnings]
        + ([f"与“{result.same_as.name}”内容相同，未重复导入"] if result.same_as else []),
        "unrecognised_columns": sorted({c["label"] for s in result.sheets for c in s.columns if not c["field"]}),
        "sheets": [sheet_summary(s) for s in result.sheets],
        "duties": [{"sheet": d.sheet, "part": d.part, "entries": len(d.entries), "skipped": d.errors}
                   for d in result.duty_sheets],
        "changes": [
            {"sheet": c.parsed.sheet, "row": c.parsed.row, "name": c.parsed.item.full_name, "action": c.action,
             "item_id": c.existing.id if c.existing else None, "fields": c.changed_fields()}
            for c in changes or [] if c.action != UNCHANGED
        ],
    }


def read_file(path: Path, vocab: Vocabularies, progress: Callable[[str], None] | None = None) -> FileResult:
    """Read and parse one workbook; a file that cannot be read gets its sentence in `error`."""
    result = FileResult(Path(path))
    try:
        book = read_workbook(Path(path), progress)
    except ImportFileError as exc:
        result.error = str(exc)
        return result
    syn = load_synonyms()
    result.format = book.format
    for sheet in book.sheets:
        part = read_part_sheet(sheet)
        if part is None:
            result.sheets.append(SheetParser(sheet, vocab, syn).parse())
        else:
            result.duty_sheets.append(part)
    if not result.items and not result.duty_sheets:
        result.error = f"文件“{result.path.name}”中没有读到任何事项（没有找到含“事项名称”“权力类型”等列名的表头）"
    return result


def is_real_code(code: str) -> bool:
    return bool(code.strip()) and code.strip() not in PLACEHOLDERS


class Matcher:
    """Finds the workspace item an imported one is, each workspace item matched at most once."""

    def __init__(self, existing: list[PowerItem]) -> None:
        self.by_code: dict[str, list[PowerItem]] = defaultdict(list)
        self.by_name: dict[tuple[str, str, str], list[PowerItem]] = defaultdict(list)
        for item in existing:
            if is_real_code(item.code):
                self.by_code[item.code.strip()].append(item)
            self.by_name[name_key(item)].append(item)
        self.used: set[int] = set()

    def match(self, item: PowerItem) -> PowerItem | None:
        candidates = self.by_code.get(item.code.strip(), []) if is_real_code(item.code) else []
        candidates = candidates + self.by_name.get(name_key(item), [])
        for found in candidates:
            if found.id not in self.used:
                self.used.add(found.id or 0)
                return found
        return None


def name_key(item: PowerItem) -> tuple[str, str, str]:
    return (item.name.strip(), item.sub_name.strip(), item.category.strip())


def differences(existing: PowerItem, parsed: ParsedItem) -> dict[str, Any]:
    """Field → new value, for the fields the file provides that differ from the workspace item."""
    old, new = item_to_dict(existing), item_to_dict(parsed.item)
    changes = {name: getattr(parsed.item, name) for name in sorted(parsed.provided) if old[name] != new[name]}
    merged_extra = {**existing.extra, **parsed.item.extra}
    if merged_extra != existing.extra:
        changes["extra"] = merged_extra
    return changes


def _content_hash(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None  # the reader says why in its own words
    return digest.hexdigest()


def read_files(paths: Iterable[Path | str], vocab: Vocabularies, progress: Progress | None = None) -> list[FileResult]:
    """Read every workbook once: a second file with the same content as an earlier one is reported, not read."""
    wanted = [Path(p) for p in paths]
    files: list[FileResult] = []
    seen: dict[str, Path] = {}
    for n, path in enumerate(wanted):
        if progress:
            progress(n, len(wanted), f"读取“{path.name}”")
        digest = _content_hash(path)
        if digest is not None and digest in seen:
            files.append(FileResult(path, same_as=seen[digest]))
            continue
        if digest is not None:
            seen[digest] = path
        files.append(read_file(path, vocab))
    return files


def match_files(files: list[FileResult], existing: list[PowerItem]) -> ImportPlan:
    """Match the files' items against the workspace's items: what an import would create, update or leave."""
    plan = ImportPlan(files)
    matcher = Matcher(existing)
    for result in files:
        for parsed in result.items:
            found = matcher.match(parsed.item)
            if found is None:
                plan.changes.append(ItemChange(parsed, CREATE))
                continue
            changes = differences(found, parsed)
            plan.changes.append(ItemChange(parsed, UPDATE if changes else UNCHANGED, found, changes))
    return plan
