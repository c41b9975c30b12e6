"""A normal (non-editable) install works: `pip wheel .` → a fresh virtual environment → `qlist demo` and `qlist export`.

The wheel must carry the application's data (resources/, exports/, translations, migrations); the fresh
environment sees neither the source tree nor the editable install. Its third-party dependencies come from the
test environment's site-packages, added as a plain path (so pip downloads nothing here).
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _run(*args: str | Path, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8", "QLIST_CACHE_DIR": str(cwd / "cache"),
           "QLIST_CONFIG_DIR": str(cwd / "config")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def test_wheel_installs_into_a_fresh_environment_and_runs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                            "-w", str(wheels), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("qlist_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("qlist_desktop/resources/vocabularies.json", "qlist_desktop/resources/import_headers.json",
                   "qlist_desktop/resources/translations/qlist_desktop_en.qm", "qlist_desktop/exports/bundle.json",
                   "qlist_desktop/storage/migrations/script.py.mako",
                   "qlist_desktop/storage/migrations/versions/0001_initial_schema.py"):
        assert needed in names, f"the wheel lacks {needed}"

    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    installed = _run(python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp_path).stdout.strip())
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    where = _run(python, "-c", "import qlist_desktop, sys; print(qlist_desktop.__file__); print(sys.path)",
                 cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    assert where.stdout.startswith(str(site)), where.stdout
    assert f"'{ROOT}'" not in where.stdout, "the source tree is on the path"

    qlist = env_dir / "bin" / "qlist"
    demo = _run(qlist, "demo", "demo.qlist", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    out = tmp_path / "usb"
    out.mkdir()
    export = _run(qlist, "export", "demo.qlist", out, "--override-reason", "演示", cwd=tmp_path)
    assert export.returncode == 0, export.stderr
    bundle = Path(export.stdout.strip().splitlines()[-1])
    assert (bundle / "manifest.json").is_file() and (bundle / "data.json").is_file()
    verified = _run(qlist, "verify", bundle, cwd=tmp_path)
    assert verified.returncode == 0, verified.stdout + verified.stderr
