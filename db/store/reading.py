"""Reading a roadmap's rows and telling listeners about changes: a mixin of
RoadmapStore (part of db.store)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from db import catalogue
from db.model import Entity, Kind
from db.ops import Change

Listener = Callable[[Change], None]


class ReadingMixin:
    """`rows`, `get`, `roadmap`, `count`, `subscribe` and the like."""

    _conn: sqlite3.Connection
    _db: sqlite_utils.Database
    _roadmap_id: str
    _tables: set[str]
    _listeners: list[Listener]

    @property
    def roadmap_id(self) -> str:
        return self._roadmap_id

    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def _decode(self, e: Entity, row: dict) -> dict:
        for f in e.fields:
            if f.kind is Kind.BOOL and row.get(f.name) is not None:
                row[f.name] = bool(row[f.name])
        return row

    def rows(self, entity: str, where: dict | None = None) -> list[dict]:
        """All rows of `entity` in list order, as dicts with 'id', 'position' and the fields.

        `where` filters on equality of fields, e.g. {"value_chain_id": vc}.
        """
        e = catalogue.entity(entity)
        clause, args = None, []
        if where:
            for k in where:
                if k not in e.by_name and k != "id":
                    raise KeyError(f"{entity} has no field {k!r}")
            clause = " AND ".join(f'"{k}" IS ?' for k in where)
            args = list(where.values())
        if entity not in self._tables:  # an older file opened read-only lacks newer ones
            return []
        cur = self._conn.execute(f'SELECT * FROM "{entity}"{" WHERE " + clause if clause else ""}'
                                 " ORDER BY position, id", args)
        return [self._decode(e, dict(zip([c[0] for c in cur.description], r))) for r in cur]

    def get(self, entity: str, row_id: str) -> dict | None:
        """One row by id, or None."""
        found = self.rows(entity, {"id": row_id})
        return found[0] if found else None

    def roadmap(self) -> dict:
        """The roadmap's own fields (title, horizon, narrative sections, ...)."""
        return self.rows("roadmap")[0]

    def count(self, entity: str) -> int:
        catalogue.entity(entity)
        return self._db[entity].count

    def integrity_check(self) -> list[str]:
        """Full SQLite integrity and foreign-key check; ['ok'] when healthy."""
        result = [r[0] for r in self._conn.execute("PRAGMA integrity_check")]
        fk = self._conn.execute("PRAGMA foreign_key_check").fetchall()
        return result + [f"foreign key: {r}" for r in fk]

    # -- listening -----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(change)` after every committed batch."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)
