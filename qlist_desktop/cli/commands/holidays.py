"""`qlist holidays WORKSPACE [--add DATE...] [--remove DATE...] [--workday DATE...]`: the work calendar."""

from __future__ import annotations

import argparse
from datetime import date

from qlist_desktop.cli.common import CliError, open_workspace
from qlist_desktop.domain.workdays import WorkCalendar
from qlist_desktop.services.reviews import get_calendar, set_calendar


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
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    add, remove, workday = ({_date(t) for t in group} for group in (args.add, args.remove, args.workday))
    changing = bool(add or remove or workday)
    with open_workspace(args.workspace, readonly=not changing) as ws:
        calendar = get_calendar(ws)
        if changing:
            calendar = WorkCalendar((calendar.holidays | add) - remove, (calendar.makeup_workdays | workday) - remove)
            set_calendar(ws, calendar)
    print("节假日：" + ("、".join(d.isoformat() for d in sorted(calendar.holidays)) or "（未设置）"))
    print("调休上班日：" + ("、".join(d.isoformat() for d in sorted(calendar.makeup_workdays)) or "（未设置）"))
    return 0
