"""`qlist holidays WORKSPACE [--add DATE...] [--remove DATE...] [--workday DATE...] [--load FILE.json]`.

The work calendar for deadlines: the shipped State Council arrangements, yearly files loaded into the
workspace, and the workspace's own additions and removals on top.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from qlist_desktop.cli.common import CliError, open_workspace
from qlist_desktop.domain.holiday_arrangements import HolidayFileError
from qlist_desktop.services.holidays import (
    change_calendar,
    load_arrangements,
    official_arrangements,
    own_changes,
    read_arrangements,
)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"日期“{text}”应写成 YYYY-MM-DD，例如 2026-10-01") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("holidays", help="查看或修改节假日与调休上班日（用于计算工作日期限）")
    p.add_argument("workspace", help="工作区文件（.qlist）")
    p.add_argument("--add", nargs="+", default=[], metavar="DATE", help="添加节假日")
    p.add_argument("--remove", nargs="+", default=[], metavar="DATE", help="删除节假日或调休上班日")
    p.add_argument("--workday", nargs="+", default=[], metavar="DATE", help="添加调休上班日（周末上班）")
    p.add_argument("--load", metavar="FILE.json", help="载入节假日安排文件（格式同随程序提供的文件，先检查后载入）")
    p.set_defaults(func=run)


def _days(days: frozenset[date]) -> str:
    return "、".join(d.isoformat() for d in sorted(days)) or "（无）"


def run(args: argparse.Namespace) -> int:
    add, remove, workday = ({_date(t) for t in group} for group in (args.add, args.remove, args.workday))
    load = Path(args.load) if args.load else None
    if load is not None:
        try:
            read_arrangements(load)  # refuse a bad file before the workspace is opened for writing
        except HolidayFileError as exc:
            raise CliError(str(exc)) from None
    changing = bool(add or remove or workday or load)
    with open_workspace(args.workspace, readonly=not changing) as ws:
        if load is not None:
            loaded = load_arrangements(ws, load)
            replaced = f"（替换了原有的 {'、'.join(map(str, loaded.replaced))} 年）" if loaded.replaced else ""
            print(f"已载入 {'、'.join(map(str, loaded.years))} 年的节假日安排{replaced}。")
        if add or remove or workday:
            change_calendar(ws, add=add, workday=workday, remove=remove)
        official = official_arrangements(ws)
        own = own_changes(ws)
    print("已知节假日安排的年份：" + ("、".join(f"{y}年" for y in sorted(official)) or "（无）")
          + "；其他年份按周一至周五计算。")
    for year, arrangement in sorted(official.items()):
        print(f"  {year}年：放假 {len(arrangement.off)} 天，调休上班 {len(arrangement.workdays)} 天")
    print("本工作区增加的节假日：" + _days(own.holidays))
    print("本工作区增加的调休上班日：" + _days(own.makeup_workdays))
    print("本工作区取消的安排：" + _days(own.removed))
    return 0
