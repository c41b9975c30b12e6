"""What every `qlist` command shares: opening workspaces, printing, errors as sentences."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qlist_desktop.domain.clean_text import printable
from qlist_desktop.storage.workspace import Workspace

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


class CliError(Exception):
    """A refusal said as a sentence, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


@contextmanager
def open_workspace(path: str, *, readonly: bool = False) -> Iterator[Workspace]:
    ws = Workspace.open(Path(path), readonly=readonly)
    try:
        yield ws
    finally:
        ws.close()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain text table whose columns line up for Chinese (double-width) characters."""

    def width(text: str) -> int:
        return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)

    rows = [[printable(str(c)) for c in row] for row in rows]  # a control character would drive the terminal
    widths = [max(width(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = []
    for row in [headers, *rows]:
        cells = [str(c) + " " * (w - width(str(c))) for c, w in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
