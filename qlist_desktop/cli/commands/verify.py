"""`qlist verify BUNDLE`: exit 0 only when every listed file is present and intact and nothing is added."""

from __future__ import annotations

import argparse
from pathlib import Path

from qlist_desktop.cli.common import EXIT_FINDINGS
from qlist_desktop.export.manifest import verify_bundle


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="校验报送包：文件齐全、未被改动、没有多出文件")
    p.add_argument("bundle", help="报送包文件夹")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problems = verify_bundle(Path(args.bundle))
    for problem in problems:
        print(f"✗ {problem.message}")
    if problems:
        print(f"校验未通过：发现 {len(problems)} 个问题。")
        return EXIT_FINDINGS
    print("校验通过：所有文件齐全且未被改动，没有多出的文件。")
    return 0
