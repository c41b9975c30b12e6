"""Validating a whole workspace: item, flowchart, 三级四同 and responsibility-list rules."""

from __future__ import annotations

from collections import defaultdict

from qlist_desktop.domain.items import PowerItem
from qlist_desktop.domain.rules import Finding, validate_items
from qlist_desktop.laws.files import default_reviewer
from qlist_desktop.services.conformity import catalog_findings
from qlist_desktop.services.duties import duty_findings
from qlist_desktop.services.flowcharts import flowchart_findings
from qlist_desktop.services.items import load_items
from qlist_desktop.services.settings import get_code_scheme, get_vocabularies
from qlist_desktop.storage.workspace import Workspace


def validate_workspace(ws: Workspace, items: list[PowerItem] | None = None) -> list[Finding]:
    """Every finding of every live item, grouped by item in code order (item rules, its chart's, catalog's)."""
    items = load_items(ws) if items is None else items
    by_item: dict[int | None, list[Finding]] = defaultdict(list)
    for finding in validate_items(items, get_vocabularies(ws), get_code_scheme(ws), default_reviewer()):
        by_item[finding.item_id].append(finding)
    for finding in flowchart_findings(ws, items):
        by_item[finding.item_id].append(finding)
    for finding in catalog_findings(ws, items):
        by_item[finding.item_id].append(finding)
    for duty_finding in duty_findings(ws, items):
        by_item[duty_finding.item_id].append(duty_finding.to_finding())
    return [f for item in items for f in by_item.pop(item.id, [])] + [f for rest in by_item.values() for f in rest]
