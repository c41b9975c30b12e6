<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BasisEditor</name>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="284" />
        <source>粘贴依据文本</source>
        <translation>Paste basis text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="285" />
        <source>附加依据文件…</source>
        <translation>Attach document…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="287" />
        <source>在此粘贴或输入“【法律】《文件名称》第X条……”，回车后拆分为依据</source>
        <translation>Paste or type "【level】《title》article…" here; Enter splits it into bases</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="298" />
        <source>已从粘贴的文本拆分出 {n} 条依据</source>
        <translation>{n} bases taken from the pasted text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="299" />
        <source>粘贴的文本中没有找到依据</source>
        <translation>No basis found in the pasted text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="312" />
        <source>请先选中一条依据，再附加它的文件</source>
        <translation>Select one basis first, then attach its document</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="315" />
        <source>选择依据文件</source>
        <translation>Choose a basis document</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="315" />
        <source>依据文件 (*.pdf *.docx *.doc *.ofd *.wps *.txt *.png *.jpg)</source>
        <translation>Basis documents (*.pdf *.docx *.doc *.ofd *.wps *.txt *.png *.jpg)</translation>
    </message>
</context>
<context>
    <name>BasisTableModel</name>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="139" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="139" />
        <source>文件名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="139" />
        <source>修订版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="139" />
        <source>条款</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="140" />
        <source>条文内容</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="140" />
        <source>依据文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="152" />
        <source>已附加</source>
        <translation>Attached</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="44" />
        <source>已完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="44" />
        <source>有警告</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="44" />
        <source>有错误</source>
        <translation>With errors</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="53" />
        <source>工作区中还没有事项</source>
        <translation>No items in the workspace yet</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="75" />
        <source>{n} 项</source>
        <translation>{n} items</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="90" />
        <source>各类型完成情况</source>
        <translation>Completion by category</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="92" />
        <source>阻碍报送的问题（双击跳转到事项）</source>
        <translation>What blocks submission (double-click to open the item)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="128" />
        <source>共 {total} 个事项：{complete} 个已完成，{blocked} 个有错误须修改后才能报送（{errors} 处错误）</source>
        <translation>{total} items: {complete} complete, {blocked} with errors to fix before submission ({errors} errors)</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="17" />
        <source>新建工作区：部门信息</source>
        <translation>New workspace: department</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="17" />
        <source>部门信息</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="19" />
        <source>如：某县市场监督管理局</source>
        <translation>e.g. County Market Regulation Bureau</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="21" />
        <source>3 位数字</source>
        <translation>3 digits</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="23" />
        <source>6 位数字，如 650203</source>
        <translation>6 digits, e.g. 650203</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="30" />
        <source>部门名称</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="31" />
        <source>主体编码</source>
        <translation>Body code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="32" />
        <source>区划代码</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="33" />
        <source>联络员</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="34" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="52" />
        <source>请填写部门名称</source>
        <translation>Please enter the department name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="54" />
        <source>主体编码应为 3 位数字，现为“{v}”</source>
        <translation>The body code must be 3 digits, not "{v}"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="56" />
        <source>区划代码应为 6 位数字，现为“{v}”</source>
        <translation>The region code must be 6 digits, not "{v}"</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="25" />
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="25" />
        <source>事项编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="25" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="25" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="52" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="52" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="170" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="170" />
        <source>向社会或当事人公开</source>
        <translation>Disclosed to the public or the parties</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="213" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="222" />
        <source>工作日天数，如 20</source>
        <translation>Working days, e.g. 20</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="236" />
        <source>未选择事项：在左侧列表中选择一个事项，或按 Ctrl+N 新建</source>
        <translation>No item selected: choose one in the list, or press Ctrl+N for a new one</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="345" />
        <source>已附加依据文件“{name}”</source>
        <translation>Attached "{name}"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="383" />
        <source>流程图编辑器尚未安装（缺少 qlist_desktop.ui.flowchart_editor 模块）</source>
        <translation>The flowchart editor is not installed (module qlist_desktop.ui.flowchart_editor is missing)</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="55" />
        <source>搜索编码、名称、子项名称或依据文件名称（Ctrl+F）</source>
        <translation>Search code, name, sub-name or basis title (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="59" />
        <source>全部类型</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="64" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="68" />
        <source>只看有错误的</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="90" />
        <source>设置状态</source>
        <translation>Set status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="95" />
        <source>设置承办机构…</source>
        <translation>Set handling section…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="97" />
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="110" />
        <source>所选事项：</source>
        <translation>Selected items:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="137" />
        <source>显示 {shown} / {total} 项</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="174" />
        <source>将 {n} 个事项的{field}设为“{value}”</source>
        <translation>Set {field} of {n} items to "{value}"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="175" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="175" />
        <source>承办机构</source>
        <translation>Handling section</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="182" />
        <source>设置承办机构</source>
        <translation>Set handling section</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="183" />
        <source>所选 {n} 个事项的承办机构（科室）：</source>
        <translation>Handling section of the {n} selected items:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="192" />
        <source>删除事项</source>
        <translation>Delete items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="193" />
        <source>将所选 {n} 个事项移入回收站？可在“编辑 → 回收站”中恢复，也可撤销（Ctrl+Z）。</source>
        <translation>Move the {n} selected items to the recycle bin? They can be restored from Edit → Recycle bin, or undone (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="50" />
        <source>事项编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="50" />
        <source>事项名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="50" />
        <source>子项名称</source>
        <translation>Sub-name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="50" />
        <source>权力类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="51" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="51" />
        <source>校验</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="51" />
        <source>最后修改</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="65" />
        <source>错误 {e} · 警告 {w}</source>
        <translation>{e} errors · {w} warnings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="67" />
        <source>错误 {e}</source>
        <translation>{e} errors</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="69" />
        <source>警告 {w}</source>
        <translation>{w} warnings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="70" />
        <source>通过</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="51" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="153" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="277" />
        <source>权力清单编制工具</source>
        <translation>Power List Workbench</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="84" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="85" />
        <source>新建工作区…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="86" />
        <source>打开工作区…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="87" />
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="88" />
        <source>打开示例工作区</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="90" />
        <source>导入 Excel 清单…</source>
        <translation>Import Excel list…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="91" />
        <source>导出报送材料…</source>
        <translation>Export submission…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="93" />
        <source>关闭工作区</source>
        <translation>Close workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="94" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="96" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="97" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="364" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="98" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="366" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="101" />
        <source>新建事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="103" />
        <source>按类型新建事项</source>
        <translation>New item of category</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="104" />
        <source>复制事项</source>
        <translation>Duplicate item</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="105" />
        <source>删除所选事项…</source>
        <translation>Delete selected items…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="106" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="108" />
        <source>回收站…</source>
        <translation>Recycle bin…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="110" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="111" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="242" />
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="112" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="243" />
        <source>总览</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="114" />
        <source>界面语言（重新启动后生效）</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="120" />
        <source>部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="121" />
        <source>部门信息…</source>
        <translation>Department…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="146" />
        <source>界面语言将在下次启动时生效</source>
        <translation>The language changes at the next start</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="160" />
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="186" />
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="209" />
        <source>本版本没有示例工作区（缺少 qlist_desktop.services.demo 模块）</source>
        <translation>This build has no demo workspace (module qlist_desktop.services.demo is missing)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="363" />
        <source>撤销 {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="365" />
        <source>重做 {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="374" />
        <source>{department} — {file} — 权力清单编制工具</source>
        <translation>{department} — {file} — Power List Workbench</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="381" />
        <source>事项 {n} 项 · 错误 {e} · 警告 {w}</source>
        <translation>{n} items · {e} errors · {w} warnings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="386" />
        <source>本事项：错误 {e} · 警告 {w}　|　</source>
        <translation>This item: {e} errors · {w} warnings  |  </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="409" />
        <source>选择要导入的清单文件</source>
        <translation>Choose list files to import</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="410" />
        <source>Excel 清单 (*.xlsx *.xls);;所有文件 (*)</source>
        <translation>Excel lists (*.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="430" />
        <source>本版本尚未包含此功能（缺少 {module} 模块）</source>
        <translation>This build does not include this feature yet (module {module} is missing)</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/recycle_bin.py" line="25" />
        <source>回收站</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/recycle_bin.py" line="33" />
        <source>恢复所选事项</source>
        <translation>Restore selected items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/recycle_bin.py" line="38" />
        <source>删除的事项保留在这里，可以恢复。</source>
        <translation>Deleted items stay here and can be restored.</translation>
    </message>
</context>
<context>
    <name>RecycleBinModel</name>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="210" />
        <source>事项编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="210" />
        <source>事项名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="210" />
        <source>子项名称</source>
        <translation>Sub-name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="210" />
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
</context>
<context>
    <name>ResponsibilityTableModel</name>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="167" />
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="167" />
        <source>责任事项内容</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="167" />
        <source>责任事项依据</source>
        <translation>Basis of responsibility</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../qlist_desktop/ui/welcome.py" line="19" />
        <source>权力清单编制工具</source>
        <translation>Power List Workbench</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/welcome.py" line="21" />
        <source>部门联络员离线编制、校验和报送权力清单。每处修改都会立即保存到工作区文件。</source>
        <translation>Compile, check and submit the department's power list offline. Every change is saved to the workspace file at once.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/welcome.py" line="23" />
        <source>新建工作区…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/welcome.py" line="24" />
        <source>打开工作区…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/welcome.py" line="25" />
        <source>打开示例工作区</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/welcome.py" line="46" />
        <source>最近打开的工作区（双击打开）：</source>
        <translation>Recent workspaces (double-click to open):</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/welcome.py" line="60" />
        <source>（文件已不存在）</source>
        <translation> (file no longer exists)</translation>
    </message>
</context>
<context>
    <name>_RowsEditor</name>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="234" />
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="235" />
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="236" />
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="237" />
        <source>下移</source>
        <translation>Move down</translation>
    </message>
</context>
</TS>