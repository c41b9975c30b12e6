"""File and folder names that are valid on FAT32, exFAT and Windows, and paths that stay short."""

from __future__ import annotations

import re

MAX_PATH = 239  # Windows' MAX_PATH is 260 with the drive and terminator; stay under 240 characters
MAX_COMPONENT = 120
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_name(text: str, *, limit: int = MAX_COMPONENT, fallback: str = "未命名") -> str:
    """`text` as one path component: reserved characters replaced, no trailing dot or space, not a device name."""
    name = re.sub(r"\s+", " ", text.replace("《", "").replace("》", ""))
    name = _FORBIDDEN.sub("_", name).strip(" .")
    name = name[:limit].rstrip(" .")
    if not name:
        name = fallback
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name


def safe_file_name(stem: str, suffix: str, *, limit: int = MAX_COMPONENT) -> str:
    """A file name `stem + suffix` with the stem made safe and shortened to keep the whole within `limit`."""
    suffix = _FORBIDDEN.sub("_", suffix)[:16]
    return safe_name(stem, limit=max(limit - len(suffix), 8)) + suffix


class UniqueNames:
    """Hands out names that are unique within one folder, case-insensitively (as FAT and NTFS compare)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, stem: str, suffix: str, *, limit: int = MAX_COMPONENT) -> str:
        name = safe_file_name(stem, suffix, limit=limit)
        n = 2
        while name.casefold() in self._taken:
            name = safe_file_name(stem, f"_{n}{suffix}", limit=limit)
            n += 1
        self._taken.add(name.casefold())
        return name
