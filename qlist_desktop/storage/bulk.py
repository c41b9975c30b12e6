"""Inserting many rows at once inside a session's transaction, through the database driver itself.

SQLAlchemy's bulk paths compile and process every statement anew on each engine (one per workspace file, so
on every `qlist` run); for a few hundred rows that cost more than the inserts. Values are converted as the
ORM columns would store them: JSON columns as JSON text, booleans as 0/1.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Table
from sqlalchemy.orm import Session

from qlist_desktop.storage.schema import Base


def _converters(table: Table, names: Sequence[str]) -> list[Callable[[Any], Any] | None]:
    out: list[Callable[[Any], Any] | None] = []
    for name in names:
        kind = table.c[name].type
        if isinstance(kind, JSON):
            out.append(json.dumps)
        elif isinstance(kind, Boolean):
            out.append(lambda v: None if v is None else int(bool(v)))
        else:
            out.append(None)
    return out


def insert_rows(s: Session, model: type[Base], rows: Sequence[dict[str, Any]], *, return_ids: bool = False
                ) -> list[int]:
    """Insert `rows` (dicts with the same keys) into the model's table in the session's transaction.

    Columns the rows leave out get their scalar ORM default (a missing column with a computed default is a
    programming error). Returns the new ids when asked.
    """
    if not rows:
        return []
    table = cast(Table, model.__table__)
    names = list(rows[0])
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.name in names or column.primary_key or column.default is None:
            continue
        if not column.default.is_scalar:
            raise ValueError(f"{table.name}.{column.name} has a computed default: give it a value")
        defaults[column.name] = column.default.arg  # type: ignore[attr-defined]
    names += list(defaults)
    convert = [(n, c) for n, c in enumerate(_converters(table, names)) if c is not None]
    values = []
    for row in rows:
        line = [row[n] if n in row else defaults.get(n) for n in names]
        for n, c in convert:  # only the JSON and boolean columns need converting
            line[n] = c(line[n])
        values.append(tuple(line))
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    cursor = s.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if not return_ids:
            cursor.executemany(sql, values)
            return []
        ids = []
        for one in values:
            cursor.execute(sql, one)
            ids.append(int(cursor.lastrowid))
        return ids
    finally:
        cursor.close()
