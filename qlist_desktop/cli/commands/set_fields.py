"""`qlist set WORKSPACE CODE[,CODE...] FIELD=VALUE...` and, for many items at once, `--all` or `--where F=V`.

Edits go through the same services as the GUI (audited); several items are set in one transaction, and every
code is checked before anything is written.
"""

from __future__ import annotations

import argparse
from typing import Any

from qlist_desktop.cli.common import CliError, open_workspace
from qlist_desktop.domain.fields import FIELD_LABELS
from qlist_desktop.services.bulk_edit import select_items, set_many
from qlist_desktop.services.fields import coerce
from qlist_desktop.services.items import find_by_code
from qlist_desktop.services.settings import get_vocabularies


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("set", help="修改事项字段（记入修改记录）；--all / --where 一次修改多个事项")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("words", nargs="+", metavar="[CODE] FIELD=VALUE",
                   help="事项编码（多个用逗号分隔；用 --all 或 --where 时不写），"
                        "然后是 字段=值（字段名同 show --json）")
    p.add_argument("--all", action="store_true", help="修改全部事项")
    p.add_argument("--where", action="append", default=[], metavar="FIELD=VALUE",
                   help="只修改该字段等于该值的事项（可写多次，须同时满足），如 --where category=行政处罚；"
                        "值为空表示“未填写”")
    p.set_defaults(func=run)


def _pairs(texts: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for text in texts:
        if "=" not in text:
            raise CliError(f"“{text}”不是 字段=值 的形式")
        name, _, raw = text.partition("=")
        pairs.append((name.strip(), raw))
    return pairs


def run(args: argparse.Namespace) -> int:
    bulk = args.all or bool(args.where)
    target = None if bulk else args.words[0]
    texts = args.words if bulk else args.words[1:]
    if target is not None and "=" in target:
        raise CliError("请写事项编码，或用 --all / --where 选择要修改的事项")
    if not texts:
        raise CliError("请写要修改的 字段=值")
    with open_workspace(args.workspace) as ws:
        vocab = get_vocabularies(ws)
        changes: dict[str, Any] = {name: coerce(name, raw, vocab) for name, raw in _pairs(texts)}
        if not bulk:
            codes = [c.strip() for c in (target or "").replace("，", ",").split(",") if c.strip()]
            items = [find_by_code(ws, code) for code in codes]  # every code is checked before anything is written
            outcome = set_many(ws, {item.key: changes for item in items}, source="cli")
            for item in items:
                prefix = f"{item.code}：" if len(items) > 1 else ""
                changed = outcome.applied.get(item.key, {})
                if not changed:
                    print(f"{prefix}没有需要修改的内容（新值与原值相同）。")
                for name in changed:
                    print(f"{prefix}已修改【{FIELD_LABELS.get(name, name)}】")
            return 0
        ids = select_items(ws, _pairs(args.where), vocab)
        outcome = set_many(ws, dict.fromkeys(ids, changes), source="cli")
    labels = "、".join(FIELD_LABELS.get(n, n) for n in changes)
    print(f"选中 {len(ids)} 个事项，修改了其中 {len(outcome.changes.updated)} 个的【{labels}】。")
    return 0
