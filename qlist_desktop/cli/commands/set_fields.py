"""`qlist set WORKSPACE CODE FIELD=VALUE...`: edit through the same services as the GUI (audited)."""

from __future__ import annotations

import argparse

from qlist_desktop.cli.common import CliError, open_workspace
from qlist_desktop.domain.items import FIELD_LABELS
from qlist_desktop.services.fields import coerce
from qlist_desktop.services.items import find_by_code, update_item
from qlist_desktop.services.settings import get_vocabularies


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("set", help="修改事项字段（记入修改记录）")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("code", help="事项编码")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE", help="字段名同 show --json")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    pairs = []
    for text in args.assignments:
        if "=" not in text:
            raise CliError(f"“{text}”不是 字段=值 的形式")
        name, _, raw = text.partition("=")
        pairs.append((name.strip(), raw))
    with open_workspace(args.workspace) as ws:
        vocab = get_vocabularies(ws)
        changes = {name: coerce(name, raw, vocab) for name, raw in pairs}
        item = find_by_code(ws, args.code)
        done = update_item(ws, item.id or 0, changes, source="cli")
    if not done:
        print("没有需要修改的内容（新值与原值相同）。")
    for change in done:
        print(f"已修改【{FIELD_LABELS.get(change.field, change.field)}】")
    return 0
