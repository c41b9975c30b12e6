"""One typed registry of UI state (geometry, splitters, recent workspaces, language).

Item data never lives here: it is in the workspace file. The settings are an ini file under
`qlist_desktop.paths.config_dir()`, which tests point at a temporary folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from qlist_desktop.paths import config_dir

T = TypeVar("T")
MAX_RECENT = 8


class _Setting(Generic[T]):
    """A typed attribute backed by one QSettings key."""

    def __init__(self, key: str, kind: type[T], default: T) -> None:
        self.key, self.kind, self.default = key, kind, default

    def __get__(self, obj: UiSettings, owner: type | None = None) -> T:
        value = obj.store.value(self.key, self.default)
        if self.kind is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        if self.kind is list:
            if value is None or value == "":
                return []  # type: ignore[return-value]
            return list(value) if isinstance(value, list | tuple) else [value]  # type: ignore[return-value]
        if self.kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        return self.kind(value)  # type: ignore[call-arg]

    def __set__(self, obj: UiSettings, value: T) -> None:
        obj.store.setValue(self.key, value)


class UiSettings:
    """The application's UI settings; one instance per window is fine (they share the file)."""

    geometry = _Setting("window/geometry", QByteArray, QByteArray())
    window_state = _Setting("window/state", QByteArray, QByteArray())
    splitter_state = _Setting("window/splitter", QByteArray, QByteArray())
    list_header_state = _Setting("window/list_header", QByteArray, QByteArray())
    recent_workspaces = _Setting("workspaces/recent", list, [])
    last_directory = _Setting("workspaces/last_directory", str, "")
    language = _Setting("ui/language", str, "zh_CN")
    dot_path = _Setting("tools/dot", str, "")  # Graphviz `dot` chosen by the liaison; empty: look it up

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "qlist-desktop.ini"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def remember_workspace(self, path: Path | str) -> None:
        """Put a workspace at the top of the recent list."""
        text = str(Path(path).resolve())
        recent = [p for p in self.recent_workspaces if p != text]
        self.recent_workspaces = [text, *recent][:MAX_RECENT]
        self.last_directory = str(Path(text).parent)

    def forget_workspace(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_workspaces = [p for p in self.recent_workspaces if p != text]

    def sync(self) -> None:
        self.store.sync()
