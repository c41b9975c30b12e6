"""Turning a sheet's rows into items, accounting for every row.

A row is an item when it has its own (not merged-from-above) category, name, sub-name or code. A row
whose cells only continue merged cells from above, or that adds text in other columns only, is merged into
the item above (its responsibilities and bases are added). Every other row is skipped with a reason.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from qlist_desktop.domain.basis_text import parse_bases
from qlist_desktop.domain.fields import FIELD_VOCABULARY, FIELDS, INT_FIELDS, Kind, import_targets, label
from qlist_desktop.domain.items import LegalBasis, PowerItem, Responsibility
from qlist_desktop.domain.vocab import Vocabularies
from qlist_desktop.importing.basis_levels import settle_levels
from qlist_desktop.importing.headers import (
    IDENTITY_FIELDS,
    HeaderLayout,
    Synonyms,
    find_header,
    merged_cells_index,
)
from qlist_desktop.importing.text import label_key, single_line, unwrap
from qlist_desktop.importing.workbook import Sheet
from qlist_desktop.laws.files import default_reviewer
from qlist_desktop.laws.review import BasisReviewer

SINGLE_LINE_FIELDS = frozenset({"code", "name", "sub_name", "category"})
# Fields an import sets from the text of their own column, by kind; identity, bases, responsibilities, fees
# and flags have their own handling below.
TEXT_FIELDS = tuple(
    s.name for s in FIELDS if s.importable and s.kind in (Kind.TEXT, Kind.MULTILINE, Kind.OPEN_CHOICE)
    and s.name not in SINGLE_LINE_FIELDS
)
CHOICE_FIELDS = tuple(s.name for s in FIELDS if s.importable and s.kind is Kind.CHOICE and s.name != "category")
LIST_CHOICE_FIELDS = tuple(s.name for s in FIELDS if s.importable and s.kind is Kind.CHOICE_LIST)
# Yes/no fields read from a column of their own (是否收费 follows from the fee columns instead).
FLAG_FIELDS = tuple(s.name for s in FIELDS if s.kind is Kind.BOOL and s.columns == (s.name,))
_NOTE_ROW = re.compile(r"^(备注|说明|注[:：]|合计|总计|小计|共计|填表|制表|审核人|联系人|填报)")
_DECLARED = re.compile(r"[（(]\s*(?:共)?(\d+)\s*(?:项|个|条)\s*[）)]")
_SECTION_PREFIX = re.compile(r"^([一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.])")
_DAYS = re.compile(r"^(\d{1,4})(?:个)?(?:工作日)?$")
_TRUE = frozenset({"是", "公开", "公示", "√", "y", "yes", "true", "1"})
_FALSE = frozenset({"否", "不公开", "不公示", "×", "n", "no", "false", "0"})
NOTE_ROWS_SHOWN = 8


@dataclass
class SkippedRows:
    first_row: int
    last_row: int
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {"row": self.first_row, "to_row": self.last_row, "reason": self.reason}


# Item attributes filled from a column of each header key (the registry's import columns).
FIELD_TARGETS: dict[str, tuple[str, ...]] = {"serial": (), **import_targets()}


@dataclass
class ParsedItem:
    item: PowerItem
    sheet: str
    row: int
    merged_rows: list[int] = field(default_factory=list)
    provided: frozenset[str] = frozenset()  # item attributes the file has columns for


@dataclass
class SheetResult:
    name: str
    max_row: int
    header_rows: list[int] = field(default_factory=list)
    columns: list[dict[str, object]] = field(default_factory=list)
    items: list[ParsedItem] = field(default_factory=list)
    skipped: list[SkippedRows] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    declared_count: int | None = None

    @property
    def merged_row_count(self) -> int:
        return sum(len(p.merged_rows) for p in self.items)

    def skip(self, row: int, reason: str) -> None:
        last = self.skipped[-1] if self.skipped else None
        if last and last.reason == reason and last.last_row == row - 1:
            last.last_row = row
        else:
            self.skipped.append(SkippedRows(row, row, reason))

    def skipped_row_count(self) -> int:
        return sum(s.last_row - s.first_row + 1 for s in self.skipped)


class _Notes:
    """Warnings gathered per kind with the rows they concern, printed once each."""

    def __init__(self) -> None:
        self.rows: dict[str, list[int]] = defaultdict(list)

    def add(self, message: str, row: int) -> None:
        self.rows[message].append(row)

    def render(self) -> list[str]:
        out = []
        for message, rows in self.rows.items():
            shown = "、".join(str(r) for r in rows[:NOTE_ROWS_SHOWN]) + ("等" if len(rows) > NOTE_ROWS_SHOWN else "")
            out.append(f"{message}（{len(rows)} 行：第 {shown} 行）")
        return out


def category_of(text: str, vocab: Vocabularies, syn: Synonyms) -> str | None:
    """The vocabulary label for a category text (`行政\\n许可`, `其他`), or None."""
    key = label_key(text)
    if not key:
        return None
    return vocab.normalise("category", key) or vocab.normalise("category", syn.category_values.get(key, ""))


def sheet_category(name: str, vocab: Vocabularies, syn: Synonyms) -> tuple[str | None, int | None]:
    """The category and declared item count named by a sheet title such as `行政许可（3项）`."""
    declared = _DECLARED.search(name)
    bare = _DECLARED.sub("", name).strip()
    bare = re.sub(r"(类|事项|清单|目录)$", "", bare)
    return category_of(bare, vocab, syn), int(declared.group(1)) if declared else None


class SheetParser:
    """Reads one sheet; `parse()` returns a `SheetResult`."""

    def __init__(self, sheet: Sheet, vocab: Vocabularies, syn: Synonyms) -> None:
        self.sheet = sheet
        self.vocab = vocab
        self.syn = syn
        self.result = SheetResult(sheet.name, sheet.max_row)
        self.notes = _Notes()
        self.covered = merged_cells_index(sheet.merges)
        self.layout: HeaderLayout | None = None
        self.fields: dict[str, list[int]] = {}
        self.sheet_category, self.result.declared_count = sheet_category(sheet.name, vocab, syn)
        self.section_category: str | None = None
        self.hidden_values = 0
        self.header_keys: set[str] | None = None
        self.reviewer: BasisReviewer | None = None
        self.field_of_column: dict[int, str] | None = None
        self.header_key_length = 0

    # -- cells ----------------------------------------------------------------------------------------
    def own(self, row: int, col: int) -> str:
        """The text the row itself holds in a column (nothing for a cell merged into another)."""
        return "" if (row, col) in self.covered else self.sheet.text(row, col)

    def shown(self, row: int, col: int) -> str:
        """The text Excel shows in the cell: a vertically merged cell shows its top cell's text."""
        m = self.covered.get((row, col))
        if m is None:
            return self.sheet.text(row, col)
        return self.sheet.text(m.first_row, col) if col == m.first_col else ""

    def clean(self, name: str, text: str) -> str:
        if not text:
            return ""
        if name in SINGLE_LINE_FIELDS:
            return single_line(text)
        return unwrap(text) if self.layout and self.layout.wrapped else text

    def values(self, row: int, name: str, own_only: bool) -> list[str]:
        get = self.own if own_only else self.shown
        found: list[str] = []
        for col in self.fields.get(name, []):
            text = self.clean(name, get(row, col))
            if text and text not in found:
                found.append(text)
        if len(found) > 1 and name in SINGLE_LINE_FIELDS | {"serial"}:
            self.notes.add(f"【{name_label(name)}】有多列且内容不同，已合并", row)
        return found

    # -- rows -----------------------------------------------------------------------------------------
    def parse(self) -> SheetResult:
        res = self.result
        res.warnings.extend(self.sheet.notes())
        self.layout = find_header(self.sheet, self.syn)
        if self.layout is None:
            for row in range(1, self.sheet.max_row + 1):
                texts = [t for t in self.sheet.rows.get(row, []) if t]
                res.skip(row, "未找到表头，未导入" if texts else "空行")
            if self.sheet.rows:
                res.warnings.append(
                    f"工作表“{self.sheet.name}”的前 {5} 行中没有找到表头（如“事项名称”“权力类型”），"
                    f"其中 {len(self.sheet.rows)} 行有内容的行未导入"
                )
            return res
        layout = self.layout
        self.fields = layout.fields()
        res.header_rows = list(range(layout.first_row, layout.row + 1))
        res.columns = [{"column": c.index + 1, "label": c.label, "field": c.field} for c in layout.columns]
        self._report_columns()
        for row in range(1, layout.first_row):
            text = next((t for t in self.sheet.rows.get(row, []) if t), "")
            res.skip(row, f"标题行：{single_line(text)[:40]}" if text else "空行")
        current: ParsedItem | None = None
        for row in range(layout.row + 1, self.sheet.max_row + 1):
            current = self._row(row, current)
        res.warnings.extend(self.notes.render())
        if self.hidden_values:
            res.warnings.append(f"有 {self.hidden_values} 个单元格的内容被合并单元格遮住（Excel 中看不到），未导入")
        if res.declared_count is not None and res.declared_count != len(res.items):
            res.warnings.append(
                f"工作表名称标明 {res.declared_count} 项，实际读到 {len(res.items)} 个事项（子项各算一个），请核对"
            )
        return res

    def _report_columns(self) -> None:
        assert self.layout is not None
        unknown = [c.label for c in self.layout.unrecognised()]
        if unknown:
            self.result.warnings.append(
                f"未识别的列（内容原样保存在事项的“其他导入字段”中）：{'、'.join(unknown)}"
            )
        counts = {name: cols for name, cols in self.fields.items() if len(cols) > 1 and name != "serial"}
        for name, cols in counts.items():
            places = "、".join(f"第{c + 1}列" for c in cols)
            self.result.warnings.append(f"【{name_label(name)}】出现在 {len(cols)} 列（{places}），各列内容已合并")
        if "category" not in self.fields:
            where = f"按工作表名称取“{self.sheet_category}”" if self.sheet_category else "事项的权力类型将为空"
            self.result.warnings.append(f"没有“权力类型”列，{where}")

    def _row(self, row: int, current: ParsedItem | None) -> ParsedItem | None:
        res = self.result
        assert self.layout is not None
        cells = self.sheet.rows.get(row, [])
        own_cols = [c for c, t in enumerate(cells) if t and (row, c) not in self.covered]
        self.hidden_values += sum(1 for c, t in enumerate(cells) if t and (row, c) in self.covered)
        if not own_cols:
            if current is not None and self._continues_merge(row):
                current.merged_rows.append(row)
            else:
                res.skip(row, "空行")
            return current
        identity = {self.fields_of(c) for c in own_cols} & set(IDENTITY_FIELDS)
        if identity:
            if self._is_repeated_header(own_cols, row):
                res.skip(row, "重复的表头行")
                return current
            item = self._new_item(row)
            res.items.append(item)
            return item
        first = single_line(cells[own_cols[0]])
        if self._is_repeated_header(own_cols, row):
            res.skip(row, "重复的表头行")
            return current
        section = category_of(_SECTION_PREFIX.sub("", _DECLARED.sub("", first)), self.vocab, self.syn)
        if len(own_cols) == 1 and section:
            self.section_category = section
            res.skip(row, f"分类标题行：{first[:40]}")
            return current
        if _NOTE_ROW.match(first) or (len(own_cols) == 1 and self._is_banner(row, own_cols[0])):
            res.skip(row, f"说明或合计行：{first[:40]}")
            return current
        if all(self.fields_of(c) == "serial" for c in own_cols):
            res.skip(row, f"只有序号“{first}”，没有内容")
            return current
        if current is None:
            res.skip(row, f"第一个事项之前的内容，不属于任何事项：{first[:40]}")
            self.notes.add("表头与第一个事项之间有内容行，未导入", row)
            return current
        self._continue(current, row)
        return current

    def _continues_merge(self, row: int) -> bool:
        """True when some cell of the row belongs to a merged cell that starts in a row above."""
        assert self.layout is not None
        width = max(len(self.sheet.rows.get(row, [])), max((c.index for c in self.layout.columns), default=0) + 1)
        return any((m := self.covered.get((row, c))) is not None and m.first_row < row for c in range(width))

    def fields_of(self, col: int) -> str | None:
        if self.field_of_column is None:
            self.field_of_column = {}
            for name, cols in self.fields.items():
                for c in cols:
                    self.field_of_column.setdefault(c, name)
        return self.field_of_column.get(col)

    def _is_repeated_header(self, own_cols: list[int], row: int) -> bool:
        assert self.layout is not None
        if self.header_keys is None:
            self.header_keys = self.layout.keys()
            self.header_key_length = max(map(len, self.header_keys), default=0)
        keys, longest = self.header_keys, 2 * self.header_key_length  # a long text is no heading
        texts = [self.sheet.text(row, c) for c in own_cols]
        hits = sum(1 for t in texts if len(t) <= longest and label_key(t) in keys)
        return hits >= 2 and hits * 2 >= len(texts)

    def _is_banner(self, row: int, col: int) -> bool:
        for m in self.sheet.merges:
            if m.first_row == row and m.first_col == col and m.last_col - m.first_col >= 2:
                return True
        return False

    # -- items ------------------------------------------------------------------------------------------
    def _new_item(self, row: int) -> ParsedItem:
        item = PowerItem()
        one = {name: "\n".join(self.values(row, name, own_only=False)) for name in self.fields}
        item.code = one.get("code", "")
        item.name = one.get("name", "")
        sub = one.get("sub_name", "")
        if sub in self.syn.no_value.get("sub_name", frozenset()):
            if sub:
                self.notes.add(f"子项名称为“{sub}”，按无子项处理", row)
            sub = ""
        item.sub_name = sub
        item.category = self._category(one.get("category", ""), row)
        if not item.name:
            self.notes.add("缺少事项名称", row)
        item.bases = self._bases(one["bases"], row) if one.get("bases") else []
        for name in TEXT_FIELDS:
            if one.get(name):
                setattr(item, name, one[name])
        self._special_fields(item, one, row)
        content, basis = one.get("responsibility_content", ""), one.get("responsibility_basis", "")
        if content or basis:
            item.responsibilities.append(Responsibility(content=content, basis=basis))
        item.extra.update(self._extra(row, own_only=False))
        provided = {target for name in self.fields for target in FIELD_TARGETS.get(name, (name,))}
        if self.sheet_category or self.section_category:
            provided.add("category")
        return ParsedItem(item, self.sheet.name, row, provided=frozenset(provided))

    def _category(self, text: str, row: int) -> str:
        if text:
            found = category_of(text, self.vocab, self.syn)
            if found is None:
                self.notes.add(f"权力类型“{text}”不在本工作区的类型目录中，已原样保留", row)
                return text
            if self.sheet_category and found != self.sheet_category:
                self.notes.add(f"权力类型“{found}”与工作表名称“{self.sheet.name}”不一致，按行内容导入", row)
            return found
        fallback = self.section_category or self.sheet_category
        if fallback:
            if "category" in self.fields:
                source = "分类标题" if self.section_category else "工作表名称"
                self.notes.add(f"权力类型为空，按{source}取“{fallback}”", row)
            return fallback
        self.notes.add("缺少权力类型", row)
        return ""

    def _special_fields(self, item: PowerItem, one: dict[str, str], row: int) -> None:
        """Fields whose text becomes a flag, a number or a vocabulary term."""
        fee = one.get("fee_basis", "")
        if fee in self.syn.no_value.get("fee_basis", frozenset()):
            item.fee_basis = ""
        item.fee_charged = bool(item.fee_basis or item.fee_standard)
        if item.remarks in self.syn.no_value.get("remarks", frozenset()):
            item.remarks = ""
        for name in CHOICE_FIELDS:
            self._choice(item, name, one.get(name, ""), row)
        for name in LIST_CHOICE_FIELDS:
            if one.get(name):
                setattr(item, name, [p.strip() for p in re.split(r"[、,，;；\n]+", one[name]) if p.strip()])
        for name in FLAG_FIELDS:
            flag = label_key(one.get(name, "")).lower()
            if flag in _TRUE:
                setattr(item, name, True)
            elif flag in _FALSE:
                setattr(item, name, False)
            elif flag:
                item.extra[self._label_of(name)] = one[name]
                self.notes.add(f"“{label(name)}”不是“是/否”，原文保存在其他导入字段", row)
        for name in INT_FIELDS:
            text = one.get(name, "")
            if not text or text in self.syn.no_value.get(name, frozenset()):
                continue
            days = _DAYS.match(label_key(text))
            if days:
                setattr(item, name, int(days.group(1)))
            else:
                item.extra[self._label_of(name)] = text
                self.notes.add(f"【{name_label(name)}】不是工作日天数，原文保存在其他导入字段", row)

    def _choice(self, item: PowerItem, name: str, text: str, row: int) -> None:
        """A vocabulary field: the term the text names, else the text as it is, with a note."""
        if not text:
            return
        spec_vocab = FIELD_VOCABULARY[name]
        found = self.syn.disclosure_scope_values.get(label_key(text)) if name == "disclosure_scope" else None
        found = found or self.vocab.normalise(spec_vocab, label_key(text)) or self.vocab.normalise(spec_vocab, text)
        if found is None:
            self.notes.add(f"{label(name)}“{single_line(text)}”不在词表中，已原样保留", row)
        setattr(item, name, found or text)

    def _label_of(self, name: str) -> str:
        assert self.layout is not None
        return next(c.label for c in self.layout.columns if c.field == name)

    def _extra(self, row: int, own_only: bool) -> dict[str, str]:
        assert self.layout is not None
        get = self.own if own_only else self.shown
        extra: dict[str, str] = {}
        labelled = {c.index for c in self.layout.columns}
        for col in self.layout.unrecognised():
            text = self.clean("", get(row, col.index))
            if text:
                key = col.label if col.label not in extra else f"{col.label}（第{col.index + 1}列）"
                extra[key] = text
        for c in range(len(self.sheet.rows.get(row, []))):
            if c not in labelled and (value := self.clean("", get(row, c))):
                extra[f"第{c + 1}列（无列名）"] = value
                self.notes.add(f"第{c + 1}列没有列名但有内容，已保存在其他导入字段", row)
        return extra

    def _bases(self, text: str, row: int) -> list[LegalBasis]:
        """The bases of a cell, ambiguous tags (【法规】…) settled by the law library."""
        bases = parse_bases(text)
        if self.reviewer is None:  # looked up once per sheet: it checks the law files' dates on disk
            self.reviewer = default_reviewer()
        for warning in settle_levels(text, bases, self.reviewer):
            self.notes.add(warning, row)
        return bases

    def _continue(self, parsed: ParsedItem, row: int) -> None:
        """Add a continuation row's own texts to the item above."""
        item = parsed.item
        parsed.merged_rows.append(row)
        own = {name: "\n".join(self.values(row, name, own_only=True)) for name in self.fields}
        if own.get("bases"):
            item.bases.extend(self._bases(own["bases"], row))
        content, basis = own.get("responsibility_content", ""), own.get("responsibility_basis", "")
        if content or basis:
            item.responsibilities.append(Responsibility(content=content, basis=basis))
        for name in TEXT_FIELDS:
            text = own.get(name, "")
            current = getattr(item, name)
            if text and text not in current:
                setattr(item, name, f"{current}\n{text}" if current else text)
        for key, text in self._extra(row, own_only=True).items():
            item.extra[key] = f"{item.extra[key]}\n{text}" if item.extra.get(key) else text
        for name in (*INT_FIELDS, *FLAG_FIELDS, *LIST_CHOICE_FIELDS, *CHOICE_FIELDS):
            if own.get(name):
                self.notes.add(f"续行中的【{name_label(name)}】未导入（只取事项首行的值）", row)


def name_label(name: str) -> str:
    extra = {"serial": "序号", "responsibility_content": "责任事项内容", "responsibility_basis": "责任事项依据"}
    return extra.get(name) or label(name)
