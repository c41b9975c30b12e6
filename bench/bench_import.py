"""Benchmark: import a generated 500-item workbook (with merged continuation rows) into a new workspace.

Run: .venv/bin/python bench/bench_import.py [ITEMS]   — prints the time and the peak RSS of this process.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from qlist_desktop.domain.items import Department
from qlist_desktop.services.imports import apply_plan, plan_import
from qlist_desktop.services.items import count_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

HEADER = ["序号", "事项名称", "子项名称", "权力类型", "实施依据", "行使主体", "承办机构", "实施层级及权限", "部门职责",
          "责任事项内容", "责任事项依据", "追责对象范围", "追责情形", "备注"]
CATEGORIES = ["行政许可", "行政处罚", "行政强制", "行政检查", "行政确认", "其他行政权力"]
BASIS = ("【法律】《中华人民共和国行政处罚法》（2021年1月22日第十三届全国人民代表大会常务委员会第二十五次会议修订）"
         "第十八条：国家在城市管理、市场监管、生态环境、文化市场、交通运输、应急管理、农业等领域推行建立综合行政执法制度。\n"
         "【行政法规】《某某管理条例》（2019年3月2日修订）第三十条第二款：违反本条例规定的，由县级以上人民政府有关部门责令改正。")


def make_workbook(path: Path, items: int) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append([f"某市某局{items}项权责清单"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(HEADER)
    row = 3
    for n in range(1, items + 1):
        ws.append([n, f"对第{n}类违法行为的处罚", "", CATEGORIES[n % len(CATEGORIES)], BASIS, "某市某局", "执法科",
                   "市级", "负责本级行政执法工作", "1.立案阶段责任：对发现的违法行为予以审查。", BASIS,
                   "1.具体承办人；\n2.内设机构负责人；\n3.单位法定代表人或分管领导。",
                   "因不履行或不正确履行行政职责的。", ""])
        ws.append([None] * 9 + ["2.调查阶段责任：全面、客观、公正地调查，收集证据。", None, None, None, None])
        for col in (1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14):
            ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
        row += 2
    book.save(path)


def main() -> None:
    items = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"清单{items}项.xlsx"
        make_workbook(source, items)
        size = source.stat().st_size
        ws = Workspace.create(Path(tmp) / "bench.qlist")
        initialise(ws, Department(name="某市某局"))
        start = time.perf_counter()
        plan = plan_import(ws, [source])
        planned = time.perf_counter()
        apply_plan(ws, plan)
        done = time.perf_counter()
        again = plan_import(ws, [source])
        reread = time.perf_counter() - done
        count = count_items(ws)
        ws.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"workbook: {items} items, {size / 1024:.0f} KiB, {2 * items + 2} rows")
    print(f"read + match: {planned - start:.2f} s; write (one transaction): {done - planned:.2f} s; "
          f"total: {done - start:.2f} s")
    print(f"items in workspace: {count}; re-import plan: {dict(again.counts())} in {reread:.2f} s")
    print(f"peak RSS: {peak:.0f} MiB")
    if done - start > 5:
        sys.exit("slower than the 5 s target")


if __name__ == "__main__":
    main()
