"""The main window: welcome view, or the open workspace's item list, editor and dashboard."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from qlist_desktop.domain.items import Department
from qlist_desktop.domain.rules import count_by_severity
from qlist_desktop.paths import config_dir
from qlist_desktop.services.op_changes import Change, OpChanges
from qlist_desktop.services.reviews import change_deadline
from qlist_desktop.services.settings import initialise
from qlist_desktop.services.submissions import READY
from qlist_desktop.storage.workspace import SUFFIX, Workspace, WorkspaceError
from qlist_desktop.ui.dashboard import Dashboard
from qlist_desktop.ui.department_dialog import DepartmentDialog
from qlist_desktop.ui.duties_page import DutiesPage, DutySummary
from qlist_desktop.ui.item_editor import ItemEditor
from qlist_desktop.ui.item_list import ItemListPanel
from qlist_desktop.ui.recycle_bin import RecycleBinDialog
from qlist_desktop.ui.review_rounds import RoundsDialog
from qlist_desktop.ui.settings import UiSettings
from qlist_desktop.ui.welcome import WelcomeView
from qlist_desktop.ui.workbench import Workbench

if TYPE_CHECKING:
    from qlist_desktop.services.imports import ImportOutcome

WORKSPACE_FILTER = "权力清单工作区 (*.qlist);;所有文件 (*)"
DEMO_FILE = "示例工作区.qlist"


class MainWindow(QMainWindow):
    def __init__(self, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or UiSettings()
        self.ws: Workspace | None = None
        self.bench: Workbench | None = None
        self.item_list: ItemListPanel | None = None
        self.editor: ItemEditor | None = None
        self.dashboard: Dashboard | None = None
        self.duties_page: DutiesPage | None = None
        self.pending_dialog: QWidget | None = None
        self._jump_on_edit = False
        self.setWindowTitle(self.tr("权力清单编制工具"))

        self.welcome = WelcomeView(self)
        self.welcome.newRequested.connect(self.choose_new_workspace)
        self.welcome.openRequested.connect(self.choose_open_workspace)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.recentRequested.connect(self.open_workspace)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.counts = QLabel(self)
        self.deadline = QLabel(self)
        self.statusBar().addPermanentWidget(self.deadline)
        self.statusBar().addPermanentWidget(self.counts)
        self._build_actions()
        self._update_recent()
        self._set_workspace_actions(False)
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1366, 768)

    # -- actions and menus -------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                menu: QMenu | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self._action(self.tr("新建工作区…"), self.choose_new_workspace, None, file_menu)
        self._action(self.tr("打开工作区…"), self.choose_open_workspace, QKeySequence.StandardKey.Open, file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("最近打开"))
        self._action(self.tr("打开示例工作区"), self.open_demo, None, file_menu)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("导入 Excel 清单…"), self.choose_import, None, file_menu)
        self.catalog_action = self._action(self.tr("上级目录认领…"), self.open_catalogs, None, file_menu)
        self._action(self.tr("导入法规…"), self.choose_laws, None, file_menu)
        file_menu.addSeparator()
        self.close_action = self._action(self.tr("关闭工作区"), self.close_workspace, None, file_menu)
        self._action(self.tr("退出"), self.close, QKeySequence.StandardKey.Quit, file_menu)

        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        self.undo_action = self._action(self.tr("撤销"), self.undo, QKeySequence.StandardKey.Undo, edit_menu)
        self.redo_action = self._action(self.tr("重做"), self.redo, "Ctrl+Y", edit_menu)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addSeparator()
        self.new_item_action = self._action(self.tr("新建事项"), lambda: self.new_item(), QKeySequence.StandardKey.New,
                                            edit_menu)
        self.new_in_menu = edit_menu.addMenu(self.tr("按类型新建事项"))
        self.duplicate_action = self._action(self.tr("复制事项"), self.duplicate_item, "Ctrl+D", edit_menu)
        self.delete_action = self._action(self.tr("删除所选事项…"), self.delete_selected, None, edit_menu)
        self.find_action = self._action(self.tr("查找"), self.focus_search, QKeySequence.StandardKey.Find, edit_menu)
        edit_menu.addSeparator()
        self.fill_action = self._action(self.tr("批量填写…"), self.open_fill, "Ctrl+Shift+D", edit_menu)
        self.complete_action = self._action(self.tr("补全编码和流程图…"), self.open_complete, "Ctrl+Shift+K",
                                            edit_menu)
        edit_menu.addSeparator()
        self.recycle_action = self._action(self.tr("回收站…"), self.open_recycle_bin, None, edit_menu)

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        self.items_tab_action = self._action(self.tr("事项"), lambda: self._show_tab(0), "Ctrl+1", view_menu)
        self.dashboard_action = self._action(self.tr("总览"), lambda: self._show_tab(1), "Ctrl+2", view_menu)
        self.duties_action = self._action(self.tr("责任清单"), lambda: self._show_tab(2), "Ctrl+3", view_menu)
        view_menu.addSeparator()
        language = view_menu.addMenu(self.tr("界面语言（重新启动后生效）"))
        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            action = self._action(label, lambda _c=False, code=code: self._set_language(code), None, language)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
        self._action(self.tr("Graphviz 程序位置…"), self.choose_dot, None, view_menu)

        submit_menu = bar.addMenu(self.tr("报送(&S)"))
        self.export_action = self._action(self.tr("导出报送材料…"), self.open_export, "Ctrl+E", submit_menu)
        self.rounds_action = self._action(self.tr("报送批次与审核意见…"), self.open_rounds, None, submit_menu)
        self.publish_action = self._action(self.tr("发布公开版…"), self.open_publish, None, submit_menu)
        self.review_import_action = self._action(self.tr("导入审核意见反馈表…"), self.choose_review_import, None,
                                                 submit_menu)
        submit_menu.addSeparator()
        self.print_catalog_action = self._action(self.tr("打印预览：目录表…"), lambda: self.print_preview("catalog"),
                                                 QKeySequence.StandardKey.Print, submit_menu)
        self.print_form_action = self._action(self.tr("打印预览：当前事项登记表…"),
                                              lambda: self.print_preview("registration"), None, submit_menu)
        self.print_chart_action = self._action(self.tr("打印预览：当前事项流程图…"),
                                               lambda: self.print_preview("flowchart"), None, submit_menu)
        dept_menu = bar.addMenu(self.tr("部门(&D)"))
        self.department_action = self._action(self.tr("部门信息…"), self.edit_department, None, dept_menu)
        self.workspace_actions = [self.fill_action, self.complete_action,
            self.import_action, self.catalog_action, self.export_action, self.close_action, self.undo_action,
            self.redo_action,
            self.new_item_action, self.duplicate_action, self.delete_action, self.find_action, self.recycle_action,
            self.items_tab_action, self.dashboard_action, self.duties_action, self.department_action,
            self.rounds_action,
            self.review_import_action, self.print_catalog_action, self.print_form_action, self.print_chart_action,
            self.publish_action,
        ]
        self.new_in_menu.setEnabled(False)

    def _set_workspace_actions(self, enabled: bool) -> None:
        for action in self.workspace_actions:
            action.setEnabled(enabled)
        self.new_in_menu.setEnabled(enabled)
        if enabled:
            self._update_undo_actions()

    def _update_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_workspaces
        for path in recent:
            self.recent_menu.addAction(path, partial(self.open_workspace, path))
        self.recent_menu.setEnabled(bool(recent))
        self.welcome.set_recent(recent)

    def _set_language(self, code: str) -> None:
        self.settings.language = code
        self.statusBar().showMessage(self.tr("界面语言将在下次启动时生效"), 5000)

    def choose_dot(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择 Graphviz 的 dot 程序（留空取消则自动查找）"),
                                              self.settings.dot_path)
        self.use_dot(path)

    def use_dot(self, path: str) -> bool:
        """Use this `dot` for flowcharts ("" to look it up again); says whether it works."""
        from qlist_desktop.render.graphviz import GraphvizFailed, GraphvizMissing, dot_version, set_configured_dot

        set_configured_dot(path or None)
        try:
            version = dot_version()
        except (GraphvizMissing, GraphvizFailed) as exc:
            problem = str(exc)
        else:
            if "graphviz" in version.lower():
                self.settings.dot_path = path
                self.statusBar().showMessage(self.tr("流程图将使用：{version}").format(version=version), 8000)
                return True
            problem = self.tr("“{path}”不是 Graphviz 的 dot 程序").format(path=path)
        set_configured_dot(self.settings.dot_path or None)
        self.show_problem(problem)
        return False

    # -- messages ------------------------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        """A problem said in a sentence: in the welcome view or status bar, and in a (non-blocking) box."""
        self.welcome.message.setText(text)
        self.statusBar().showMessage(text, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("权力清单编制工具"), text, QMessageBox.StandardButton.Ok,
                          self)
        self.pending_dialog = box
        box.open()

    # -- workspaces --------------------------------------------------------------------------------------
    def choose_new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("新建工作区"), self.settings.last_directory,
                                              WORKSPACE_FILTER)
        if path:
            self.start_new_workspace(Path(path))

    def start_new_workspace(self, path: Path) -> DepartmentDialog:
        """Ask for the department's details, then create the workspace at `path`."""
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        dialog = DepartmentDialog(Department(), self, creating=True)
        dialog.accepted.connect(lambda: self.create_workspace(path, dialog.department()))
        self.pending_dialog = dialog
        dialog.open()
        return dialog

    def create_workspace(self, path: Path, department: Department) -> bool:
        try:
            ws = Workspace.create(path)
        except WorkspaceError as exc:
            self.show_problem(str(exc))
            return False
        initialise(ws, department)
        self._use(ws)
        return True

    def choose_open_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开工作区"), self.settings.last_directory,
                                              WORKSPACE_FILTER)
        if path:
            self.open_workspace(path)

    def open_workspace(self, path: str | Path) -> bool:
        if self.ws is not None and Path(path).resolve() == self.ws.path.resolve():
            return True
        try:
            ws = Workspace.open(Path(path))
        except WorkspaceError as exc:
            if not Path(path).exists():  # a recent workspace that was moved or deleted leaves the list
                self.settings.forget_workspace(path)
                self._update_recent()
            self.show_problem(str(exc))
            return False
        self._use(ws)
        return True

    def open_demo(self) -> bool:
        """Open the demo workspace (a county market-regulation bureau), creating it on first use."""
        path = config_dir() / DEMO_FILE
        if not path.exists():
            from qlist_desktop.services.demo import create_demo

            path.parent.mkdir(parents=True, exist_ok=True)
            create_demo(path)
        return self.open_workspace(path)

    def _use(self, ws: Workspace) -> None:
        self.close_workspace()
        self.ws = ws
        self.settings.remember_workspace(ws.path)
        self._update_recent()
        self._build_workpage()
        self._set_workspace_actions(True)

    def _build_workpage(self) -> None:
        assert self.ws is not None
        bench = self.bench = Workbench(self.ws, self)
        self.item_list = ItemListPanel(bench)
        self.editor = ItemEditor(bench)
        self.dashboard = Dashboard(bench)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.item_list)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        if not self.settings.splitter_state.isEmpty():
            self.splitter.restoreState(self.settings.splitter_state)
        else:
            self.splitter.setSizes([720, 646])
        if not self.settings.list_header_state.isEmpty():
            self.item_list.view.horizontalHeader().restoreState(self.settings.list_header_state)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, self.tr("事项"))
        self.tabs.addTab(self.dashboard, self.tr("总览"))
        self.duties_page = DutiesPage(bench)
        self.tabs.addTab(self.duties_page, self.tr("责任清单"))
        duty_summary = DutySummary(self.duties_page.dbench, self.dashboard)
        duty_summary.openRequested.connect(lambda: self._show_tab(2))
        dashboard_layout = self.dashboard.layout()
        if dashboard_layout is not None:
            dashboard_layout.addWidget(duty_summary)
        self.duties_page.jumpRequested.connect(self.jump_to)
        self.duties_page.dbench.showRequested.connect(lambda _p, _i: self._show_tab(2))
        self.duties_page.dbench.entryShown.connect(self._duty_edited)
        self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.tabs)

        self.item_list.currentItemChanged.connect(self._current_item_changed)
        self.item_list.fillRequested.connect(lambda: self.open_fill())
        self.editor.expandToggled.connect(lambda on: self.item_list.setVisible(not on) if self.item_list else None)
        self.dashboard.jumpRequested.connect(self.jump_to)
        bench.edited.connect(self._after_undo_redo)
        bench.undo_stack.indexChanged.connect(lambda _n: self._update_undo_actions())
        bench.changed.connect(self._on_changed)
        bench.departmentChanged.connect(self._update_title)
        for label in bench.vocab.labels("category"):
            self.new_in_menu.addAction(label, partial(self.new_item, label))
        self._update_title()
        self._update_counts()
        self._update_deadline()
        if self.item_list.proxy.rowCount():
            self.item_list.select_item(self.item_list.proxy.id_at(0))

    def close_workspace(self) -> None:
        if self.ws is None:
            return
        self._save_layout()
        if self.editor is not None:
            self.editor.commit_pending()
        self.stack.removeWidget(self.tabs)
        self.tabs.deleteLater()
        if self.bench is not None:
            self.bench.deleteLater()
        self.new_in_menu.clear()
        self.ws.close()
        self.ws = self.bench = self.item_list = self.editor = self.dashboard = self.duties_page = None
        self.stack.setCurrentWidget(self.welcome)
        self._set_workspace_actions(False)
        self.counts.clear()
        self.deadline.clear()
        self.setWindowTitle(self.tr("权力清单编制工具"))

    def _save_layout(self) -> None:
        self.settings.geometry = self.saveGeometry()
        if self.item_list is not None:
            self.settings.splitter_state = self.splitter.saveState()
            self.settings.list_header_state = self.item_list.view.horizontalHeader().saveState()

    # -- editing -----------------------------------------------------------------------------------------
    def _current_item_changed(self, item_id: int | None) -> None:
        if self.editor is not None:
            self.editor.show_item(item_id)
        self._update_counts()

    def new_item(self, category: str | None = None) -> int | None:
        """A new item from its category's template (the filtered or current item's category by default)."""
        if self.bench is None or self.item_list is None:
            return None
        if category is None:
            current = self.item_list.current_id()
            category = (self.item_list.proxy.category
                        or (self.bench.peek(current).category if current is not None else "")
                        or self.bench.vocab.labels("category")[0])
        item_id = self.bench.new_item(category)
        self.jump_to(item_id, "name")
        return item_id

    def duplicate_item(self) -> int | None:
        current = self.item_list.current_id() if self.item_list is not None else None
        if self.bench is None or current is None:
            return None
        if self.editor is not None:
            self.editor.commit_pending()
        item_id = self.bench.duplicate(current)
        self.jump_to(item_id, "sub_name")
        return item_id

    def delete_selected(self) -> None:
        if self.item_list is not None:
            self.item_list.confirm_delete()

    def focus_search(self) -> None:
        if self.item_list is not None:
            self._show_tab(0)
            self.item_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.item_list.search.selectAll()

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        if self.bench is None:
            return
        if self.editor is not None:
            self.editor.commit_pending()
        if self.duties_page is not None:
            self.duties_page.commit_pending()
        self._jump_on_edit = True
        try:
            if undo:
                self.bench.undo_stack.undo()
            else:
                self.bench.undo_stack.redo()
        finally:
            self._jump_on_edit = False

    def _after_undo_redo(self, item_id: int, field: str) -> None:
        """After undo/redo, show where it happened (the edit may belong to another item)."""
        if self._jump_on_edit:
            self.jump_to(item_id, field)

    def _duty_edited(self, _part: str, _entry_id: int) -> None:
        """After undo/redo of a responsibility-list edit, show the 责任清单 page (the page shows the entry)."""
        if self._jump_on_edit:
            self._show_tab(2)

    def jump_to(self, item_id: int, field: str = "") -> None:
        if self.item_list is None or self.editor is None:
            return
        self._show_tab(0)
        if self.item_list.current_id() != item_id:
            self.item_list.select_item(item_id)
        if field:
            self.editor.focus_field(field)

    def _update_undo_actions(self) -> None:
        if self.bench is None:
            return
        stack = self.bench.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("撤销 {what}").format(what=stack.undoText()) if stack.canUndo()
                                 else self.tr("撤销"))
        self.redo_action.setText(self.tr("重做 {what}").format(what=stack.redoText()) if stack.canRedo()
                                 else self.tr("重做"))

    def _show_tab(self, index: int) -> None:
        if self.bench is not None:
            self.tabs.setCurrentIndex(index)

    def _update_title(self) -> None:
        if self.bench is not None and self.ws is not None:
            self.setWindowTitle(self.tr("{department} — {file} — 权力清单编制工具").format(
                department=self.bench.department.name, file=self.ws.path.name))

    def _update_counts(self) -> None:
        if self.bench is None or self.item_list is None:
            return
        totals = count_by_severity(self.bench.live.all_findings())
        text = self.tr("事项 {n} 项 · 错误 {e} · 警告 {w}").format(
            n=len(self.bench.live.items), e=totals["error"], w=totals["warning"])
        current = self.item_list.current_id()
        if current is not None and current in self.bench.live.items:
            state = self.bench.live.state(current)
            text = self.tr("本事项：错误 {e} · 警告 {w}　|　").format(e=state.errors, w=state.warnings) + text
        self.counts.setText(text)

    # -- dialogs ---------------------------------------------------------------------------------------------
    def edit_department(self) -> DepartmentDialog | None:
        if self.bench is None:
            return None
        bench = self.bench
        dialog = DepartmentDialog(bench.department, self)
        dialog.accepted.connect(lambda: bench.set_department(dialog.department()))
        dialog.accepted.connect(lambda: self._fill_defaults(dialog.defaults()))
        self.pending_dialog = dialog
        dialog.open()
        return dialog

    def open_recycle_bin(self) -> RecycleBinDialog | None:
        if self.bench is None:
            return None
        dialog = RecycleBinDialog(self.bench, self)
        self.pending_dialog = dialog
        dialog.open()
        return dialog

    def choose_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择要导入的清单文件"), self.settings.last_directory,
                                                self.tr("Excel 清单 (*.xlsx *.xls);;所有文件 (*)"))
        if paths:
            self.open_import([Path(p) for p in paths])

    def choose_laws(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择法规文本"), self.settings.last_directory,
                                                self.tr("法规文本 (*.docx *.md *.txt)"))
        if paths:
            from qlist_desktop.ui.law_import import import_laws_from

            import_laws_from(self, [Path(p) for p in paths])
            if self.bench is not None:  # every item is checked again: the basis checks now see the added laws
                self.bench.announce(OpChanges.of(Change.SETTINGS, updated=self.bench.item_ids()))

    # Dialogs of their own modules are imported when first opened: that keeps the window's start fast.
    def open_import(self, paths: list[Path]) -> QDialog | None:
        """The import dialog; the list is reloaded when it closes."""
        if self.ws is None:
            return None
        from qlist_desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ws, list(paths), self)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _r: self.open_complete() if dialog.complete_check.isChecked()
                                and dialog.outcome is not None and dialog.outcome.created_ids else None)
        return self._show(dialog)

    def _imported(self, outcome: ImportOutcome) -> None:
        """An import is one undoable step; the status bar says what it did."""
        if self.bench is None or self.ws is None:
            return
        from qlist_desktop.services.imports import redo_import, undo_import

        ws = self.ws
        created, updated = len(outcome.created_ids), len(outcome.updated_ids)
        self.bench.push_done(self.tr("导入 {c} 个新事项、更新 {u} 个").format(c=created, u=updated), outcome.changes,
                             lambda: undo_import(ws, outcome), lambda: redo_import(ws, outcome))
        self.statusBar().showMessage(
            self.tr("导入完成：新建 {c} 项，更新 {u} 项（Ctrl+Z 可撤销本次导入）").format(c=created, u=updated), 15_000)

    def _fill_defaults(self, defaults: dict[str, str]) -> None:
        """The department's defaults into every item that lacks them, as one undoable edit."""
        if self.bench is None or not defaults:
            return
        bench = self.bench
        changes = {i: {name: value for name, value in defaults.items() if not str(getattr(bench.peek(i), name)).strip()}
                   for i in bench.item_ids()}
        changes = {i: ch for i, ch in changes.items() if ch}
        bench.set_fields_many(changes, self.tr("为 {n} 个事项填入部门信息").format(n=len(changes)))
        message = self.tr("已为 {n} 个事项填入部门信息（Ctrl+Z 可撤销）").format(n=len(changes))
        self.statusBar().showMessage(message, 15_000)

    def open_complete(self) -> QDialog | None:
        """补全编码和流程图: the preview first, then one undoable step."""
        if self.bench is None:
            return None
        from qlist_desktop.ui.complete_dialog import CompleteDialog

        return self._show(CompleteDialog(self.bench, self))

    def open_fill(self, name: str = "") -> QDialog | None:
        """批量填写: a field set on the selected items, or on every item the list shows."""
        if self.bench is None or self.item_list is None:
            return None
        from qlist_desktop.ui.fill_dialog import FillDialog

        proxy = self.item_list.proxy
        shown = [proxy.id_at(row) for row in range(proxy.rowCount())]
        dialog = FillDialog(self.bench, self.item_list.selected_ids(), shown, self)
        if name:
            dialog.choose(name)
        return self._show(dialog)

    def open_catalogs(self) -> QDialog | None:
        """Upper-level catalogs and their claiming; the list is reloaded when items come or go."""
        if self.ws is None:
            return None
        from qlist_desktop.ui.catalog_dialog import CatalogDialog

        dialog = CatalogDialog(self.ws, self, bench=lambda: self.bench)
        bench = self.bench
        if bench is not None:
            dialog.items_changed.connect(bench.resync)
        return self._show(dialog)

    def open_export(self) -> QDialog | None:
        if self.ws is None:
            return None
        from qlist_desktop.ui.export_wizard import ExportWizard

        bench = self.bench
        mark = None if bench is None else (lambda ids: bench.set_fields_many(
            {i: {"status": READY} for i in ids}, self.tr("将 {n} 个草稿标为待审核").format(n=len(ids))))
        dialog = ExportWizard(self.ws, self, mark_ready=mark)
        dialog.jumpRequested.connect(self.jump_to)
        if bench is not None:
            dialog.exported.connect(lambda result: bench.announce(result.changes))
        return self._show(dialog)

    def open_publish(self) -> QDialog | None:
        """公开运行: the site and the printed editions of the public items."""
        if self.ws is None:
            return None
        from qlist_desktop.ui.publish_dialog import PublishDialog

        return self._show(PublishDialog(self.ws, self))

    def _show(self, dialog: QDialog) -> QDialog:
        self.pending_dialog = dialog
        dialog.open()
        return dialog

    def open_rounds(self) -> RoundsDialog | None:
        """Submitted rounds, the office's opinions, the change deadline and the holiday calendar."""
        if self.ws is None or self.bench is None:
            return None
        dialog = RoundsDialog(self.ws, self)
        dialog.reviews_imported.connect(self.bench.reload_reviews)
        self._show(dialog)
        return dialog

    def choose_review_import(self) -> None:
        dialog = self.open_rounds()
        if dialog is not None:
            dialog.choose_and_import()

    def print_preview(self, what: str) -> QWidget | None:
        """Print preview of the catalog, or of the current item's 登记表 or flowchart (as exported).

        Returns the progress dialog of the pages being made; the preview opens when they are ready.
        """
        if self.ws is None or self.item_list is None:
            return None
        from qlist_desktop.ui import print_preview

        item_id = self.item_list.current_id()
        if what != "catalog" and item_id is None:
            self.show_problem(self.tr("请先在列表中选择一个事项"))
            return None
        if self.editor is not None:
            self.editor.commit_pending()
        if what == "catalog":
            loader = print_preview.catalog_preview(self.ws, self)
        elif what == "registration":
            loader = print_preview.registration_preview(self.ws, item_id or 0, self)
        else:
            loader = print_preview.flowchart_preview(self.ws, item_id or 0, self)
        loader.failed.connect(lambda message: self.show_problem(self.tr("无法打印预览：") + message))
        loader.ready.connect(self._remember_dialog)
        self.pending_dialog = loader
        return loader

    def _remember_dialog(self, dialog: QWidget) -> None:
        self.pending_dialog = dialog

    def _on_changed(self, changes: OpChanges) -> None:
        self._update_counts()
        if changes.touches(Change.SUBMISSIONS) or changes.touches(Change.OPINIONS):
            self._update_deadline()

    def _update_deadline(self) -> None:
        deadline = change_deadline(self.ws) if self.ws is not None else None
        self.deadline.setText(deadline.describe() if deadline else "")

    # -- closing ---------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_layout()
        self.close_workspace()
        self.settings.sync()
        super().closeEvent(event)
