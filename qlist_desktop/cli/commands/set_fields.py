"""`qlist set WORKSPACE CODE[,CODE...] FIELD=VALUE...`: edit through the same services as the GUI (audited).

Several codes, separated by commas, set the same values on each item (e.g. a topic on a group of items).
"""

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
    p.add_argument("code", help="事项编码；多个事项用逗号分隔，设为相同的值")
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
        codes = [c.strip() for c in args.code.replace("，", ",").split(",") if c.strip()]
        items = [find_by_code(ws, code) for code in codes]  # every code is checked before anything is written
        done = {item.code: update_item(ws, item.key, changes, source="cli") for item in items}
    for code, changed in done.items():
        prefix = f"{code}：" if len(done) > 1 else ""
        if not changed:
            print(f"{prefix}没有需要修改的内容（新值与原值相同）。")
        for change in changed:
            print(f"{prefix}已修改【{FIELD_LABELS.get(change.field, change.field)}】")
    return 0
