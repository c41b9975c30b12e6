"""`qlist import WORKSPACE FILE... [--json] [--dry-run] [--as-catalog] [--no-updates]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from qlist_desktop.cli.common import CliError, open_workspace, print_json
from qlist_desktop.domain.duties import PART_LABELS
from qlist_desktop.importing import ImportFileError
from qlist_desktop.services.imports import apply_plan, plan_import


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="从 Excel 清单（.xlsx/.xls）导入事项，或导入上级目录供认领")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("files", nargs="+", metavar="FILE", help="一个或多个 Excel 文件")
    p.add_argument("--json", action="store_true", help="以 JSON 输出导入报告")
    p.add_argument("--dry-run", action="store_true", help="只预览将新建、更新、跳过的内容，不写入工作区")
    p.add_argument("--as-catalog", action="store_true", help="作为上级目录导入：事项默认全部认领到本部门清单")
    p.add_argument("--no-updates", action="store_true", help="已有事项与文件不同时不更新，只新建")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = [Path(f) for f in args.files]
    if args.as_catalog:
        return _run_catalog(args, paths)
    with open_workspace(args.workspace, readonly=args.dry_run) as ws:
        plan = plan_import(ws, paths)
        if plan.errors:
            raise CliError("未导入任何内容：" + "；".join(plan.errors))
        if not args.dry_run:
            try:
                apply_plan(ws, plan, apply_updates=not args.no_updates)
            except ImportFileError as exc:
                raise CliError(str(exc)) from None
    report = plan.to_dict() | {"dry_run": args.dry_run, "updates_applied": not args.no_updates and not args.dry_run}
    if args.json:
        print_json(report)
    else:
        _print(report)
    return 0


def _run_catalog(args: argparse.Namespace, paths: list[Path]) -> int:
    from qlist_desktop.services.catalogs import import_catalogs

    with open_workspace(args.workspace, readonly=args.dry_run) as ws:
        try:
            report = import_catalogs(ws, paths, dry_run=args.dry_run)
        except ImportFileError as exc:
            raise CliError("未导入任何内容：" + str(exc)) from None
    if args.json:
        print_json(report | {"dry_run": args.dry_run})
    else:
        for f in report["files"]:
            print(f"■ {Path(f['file']).name}：目录事项 {f['items']} 项（{_categories(f['by_category'])}）")
            _print_details(f)
        verb = "将" if args.dry_run else "已"
        print(f"{verb}认领 {report['claimed']} 项（新建 {report['created']} 项，关联已有事项 {report['linked']} 项）。"
              "不认领的事项须在认领界面填写理由。")
    return 0


def _categories(counts: dict[str, int]) -> str:
    return "、".join(f"{k} {v}" for k, v in counts.items()) or "无"


def _print_details(f: dict[str, Any]) -> None:
    rows = f["skipped"]
    if rows:
        print(f"  跳过 {sum(r['to_row'] - r['row'] + 1 for r in rows)} 行：")
        for r in rows:
            span = f"第{r['row']}行" if r["row"] == r["to_row"] else f"第{r['row']}–{r['to_row']}行"
            print(f"    [{r['sheet']}] {span}：{r['reason']}")
    for w in f["warnings"]:
        print(f"  提醒：{w}")
    for d in f.get("duties", []):
        print(f"  责任清单：工作表“{d['sheet']}”读作{PART_LABELS[d['part']]} {d['entries']} 项")
        for reason in d["skipped"]:
            print(f"    跳过：{reason}")


def _print(report: dict[str, Any]) -> None:
    for f in report["files"]:
        print(f"■ {Path(f['file']).name}（{f['format']}）：事项 {f['items']} 项（{_categories(f['by_category'])}）；"
              f"新建 {f['created']}，更新 {f['updated']}，无变化 {f['unchanged']}")
        _print_details(f)
    verb = "预览（未写入）" if report["dry_run"] else "已导入"
    updates = "" if report["updates_applied"] or report["dry_run"] else "（未应用更新）"
    print(f"{verb}：新建 {report['created']} 项，更新 {report['updated']} 项{updates}，"
          f"无变化 {report['unchanged']} 项。")
