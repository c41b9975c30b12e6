"""The 行政权力清理汇总登记表 document: one page per item, cached by content."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qlist_desktop.domain.items import PowerItem
from qlist_desktop.export.cache import cache_key
from qlist_desktop.export.pdf_base import font_fingerprint
from qlist_desktop.export.pdf_docs import registration_pdf
from qlist_desktop.export.templates import load_json, template_fingerprint

if TYPE_CHECKING:
    from qlist_desktop.export.bundle import _Run


def registration_document(run: _Run, items: Sequence[PowerItem]) -> bytes:
    template = load_json("registration")
    dept = run.plan.department.name
    return registration_pdf(items, template, dept, run.cache, key=cache_key(template_fingerprint(), font_fingerprint()))
