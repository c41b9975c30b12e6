"""The import dialog: preview on a worker thread, import on confirm, refusal of a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES
from pytestqt.qtbot import QtBot

from qlist_desktop.domain.items import Department
from qlist_desktop.services.items import load_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.import_dialog import ImportDialog

SCIENCE = FIXTURES / "克拉玛依市科学技术局2024年权责清单.xls"
DEFENCE = FIXTURES / "国动办权责清单公示.xlsx"


@pytest.fixture
def ws(tmp_path: Path):
    workspace = Workspace.create(tmp_path / "dept.qlist")
    initialise(workspace, Department(name="测试局"))
    yield workspace
    workspace.close()


def _tree_texts(tree) -> list[str]:
    out = []

    def walk(node) -> None:
        for i in range(node.childCount()):
            child = node.child(i)
            out.append(" | ".join(child.text(c) for c in range(tree.columnCount())))
            walk(child)

    walk(tree.invisibleRootItem())
    return out


def test_preview_then_import_on_confirm(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    dialog = ImportDialog(ws, [SCIENCE, DEFENCE])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=20_000):
        dialog.open()
    assert "共 22 个事项：新建 22 项" in dialog.summary_label.text()
    items = _tree_texts(dialog.items_tree)
    assert any(t.startswith("技术合同认定登记 | 新建 | 5–6 | 行政确认") for t in items)
    assert any(t.startswith("行政许可（3项） |  |  | 4 个事项：行政许可 4") for t in items)
    skipped = _tree_texts(dialog.skipped_tree)
    assert any("11–37 | 空行" in t for t in skipped)
    warnings = _tree_texts(dialog.warnings_tree)
    assert any("工作表名称标明 3 项，实际读到 4 个事项" in t for t in warnings)
    assert load_items(ws) == []  # the preview writes nothing
    dialog.grab().save(str(tmp_path / "import_dialog.png"))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.import_button.click()
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert dialog.outcome is not None and len(dialog.outcome.created_ids) == 22
    assert len(load_items(ws)) == 22


def test_a_file_that_is_not_excel_disables_import(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "清单.xlsx"
    bad.write_text("这不是 Excel", encoding="utf-8")
    dialog = ImportDialog(ws, [SCIENCE, bad])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=20_000):
        dialog.open()
    assert "以下文件无法导入" in dialog.summary_label.text()
    assert "“清单.xlsx”不是 Excel 文件" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.cancel_button.click()
    assert load_items(ws) == []
