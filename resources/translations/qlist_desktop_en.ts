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
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="289" />
        <source>在此粘贴或输入“【法律】《文件名称》第X条……”，回车后拆分为依据</source>
        <translation>Paste or type "【level】《title》article…" here; Enter splits it into bases</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="315" />
        <source>已从粘贴的文本拆分出 {n} 条依据</source>
        <translation>{n} bases taken from the pasted text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="316" />
        <source>粘贴的文本中没有找到依据</source>
        <translation>No basis found in the pasted text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="329" />
        <source>请先选中一条依据，再附加它的文件</source>
        <translation>Select one basis first, then attach its document</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="332" />
        <source>选择依据文件</source>
        <translation>Choose a basis document</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="332" />
        <source>依据文件 (*.pdf *.docx *.doc *.ofd *.wps *.txt *.png *.jpg)</source>
        <translation>Basis documents (*.pdf *.docx *.doc *.ofd *.wps *.txt *.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="287" />
        <source>按法规库校正所选</source>
        <translation>Fix selected from the law library</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="308" />
        <source>已按法规库校正 {n} 条依据</source>
        <translation>Fixed {n} bases from the law library</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="309" />
        <source>所选依据与法规库一致，或法规库不能确定</source>
        <translation>The selected bases agree with the law library, or the library cannot tell</translation>
    </message>
</context>
<context>
    <name>BasisTableModel</name>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="142" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="142" />
        <source>文件名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="142" />
        <source>修订版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="142" />
        <source>条款</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="143" />
        <source>条文内容</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="143" />
        <source>依据文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="155" />
        <source>已附加</source>
        <translation>Attached</translation>
    </message>
</context>
<context>
    <name>CatalogCompareDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_compare.py" line="36" />
        <source>上级目录新版本比较</source>
        <translation>New catalog version: comparison</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_compare.py" line="39" />
        <source>“{file}”与“{catalog}”相比：新增 {a} 条（默认认领），取消 {r} 条，变更 {c} 条，未变 {u} 条。</source>
        <translation>"{file}" against "{catalog}": {a} added (claimed by default), {r} cancelled, {c} changed, {u} unchanged. </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_compare.py" line="40" />
        <source>勾选的变更在合并时更新到已认领的事项，可撤销（Ctrl+Z）。</source>
        <translation>Ticked changes update the claimed items when merging; this can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_compare.py" line="58" />
        <source>全部接受</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_compare.py" line="60" />
        <source>全部不接受</source>
        <translation>Accept none</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_compare.py" line="62" />
        <source>合并新版本并接受所选变更</source>
        <translation>Merge the new version, accepting the ticked changes</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_compare.py" line="101" />
        <source>接受后：处置意见改为“取消”，备注“{reason}”</source>
        <translation>If accepted: disposition becomes "取消", remark "{reason}"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_compare.py" line="104" />
        <source>合并时认领到本部门清单</source>
        <translation>Claimed into the department list when merging</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="64" />
        <source>上级目录认领</source>
        <translation>Claiming from upper-level catalogs</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="77" />
        <source>不认领的理由（必填，写入报送包的未认领事项说明）</source>
        <translation>Reason for not claiming (required; goes into the bundle's statement of unclaimed items)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="78" />
        <source>不认领所选</source>
        <translation>Do not claim selected</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="80" />
        <source>重新认领所选</source>
        <translation>Claim selected again</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="82" />
        <source>导入上级目录…</source>
        <translation>Import a catalog…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="139" />
        <source>{name}：{n} 条，已认领 {c}，未认领 {u}</source>
        <translation>{name}: {n} entries, {c} claimed, {u} not claimed</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="142" />
        <source>尚未导入上级目录。导入后，目录中的事项默认全部认领到本部门清单。</source>
        <translation>No catalog imported yet. Once imported, every catalog item is claimed into this department's list by default.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="156" />
        <source>请先选择要不认领的条目</source>
        <translation>Select the entries not to claim first</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="165" />
        <source>已将 {n} 条标记为未认领，对应事项已移入回收站</source>
        <translation>{n} entries marked not claimed; their items moved to the recycle bin</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="172" />
        <source>已重新认领 {n} 条</source>
        <translation>{n} entries claimed again</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="175" />
        <source>选择上级目录（Excel）</source>
        <translation>Choose a catalog (Excel)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="176" />
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="221" />
        <source>Excel 清单 (*.xlsx *.xls)</source>
        <translation>Excel lists (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="184" />
        <source>未导入任何内容：</source>
        <translation>Nothing was imported: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="186" />
        <source>已导入上级目录：认领 {n} 项（新建 {c} 项，对应已有事项 {l} 项）</source>
        <translation>Catalog imported: {n} items claimed ({c} new, {l} matched existing items)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="87" />
        <source>新版本替换的目录（与文件同名的目录自动对应）</source>
        <translation>The catalog a new version replaces (a catalog with the file's name is found by itself)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="88" />
        <source>导入新版本并比较…</source>
        <translation>Import a new version and compare…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="90" />
        <source>按上级目录恢复所选</source>
        <translation>Restore selected from the catalog</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="93" />
        <source>与上级目录不一致的理由（写入报送包）</source>
        <translation>Why the item differs from the catalog (printed in the bundle)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="94" />
        <source>记录不一致的理由</source>
        <translation>Record the reason</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="130" />
        <source>不一致：</source>
        <translation>Differs: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="130" />
        <source>一致</source>
        <translation>Identical</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="144" />
        <source>{label}（上级目录中没有的事项，需单独审核设定依据）{n} 项：{names}</source>
        <translation>{label} (items no catalog has; their bases need their own review): {n}: {names}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="199" />
        <source>请先选择已认领的条目</source>
        <translation>Select claimed entries first</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="208" />
        <source>已按上级目录恢复 {n} 个事项</source>
        <translation>{n} items restored from the catalog</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="217" />
        <source>已记录 {n} 条的不一致理由</source>
        <translation>Reason recorded for {n} entries</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="220" />
        <source>选择上级目录的新版本（Excel）</source>
        <translation>Choose the new version of the catalog (Excel)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="235" />
        <source>无法比较：</source>
        <translation>Cannot compare: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/catalog_dialog.py" line="246" />
        <source>已合并新版本：新认领 {c} 项，按新版本更新 {u} 项（可撤销）</source>
        <translation>New version merged: {c} items claimed, {u} items updated (can be undone)</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="37" />
        <source>补全编码和流程图</source>
        <translation>Complete codes and flowcharts</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="39" />
        <source>生成事项编码（按本工作区的编码规则；有效编码不变）</source>
        <translation>Generate item codes (in this workspace's code scheme; valid codes stay)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="41" />
        <source>按权力类型模板起草流程图（填入事项已有的岗位、时限、投诉渠道和公开信息）</source>
        <translation>Draft flowcharts from the category templates (with the item's posts, time limits, complaint channel and disclosure)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="48" />
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="48" />
        <source>原编码</source>
        <translation>Old code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="48" />
        <source>新编码</source>
        <translation>New code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="48" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="52" />
        <source>补全</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="55" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="82" />
        <source>将生成 {c} 个事项编码、起草 {f} 张流程图。</source>
        <translation>{c} item codes will be generated and {f} flowcharts drafted.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="84" />
        <source>没有需要补全的内容。</source>
        <translation>Nothing to complete.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="85" />
        <source>可用 Ctrl+Z 撤销。</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="89" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/complete_dialog.py" line="101" />
        <source>补全 {c} 个编码、{f} 张流程图</source>
        <translation>Complete {c} codes and {f} flowcharts</translation>
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
        <location filename="../../qlist_desktop/ui/dashboard.py" line="92" />
        <source>各类型完成情况</source>
        <translation>Completion by category</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="94" />
        <source>阻碍报送的问题（双击跳转到事项）</source>
        <translation>What blocks submission (double-click to open the item)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/dashboard.py" line="130" />
        <source>共 {total} 个事项：{complete} 个已完成，{blocked} 个有错误须修改后才能报送（{errors} 处错误）</source>
        <translation>{total} items: {complete} complete, {blocked} with errors to fix before submission ({errors} errors)</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="27" />
        <source>新建工作区：部门信息</source>
        <translation>New workspace: department</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="27" />
        <source>部门信息</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="29" />
        <source>如：某县市场监督管理局</source>
        <translation>e.g. County Market Regulation Bureau</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="31" />
        <source>3 位数字</source>
        <translation>3 digits</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="33" />
        <source>6 位数字，如 650203</source>
        <translation>6 digits, e.g. 650203</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="40" />
        <source>部门名称</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="41" />
        <source>主体编码</source>
        <translation>Body code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="42" />
        <source>区划代码</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="43" />
        <source>联络员</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="44" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="52" />
        <source>为尚未填写的事项填入（一次完成，可撤销）</source>
        <translation>Fill in the items that lack it (one step, undoable)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="53" />
        <source>行使主体：部门名称</source>
        <translation>Exercising body: the department's name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="54" />
        <source>联系电话：上面的联系电话</source>
        <translation>Contact phone: the phone above</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="56" />
        <source>监督投诉渠道，如：监督投诉电话 0990-12345</source>
        <translation>Complaint channel, e.g. complaint hotline 0990-12345</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="60" />
        <source>监督投诉渠道</source>
        <translation>Complaint channel</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="82" />
        <source>请填写部门名称</source>
        <translation>Please enter the department name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="84" />
        <source>主体编码应为 3 位数字，现为“{v}”</source>
        <translation>The body code must be 3 digits, not "{v}"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/department_dialog.py" line="86" />
        <source>区划代码应为 6 位数字，现为“{v}”</source>
        <translation>The region code must be 6 digits, not "{v}"</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../qlist_desktop/services/reviews.py" line="34" />
        <source>已按意见修改</source>
        <translation>Changed as asked</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/services/reviews.py" line="35" />
        <source>说明理由</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/services/reviews.py" line="36" />
        <source>确认废止/剔除</source>
        <translation>Abolition/removal accepted</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/services/reviews.py" line="37" />
        <source>申请恢复</source>
        <translation>Reinstatement requested</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/flowchart.py" line="22" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/flowchart.py" line="22" />
        <source>办理环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/flowchart.py" line="23" />
        <source>判断</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/flowchart.py" line="23" />
        <source>结束</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>DutyBench</name>
    <message>
        <location filename="../../qlist_desktop/ui/duty_bench.py" line="70" />
        <source>修改{part}“{name}”</source>
        <translation>Edit {part} "{name}"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/duty_bench.py" line="76" />
        <source>新增{part}</source>
        <translation>Add {part}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/duty_bench.py" line="83" />
        <source>删除{part}“{name}”</source>
        <translation>Delete {part} "{name}"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/duty_bench.py" line="91" />
        <source>生成随机抽查事项 {n} 项</source>
        <translation>Generate {n} random spot checks</translation>
    </message>
</context>
<context>
    <name>DutySummary</name>
    <message>
        <location filename="../../qlist_desktop/ui/duties_page.py" line="266" />
        <source>打开责任清单</source>
        <translation>Open the responsibility list</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="86" />
        <source>导出报送包（四个一）</source>
        <translation>Export the submission bundle (四个一)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="95" />
        <source>1. 选择 U 盘或文件夹</source>
        <translation>1. Choose a USB stick or a folder</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="99" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="104" />
        <source>U 盘：</source>
        <translation>USB stick:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="106" />
        <source>报送包将写入此文件夹</source>
        <translation>The bundle is written into this folder</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="108" />
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="113" />
        <source>目标文件夹：</source>
        <translation>Target folder:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="114" />
        <source>同时报送“草稿”状态的事项</source>
        <translation>Also send items in draft status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="120" />
        <source>目录表格式：</source>
        <translation>Catalog layout:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="123" />
        <source>将无错误的草稿标为“待审核”</source>
        <translation>Mark error-free drafts "pending review"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="131" />
        <source>2. 报送前校验</source>
        <translation>2. Checks before sending</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="138" />
        <source>双击跳转到该事项的字段</source>
        <translation>Double-click to go to the item's field</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="142" />
        <source>存在错误时，须填写仍要报送的理由（记录在报送包封面、manifest.json 和工作区中）：</source>
        <translation>With errors, give the reason for sending anyway (recorded on the cover, in manifest.json and in the workspace):</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="151" />
        <source>3. 导出</source>
        <translation>3. Export</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="157" />
        <source>尚未开始。</source>
        <translation>Not started.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="165" />
        <source>打开报送包文件夹</source>
        <translation>Open the bundle folder</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="168" />
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="271" />
        <source>开始导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="171" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="173" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="190" />
        <source>（未检测到 U 盘，请选择文件夹）</source>
        <translation>(no USB stick found; choose a folder)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="190" />
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="203" />
        <source>选择报送包的保存位置</source>
        <translation>Where to save the bundle</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="212" />
        <source>将报送 {0} 个事项（第{1}次报送）；校验发现 {2} 个错误、{3} 个提醒。</source>
        <translation>Items to send: {0} (round {1}); checks found errors: {2}, warnings: {3}.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="215" />
        <source>另有 {0} 个草稿事项未纳入（可选择“包含草稿”）。</source>
        <translation>{0} draft items are left out (tick "also send drafts" to include them).</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="216" />
        <source>报送包文件夹名：</source>
        <translation>Bundle folder: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="221" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="221" />
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="223" />
        <source>（无编码）</source>
        <translation>(no code)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="229" />
        <source>……另有 {0} 条，请在校验视图中查看</source>
        <translation>…and {0} more; see the findings view</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="240" />
        <source>有 {0} 个“草稿”事项不在本次报送中，其中 {1} 个没有错误。</source>
        <translation>{0} draft items are not in this round; {1} of them have no errors.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="266" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="299" />
        <source>出现意外错误（{0}：{1}），未生成报送包，工作区未改动。</source>
        <translation>Unexpected error ({0}: {1}); no bundle was written and the workspace is unchanged.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="304" />
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="312" />
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="330" />
        <source>校验通过</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="330" />
        <source>校验发现 {0} 个问题</source>
        <translation>{0} problems found on verifying</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="332" />
        <source>字体：</source>
        <translation>Font: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/export_wizard.py" line="334" />
        <source>已导出第{0}次报送（{1} 个事项、{2} 个文件，{3}）：{4}</source>
        <translation>Exported round {0} ({1} items, {2} files, {3}): {4}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="42" />
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="43" />
        <location filename="../../qlist_desktop/domain/fields.py" line="95" />
        <source>实施依据</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="44" />
        <source>责任与追责</source>
        <translation>Responsibility and accountability</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="45" />
        <source>公开与收费</source>
        <translation>Disclosure and fees</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="46" />
        <source>备注与状态</source>
        <translation>Remarks and status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="76" />
        <source>事项编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="77" />
        <source>事项名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="78" />
        <source>子项名称</source>
        <translation>Sub-name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="79" />
        <source>权力类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="81" />
        <source>行使主体</source>
        <translation>Exercising body</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="83" />
        <source>承办机构</source>
        <translation>Handling section</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="85" />
        <source>承办岗位</source>
        <translation>Handling post</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="86" />
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="87" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="88" />
        <source>实施层级及权限</source>
        <translation>Level and authority</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="90" />
        <source>部门职责</source>
        <translation>Department duty</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="91" />
        <source>法定期限</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="92" />
        <location filename="../../qlist_desktop/domain/fields.py" line="94" />
        <source>工作日天数，如 20</source>
        <translation>Working days, e.g. 20</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="93" />
        <source>承诺期限</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="96" />
        <source>责任事项</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="98" />
        <source>追责对象范围</source>
        <translation>Persons held accountable</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="100" />
        <source>追责情形</source>
        <translation>Accountability situations</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="102" />
        <source>监督投诉渠道</source>
        <translation>Complaint channel</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="104" />
        <source>是否公开</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="105" />
        <source>向社会或当事人公开</source>
        <translation>Disclosed to the public or the parties</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="106" />
        <source>公开范围</source>
        <translation>Disclosure scope</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="108" />
        <source>公开形式</source>
        <translation>Disclosure forms</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="110" />
        <source>公开时限</source>
        <translation>Disclosure time limit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="111" />
        <source>不公开理由</source>
        <translation>Reason for non-disclosure</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="112" />
        <source>不公开依据</source>
        <translation>Basis for non-disclosure</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="113" />
        <source>专题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="114" />
        <source>多个专题用顿号分隔，如：企业开办、食品安全</source>
        <translation>Several topics separated by 、, e.g. 企业开办、食品安全</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="115" />
        <source>是否收费</source>
        <translation>Fee charged</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="116" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="118" />
        <source>收费依据</source>
        <translation>Fee basis</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="119" />
        <source>收费标准</source>
        <translation>Fee standard</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="120" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="122" />
        <source>处置意见</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="123" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/domain/fields.py" line="124" />
        <source>其他导入字段</source>
        <translation>Other imported fields</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="38" />
        <source>批量填写</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="46" />
        <source>所选的 {n} 个事项</source>
        <translation>The {n} selected items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="47" />
        <source>列表当前显示的 {n} 个事项（按筛选和搜索）</source>
        <translation>The {n} items the list shows (filter and search)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="50" />
        <source>只填入尚未填写该字段的事项</source>
        <translation>Only items where the field is empty</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="55" />
        <source>字段：</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="56" />
        <source>填入：</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="57" />
        <source>范围：</source>
        <translation>Items:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="77" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="77" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/fill_dialog.py" line="99" />
        <source>批量填写 {n} 个事项的【{field}】</source>
        <translation>Fill in [{field}] of {n} items</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="28" />
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="28" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="28" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="28" />
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="41" />
        <source>（无编码）</source>
        <translation>(no code)</translation>
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
    <name>FindingsPanel</name>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="94" />
        <source>按上级目录恢复</source>
        <translation>Restore from the catalog</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/findings.py" line="95" />
        <source>将所选问题涉及的字段恢复为上级目录中的内容（可撤销）</source>
        <translation>Set the field of the selected finding back to the catalog's value (can be undone)</translation>
    </message>
</context>
<context>
    <name>FlowchartEditor</name>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="66" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="67" />
        <source>环节名称</source>
        <translation>Step name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="68" />
        <source>承办岗位</source>
        <translation>Handling post</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="69" />
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="70" />
        <source>办理内容</source>
        <translation>What is done</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="71" />
        <source>公开范围</source>
        <translation>Disclosure scope</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="72" />
        <source>公开形式</source>
        <translation>Disclosure forms</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="73" />
        <source>公开时限</source>
        <translation>Disclosure time limit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="74" />
        <source>监督制约</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="75" />
        <source>接口（衔接机关）</source>
        <translation>Interface (other body)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="78" />
        <source>行使条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="79" />
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="80" />
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="81" />
        <source>投诉电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="82" />
        <source>投诉地址</source>
        <translation>Complaint address</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="83" />
        <source>投诉网站</source>
        <translation>Complaint website</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="147" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="147" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="147" />
        <source>条件（是/否/不予受理…）</source>
        <translation>Condition (yes/no/rejected…)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="153" />
        <source>添加环节</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="154" />
        <source>添加分支</source>
        <translation>Add branch</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="155" />
        <source>删除环节</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="156" />
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="157" />
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="158" />
        <source>添加连线</source>
        <translation>Add link</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="159" />
        <source>删除连线</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="174" />
        <source>按权力类型模板重新起草</source>
        <translation>Redraft from the category template</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="184" />
        <source>流程环节</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="189" />
        <source>连线</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="201" />
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="201" />
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="202" />
        <source>适合窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="208" />
        <source>全窗口编辑</source>
        <translation>Full-window editing</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="218" />
        <source>流程图问题</source>
        <translation>Chart findings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="243" />
        <source>已保存的流程图数据已损坏（{0}），下面是按权力类型模板起草的新流程图，保存后替换损坏的数据。</source>
        <translation>The stored chart is damaged ({0}); below is a new draft from the category template, which replaces it when saved.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="246" />
        <source>该事项还没有流程图：下面是按“{0}”模板起草的草稿，修改后保存。</source>
        <translation>This item has no chart yet: below is a draft from the “{0}” template; edit and save it.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="383" />
        <source>新环节</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="395" />
        <source>是否符合条件</source>
        <translation>Conditions met?</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="397" />
        <source>不予办理告知</source>
        <translation>Notice of refusal</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="401" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="403" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="457" />
        <source>未发现问题</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="464" />
        <source>有未保存的修改，稍后自动保存</source>
        <translation>Unsaved changes, saving shortly</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="464" />
        <source>已自动保存</source>
        <translation>Saved automatically</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="477" />
        <source>正在绘制…</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/flowchart_editor.py" line="501" />
        <source>无法绘制预览：{0}</source>
        <translation>Cannot draw the preview: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="62" />
        <source>从 Excel 导入事项</source>
        <translation>Import items from Excel</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="68" />
        <source>正在读取 {n} 个文件……</source>
        <translation>Reading {n} file(s)…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="73" />
        <source>文件 / 工作表 / 事项</source>
        <translation>File / sheet / item</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="73" />
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="73" />
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="74" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="73" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="74" />
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="75" />
        <source>文件 / 工作表</source>
        <translation>File / sheet</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="74" />
        <source>跳过原因</source>
        <translation>Reason skipped</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="75" />
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="78" />
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="76" />
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="77" />
        <source>跳过的行</source>
        <translation>Skipped rows</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="79" />
        <source>同时更新已有事项中与文件不同的内容</source>
        <translation>Also update existing items that differ from the file</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="81" />
        <source>导入后补全事项编码和流程图（先预览，可撤销）</source>
        <translation>After the import, complete codes and flowcharts (previewed, undoable)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="87" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="88" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="116" />
        <source>出现意外错误（{0}：{1}），未导入任何内容，工作区未改动。</source>
        <translation>Unexpected error ({0}: {1}); nothing was imported and the workspace is unchanged.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="146" />
        <source>预览完成，尚未导入</source>
        <translation>Preview ready, not imported yet</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="150" />
        <source>预览完成：确认无误后点“导入”。</source>
        <translation>Preview ready: check it, then click “Import”.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="150" />
        <source>没有需要导入的内容。</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="159" />
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="169" />
        <source>已导入：新建 {c} 项，更新 {u} 项。</source>
        <translation>Imported: {c} created, {u} updated.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="188" />
        <source>共 {n} 个事项：新建 {c} 项，更新 {u} 项，无变化 {k} 项；跳过 {s} 行；{w} 条提醒。</source>
        <translation>{n} items: {c} new, {u} updated, {k} unchanged; {s} rows skipped; {w} warnings.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="192" />
        <source>新建的事项状态为“草稿”：补全、检查后，可在导出时将无错误的草稿标为“待审核”一并报送。</source>
        <translation>New items are drafts: once completed and checked, the export wizard can mark the error-free drafts "pending review" and send them.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="196" />
        <source>注意：文件中的行使主体“{bodies}”与本工作区的部门“{dept}”不同，请确认导入的是本部门的清单。</source>
        <translation>Note: the file's exercising body "{bodies}" is not this workspace's department "{dept}"; check that this is your department's list.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="199" />
        <source>以下文件无法导入，请处理后重试（未导入任何内容）：</source>
        <translation>These files cannot be imported; fix them and try again (nothing was imported):</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="202" />
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="202" />
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="202" />
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="210" />
        <source>{n} 个事项：{c}</source>
        <translation>{n} items: {c}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="225" />
        <source>责任清单：{part} {n} 项</source>
        <translation>Responsibility list: {part}, {n} entries</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="235" />
        <source>跳过的行（{n}）</source>
        <translation>Skipped rows ({n})</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/import_dialog.py" line="236" />
        <source>提醒（{n}）</source>
        <translation>Warnings ({n})</translation>
    </message>
</context>
<context>
    <name>ItemDutiesPanel</name>
    <message>
        <location filename="../../qlist_desktop/ui/duties_page.py" line="292" />
        <source>本事项在责任清单中的对应条目（双击跳转）：</source>
        <translation>Entries of the responsibility list tied to this item (double-click to open):</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/duties_page.py" line="310" />
        <source>尚未对应任何条目</source>
        <translation>Not tied to any entry yet</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="48" />
        <source>流程图</source>
        <translation>Flowchart</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="49" />
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="50" />
        <source>责任清单</source>
        <translation>Responsibility list</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="228" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="252" />
        <source>未选择事项：在左侧列表中选择一个事项，或按 Ctrl+N 新建</source>
        <translation>No item selected: choose one in the list, or press Ctrl+N for a new one</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_editor.py" line="364" />
        <source>已附加依据文件“{name}”</source>
        <translation>Attached "{name}"</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="59" />
        <source>搜索编码、名称、子项名称或依据文件名称（Ctrl+F）</source>
        <translation>Search code, name, sub-name or basis title (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="63" />
        <source>全部类型</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="68" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="72" />
        <source>只看有错误的</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="74" />
        <source>只看待处理的审核意见</source>
        <translation>Open review opinions only</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="101" />
        <source>设置状态</source>
        <translation>Set status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="106" />
        <source>设置承办机构…</source>
        <translation>Set handling section…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="108" />
        <source>批量填写…</source>
        <translation>Fill in…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="109" />
        <source>为所选事项或当前列表中的事项填写同一字段（Ctrl+Shift+D）</source>
        <translation>Set one field on the selected items or on the items the list shows (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="111" />
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="126" />
        <source>所选事项：</source>
        <translation>Selected items:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="156" />
        <source>显示 {shown} / {total} 项</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="195" />
        <source>将 {n} 个事项的{field}设为“{value}”</source>
        <translation>Set {field} of {n} items to "{value}"</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="194" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="194" />
        <source>承办机构</source>
        <translation>Handling section</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="202" />
        <source>设置承办机构</source>
        <translation>Set handling section</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="203" />
        <source>所选 {n} 个事项的承办机构（科室）：</source>
        <translation>Handling section of the {n} selected items:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="213" />
        <source>删除事项</source>
        <translation>Delete items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="212" />
        <source>将所选 {n} 个事项移入回收站？可在“编辑 → 回收站”中恢复，也可撤销（Ctrl+Z）。</source>
        <translation>Move the {n} selected items to the recycle bin? They can be restored from Edit → Recycle bin, or undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="76" />
        <source>只看本级新增</source>
        <translation>Only items added locally</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_list.py" line="77" />
        <source>上级目录中没有的事项：需单独审核其设定依据</source>
        <translation>Items no upper-level catalog has: their bases need their own review</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="53" />
        <source>事项编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="53" />
        <source>事项名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="53" />
        <source>子项名称</source>
        <translation>Sub-name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="53" />
        <source>权力类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="54" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="54" />
        <source>校验</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="54" />
        <source>最后修改</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="54" />
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qlist_desktop/ui/item_model.py" line="71" />
        <source>错误 %n</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qlist_desktop/ui/item_model.py" line="72" />
        <source>警告 %n</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="73" />
        <source>通过</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="77" />
        <source>待处理：{conclusion}</source>
        <translation>Open: {conclusion}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="54" />
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="65" />
        <source>上级目录</source>
        <translation>Catalog</translation>
    </message>
</context>
<context>
    <name>LawImport</name>
    <message>
        <location filename="../../qlist_desktop/ui/law_import.py" line="28" />
        <source>没有导入任何法规。</source>
        <translation>No law was imported.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/law_import.py" line="29" />
        <location filename="../../qlist_desktop/ui/law_import.py" line="32" />
        <source>导入法规</source>
        <translation>Import laws</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/law_import.py" line="31" />
        <source>已导入 {n} 部法规：</source>
        <translation>Imported {n} laws:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="62" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="214" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="351" />
        <source>权力清单编制工具</source>
        <translation>Power List Workbench</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="97" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="98" />
        <source>新建工作区…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="99" />
        <source>打开工作区…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="100" />
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="101" />
        <source>打开示例工作区</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="103" />
        <source>导入 Excel 清单…</source>
        <translation>Import Excel list…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="141" />
        <source>导出报送材料…</source>
        <translation>Export submission…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="107" />
        <source>关闭工作区</source>
        <translation>Close workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="104" />
        <source>上级目录认领…</source>
        <translation>Claim from catalogs…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="108" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="110" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="111" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="446" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="112" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="448" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="115" />
        <source>新建事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="117" />
        <source>按类型新建事项</source>
        <translation>New item of category</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="118" />
        <source>复制事项</source>
        <translation>Duplicate item</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="119" />
        <source>删除所选事项…</source>
        <translation>Delete selected items…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="120" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="122" />
        <source>批量填写…</source>
        <translation>Fill in…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="123" />
        <source>补全编码和流程图…</source>
        <translation>Complete codes and flowcharts…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="126" />
        <source>回收站…</source>
        <translation>Recycle bin…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="128" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="129" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="303" />
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="130" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="304" />
        <source>总览</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="131" />
        <location filename="../../qlist_desktop/ui/main_window.py" line="306" />
        <source>责任清单</source>
        <translation>Responsibility list</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="133" />
        <source>界面语言（重新启动后生效）</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="138" />
        <source>Graphviz 程序位置…</source>
        <translation>Graphviz program location…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="140" />
        <source>报送(&amp;S)</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="142" />
        <source>报送批次与审核意见…</source>
        <translation>Rounds and review opinions…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="143" />
        <source>发布公开版…</source>
        <translation>Publish for citizens…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="144" />
        <source>导入审核意见反馈表…</source>
        <translation>Import review feedback…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="147" />
        <source>打印预览：目录表…</source>
        <translation>Print preview: catalog…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="149" />
        <source>打印预览：当前事项登记表…</source>
        <translation>Print preview: this item's form…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="151" />
        <source>打印预览：当前事项流程图…</source>
        <translation>Print preview: this item's flowchart…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="153" />
        <source>部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="154" />
        <source>部门信息…</source>
        <translation>Department…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="183" />
        <source>界面语言将在下次启动时生效</source>
        <translation>The language changes at the next start</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="186" />
        <source>选择 Graphviz 的 dot 程序（留空取消则自动查找）</source>
        <translation>Choose Graphviz's dot program (cancel to look it up automatically)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="202" />
        <source>流程图将使用：{version}</source>
        <translation>Flowcharts will use: {version}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="204" />
        <source>“{path}”不是 Graphviz 的 dot 程序</source>
        <translation>“{path}” is not Graphviz's dot program</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="221" />
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="247" />
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="445" />
        <source>撤销 {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="447" />
        <source>重做 {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="456" />
        <source>{department} — {file} — 权力清单编制工具</source>
        <translation>{department} — {file} — Power List Workbench</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="463" />
        <source>事项 {n} 项 · 错误 {e} · 警告 {w}</source>
        <translation>{n} items · {e} errors · {w} warnings</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="468" />
        <source>本事项：错误 {e} · 警告 {w}　|　</source>
        <translation>This item: {e} errors · {w} warnings  |  </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="492" />
        <source>选择要导入的清单文件</source>
        <translation>Choose list files to import</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="493" />
        <source>Excel 清单 (*.xlsx *.xls);;所有文件 (*)</source>
        <translation>Excel lists (*.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="528" />
        <source>导入 {c} 个新事项、更新 {u} 个</source>
        <translation>Import {c} new items, update {u}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="531" />
        <source>导入完成：新建 {c} 项，更新 {u} 项（Ctrl+Z 可撤销本次导入）</source>
        <translation>Imported: {c} created, {u} updated (Ctrl+Z undoes this import)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="541" />
        <source>为 {n} 个事项填入部门信息</source>
        <translation>Fill the department's details into {n} items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="542" />
        <source>已为 {n} 个事项填入部门信息（Ctrl+Z 可撤销）</source>
        <translation>Filled the department's details into {n} items (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="585" />
        <source>将 {n} 个草稿标为待审核</source>
        <translation>Mark {n} drafts pending review</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="630" />
        <source>请先在列表中选择一个事项</source>
        <translation>Select an item in the list first</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="640" />
        <source>无法打印预览：</source>
        <translation>Cannot show the print preview: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="105" />
        <source>导入法规…</source>
        <translation>Import laws…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="498" />
        <source>选择法规文本</source>
        <translation>Choose law texts</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/main_window.py" line="499" />
        <source>法规文本 (*.docx *.md *.txt)</source>
        <translation>Law texts (*.docx *.md *.txt)</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <location filename="../../qlist_desktop/ui/duties_page.py" line="53" />
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/duties_page.py" line="54" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/duties_page.py" line="61" />
        <source>从行政检查事项生成</source>
        <translation>Generate from the inspection items</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="52" />
        <source>打印预览需要 poppler 的 pdftoppm 程序，请安装 poppler-utils；也可直接用 PDF 阅读器打开报送包中的 PDF 打印。</source>
        <translation>Print preview needs poppler's pdftoppm (install poppler-utils); the bundle's PDFs also print from any PDF reader.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="65" />
        <source>无法生成打印页面：</source>
        <translation>Cannot make the print pages: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="135" />
        <source>正在生成打印页面……</source>
        <translation>Making the print pages…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="135" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="145" />
        <source>正在生成 PDF……</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="150" />
        <source>已取消打印预览。</source>
        <translation>Print preview cancelled.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="151" />
        <source>正在生成打印页面（{0}/{1}）……</source>
        <translation>Making the print pages ({0}/{1})…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="156" />
        <source>无法打印预览（{0}：{1}）</source>
        <translation>Cannot preview ({0}: {1})</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="194" />
        <source>打印预览：行政权力目录表</source>
        <translation>Print preview: catalog</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="198" />
        <source>打印预览：行政权力清理汇总登记表</source>
        <translation>Print preview: registration forms</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/print_preview.py" line="204" />
        <source>打印预览：行政权力运行流程图</source>
        <translation>Print preview: flowchart</translation>
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
        <location filename="../../qlist_desktop/ui/item_model.py" line="223" />
        <source>事项编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="223" />
        <source>事项名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="223" />
        <source>子项名称</source>
        <translation>Sub-name</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/item_model.py" line="223" />
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
</context>
<context>
    <name>ResponsibilityTableModel</name>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="183" />
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="183" />
        <source>责任事项内容</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/sub_tables.py" line="183" />
        <source>责任事项依据</source>
        <translation>Basis of responsibility</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="24" />
        <source>批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="24" />
        <source>审核结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="25" />
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="25" />
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="26" />
        <source>审核日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="26" />
        <source>回复</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="48" />
        <source>写明已作的修改或不修改的理由</source>
        <translation>Describe the change made, or why nothing was changed</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="50" />
        <source>提交回复</source>
        <translation>Submit response</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="53" />
        <source>回复方式：</source>
        <translation>Response:</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="78" />
        <source>该事项尚无审核意见。修改已报送的事项时，可在此填写变更理由（写入变更说明）。</source>
        <translation>No review opinion on this item yet. When you change a submitted item, give the reason here (it goes into the change statement).</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="79" />
        <location filename="../../qlist_desktop/ui/review_panel.py" line="91" />
        <source>变更理由</source>
        <translation>Change reason</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="82" />
        <source>第{0}次报送的审核结论为“{1}”，待回复。</source>
        <translation>Round {0} conclusion: “{1}”, awaiting your response.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="86" />
        <source>最新审核结论：{0}。</source>
        <translation>Latest conclusion: {0}.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="100" />
        <source>请写明变更理由</source>
        <translation>Please give the reason for the change</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_panel.py" line="111" />
        <source>已保存回复。</source>
        <translation>Response saved.</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="70" />
        <source>报送批次与审核意见</source>
        <translation>Submission rounds and review opinions</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="82" />
        <source>导入审核意见反馈表…</source>
        <translation>Import review feedback…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="88" />
        <source>设为节假日</source>
        <translation>Mark as holiday</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="90" />
        <source>设为调休上班日</source>
        <translation>Mark as make-up workday</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="92" />
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="98" />
        <source>节假日与调休（计算 20 个工作日期限）</source>
        <translation>Holidays and make-up workdays (for the 20-working-day deadline)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="131" />
        <source>尚未报送，报送后将在此显示变更说明期限。</source>
        <translation>Not submitted yet; the change deadline appears here after a submission.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="138" />
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="138" />
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="147" />
        <source>选择审核意见反馈表</source>
        <translation>Choose the review feedback form</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="148" />
        <source>Excel 工作簿 (*.xlsx *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="157" />
        <source>无法导入：</source>
        <translation>Cannot import: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="94" />
        <source>载入节假日安排文件…</source>
        <translation>Load a holiday file…</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="43" />
        <source>批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="43" />
        <source>报送时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="44" />
        <source>报送事项</source>
        <translation>Items sent</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="44" />
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="45" />
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="50" />
        <source>第{0}次报送的审核意见：新增 {1} 条，更新 {2} 条，未变 {3} 条。</source>
        <translation>Opinions on round {0}: {1} new, {2} updated, {3} unchanged.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="54" />
        <source>审核结论：</source>
        <translation>Conclusions: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="56" />
        <source>未填写审核结论的行：</source>
        <translation>Rows without a conclusion: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="57" />
        <source>第{0}行未能对应：{1}</source>
        <translation>Row {0} matched no item: {1}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="134" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="134" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="133" />
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="135" />
        <source>已知节假日安排：{years}；其他年份按周一至周五计算。</source>
        <translation>Holiday arrangements known for: {years}; other years count Monday to Friday.</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="140" />
        <source>本工作区添加</source>
        <translation>added in this workspace</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="140" />
        <source>国务院安排</source>
        <translation>State Council</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="183" />
        <source>选择节假日安排文件</source>
        <translation>Choose a holiday file</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="183" />
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="192" />
        <source>无法载入：</source>
        <translation>Not loaded: </translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/review_rounds.py" line="195" />
        <source>已载入 {years} 年的节假日安排。</source>
        <translation>Holiday arrangements loaded for {years}.</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../qlist_desktop/ui/duty_forms.py" line="102" />
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/duty_forms.py" line="103" />
        <source>删除所选行</source>
        <translation>Delete the selected rows</translation>
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
    <name>Workbench</name>
    <message>
        <location filename="../../qlist_desktop/ui/workbench.py" line="101" />
        <source>新建事项 {code}</source>
        <translation>New item {code}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/workbench.py" line="108" />
        <source>复制事项 {code}</source>
        <translation>Duplicate item {code}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/workbench.py" line="114" />
        <source>删除 {n} 个事项</source>
        <translation>Delete {n} items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/workbench.py" line="119" />
        <source>恢复 {n} 个事项</source>
        <translation>Restore {n} items</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/workbench.py" line="127" />
        <source>修改 {code} 的流程图</source>
        <translation>Edit the flowchart of {code}</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/workbench.py" line="136" />
        <source>按上级目录恢复 {n} 个事项</source>
        <translation>Restore {n} items from the upper-level catalog</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/workbench.py" line="148" />
        <source>接受上级目录新版本的 {n} 项变更</source>
        <translation>Accept {n} changes of the catalog's new version</translation>
    </message>
    <message>
        <location filename="../../qlist_desktop/ui/workbench.py" line="168" />
        <source>修改 {code} 的【{fields}】</source>
        <translation>Edit [{fields}] of {code}</translation>
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