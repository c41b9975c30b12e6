"""Services the desktop workbench needs beyond single-item reads and writes (no Qt here).

`LiveValidation` keeps the findings of every live item up to date while items are edited one at a time:
it holds the items in memory (a 10,000-item list is a few tens of MB) so that a change of code or name
re-validates exactly the items whose duplicate findings may change, without reloading the workspace.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from qlist_desktop.domain.catalog_rules import conformity_findings
from qlist_desktop.domain.codes import CodeScheme, next_code
from qlist_desktop.domain.flowchart import Flowchart, FlowchartError, chart_findings, corrupt_finding
from qlist_desktop.domain.items import Department, PowerItem, Responsibility
from qlist_desktop.domain.rules import ERROR, WARNING, Finding, RuleContext, name_key, validate_item
from qlist_desktop.domain.vocab import Vocabularies
from qlist_desktop.laws.files import default_reviewer
from qlist_desktop.services.conformity import catalog_entries
from qlist_desktop.services.flowcharts import load_charts
from qlist_desktop.services.items import existing_codes, load_items
from qlist_desktop.services.settings import get_code_scheme, get_department, get_vocabularies
from qlist_desktop.storage.workspace import Workspace

# Responsibility stages a new item of a category starts with (DOMAIN.md: typical flow per category).
STAGE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "XK": ("受理", "审查", "决定", "送达", "事后监管"),
    "CF": ("受理", "审查", "决定", "送达", "其他"),
    "QZ": ("审查", "决定", "送达", "其他"),
    "JC": ("审查", "决定", "事后监管"),
}
DEFAULT_STAGES: tuple[str, ...] = ("受理", "审查", "决定", "送达")


def search_text(item: PowerItem) -> str:
    """What search-as-you-type looks in: code, name, sub-name and basis titles, case-folded."""
    titles = " ".join(b.title for b in item.bases)
    return f"{item.code}\n{item.name}\n{item.sub_name}\n{titles}".casefold()


@dataclass
class ItemState:
    """Validation state of one item: its findings and their counts."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == WARNING)


class LiveValidation:
    """Findings of every live item, kept current as items are added, changed and removed."""

    def __init__(self, items: Iterable[PowerItem], vocab: Vocabularies, scheme: CodeScheme,
                 charts: dict[int, Flowchart | FlowchartError] | None = None,
                 catalog: dict[int, PowerItem] | None = None) -> None:
        self.items: dict[int, PowerItem] = {item.id: item for item in items if item.id is not None}
        self.context = RuleContext.for_items(self.items.values(), vocab, scheme, default_reviewer())
        self.charts: dict[int, Flowchart | FlowchartError] = charts or {}
        self.catalog: dict[int, PowerItem] = catalog or {}  # item id → the catalog entry it was claimed from
        self.states: dict[int, ItemState] = {item_id: self._check(item) for item_id, item in self.items.items()}

    @classmethod
    def for_workspace(cls, ws: Workspace) -> LiveValidation:
        return cls(load_items(ws), get_vocabularies(ws), get_code_scheme(ws), load_charts(ws), catalog_entries(ws))

    def _check(self, item: PowerItem) -> ItemState:
        """The item rules, the rules on its flowchart, then 三级四同 (as `validate_workspace` runs them)."""
        chart = self.charts.get(item.id or 0)
        flow = [corrupt_finding(item, chart)] if isinstance(chart, FlowchartError) else chart_findings(item, chart)
        entry = self.catalog.get(item.id or 0)
        return ItemState(validate_item(item, self.context) + flow + (conformity_findings(item, entry) if entry else []))

    def set_catalog(self, catalog: dict[int, PowerItem]) -> set[int]:
        """Replace the catalog entries items are checked against; returns the ids re-checked."""
        changed = {i for i in set(catalog) | set(self.catalog) if catalog.get(i) != self.catalog.get(i)}
        self.catalog = dict(catalog)
        return self._revalidate({i for i in changed if i in self.items})

    def set_charts(self, charts: dict[int, Flowchart | FlowchartError | None]) -> set[int]:
        """Replace the charts of some items (None: no chart any more); returns the ids re-checked."""
        for item_id, chart in charts.items():
            if chart is None:
                self.charts.pop(item_id, None)
            else:
                self.charts[item_id] = chart
        return self._revalidate({i for i in charts if i in self.items})

    def state(self, item_id: int) -> ItemState:
        return self.states.get(item_id, ItemState())

    def all_findings(self) -> list[Finding]:
        return [f for state in self.states.values() for f in state.findings]

    def _forget(self, item: PowerItem) -> None:
        code = item.code.strip()
        if code:
            self.context.code_counts[code] -= 1
        self.context.name_counts[name_key(item)] -= 1

    def _peers(self, keys: set[object]) -> set[int]:
        """Ids of items sharing one of these codes or name keys (their duplicate findings may change)."""
        return {
            item_id for item_id, item in self.items.items()
            if item.code.strip() in keys or name_key(item) in keys
        }

    def _keys(self, item: PowerItem) -> set[object]:
        keys: set[object] = {item.code.strip(), name_key(item)}
        return keys - {""}

    def put(self, items: Iterable[PowerItem]) -> set[int]:
        """Add or replace items; returns the ids whose findings were recomputed."""
        keys: set[object] = set()
        for item in items:
            item_id = item.id or 0
            old = self.items.get(item_id)
            if old is not None:
                keys |= self._keys(old)
                self._forget(old)
            self.items[item_id] = item
            self.context.add(item)
            keys |= self._keys(item)
        return self._revalidate(self._peers(keys))

    def remove(self, ids: Iterable[int]) -> set[int]:
        """Drop items (deleted); returns the ids of remaining items whose findings were recomputed."""
        keys: set[object] = set()
        for item_id in ids:
            old = self.items.pop(item_id, None)
            self.states.pop(item_id, None)
            if old is not None:
                keys |= self._keys(old)
                self._forget(old)
        return self._revalidate(self._peers(keys))

    def _revalidate(self, ids: set[int]) -> set[int]:
        for item_id in ids:
            self.states[item_id] = self._check(self.items[item_id])
        return ids

    def basis_titles(self) -> list[str]:
        """Every law title used in the workspace, most used first (for the completer)."""
        counts = Counter(b.title.strip() for item in self.items.values() for b in item.bases if b.title.strip())
        return [title for title, _ in counts.most_common()]


