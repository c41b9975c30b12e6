"""批量填写 (Excel's fill-down): one field set on the selected or the filtered items, as one undoable edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.fields import FIELDS, Kind
from qlist_desktop.services.fields import FieldError, coerce
from qlist_desktop.ui.i18n import field_label, field_tr
from qlist_desktop.ui.workbench import Workbench

# Fields filled with one value: the list fields (bases, responsibilities) are edited per item.
FILLABLE = tuple(s for s in FIELDS if s.editable and s.kind not in (Kind.BASES, Kind.RESPONSIBILITIES))


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class FillDialog(QDialog):
    """Choose a field and a value; apply it to the selection or to every item the list's filter shows."""

    def __init__(self, bench: Workbench, selected: list[int], shown: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench, self.selected, self.shown = bench, selected, shown
        self.setWindowTitle(self.tr("批量填写"))
        self.field = QComboBox(self)
        for spec in FILLABLE:
            self.field.addItem(field_tr(spec.label), spec.name)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.value = QComboBox(self)
        self.value.setEditable(True)
        self.value.setMinimumWidth(420)
        self.on_selection = QRadioButton(self.tr("所选的 {n} 个事项").format(n=len(selected)), self)
        self.on_shown = QRadioButton(self.tr("列表当前显示的 {n} 个事项（按筛选和搜索）").format(n=len(shown)), self)
        (self.on_selection if len(selected) > 1 else self.on_shown).setChecked(True)
        self.on_selection.setEnabled(bool(selected))
        self.only_empty = QCheckBox(self.tr("只填入尚未填写该字段的事项"), self)
        self.only_empty.setChecked(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("字段："), self.field)
        form.addRow(self.tr("填入："), self.value)
        form.addRow(self.tr("范围："), self.on_selection)
        form.addRow("", self.on_shown)
        form.addRow("", self.only_empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._field_changed()

    def choose(self, name: str) -> None:
        self.field.setCurrentIndex(self.field.findData(name))

    def _field_changed(self) -> None:
        spec = FILLABLE[self.field.currentIndex()]
        self.value.clear()
        if spec.kind is Kind.BOOL:
            self.value.addItems([self.tr("是"), self.tr("否")])
        elif spec.vocabulary:
            self.value.addItems(self.bench.vocab.labels(spec.vocabulary))
        else:
            self.value.setCurrentText("")
        self.message.clear()

    def targets(self) -> list[int]:
        return self.selected if self.on_selection.isChecked() else self.shown

    def apply(self) -> None:
        """Check the value, then set it on the chosen items in one undoable edit."""
        name = FILLABLE[self.field.currentIndex()].name
        try:
            value = coerce(name, self.value.currentText(), self.bench.vocab)
        except FieldError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #b00020;")
            return
        ids = [i for i in self.targets() if i in self.bench.live.items]
        if self.only_empty.isChecked():
            ids = [i for i in ids if _empty(getattr(self.bench.peek(i), name))]
        text = self.tr("批量填写 {n} 个事项的【{field}】").format(n=len(ids), field=field_label(name))
        self.bench.set_fields_many({i: {name: value} for i in ids}, text)
        self.accept()
