"""三级四同 in the GUI: restore from a finding, compare a catalog's new version, accept some, undo."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES
from test_catalog_conformity import next_version

from qlist_desktop.domain.items import Department
from qlist_desktop.ui.main_window import MainWindow

CATALOG = FIXTURES / "国动办权责清单公示.xlsx"


def catalog_rules(win: MainWindow, item_id: int) -> list[str]:
    assert win.bench is not None
    return sorted(f.rule for f in win.bench.live.state(item_id).findings if f.rule.startswith("catalog-"))


def test_restore_compare_accept_some_and_undo(qtbot, tmp_path: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.create_workspace(tmp_path / "国动办.qlist", Department("克拉玛依市国动办", "001", "650200"))
    dialog = win.open_catalogs()
    assert dialog is not None
    with qtbot.waitSignal(dialog.items_changed):
        assert dialog.import_files([CATALOG])
    dialog.close()
    bench, editor = win.bench, win.editor
    assert bench is not None and editor is not None and win.item_list is not None
    first = bench.item_ids()[0]

    # A renamed item: the finding in the editor offers 按上级目录恢复, which is one undoable edit.
    catalog_name = bench.peek(first).name
    bench.set_fields(first, {"name": catalog_name + "（本级）"})
    win.item_list.select_item(first)
    assert catalog_rules(win, first) == ["catalog-name-differs"]
    panel = editor.findings_panel
    row = next(r for r, f in enumerate(panel.model.findings) if f.rule == "catalog-name-differs")
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    assert panel.restore_button.isVisibleTo(panel)
    panel.restore_button.click()
    assert bench.peek(first).name == catalog_name and catalog_rules(win, first) == []
    bench.undo_stack.undo()
    assert catalog_rules(win, first) == ["catalog-name-differs"]
    bench.undo_stack.redo()

    # The next version: 2 removed, 3 added, 4 changed; accept all but one change and one removal.
    assert win.ws is not None
    version, made = next_version(win.ws, tmp_path / "2027")
    dialog = win.open_catalogs()
    assert dialog is not None
    compare = dialog.compare_file(version)
    assert compare is not None
    qtbot.addWidget(compare)
    comparison = compare.comparison
    assert (len(comparison.added), len(comparison.removed), len(comparison.changed), len(comparison.unchanged)) == (
        3, 2, 4, 12)
    assert compare.table.rowCount() == 21 and len(compare.accept_rows) == 6
    assert "新增 3 条（默认认领），取消 2 条，变更 4 条，未变 12 条" in compare.summary.text()
    kept_change, kept_removal = comparison.changed[0], comparison.removed[0]
    compare.set_accepted(kept_change.old.id, False)
    compare.set_accepted(kept_removal.id, False)
    compare.table.resizeRowsToContents()
    compare.grab().save(str(tmp_path / "compare.png"))
    compare.grab().save("/tmp/compare16.png")

    compare.merge()
    assert win.item_list.model.rowCount() == 21
    changed_ids = [c.old.claimed_item_id or 0 for c in comparison.changed]
    removed_ids = [e.claimed_item_id or 0 for e in comparison.removed]
    assert catalog_rules(win, changed_ids[0]) == ["catalog-category-differs"]  # not accepted: deviates
    assert all(catalog_rules(win, i) == [] for i in changed_ids[1:])
    assert bench.peek(removed_ids[1]).disposition == "取消" and bench.peek(removed_ids[0]).disposition == ""
    assert bench.is_local_new(removed_ids[0]) and not bench.is_local_new(removed_ids[1])
    assert "已合并新版本：新认领 3 项，按新版本更新 4 项" in dialog.message.text()
    assert dialog.table.rowCount() == 19 and "本级新增" in dialog.local_new.text()

    # One undo takes back every accepted change; the new version stays what the items are checked against.
    assert bench.undo_stack.undoText() == "接受上级目录新版本的 4 项变更"
    bench.undo_stack.undo()
    assert all(catalog_rules(win, i) for i in changed_ids)
    assert bench.peek(removed_ids[1]).disposition == ""
    bench.undo_stack.redo()
    assert all(catalog_rules(win, i) == [] for i in changed_ids[1:])
    assert bench.peek(removed_ids[1]).disposition == "取消"
    win.item_list.local_new_only.setChecked(True)
    assert win.item_list.proxy.rowCount() == 1
    assert made["added"][0] in {bench.peek(i).name for i in bench.item_ids()}

