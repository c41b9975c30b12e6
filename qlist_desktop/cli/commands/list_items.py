"""`qlist list WORKSPACE [--json]`"""

from __future__ import annotations

import argparse

from qlist_desktop.cli.common import open_workspace, print_json, table
from qlist_desktop.services.items import list_rows


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="列出全部事项")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, readonly=True) as ws:
        rows = list_rows(ws)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "code": r.code,
                    "name": r.name,
                    "sub_name": r.sub_name,
                    "category": r.category,
                    "status": r.status,
                    "updated_at": r.updated_at,
                }
                for r in rows
            ]
        )
    else:
        print(
            table(
                [[r.code, r.name, r.sub_name, r.category, r.status] for r in rows],
                ["事项编码", "事项名称", "子项名称", "权力类型", "状态"],
            )
        )
        print(f"共 {len(rows)} 项")
    return 0