@dataclass(frozen=True)
class CategoryProgress:
    """How far one category is: items complete, complete but with warnings, and with errors."""

    category: str
    complete: int
    with_warnings: int
    with_errors: int

    @property
    def total(self) -> int:
        return self.complete + self.with_warnings + self.with_errors


def progress_by_category(live: LiveValidation, categories: list[str]) -> list[CategoryProgress]:
    """Completion per category, in vocabulary order (categories outside the vocabulary at the end)."""
    counts: dict[str, Counter[str]] = {}
    for item_id, item in live.items.items():
        state = live.state(item_id)
        kind = "errors" if state.errors else "warnings" if state.warnings else "complete"
        counts.setdefault(item.category or "（未分类）", Counter())[kind] += 1
    order = [c for c in categories if c in counts] + sorted(c for c in counts if c not in categories)
    return [
        CategoryProgress(c, counts[c]["complete"], counts[c]["warnings"], counts[c]["errors"]) for c in order
    ]


def blocking_findings(live: LiveValidation) -> list[Finding]:
    """The errors that block submission, in code order."""
    errors = [f for f in live.all_findings() if f.severity == ERROR]
    return sorted(errors, key=lambda f: (f.code, f.item_id or 0))


def new_item(ws: Workspace, category: str) -> PowerItem:
    """A draft item of a category from its template: generated code, the department as exercising body,
    the category's usual responsibility stages and public disclosure."""
    vocab = get_vocabularies(ws)
    department = get_department(ws)
    type_code = vocab.category_code(category) or "QT"
    code = next_code(get_code_scheme(ws), department.region_code, department.code, type_code, existing_codes(ws))
    stages = STAGE_TEMPLATES.get(type_code, DEFAULT_STAGES)
    return PowerItem(
        code=code,
        category=vocab.category_label(category) or category,
        exercising_body=department.name,
        disclosure_scope="向社会公开" if "向社会公开" in vocab.labels("disclosure_scope") else "",
        responsibilities=[Responsibility(stage=s) for s in stages],
        status=vocab.labels("status")[0] if vocab.labels("status") else "草稿",
    )


def duplicate_of(ws: Workspace, item: PowerItem, department: Department | None = None) -> PowerItem:
    """A copy of `item` as a new draft: the next sub-item code of the same item, name marked as a copy."""
    department = department or get_department(ws)
    vocab = get_vocabularies(ws)
    scheme = get_code_scheme(ws)
    codes = existing_codes(ws)
    type_code = vocab.category_code(item.category) or "QT"
    code = next_code(scheme, department.region_code, department.code, type_code, codes, sub_item_of=item.code)
    if code in codes:
        code = next_code(scheme, department.region_code, department.code, type_code, codes)
    twin = copy.deepcopy(item)
    twin.id = None
    twin.code = code
    twin.sub_name = f"{item.sub_name}（副本）" if item.sub_name else "（副本）"
    twin.status = vocab.labels("status")[0] if vocab.labels("status") else "草稿"
    twin.created_at = twin.updated_at = ""
    return twin
