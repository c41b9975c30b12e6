"""`qlist claim WORKSPACE --compare FILE [--replaces CATALOG] [--accept all|ENTRY...] [--json]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from qlist_desktop.cli.common import CliError, open_workspace, print_json
from qlist_desktop.importing import ImportFileError
from qlist_desktop.services.catalog_versions import ACCEPT_ALL, VersionComparison, compare_version, merge_version
from qlist_desktop.services.catalogs import CatalogError


def _accept(values: list[str]) -> str | list[int]:
    if values == [ACCEPT_ALL]:
        return ACCEPT_ALL
    try:
        return [int(v) for v in values]
    except ValueError:
        raise CliError("--accept 后应为 all 或目录条目编号，例如 --accept 3 7") from None


def _describe(c: VersionComparison) -> list[str]:
    lines = [f"“{c.path.name}”与目录“{c.catalog}”相比：新增 {len(c.added)} 条，取消 {len(c.removed)} 条，"
             f"变更 {len(c.changed)} 条，未变 {len(c.unchanged)} 条。"]
    lines += [f"  新增：{i.full_name}（{i.category}）" for i in c.added]
    lines += [f"  取消 [{e.id}]：{e.item.full_name}" for e in c.removed]
    for change in c.changed:
        lines.append(f"  变更 [{change.old.id}]：{change.old.item.full_name}")
        lines += [f"      {d.describe()}" for d in change.differences]
    return lines


def run_compare(args: argparse.Namespace) -> int:
    path = Path(args.compare)
    if not path.is_file():
        raise CliError(f"文件不存在：{path}")
    accept = _accept(args.accept) if args.accept else None
    with open_workspace(args.workspace, readonly=accept is None) as ws:
        try:
            comparison = compare_version(ws, path, args.replaces)
            merged = merge_version(ws, comparison, accept) if accept is not None else None
        except (CatalogError, ImportFileError) as exc:
            raise CliError(str(exc)) from None
    if args.json:
        data = comparison.to_dict()
        if merged is not None:
            data["merged"] = {"catalog_id": merged.catalog_id, "created": merged.created,
                              "changed_items": sorted({c.item_id for c in merged.changes})}
        print_json(data)
        return 0
    print("\n".join(_describe(comparison)))
    if merged is not None:
        print(f"已合并为目录的新版本：新认领 {len(merged.created)} 项，"
              f"按新版本更新 {len({c.item_id for c in merged.changes})} 项。")
    elif comparison.changed or comparison.removed:
        print("接受变更：qlist claim 工作区 --compare 文件 --accept all（或条目编号）")
    return 0
