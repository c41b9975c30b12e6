"""Building the shipped library from the national texts (`../shared/laws/`: index.tsv + text/)."""

from __future__ import annotations

import csv
import hashlib
import lzma
import sqlite3
from pathlib import Path

from qlist_desktop.laws.model import CURRENT, LEVEL_LABELS, Law
from qlist_desktop.laws.parse import dated, parse_markdown
from qlist_desktop.laws.store import FORMAT, SCHEMA, write_laws

CIVIL_CODE = "民法典"  # split into one file per 编 in the sources; one law in the library


def read_source(root: Path) -> list[Law]:
    """Every version in the sources' index, parsed; the 民法典's parts joined into one law."""
    laws: list[Law] = []
    civil: Law | None = None
    with (root / "index.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        title, history, articles = parse_markdown((root / row["file"]).read_text(encoding="utf-8"))
        law = Law(
            title=title,
            level=LEVEL_LABELS.get(row["level"], row["level"]),
            published=row["published"],
            in_force_from=row["in_force_from"],
            status=row["status"] or CURRENT,
            history=history,
            source=f"国家法律法规数据库 {row['file']}",
            articles=articles,
        )
        if row["file"].startswith(f"text/{CIVIL_CODE}/"):
            if civil is None:
                civil = law
                law.source = f"国家法律法规数据库 text/{CIVIL_CODE}/"
                laws.append(law)
            else:
                civil.articles.extend(articles)
            continue
        laws.append(dated(law))
    if civil is not None:
        civil.articles.sort(key=lambda a: a.no)
        dated(civil)
    return laws


def source_digest(root: Path) -> str:
    """A digest of the index and every text: the library's version names what it was built from."""
    h = hashlib.sha256((root / "index.tsv").read_bytes())
    for path in sorted((root / "text").rglob("*.md")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def build(root: Path, out: Path) -> dict[str, str]:
    """Write the xz-compressed library to `out`; returns its meta (format, version, counts)."""
    laws = read_source(root)
    latest = max(law.published for law in laws)
    info = {
        "format": str(FORMAT),
        "version": f"{latest}-{source_digest(root)}",
        "laws": str(len(laws)),
        "articles": str(sum(len(law.articles) for law in laws)),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.sqlite")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    write_laws(con, laws)
    con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(info.items()))
    con.commit()
    con.execute("VACUUM")
    con.close()
    out.write_bytes(lzma.compress(tmp.read_bytes(), preset=9))
    tmp.unlink()
    return info
