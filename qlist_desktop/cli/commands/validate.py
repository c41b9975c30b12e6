"""`qlist validate WORKSPACE [--json]`: exit 1 when any finding is an error."""

from __future__ import annotations

import argparse
from itertools import groupby

from qlist_desktop.cli.common import EXIT_FINDINGS, open_workspace, print_json
from qlist_desktop.domain.rules import ERROR, count_by_severity
from qlist_desktop.services.items import load_items
from qlist_desktop.services.validation import validate_workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="按审核规则检查全部事项")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, readonly=True) as ws:
        findings = validate_workspace(ws)
        names = {i.key: i.full_name for i in load_items(ws)}
    counts = count_by_severity(findings)
    if args.json:
        print_json(
            {"findings": [f.to_dict() | {"name": names.get(f.item_id or 0, "")} for f in findings],
             "errors": counts["error"], "warnings": counts["warning"]}
        )
    else:
        for (item_id, code), group in groupby(findings, key=lambda f: (f.item_id, f.code)):
            print(f"■ {code or '（无编码）'} {names.get(item_id or 0, '')}".rstrip())
            for f in group:
                mark = "错误" if f.severity == ERROR else "提醒"
                print(f"  [{mark}] {f.message}（{f.rule}）")
        print(
            f"共发现 {counts['error']} 个错误、{counts['warning']} 个提醒。"
            + ("错误须修正后才能报送。" if counts["error"] else "")
        )
    return EXIT_FINDINGS if counts["error"] else 0
