"""`qlist laws import|show|search|fix`: the law library (法规库) on the command line.

`import FILE…` adds laws the library lacks (.docx / .md / .txt) for every workspace on this PC; `show TITLE
[ARTICLE]` prints a law or one article of it; `search TEXT` finds articles by their text; `fix WORKSPACE` sets
every basis's level, full title and article text from the library (audited; `--dry-run` only lists).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from qlist_desktop.cli.common import CliError, open_workspace, print_json
from qlist_desktop.laws.files import default_library, user_file
from qlist_desktop.laws.imports import LawFileError
from qlist_desktop.laws.model import Law
from qlist_desktop.laws.numerals import parse_refs
from qlist_desktop.services.laws import BasisFix, fix_bases, import_laws

LEVELS = ("法律", "行政法规", "国务院决定", "地方性法规", "部门规章", "地方政府规章", "规范性文件")
PART_LABELS = {"level": "层级", "title": "名称", "revision": "版本", "article_text": "条文"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("laws", help="法规库：导入、查看、搜索法规，按法规库校正依据")
    actions = p.add_subparsers(dest="laws_command", required=True, metavar="操作")
    imp = actions.add_parser("import", help="导入法规库中没有的法规（.docx/.md/.txt），本机所有工作区可用")
    imp.add_argument("files", nargs="+", metavar="FILE", help="法规文本文件")
    imp.add_argument("--level", choices=LEVELS, default="", help="法规层级（不写则按制定机关判断）")
    imp.add_argument("--json", action="store_true", help="以 JSON 输出")
    imp.set_defaults(func=run_import)
    show = actions.add_parser("show", help="显示一部法规或其中一条")
    show.add_argument("title", help="法规名称（全称或简称均可）")
    show.add_argument("article", nargs="?", default="", help="条款，如 第十二条第一款第（三）项")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(func=run_show)
    search = actions.add_parser("search", help="按条文内容搜索现行法规")
    search.add_argument("text", help="要查找的文字")
    search.add_argument("--limit", type=int, default=50, help="最多显示的条数（默认 50）")
    search.add_argument("--json", action="store_true", help="以 JSON 输出")
    search.set_defaults(func=run_search)
    fix = actions.add_parser("fix", help="按法规库校正工作区全部依据的层级、名称和条文")
    fix.add_argument("workspace", help="工作区文件（.qlist）")
    fix.add_argument("--dry-run", action="store_true", help="只列出将要做的修改，不写入")
    fix.add_argument("--json", action="store_true", help="以 JSON 输出")
    fix.set_defaults(func=run_fix)


def _law_data(law: Law) -> dict[str, object]:
    return {"title": law.title, "level": law.level, "published": law.published, "in_force_from": law.in_force_from,
            "status": law.status, "issuer": law.issuer, "source": law.source}


def _status(law: Law) -> str:
    return "已失效" if law.expired else "现行有效"


def run_import(args: argparse.Namespace) -> int:
    try:
        added = import_laws([Path(f) for f in args.files], args.level)
    except LawFileError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print_json({"laws": [asdict(a) for a in added], "stored_in": str(user_file())})
        return 0
    for a in added:
        level = a.level or "层级未定（请用 --level 指定）"
        replaced = "（替换同版本）" if a.replaced else ""
        print(f"《{a.title}》 {level} {a.published or '日期不详'} 共{a.articles}条{replaced}")
    print(f"已导入 {len(added)} 部法规，保存在 {user_file()}，本机所有工作区的检查都会用到。")
    return 0


def run_show(args: argparse.Namespace) -> int:
    library = default_library()
    law = library.find(args.title)
    if law is None:
        raise CliError(f"法规库中没有《{args.title}》；可用 qlist laws search 按内容查找，或用 qlist laws import 导入")
    refs = parse_refs(args.article) if args.article else []
    if args.article and not refs:
        raise CliError(f"看不懂条款“{args.article}”：请写成“第十二条”或“第十二条第一款第（三）项”")
    versions = [_law_data(v) for v in library.versions(law.title)]
    if refs:
        text = library.cited_text(law, refs[0])
        if text is None:
            raise CliError(f"《{law.title}》现行版本（{law.published}）中没有{refs[0].label}")
        if args.json:
            print_json({"law": _law_data(law), "article": refs[0].label, "text": text, "versions": versions})
        else:
            print(f"《{law.title}》{refs[0].label}（{law.level}，{law.published}版，{_status(law)}）\n{text}")
        return 0
    articles = library.articles(law)
    if args.json:
        print_json({"law": _law_data(law), "versions": versions,
                    "articles": [{"article": a.label, "chapter": a.chapter, "text": a.text} for a in articles]})
        return 0
    print(f"{law.title}\n层级：{law.level}　版本：{law.published}　施行：{law.in_force_from or '—'}　{_status(law)}")
    for line in law.history:
        print(line)
    chapter = ""
    for a in articles:
        if a.chapter != chapter:
            chapter = a.chapter
            print(f"\n{chapter}")
        print(f"{a.label if a.no.number else ''} {a.text}".strip())
    return 0


def run_search(args: argparse.Namespace) -> int:
    hits = default_library().search(args.text, limit=max(1, args.limit))
    if args.json:
        print_json({"hits": [{"title": h.law.title, "level": h.law.level, "published": h.law.published,
                              "article": h.article.label, "text": h.article.text} for h in hits]})
        return 0
    for h in hits:
        text = h.article.text.replace("\n", "")
        print(f"《{h.law.title}》{h.article.label}：{text[:100]}{'……' if len(text) > 100 else ''}")
    print(f"共找到 {len(hits)} 条。" if hits else f"现行法规中没有含“{args.text}”的条文。")
    return 0


def _fix_data(fix: BasisFix) -> dict[str, object]:
    return {"item_id": fix.item_id, "code": fix.code, "name": fix.name, "basis": fix.index,
            "changed": fix.changed_parts(), "old": asdict(fix.old), "new": asdict(fix.new)}


def run_fix(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, readonly=args.dry_run) as ws:
        fixes = fix_bases(ws, dry_run=args.dry_run)
    if args.json:
        print_json({"fixes": [_fix_data(f) for f in fixes], "dry_run": args.dry_run})
        return 0
    for f in fixes:
        parts = "、".join(PART_LABELS[p] for p in f.changed_parts())
        level = f"：{f.old.level or '无'} → {f.new.level}" if f.old.level != f.new.level else ""
        print(f"{f.code or f.name} 第{f.index}条依据《{f.new.title}》 校正{parts}{level}")
    verb = "将校正" if args.dry_run else "已校正"
    print(f"{verb} {len(fixes)} 条依据。" + ("（未写入，去掉 --dry-run 即写入）" if args.dry_run and fixes else ""))
    return 0
