"""`qlist stats WORKSPACE [--json]`"""

from __future__ import annotations

import argparse
from collections import Counter

from qlist_desktop.cli.common import open_workspace, print_json, table
from qlist_desktop.services.items import list_rows
from qlist_desktop.services.settings import get_department, get_vocabularies


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="按权力类型和状态统计事项")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, readonly=True) as ws:
        rows = list_rows(ws)
        department = get_department(ws)
        order = get_vocabularies(ws).labels("category")
    by_category = Counter(r.category for r in rows)
    ordered = {c: by_category[c] for c in order if by_category[c]}
    ordered.update({c: n for c, n in sorted(by_category.items()) if c not in ordered})
    by_status = dict(Counter(r.status for r in rows))
    if args.json:
        print_json({"department": department.name, "total": len(rows), "by_category": ordered, "by_status": by_status})
    else:
        print(f"{department.name}：共 {len(rows)} 项")
        print(table([[c, str(n)] for c, n in ordered.items()], ["权力类型", "事项数"]))
        print("状态：" + "，".join(f"{s} {n}" for s, n in by_status.items()))
    return 0
