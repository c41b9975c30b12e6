"""The library's data file: SQLite, one row per law version and per article.

The shipped file is `resources/laws/library.sqlite.xz` (xz-compressed); it is unpacked once into the cache
folder. Laws the user adds live in the same schema in `<data dir>/laws/user_laws.sqlite`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from qlist_desktop.laws.model import Article, Law
from qlist_desktop.laws.numerals import ArticleNo

FORMAT = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS laws (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, level TEXT NOT NULL, published TEXT NOT NULL,
    in_force_from TEXT NOT NULL, status TEXT NOT NULL, issuer TEXT NOT NULL, history TEXT NOT NULL,
    source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    law_id INTEGER NOT NULL REFERENCES laws(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    number INTEGER NOT NULL, insert_no INTEGER NOT NULL, chapter TEXT NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (law_id, seq));
"""


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        con = sqlite3.connect(path, check_same_thread=False)
        con.executescript(SCHEMA)
        con.execute("PRAGMA foreign_keys = ON")
    return con


def write_laws(con: sqlite3.Connection, laws: Iterable[Law]) -> list[int]:
    """Insert laws with their articles; returns their new ids."""
    ids = []
    for law in laws:
        cur = con.execute(
            "INSERT INTO laws (title, level, published, in_force_from, status, issuer, history, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (law.title, law.level, law.published, law.in_force_from, law.status, law.issuer,
             json.dumps(law.history, ensure_ascii=False), law.source),
        )
        law_id = int(cur.lastrowid or 0)
        con.executemany(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
            [(law_id, seq, a.no.number, a.no.insert, a.chapter, a.text) for seq, a in enumerate(law.articles)],
        )
        law.id = law_id
        ids.append(law_id)
    return ids


def read_laws(con: sqlite3.Connection) -> list[Law]:
    """Every law version without its articles (the index kept in memory)."""
    rows = con.execute(
        "SELECT id, title, level, published, in_force_from, status, issuer, history, source FROM laws ORDER BY id"
    )
    return [
        Law(title=r[1], level=r[2], published=r[3], in_force_from=r[4], status=r[5], issuer=r[6],
            history=json.loads(r[7]), source=r[8], id=r[0])
        for r in rows
    ]


def read_articles(con: sqlite3.Connection, law_id: int) -> list[Article]:
    rows = con.execute(
        "SELECT number, insert_no, chapter, text FROM articles WHERE law_id = ? ORDER BY seq", (law_id,)
    )
    return [Article(ArticleNo(r[0], r[1]), r[3].split("\n") if r[3] else [], r[2]) for r in rows]


def meta(con: sqlite3.Connection) -> dict[str, str]:
    return dict(con.execute("SELECT key, value FROM meta").fetchall())
