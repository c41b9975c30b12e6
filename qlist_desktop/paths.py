"""Where the application's own files are: in a source checkout, an installed package or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding `resources/` and `exports/` (the project root, or PyInstaller's bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file under `resources/`."""
    return app_root().joinpath("resources", *parts)


def export_template(*parts: str) -> Path:
    """A file under `exports/` (export templates)."""
    return app_root().joinpath("exports", *parts)
