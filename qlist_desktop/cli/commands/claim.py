"""`qlist claim WORKSPACE [ENTRY] [--not-claimed REASON | --claim] [--json]`: claiming (认领) from catalogs.

A catalog is imported with `qlist import --as-catalog`; every entry is claimed by default. Not claiming
an entry is the exception and needs a reason, which the bundle's 未认领事项说明 reports.
"""

from __future__ import annotations

import argparse

from qlist_desktop.cli.common import CliError, open_workspace, print_json, table
from qlist_desktop.services.catalogs import CatalogError, claim, list_catalogs, list_entries, set_not_claimed

STATUS_TEXT = {"claimed": "已认领", "not_claimed": "未认领"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("claim", help="查看上级目录的认领情况，或将某条目标记为未认领/重新认领")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("entry", nargs="?", type=int, help="目录条目编号（见列表第一列）")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--not-claimed", metavar="REASON", help="不认领该条目，并写明理由")
    action.add_argument("--claim", action="store_true", help="重新认领该条目")
    p.add_argument("--json", action="store_true", help="以 JSON 输出列表")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    changing = args.not_claimed is not None or args.claim
    if changing and args.entry is None:
        raise CliError("请给出要修改的目录条目编号")
    with open_workspace(args.workspace, readonly=not changing) as ws:
        try:
            if args.not_claimed is not None:
                set_not_claimed(ws, args.entry, args.not_claimed)
                print(f"已将条目 {args.entry} 标记为未认领。")
                return 0
            if args.claim:
                claim(ws, args.entry)
                print(f"已认领条目 {args.entry}。")
                return 0
        except CatalogError as exc:
            raise CliError(str(exc)) from None
        catalogs = {c.id: c for c in list_catalogs(ws)}
        entries = list_entries(ws)
    if args.json:
        print_json([{"id": e.id, "catalog": catalogs[e.catalog_id].name, "code": e.item.code, "name": e.item.name,
                     "sub_name": e.item.sub_name, "category": e.item.category, "claim_status": e.claim_status,
                     "reason": e.reason} for e in entries])
        return 0
    if not entries:
        print("尚未导入上级目录（qlist import 工作区 文件 --as-catalog）。")
        return 0
    print(table([[str(e.id), e.item.code, e.item.full_name, e.item.category, STATUS_TEXT.get(e.claim_status, ""),
                  e.reason] for e in entries], ["编号", "编码", "名称", "类型", "认领", "未认领理由"]))
    for c in catalogs.values():
        print(f"{c.name}：{c.entries} 条，已认领 {c.claimed}，未认领 {c.not_claimed}")
    return 0
