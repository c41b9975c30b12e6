"""The field registry is the one description of an item field: every place that needs one derives from it."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import fields
from pathlib import Path

import openpyxl
from sqlalchemy import inspect

from qlist_desktop.domain.fields import FIELDS, SPECS, TR_CONTEXT, Group, Kind, import_targets
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.vocab import default_vocabularies
from qlist_desktop.importing import read_file
from qlist_desktop.paths import resource
from qlist_desktop.storage.schema import ItemRow

BOOKKEEPING = {"id", "created_at", "updated_at"}


def _synonyms() -> dict[str, list[str]]:
    return json.loads(resource("import_headers.json").read_text(encoding="utf-8"))["fields"]


def test_every_item_field_has_a_spec_and_every_spec_a_field() -> None:
    attributes = {f.name for f in fields(PowerItem)} - BOOKKEEPING
    assert attributes - set(SPECS) == set(), "PowerItem fields without a FieldSpec in domain/fields.py"
    assert set(SPECS) - attributes == set(), "FieldSpecs naming no PowerItem field"


def test_every_stored_field_has_a_column() -> None:
    columns = {c.key for c in inspect(ItemRow).columns}
    stored = {s.name for s in FIELDS if s.kind not in (Kind.BASES, Kind.RESPONSIBILITIES)}
    assert stored - columns == set(), "item fields without an ORM column (and migration)"


def test_every_importable_spec_has_synonyms_and_every_synonym_key_a_spec() -> None:
    synonyms = _synonyms()
    for spec in FIELDS:
        for column in spec.columns:
            assert synonyms.get(column), f"{spec.name}: no import header synonyms for “{column}”"
    assert set(synonyms) - set(import_targets()) == {"serial"}, "header keys that set no item field"


def test_choice_fields_name_a_vocabulary() -> None:
    vocab = default_vocabularies()
    for spec in FIELDS:
        if spec.kind in (Kind.CHOICE, Kind.OPEN_CHOICE, Kind.CHOICE_LIST):
            assert vocab.labels(spec.vocabulary), f"{spec.name}: vocabulary “{spec.vocabulary}” is empty or unknown"


def test_every_label_and_group_has_an_english_translation() -> None:
    root = ET.parse(resource("translations", "qlist_desktop_en.ts")).getroot()
    done = {
        m.findtext("source"): m.findtext("translation")
        for c in root.iter("context") if c.findtext("name") == TR_CONTEXT
        for m in c.iter("message")
    }
    texts = {s.label for s in FIELDS} | {g.value for g in Group} | {s.hint for s in FIELDS if s.hint}
    texts |= {s.check_text for s in FIELDS if s.check_text}
    missing = sorted(t for t in texts if not done.get(t))
    assert missing == [], f"registry texts without an English translation: {missing}"


def _sample(spec_name: str) -> str:
    kind = SPECS[spec_name].kind
    vocab = default_vocabularies()
    if kind is Kind.INT:
        return "15个工作日"
    if kind is Kind.BOOL:
        return "否"
    if kind in (Kind.CHOICE, Kind.CHOICE_LIST):
        return vocab.labels(SPECS[spec_name].vocabulary)[-1]
    if kind is Kind.BASES:
        return "【法律】《中华人民共和国统计法》第三十七条：样例条文"
    return f"样例{spec_name}"


def test_a_column_of_every_importable_field_sets_that_field(tmp_path: Path) -> None:
    """One workbook with a column for every header key: each field the registry says is importable is set."""
    keys = [k for k in _synonyms() if k != "serial"]
    synonyms = _synonyms()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([synonyms[k][0] for k in keys])
    values = {k: _sample(import_targets()[k][-1]) if k in SPECS else f"样例{k}" for k in keys}
    values["category"] = "行政处罚"
    values["fee_basis"] = "《某收费办法》"
    sheet.append([values[k] for k in keys])
    path = tmp_path / "每个字段.xlsx"
    book.save(path)

    result = read_file(path, default_vocabularies())
    assert result.error == ""
    (parsed,) = result.items
    item = parsed.item
    empty = PowerItem()
    for spec in FIELDS:
        if not spec.importable:
            continue
        assert spec.name in parsed.provided, f"{spec.name}: its column is not counted as provided"
        assert getattr(item, spec.name) != getattr(empty, spec.name), f"{spec.name}: its column set nothing"
    assert item.extra == {}
