"""The frozen application: `scripts/build.sh` (build.spec, PyInstaller) builds it into a temp folder once, then
both programs run from the bundle and are compared with the same commands run from source."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from qlist_desktop.storage.workspace import SCHEMA_HEAD

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="scripts/build.sh builds on Linux; a Windows build is made by hand (docs/packaging.md)"),
]

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
PYINSTALLER = "pyinstaller>=6.10,<7"  # as in scripts/build.sh
# Libraries the bundled dot may take from the system: glibc, and libxcb (PyInstaller never bundles it either).
SYSTEM_LIBRARIES = ("linux-vdso.so", "ld-linux", "libc.so", "libm.so", "libdl.so", "libpthread.so", "librt.so",
                    "libxcb.so")


@dataclass(frozen=True)
class Frozen:
    folder: Path
    build_seconds: float

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"

    def run(self, program: str, *args: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.folder / program), *map(str, args)], capture_output=True, text=True,
                              timeout=300, env=env, check=False)


def _ensure_pyinstaller() -> None:
    """Skip (only) when PyInstaller is missing from .venv and cannot be installed there."""
    if not VENV_PYTHON.exists():
        return  # build.sh creates .venv with scripts/setup.sh, then installs PyInstaller itself
    if subprocess.run([VENV_PYTHON, "-c", "import PyInstaller"], capture_output=True, check=False).returncode == 0:
        return
    done = subprocess.run([VENV_PYTHON, "-m", "pip", "install", "-q", PYINSTALLER], capture_output=True, text=True,
                          timeout=600, check=False)
    if done.returncode != 0:
        pytest.skip(f"PyInstaller cannot be installed into .venv: {done.stderr.strip()[-500:]}")


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    _ensure_pyinstaller()
    base = tmp_path_factory.mktemp("frozen")
    start = time.monotonic()
    done = subprocess.run(["bash", str(ROOT / "scripts" / "build.sh")], capture_output=True, text=True, timeout=1200,
                          env=os.environ | {"DIST_DIR": str(base / "dist"), "WORK_DIR": str(base / "work")},
                          check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return Frozen(base / "dist" / "qlist-desktop", time.monotonic() - start)


def _env(tmp: Path, name: str, **extra: str) -> dict[str, str]:
    """Own settings and cache folders per run, so every run really draws and nothing leaks between runs."""
    return os.environ | {"QLIST_CONFIG_DIR": str(tmp / name / "config"), "QLIST_CACHE_DIR": str(tmp / name / "cache"),
                         "QT_QPA_PLATFORM": "offscreen", **extra}


def _source(*args: str | Path, env: dict[str, str], module: str = "qlist_desktop") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=env, check=False)


def _demo(frozen: Frozen, tmp: Path) -> Path:
    workspace = tmp / "演示.qlist"
    done = frozen.run("qlist", "demo", workspace, env=_env(tmp, "demo"))
    assert done.returncode == 0 and workspace.is_file(), done.stderr
    return workspace


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_bundle_holds_both_programs_the_data_and_nothing_for_tests(frozen: Frozen) -> None:
    print(f"build: {frozen.build_seconds:.0f} s")
    for program in ("qlist", "qlist-desktop"):
        assert os.access(frozen.folder / program, os.X_OK), program
    sources = [*(ROOT / "resources").rglob("*"), *(ROOT / "exports").rglob("*"),
               *(ROOT / "qlist_desktop" / "storage" / "migrations").rglob("*")]
    shipped = [p for p in sources if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".ts"]
    assert any(p.name == "script.py.mako" for p in shipped) and any(p.parent.name == "versions" for p in shipped)
    for path in shipped:
        copy = frozen.internal / path.relative_to(ROOT)
        assert copy.is_file() and copy.read_bytes() == path.read_bytes(), copy
    translations = frozen.internal / "PySide6" / "Qt" / "translations"
    assert (translations / "qtbase_zh_CN.qm").is_file() and not (translations / "qtbase_de.qm").exists()
    names = {p.name for p in frozen.internal.rglob("*")}
    assert not {n for n in names if n.startswith(("_tkinter", "libtk", "libtcl", "pytest", "libQt6WebEngine"))}
    assert not (frozen.internal / "tkinter").exists() and not (frozen.internal / "unittest").exists()


def test_bundled_dot_brings_its_own_libraries_and_plugins(frozen: Frozen) -> None:
    if shutil.which("dot") is None:
        pytest.skip("no Graphviz on this machine, so the bundle has none (scripts/setup.sh installs it)")
    graphviz = frozen.internal / "graphviz"
    lib = graphviz / "lib"
    assert os.access(graphviz / "bin" / "dot", os.X_OK)
    config = (lib / "graphviz" / "config6a").read_text(encoding="utf-8")
    assert all(f"libgvplugin_{p}.so" in config for p in ("core", "dot_layout", "pango"))
    for elf in [graphviz / "libexec" / "dot", *(lib / "graphviz").glob("*.so*")]:
        ldd = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, check=True,
                             env=os.environ | {"LD_LIBRARY_PATH": str(lib)}).stdout
        for line in ldd.splitlines():
            name, _, target = line.strip().partition(" => ")
            assert "not found" not in target, f"{elf.name}: {line}"
            if target and not name.startswith(SYSTEM_LIBRARIES):
                assert target.startswith(str(lib)), f"{elf.name} takes {name} from the system: {target}"


def test_frozen_cli_validates_the_demo_like_the_source(frozen: Frozen, tmp_path: Path) -> None:
    workspace = _demo(frozen, tmp_path)
    done = frozen.run("qlist", "validate", workspace, "--json", env=_env(tmp_path, "frozen"))
    assert done.returncode == 1, done.stderr
    findings = json.loads(done.stdout)["findings"]
    assert any(f["severity"] == "error" for f in findings)
    reference = _source("validate", workspace, "--json", env=_env(tmp_path, "source"))
    assert reference.returncode == 1 and json.loads(reference.stdout)["findings"] == findings

    missing = frozen.run("qlist", "validate", tmp_path / "无此文件.qlist", env=_env(tmp_path, "frozen"))
    assert missing.returncode == 2 and missing.stderr.startswith("错误：") and "Traceback" not in missing.stderr


def test_frozen_export_with_the_bundled_dot_matches_the_source_and_verifies(frozen: Frozen, tmp_path: Path) -> None:
    workspace = _demo(frozen, tmp_path)
    twin = shutil.copy(workspace, tmp_path / "副本.qlist")
    # PATH has fc-list (font lookup) but no dot: the frozen export can only draw with the bundled Graphviz.
    tools = tmp_path / "tools"
    tools.mkdir()
    if shutil.which("fc-list"):
        (tools / "fc-list").symlink_to(shutil.which("fc-list"))
    frozen_out, source_out = tmp_path / "frozen_usb", tmp_path / "source_usb"
    frozen_out.mkdir()
    source_out.mkdir()
    args = ("--include-drafts", "--override-reason", "打包测试", "--quiet")
    done = frozen.run("qlist", "export", workspace, frozen_out, *args, env=_env(tmp_path, "frozen", PATH=str(tools)))
    assert done.returncode == 0, done.stderr
    reference = _source("export", twin, source_out, *args, env=_env(tmp_path, "source"))
    assert reference.returncode == 0, reference.stderr
    (bundle,), (source_bundle,) = frozen_out.iterdir(), source_out.iterdir()
    files = sorted(p.relative_to(bundle) for p in bundle.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(source_bundle) for p in source_bundle.rglob("*") if p.is_file())
    charts = [f for f in files if f.parts[0] == "02_一图" and f.suffix == ".pdf"]
    assert charts and any(f.suffix == ".xlsx" for f in files)

    verified = frozen.run("qlist", "verify", bundle, env=_env(tmp_path, "frozen"))
    assert verified.returncode == 0 and "校验通过" in verified.stdout, verified.stdout + verified.stderr
    catalog = bundle / "01_一表" / "行政权力目录表.pdf"
    assert "示范县市场监督管理局" in _text(catalog)
    fonts = subprocess.run(["pdffonts", str(catalog)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded
    for chart in charts[:3]:
        assert _text(bundle / chart) == _text(source_bundle / chart), chart


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_frozen_gui_screenshot_is_the_source_screenshot(frozen: Frozen, tmp_path: Path, qapp) -> None:
    from PySide6.QtGui import QImage

    workspace = _demo(frozen, tmp_path)
    shot, reference = tmp_path / "frozen.png", tmp_path / "source.png"
    done = frozen.run("qlist-desktop", workspace, "--screenshot", shot, env=_env(tmp_path, "frozen"))
    assert done.returncode == 0, done.stderr
    assert _png_size(shot) == (1366, 768) and shot.stat().st_size > 50_000
    source = _source(workspace, "--screenshot", reference, env=_env(tmp_path, "source"), module="qlist_desktop.ui.app")
    assert source.returncode == 0, source.stderr
    # Same Qt, same fonts, same window: the pictures agree but for a caret that may have blinked.
    images = [QImage(str(p)).convertToFormat(QImage.Format.Format_RGB32) for p in (shot, reference)]
    words = [memoryview(bytes(image.constBits())).cast("I") for image in images]
    assert len(words[0]) == len(words[1]) == 1366 * 768
    assert sum(a != b for a, b in zip(*words, strict=True)) < 200


def test_frozen_gui_upgrades_an_old_workspace_with_the_bundled_migrations(frozen: Frozen, tmp_path: Path) -> None:
    old = shutil.copy(ROOT / "tests" / "data" / "workspace-v0001.qlist", tmp_path / "旧.qlist")
    done = frozen.run("qlist-desktop", old, "--screenshot", tmp_path / "old.png", env=_env(tmp_path, "frozen"))
    assert done.returncode == 0, done.stderr
    with closing(sqlite3.connect(old)) as db:
        assert db.execute("select version_num from alembic_version").fetchall() == [(SCHEMA_HEAD,)]
    assert [p.name.startswith("旧.qlist.v0001-") for p in tmp_path.glob("*.bak")] == [True]
