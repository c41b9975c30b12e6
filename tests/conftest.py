"""Root test configuration: offscreen Qt, isolated settings, shared workspace fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures" / "karamay"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use qtbot or qapp are GUI tests (as in qutebrowser)."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """UI settings and caches never touch the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("QLIST_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("QLIST_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("QLIST_DATA_DIR", str(home / "data"))


from publish_support import published  # noqa: E402, F401  (the published demo, shared by the publish tests)
