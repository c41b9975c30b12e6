"""`qlist respond WORKSPACE CODE KIND [TEXT]`: answer an item's review opinion."""

from __future__ import annotations

import argparse

from qlist_desktop.cli.common import CliError, open_workspace
from qlist_desktop.services.items import find_by_code
from qlist_desktop.services.reviews import RESPONSE_KINDS, respond, set_change_reason


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("respond", help="回复事项的审核意见，或填写变更理由")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("code", help="事项编码")
    p.add_argument(
        "kind",
        choices=[*RESPONSE_KINDS, "reason"],
        help="changed 已按意见修改 / explained 说明理由 / accepted 确认废止剔除 / reinstated 申请恢复 / "
        "reason 没有审核意见时的变更理由",
    )
    p.add_argument("text", nargs="?", default="", help="说明或理由")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as ws:
        item = find_by_code(ws, args.code)
        if args.kind == "reason":
            if not args.text.strip():
                raise CliError("请写明变更理由")
            set_change_reason(ws, item.id or 0, args.text)
            print(f"已记录“{item.full_name}”的变更理由。")
            return 0
        try:
            opinion = respond(ws, item.id or 0, args.kind, args.text)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    print(f"已回复“{item.full_name}”的审核意见（{opinion.conclusion}）：{opinion.response}")
    return 0
