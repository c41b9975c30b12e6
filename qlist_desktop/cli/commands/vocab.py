"""`qlist vocab WORKSPACE [--export FILE | --load FILE]`: the jurisdiction's vocabularies and code scheme.

A new workspace carries the shipped vocabularies (categories and their two-letter codes, basis levels,
disclosure terms, dispositions, review conclusions, statuses) and the 16-character code scheme. A
jurisdiction with another scheme (nine categories, 行政征用 …) exports them, edits the JSON and loads it.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from qlist_desktop.cli.common import CliError, open_workspace, print_json
from qlist_desktop.domain.codes import CodeScheme
from qlist_desktop.domain.vocab import (
    KINDS,
    Vocabularies,
    VocabularyError,
    parse_vocabularies,
    read_json_file,
    vocabularies_to_data,
)
from qlist_desktop.services.items import list_rows
from qlist_desktop.services.settings import get_code_scheme, get_vocabularies, set_meta, set_vocabularies


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("vocab", help="导出或载入本地区的分类、用语和编码规则")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--export", metavar="FILE", help="导出为 JSON 文件（编辑后用 --load 载入）")
    action.add_argument("--load", metavar="FILE", help="从 JSON 文件载入（先检查，有问题不改动工作区）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, readonly=not args.load) as ws:
        if args.load:
            vocab, scheme = _read(Path(args.load))
            in_use = {r.category for r in list_rows(ws)} | {r.category for r in list_rows(ws, deleted=True)}
            missing = sorted(c for c in in_use if c and vocab.category_code(c) is None)
            if missing:
                raise CliError(
                    f"载入后事项使用的权力类型“{'、'.join(missing)}”将不在目录中，请保留它们或先修改这些事项"
                )
            set_vocabularies(ws, vocab)
            set_meta(ws, "code_scheme", scheme.to_data())
            print(f"已载入：{len(vocab.terms['category'])} 个权力类型，编码共 {scheme.length} 位。")
            return 0
        data = vocabularies_to_data(get_vocabularies(ws)) | {"code_scheme": get_code_scheme(ws).to_data()}
    if args.export:
        Path(args.export).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"已导出到 {args.export}")
    else:
        print_json(data)
    return 0


def _read(path: Path) -> tuple[Vocabularies, CodeScheme]:
    """The file's vocabularies and code scheme, or a sentence naming the first problem."""
    try:
        data = read_json_file(path)
    except FileNotFoundError:
        raise CliError(f"文件不存在：{path}") from None
    except VocabularyError as exc:
        raise CliError(str(exc)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CliError(f"“{path.name}”不是有效的 JSON 文件（{exc}）") from None
    if not isinstance(data, dict):
        raise CliError(f"“{path.name}”应为 JSON 对象")
    try:
        vocab = parse_vocabularies(data)
        scheme = CodeScheme.from_data(data.get("code_scheme"))
    except (KeyError, TypeError, ValueError) as exc:
        raise CliError(f"“{path.name}”的格式有误（{exc}）") from None
    for kind in KINDS:
        terms = vocab.terms.get(kind, [])
        if not terms:
            raise CliError(f"“{KINDS[kind]}”（{kind}）不能为空")
        for what, values in (("代码", [t.code for t in terms]), ("名称", [t.label for t in terms])):
            twice = [v for v, n in Counter(values).items() if n > 1]
            if twice:
                raise CliError(f"“{KINDS[kind]}”中的{what}“{twice[0]}”重复")
    bad = [t.code for t in vocab.terms["category"] if len(t.code) != scheme.type or not t.code.isalpha()]
    if bad:
        raise CliError(f"权力类型代码“{bad[0]}”应为 {scheme.type} 位字母（与编码规则一致）")
    return vocab, scheme
