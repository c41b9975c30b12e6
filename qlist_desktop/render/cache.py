"""Rendered charts cached by content hash, so an unchanged chart is never drawn again.

The key covers everything the picture depends on: the DOT text (which names the font), the page texts,
the Graphviz version, the PDF font files and `RENDER_VERSION` (bump it when the page layout changes).
Files are written under a temporary name and renamed, so parallel renderers never see half a file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from qlist_desktop.fonts import pdf_font
from qlist_desktop.paths import cache_dir
from qlist_desktop.render.graphviz import dot_version

RENDER_VERSION = "5"


def charts_dir() -> Path:
    path = cache_dir() / "charts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def content_key(*parts: str) -> str:
    h = hashlib.sha256()
    for part in (RENDER_VERSION, dot_version(), str(pdf_font("song").path), str(pdf_font("hei").path), *parts):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def cached_path(key: str, suffix: str) -> Path:
    """Where the file for `key` lives (it may not exist yet)."""
    folder = charts_dir() / key[:2]
    folder.mkdir(exist_ok=True)
    return folder / f"{key}{suffix}"


def temp_path(target: Path) -> Path:
    """A fresh file name beside `target`, to write into and then `publish`."""
    fd, name = tempfile.mkstemp(prefix=".tmp-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    return Path(name)


def publish(temp: Path, target: Path) -> None:
    os.replace(temp, target)
