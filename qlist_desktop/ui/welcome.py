"""The welcome view: new, open, recent workspaces and the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("权力清单编制工具"), self)
        title.setProperty("role", "title")
        intro = QLabel(self.tr("部门联络员离线编制、校验和报送权力清单。每处修改都会立即保存到工作区文件。"), self)
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("新建工作区…"), self)
        self.open_button = QPushButton(self.tr("打开工作区…"), self)
        self.demo_button = QPushButton(self.tr("打开示例工作区"), self)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.message = QLabel(self)
        self.message.setProperty("role", "finding-error")
        self.message.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addSpacing(12)
        column.addWidget(QLabel(self.tr("最近打开的工作区（双击打开）："), self))
        column.addWidget(self.recent, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            p = Path(path)
            item = QListWidgetItem(f"{p.name}　—　{p.parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not p.exists():
                item.setText(item.text() + self.tr("（文件已不存在）"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
