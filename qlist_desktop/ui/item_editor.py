"""The item editor: every field of an item, grouped in tabs, saved on every field commit.

Binding is explicit: `populate(item)` writes widgets, each `FieldBinding.get()` reads one back. A commit
(Enter / leaving the field / choosing an option / editing a sub-table row) becomes one undoable edit through
the workbench. Findings of the core rules appear under their field, red for errors and amber for warnings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.fields import GROUPS, QT_TRANSLATE_NOOP, SPECS, Kind
from qlist_desktop.domain.flowchart import CHART_FIELD
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.rules import ERROR, Finding
from qlist_desktop.services.attachments import AttachmentError, add_attachment, list_attachments
from qlist_desktop.services.fields import FieldError, coerce
from qlist_desktop.ui.findings import FindingsPanel
from qlist_desktop.ui.i18n import field_tr, translated
from qlist_desktop.ui.style import ERROR_COLOR, WARNING_COLOR, set_severity
from qlist_desktop.ui.sub_tables import BasisEditor, ResponsibilityEditor
from qlist_desktop.ui.workbench import Workbench

if TYPE_CHECKING:
    from qlist_desktop.ui.flowchart_editor import FlowchartEditor

MAX_CHECK_BOXES = 6  # a vocabulary list longer than this is typed (with completion) rather than ticked
FLOWCHART_TAB = QT_TRANSLATE_NOOP("ItemEditor", "流程图")
REVIEW_TAB = QT_TRANSLATE_NOOP("ItemEditor", "审核意见")
DUTIES_TAB = QT_TRANSLATE_NOOP("ItemEditor", "责任清单")


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that commits when focus leaves it (QPlainTextEdit has no editingFinished)."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(72)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


@dataclass
class FieldBinding:
    """One field of the form: the widget to focus and mark, how to read and write it, its finding label."""

    name: str
    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Any], None]
    finding: QLabel
    group: int


class ItemEditor(QWidget):
    """Edits one item at a time; `show_item(None)` shows an empty, disabled form."""

    expandToggled = Signal(bool)  # the flowchart editor asks for the whole window

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.item_id: int | None = None
        self._populating = False
        self.bindings: dict[str, FieldBinding] = {}
        self.flowchart_editor: FlowchartEditor | None = None
        self.input_errors: dict[str, str] = {}
        self.titles = QStringListModel(bench.live.basis_titles(), self)
        self.document_names = {a.sha256: a.filename for a in list_attachments(bench.ws)}

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.tabs = QTabWidget(self)
        for n, (group, names) in enumerate(GROUPS):
            self.tabs.addTab(self._group_page(n, names), field_tr(group))
        self.lazy_pages: dict[QWidget, Callable[[int, QWidget], QWidget]] = {}
        self.lazy_widgets: dict[QWidget, QWidget] = {}
        self.lazy_boxes: dict[QWidget, QVBoxLayout] = {}
        for title, factory in ((FLOWCHART_TAB, self._make_flowchart), (REVIEW_TAB, self._make_review),
                               (DUTIES_TAB, self._make_duties)):
            page = QWidget(self)
            self.lazy_boxes[page] = QVBoxLayout(page)
            self.lazy_pages[page] = factory
            self.tabs.addTab(page, translated("ItemEditor", title))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.findings_panel = FindingsPanel(self, show_code=False)
        self.findings_panel.jumpRequested.connect(lambda _item, name: self.focus_field(name))
        self.findings_panel.restoreRequested.connect(
            lambda item_id, aspect: self.bench.restore_from_catalog([item_id], (aspect,)))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.findings_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

        bench.itemsChanged.connect(self._on_items_changed)
        bench.itemsRemoved.connect(self._on_items_removed)
        self.show_item(None)

    # -- building the form ---------------------------------------------------------------------------
    def _group_page(self, group: int, names: tuple[str, ...]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in names:
            widget, get, put = self._field_widget(name, page)
            finding = QLabel(page)
            finding.setWordWrap(True)
            finding.hide()
            cell = QWidget(page)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(finding)
            label = QLabel(field_tr(SPECS[name].label), page)
            label.setBuddy(widget)
            form.addRow(label, cell)
            self.bindings[name] = FieldBinding(name, widget, get, put, finding, group)
        if len(names) == 1 and SPECS[names[0]].kind is Kind.BASES:  # the bases table fills its tab itself
            return page
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _field_widget(self, name: str, parent: QWidget) -> tuple[QWidget, Callable[[], Any], Callable[[Any], None]]:
        """The widget for a field, chosen by the field's kind in the registry."""
        vocab = self.bench.vocab
        spec = SPECS[name]
        kind = spec.kind
        if kind is Kind.BASES:
            bases = self.basis_editor = BasisEditor(vocab.labels("basis_level"), self.titles, parent)
            bases.model.document_names = self.document_names
            bases.committed.connect(lambda rows: self._commit_value(name, rows))
            bases.attachRequested.connect(self._attach)
            return bases, bases.model.values, bases.model.set_rows
        if kind is Kind.RESPONSIBILITIES:
            stages = self.responsibility_editor = ResponsibilityEditor(vocab.labels("responsibility_stage"), parent)
            stages.committed.connect(lambda rows: self._commit_value(name, rows))
            return stages, stages.model.values, stages.model.set_rows
        if kind is Kind.BOOL:
            box = QCheckBox(field_tr(spec.check_text), parent)
            box.toggled.connect(lambda _on: self._commit(name))
            return box, box.isChecked, lambda v: box.setChecked(bool(v))
        if kind is Kind.CHOICE:
            combo = QComboBox(parent)
            labels = vocab.labels(spec.vocabulary)
            combo.addItems(labels if spec.required or name == "status" else ["", *labels])
            combo.activated.connect(lambda _n: self._commit(name))

            def put_choice(value: Any, combo: QComboBox = combo) -> None:
                if combo.findText(value or "") < 0:
                    combo.addItem(value)
                combo.setCurrentText(value or "")
            return combo, combo.currentText, put_choice
        if kind is Kind.OPEN_CHOICE:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(["", *vocab.labels(spec.vocabulary)])
            combo.activated.connect(lambda _n: self._commit(name))
            typed = combo.lineEdit()
            assert typed is not None  # an editable combo box has one
            typed.editingFinished.connect(lambda: self._commit(name))
            return combo, combo.currentText, lambda v: combo.setCurrentText(v or "")
        if kind is Kind.CHOICE_LIST and len(vocab.labels(spec.vocabulary)) > MAX_CHECK_BOXES:
            terms = QLineEdit(parent)  # too many terms for a row of check boxes: typed, checked against the list
            terms.setPlaceholderText(field_tr(spec.hint))
            terms.setCompleter(QCompleter(vocab.labels(spec.vocabulary), terms))
            terms.editingFinished.connect(lambda: self._commit(name))
            return (terms, lambda: coerce(name, terms.text(), self.bench.vocab),
                    lambda v: terms.setText("、".join(v or [])))
        if kind is Kind.CHOICE_LIST:
            row = QWidget(parent)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            boxes = [QCheckBox(term, row) for term in vocab.labels(spec.vocabulary)]
            for box in boxes:
                line.addWidget(box)
                box.toggled.connect(lambda _on: self._commit(name))
            line.addStretch(1)

            def put_forms(values: Any) -> None:
                for box in boxes:
                    box.setChecked(box.text() in (values or []))
            return row, lambda: [b.text() for b in boxes if b.isChecked()], put_forms
        if kind is Kind.MAP:
            label = QLabel(parent)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

            def put_extra(values: Any) -> None:
                label.setText("\n".join(f"{k}：{v}" for k, v in (values or {}).items()) or self.tr("（无）"))
            return label, lambda: self.bench.peek(self.item_id).extra if self.item_id else {}, put_extra
        if kind is Kind.MULTILINE:
            edit = CommitTextEdit(parent)
            edit.committed.connect(lambda: self._commit(name))
            return edit, edit.toPlainText, lambda v: edit.setPlainText(v or "")
        line_edit = QLineEdit(parent)
        line_edit.editingFinished.connect(lambda: self._commit(name))
        if spec.hint:
            line_edit.setPlaceholderText(field_tr(spec.hint))
        if kind is Kind.INT:
            return (line_edit, lambda: coerce(name, line_edit.text(), self.bench.vocab),
                    lambda v: line_edit.setText("" if v is None else str(v)))
        return line_edit, line_edit.text, lambda v: line_edit.setText(v or "")

    # -- showing an item ---------------------------------------------------------------------------------
    def show_item(self, item_id: int | None) -> None:
        """Show an item (or nothing); the previous item's pending edit is committed first."""
        if item_id != self.item_id:
            self.commit_pending()
        self.item_id = item_id
        self.input_errors.clear()
        self.setEnabled(item_id is not None)
        if item_id is None:
            self.title.setText(self.tr("未选择事项：在左侧列表中选择一个事项，或按 Ctrl+N 新建"))
            self._populate(PowerItem(status=""))
            self.findings_panel.set_findings([])
            self._drop_lazy()
            return
        self._populate(self.bench.peek(item_id))
        self._drop_lazy()
        if self.tabs.currentWidget() in self.lazy_pages:
            self._build_lazy(self.tabs.currentWidget())

    def _populate(self, item: PowerItem, only_changed: bool = False) -> None:
        self._populating = True
        try:
            for name, binding in self.bindings.items():
                value = getattr(item, name)
                if only_changed and name not in self.input_errors and self._shown(binding) == value:
                    continue
                if only_changed and name in self.input_errors:
                    continue
                binding.put(value)
        finally:
            self._populating = False
        if item.id is not None:
            self.title.setText(f"{item.code}　{item.full_name}")
            self._show_findings()

    @staticmethod
    def _shown(binding: FieldBinding) -> Any:
        try:
            return binding.get()
        except FieldError:
            return None

    def _show_findings(self) -> None:
        if self.item_id is None:
            return
        findings = self.bench.live.state(self.item_id).findings
        by_field: dict[str, list[Finding]] = {}
        for finding in findings:
            by_field.setdefault(finding.field, []).append(finding)
        tab_errors = [0] * len(GROUPS)
        tab_warnings = [0] * len(GROUPS)
        for name, binding in self.bindings.items():
            found = by_field.get(name, [])
            severity = ERROR if any(f.severity == ERROR for f in found) else ("warning" if found else None)
            message = "\n".join(f.message for f in found)
            if name in self.input_errors:
                severity, message = ERROR, self.input_errors[name]
            binding.finding.setText(message)
            binding.finding.setProperty("role", f"finding-{severity}" if severity else "")
            binding.finding.style().unpolish(binding.finding)
            binding.finding.style().polish(binding.finding)
            binding.finding.setVisible(bool(message))
            target = binding.widget
            if isinstance(target, BasisEditor | ResponsibilityEditor):
                target = target.view
            set_severity(target, severity)
            if severity == ERROR:
                tab_errors[binding.group] += 1
            elif severity:
                tab_warnings[binding.group] += 1
        for n, (group, _names) in enumerate(GROUPS):
            count = tab_errors[n] + tab_warnings[n]
            self.tabs.setTabText(n, field_tr(group) + (f"（{count}）" if count else ""))
            plain = self.palette().text().color()
            color = ERROR_COLOR if tab_errors[n] else WARNING_COLOR if tab_warnings[n] else plain
            self.tabs.tabBar().setTabTextColor(n, color)
        self.findings_panel.set_findings(findings)

    # -- committing ------------------------------------------------------------------------------------
    def _commit(self, name: str) -> None:
        if self._populating or self.item_id is None:
            return
        binding = self.bindings[name]
        try:
            value = binding.get()
        except FieldError as exc:
            self.input_errors[name] = str(exc)
            self._show_findings()
            return
        self._commit_value(name, value)

    def _commit_value(self, name: str, value: Any) -> None:
        if self._populating or self.item_id is None:
            return
        had_error = self.input_errors.pop(name, None) is not None
        self.bench.set_fields(self.item_id, {name: value})
        if had_error:
            self._show_findings()

    def commit_pending(self) -> None:
        """Save the field being typed in (used before switching items and before closing)."""
        if self.item_id is None or self.item_id not in self.bench.live.items:
            return
        if self.flowchart_editor is not None:
            self.flowchart_editor.flush()
        focused = self.focusWidget()
        for name, binding in self.bindings.items():
            widget = binding.widget
            if focused is not None and (focused is widget or widget.isAncestorOf(focused)) and name not in (
                "bases", "responsibilities"
            ):
                self._commit(name)

    def _attach(self, row: int, path: str) -> None:
        try:
            attachment = add_attachment(self.bench.ws, path)
        except AttachmentError as exc:
            self.basis_editor.hint.setText(str(exc))
            return
        self.document_names[attachment.sha256] = attachment.filename
        self.basis_editor.model.attach(row, attachment.sha256, attachment.filename)
        self.basis_editor.hint.setText(self.tr("已附加依据文件“{name}”").format(name=attachment.filename))

    # -- reacting to the workbench ------------------------------------------------------------------------
    def _on_items_changed(self, ids: list[int]) -> None:
        if self.item_id in ids:
            if self.flowchart_editor is not None:
                self.flowchart_editor.refresh_from_store()
            self._populate(self.bench.peek(self.item_id), only_changed=True)
            self.titles.setStringList(self.bench.live.basis_titles())

    def _on_items_removed(self, ids: list[int]) -> None:
        if self.item_id in ids:
            self.item_id = None
            self.show_item(None)

    def focus_field(self, name: str) -> None:
        """Bring a field into view and give it the keyboard focus (the flowchart: its tab)."""
        if name == CHART_FIELD:
            self.tabs.setCurrentIndex(len(GROUPS))
            return
        binding = self.bindings.get(name)
        if binding is None:
            return
        self.tabs.setCurrentIndex(binding.group)
        target = binding.widget
        if isinstance(target, BasisEditor | ResponsibilityEditor):
            target = target.view
        page = self.tabs.widget(binding.group)
        if isinstance(page, QScrollArea):
            page.ensureWidgetVisible(binding.widget)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- tabs built when first shown: the flowchart editor and the review panel -----------------------------
    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page in self.lazy_pages and self.item_id is not None:
            self._build_lazy(page)

    def _build_lazy(self, page: QWidget) -> None:
        if page in self.lazy_widgets or self.item_id is None:
            return
        widget = self.lazy_pages[page](self.item_id, page)
        self.lazy_widgets[page] = widget
        self.lazy_boxes[page].addWidget(widget)

    def _make_flowchart(self, item_id: int, page: QWidget) -> QWidget:
        # Imported when first shown: the renderer (reportlab, pypdf) would slow the window's start.
        from qlist_desktop.ui.flowchart_editor import FlowchartEditor

        editor = FlowchartEditor(self.bench.ws, item_id, page,
                                 store=lambda old, new: self.bench.save_chart(item_id, old, new))
        editor.expandToggled.connect(self.expandToggled)
        self.flowchart_editor = editor
        return editor

    def _make_review(self, item_id: int, page: QWidget) -> QWidget:
        from qlist_desktop.ui.review_panel import ReviewPanel

        panel = ReviewPanel(self.bench.ws, item_id, page)
        panel.changed.connect(lambda: self.bench.reload_items([item_id]))
        return panel

    def _make_duties(self, item_id: int, page: QWidget) -> QWidget:
        from qlist_desktop.ui.duties_page import ItemDutiesPanel

        return ItemDutiesPanel(self.bench, item_id, page)

    def _drop_lazy(self) -> None:
        if self.flowchart_editor is not None:
            self.flowchart_editor.flush()  # an edit in progress is stored before the item changes
            self.flowchart_editor.expand_button.setChecked(False)
            self.flowchart_editor = None
        for widget in self.lazy_widgets.values():
            finish = getattr(widget, "wait_for_drawing", None)  # the flowchart preview's thread
            if finish is not None:
                finish()
            widget.setParent(None)
            widget.deleteLater()
        self.lazy_widgets.clear()
