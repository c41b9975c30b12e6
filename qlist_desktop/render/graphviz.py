"""Finding and running Graphviz `dot`: one resolver (setting or QLIST_DOT, bundled folder, PATH)."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

from qlist_desktop.paths import app_root, external_env

DOT_TIMEOUT = 120  # seconds; a pathological chart must not hang an export forever
_configured: str | None = None


class GraphvizMissing(RuntimeError):
    """`dot` cannot be found or run; the message says how to install it."""


class GraphvizFailed(RuntimeError):
    """`dot` ran but refused the chart; the message is a sentence with dot's own words."""


def install_hint() -> str:
    if sys.platform == "win32":
        return ("请安装 Graphviz（https://graphviz.org/download/ ，安装时勾选“加入系统 PATH”），"
                "或在“设置”中指定 dot.exe 的位置，或设置环境变量 QLIST_DOT。")
    if sys.platform == "darwin":
        return "请安装 Graphviz：brew install graphviz，或设置环境变量 QLIST_DOT 指向 dot 程序。"
    return "请安装 Graphviz：sudo apt-get install graphviz，或设置环境变量 QLIST_DOT 指向 dot 程序。"


def set_configured_dot(path: str | None) -> None:
    """The `dot` location chosen in the application's settings (None or "" to clear)."""
    global _configured
    _configured = path or None
    find_dot.cache_clear()
    dot_version.cache_clear()


def _exe(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def _bundled() -> Path:
    return app_root() / "graphviz" / ("" if sys.platform == "win32" else "bin") / _exe("dot")


@functools.cache
def find_dot() -> Path:
    """The `dot` program to use: the setting, then QLIST_DOT, then the bundled folder, then PATH."""
    for source, value in (("设置中指定的", _configured), ("环境变量 QLIST_DOT 指定的", os.environ.get("QLIST_DOT"))):
        if value:
            path = Path(value)
            if path.is_file() and os.access(path, os.X_OK):
                return path
            raise GraphvizMissing(f"{source} Graphviz 程序“{value}”不存在或无法执行。{install_hint()}")
    bundled = _bundled()
    if bundled.is_file():
        return bundled
    found = shutil.which("dot")
    if found:
        return Path(found)
    raise GraphvizMissing(f"找不到绘制流程图所需的 Graphviz（dot）程序。{install_hint()}")


@functools.cache
def dot_version() -> str:
    """`dot -V` of the resolved program (part of the render cache key)."""
    result = _run([str(find_dot()), "-V"], b"")
    return result.stderr.decode("utf-8", "replace").strip()


def _run(args: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(args, input=data, capture_output=True, timeout=DOT_TIMEOUT, check=False,
                              env=external_env())
    except FileNotFoundError:
        raise GraphvizMissing(f"无法运行 Graphviz 程序“{args[0]}”。{install_hint()}") from None
    except subprocess.TimeoutExpired:
        raise GraphvizFailed(f"Graphviz 绘制流程图超过 {DOT_TIMEOUT} 秒仍未完成，已中止") from None


def run_dot_files(source: Path, formats: list[str], options: list[str] | None = None) -> None:
    """Render every graph of the file `source` in each of `formats`, beside it (`dot -O` naming)."""
    args = [str(find_dot()), *(options or [])]
    for fmt in formats:
        args += [f"-T{fmt}", "-O"]
    result = _run([*args, str(source)], b"")
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GraphvizFailed(f"Graphviz 无法绘制该流程图：{message[-1] if message else '未知错误'}")


def render_bytes(dot_source: str, fmt: str) -> bytes:
    """Render to one format and return the bytes (for previews)."""
    result = _run([str(find_dot()), f"-T{fmt}"], dot_source.encode("utf-8"))
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GraphvizFailed(f"Graphviz 无法绘制该流程图：{message[-1] if message else '未知错误'}")
    return result.stdout


def layout_size(dot_source: str) -> tuple[float, float]:
    """Width and height in points of the laid-out chart (`dot -Tplain`, cheap: no drawing)."""
    first = render_bytes(dot_source, "plain").split(b"\n", 1)[0].split()
    return float(first[2]) * 72, float(first[3]) * 72
