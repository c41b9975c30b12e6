"""`qlist import-review WORKSPACE FILE [--json] [--dry-run]`: the office's returned 审核意见反馈表."""

from __future__ import annotations

import argparse
from pathlib import Path

from qlist_desktop.cli.common import CliError, open_workspace, print_json
from qlist_desktop.services.feedback_sheet import FeedbackError
from qlist_desktop.services.reviews import import_review


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-review", help="导入审核机关退回的审核意见反馈表")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("file", help="审核意见反馈表（.xlsx 或 .xls）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, readonly=args.dry_run) as ws:
        try:
            report = import_review(ws, Path(args.file), dry_run=args.dry_run)
        except FeedbackError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json(report.to_dict())
        return 0
    verb = "将导入" if args.dry_run else "已导入"
    print(
        f"{verb}第{report.round}次报送（{report.bundle_id}）的审核意见：新增 {report.created} 条，"
        f"更新 {report.updated} 条，未变 {report.unchanged} 条。"
    )
    if report.by_conclusion:
        print("审核结论：" + "，".join(f"{k} {v}" for k, v in report.by_conclusion.items()))
    if report.not_reviewed:
        print(f"未填写审核结论的行：{'、'.join(map(str, report.not_reviewed))}")
    for row in report.unmatched:
        print(f"第{row['row']}行未能对应：{row['reason']}")
    return 0
