"""Dependencies point one way: laws ← domain ← storage ← services ← export ← cli / ui; importing and render are
pure libraries over the domain (they never see a workspace or a session), used by services and export."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "qlist_desktop"

# What each layer may import from the package (besides itself).
ALLOWED: dict[str, set[str]] = {
    "paths": set(),
    "fonts": {"paths"},
    "laws": {"paths"},  # the law library: its own data file, read-only; the domain's rules consult it
    "domain": {"paths", "laws"},
    "storage": {"domain", "paths"},
    "importing": {"domain", "laws", "paths"},
    "render": {"domain", "paths", "fonts"},
    "services": {"domain", "laws", "storage", "importing", "render", "paths", "fonts"},
    "export": {"domain", "laws", "storage", "services", "render", "paths", "fonts"},
    "publish": {"domain", "laws", "storage", "services", "render", "export", "paths", "fonts"},
    "cli": {"domain", "laws", "storage", "services", "importing", "render", "export", "publish", "paths", "fonts"},
    "ui": {"domain", "laws", "storage", "services", "importing", "render", "export", "publish", "paths", "fonts"},
}


def _layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else Path(parts[0]).stem


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("qlist_desktop"):
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("qlist_desktop")]
    return found


def test_every_module_imports_only_from_the_layers_below() -> None:
    offences = []
    seen_layers = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts or (path.parent == PACKAGE and path.stem in ("__init__", "__main__")):
            continue
        layer = _layer(path)
        seen_layers.add(layer)
        for line, module in _imports(path):
            parts = module.split(".")
            target = parts[1] if len(parts) > 1 else "__init__"
            if target not in (layer, "__init__") and target not in ALLOWED.get(layer, set()):  # __init__: version
                offences.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({layer}) imports {module}")
    assert seen_layers <= set(ALLOWED), f"layers without a rule: {sorted(seen_layers - set(ALLOWED))}"
    assert offences == []


def test_pure_libraries_open_no_session() -> None:
    """importing/ and render/ are given data; only services open workspace sessions."""
    offences = []
    for folder in ("importing", "render"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            for needle in (".session(", "Workspace.open", "Workspace.create"):
                if needle in text:
                    offences.append(f"{path.relative_to(PACKAGE.parent)} uses {needle}")
    assert offences == []
