"""The 责任清单 page beside 事项 and 总览: one tab per part, each a list of entries with its form beside it.

Edits save at once and go on the workbench's undo stack; findings appear under their fields, in the
part's findings list (double-click: go to the entry, or to the power item) and as counts on the page and
the dashboard. `ItemDutiesPanel` shows, for one power item, the entries tied to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.duties import ENTRY_TYPES, PART_LABELS, PARTS, SPOT_CHECKS, SUPERVISION, entry_name
from qlist_desktop.domain.duty_rules import DutyFinding
from qlist_desktop.domain.rules import ERROR
from qlist_desktop.ui.duty_bench import DutyBench
from qlist_desktop.ui.duty_forms import EntryForm, FieldProblem
from qlist_desktop.ui.style import SEVERITY_COLORS
from qlist_desktop.ui.workbench import Workbench

ID_ROLE = Qt.ItemDataRole.UserRole
# Findings on power items shown with a part (the item has no such entry yet).
ITEM_RULES_OF = {"duties": "item-without-duty", SUPERVISION: "supervision-missing"}


def _counts(findings: list[DutyFinding]) -> tuple[int, int]:
    errors = sum(1 for f in findings if f.severity == ERROR)
    return errors, len(findings) - errors


class PartEditor(QWidget):
    """One part: its entries, the form of the current one, and the part's findings."""

    jumpRequested = Signal(int, str)  # power item id, field

    def __init__(self, dbench: DutyBench, part: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dbench, self.part = dbench, part
        self.problems: dict[str, str] = {}
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(lambda _c, _p: self._current_changed())
        self.add_button = QPushButton(self.tr("新增"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        if part == SPOT_CHECKS:
            self.generate_button = QPushButton(self.tr("从行政检查事项生成"), self)
            self.generate_button.clicked.connect(self.generate)
            buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.list, 1)
        left_box.addLayout(buttons)

        self.form = EntryForm(part, self)
        self.form.committed.connect(self._commit)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.findings = QListWidget(self)
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(self._finding_activated)
        self.findings.itemDoubleClicked.connect(self._finding_activated)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(scroll)
        right.addWidget(self.findings)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.refresh()

    # -- showing -------------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def refresh(self) -> None:
        """Rebuild the list from the bench, keeping the current entry."""
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for n, entry in enumerate(self.dbench.entries(self.part), start=1):
            row = QListWidgetItem(f"{n}. {entry_name(self.part, entry) or self.tr('（未命名）')}", self.list)
            row.setData(ID_ROLE, entry.id)
            self._mark(row, self.dbench.findings_of(self.part, entry.id))
        self.list.blockSignals(False)
        self.select(current if current is not None else self._first_id())

    def _first_id(self) -> int | None:
        entries = self.dbench.entries(self.part)
        return entries[0].id if entries else None

    def _mark(self, row: QListWidgetItem, found: list[DutyFinding]) -> None:
        errors, warnings = _counts(found)
        if errors or warnings:
            row.setForeground(SEVERITY_COLORS["error" if errors else "warning"])
            row.setToolTip("\n".join(f.message for f in found))

    def select(self, entry_id: int | None) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(ID_ROLE) == entry_id:
                self.list.setCurrentRow(n)
                self._current_changed()
                return
        self.list.setCurrentRow(-1)
        self._current_changed()

    def _current_changed(self) -> None:
        entry_id = self.current_id()
        self.problems.clear()
        self.form.populate(self.dbench.entry(self.part, entry_id) if entry_id is not None else None)
        self.delete_button.setEnabled(entry_id is not None)
        self.show_findings()

    def show_findings(self) -> None:
        entry_id = self.current_id()
        own = self.dbench.findings_of(self.part, entry_id) if entry_id is not None else []
        self.form.show_findings(own, self.problems)
        self.findings.clear()
        shown = self.dbench.findings_of(self.part)
        rule = ITEM_RULES_OF.get(self.part)
        if rule:
            shown = shown + self.dbench.item_findings(rule)
        for finding in shown:
            where = finding.item_code or finding.entry_label
            row = QListWidgetItem(f"{where}：{finding.message}", self.findings)
            row.setForeground(SEVERITY_COLORS[finding.severity])
            row.setData(ID_ROLE, finding)
        for n in range(self.list.count()):
            row = self.list.item(n)
            self._mark(row, self.dbench.findings_of(self.part, int(row.data(ID_ROLE))))

    def _finding_activated(self, row: QListWidgetItem) -> None:
        finding: DutyFinding = row.data(ID_ROLE)
        if finding.item_id is not None:
            self.jumpRequested.emit(finding.item_id, finding.field)
        else:
            self.select(finding.entry_id)
            self.form.focus_field(finding.field)

    # -- editing -------------------------------------------------------------------------------------
    def _commit(self, name: str) -> None:
        if self.current_id() is None:
            return
        try:
            entry = self.form.read()
        except FieldProblem as exc:
            self.problems = {exc.name: str(exc)}
            self.show_findings()
            return
        had = bool(self.problems)
        self.problems.clear()
        if not self.dbench.save(self.part, entry) and had:
            self.show_findings()

    def commit_pending(self) -> None:
        """Save the field being typed in (before undo, switching entries or closing)."""
        focused = self.focusWidget()
        for name, binding in self.form.bindings.items():
            if focused is not None and (focused is binding.widget or binding.widget.isAncestorOf(focused)):
                self._commit(name)

    def add_entry(self) -> int:
        (entry_id,) = self.dbench.create(self.part, [ENTRY_TYPES[self.part]()])
        self.select(entry_id)
        self.form.focus_field(next(iter(self.form.bindings)))
        return entry_id

    def delete_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.dbench.delete(self.part, entry_id)

    def generate(self) -> list[int]:
        return self.dbench.generate_spot_checks()


class DutiesPage(QWidget):
    """The 责任清单: counts, then a tab per part."""

    jumpRequested = Signal(int, str)  # power item id, field

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dbench = DutyBench(bench)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.editors: dict[str, PartEditor] = {}
        for part in PARTS:
            editor = PartEditor(self.dbench, part, self)
            editor.jumpRequested.connect(self.jumpRequested)
            self.editors[part] = editor
            self.tabs.addTab(editor, self.tr(PART_LABELS[part]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.dbench.changed.connect(self._parts_changed)
        self.dbench.findingsChanged.connect(self._findings_changed)
        self.dbench.entryShown.connect(self.show_entry)
        self.dbench.showRequested.connect(self.show_entry)
        self._findings_changed()

    def show_entry(self, part: str, entry_id: int) -> None:
        self.tabs.setCurrentWidget(self.editors[part])
        self.editors[part].select(entry_id)

    def commit_pending(self) -> None:
        for editor in self.editors.values():
            editor.commit_pending()

    def _parts_changed(self, parts: list[str]) -> None:
        for part in parts:
            self.editors[part].refresh()

    def _findings_changed(self) -> None:
        for n, part in enumerate(PARTS):
            errors, warnings = _counts(self.dbench.findings_of(part))
            marks = f"（{errors + warnings}）" if errors or warnings else ""
            self.tabs.setTabText(n, self.tr(PART_LABELS[part]) + marks)
            self.editors[part].show_findings()
        self.summary.setText(summary_text(self.dbench))


def summary_text(dbench: DutyBench) -> str:
    counts = "　".join(f"{PART_LABELS[p]} {len(dbench.entries(p))} 项" for p in PARTS)
    errors, warnings = _counts(dbench.findings)
    return f"责任清单：{counts}　|　错误 {errors} · 警告 {warnings}"


class DutySummary(QWidget):
    """The 责任清单 line of the dashboard: counts per part and its findings, and a way to open it."""

    openRequested = Signal()

    def __init__(self, dbench: DutyBench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dbench = dbench
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        button = QPushButton(self.tr("打开责任清单"), self)
        button.clicked.connect(self.openRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(button)
        dbench.findingsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.label.setText(summary_text(self.dbench))


class ItemDutiesPanel(QWidget):
    """For one power item: its duty, boundaries, supervision measures (and the rest); double-click to go."""

    def __init__(self, bench: Workbench, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench, self.item_id = bench, item_id
        self.dbench = DutyBench.find(bench)
        self.list = QListWidget(self)
        self.list.itemActivated.connect(self._go)
        self.list.itemDoubleClicked.connect(self._go)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("本事项在责任清单中的对应条目（双击跳转）："), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        if self.dbench is not None:
            self.dbench.changed.connect(lambda _p: self.refresh())
            self.dbench.findingsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.dbench is None or self.item_id not in self.bench.live.items:
            return
        code = self.bench.peek(self.item_id).code
        for part, entries in self.dbench.links_of(code).items():
            for entry_id, name in entries:
                row = QListWidgetItem(f"【{PART_LABELS[part]}】{name}", self.list)
                row.setData(ID_ROLE, (part, entry_id))
        own = [f.message for f in self.dbench.findings if f.item_id == self.item_id]
        self.note.setText("\n".join(own) if own else ("" if self.list.count() else self.tr("尚未对应任何条目")))
        self.note.setProperty("role", "finding-error" if own else "hint")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)

    def _go(self, row: QListWidgetItem) -> None:
        if self.dbench is not None:
            part, entry_id = row.data(ID_ROLE)
            self.dbench.showRequested.emit(part, entry_id)
