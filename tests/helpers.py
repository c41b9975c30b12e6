"""Helpers shared by tests (imported as `from helpers import ...`)."""

from __future__ import annotations

import pytest

from qlist_desktop.cli.main import main


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `qlist ARGS...` in-process; returns (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err
