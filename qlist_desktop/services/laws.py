"""Changes that use the law library: adding the user's laws, and fixing items' bases from the library.

User laws go into `<data dir>/laws/user_laws.sqlite` (see qlist_desktop/laws/files.py), seen by every
workspace on the PC. Fixes to items go through the item update service, so each is audited with its old value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from qlist_desktop.domain.basis_fixes import fixed_basis
from qlist_desktop.domain.items import LegalBasis, PowerItem
from qlist_desktop.laws.files import default_reviewer, user_file
from qlist_desktop.laws.imports import read_law_file
from qlist_desktop.laws.model import Law
from qlist_desktop.laws.store import connect, write_laws
from qlist_desktop.services.items import apply_changes, load_items
from qlist_desktop.storage.workspace import Workspace

FIX_SOURCE = "法规库校正"


@dataclass(frozen=True)
class AddedLaw:
    title: str
    level: str
    published: str
    articles: int
    replaced: bool  # a version with the same title and date was there before
    source: str


def import_laws(files: Iterable[Path], level: str = "") -> list[AddedLaw]:
    """Read every file first (any error refuses them all), then store them in one transaction."""
    laws: list[Law] = [read_law_file(Path(f), level) for f in files]
    target = user_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    con = connect(target)
    added: list[AddedLaw] = []
    try:
        with con:
            for law in laws:
                gone = con.execute(
                    "DELETE FROM laws WHERE title = ? AND published = ?", (law.title, law.published)
                ).rowcount
                write_laws(con, [law])
                added.append(AddedLaw(law.title, law.level, law.published,
                                      sum(1 for a in law.articles if a.no.number), gone > 0, law.source))
    finally:
        con.close()
    return added


@dataclass(frozen=True)
class BasisFix:
    item_id: int
    code: str
    name: str
    index: int  # 1-based position of the basis in the item
    old: LegalBasis
    new: LegalBasis

    def changed_parts(self) -> list[str]:
        return [name for name in ("level", "title", "revision", "article_text")
                if getattr(self.old, name) != getattr(self.new, name)]


def basis_fixes(items: Iterable[PowerItem]) -> list[BasisFix]:
    """What the library would change in these items' bases (nothing is written)."""
    reviewer = default_reviewer()
    fixes = []
    for item in items:
        for n, basis in enumerate(item.bases, start=1):
            new = fixed_basis(basis, reviewer)
            if new != basis:
                fixes.append(BasisFix(item.key, item.code, item.full_name, n, basis, new))
    return fixes


def fix_bases(ws: Workspace, item_ids: Iterable[int] | None = None, *, dry_run: bool = False) -> list[BasisFix]:
    """Fix the bases of the items (all live items by default) in one transaction; returns every change."""
    items = load_items(ws, item_ids)
    fixes = basis_fixes(items)
    if dry_run or not fixes:
        return fixes
    by_item: dict[int, list[BasisFix]] = {}
    for fix in fixes:
        by_item.setdefault(fix.item_id, []).append(fix)
    with ws.session() as s:
        for item in items:
            mine = {f.index: f.new for f in by_item.get(item.key, [])}
            if mine:
                bases = [mine.get(n, b) for n, b in enumerate(item.bases, start=1)]
                apply_changes(s, item.key, {"bases": bases}, FIX_SOURCE)
    return fixes
