"""`qlist complete WORKSPACE [--codes] [--charts] [--bases] [--dry-run] [--json]`: completing an imported list.

No flag: codes and charts. `--bases` also (or only) sets every basis's level, full title and article text from
the law library, as `qlist laws fix` does.
"""

from __future__ import annotations

import argparse

from qlist_desktop.cli.common import CliError, open_workspace, print_json
from qlist_desktop.services.completion import CompletionError, apply_completion, plan_completion
from qlist_desktop.services.laws import fix_bases


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("complete", help="补全：为缺少或无效编码的事项生成编码，为没有流程图的事项按类型模板起草流程图")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("--codes", action="store_true", help="只补编码（按本工作区的编码规则；有效编码不变）")
    p.add_argument("--charts", action="store_true",
                   help="只补流程图（按权力类型模板，填入事项已有的岗位、时限、投诉渠道）")
    p.add_argument("--bases", action="store_true", help="按法规库校正依据的层级、全称和条文（同 qlist laws fix）")
    p.add_argument("--dry-run", action="store_true", help="只列出将做的修改，不写入工作区")
    p.add_argument("--json", action="store_true", help="以 JSON 输出：codes（item_id、old、new、reason）与 charts")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    both = not args.codes and not args.charts and not args.bases
    with open_workspace(args.workspace, readonly=args.dry_run) as ws:
        try:
            plan = plan_completion(ws, codes=both or args.codes, charts=both or args.charts)
        except CompletionError as exc:
            raise CliError(str(exc)) from None
        if plan and not args.dry_run:
            apply_completion(ws, plan)
        fixes = fix_bases(ws, dry_run=args.dry_run) if args.bases else []
    if args.json:
        bases = {"bases": [{"item_id": f.item_id, "basis": f.index} for f in fixes]} if args.bases else {}
        print_json(plan.to_dict() | bases | {"dry_run": args.dry_run})
        return 0
    verb = "将" if args.dry_run else "已"
    for a in plan.codes:
        print(f"{plan.names.get(a.item_id, '')}：{a.reason}，{verb}编为 {a.new}")
    if args.bases:
        print(f"{verb}按法规库校正 {len(fixes)} 条依据。")
    print(f"{verb}生成 {len(plan.codes)} 个事项编码，{verb}起草 {len(plan.charts)} 张流程图。"
          + ("" if plan else "没有需要补全的内容。"))
    return 0
