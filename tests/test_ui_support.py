"""The workbench's Qt-free services: live validation, item templates, duplicates, progress."""

from __future__ import annotations

import pytest

from qlist_desktop.domain.items import Department, LegalBasis, PowerItem
from qlist_desktop.services.items import create_items, get_item, update_item
from qlist_desktop.services.settings import initialise
from qlist_desktop.services.ui_support import (
    LiveValidation,
    blocking_findings,
    duplicate_of,
    new_item,
    progress_by_category,
    search_text,
)
from qlist_desktop.services.validation import validate_workspace
from qlist_desktop.storage.workspace import Workspace


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "s.qlist") as workspace:
        initialise(workspace, Department("某县统计局", "101", "650203"))
        yield workspace


def _item(code: str, name: str, category: str = "行政检查") -> PowerItem:
    return PowerItem(code=code, name=name, category=category, exercising_body="某县统计局", handling_unit="执法科",
                     bases=[LegalBasis("法律", "中华人民共和国统计法", "", "第三十三条")])


def test_live_validation_matches_a_full_run_after_edits(ws):
    a, b, c = create_items(ws, [_item("650203101JC00100", "统计执法检查"), _item("650203101JC00200", "统计调查检查"),
                                _item("650203101CF00100", "统计行政处罚", "行政处罚")])
    live = LiveValidation.for_workspace(ws)
    assert not any(f.rule.startswith("duplicate") for f in live.all_findings())
    # b takes a's name and c's code: both partners get duplicate findings without being edited.
    update_item(ws, b.id, {"name": "统计执法检查", "code": "650203101CF00100"})
    touched = live.put([get_item(ws, b.id)])
    assert {a.id, b.id, c.id} <= touched
    assert sorted(map(str, live.all_findings())) == sorted(map(str, validate_workspace(ws)))
    live.remove([b.id])
    assert not any(f.rule.startswith("duplicate") for f in live.all_findings())


def test_new_item_from_category_template(ws):
    create_items(ws, [_item("650203101XK00100", "统计调查项目审批", "行政许可")])
    item = new_item(ws, "行政许可")
    assert item.code == "650203101XK00200"
    assert item.exercising_body == "某县统计局" and item.status == "草稿"
    assert [r.stage for r in item.responsibilities] == ["受理", "审查", "决定", "送达", "事后监管"]


def test_duplicate_is_the_next_sub_item(ws):
    (original,) = create_items(ws, [_item("650203101JC00100", "统计执法检查")])
    twin = duplicate_of(ws, original)
    assert twin.id is None and twin.code == "650203101JC00101" and twin.sub_name == "（副本）"
    assert twin.bases == original.bases and twin.bases is not original.bases


def test_progress_and_blockers(ws):
    create_items(ws, [_item("650203101JC00100", "统计执法检查"),
                      PowerItem(code="bad", name="无依据", category="行政检查")])
    live = LiveValidation.for_workspace(ws)
    (progress,) = progress_by_category(live, ["行政许可", "行政检查"])
    assert progress.category == "行政检查" and progress.with_errors == 1 and progress.total == 2
    assert {f.code for f in blocking_findings(live)} == {"bad"}
    assert "统计法" in search_text(live.items[min(live.items)])
