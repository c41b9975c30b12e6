"""The open workspace as the GUI sees it: one QObject that edits through the core services.

Every change is a `QUndoCommand` whose redo/undo each make one core service call (`update_item`,
`create_items`, `set_deleted`, `undo_import` …), so undo and redo are saved at once like any edit. Whatever
writes — an edit here, or an import, export, review or saved chart done by a dialog, on or off the UI thread
— ends in `announce(OpChanges)`: the caches are refreshed from it and `changed` broadcasts it, and every view
refreshes from that alone (the item-level signals below are derived from it).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from qlist_desktop.domain.catalog_rules import restore_values
from qlist_desktop.domain.flowchart import CHART_FIELD, Flowchart
from qlist_desktop.domain.items import Department, PowerItem, item_to_dict
from qlist_desktop.services import items as item_service
from qlist_desktop.services.bulk_edit import set_many
from qlist_desktop.services.catalog_versions import MergeResult, VersionComparison, accepted_changes, merge_version
from qlist_desktop.services.catalogs import list_catalogs
from qlist_desktop.services.conformity import catalog_links, is_local_new
from qlist_desktop.services.flowcharts import create_chart_from_template, load_charts, save_chart
from qlist_desktop.services.op_changes import Change, OpChanges
from qlist_desktop.services.reviews import Opinion, latest_opinions
from qlist_desktop.services.settings import get_code_scheme, get_department, get_vocabularies, set_department
from qlist_desktop.services.ui_support import LiveValidation, duplicate_of, new_item, search_text
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.i18n import field_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literals

SOURCE = "desktop"



class Workbench(QObject):
    """An open workspace with its undo stack and live validation."""

    itemsChanged = Signal(list)  # ids whose fields or findings changed
    itemsAdded = Signal(list)  # ids now live (created or restored)
    itemsRemoved = Signal(list)  # ids moved to the recycle bin
    departmentChanged = Signal()
    edited = Signal(int, str)  # item id, field name: where the last done/undone edit happened
    changed = Signal(object)  # OpChanges: everything an operation changed, after the caches were refreshed

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.vocab = get_vocabularies(ws)
        self.scheme = get_code_scheme(ws)
        self.department = get_department(ws)
        self.live = LiveValidation.for_workspace(ws)
        self.search_index: dict[int, str] = {i: search_text(item) for i, item in self.live.items.items()}
        self.opinions: dict[int, Opinion] = latest_opinions(ws)
        self.has_catalogs = bool(list_catalogs(ws))
        self.undo_stack = QUndoStack(self)

    # -- reading ----------------------------------------------------------------------------------
    def item_ids(self) -> list[int]:
        return list(self.live.items)

    def item(self, item_id: int) -> PowerItem:
        """A copy of the live item (callers may change it freely)."""
        return copy.deepcopy(self.live.items[item_id])

    def peek(self, item_id: int) -> PowerItem:
        """The cached live item itself; read it, never change it."""
        return self.live.items[item_id]

    def is_local_new(self, item_id: int) -> bool:
        """本级新增: no current catalog has the item (only said once the workspace has a catalog)."""
        return self.has_catalogs and is_local_new(self.live.items[item_id], item_id in self.live.catalog)

    # -- editing ------------------------------------------------------------------------------------
    def set_fields(self, item_id: int, changes: dict[str, Any]) -> None:
        """Change fields of one item as one undoable edit (nothing happens when nothing changes)."""
        self.set_fields_many({item_id: changes}, self._describe(item_id, changes))

    def set_fields_many(self, changes: dict[int, dict[str, Any]], text: str) -> None:
        current = {i: self.live.items[i] for i in changes}
        real = {
            i: {k: v for k, v in ch.items() if item_to_dict(current[i])[k] != _plain(v)} for i, ch in changes.items()
        }
        real = {i: ch for i, ch in real.items() if ch}
        if real:
            self.undo_stack.push(SetFieldsCommand(self, real, text))

    def create(self, items: list[PowerItem], text: str) -> list[int]:
        command = CreateItemsCommand(self, items, text)
        self.undo_stack.push(command)
        return command.ids

    def new_item(self, category: str) -> int:
        """A new item of the category, with the category's flowchart template as its starting chart."""
        item = new_item(self.ws, category)
        item_id = self.create([item], translate("Workbench", "新建事项 {code}").format(code=item.code))[0]
        create_chart_from_template(self.ws, item_id, SOURCE)
        self.reload_items([item_id])
        return item_id

    def duplicate(self, item_id: int) -> int:
        twin = duplicate_of(self.ws, self.live.items[item_id], self.department)
        return self.create([twin], translate("Workbench", "复制事项 {code}").format(
            code=self.live.items[item_id].code))[0]

    def delete(self, ids: list[int]) -> None:
        ids = [i for i in ids if i in self.live.items]
        if ids:
            self.undo_stack.push(SetDeletedCommand(self, ids, True, translate("Workbench", "删除 {n} 个事项").format(
                n=len(ids))))

    def restore(self, ids: list[int]) -> None:
        if ids:
            self.undo_stack.push(SetDeletedCommand(self, ids, False, translate("Workbench", "恢复 {n} 个事项").format(
                n=len(ids))))

    def save_chart(self, item_id: int, old: Flowchart | None, new: Flowchart) -> bool:
        """Store an item's edited chart as one undoable step (undo stores what was there before)."""
        if old == new:
            return False
        code = self.live.items[item_id].code if item_id in self.live.items else ""
        text = translate("Workbench", "修改 {code} 的流程图").format(code=code)
        self.undo_stack.push(SaveChartCommand(self, item_id, old, new, text))
        return True

    # -- 三级四同 ----------------------------------------------------------------------------------------
    def restore_from_catalog(self, ids: list[int], aspects: tuple[str, ...] | None = None) -> None:
        """按上级目录恢复: items' name, code, category or bases back to their catalog entries, as one edit."""
        changes = {i: restore_values(self.live.items[i], self.live.catalog[i], aspects)
                   for i in ids if i in self.live.catalog and i in self.live.items}
        self.set_fields_many(changes, translate("Workbench", "按上级目录恢复 {n} 个事项").format(n=len(changes)))

    def merge_catalog_version(self, comparison: VersionComparison, accept: list[int]) -> tuple[MergeResult, int]:
        """Make the file the catalog's current version, then accept the chosen changes as ONE undoable edit.

        Undoing the edit gives the items their old values back; the new version stays the catalog they are
        checked against, so they then show as deviating from it."""
        changes = accepted_changes(self.ws, comparison, accept)
        result = merge_version(self.ws, comparison)
        self.refresh_catalog()
        if result.created:
            self._added(result.created)
        self.set_fields_many(changes, translate("Workbench", "接受上级目录新版本的 {n} 项变更").format(n=len(changes)))
        return result, len(changes)

    def refresh_catalog(self) -> None:
        """Re-read which catalog entry each item is checked against (after claiming or a new version)."""
        self.has_catalogs = bool(list_catalogs(self.ws))
        touched = self.live.set_catalog({i: link.entry for i, link in catalog_links(self.ws).items()})
        self.itemsChanged.emit(sorted(touched | set(self.live.items)))

    def deleted_rows(self) -> list[item_service.ItemSummary]:
        return item_service.list_rows(self.ws, deleted=True)

    def set_department(self, department: Department) -> None:
        """The department's details (not item data, so not on the undo stack)."""
        set_department(self.ws, department)
        self.department = get_department(self.ws)
        self.departmentChanged.emit()

    def _describe(self, item_id: int, changes: dict[str, Any]) -> str:
        labels = "、".join(field_label(name) for name in changes)
        return translate("Workbench", "修改 {code} 的【{fields}】").format(
            code=self.live.items[item_id].code, fields=labels)

    # -- refreshing after a service call ------------------------------------------------------------------
    def announce(self, changes: OpChanges) -> None:
        """Refresh the caches from what an operation changed, then broadcast it (`changed`)."""
        if not changes:
            return
        if changes.touches(Change.SETTINGS):
            self.vocab = get_vocabularies(self.ws)
            self.scheme = get_code_scheme(self.ws)
            self.department = get_department(self.ws)
            self.departmentChanged.emit()
        if changes.touches(Change.OPINIONS) or changes.touches(Change.SUBMISSIONS):
            self.opinions = latest_opinions(self.ws)
        live = set(self.live.items)
        if changes.touches(Change.CATALOG):
            self.refresh_catalog()
        if changes.touches(Change.CHARTS):
            ids = sorted((changes.created | changes.updated) - changes.deleted)
            charts = load_charts(self.ws, ids)
            self.live.set_charts({i: charts.get(i) for i in ids})
        if changes.deleted & live:
            self._removed(sorted(changes.deleted & live))
        if changes.created:
            self._added(sorted(changes.created))
        updated = sorted(changes.updated - changes.created - changes.deleted)
        if updated:
            self._reload([i for i in updated if i in live])
        self.changed.emit(changes)

    def push_done(self, text: str, changes: OpChanges, undo: Callable[[], OpChanges],
                  redo: Callable[[], OpChanges]) -> None:
        """Put an operation already done (e.g. an import on a worker thread) on the undo stack, and announce it."""
        self.undo_stack.push(OperationCommand(self, text, changes, undo, redo))

    def resync(self) -> OpChanges:
        """Find and announce what changed in the workspace behind the workbench's back (ids and update stamps)."""
        rows = {r.id: r.updated_at for r in item_service.list_rows(self.ws)}
        cached = {i: item.updated_at for i, item in self.live.items.items()}
        changes = OpChanges.of(
            Change.CATALOG,
            created=set(rows) - set(cached),
            deleted=set(cached) - set(rows),
            updated={i for i in set(rows) & set(cached) if rows[i] != cached[i]},
        )
        self.announce(changes)
        return changes

    def reload_items(self, ids: list[int]) -> None:
        """Re-read items whose charts or opinions changed outside the undo stack."""
        self.announce(OpChanges.of(Change.CHARTS, Change.OPINIONS, updated=ids))

    def reload_reviews(self) -> None:
        """Re-read every item's newest opinion and status (after a feedback sheet was imported)."""
        before = self.opinions
        after = latest_opinions(self.ws)
        changed = sorted(i for i in set(before) | set(after) if before.get(i) != after.get(i))
        self.announce(OpChanges.of(Change.OPINIONS, updated=[i for i in changed if i in self.live.items]))

    def _reload(self, ids: list[int]) -> None:
        items = item_service.load_items(self.ws, ids)
        for item in items:
            self.search_index[item.key] = search_text(item)
        touched = self.live.put(items)
        self.itemsChanged.emit(sorted(touched | set(ids)))

    def _added(self, ids: list[int]) -> None:
        items = item_service.load_items(self.ws, ids)
        for item in items:
            self.search_index[item.key] = search_text(item)
        touched = self.live.put(items)
        self.itemsAdded.emit(list(ids))
        others = sorted(touched - set(ids))
        if others:
            self.itemsChanged.emit(others)

    def _removed(self, ids: list[int]) -> None:
        touched = self.live.remove(ids)
        for item_id in ids:
            self.search_index.pop(item_id, None)
        self.itemsRemoved.emit(list(ids))
        if touched:
            self.itemsChanged.emit(sorted(touched))


