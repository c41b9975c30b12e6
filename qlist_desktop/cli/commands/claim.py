"""`qlist claim WORKSPACE [ENTRY] [--not-claimed REASON | --claim | --restore [ASPECT...] | --deviation-reason
TEXT] [--compare FILE [--replaces CATALOG] [--accept all|ENTRY...]] [--json]`: claiming (认领) from catalogs.

A catalog is imported with `qlist import --as-catalog`; every entry is claimed by default. Not claiming
an entry is the exception and needs a reason, which the bundle's 未认领事项说明 reports. A claimed item
keeps the catalog's name, code, category and bases (三级四同): `--restore` sets them back; a new version
of a catalog is compared with `--compare` and merged in with `--accept`.
"""

from __future__ import annotations

import argparse

from qlist_desktop.cli.claim_versions import run_compare
from qlist_desktop.cli.common import CliError, open_workspace, print_json, table
from qlist_desktop.domain.catalog_rules import LOCAL_NEW, conformity_findings
from qlist_desktop.domain.items import FIELD_LABELS, PowerItem
from qlist_desktop.services.catalogs import CatalogError, claim, list_catalogs, list_entries, set_not_claimed
from qlist_desktop.services.conformity import local_new_ids, restore_from_catalog, set_deviation_reason
from qlist_desktop.services.items import load_items

STATUS_TEXT = {"claimed": "已认领", "not_claimed": "未认领"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("claim", help="上级目录的认领与三级四同：查看、不认领/重新认领、按目录恢复、合并新版本")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("entry", nargs="?", type=int, help="目录条目编号（见列表第一列）")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--not-claimed", metavar="REASON", help="不认领该条目，并写明理由")
    action.add_argument("--claim", action="store_true", help="重新认领该条目")
    action.add_argument("--restore", nargs="*", metavar="ASPECT",
                        help="按上级目录恢复认领的事项：name 名称、code 编码、category 类型、basis 依据（不写则全部）")
    action.add_argument("--deviation-reason", metavar="TEXT", help="说明事项与上级目录不一致的理由（写入报送包）")
    action.add_argument("--compare", metavar="FILE", help="将 FILE 作为某上级目录的新版本进行比较")
    p.add_argument("--replaces", metavar="CATALOG", help="新版本替换的目录（编号或名称；默认为与文件同名的目录）")
    p.add_argument("--accept", nargs="+", metavar="ENTRY", help="合并新版本并接受变更：all 或条目编号")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.compare is not None:
        return run_compare(args)
    if args.accept or args.replaces:
        raise CliError("--accept 和 --replaces 只能与 --compare 一起使用")
    changing = args.not_claimed is not None or args.claim or args.restore is not None or args.deviation_reason
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
            if args.restore is not None:
                done = restore_from_catalog(ws, args.entry, args.restore, source="cli")
                fields = "、".join(FIELD_LABELS[c.field] for c in done)
                same = f"条目 {args.entry} 已与上级目录一致。"
                print(f"已按上级目录恢复条目 {args.entry} 的【{fields}】。" if done else same)
                return 0
            if args.deviation_reason is not None:
                set_deviation_reason(ws, args.entry, args.deviation_reason)
                print(f"已记录条目 {args.entry} 与上级目录不一致的理由。")
                return 0
        except CatalogError as exc:
            raise CliError(str(exc)) from None
        catalogs = {c.id: c for c in list_catalogs(ws)}
        entries = list_entries(ws)
        items = {i.key: i for i in load_items(ws)}
        local = [items[i] for i in sorted(local_new_ids(ws, items.values()))]

    def deviation(entry_id: int | None, entry_item: PowerItem) -> list[str]:
        item = items.get(entry_id or 0)
        if item is None:
            return []
        return list(dict.fromkeys(FIELD_LABELS[f.field] for f in conformity_findings(item, entry_item)))

    rows = [(e, deviation(e.claimed_item_id, e.item) if e.claim_status == "claimed" else []) for e in entries]
    if args.json:
        print_json([{"id": e.id, "catalog": catalogs[e.catalog_id].name, "code": e.item.code, "name": e.item.name,
                     "sub_name": e.item.sub_name, "category": e.item.category, "claim_status": e.claim_status,
                     "reason": e.reason, "item_id": e.claimed_item_id, "deviations": d,
                     "deviation_reason": e.deviation_reason} for e, d in rows])
        return 0
    if not entries:
        print("尚未导入上级目录（qlist import 工作区 文件 --as-catalog）。")
        return 0
    print(table([[str(e.id), e.item.code, e.item.full_name, e.item.category, STATUS_TEXT.get(e.claim_status, ""),
                  ("不一致：" + "、".join(d)) if d else ("一致" if e.claim_status == "claimed" else ""),
                  e.reason or e.deviation_reason] for e, d in rows],
                ["编号", "编码", "名称", "类型", "认领", "三级四同", "理由"]))
    for c in catalogs.values():
        deviating = sum(1 for e, d in rows if d and e.catalog_id == c.id)
        print(f"{c.name}：{c.entries} 条，已认领 {c.claimed}（与目录不一致 {deviating}），未认领 {c.not_claimed}")
    if local:
        print(f"{LOCAL_NEW}（上级目录中没有的事项）{len(local)} 项：" + "、".join(i.full_name for i in local))
    return 0
