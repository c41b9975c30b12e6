"""`qlist template WORKSPACE [CATEGORY] [--from CODE | --reset]`: the jurisdiction's flowchart templates.

A new item starts from its category's template. A jurisdiction makes one item's chart the template of its
category (`--from`), or goes back to the shipped template (`--reset`).
"""

from __future__ import annotations

import argparse

from qlist_desktop.cli.common import CliError, open_workspace, table
from qlist_desktop.domain.flowchart import chart_problems
from qlist_desktop.services.flowcharts import TEMPLATES_KEY, get_chart, get_templates, set_template
from qlist_desktop.services.items import find_by_code
from qlist_desktop.services.settings import get_meta, get_vocabularies


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("template", help="查看或修改各权力类型的流程图模板")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("category", nargs="?", help="权力类型（名称或两字母代码）")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--from", dest="source", metavar="CODE", help="以该事项的流程图作为此类型的模板")
    action.add_argument("--reset", action="store_true", help="恢复为程序自带的模板")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    changing = bool(args.source or args.reset)
    with open_workspace(args.workspace, readonly=not changing) as ws:
        vocab = get_vocabularies(ws)
        if changing:
            category = vocab.category_label(args.category or "")
            if category is None:
                raise CliError(f"请给出权力类型，可选：{'、'.join(vocab.labels('category'))}")
            if args.reset:
                set_template(ws, category, None)
                print(f"“{category}”已恢复为程序自带的流程图模板。")
                return 0
            item = find_by_code(ws, args.source)
            chart = get_chart(ws, item.id or 0)
            if chart is None:
                raise CliError(f"事项“{item.full_name}”还没有流程图")
            problems = [message for _rule, message in chart_problems(chart)]
            if problems:
                raise CliError(f"该流程图有问题，不宜作为模板：{problems[0]}")
            set_template(ws, category, chart)
            print(f"已将“{item.full_name}”的流程图设为“{category}”的模板（{len(chart.steps)} 个环节）。")
            return 0
        templates = get_templates(ws)
        own = set(get_meta(ws, TEMPLATES_KEY) or {})
    rows = [[label, str(len(templates[label].steps)) if label in templates else "—",
             "本地区" if label in own else "程序自带"] for label in vocab.labels("category")]
    print(table(rows, ["权力类型", "环节数", "模板来源"]))
    return 0