def _plain(value: Any) -> Any:
    """A field value in the JSON-ready shape of `item_to_dict`, for comparing."""
    if isinstance(value, list):
        return [vars(v).copy() if hasattr(v, "__dataclass_fields__") else v for v in value]
    return value


class SetFieldsCommand(QUndoCommand):
    """Field changes of one or more items; old values are captured from the live cache."""

    def __init__(self, bench: Workbench, changes: dict[int, dict[str, Any]], text: str) -> None:
        super().__init__(text)
        self.bench = bench
        self.new = {i: copy.deepcopy(ch) for i, ch in changes.items()}
        self.old = {i: {k: copy.deepcopy(getattr(bench.live.items[i], k)) for k in ch} for i, ch in changes.items()}

    def _apply(self, values: dict[int, dict[str, Any]]) -> None:
        set_many(self.bench.ws, copy.deepcopy(values), SOURCE)  # one transaction, however many items
        self.bench._reload(list(values))
        first = next(iter(values))
        self.bench.edited.emit(first, next(iter(values[first])))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class CreateItemsCommand(QUndoCommand):
    """New items; undo moves them to the recycle bin, redo brings them back (ids stay stable)."""

    def __init__(self, bench: Workbench, items: list[PowerItem], text: str) -> None:
        super().__init__(text)
        self.bench = bench
        self.items = items
        self.ids: list[int] = []

    def redo(self) -> None:
        if self.ids:
            item_service.set_deleted(self.bench.ws, self.ids, False, SOURCE)
        else:
            self.ids = [item.key for item in item_service.create_items(self.bench.ws, self.items, SOURCE)]
        self.bench._added(self.ids)
        self.bench.edited.emit(self.ids[0], "")

    def undo(self) -> None:
        item_service.set_deleted(self.bench.ws, self.ids, True, SOURCE)
        self.bench._removed(self.ids)


