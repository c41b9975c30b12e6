"""A content-keyed cache of generated documents, so an unchanged document is not laid out again.

Keys hash everything a document depends on (its data, the templates, the fonts, the program version);
a stale entry can never be used, and a lost or unwritable cache only costs time.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qlist_desktop import __version__
from qlist_desktop.paths import cache_dir


def cache_key(*parts: Any) -> str:
    payload = json.dumps([__version__, *parts], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class DocumentCache:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_dir() / "export"
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def file_or_make(self, key: str, make: Callable[[Path], None]) -> Path | None:
        """The cached file for `key`, made by `make(path)` when missing; None when the cache cannot be written."""
        path = self._path(key)
        if path.is_file():
            self.hits += 1
            return path
        self.misses += 1
        tmp = path.with_name(f"{key}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            make(tmp)
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)
            return None
        return path

    def get_or_make(self, key: str, make: Callable[[], bytes]) -> bytes:
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            data = None
        if data is not None:
            self.hits += 1
            return data
        self.misses += 1
        data = make()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{key}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time next export
        return data
