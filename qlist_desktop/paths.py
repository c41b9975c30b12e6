"""Where the application's own files are: in a source checkout, an installed package or a frozen build."""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib import util
from pathlib import Path


def app_root() -> Path:
    """The source checkout's root (where `resources/` and `exports/` are kept), or PyInstaller's bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


@cache
def data_folder(name: str) -> Path:
    """The folder of the application's data `name` ("resources" or "exports").

    A frozen build has it beside the program; an installed wheel (or an editable install) as the data package
    `qlist_desktop.<name>` (see setup.py); a bare source checkout at its root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / name
    spec = util.find_spec(f"qlist_desktop.{name}")  # a data package: a namespace package without __init__
    for location in (spec.submodule_search_locations or []) if spec else []:
        if Path(location).is_dir():
            return Path(location)
    return app_root() / name


def resource(*parts: str) -> Path:
    """A file under `resources/`."""
    return data_folder("resources").joinpath(*parts)


def export_template(*parts: str) -> Path:
    """A file under `exports/` (export templates)."""
    return data_folder("exports").joinpath(*parts)


def _user_dir(env: str, windows_base: str, posix_default: str) -> Path:
    override = os.environ.get(env)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get(windows_base, Path.home())) / "qlist-desktop"
    return (
        Path(os.environ.get(posix_default.split(":")[0], Path.home() / posix_default.split(":")[1])) / "qlist-desktop"
    )


def config_dir() -> Path:
    """Where UI settings live (QLIST_CONFIG_DIR overrides; tests point it at a temp folder)."""
    return _user_dir("QLIST_CONFIG_DIR", "APPDATA", "XDG_CONFIG_HOME:.config")


def cache_dir() -> Path:
    """Where rendered charts and other re-creatable files are cached (QLIST_CACHE_DIR overrides)."""
    return _user_dir("QLIST_CACHE_DIR", "LOCALAPPDATA", "XDG_CACHE_HOME:.cache")


def data_dir() -> Path:
    """Where the user's own data shared by every workspace lives, e.g. added laws (QLIST_DATA_DIR overrides)."""
    return _user_dir("QLIST_DATA_DIR", "APPDATA", "XDG_DATA_HOME:.local/share")


def external_env() -> dict[str, str]:
    """The environment for external programs (dot, fc-list, pdftoppm).

    A frozen (PyInstaller) build sets LD_LIBRARY_PATH to its own folder for every child process, so an
    external program would load the bundle's copies of fontconfig, freetype … instead of its own.
    """
    env = dict(os.environ)
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            env.pop("LD_LIBRARY_PATH", None)
        else:
            env["LD_LIBRARY_PATH"] = original
    return env
