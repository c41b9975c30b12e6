"""Where the library's files are, and the library every check and command shares.

The shipped library is `resources/laws/library.sqlite.xz`, unpacked once per version into
`<cache dir>/laws/`. Laws the user adds are in `<data dir>/laws/user_laws.sqlite` (on Windows
`%APPDATA%\\qlist-desktop\\laws\\`, on Linux `~/.local/share/qlist-desktop/laws/`), seen by every workspace.
"""

from __future__ import annotations

import contextlib
import hashlib
import lzma
import os
import sqlite3
from pathlib import Path

from qlist_desktop import paths
from qlist_desktop.laws.library import LawLibrary
from qlist_desktop.laws.review import BasisReviewer
from qlist_desktop.laws.store import connect

_unpacked: dict[tuple[str, int], sqlite3.Connection] = {}  # by shipped file and its mtime: unpacked once
_default: dict[str, LawLibrary] = {}
_reviewers: dict[int, BasisReviewer] = {}


def shipped_file() -> Path:
    return paths.resource("laws", "library.sqlite.xz")


def user_file() -> Path:
    return paths.data_dir() / "laws" / "user_laws.sqlite"


def _shipped_connection() -> sqlite3.Connection | None:
    packed = shipped_file()
    if not packed.exists():
        return None
    key = (str(packed), packed.stat().st_mtime_ns)
    if key not in _unpacked:
        data = packed.read_bytes()
        target = paths.cache_dir() / "laws" / f"library-{hashlib.sha256(data).hexdigest()[:16]}.sqlite"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(lzma.decompress(data))
            os.replace(tmp, target)
            for stale in target.parent.glob("library-*.sqlite"):  # earlier versions' copies
                if stale != target:
                    with contextlib.suppress(OSError):  # still open in another process (Windows)
                        stale.unlink()
        _unpacked[key] = connect(target, readonly=True)
    return _unpacked[key]


def default_library() -> LawLibrary:
    """The shipped library plus the user's laws (loaded once per user-laws file and change)."""
    user = user_file()
    stamp = f"{user}:{user.stat().st_mtime_ns if user.exists() else 0}"
    if stamp not in _default:
        _default.clear()
        user_con = connect(user, readonly=True) if user.exists() else None
        _default[stamp] = LawLibrary(_shipped_connection(), user_con)
    return _default[stamp]


def default_reviewer() -> BasisReviewer:
    """The reviewer of bases against `default_library()`, whose cache lives as long as that library."""
    library = default_library()
    if id(library) not in _reviewers:
        _reviewers.clear()
        _reviewers[id(library)] = BasisReviewer(library)
    return _reviewers[id(library)]
