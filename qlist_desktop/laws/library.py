"""Queries on the law library: by title (any common spelling), by article, completion and full text."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from qlist_desktop.laws.model import Article, Law
from qlist_desktop.laws.numerals import ArticleNo, ArticleRef, to_int
from qlist_desktop.laws.store import meta, read_articles, read_laws
from qlist_desktop.laws.titles import clean_title, title_key


@dataclass(frozen=True)
class SearchHit:
    law: Law
    article: Article


class LawLibrary:
    """The shipped laws plus the user's, indexed by title key; articles are read when first asked for."""

    def __init__(self, shipped: sqlite3.Connection | None, user: sqlite3.Connection | None = None) -> None:
        self._sources: list[tuple[sqlite3.Connection, list[Law]]] = [
            (con, read_laws(con)) for con in (shipped, user) if con is not None
        ]
        self.version = meta(shipped).get("version", "") if shipped is not None else ""
        self._con_of: dict[int, sqlite3.Connection] = {}
        self._by_key: dict[str, list[Law]] = {}
        self._articles: dict[int, list[Article]] = {}
        self._numbered: dict[int, dict[ArticleNo, Article]] = {}
        for n, (con, laws) in enumerate(self._sources):
            for law in laws:
                # ids of the two files may collide: user laws get negative ids in memory
                law.id = (law.id or 0) * (1 if n == 0 else -1)
                self._con_of[law.id] = con
                self._by_key.setdefault(title_key(law.title), []).append(law)
        for versions in self._by_key.values():
            versions.sort(key=lambda law: (law.published, law.source.startswith("用户")))
        self._keys = sorted(self._by_key)

    @property
    def laws(self) -> list[Law]:
        return [law for _, laws in self._sources for law in laws]

    def versions(self, title: str) -> list[Law]:
        """Every version of the title, oldest first."""
        return self._by_key.get(title_key(title), [])

    def find(self, title: str) -> Law | None:
        """The version in force: the newest current one (a later user-added version wins); else the newest."""
        versions = self.versions(title)
        if not versions:
            return None
        current = [law for law in versions if not law.expired]
        return (current or versions)[-1]

    def articles(self, law: Law) -> list[Article]:
        law_id = law.id or 0
        if law_id not in self._articles:
            self._articles[law_id] = read_articles(self._con_of[law_id], abs(law_id))
        return self._articles[law_id]

    def article(self, law: Law, no: ArticleNo) -> Article | None:
        law_id = law.id or 0
        if law_id not in self._numbered:
            self._numbered[law_id] = {a.no: a for a in self.articles(law)}
        return self._numbered[law_id].get(no)

    def cited_text(self, law: Law, ref: ArticleRef) -> str | None:
        """The text of 第…条[第…款][第（…）项] in this version; None when it does not exist."""
        art = self.article(law, ref.article)
        if art is None:
            return None
        if ref.paragraph is None:
            return art.text
        clauses = art.clauses()
        if ref.paragraph > len(clauses):
            return None if len(clauses) > 1 or ref.paragraph > 1 else art.text
        clause = clauses[ref.paragraph - 1]
        if ref.item is None:
            return clause
        for line in clause.split("\n"):
            if line.startswith("（") and to_int(line[1 : line.find("）")]) == ref.item:
                return line
        return None

    def complete(self, typed: str, limit: int = 20) -> list[Law]:
        """Titles for what is being typed: those starting with it first, then those containing it."""
        key = title_key(typed)
        if not key:
            return []
        starts = [k for k in self._keys if k.startswith(key)]
        inside = [k for k in self._keys if key in k and not k.startswith(key)]
        found = [self.find(k) for k in (starts + inside)[:limit]]
        return [law for law in found if law is not None]

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Articles of laws in force whose text contains `text`, in library order."""
        needle = "".join(text.split())
        if not needle:
            return []
        hits: list[SearchHit] = []
        for con, laws in self._sources:
            by_id = {abs(law.id or 0): law for law in laws if self.find(law.title) is law}
            rows = con.execute(
                "SELECT law_id, seq FROM articles WHERE instr(text, ?) > 0 ORDER BY law_id, seq", (needle,)
            )
            for law_id, seq in rows:
                law = by_id.get(law_id)
                if law is not None:
                    hits.append(SearchHit(law, self.articles(law)[seq]))
                if len(hits) >= limit:
                    return hits
        return hits

    def official_title(self, title: str) -> str:
        law = self.find(title)
        return law.title if law else clean_title(title)
