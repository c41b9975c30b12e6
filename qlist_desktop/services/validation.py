"""Validating a whole workspace with the domain's rules."""

from __future__ import annotations

from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.rules import Finding, RuleContext, validate_items
from qlist_desktop.services.items import load_items
from qlist_desktop.services.settings import get_code_scheme, get_vocabularies
from qlist_desktop.storage.workspace import Workspace


def validate_workspace(ws: Workspace, items: list[PowerItem] | None = None) -> list[Finding]:
    """Every finding of every live item, grouped by item in code order."""
    items = load_items(ws) if items is None else items
    return validate_items(items, get_vocabularies(ws), get_code_scheme(ws))


def rule_context(ws: Workspace, items: list[PowerItem] | None = None) -> RuleContext:
    """A context for validating single items as they are edited."""
    items = load_items(ws) if items is None else items
    return RuleContext.for_items(items, get_vocabularies(ws), get_code_scheme(ws))
