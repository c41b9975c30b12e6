"""`qlist`: the headless face of the core. Exit 0 success, 1 validation errors, 2 bad input.

What is printed never fails a command: characters the terminal cannot take (undecodable bytes of a file
name) are shown as U+FFFD, and a reader that closes the pipe (`| head`) ends the output quietly. An
unexpected error says whether the workspace was changed only from what is known: the transactions that
committed changes (`commits_made`).
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import multiprocessing
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import Any

from qlist_desktop import __version__
from qlist_desktop.cli import commands
from qlist_desktop.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, CliError
from qlist_desktop.domain.clean_text import REPLACEMENT, UncleanText
from qlist_desktop.services.attachments import AttachmentError
from qlist_desktop.services.fields import FieldError
from qlist_desktop.services.items import ItemNotFound
from qlist_desktop.storage.workspace import WorkspaceError, commits_made


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with its own words in Chinese, and usage errors as a sentence with exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"参数错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="qlist", description="权力清单工作区命令行工具（qlist-desktop 的命令行界面）")
    parser.add_argument("--version", action="version", version=f"qlist {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令", parser_class=_Parser)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def _replacement(exc: UnicodeError) -> tuple[bytes, int]:
    """U+FFFD (as the UTF-8 bytes the streams are set to) for each character that cannot be encoded."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return REPLACEMENT.encode("utf-8") * (exc.end - exc.start), exc.end


codecs.register_error("qlist.replace", _replacement)


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # chart rendering spawns workers; a frozen build must not rerun main
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="qlist.replace")
    args = build_parser().parse_args(argv)
    commits = commits_made()
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at exit where it could no longer be handled
        return code
    except CliError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.code
    except (WorkspaceError, ItemNotFound, FieldError, AttachmentError, UncleanText) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except OSError as exc:
        where = f"“{exc.filename}”" if exc.filename else ""
        print(f"错误：无法读写文件{where}（{exc.strerror or exc}）。{_workspace_state(commits)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        print(f"出现意外错误（{type(exc).__name__}：{exc}）。{_workspace_state(commits)}请将此信息告知维护人员。",
              file=sys.stderr)
        return EXIT_INTERNAL


def _workspace_state(before: int) -> str:
    """What is known of the workspace after a failure: a committed change is done, else nothing was written."""
    done = commits_made() - before
    if done:
        return f"出错之前的 {done} 次修改已保存在工作区中（已完成，无需重做），出错的是其后的步骤。"
    return "工作区未被改动。"


def _discard_stdout() -> None:
    """The reader closed the pipe: what is still buffered goes nowhere instead of failing at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
