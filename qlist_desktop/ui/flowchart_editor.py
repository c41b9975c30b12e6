"""The flowchart (一图) tab of the item window: a step table, the links, the chart's texts, a live preview.

The chart being edited is a `Flowchart` held by the widget; every edit updates it, and the preview is
redrawn by `dot` on a worker thread ≤ 300 ms later (edits within the delay are folded into one drawing,
and a drawing that an edit overtook is dropped), so typing is never blocked. Like every other field the chart
saves itself: an edit is stored once the liaison pauses (`AUTOSAVE_DELAY_MS`), and at once when the editor is
left (`flush`), through `store` — in the item window one undoable step on the workbench's stack, by default
`services.flowcharts.save_chart` (one audited transaction).

Signals: `changed` after the chart was saved to the workspace; `modified(bool)` when unsaved edits
appear or disappear; `expandToggled(bool)` when the liaison wants the editor to take the whole window.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qlist_desktop.domain.fields import QT_TRANSLATE_NOOP
from qlist_desktop.domain.flowchart import (
    DECISION,
    END,
    STEP,
    STEP_KINDS,
    Flowchart,
    FlowchartError,
    FlowEdge,
    FlowStep,
    chart_problems,
)
from qlist_desktop.fonts import SANS_FAMILIES
from qlist_desktop.render.charts import preview_svg
from qlist_desktop.services.flowcharts import chart_from_template, get_chart, save_chart
from qlist_desktop.services.items import get_item
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.i18n import domain_tr, translated

PREVIEW_DELAY_MS = 150  # + drawing time (≈ 20–60 ms) keeps the preview within 300 ms of an edit
AUTOSAVE_DELAY_MS = 700  # a pause in typing: one undoable step per pause, not per keystroke
ChartStore = Callable[[Flowchart | None, Flowchart], bool]  # (what was stored, what to store) → changed
# Step table columns: (FlowStep attribute, header).
STEP_COLUMNS: tuple[tuple[str, str], ...] = (
    ("kind", QT_TRANSLATE_NOOP("FlowchartEditor", "类型")),
    ("name", QT_TRANSLATE_NOOP("FlowchartEditor", "环节名称")),
    ("post", QT_TRANSLATE_NOOP("FlowchartEditor", "承办岗位")),
    ("time_limit", QT_TRANSLATE_NOOP("FlowchartEditor", "办理时限")),
    ("action", QT_TRANSLATE_NOOP("FlowchartEditor", "办理内容")),
    ("disclosure_scope", QT_TRANSLATE_NOOP("FlowchartEditor", "公开范围")),
    ("disclosure_form", QT_TRANSLATE_NOOP("FlowchartEditor", "公开形式")),
    ("disclosure_time", QT_TRANSLATE_NOOP("FlowchartEditor", "公开时限")),
    ("supervision", QT_TRANSLATE_NOOP("FlowchartEditor", "监督制约")),
    ("interface", QT_TRANSLATE_NOOP("FlowchartEditor", "接口（衔接机关）")),
)
CHART_TEXTS: tuple[tuple[str, str], ...] = (
    ("conditions", QT_TRANSLATE_NOOP("FlowchartEditor", "行使条件")),
    ("legal_time_limit", QT_TRANSLATE_NOOP("FlowchartEditor", "法定时限")),
    ("promised_time_limit", QT_TRANSLATE_NOOP("FlowchartEditor", "承诺时限")),
    ("complaint_phone", QT_TRANSLATE_NOOP("FlowchartEditor", "投诉电话")),
    ("complaint_address", QT_TRANSLATE_NOOP("FlowchartEditor", "投诉地址")),
    ("complaint_website", QT_TRANSLATE_NOOP("FlowchartEditor", "投诉网站")),
)
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


class _Drawn(QObject):
    """Tells the UI thread that a drawing is finished (queued signal carrying only its generation).

    The drawing itself waits in `results`: passing `bytes` through a queued PySide signal corrupts
    reference counts (a fatal "deallocating None" after a few hundred drawings).
    """

    done = Signal(int)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.results: dict[int, tuple[bytes, str]] = {}


class FlowchartEditor(QWidget):
    changed = Signal()
    modified = Signal(bool)
    expandToggled = Signal(bool)

    def __init__(self, workspace: Workspace, item_id: int, parent: QWidget | None = None,
                 store: ChartStore | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.item_id = item_id
        self._store: ChartStore = store or (
            lambda _old, new: save_chart(self.workspace, self.item_id, new, "gui"))
        self._fitted = False
        self._touched = False
        self._generation = 0
        self._drawing = False
        self._pending = False
        self._zoom = 1.0
        self._svg = b""
        self._filling = False
        self._dirty = False
        # A plain Python worker thread: PySide's QThreadPool.start(callable) mishandles reference counts.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="flowchart-preview")
        self._drawn = _Drawn(self)
        self._drawn.done.connect(self._show_drawing)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_drawing)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.flush)
        font = QFont()
        font.setFamilies(list(SANS_FAMILIES))
        self.setFont(font)
        self._build()
        self.reload()

    # -- layout ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.steps = QTableWidget(0, len(STEP_COLUMNS), self)
        self.steps.setHorizontalHeaderLabels([translated("FlowchartEditor", h) for _, h in STEP_COLUMNS])
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.itemChanged.connect(self._step_cell_changed)
        self.edges = QTableWidget(0, 3, self)
        self.edges.setHorizontalHeaderLabels([self.tr("从"), self.tr("到"), self.tr("条件（是/否/不予受理…）")])
        self.edges.horizontalHeader().setStretchLastSection(True)
        self.edges.itemChanged.connect(self._edge_cell_changed)

        buttons = QGridLayout()  # rows of three, so the editor fits beside the list on a 1366-pixel screen
        for n, (text, slot) in enumerate((
            (self.tr("添加环节"), self.add_step),
            (self.tr("添加分支"), self.add_branch),
            (self.tr("删除环节"), self.remove_step),
            (self.tr("上移"), lambda: self.move_step(-1)),
            (self.tr("下移"), lambda: self.move_step(1)),
            (self.tr("添加连线"), self.add_edge),
            (self.tr("删除连线"), self.remove_edge),
        )):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button, n // 3, n % 3)

        form = QFormLayout()
        self.texts: dict[str, QLineEdit] = {}
        for attr, label in CHART_TEXTS:
            edit = QLineEdit(self)
            edit.textChanged.connect(lambda text, a=attr: self._text_changed(a, text))
            self.texts[attr] = edit
            form.addRow(translated("FlowchartEditor", label), edit)

        self.saved_label = QLabel(self)
        self.template_button = QPushButton(self.tr("按权力类型模板重新起草"), self)
        self.template_button.clicked.connect(self.reset_to_template)
        actions = QHBoxLayout()
        actions.addWidget(self.template_button)
        actions.addStretch(1)
        actions.addWidget(self.saved_label)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(QLabel(self.tr("流程环节"), self))
        self.steps.setMinimumHeight(180)  # a few rows stay visible; the panel scrolls when the window is low
        self.edges.setMinimumHeight(120)
        left_layout.addWidget(self.steps, 3)
        left_layout.addLayout(buttons)
        left_layout.addWidget(QLabel(self.tr("连线"), self))
        left_layout.addWidget(self.edges, 2)
        left_layout.addLayout(form)
        left_layout.addLayout(actions)

        self.preview = QSvgWidget(self)
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidget(self.preview)
        self.preview_area.setWidgetResizable(False)
        self.preview_status = QLabel(self)
        self.zoom_label = QLabel(self)
        zoom = QHBoxLayout()
        for text, slot in ((self.tr("缩小"), self.zoom_out), (self.tr("放大"), self.zoom_in),
                           (self.tr("适合窗口"), self.zoom_fit)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            zoom.addWidget(button)
        zoom.addWidget(self.zoom_label)
        zoom.addStretch(1)
        self.expand_button = QPushButton(self.tr("全窗口编辑"), self)
        self.expand_button.setCheckable(True)
        self.expand_button.toggled.connect(self.expandToggled)
        zoom.addWidget(self.expand_button)
        self.findings = QListWidget(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(zoom)
        right_layout.addWidget(self.preview_status)
        right_layout.addWidget(self.preview_area, 4)
        right_layout.addWidget(QLabel(self.tr("流程图问题"), self))
        right_layout.addWidget(self.findings, 1)

        # The tables scroll rather than widen the window when the editor is narrow.
        left_scroll = QScrollArea(self)
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(self)
        splitter.addWidget(left_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- loading and saving ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the stored chart (or a draft from the category template when there is none)."""
        item = get_item(self.workspace, self.item_id)
        try:
            stored = get_chart(self.workspace, self.item_id)
        except FlowchartError as exc:
            stored = None
            self.notice.setText(self.tr("已保存的流程图数据已损坏（{0}），下面是按权力类型模板起草的新流程图，"
                                        "保存后替换损坏的数据。").format(str(exc)))
        else:
            self.notice.setText("" if stored else self.tr("该事项还没有流程图：下面是按“{0}”模板起草的草稿，"
                                                          "修改后保存。").format(item.category or "其他行政权力"))
        self.notice.setVisible(bool(self.notice.text()))
        self.chart = stored if stored is not None else chart_from_template(self.workspace, item)
        self._saved = copy.deepcopy(stored)
        self._touched = False  # a draft the liaison has not edited yet is not stored by itself
        self._refresh_tables()
        self._edited(by_user=False)

    def reset_to_template(self) -> None:
        self.chart = chart_from_template(self.workspace, get_item(self.workspace, self.item_id))
        self._refresh_tables()
        self._edited()

    def is_modified(self) -> bool:
        return self._saved != self.chart

    def save(self) -> bool:
        """Store the chart now (audited); True when something changed."""
        self._autosave.stop()
        done = self._store(copy.deepcopy(self._saved), copy.deepcopy(self.chart))
        self._saved = copy.deepcopy(self.chart)
        self.notice.setVisible(False)
        self._set_dirty(False)
        if done:
            self.changed.emit()
        return done

    def flush(self) -> None:
        """Store pending edits (before the editor is left or the program closes); nothing when there are none."""
        if self._touched and self.is_modified():
            self.save()

    def refresh_from_store(self) -> None:
        """Show the stored chart again when it changed behind the editor (undo, redo); pending edits are kept."""
        if self.is_modified():
            return
        try:
            stored = get_chart(self.workspace, self.item_id)
        except FlowchartError:
            return
        if stored is not None and stored != self._saved:
            self.chart, self._saved = copy.deepcopy(stored), copy.deepcopy(stored)
            self._refresh_tables()
            self._edited(by_user=False)

    # -- tables ----------------------------------------------------------------------------------------
    def _step_titles(self) -> list[str]:
        return [f"{n}. {s.name or domain_tr(STEP_KINDS[s.kind])}" for n, s in enumerate(self.chart.steps, 1)]

    def _refresh_tables(self) -> None:
        self._filling = True
        try:
            self.steps.setRowCount(len(self.chart.steps))
            for row, step in enumerate(self.chart.steps):
                kind = QComboBox(self.steps)
                for key, label in STEP_KINDS.items():
                    kind.addItem(domain_tr(label), key)
                kind.setCurrentIndex(list(STEP_KINDS).index(step.kind))
                kind.currentIndexChanged.connect(lambda _i, r=row, box=kind: self._kind_changed(r, box))
                self.steps.setCellWidget(row, 0, kind)
                for col, (attr, _header) in enumerate(STEP_COLUMNS[1:], 1):
                    self.steps.setItem(row, col, QTableWidgetItem(getattr(step, attr)))
            titles = self._step_titles()
            ids = [s.id for s in self.chart.steps]
            self.edges.setRowCount(len(self.chart.edges))
            for row, edge in enumerate(self.chart.edges):
                for col, step_id in ((0, edge.source), (1, edge.target)):
                    box = QComboBox(self.edges)
                    box.addItems(titles)
                    box.setCurrentIndex(ids.index(step_id) if step_id in ids else -1)
                    box.currentIndexChanged.connect(lambda i, r=row, c=col: self._edge_end_changed(r, c, i))
                    self.edges.setCellWidget(row, col, box)
                self.edges.setItem(row, 2, QTableWidgetItem(edge.label))
            for attr, edit in self.texts.items():
                if edit.text() != getattr(self.chart, attr):
                    edit.setText(getattr(self.chart, attr))
        finally:
            self._filling = False

    def _current_row(self) -> int:
        row = self.steps.currentRow()
        return row if 0 <= row < len(self.chart.steps) else len(self.chart.steps) - 1

    @Slot(QTableWidgetItem)
    def _step_cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.row() >= len(self.chart.steps):
            return
        attr = STEP_COLUMNS[cell.column()][0]
        setattr(self.chart.steps[cell.row()], attr, cell.text())
        if attr == "name":
            self._retitle_edge_boxes()
        self._edited()

    def _retitle_edge_boxes(self) -> None:
        titles = self._step_titles()
        for row in range(self.edges.rowCount()):
            for col in (0, 1):
                box = self.edges.cellWidget(row, col)
                if isinstance(box, QComboBox):
                    for n, title in enumerate(titles):
                        box.setItemText(n, title)

    def _kind_changed(self, row: int, box: QComboBox) -> None:
        if not self._filling and row < len(self.chart.steps):
            self.chart.steps[row].kind = box.currentData()
            self._edited()

    @Slot(QTableWidgetItem)
    def _edge_cell_changed(self, cell: QTableWidgetItem) -> None:
        if not self._filling and cell.column() == 2 and cell.row() < len(self.chart.edges):
            self.chart.edges[cell.row()].label = cell.text()
            self._edited()

    def _edge_end_changed(self, row: int, col: int, index: int) -> None:
        if self._filling or row >= len(self.chart.edges) or not 0 <= index < len(self.chart.steps):
            return
        edge = self.chart.edges[row]
        if col == 0:
            edge.source = self.chart.steps[index].id
        else:
            edge.target = self.chart.steps[index].id
        self._edited()

    def _text_changed(self, attr: str, text: str) -> None:
        if not self._filling:
            setattr(self.chart, attr, text)
            self._edited()

    # -- structural edits ------------------------------------------------------------------------------
    def add_step(self) -> None:
        """Insert a step after the selected one, taking over its outgoing links."""
        row = self._current_row()
        anchor = self.chart.steps[row] if row >= 0 else None
        if anchor is not None and anchor.kind == END:
            row -= 1
            anchor = self.chart.steps[row] if row >= 0 else None
        step = FlowStep(self.chart.new_step_id(), STEP, self.tr("新环节"))
        self.chart.steps.insert(row + 1, step)
        if anchor is not None:
            for edge in self.chart.outgoing(anchor.id):
                edge.source = step.id
            self.chart.edges.append(FlowEdge(anchor.id, step.id))
        self._structure_changed(row + 1)

    def add_branch(self) -> None:
        """After the selected step insert a decision: 是 → the old next steps, 否 → a new step → 结束."""
        row = self._current_row()
        anchor = self.chart.steps[row]
        decision = FlowStep(self.chart.new_step_id(), DECISION, self.tr("是否符合条件"))
        self.chart.steps.insert(row + 1, decision)
        other = FlowStep(self.chart.new_step_id(), STEP, self.tr("不予办理告知"))
        self.chart.steps.insert(row + 2, other)
        outgoing = self.chart.outgoing(anchor.id)
        for edge in outgoing:
            edge.source, edge.label = decision.id, edge.label or self.tr("是")
        self.chart.edges.append(FlowEdge(anchor.id, decision.id))
        self.chart.edges.append(FlowEdge(decision.id, other.id, self.tr("否")))
        end = next((s for s in self.chart.steps if s.kind == END), None)
        if end is not None:
            self.chart.edges.append(FlowEdge(other.id, end.id))
        self._structure_changed(row + 1)

    def remove_step(self) -> None:
        """Remove the selected step; a step with one way in and one way out is bridged."""
        row = self.steps.currentRow()
        if not 0 <= row < len(self.chart.steps):
            return
        step = self.chart.steps.pop(row)
        incoming = [e for e in self.chart.edges if e.target == step.id and e.source != step.id]
        outgoing = [e for e in self.chart.edges if e.source == step.id and e.target != step.id]
        self.chart.edges = [e for e in self.chart.edges if step.id not in (e.source, e.target)]
        if len(outgoing) == 1:
            for edge in incoming:
                self.chart.edges.append(FlowEdge(edge.source, outgoing[0].target, edge.label))
        self._structure_changed(min(row, len(self.chart.steps) - 1))

    def move_step(self, offset: int) -> None:
        row = self.steps.currentRow()
        target = row + offset
        if not (0 <= row < len(self.chart.steps) and 0 <= target < len(self.chart.steps)):
            return
        steps = self.chart.steps
        steps[row], steps[target] = steps[target], steps[row]
        self._structure_changed(target)

    def add_edge(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        nxt = min(row + 1, len(self.chart.steps) - 1)
        self.chart.edges.append(FlowEdge(self.chart.steps[row].id, self.chart.steps[nxt].id))
        self._structure_changed(row)

    def remove_edge(self) -> None:
        row = self.edges.currentRow()
        if 0 <= row < len(self.chart.edges):
            del self.chart.edges[row]
            self._structure_changed(self.steps.currentRow())

    def _structure_changed(self, select_row: int) -> None:
        self._refresh_tables()
        if 0 <= select_row < self.steps.rowCount():
            self.steps.selectRow(select_row)
        self._edited()

    # -- findings and preview --------------------------------------------------------------------------
    def _edited(self, by_user: bool = True) -> None:
        self._touched = self._touched or by_user
        self.findings.clear()
        problems = list(chart_problems(self.chart))
        self.findings.addItems([message for _rule, message in problems] or [self.tr("未发现问题")])
        self._set_dirty(self.is_modified())
        self._timer.start()
        if self._dirty and self._touched:
            self._autosave.start()

    def _set_dirty(self, dirty: bool) -> None:
        self.saved_label.setText(self.tr("有未保存的修改，稍后自动保存") if dirty else self.tr("已自动保存"))
        if dirty != self._dirty:
            self._dirty = dirty
            self.modified.emit(dirty)

    @Slot()
    def _start_drawing(self) -> None:
        if self._drawing:  # one drawing at a time; the newest edit is drawn when it finishes
            self._pending = True
            return
        self._drawing = True
        self._generation += 1
        generation, chart, emitter = self._generation, copy.deepcopy(self.chart), self._drawn
        self.preview_status.setText(self.tr("正在绘制…"))

        def draw() -> None:
            try:
                svg, error = preview_svg(chart), ""
            except Exception as exc:  # shown under the preview; the editor keeps working
                svg, error = b"", str(exc)
            emitter.results[generation] = (svg, error)
            with contextlib.suppress(RuntimeError):  # the editor was closed while drawing
                emitter.done.emit(generation)

        self._pool.submit(draw)

    @Slot(int)
    def _show_drawing(self, generation: int) -> None:
        svg, error = self._drawn.results.pop(generation, (b"", ""))
        self._drawing = False
        if self._pending:
            self._pending = False
            self._start_drawing()
            return
        if generation != self._generation:
            return
        if error:
            self.preview_status.setText(self.tr("无法绘制预览：{0}").format(error))
            return
        self._svg = svg
        self.preview.load(svg)
        if not self._fitted:  # the first drawing opens fitted to the pane
            self._fitted = True
            self.zoom_fit()
        self._apply_zoom()
        self.preview_status.setText("")

    def wait_for_drawing(self) -> None:
        """Block until a drawing in progress has finished (before closing the workspace or the program)."""
        self._timer.stop()
        self.flush()
        self._pool.shutdown(wait=True)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="flowchart-preview")

    def is_drawing(self) -> bool:
        return self._drawing or self._pending or self._timer.isActive()

    def _apply_zoom(self) -> None:
        size = self.preview.renderer().defaultSize()
        self.preview.setFixedSize(max(1, int(size.width() * self._zoom)), max(1, int(size.height() * self._zoom)))
        self.zoom_label.setText(f"{round(self._zoom * 100)}%")

    def zoom_in(self) -> None:
        self._zoom = next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), ZOOM_STEPS[-1])
        self._apply_zoom()

    def zoom_out(self) -> None:
        self._zoom = next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 1e-6), ZOOM_STEPS[0])
        self._apply_zoom()

    def zoom_fit(self) -> None:
        size = self.preview.renderer().defaultSize()
        if size.width() > 0 and size.height() > 0:
            view = self.preview_area.viewport().size()
            self._zoom = max(0.1, min(view.width() / size.width(), view.height() / size.height()))
            self._apply_zoom()
