"""One place that finds Chinese fonts for every output: Qt, Graphviz and reportlab PDFs.

Left to fallback, fontconfig may pick Noto CJK JP (wrong glyphs for 令, 直, 骨) or nothing at all
(boxes). So every output names its font. reportlab embeds only TrueType outlines: Noto CJK (CFF) is
refused, so PDFs use SimSun/SimHei/FangSong on Windows and WenQuanYi / AR PL on Linux.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from qlist_desktop.paths import external_env

# Family names tried in order for screen text and Graphviz (any outline format works there).
SANS_FAMILIES = ("Noto Sans CJK SC", "Microsoft YaHei", "SimHei", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei")
SERIF_FAMILIES = ("Noto Serif CJK SC", "SimSun", "AR PL UMing CN", "WenQuanYi Zen Hei")


@dataclass(frozen=True)
class TrueTypeFont:
    """A TrueType font file reportlab can embed (`subfont` is the index inside a .ttc)."""

    path: Path
    subfont: int = 0


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


# Candidate files for PDFs: (role, path, subfont index). Body text is 宋体/仿宋-like, titles 黑体-like.
_PDF_CANDIDATES: dict[str, list[tuple[str, int]]] = {
    "song": [
        (str(_windows_fonts() / "simsun.ttc"), 0),
        (str(_windows_fonts() / "simfang.ttf"), 0),
        ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ],
    "hei": [
        (str(_windows_fonts() / "simhei.ttf"), 0),
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
        (str(_windows_fonts() / "simsun.ttc"), 0),
    ],
}


class FontMissing(RuntimeError):
    """No usable Chinese font: the message says what to install."""


def install_hint() -> str:
    if sys.platform == "win32":
        return "请确认 Windows 字体目录中有宋体（simsun.ttc）或黑体（simhei.ttf）。"
    return "请安装中文字体：sudo apt-get install fonts-wqy-zenhei fonts-noto-cjk"


@functools.cache
def pdf_font(role: str = "song") -> TrueTypeFont:
    """The TrueType file for PDF text of a role: "song" (body) or "hei" (titles)."""
    override = os.environ.get(f"QLIST_PDF_FONT_{role.upper()}")
    if override and Path(override).is_file():
        return TrueTypeFont(Path(override))
    for path, index in _PDF_CANDIDATES[role]:
        if Path(path).is_file():
            return TrueTypeFont(Path(path), index)
    raise FontMissing(f"找不到可嵌入 PDF 的中文 TrueType 字体。{install_hint()}")


@functools.cache
def installed_families() -> frozenset[str]:
    """Font family names fontconfig knows (empty where fc-list is absent, e.g. on Windows)."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return frozenset()
    try:
        out = subprocess.run([fc_list, ":", "family"], capture_output=True, text=True, timeout=20, check=False,
                             env=external_env()).stdout
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(","))


def first_installed(families: tuple[str, ...]) -> str:
    """The first of `families` that is installed; the first one when nothing can be asked."""
    known = installed_families()
    for family in families:
        if family in known:
            return family
    return families[0]


def graphviz_font() -> str:
    """The font family Graphviz labels are drawn with."""
    return os.environ.get("QLIST_GRAPHVIZ_FONT") or first_installed(SANS_FAMILIES)
