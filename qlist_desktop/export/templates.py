"""Export templates: the JSON files in `exports/` that define each table's columns, titles and widths.

A jurisdiction with a different format edits these files, not the code. A broken template is refused
with a sentence naming the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qlist_desktop.paths import export_template


class TemplateError(ValueError):
    """An export template that cannot be used, said in a sentence."""


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    width: float = 12
    hidden: bool = False


@dataclass(frozen=True)
class TableTemplate:
    """A table: a title (with `{department}`), its columns and font sizes; `extra` holds the other keys."""

    name: str
    title: str
    columns: tuple[Column, ...]
    font_size: float = 10
    pdf_font_size: float = 8
    extra: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.extra.get(key, default)


def template_dir() -> Path:
    return export_template()


def load_json(name: str, folder: Path | None = None) -> dict[str, Any]:
    path = (folder or template_dir()) / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(f"找不到导出模板“{path}”") from None
    except (OSError, ValueError) as exc:
        raise TemplateError(f"导出模板“{path.name}”无法读取（{exc}）") from None
    if not isinstance(data, dict):
        raise TemplateError(f"导出模板“{path.name}”格式错误：应为 JSON 对象")
    return data


def load_table(name: str, folder: Path | None = None) -> TableTemplate:
    data = load_json(name, folder)
    try:
        columns = tuple(
            Column(str(c["field"]), str(c["title"]), float(c.get("width", 12)), bool(c.get("hidden", False)))
            for c in data["columns"]
        )
        known = {"title", "columns", "font_size", "pdf_font_size"}
        return TableTemplate(
            name=name,
            title=str(data.get("title", "")),
            columns=columns,
            font_size=float(data.get("font_size", 10)),
            pdf_font_size=float(data.get("pdf_font_size", 8)),
            extra={k: v for k, v in data.items() if k not in known and not k.startswith("_")},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"导出模板“{name}.json”的列定义有误（{exc}）") from None


def template_fingerprint(folder: Path | None = None) -> str:
    """All template texts together, so caches are dropped when any template is edited."""
    base = folder or template_dir()
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(base.glob("*.json")))
