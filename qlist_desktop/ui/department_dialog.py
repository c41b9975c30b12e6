"""The department's details (name, 主体编码, 区划代码, liaison, phone)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.items import Department


class DepartmentDialog(QDialog):
    """Edits a `Department`; OK is refused, with a sentence, until the codes have the right form."""

    def __init__(self, department: Department, parent: QWidget | None = None, *, creating: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建工作区：部门信息") if creating else self.tr("部门信息"))
        self.name = QLineEdit(department.name, self)
        self.name.setPlaceholderText(self.tr("如：某县市场监督管理局"))
        self.code = QLineEdit(department.code or "001", self)
        self.code.setPlaceholderText(self.tr("3 位数字"))
        self.region_code = QLineEdit(department.region_code, self)
        self.region_code.setPlaceholderText(self.tr("6 位数字，如 650203"))
        self.liaison = QLineEdit(department.liaison, self)
        self.phone = QLineEdit(department.phone, self)
        self.problem = QLabel(self)
        self.problem.setProperty("role", "finding-error")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("部门名称"), self.name)
        form.addRow(self.tr("主体编码"), self.code)
        form.addRow(self.tr("区划代码"), self.region_code)
        form.addRow(self.tr("联络员"), self.liaison)
        form.addRow(self.tr("联系电话"), self.phone)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Department-wide defaults for the items that lack them (an imported list often has none).
        self.defaults_box = QGroupBox(self.tr("为尚未填写的事项填入（一次完成，可撤销）"), self)
        self.fill_body = QCheckBox(self.tr("行使主体：部门名称"), self.defaults_box)
        self.fill_phone = QCheckBox(self.tr("联系电话：上面的联系电话"), self.defaults_box)
        self.channel = QLineEdit(self.defaults_box)
        self.channel.setPlaceholderText(self.tr("监督投诉渠道，如：监督投诉电话 0990-12345"))
        box = QFormLayout(self.defaults_box)
        box.addRow(self.fill_body)
        box.addRow(self.fill_phone)
        box.addRow(self.tr("监督投诉渠道"), self.channel)
        self.defaults_box.setVisible(not creating)
        layout.addWidget(self.defaults_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def department(self) -> Department:
        return Department(self.name.text().strip(), self.code.text().strip(), self.region_code.text().strip(),
                          self.liaison.text().strip(), self.phone.text().strip())

    def defaults(self) -> dict[str, str]:
        """Item field → the value the department gives every item that has none."""
        d = self.department()
        chosen = {"exercising_body": d.name if self.fill_body.isChecked() else "",
                  "contact_phone": d.phone if self.fill_phone.isChecked() else "",
                  "complaint_channel": self.channel.text().strip()}
        return {name: value for name, value in chosen.items() if value}

    def problems(self) -> str:
        d = self.department()
        if not d.name:
            return self.tr("请填写部门名称")
        if not re.fullmatch(r"\d{3}", d.code):
            return self.tr("主体编码应为 3 位数字，现为“{v}”").format(v=d.code)
        if not re.fullmatch(r"\d{6}", d.region_code):
            return self.tr("区划代码应为 6 位数字，现为“{v}”").format(v=d.region_code)
        return ""

    def accept(self) -> None:
        problem = self.problems()
        self.problem.setText(problem)
        if not problem:
            super().accept()
