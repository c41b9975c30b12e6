"""`qlist rounds WORKSPACE [--json]`: each submitted round, its opinions, and the change deadline."""

from __future__ import annotations

import argparse

from qlist_desktop.cli.common import open_workspace, print_json, table
from qlist_desktop.services.reviews import change_deadline, rounds_overview


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rounds", help="各次报送的审核情况和变更说明期限")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, readonly=True) as ws:
        rounds = rounds_overview(ws)
        deadline = change_deadline(ws)
    if args.json:
        print_json(
            {
                "rounds": [r.to_dict() for r in rounds],
                "deadline": None
                if deadline is None
                else {
                    "round": deadline.round,
                    "submitted": deadline.submitted.isoformat(),
                    "due": deadline.due.isoformat(),
                    "workdays_left": deadline.workdays_left,
                    "calendar_note": deadline.calendar_note,
                },
            }
        )
        return 0
    if not rounds:
        print("尚未报送。")
        return 0
    rows = [
        [
            f"第{r.round}次",
            r.created_at[:10],
            str(r.opinions),
            "，".join(f"{k}{v}" for k, v in r.by_conclusion.items()) or "—",
            str(r.open),
        ]
        for r in rounds
    ]
    print(table(rows, ["批次", "报送日期", "意见数", "审核结论", "待处理"]))
    if deadline:
        print(deadline.describe())
    return 0