class SaveChartCommand(QUndoCommand):
    """One stored edit of an item's chart."""

    def __init__(self, bench: Workbench, item_id: int, old: Flowchart | None, new: Flowchart, text: str) -> None:
        super().__init__(text)
        self.bench, self.item_id = bench, item_id
        self.old, self.new = copy.deepcopy(old), copy.deepcopy(new)

    def _store(self, chart: Flowchart | None) -> None:
        save_chart(self.bench.ws, self.item_id, copy.deepcopy(chart), SOURCE)
        self.bench.announce(OpChanges.of(Change.CHARTS, updated=[self.item_id]))
        self.bench.edited.emit(self.item_id, CHART_FIELD)

    def redo(self) -> None:
        self._store(self.new)

    def undo(self) -> None:
        self._store(self.old)


class OperationCommand(QUndoCommand):
    """An operation whose service calls were done already; undo and redo each announce what they changed."""

    def __init__(self, bench: Workbench, text: str, done: OpChanges, undo: Callable[[], OpChanges],
                 redo: Callable[[], OpChanges]) -> None:
        super().__init__(text)
        self.bench, self.done, self._undo, self._redo = bench, done, undo, redo
        self.first = True

    def redo(self) -> None:
        changes = self.done if self.first else self._redo()
        self.first = False
        self.bench.announce(changes)

    def undo(self) -> None:
        self.bench.announce(self._undo())


class SetDeletedCommand(QUndoCommand):
    """Moving items into the recycle bin, or restoring them from it."""

    def __init__(self, bench: Workbench, ids: list[int], deleted: bool, text: str) -> None:
        super().__init__(text)
        self.bench, self.ids, self.deleted = bench, list(ids), deleted

    def _set(self, deleted: bool) -> None:
        item_service.set_deleted(self.bench.ws, self.ids, deleted, SOURCE)
        if deleted:
            self.bench._removed(self.ids)
        else:
            self.bench._added(self.ids)

    def redo(self) -> None:
        self._set(self.deleted)

    def undo(self) -> None:
        self._set(not self.deleted)
