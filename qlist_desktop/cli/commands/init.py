"""`qlist init WORKSPACE --department NAME --region CODE`"""

from __future__ import annotations

import argparse
import re

from qlist_desktop.cli.common import CliError
from qlist_desktop.domain.items import Department
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="新建工作区文件")
    p.add_argument("workspace", help="新工作区文件路径（如 部门.qlist）")
    p.add_argument("--department", required=True, help="部门名称")
    p.add_argument("--region", required=True, help="6 位区划代码")
    p.add_argument("--code", default="001", help="3 位主体编码（默认 001）")
    p.add_argument("--liaison", default="", help="联络员")
    p.add_argument("--phone", default="", help="联系电话")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not re.fullmatch(r"\d{6}", args.region):
        raise CliError(f"区划代码应为 6 位数字，收到“{args.region}”")
    if not re.fullmatch(r"\d{3}", args.code):
        raise CliError(f"主体编码应为 3 位数字，收到“{args.code}”")
    if not args.department.strip():
        raise CliError("部门名称不能为空")
    department = Department(args.department.strip(), args.code, args.region, args.liaison, args.phone)
    with Workspace.create(args.workspace) as ws:
        initialise(ws, department)
    print(f"已新建工作区：{args.workspace}（{department.name}，区划代码 {department.region_code}）")
    return 0
