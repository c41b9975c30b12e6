"""`qlist show WORKSPACE CODE [--json]`"""

from __future__ import annotations

import argparse

from qlist_desktop.cli.common import open_workspace, print_json
from qlist_desktop.domain.clean_text import clean
from qlist_desktop.domain.items import FIELD_LABELS, PowerItem, item_to_dict
from qlist_desktop.services.items import find_by_code
from qlist_desktop.services.reviews import opinions


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("show", help="显示一个事项的全部字段")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("code", help="事项编码")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, readonly=True) as ws:
        item = find_by_code(ws, args.code)
        item_opinions = opinions(ws, item.id)
    if args.json:
        print_json(item_to_dict(item) | {"opinions": [op.to_dict() for op in item_opinions]})
    else:
        print(clean(format_item(item)))  # text stored before input was cleaned must not drive the terminal
        for op in item_opinions:
            answer = f"；回复：{op.response}" if op.response else "；待回复" if op.needs_action else ""
            print(clean(f"审核意见（第{op.round}次报送）：{op.conclusion} {op.comment}{answer}"))
    return 0


def format_item(item: PowerItem) -> str:
    lines = []
    for name, label in FIELD_LABELS.items():
        value = getattr(item, name)
        if name == "bases":
            text = "\n".join(f"  {n}. {b.citation()} {b.article_text}".rstrip() for n, b in enumerate(value, 1))
            lines.append(f"{label}：\n{text}" if text else f"{label}：")
        elif name == "responsibilities":
            text = "\n".join(f"  【{r.stage}】{r.content}" for r in value)
            lines.append(f"{label}：\n{text}" if text else f"{label}：")
        elif isinstance(value, bool):
            lines.append(f"{label}：{'是' if value else '否'}")
        elif isinstance(value, list):
            lines.append(f"{label}：{'、'.join(value)}")
        elif isinstance(value, dict):
            lines.extend(f"{label}·{k}：{v}" for k, v in value.items())
        else:
            lines.append(f"{label}：{'' if value is None else value}")
    return "\n".join(lines)
