"""One place that finds Chinese fonts for every output: Qt, Graphviz and reportlab PDFs.

Left to fallback, fontconfig may pick Noto CJK JP (wrong glyphs for 令, 直, 骨) or nothing at all
(boxes). So every output names its font. reportlab embeds only TrueType outlines: Noto CJK (CFF) is
refused, so PDFs use the Windows fonts (方正小标宋简体, 仿宋, 宋体, 黑体) where they are, and the TrueType
fonts of Linux (AR PL UMing / SungtiL for 宋体, WenQuanYi for 黑体) otherwise.

Printed documents use a font per role (GB/T 9704): 标题 小标宋, 正文 仿宋, 表格 宋体, 小标题 黑体. Each role is
resolved from: an override (environment variable `QLIST_FONT_<ROLE>`, or `fonts.json` in the config
folder, e.g. `{"body": "D:/字体/simfang.ttf"}`), the Windows font folder, fontconfig's TrueType fonts by
family name, then the role's fallbacks. A role served by a fallback is reported, so the liaison knows.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from qlist_desktop.paths import config_dir, external_env

# Family names tried in order for screen text and Graphviz (any outline format works there).
SANS_FAMILIES = ("Noto Sans CJK SC", "Microsoft YaHei", "SimHei", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei")
SERIF_FAMILIES = ("Noto Serif CJK SC", "SimSun", "AR PL UMing CN", "WenQuanYi Zen Hei")


@dataclass(frozen=True)
class TrueTypeFont:
    """A TrueType font file reportlab can embed (`subfont` is the index inside a .ttc)."""

    path: Path
    subfont: int = 0


@dataclass(frozen=True)
class RoleSpec:
    """What a role wants: its Chinese name, Windows files, fontconfig families; then what may stand in."""

    label: str
    wanted: str
    windows: tuple[str, ...]
    families: tuple[str, ...]
    fallback: str = ""  # another role whose font stands in
    fallback_families: tuple[str, ...] = ()
    fallback_bold: bool = False  # the stand-in is drawn emboldened (a 宋体 title)


ROLES: dict[str, RoleSpec] = {
    "table": RoleSpec("表格", "宋体", ("simsun.ttc", "simsun.ttf"),
                      ("SimSun", "宋体", "AR PL UMing CN", "AR PL SungtiL GB", "AR PL New Sung"),
                      fallback_families=("WenQuanYi Zen Hei", "WenQuanYi Micro Hei")),
    "heading": RoleSpec("小标题", "黑体", ("simhei.ttf",),
                        ("SimHei", "黑体", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei"), fallback="table"),
    "body": RoleSpec("正文", "仿宋", ("simfang.ttf",), ("FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312"),
                     fallback="table"),
    "title": RoleSpec("标题", "小标宋", ("FZXBSJW.TTF", "方正小标宋简体.ttf", "方正小标宋_GBK.ttf"),
                      ("FZXiaoBiaoSong-B05S", "方正小标宋简体", "FZXiaoBiaoSong-B05", "方正小标宋_GBK"),
                      fallback="table", fallback_bold=True),
}
# Names the flowchart pages (render/) ask for: 宋体-like body text and 黑体-like titles.
ALIASES = {"song": "table", "hei": "heading"}


@dataclass(frozen=True)
class RoleFont:
    """The font that serves one role, and whether it is what the role wants or a stand-in."""

    role: str
    font: TrueTypeFont
    family: str
    fallback: bool = False
    bold: bool = False

    @property
    def label(self) -> str:
        return ROLES[self.role].label

    @property
    def wanted(self) -> str:
        return ROLES[self.role].wanted

    def describe(self) -> str:
        """One line for the export log: 正文（仿宋）：AR PL UMing CN（…/uming.ttc），未找到仿宋，以宋体代替."""
        line = f"{self.label}（{self.wanted}）：{self.family}（{self.font.path}）"
        if self.fallback:
            line += f"——未找到{self.wanted}，以{'加粗的' if self.bold else ''}{self.family}代替"
        return line


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


class FontMissing(RuntimeError):
    """No usable Chinese font: the message says what to install."""


def install_hint() -> str:
    if sys.platform == "win32":
        return "请确认 Windows 字体目录中有宋体（simsun.ttc）、仿宋（simfang.ttf）和黑体（simhei.ttf）。"
    return "请安装中文字体：sudo apt-get install fonts-arphic-uming fonts-arphic-gbsn00lp fonts-wqy-zenhei"


@functools.cache
def _truetype_families() -> dict[str, TrueTypeFont]:
    """family name → TrueType file (and .ttc index) as fontconfig lists them; CFF fonts are left out."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return {}
    try:
        out = subprocess.run([fc_list, "--format", "%{family}|%{file}|%{fontformat}|%{index}\n"], capture_output=True,
                             text=True, timeout=20, check=False, env=external_env()).stdout
    except (OSError, subprocess.TimeoutExpired):
        return {}
    found: dict[str, TrueTypeFont] = {}
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) != 4 or parts[2] != "TrueType":
            continue
        font = TrueTypeFont(Path(parts[1]), int(parts[3] or 0))
        for family in parts[0].split(","):
            found.setdefault(family.strip(), font)
    return found


def _overrides() -> dict[str, str]:
    """Font files chosen by the liaison: `fonts.json` in the config folder, then environment variables."""
    chosen: dict[str, str] = {}
    try:
        data = json.loads((config_dir() / "fonts.json").read_text(encoding="utf-8"))
        if isinstance(data, dict):
            chosen.update({str(k): str(v) for k, v in data.items()})
    except (OSError, ValueError):
        pass
    for role in ROLES:
        value = os.environ.get(f"QLIST_FONT_{role.upper()}")
        if value:
            chosen[role] = value
    return chosen


def _proper(role: str) -> RoleFont | None:
    """The font a role wants, when it is installed (or chosen)."""
    spec = ROLES[role]
    override = _overrides().get(role)
    if override and Path(override).is_file():
        return RoleFont(role, TrueTypeFont(Path(override)), Path(override).stem)
    for name in spec.windows:
        path = _windows_fonts() / name
        if path.is_file():
            return RoleFont(role, TrueTypeFont(path), spec.families[0])
    families = _truetype_families()
    for family in spec.families:
        if family in families:
            return RoleFont(role, families[family], family)
    return None


@functools.cache
def role_font(role: str) -> RoleFont:
    """The font serving `role` (title, body, table, heading; or the chart pages' song / hei)."""
    role = ALIASES.get(role, role)
    spec = ROLES[role]
    found = _proper(role)
    if found:
        return found
    if spec.fallback:
        stand_in = role_font(spec.fallback)
        return RoleFont(role, stand_in.font, stand_in.family, fallback=True, bold=spec.fallback_bold)
    families = _truetype_families()
    for family in spec.fallback_families:
        if family in families:
            return RoleFont(role, families[family], family, fallback=True)
    raise FontMissing(f"找不到可嵌入 PDF 的中文 TrueType 字体（{spec.wanted}）。{install_hint()}")


def pdf_font(role: str = "song") -> TrueTypeFont:
    """The TrueType file for PDF text of a role (see `role_font`)."""
    return role_font(role).font


def role_fonts() -> list[RoleFont]:
    """Every role's font, in the order the export log prints them."""
    return [role_font(r) for r in ("title", "body", "table", "heading")]


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
