"""The form of one responsibility-list entry, built from a spec per part; bound explicitly
(`populate(entry)` / `read()`), committing on Enter, leaving a field, choosing an option or editing a row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.duties import (
    ASPECTS,
    BOUNDARIES,
    DUTIES,
    ENTRY_TYPES,
    FIELD_LABELS,
    PARTY_LABELS,
    ROLES,
    SERVICE_CLASSES,
    SERVICES,
    SPOT_CHECKS,
    SUPERVISION,
    WORK_ITEM_LABELS,
    BoundaryParty,
    DutyDataError,
    Entry,
    WorkItem,
    frequency_text,
    parse_frequency,
    parse_ratio,
    ratio_text,
    split_list,
)
from qlist_desktop.domain.duty_rules import DutyFinding
from qlist_desktop.domain.rules import ERROR
from qlist_desktop.ui.item_editor import CommitTextEdit
from qlist_desktop.ui.style import set_severity

LINE, TEXT, CHOICE, LIST, FREQUENCY, RATIO, CODES, ROWS = "line", "text", "choice", "list", "frequency", "ratio", \
    "codes", "rows"
# Per part: (field, kind, options) in form order.
FORMS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    DUTIES: (("title", TEXT, ()), ("work_items", ROWS, ()), ("basis", LINE, ()), ("item_codes", CODES, ())),
    BOUNDARIES: (("matter", LINE, ()), ("parties", ROWS, ()), ("case", TEXT, ()), ("basis", LINE, ()),
                 ("remarks", LINE, ()), ("item_codes", CODES, ())),
    SUPERVISION: (("aspect", CHOICE, ASPECTS), ("matter", LINE, ()), ("target", LINE, ()), ("methods", LIST, ()),
                  ("frequency", FREQUENCY, ()), ("ratio", RATIO, ()), ("section", LINE, ()), ("basis", LINE, ()),
                  ("handling", TEXT, ()), ("item_codes", CODES, ())),
    SERVICES: (("name", LINE, ()), ("category", CHOICE, SERVICE_CLASSES), ("target", LINE, ()), ("content", TEXT, ()),
               ("channel", LINE, ()), ("schedule", LINE, ()), ("section", LINE, ()), ("phone", LINE, ()),
               ("basis", LINE, ()), ("item_codes", CODES, ())),
    SPOT_CHECKS: (("matter", LINE, ()), ("basis", LINE, ()), ("target", LINE, ()), ("ratio", RATIO, ()),
                  ("frequency", FREQUENCY, ()), ("method", TEXT, ()), ("subject", LINE, ()),
                  ("item_codes", CODES, ())),
}
SUB_ROWS: dict[str, tuple[type, dict[str, str]]] = {"work_items": (WorkItem, WORK_ITEM_LABELS),
                                                    "parties": (BoundaryParty, PARTY_LABELS)}
HINTS = {"parties": f"职责分工填写{'、'.join(ROLES)}之一；只能有一个牵头部门",
         FREQUENCY: "如：每季度不少于1次、每年2次、不定期", RATIO: "如：检查率100%、抽检率不少于10%",
         LIST: "多项用顿号分隔，如：书面检查、实地检查", CODES: "事项编码，多个用顿号或空格分隔"}


class FieldProblem(ValueError):
    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


class RowsTable(QWidget):
    """An editable table of sub-rows (work items, departments) with add/remove buttons."""

    committed = Signal()

    def __init__(self, row_type: type, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_type, self.keys = row_type, list(labels)
        self.view = QTableWidget(0, len(self.keys), self)
        self.view.setHorizontalHeaderLabels(list(labels.values()))
        header = self.view.horizontalHeader()
        for c, key in enumerate(self.keys):
            wide = key in ("content", "duty")
            mode = QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(c, mode)
            if not wide:
                self.view.setColumnWidth(c, 70 if key == "role" else 120)
        self.view.setMinimumHeight(170)
        self.view.cellChanged.connect(lambda _r, _c: self._changed())
        self.add_button = QPushButton(self.tr("添加一行"), self)
        self.remove_button = QPushButton(self.tr("删除所选行"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._filling = False

    def set_rows(self, rows: list[Any]) -> None:
        self._filling = True
        try:
            self.view.setRowCount(0)
            for row in rows:
                self._append([getattr(row, k) for k in self.keys])
        finally:
            self._filling = False

    def _append(self, values: list[str]) -> None:
        r = self.view.rowCount()
        self.view.insertRow(r)
        for c, value in enumerate(values):
            self.view.setItem(r, c, QTableWidgetItem(value))

    def rows(self) -> list[Any]:
        result = []
        for r in range(self.view.rowCount()):
            cells = [self.view.item(r, c) for c in range(len(self.keys))]
            values = [(cell.text() if cell is not None else "").strip() for cell in cells]
            if any(values):
                result.append(self.row_type(**dict(zip(self.keys, values, strict=True))))
        return result

    def add_row(self) -> None:
        self._filling = True
        try:
            self._append([""] * len(self.keys))
        finally:
            self._filling = False
        self.view.setCurrentCell(self.view.rowCount() - 1, 0)

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.view.selectedIndexes()} or {self.view.currentRow()}, reverse=True)
        for r in rows:
            if r >= 0:
                self.view.removeRow(r)
        self._changed()

    def _changed(self) -> None:
        if not self._filling:  # after the cell's own edit has finished: the save rebuilds the table
            QTimer.singleShot(0, self.committed.emit)


@dataclass
class Binding:
    name: str
    kind: str
    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Any], None]
    finding: QLabel


class EntryForm(QWidget):
    """Every field of one entry of `part`; `committed` after each field commit."""

    committed = Signal(str)  # field name

    def __init__(self, part: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.entry_id: int | None = None
        self._populating = False
        self.bindings: dict[str, Binding] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, kind, options in FORMS[part]:
            widget, get, put = self._widget(name, kind, options)
            finding = QLabel(self)
            finding.setWordWrap(True)
            finding.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            hint_text = HINTS.get(name) or HINTS.get(kind)
            if hint_text:
                hint = QLabel(self.tr(hint_text), self)
                hint.setProperty("role", "hint")
                box.addWidget(hint)
            box.addWidget(finding)
            form.addRow(self.tr(FIELD_LABELS[part][name]), box)
            self.bindings[name] = Binding(name, kind, widget, get, put, finding)

    def _widget(self, name: str, kind: str,
                options: tuple[str, ...]) -> tuple[QWidget, Callable[[], Any], Callable[[Any], None]]:
        def commit() -> None:
            if not self._populating:
                self.committed.emit(name)

        if kind == TEXT:
            text = CommitTextEdit(self)
            text.setFixedHeight(120 if name == "case" else 64)
            text.committed.connect(commit)
            return text, lambda: text.toPlainText().strip(), lambda v: text.setPlainText(v or "")
        if kind == CHOICE:
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(options))
            combo.activated.connect(lambda _n: commit())
            line = combo.lineEdit()
            assert line is not None
            line.editingFinished.connect(commit)
            return combo, lambda: combo.currentText().strip(), lambda v: combo.setEditText(v or "")
        if kind == ROWS:
            row_type, labels = SUB_ROWS[name]
            table = RowsTable(row_type, labels, self)
            table.committed.connect(commit)
            return table, table.rows, table.set_rows
        edit = QLineEdit(self)
        edit.editingFinished.connect(commit)
        if kind in (LIST, CODES):
            return edit, lambda: split_list(edit.text()) if kind == LIST else _codes(edit.text()), \
                lambda v: edit.setText("、".join(v or []))
        if kind == FREQUENCY:
            return edit, edit.text, lambda v: edit.setText(frequency_text(v))
        if kind == RATIO:
            return edit, edit.text, lambda v: edit.setText(ratio_text(v))
        return edit, lambda: edit.text().strip(), lambda v: edit.setText(v or "")

    # -- binding ---------------------------------------------------------------------------------------
    def populate(self, entry: Entry | None) -> None:
        """Show an entry; a field already showing its value is left alone (an open cell editor, the cursor)."""
        self._populating = True
        try:
            same = entry is not None and entry.id == self.entry_id
            self.entry_id = entry.id if entry is not None else None
            shown = entry if entry is not None else ENTRY_TYPES[self.part]()
            for name, binding in self.bindings.items():
                value = getattr(shown, name)
                if same and binding.get() == _as_shown(binding.kind, value):
                    continue
                binding.put(value)
        finally:
            self._populating = False
        self.setEnabled(entry is not None)

    def read(self) -> Entry:
        """The entry the form shows; a 频次 or 比例 that cannot be read raises `FieldProblem`."""
        values: dict[str, Any] = {"id": self.entry_id}
        for name, binding in self.bindings.items():
            raw = binding.get()
            try:
                if binding.kind == FREQUENCY:
                    raw = parse_frequency(raw)
                elif binding.kind == RATIO:
                    raw = parse_ratio(raw)
            except DutyDataError as exc:
                raise FieldProblem(name, str(exc)) from None
            values[name] = raw
        known = {f.name for f in fields(ENTRY_TYPES[self.part])}
        return ENTRY_TYPES[self.part](**{k: v for k, v in values.items() if k in known})  # type: ignore[no-any-return]

    def show_findings(self, findings: list[DutyFinding], problems: dict[str, str]) -> None:
        """Each finding under its field, red for errors, amber for warnings; input problems first."""
        for name, binding in self.bindings.items():
            found = [f for f in findings if f.field == name]
            messages = [f.message for f in found]
            severity = ERROR if any(f.severity == ERROR for f in found) else ("warning" if found else None)
            if name in problems:
                messages, severity = [problems[name], *messages], ERROR
            binding.finding.setText("\n".join(messages))
            binding.finding.setProperty("role", f"finding-{severity}" if severity else "")
            binding.finding.style().unpolish(binding.finding)
            binding.finding.style().polish(binding.finding)
            binding.finding.setVisible(bool(messages))
            target = binding.widget.view if isinstance(binding.widget, RowsTable) else binding.widget
            set_severity(target, severity)

    def focus_field(self, name: str) -> None:
        binding = self.bindings.get(name)
        if binding is not None:
            target = binding.widget.view if isinstance(binding.widget, RowsTable) else binding.widget
            target.setFocus(Qt.FocusReason.OtherFocusReason)


def _as_shown(kind: str, value: Any) -> Any:
    """A value as its field's `get` returns it before parsing (频次 and 比例 are read as text)."""
    if kind == FREQUENCY:
        return frequency_text(value)
    if kind == RATIO:
        return ratio_text(value)
    return value


def _codes(text: str) -> list[str]:
    return [c for c in text.replace("，", " ").replace("、", " ").replace(",", " ").replace(";", " ").split() if c]
