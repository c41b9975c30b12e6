"""The dashboard: completion by category as a bar chart (QPainter; QtCharts is not in PySide6-Essentials)
and the list of findings that still block submission."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from qlist_desktop.services.ui_support import CategoryProgress, blocking_findings, progress_by_category
from qlist_desktop.ui.findings import FindingsPanel
from qlist_desktop.ui.style import ERROR_COLOR, OK_COLOR, WARNING_COLOR
from qlist_desktop.ui.workbench import Workbench

BAR_HEIGHT = 22
ROW_GAP = 12
LABEL_WIDTH = 110
LEGEND_HEIGHT = 30


class CompletionChart(QWidget):
    """Horizontal stacked bars per category: complete (green), with warnings (amber), with errors (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: list[CategoryProgress] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_progress(self, progress: list[CategoryProgress]) -> None:
        self.progress = progress
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, LEGEND_HEIGHT + max(1, len(self.progress)) * (BAR_HEIGHT + ROW_GAP) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        parts = ((self.tr("已完成"), OK_COLOR), (self.tr("有警告"), WARNING_COLOR), (self.tr("有错误"), ERROR_COLOR))
        x = float(LABEL_WIDTH)
        for text, color in parts:
            painter.fillRect(QRectF(x, 8, 14, 14), color)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 20, 4, 200, 22), Qt.AlignmentFlag.AlignVCenter, text)
            x += 20 + metrics.horizontalAdvance(text) + 24
        if not self.progress:
            painter.drawText(QRectF(0, LEGEND_HEIGHT, self.width(), BAR_HEIGHT), Qt.AlignmentFlag.AlignCenter,
                             self.tr("工作区中还没有事项"))
            return
        widest = max(p.total for p in self.progress)
        count_width = metrics.horizontalAdvance("0000 项") + 12
        bar_width = max(40.0, self.width() - LABEL_WIDTH - count_width - 8)
        for n, p in enumerate(self.progress):
            top = LEGEND_HEIGHT + n * (BAR_HEIGHT + ROW_GAP)
            painter.setPen(self.palette().text().color())
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, top, LABEL_WIDTH - 10, BAR_HEIGHT), right, p.category)
            left = float(LABEL_WIDTH)
            segments = ((p.complete, OK_COLOR), (p.with_warnings, WARNING_COLOR), (p.with_errors, ERROR_COLOR))
            for value, color in segments:
                width = bar_width * value / widest
                if value:
                    painter.fillRect(QRectF(left, top, width, BAR_HEIGHT), color)
                    label = str(value)
                    if metrics.horizontalAdvance(label) + 6 < width:
                        painter.setPen(QColor("white"))
                        painter.drawText(QRectF(left, top, width, BAR_HEIGHT), Qt.AlignmentFlag.AlignCenter, label)
                left += width
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(left + 8, top, count_width, BAR_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("{n} 项").format(n=p.total))


class Dashboard(QWidget):
    """Where the list stands: totals, the chart, and what still blocks submission (jump to it)."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.summary = QLabel(self)
        self.summary.setProperty("role", "title")
        self.summary.setWordWrap(True)
        self.chart = CompletionChart(self)
        self.blockers = FindingsPanel(
            self, names=lambda i: bench.peek(i).full_name if i in bench.live.items else "")
        self.jumpRequested = self.blockers.jumpRequested
        chart_box = QGroupBox(self.tr("各类型完成情况"), self)
        QVBoxLayout(chart_box).addWidget(self.chart)
        self.blockers_box = QGroupBox(self.tr("阻碍报送的问题（双击跳转到事项）"), self)
        QVBoxLayout(self.blockers_box).addWidget(self.blockers)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(chart_box)
        layout.addWidget(self.blockers_box, 1)
        # Refreshing after each edit is cheap, but several edits in one event-loop turn need one refresh.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh_if_visible)
        self._stale = True  # filled when first shown: a 10,000-item list opens faster
        for signal in (bench.itemsChanged, bench.itemsAdded, bench.itemsRemoved):
            signal.connect(lambda _ids: self._timer.start())

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        progress = progress_by_category(self.bench.live, self.bench.vocab.labels("category"))
        blockers = blocking_findings(self.bench.live)
        total = sum(p.total for p in progress)
        complete = sum(p.complete for p in progress)
        blocked_items = len({f.item_id for f in blockers})
        self.summary.setText(self.tr(
            "共 {total} 个事项：{complete} 个已完成，{blocked} 个有错误须修改后才能报送（{errors} 处错误）"
        ).format(total=total, complete=complete, blocked=blocked_items, errors=len(blockers)))
        self.chart.set_progress(progress)
        self.blockers.set_findings(blockers)
