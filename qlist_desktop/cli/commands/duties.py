"""`qlist duties WORKSPACE`: the responsibility list (责任清单), printed, exported, loaded back, its rules set."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from qlist_desktop.cli.common import CliError, open_workspace, print_json
from qlist_desktop.domain.duties import (
    PART_LABELS,
    PARTS,
    DutyDataError,
    ResponsibilityList,
    entry_name,
    list_from_dict,
)
from qlist_desktop.domain.duty_rules import RULE_TITLES, SEVERITIES
from qlist_desktop.importing.workbook import ImportFileError
from qlist_desktop.services.duties import (
    DutyChanges,
    generate_spot_checks,
    get_rule_settings,
    load_list,
    replace_parts,
    set_rule_settings,
)
from qlist_desktop.services.settings import get_department

SEVERITY_WORDS = {"error": "错误", "warning": "提醒", "off": "不检查"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("duties", help="责任清单：部门职责、职责边界、事中事后监管制度、公共服务事项、随机抽查事项")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出全部五个部分")
    p.add_argument("--export", metavar="FILE", help="导出为 .xlsx（每部分一个工作表）或 .json，供在程序外编辑")
    p.add_argument("--load", metavar="FILE", nargs="+",
                   help="载入编辑后的 .xlsx/.json：文件中含有的部分整体替换（先检查，无误才写入）")
    p.add_argument("--spot-checks", action="store_true", help="为尚无抽查事项的行政检查事项生成随机抽查事项")
    p.add_argument("--severity", metavar="RULE=LEVEL", nargs="+",
                   help="设置规则的严重程度（本地区口径）：LEVEL 为 error、warning 或 off")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    chosen = [o for o in ("export", "load", "spot_checks", "severity") if getattr(args, o)]
    if len(chosen) > 1:
        raise CliError("--export、--load、--spot-checks、--severity 一次只能用一个")
    if args.load:
        return _load(args)
    if args.spot_checks:
        with open_workspace(args.workspace) as ws:
            changes = generate_spot_checks(ws, source="cli")
        print(f"已生成 {len(changes.created)} 个随机抽查事项。")
        return 0
    if args.severity:
        return _severity(args)
    with open_workspace(args.workspace, readonly=True) as ws:
        rlist = load_list(ws)
        department = get_department(ws).name
    if args.export:
        return _export(Path(args.export), department, rlist)
    if args.json:
        print_json(rlist.to_dict())
        return 0
    for part in PARTS:
        entries = rlist.part(part)
        print(f"■ {PART_LABELS[part]}（{len(entries)}项）")
        for n, entry in enumerate(entries, start=1):
            codes = f"  〔{len(entry.item_codes)}个事项〕" if entry.item_codes else ""
            print(f"  {n}. {entry_name(part, entry)}{codes}")
    return 0


def _export(path: Path, department: str, rlist: ResponsibilityList) -> int:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".json"):
        raise CliError(f"导出文件须以 .xlsx 或 .json 结尾：{path.name}")
    if not path.parent.is_dir():
        raise CliError(f"文件夹“{path.parent}”不存在")
    if suffix == ".xlsx":
        from qlist_desktop.export.duties import list_workbook

        data = list_workbook(department, rlist)
    else:
        data = (json.dumps(rlist.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise CliError(f"无法写入“{path}”：{exc.strerror}") from None
    print(f"已导出责任清单：{path}（{_count_text(rlist)}）")
    return 0


def read_files(paths: list[Path]) -> tuple[ResponsibilityList, list[str]]:
    """Every file read and checked; the combined list and the parts they hold. Nothing is written."""
    from qlist_desktop.importing.duties import read_list_file

    combined = ResponsibilityList()
    parts: list[str] = []
    problems: list[str] = []
    for path in paths:
        if not path.is_file():
            raise CliError(f"文件不存在：{path}")
        if path.suffix.lower() == ".json":
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                found = list_from_dict(data)
            except (OSError, ValueError) as exc:
                problems.append(f"“{path.name}”：{exc}")
                continue
            file_parts = [p for p in PARTS if p in data]
        else:
            try:
                found, file_parts, errors = read_list_file(path)
            except ImportFileError as exc:
                problems.append(str(exc))
                continue
            problems += [f"“{path.name}”{e}" for e in errors]
            if not file_parts:
                problems.append(f"“{path.name}”中没有找到责任清单的表格（如含“主要职责”“具体工作事项”列的部门职责表）")
        for part in file_parts:
            combined.part(part).extend(found.part(part))
            if part not in parts:
                parts.append(part)
    if problems:
        raise CliError("未载入任何内容，请先修正：\n" + "\n".join(problems))
    return combined, parts


def _load(args: argparse.Namespace) -> int:
    try:
        rlist, parts = read_files([Path(p) for p in args.load])
    except DutyDataError as exc:
        raise CliError(f"未载入任何内容：{exc}") from None
    with open_workspace(args.workspace) as ws:
        changes = replace_parts(ws, rlist, parts, source="cli")
    print(f"已载入{'、'.join(PART_LABELS[p] for p in parts)}：{_changes_text(changes)}。")
    return 0


def _severity(args: argparse.Namespace) -> int:
    wanted: dict[str, str] = {}
    for text in args.severity:
        rule, _sep, level = text.partition("=")
        if rule not in RULE_TITLES:
            raise CliError(f"没有规则“{rule}”（可用：{'、'.join(RULE_TITLES)}）")
        if level not in SEVERITIES:
            raise CliError(f"“{text}”的严重程度须为 error、warning 或 off")
        wanted[rule] = level
    with open_workspace(args.workspace) as ws:
        settings = get_rule_settings(ws)
        settings.severity.update(wanted)
        set_rule_settings(ws, settings)
    for rule, level in wanted.items():
        print(f"{rule}（{RULE_TITLES[rule]}）：{SEVERITY_WORDS[level]}")
    return 0


def _count_text(rlist: ResponsibilityList) -> str:
    return "，".join(f"{PART_LABELS[p]} {n} 项" for p, n in rlist.counts().items())


def _changes_text(changes: DutyChanges) -> str:
    return f"新增 {len(changes.created)} 项、更新 {len(changes.updated)} 项、删除 {len(changes.deleted)} 项"
