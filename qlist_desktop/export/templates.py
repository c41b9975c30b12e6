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
    """A table column: `width` in Excel character units; the PDF measures its own width from the content,
    within `pdf_min`..`pdf_max` millimetres (0: no bound), and prints `repeat` columns again on a row's
    continuation."""

    field: str
    title: str
    width: float = 12
    hidden: bool = False
    pdf_min: float = 0
    pdf_max: float = 0
    repeat: bool = False


@dataclass(frozen=True)
class TableTemplate:
    """A table: a title (with `{department}`), its columns and font sizes; `extra` holds the other keys."""

    name: str
    title: str
    columns: tuple[Column, ...]
    font_size: float = 10
    pdf_font_size: float = 9
    label: str = ""
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


def column(data: dict[str, Any]) -> Column:
    """A column from its template entry (KeyError, TypeError or ValueError when malformed)."""
    return Column(str(data["field"]), str(data["title"]), float(data.get("width", 12)), bool(data.get("hidden", False)),
                  float(data.get("pdf_min", 0)), float(data.get("pdf_max", 0)), bool(data.get("repeat", False)))


def load_table(name: str, folder: Path | None = None) -> TableTemplate:
    data = load_json(name, folder)
    try:
        known = {"title", "columns", "font_size", "pdf_font_size", "label"}
        return TableTemplate(
            name=name,
            title=str(data.get("title", "")),
            columns=tuple(column(c) for c in data["columns"]),
            font_size=float(data.get("font_size", 10)),
            pdf_font_size=float(data.get("pdf_font_size", 9)),
            label=str(data.get("label", name)),
            extra={k: v for k, v in data.items() if k not in known and not k.startswith("_")},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"导出模板“{name}.json”的列定义有误（{exc}）") from None


CATALOG_PREFIX = "catalog"


def catalog_templates(folder: Path | None = None) -> list[TableTemplate]:
    """The catalog (目录表) layouts on offer: `exports/catalog*.json`, the default `catalog` first."""
    base = folder or template_dir()
    names = sorted(p.stem for p in base.glob(f"{CATALOG_PREFIX}*.json"))
    names.sort(key=lambda n: n != CATALOG_PREFIX)
    return [load_table(n, base) for n in names]


def catalog_template(name: str = CATALOG_PREFIX, folder: Path | None = None) -> TableTemplate:
    """One catalog layout by name; a name that is not on offer is refused with the names that are."""
    offered = catalog_templates(folder)
    for template in offered:
        if template.name == name:
            return template
    names = "、".join(f"{t.name}（{t.label}）" for t in offered)
    raise TemplateError(f"没有名为“{name}”的目录表模板；可选：{names}")


def template_fingerprint(folder: Path | None = None) -> str:
    """All template texts together, so caches are dropped when any template is edited."""
    base = folder or template_dir()
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(base.glob("*.json")))
