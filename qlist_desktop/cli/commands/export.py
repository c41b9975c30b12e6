"""`qlist export WORKSPACE OUTDIR [--include-drafts] [--override-reason TEXT] [--template NAME]`: the bundle.

The last line printed is the bundle's path; before it, which font serves each role of the printed
documents (a role served by a stand-in is warned about on stderr). Validation errors block the export
unless a reason is given; the reason is recorded in the bundle (cover, manifest.json) and the workspace.
"""

from __future__ import annotations

import argparse
import sys

from qlist_desktop.cli.common import EXIT_BAD_INPUT, EXIT_FINDINGS, CliError, open_workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="导出“四个一”报送包（一表、一图、一件、一盘）")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("outdir", help="目标文件夹（如 U 盘根目录）")
    p.add_argument("--include-drafts", action="store_true", help="同时报送状态为“草稿”的事项")
    p.add_argument("--override-reason", default="", metavar="理由",
                   help="存在校验错误时仍要报送的说明理由（记录在报送包和工作区中）")
    p.add_argument("--template", default="catalog", metavar="模板",
                   help="目录表模板（exports/ 中的文件名）：catalog（17列，默认）或 catalog_qzqd（权责清单14列）")
    p.add_argument("--quiet", action="store_true", help="不显示进度")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: reportlab, openpyxl and pypdf would slow every other command's start.
    from qlist_desktop.export.bundle import ExportBlocked, ExportOptions, export_bundle, plan_export
    from qlist_desktop.export.safe_write import ExportError
    from qlist_desktop.export.templates import TemplateError, catalog_template
    from qlist_desktop.fonts import FontMissing

    try:
        catalog_template(args.template)
    except TemplateError as exc:
        raise CliError(str(exc), EXIT_BAD_INPUT) from None
    options = ExportOptions(include_drafts=args.include_drafts, override_reason=args.override_reason,
                            catalog_template=args.template)
    with open_workspace(args.workspace) as ws:
        plan = plan_export(ws, options)
        print(plan.summary_text())
        if plan.blocked:
            for finding in plan.errors:
                print(f"  [错误] {finding.code or '（无编码）'}：{finding.message}（{finding.rule}）", file=sys.stderr)
            raise CliError("存在校验错误，未导出。请修正后再报送，或用 --override-reason 说明理由后报送。",
                           EXIT_FINDINGS)

        def progress(done: int, total: int, message: str) -> None:
            if not args.quiet:
                print(f"[{done}/{total}] {message}", file=sys.stderr)

        try:
            result = export_bundle(ws, args.outdir, options, plan=plan, progress=progress)
        except ExportBlocked as exc:
            raise CliError(str(exc), EXIT_FINDINGS) from None
        except (ExportError, TemplateError, FontMissing) as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from None
    for font in result.fonts:
        print(f"字体 {font.describe()}")
        if font.fallback:
            print(f"[提醒] {font.label}应使用{font.wanted}，本机未安装，已以{font.family}代替；"
                  f"可在配置文件夹的 fonts.json 或环境变量 QLIST_FONT_{font.role.upper()} 中指定字体文件。",
                  file=sys.stderr)
    print(f"已导出第{result.round}次报送：{result.items} 个事项、{result.charts} 张流程图、{result.files} 个文件，"
          f"批次编号 {result.bundle_id}")
    print(result.path)
    return 0
