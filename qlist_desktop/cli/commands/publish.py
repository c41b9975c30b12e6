"""`qlist publish WORKSPACE OUTDIR [--base-url URL] [--card-size A5|A4] [--json]`: the list published for citizens.

Writes the static website (works from the folder and from any web server), 单项版 cards with QR codes,
专题版 and 实用版 PDFs, manifest.json and SHA256SUMS. Only public items are published. The last line printed
is the folder's path (or, with --json, one JSON object).
"""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlparse

from qlist_desktop.cli.common import CliError, open_workspace, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("publish", help="发布公开版：静态网站、单项版（二维码）、专题版、实用版")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("outdir", help="发布文件夹（不存在、为空，或是之前发布的网站）")
    p.add_argument("--base-url", default="", metavar="网址",
                   help="网站上线后的地址，如 https://www.example.gov.cn/qlist/（单项版二维码指向其下的事项页面）")
    p.add_argument("--card-size", default="A5", choices=("A5", "A4"), help="单项版纸张大小（默认 A5）")
    p.add_argument("--no-charts", action="store_true", help="不绘制流程图（页面说明暂未公布）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.add_argument("--quiet", action="store_true", help="不显示进度")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from qlist_desktop.fonts import FontMissing
    from qlist_desktop.publish.run import PublishError, PublishOptions, publish

    base_url = args.base_url.strip()
    if base_url and (urlparse(base_url).scheme not in ("http", "https") or not urlparse(base_url).netloc):
        raise CliError(f"网址“{base_url}”不是以 http:// 或 https:// 开头的完整网址")

    def progress(done: int, total: int, message: str) -> None:
        if not args.quiet and not args.json:
            print(f"[{done}/{total}] {message}", file=sys.stderr)

    options = PublishOptions(base_url=base_url, card_size=args.card_size, charts=not args.no_charts)
    with open_workspace(args.workspace, readonly=True) as ws:
        try:
            result = publish(ws, args.outdir, options, progress)
        except (PublishError, FontMissing) as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json(result.to_data() | {"base_url": base_url})
        return 0
    print(f"已发布 {result.items} 个公开事项（{result.withheld} 个不宜公开的事项未发布）：{result.pages} 个网页、"
          f"{result.cards} 份单项版、{result.topics} 个专题、{result.charts} 张流程图，共 {len(result.files)} 个文件，"
          f"{result.total_bytes / 1e6:.1f} MB")
    if not base_url:
        print("未指定 --base-url：单项版不含二维码。", file=sys.stderr)
    print(result.path)
    return 0
