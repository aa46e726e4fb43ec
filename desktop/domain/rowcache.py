"""A read cache of a roadmap's rows, kept current from the store's `Change`s (Qt-free).

The wizard reads every entity many times (tables, drop-downs, checks, completeness); on a
10,000-action roadmap a full read of the actions costs ~40 ms. `RowCache` reads an entity
once, patches single rows after field edits and re-reads an entity only when rows were
added, removed or moved. It is a read-only `Mapping` of entity name to rows (and
"roadmap" to the roadmap's own fields), so it can be handed to the checks directly.

Rows are shared, not copied: callers must not modify them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping

from db import catalogue
from db.ops import Change

#: Entities left out of iteration (the checks never need them; they are big).
SKIPPED = frozenset({"snapshot"})
#: Past this many updated rows in one change, re-reading the entity is cheaper.
PATCH_LIMIT = 200
#: Versions of each entity whose changes `changes_since` can tell.
LOG_LENGTH = 64
#: In the fields of `changes_since`: an update that did not say which fields it set.
ALL_FIELDS = "*"


class RowCache(Mapping):
    """Rows per entity of one `RoadmapStore`, read lazily and patched from changes."""

    def __init__(self, store) -> None:
        self.store = store
        self._rows: dict[str, list[dict]] = {}
        self._where: dict[str, dict[str, int]] = {}
        self._road: dict | None = None
        self.version: dict[str, int] = {}
        #: per entity, what each recent version changed: (version, ids, fields) for patched
        #: updates, (version, None, None) when the rows were read again
        self._log: dict[str, list[tuple[int, frozenset[str] | None, frozenset[str] | None]]] = {}
        self._names = tuple(e.name for e in catalogue.ENTITIES if e.name not in SKIPPED)

    # -- Mapping -----------------------------------------------------------------------

    def __getitem__(self, entity: str):
        if entity == "roadmap":
            return self.roadmap()
        catalogue.entity(entity)  # KeyError for unknown names
        return self.rows(entity)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    # -- reading -----------------------------------------------------------------------

    def roadmap(self) -> dict:
        if self._road is None:
            self._road = self.store.roadmap()
        return self._road

    def rows(self, entity: str) -> list[dict]:
        """All rows of `entity` in list order (read from the store on first use)."""
        found = self._rows.get(entity)
        if found is None:
            found = self._load(entity)
        return found

    def row(self, entity: str, row_id: str | None) -> dict | None:
        """One row by id, or None."""
        if entity == "roadmap":
            return self.roadmap()
        self.rows(entity)
        i = self._where[entity].get(row_id) if row_id is not None else None
        return None if i is None else self._rows[entity][i]

    def _load(self, entity: str) -> list[dict]:
        found = self.store.rows(entity)
        self._rows[entity] = found
        self._where[entity] = {r["id"]: i for i, r in enumerate(found)}
        self._bump(entity, None, None)
        return found

    def _bump(self, entity: str, ids: frozenset[str] | None, fields: frozenset[str] | None) -> None:
        v = self.version[entity] = self.version.get(entity, 0) + 1
        log = self._log.setdefault(entity, [])
        log.append((v, ids, fields))
        if len(log) > LOG_LENGTH:
            del log[0]

    def position(self, entity: str, row_id: str) -> int | None:
        """Where the row is in `rows(entity)` (None when it is not there)."""
        self.rows(entity)
        return self._where[entity].get(row_id)

    def changes_since(self, entity: str, version: int) -> tuple[frozenset[str], frozenset[str]] | None:
        """The ids of the rows of `entity` updated since `version` and the fields updated
        (ALL_FIELDS in them when a change did not say), or None when rows came, went or
        moved since then, or the record does not reach back that far."""
        now = self.version.get(entity, 0)
        if now == version:
            return frozenset(), frozenset()
        log = self._log.get(entity) or []
        if not log or log[0][0] > version + 1:
            return None
        ids: set[str] = set()
        fields: set[str] = set()
        for v, i, f in log:
            if v <= version:
                continue
            if i is None or f is None:
                return None
            ids |= i
            fields |= f
        return frozenset(ids), frozenset(fields)

    # -- keeping current ----------------------------------------------------------------

    def apply(self, change: Change) -> set[str]:
        """Bring the cache up to date after `change`; returns the entities it touched."""
        updated: dict[str, list[str]] = {}
        fields: dict[str, set[str]] = {}
        structural: set[str] = set()
        created: dict[str, list[str]] = {}
        for r in change.rows:
            if r.kind == "update":
                updated.setdefault(r.entity, []).append(r.id)
                fields.setdefault(r.entity, set()).update(r.fields or (ALL_FIELDS,))
            elif r.kind == "create":
                created.setdefault(r.entity, []).append(r.id)
            else:
                structural.add(r.entity)
        for entity, ids in created.items():
            # a few new rows: insert them in list order instead of reading the whole table
            # again (a create never moves other rows); anything else reads it again
            if entity in structural or not self._place_created(entity, ids):
                structural.add(entity)
        touched = set(updated) | structural | set(created)
        if "roadmap" in touched:
            self._road = None
            self._bump("roadmap", None, None)
            touched.discard("roadmap")
            updated.pop("roadmap", None)
            structural.discard("roadmap")
        for entity in structural:
            self._drop(entity)
        for entity, ids in updated.items():
            if entity in structural or entity not in self._rows:
                continue
            if len(ids) > PATCH_LIMIT:
                self._drop(entity)
                continue
            rows, where = self._rows[entity], self._where[entity]
            for row_id in ids:
                i = where.get(row_id)
                fresh = self.store.get(entity, row_id)
                if i is None or fresh is None:
                    self._drop(entity)
                    break
                rows[i] = fresh
            else:
                self._bump(entity, frozenset(ids), frozenset(fields[entity]))
        return touched | ({"roadmap"} if self._road is None else set())

    def _place_created(self, entity: str, ids: list[str]) -> bool:
        """Insert the created rows `ids` of `entity` where `store.rows` would list them
        (ORDER BY position, id); False when that is not cheap or not certain."""
        if entity == "roadmap" or entity not in self._rows:
            return entity != "roadmap"  # not loaded: nothing to patch, read on first use
        if len(ids) > PATCH_LIMIT:
            return False
        rows, where = self._rows[entity], self._where[entity]
        placed: set[str] = set()
        for row_id in ids:
            fresh = self.store.get(entity, row_id)
            if fresh is None or row_id in where or row_id in placed or fresh.get("position") is None:
                return False  # (the caller drops the entity: rows and where are read again)
            key = (fresh["position"], fresh["id"])
            try:
                i = bisect.bisect_right(rows, key, key=lambda r: (r["position"], r["id"]))
            except TypeError:  # a row without a position: let the store order them
                return False
            rows.insert(i, fresh)
            placed.add(row_id)
        self._where[entity] = {r["id"]: j for j, r in enumerate(rows)}  # once, not per row
        self._bump(entity, None, None)  # rows came: version readers rebuild that entity
        return True

    def _drop(self, entity: str) -> None:
        self._rows.pop(entity, None)
        self._where.pop(entity, None)
        self._bump(entity, None, None)

    def clear(self) -> None:
        """Forget everything (e.g. after the store was replaced)."""
        self._rows.clear()
        self._where.clear()
        self._road = None
        for name in list(self.version):
            self._bump(name, None, None)
