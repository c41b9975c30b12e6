<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BasisEditor</name>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="285" />
        <source>粘贴依据文本</source>
        <translation>Paste basis text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="286" />
        <source>附加依据文件…</source>
        <translation>Attach document…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="288" />
        <source>在此粘贴或输入“【法律】《文件名称》第X条……”，回车后拆分为依据</source>
        <translation>Paste or type "【level】《title》article…" here; Enter splits it into bases</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="299" />
        <source>已从粘贴的文本拆分出 {n} 条依据</source>
        <translation>{n} bases taken from the pasted text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="300" />
        <source>粘贴的文本中没有找到依据</source>
        <translation>No basis found in the pasted text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="313" />
        <source>请先选中一条依据，再附加它的文件</source>
        <translation>Select one basis first, then attach its document</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="316" />
        <source>选择依据文件</source>
        <translation>Choose a basis document</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="316" />
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
    <name>CatalogDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="47" />
        <source>上级目录认领</source>
        <translation>Claiming from upper-level catalogs</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="59" />
        <source>不认领的理由（必填，写入报送包的未认领事项说明）</source>
        <translation>Reason for not claiming (required; goes into the bundle's statement of unclaimed items)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="60" />
        <source>不认领所选</source>
        <translation>Do not claim selected</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="62" />
        <source>重新认领所选</source>
        <translation>Claim selected again</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="64" />
        <source>导入上级目录…</source>
        <translation>Import a catalog…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="95" />
        <source>{name}：{n} 条，已认领 {c}，未认领 {u}</source>
        <translation>{name}: {n} entries, {c} claimed, {u} not claimed</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="98" />
        <source>尚未导入上级目录。导入后，目录中的事项默认全部认领到本部门清单。</source>
        <translation>No catalog imported yet. Once imported, every catalog item is claimed into this department's list by default.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="106" />
        <source>请先选择要不认领的条目</source>
        <translation>Select the entries not to claim first</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="115" />
        <source>已将 {n} 条标记为未认领，对应事项已移入回收站</source>
        <translation>{n} entries marked not claimed; their items moved to the recycle bin</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="122" />
        <source>已重新认领 {n} 条</source>
        <translation>{n} entries claimed again</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="125" />
        <source>选择上级目录（Excel）</source>
        <translation>Choose a catalog (Excel)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="126" />
        <source>Excel 清单 (*.xlsx *.xls)</source>
        <translation>Excel lists (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="134" />
        <source>未导入任何内容：</source>
        <translation>Nothing was imported: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="136" />
        <source>已导入上级目录：认领 {n} 项（新建 {c} 项，对应已有事项 {l} 项）</source>
        <translation>Catalog imported: {n} items claimed ({c} new, {l} matched existing items)</translation>
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
        <location filename="../../qlist_desktop/ui/dashboard.py" line="76" />
        <source>{n} 项</source>
        <translation>{n} items</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="91" />
        <source>各类型完成情况</source>
        <translation>Completion by category</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="93" />
        <source>阻碍报送的问题（双击跳转到事项）</source>
        <translation>What blocks submission (double-click to open the item)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="129" />
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
        <location filename="../../qlist_desktop/ui/findings.py" line="44" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="44" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>FlowchartEditor</name>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="131" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="131" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="131" />
        <source>条件（是/否/不予受理…）</source>
        <translation>Condition (yes/no/rejected…)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="137" />
        <source>添加环节</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="138" />
        <source>添加分支</source>
        <translation>Add branch</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="139" />
        <source>删除环节</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="140" />
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="141" />
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="142" />
        <source>添加连线</source>
        <translation>Add link</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="143" />
        <source>删除连线</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="157" />
        <source>保存流程图</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="159" />
        <source>按权力类型模板重新起草</source>
        <translation>Redraft from the category template</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="169" />
        <source>流程环节</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="174" />
        <source>连线</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="186" />
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="186" />
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="187" />
        <source>适合窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="199" />
        <source>流程图问题</source>
        <translation>Chart findings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="224" />
        <source>已保存的流程图数据已损坏（{0}），下面是按权力类型模板起草的新流程图，保存后替换损坏的数据。</source>
        <translation>The stored chart is damaged ({0}); below is a new draft from the category template, which replaces it when saved.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="227" />
        <source>该事项还没有流程图：下面是按“{0}”模板起草的草稿，修改后保存。</source>
        <translation>This item has no chart yet: below is a draft from the “{0}” template; edit and save it.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="344" />
        <source>新环节</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="356" />
        <source>是否符合条件</source>
        <translation>Conditions met?</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="358" />
        <source>不予办理告知</source>
        <translation>Notice of refusal</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="362" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="364" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="417" />
        <source>未发现问题</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="434" />
        <source>正在绘制…</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="458" />
        <source>无法绘制预览：{0}</source>
        <translation>Cannot draw the preview: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="63" />
        <source>从 Excel 导入事项</source>
        <translation>Import items from Excel</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="69" />
        <source>正在读取 {n} 个文件……</source>
        <translation>Reading {n} file(s)…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="74" />
        <source>文件 / 工作表 / 事项</source>
        <translation>File / sheet / item</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="74" />
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="74" />
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="75" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="74" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="75" />
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="76" />
        <source>文件 / 工作表</source>
        <translation>File / sheet</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="75" />
        <source>跳过原因</source>
        <translation>Reason skipped</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="76" />
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="79" />
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="77" />
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="78" />
        <source>跳过的行</source>
        <translation>Skipped rows</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="80" />
        <source>同时更新已有事项中与文件不同的内容</source>
        <translation>Also update existing items that differ from the file</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="86" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="87" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="144" />
        <source>预览完成，尚未导入</source>
        <translation>Preview ready, not imported yet</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="147" />
        <source>预览完成：确认无误后点“导入”。</source>
        <translation>Preview ready: check it, then click “Import”.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="147" />
        <source>没有需要导入的内容。</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="156" />
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="166" />
        <source>已导入：新建 {c} 项，更新 {u} 项。</source>
        <translation>Imported: {c} created, {u} updated.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="185" />
        <source>共 {n} 个事项：新建 {c} 项，更新 {u} 项，无变化 {k} 项；跳过 {s} 行；{w} 条提醒。</source>
        <translation>{n} items: {c} new, {u} updated, {k} unchanged; {s} rows skipped; {w} warnings.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="188" />
        <source>以下文件无法导入，请处理后重试（未导入任何内容）：</source>
        <translation>These files cannot be imported; fix them and try again (nothing was imported):</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="191" />
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="191" />
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="191" />
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="199" />
        <source>{n} 个事项：{c}</source>
        <translation>{n} items: {c}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="219" />
        <source>跳过的行（{n}）</source>
        <translation>Skipped rows ({n})</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="220" />
        <source>提醒（{n}）</source>
        <translation>Warnings ({n})</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="172" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="172" />
        <source>向社会或当事人公开</source>
        <translation>Disclosed to the public or the parties</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="217" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="226" />
        <source>工作日天数，如 20</source>
        <translation>Working days, e.g. 20</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="240" />
        <source>未选择事项：在左侧列表中选择一个事项，或按 Ctrl+N 新建</source>
        <translation>No item selected: choose one in the list, or press Ctrl+N for a new one</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="350" />
        <source>已附加依据文件“{name}”</source>
        <translation>Attached "{name}"</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="57" />
        <source>搜索编码、名称、子项名称或依据文件名称（Ctrl+F）</source>
        <translation>Search code, name, sub-name or basis title (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="61" />
        <source>全部类型</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="66" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="70" />
        <source>只看有错误的</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="72" />
        <source>只看待处理的审核意见</source>
        <translation>Open review opinions only</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="94" />
        <source>设置状态</source>
        <translation>Set status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="99" />
        <source>设置承办机构…</source>
        <translation>Set handling section…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="101" />
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="115" />
        <source>所选事项：</source>
        <translation>Selected items:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="143" />
        <source>显示 {shown} / {total} 项</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="181" />
        <source>将 {n} 个事项的{field}设为“{value}”</source>
        <translation>Set {field} of {n} items to "{value}"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="180" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="180" />
        <source>承办机构</source>
        <translation>Handling section</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="188" />
        <source>设置承办机构</source>
        <translation>Set handling section</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="189" />
        <source>所选 {n} 个事项的承办机构（科室）：</source>
        <translation>Handling section of the {n} selected items:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="199" />
        <source>删除事项</source>
        <translation>Delete items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="198" />
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
        <location filename="../../qlist_desktop/ui/item_model.py" line="51" />
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="67" />
        <source>错误 {e} · 警告 {w}</source>
        <translation>{e} errors · {w} warnings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="69" />
        <source>错误 {e}</source>
        <translation>{e} errors</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="71" />
        <source>警告 {w}</source>
        <translation>{w} warnings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="72" />
        <source>通过</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="76" />
        <source>待处理：{conclusion}</source>
        <translation>Open: {conclusion}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="129" />
        <source>发布公开版…</source>
        <translation>Publish for citizens…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="54" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="197" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="323" />
        <source>权力清单编制工具</source>
        <translation>Power List Workbench</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="89" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="90" />
        <source>新建工作区…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="91" />
        <source>打开工作区…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="92" />
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="93" />
        <source>打开示例工作区</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="95" />
        <source>导入 Excel 清单…</source>
        <translation>Import Excel list…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="127" />
        <source>导出报送材料…</source>
        <translation>Export submission…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="98" />
        <source>关闭工作区</source>
        <translation>Close workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="96" />
        <source>上级目录认领…</source>
        <translation>Claim from catalogs…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="99" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="101" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="102" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="411" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="103" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="413" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="106" />
        <source>新建事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="108" />
        <source>按类型新建事项</source>
        <translation>New item of category</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="109" />
        <source>复制事项</source>
        <translation>Duplicate item</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="110" />
        <source>删除所选事项…</source>
        <translation>Delete selected items…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="111" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="113" />
        <source>回收站…</source>
        <translation>Recycle bin…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="115" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="116" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="286" />
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="117" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="287" />
        <source>总览</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="119" />
        <source>界面语言（重新启动后生效）</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="124" />
        <source>Graphviz 程序位置…</source>
        <translation>Graphviz program location…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="126" />
        <source>报送(&amp;S)</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="128" />
        <source>报送批次与审核意见…</source>
        <translation>Rounds and review opinions…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="129" />
        <source>导入审核意见反馈表…</source>
        <translation>Import review feedback…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="132" />
        <source>打印预览：目录表…</source>
        <translation>Print preview: catalog…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="134" />
        <source>打印预览：当前事项登记表…</source>
        <translation>Print preview: this item's form…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="136" />
        <source>打印预览：当前事项流程图…</source>
        <translation>Print preview: this item's flowchart…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="138" />
        <source>部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="139" />
        <source>部门信息…</source>
        <translation>Department…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="166" />
        <source>界面语言将在下次启动时生效</source>
        <translation>The language changes at the next start</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="169" />
        <source>选择 Graphviz 的 dot 程序（留空取消则自动查找）</source>
        <translation>Choose Graphviz's dot program (cancel to look it up automatically)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="185" />
        <source>流程图将使用：{version}</source>
        <translation>Flowcharts will use: {version}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="187" />
        <source>“{path}”不是 Graphviz 的 dot 程序</source>
        <translation>“{path}” is not Graphviz's dot program</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="204" />
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="230" />
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="410" />
        <source>撤销 {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="412" />
        <source>重做 {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="421" />
        <source>{department} — {file} — 权力清单编制工具</source>
        <translation>{department} — {file} — Power List Workbench</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="428" />
        <source>事项 {n} 项 · 错误 {e} · 警告 {w}</source>
        <translation>{n} items · {e} errors · {w} warnings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="433" />
        <source>本事项：错误 {e} · 警告 {w}　|　</source>
        <translation>This item: {e} errors · {w} warnings  |  </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="456" />
        <source>选择要导入的清单文件</source>
        <translation>Choose list files to import</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="457" />
        <source>Excel 清单 (*.xlsx *.xls);;所有文件 (*)</source>
        <translation>Excel lists (*.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="519" />
        <source>请先在列表中选择一个事项</source>
        <translation>Select an item in the list first</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="531" />
        <source>无法打印预览：</source>
        <translation>Cannot show the print preview: </translation>
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
        <location filename="../../qlist_desktop/ui/item_model.py" line="217" />
        <source>事项编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="217" />
        <source>事项名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="217" />
        <source>子项名称</source>
        <translation>Sub-name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="217" />
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
    <name>ReviewPanel</name>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="44" />
        <source>写明已作的修改或不修改的理由</source>
        <translation>Describe the change made, or why nothing was changed</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="46" />
        <source>提交回复</source>
        <translation>Submit response</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="49" />
        <source>回复方式：</source>
        <translation>Response:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="74" />
        <source>该事项尚无审核意见。修改已报送的事项时，可在此填写变更理由（写入变更说明）。</source>
        <translation>No review opinion on this item yet. When you change a submitted item, give the reason here (it goes into the change statement).</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="75" />
        <source>变更理由</source>
        <translation>Change reason</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="78" />
        <source>第{0}次报送的审核结论为“{1}”，待回复。</source>
        <translation>Round {0} conclusion: “{1}”, awaiting your response.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="82" />
        <source>最新审核结论：{0}。</source>
        <translation>Latest conclusion: {0}.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="96" />
        <source>请写明变更理由</source>
        <translation>Please give the reason for the change</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="107" />
        <source>已保存回复。</source>
        <translation>Response saved.</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="60" />
        <source>报送批次与审核意见</source>
        <translation>Submission rounds and review opinions</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="72" />
        <source>导入审核意见反馈表…</source>
        <translation>Import review feedback…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="78" />
        <source>设为节假日</source>
        <translation>Mark as holiday</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="80" />
        <source>设为调休上班日</source>
        <translation>Mark as make-up workday</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="82" />
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="84" />
        <source>节假日与调休（计算 20 个工作日期限）</source>
        <translation>Holidays and make-up workdays (for the 20-working-day deadline)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="115" />
        <source>尚未报送，报送后将在此显示变更说明期限。</source>
        <translation>Not submitted yet; the change deadline appears here after a submission.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="119" />
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="119" />
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="123" />
        <source>选择审核意见反馈表</source>
        <translation>Choose the review feedback form</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="124" />
        <source>Excel 工作簿 (*.xlsx *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="133" />
        <source>无法导入：</source>
        <translation>Cannot import: </translation>
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