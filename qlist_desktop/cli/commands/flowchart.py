"""`qlist flowchart WORKSPACE CODE -o OUT.svg|pdf|png` and `qlist flowchart WORKSPACE --all OUTDIR`."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from qlist_desktop.cli.common import CliError, open_workspace
from qlist_desktop.domain.flowchart import FlowchartError
from qlist_desktop.fonts import FontMissing
from qlist_desktop.services.flowcharts import chart_records, dated_charts, get_chart
from qlist_desktop.services.items import find_by_code, load_items
from qlist_desktop.services.settings import get_department


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("flowchart", help="绘制事项的运行流程图（一图），输出 PDF / SVG / PNG")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("code", nargs="?", help="事项编码（与 --all 二选一）")
    p.add_argument("-o", "--output", help="输出文件，扩展名决定格式：.pdf（A4 打印页，图太大时分页续接）、.svg、.png")
    p.add_argument("--all", metavar="OUTDIR", dest="all_dir", help="把所有有流程图的事项输出到该文件夹")
    p.add_argument("--formats", default="pdf,svg", help="与 --all 一起使用：输出格式，逗号分隔（默认 pdf,svg）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from qlist_desktop.render.graphviz import GraphvizFailed, GraphvizMissing

    if bool(args.code) == bool(args.all_dir):
        raise CliError("请指定一个事项编码（配合 -o 输出文件），或使用 --all 输出文件夹，二者选其一")
    try:
        if args.all_dir:
            return _run_all(args)
        return _run_one(args)
    except (GraphvizMissing, GraphvizFailed, FontMissing) as exc:
        raise CliError(str(exc)) from None


def _run_one(args: argparse.Namespace) -> int:
    # The renderer is imported when used: reportlab and pypdf would slow every other command's start.
    from qlist_desktop.render.charts import FORMATS, export_chart

    if not args.output:
        raise CliError("请用 -o 指定输出文件，例如 -o 流程图.pdf")
    out = Path(args.output)
    if out.suffix.lower().lstrip(".") not in FORMATS:
        raise CliError(f"不支持的输出格式“{out.suffix or '（无扩展名）'}”，请使用 .pdf、.svg 或 .png")
    if not out.parent.is_dir():
        raise CliError(f"输出文件夹“{out.parent}”不存在")
    with open_workspace(args.workspace, readonly=True) as ws:
        item = find_by_code(ws, args.code)
        item_id = item.id or 0
        try:
            chart = get_chart(ws, item_id)
        except FlowchartError as exc:
            raise CliError(f"事项“{item.code}”的流程图数据已损坏：{exc}") from None
        if chart is None:
            raise CliError(f"事项“{item.code} {item.full_name}”还没有流程图")
        updated = chart_records(ws, [item_id])[item_id][1]
        export_chart(chart, item, get_department(ws).name, out, (updated or "")[:10])
    print(f"已输出：{out}")
    return 0


def _run_all(args: argparse.Namespace) -> int:
    from qlist_desktop.render.charts import FORMATS, render_item_charts

    formats = tuple(f.strip().lower() for f in args.formats.split(",") if f.strip())
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise CliError(f"不支持的输出格式“{'、'.join(bad) or args.formats}”，可选 pdf、svg、png")
    out_dir = Path(args.all_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise CliError(f"“{out_dir}”不是文件夹")
    out_dir.mkdir(parents=True, exist_ok=True)
    with open_workspace(args.workspace, readonly=True) as ws:
        items = load_items(ws)

        def progress(done: int, total: int) -> None:
            print(f"\r正在绘制流程图 {done}/{total}", end="", file=sys.stderr, flush=True)

        files = render_item_charts(items, dated_charts(ws), get_department(ws).name, formats=formats,
                                   progress=progress)
    print(file=sys.stderr)
    by_id = {item.id: item for item in items}
    for item_id, outputs in files.items():
        item = by_id[item_id]
        stem = _safe_name(f"{item.code}_{item.full_name}")
        for fmt, source in outputs.items():
            shutil.copyfile(source, out_dir / f"{stem}.{fmt}")
    skipped = len(items) - len(files)
    note = f"；{skipped} 个事项没有可用的流程图" if skipped else ""
    print(f"已输出 {len(files)} 个事项的流程图到 {out_dir}{note}")
    return 0


def _safe_name(text: str) -> str:
    cleaned = "".join("_" if ch in '\\/:*?"<>|\n\r\t' else ch for ch in text).strip(" .")
    return cleaned[:100] or "未命名"
