"""`qlist demo WORKSPACE`: a realistic demo department to try the program on."""

from __future__ import annotations

import argparse

from qlist_desktop.services.demo import DEPARTMENT, create_demo


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="新建演示工作区（示范县市场监督管理局）")
    p.add_argument("workspace", help="新工作区文件路径")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = create_demo(args.workspace)
    print(f"已新建演示工作区：{path}（{DEPARTMENT.name}）")
    return 0
