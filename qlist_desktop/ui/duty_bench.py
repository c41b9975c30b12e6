"""The responsibility list (责任清单) as the GUI sees it: a QObject beside the workbench that edits through
`services.duties`, each edit a `QUndoCommand` on the workbench's own undo stack (one Ctrl+Z for items and
entries alike). Findings are recomputed after every change of an entry or an item."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from qlist_desktop.domain.duties import PART_LABELS, Entry, ResponsibilityList, entry_name
from qlist_desktop.domain.duty_rules import DutyFinding
from qlist_desktop.services import duties as duty_service
from qlist_desktop.ui.workbench import SOURCE, Workbench

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literals



class DutyBench(QObject):
    """The workspace's responsibility list with its findings; a child of the workbench (`find(bench)`)."""

    changed = Signal(list)  # parts whose entries changed
    findingsChanged = Signal()
    entryShown = Signal(str, int)  # part, entry id: where the last done/undone edit happened
    showRequested = Signal(str, int)  # someone (an item's panel) asks to show this entry

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        self.ws = bench.ws
        self.rlist = duty_service.load_list(self.ws)
        self.findings: list[DutyFinding] = []
        self._recheck()
        self._timer = QTimer(self)  # several item edits in one event-loop turn: one re-check
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._recheck)
        for signal in (bench.itemsChanged, bench.itemsAdded, bench.itemsRemoved):
            signal.connect(lambda _ids: self._timer.start())

    @staticmethod
    def find(bench: Workbench) -> DutyBench | None:
        return bench.findChild(DutyBench)

    # -- reading ------------------------------------------------------------------------------------
    def entries(self, part: str) -> list[Entry]:
        return self.rlist.part(part)

    def entry(self, part: str, entry_id: int) -> Entry:
        """A copy of the entry (callers may change it freely)."""
        return copy.deepcopy(next(e for e in self.rlist.part(part) if e.id == entry_id))

    def findings_of(self, part: str, entry_id: int | None = None) -> list[DutyFinding]:
        return [f for f in self.findings if f.part == part and (entry_id is None or f.entry_id == entry_id)]

    def item_findings(self, rule: str) -> list[DutyFinding]:
        return [f for f in self.findings if f.item_id is not None and f.rule == rule]

    def links_of(self, code: str) -> dict[str, list[tuple[int, str]]]:
        return duty_service.entries_for_item(self.rlist, code)

    # -- editing ------------------------------------------------------------------------------------
    def save(self, part: str, entry: Entry) -> bool:
        """Write an edited entry as one undoable edit; False when nothing changed."""
        old = self.entry(part, entry.id or 0)
        if old == entry:
            return False
        what = translate("DutyBench", "修改{part}“{name}”").format(
            part=PART_LABELS[part], name=entry_name(part, entry)[:16])
        self.bench.undo_stack.push(SaveEntryCommand(self, part, old, copy.deepcopy(entry), what))
        return True

    def create(self, part: str, entries: list[Entry], text: str = "") -> list[int]:
        command = CreateEntriesCommand(self, part, entries, text or translate("DutyBench", "新增{part}").format(
            part=PART_LABELS[part]))
        self.bench.undo_stack.push(command)
        return command.ids

    def delete(self, part: str, entry_id: int) -> None:
        entry = self.entry(part, entry_id)
        what = translate("DutyBench", "删除{part}“{name}”").format(
            part=PART_LABELS[part], name=entry_name(part, entry)[:16])
        self.bench.undo_stack.push(DeleteEntryCommand(self, part, entry, what))

    def generate_spot_checks(self) -> list[int]:
        todo = duty_service.missing_spot_checks(self.ws)
        if not todo:
            return []
        return self.create("spot_checks", list(todo), translate("DutyBench", "生成随机抽查事项 {n} 项").format(
            n=len(todo)))

    # -- refreshing ------------------------------------------------------------------------------------
    def _after(self, part: str, shown: int | None) -> None:
        self.rlist = duty_service.load_list(self.ws)
        self._recheck()
        self.changed.emit([part])
        if shown is not None:
            self.entryShown.emit(part, shown)

    def _recheck(self) -> None:
        self.findings = duty_service.duty_findings(self.ws, list(self.bench.live.items.values()), self.rlist)
        self.findingsChanged.emit()

    def replace_list(self, rlist: ResponsibilityList) -> None:
        """Take a list re-read from the workspace (tests, or after an import)."""
        self.rlist = rlist
        self._recheck()


class SaveEntryCommand(QUndoCommand):
    def __init__(self, dbench: DutyBench, part: str, old: Entry, new: Entry, text: str) -> None:
        super().__init__(text)
        self.dbench, self.part, self.old, self.new = dbench, part, old, new

    def _apply(self, entry: Entry) -> None:
        duty_service.update_entry(self.dbench.ws, self.part, copy.deepcopy(entry), SOURCE)
        self.dbench._after(self.part, entry.id)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class CreateEntriesCommand(QUndoCommand):
    """New entries; undo deletes them, redo puts them back under the same ids and places."""

    def __init__(self, dbench: DutyBench, part: str, entries: list[Entry], text: str) -> None:
        super().__init__(text)
        self.dbench, self.part = dbench, part
        self.entries = [copy.deepcopy(e) for e in entries]
        self.ids: list[int] = []
        self.positions: dict[int, int] = {}

    def redo(self) -> None:
        if self.ids:
            placed = [(copy.deepcopy(e), self.positions[e.id or 0]) for e in self.entries]
            duty_service.restore_entries(self.dbench.ws, self.part, placed, SOURCE)
        else:
            for entry in self.entries:
                entry.id = None
            self.ids = duty_service.create_entries(self.dbench.ws, self.part, self.entries, SOURCE).created
            self.positions = duty_service.entry_positions(self.dbench.ws, self.ids)
        self.dbench._after(self.part, self.ids[0] if self.ids else None)

    def undo(self) -> None:
        duty_service.delete_entries(self.dbench.ws, self.part, self.ids, SOURCE)
        self.dbench._after(self.part, None)


class DeleteEntryCommand(QUndoCommand):
    def __init__(self, dbench: DutyBench, part: str, entry: Entry, text: str) -> None:
        super().__init__(text)
        self.dbench, self.part, self.entry = dbench, part, entry
        self.position = duty_service.entry_positions(dbench.ws, [entry.id or 0]).get(entry.id or 0, 0)

    def redo(self) -> None:
        duty_service.delete_entries(self.dbench.ws, self.part, [self.entry.id or 0], SOURCE)
        self.dbench._after(self.part, None)

    def undo(self) -> None:
        duty_service.restore_entry(self.dbench.ws, self.part, copy.deepcopy(self.entry), self.position, SOURCE)
        self.dbench._after(self.part, self.entry.id)
