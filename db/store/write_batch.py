"""The write batch: the operations of one `RoadmapStore.apply` call run against the
tables, with their inverse (part of db.store)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from db import catalogue
from db.crdt.document import CONFLICTS, RoadmapDoc
from db.errors import DependencyCycleError, ValidationError
from db.graph import find_cycle
from db.model import Entity, Kind
from db.ops import Create, Delete, Move, Op, RowChange, SetConflictRecords, SetMeta, Update
from db.values import check_values, checked_row

#: value types SQLite takes as they are (anything else goes through sqlite-utils' encoding)
_PLAIN = frozenset({str, int, float, bytes})


def new_id() -> str:
    """A fresh stable id for a row."""
    return str(uuid.uuid4())


class RowWritesMixin:
    """The row writes and look-ups of RoadmapStore that `_Batch` uses."""

    _conn: sqlite3.Connection
    _insert_sql: dict[tuple[str, tuple[str, ...]], str]

    def _insert_many(self, entity: str, rows: Sequence[dict]) -> None:
        """INSERT rows of one entity that all have the same fields, in the given order, with
        one executemany (values already checked and encoded; lists and dicts as JSON)."""
        names = tuple(rows[0])
        sql = self._insert_sql.get((entity, names))
        if sql is None:
            cols = ", ".join(f'"{n}"' for n in names)
            sql = self._insert_sql[(entity, names)] = (
                f'INSERT INTO "{entity}" ({cols}) VALUES ({", ".join("?" * len(names))})')
        self._conn.executemany(sql, [
            [v if v is None or type(v) in _PLAIN else jsonify_if_needed(v) for v in row.values()]
            for row in rows])

    def _exists(self, entity: str, row_id: str) -> bool:
        found = self._conn.execute(f"SELECT 1 FROM {entity} WHERE id = ?", (row_id,)).fetchone()
        return found is not None

    def _has_rows(self, entity: str) -> bool:
        return self._conn.execute(f"SELECT 1 FROM {entity} LIMIT 1").fetchone() is not None

    def _next_position(self, entity: str) -> float:
        top = self._conn.execute(f"SELECT MAX(position) FROM {entity}").fetchone()[0]
        return 0.0 if top is None else float(top) + 1.0

    def _ids_where(self, entity: str, field: str, value: str) -> list[str]:
        return [r[0] for r in self._conn.execute(
            f'SELECT id FROM {entity} WHERE "{field}" = ? ORDER BY position DESC', (value,))]

    def _dependency_edges(self) -> Iterable[tuple[str, str]]:
        return self._conn.execute("SELECT from_action_id, to_action_id FROM dependency")

    def _title(self, entity: str, row_id: str) -> str:
        e = catalogue.entity(entity)
        row = self._conn.execute(f'SELECT "{e.title_field}" FROM {entity} WHERE id = ?',
                                 (row_id,)).fetchone()
        return row[0] if row and row[0] else row_id



class BatchStore(Protocol):
    """What `_Batch` uses of the RoadmapStore it runs in (typed apart from the class, whose
    module imports this one)."""

    _db: sqlite_utils.Database
    today: Callable[[], dt.date]

    @property
    def crdt(self) -> RoadmapDoc: ...
    def get(self, entity: str, row_id: str) -> dict | None: ...
    def meta(self, key: str, default: str | None = None) -> str | None: ...
    def _write_meta(self, key: str, value: str | None) -> None: ...
    def _write_conflicts(self, records: dict[str, str]) -> None: ...
    def _insert_many(self, entity: str, rows: Sequence[dict]) -> None: ...
    def _exists(self, entity: str, row_id: str) -> bool: ...
    def _has_rows(self, entity: str) -> bool: ...
    def _next_position(self, entity: str) -> float: ...
    def _ids_where(self, entity: str, field: str, value: str) -> list[str]: ...
    def _dependency_edges(self) -> Iterable[tuple[str, str]]: ...
    def _title(self, entity: str, row_id: str) -> str: ...


def _encode(e: Entity, values: dict) -> dict:
    out = dict(values)
    for f in e.fields:
        if f.kind is Kind.BOOL and out.get(f.name) is not None:
            out[f.name] = int(out[f.name])
    return out


class _Batch:
    """Runs the operations of one `apply` call and records what to undo.

    Created rows are written in runs: consecutive creates of one entity wait in `pending`
    and go in with one executemany, in the order they came (so parents before children),
    before any other operation, look-up of positions or the end-of-batch checks.
    """

    #: at most this many created rows wait before they are written
    max_pending = 1000

    def __init__(self, store: BatchStore, *, status_history: bool = False) -> None:
        self.s = store
        self.done: list[Op] = []
        self.undo: list[Op] = []
        self.rows: list[RowChange] = []
        #: (entity, id) of rows known to exist in this batch (ref checks read each once);
        #: emptied by a delete
        self.known: set[tuple[str, str]] = set()
        self.meta: list[str] = []
        self.conflicts: list[str] = []
        self.touched_dependencies = False  # created or changed (removal cannot make a cycle)
        self.status_history = status_history
        self.pending: list[dict] = []  # rows of `pending_entity` not written yet
        self.pending_entity = ""
        #: tables that had no rows when this batch first created one of theirs: every row
        #: they hold is then in `known` (emptied, like `known`, by a delete)
        self.empty: dict[str, bool] = {}

    def flush(self) -> None:
        """Write the created rows that wait (see the class)."""
        if self.pending:
            rows, self.pending = self.pending, []
            self.s._insert_many(self.pending_entity, rows)

    def _queue(self, entity: str, row: dict) -> None:
        # rows of one entity made by `create` have the same fields in the same order
        if self.pending and (entity != self.pending_entity or len(self.pending) >= self.max_pending
                             or len(row) != len(self.pending[0])):
            self.flush()
        self.pending_entity = entity
        self.pending.append(row)

    def run(self, op: Op) -> None:
        if isinstance(op, Create):
            self.create(op)
            return
        self.flush()
        if isinstance(op, Update):
            self.update(op)
        elif isinstance(op, Delete):
            self.done.append(op)
            self.known.clear()
            self.empty.clear()
            self.delete(op.entity, op.id)
        elif isinstance(op, Move):
            self.move(op)
        elif isinstance(op, SetMeta):
            self.set_meta(op)
        elif isinstance(op, SetConflictRecords):
            self.set_conflicts(op)
        else:
            raise TypeError(f"not an operation: {op!r}")

    def set_meta(self, op: SetMeta) -> None:
        if not isinstance(op.key, str) or not (op.value is None or isinstance(op.value, str)):
            raise ValidationError(f"coedit_meta[{op.key!r}]", "expected text", "not_text")
        old = self.s.meta(op.key)
        self.s._write_meta(op.key, op.value)
        self.done.append(op)
        self.undo.append(SetMeta(op.key, old))
        self.meta.append(op.key)

    def set_conflicts(self, op: SetConflictRecords) -> None:
        current = self.s.crdt.map(CONFLICTS)
        records = dict(op.records)
        if any(not isinstance(k, str) or not isinstance(v, str) for k, v in records.items()):
            raise ValidationError("conflict", "a conflict record is not text", "not_text")
        missing = [k for k in records if not isinstance(current.get(k), str)]
        if missing:  # only existing records are rewritten, so the inverse is exact
            raise ValidationError("conflict", f"there is no conflict record {missing[0]!r}")
        old = tuple((k, str(current.get(k))) for k in records)  # each one is text (checked)
        self.s._write_conflicts(records)
        self.done.append(op)
        self.undo.append(SetConflictRecords(old))
        self.conflicts.extend(records)

    def _entity(self, name: str) -> Entity:
        try:
            return catalogue.entity(name)
        except KeyError:
            raise ValidationError(name, "unknown kind of row") from None

    def _check_refs(self, e: Entity, values: dict, where: str) -> None:
        for f in e.refs():
            target = values.get(f.name)
            if target is None or (f.target, target) in self.known:
                continue
            if self.s._exists(f.target, target):
                self.known.add((f.target, target))
            else:
                raise ValidationError(f"{where}.{f.name}",
                                      f"there is no {f.ref} with id {target!r}",
                                      "missing_ref", target=f.ref)

    def create(self, op: Create) -> None:
        e = self._entity(op.entity)
        if e.singleton:
            raise ValidationError(e.name, "there is exactly one roadmap; it cannot be added")
        row_id = op.id or new_id()
        where = f"{e.name}[{row_id}]"
        if not isinstance(row_id, str):
            raise ValidationError(f"{where}.id", "expected text")
        empty = self.empty.get(e.name)
        if empty is None:
            empty = self.empty[e.name] = not self.s._has_rows(e.name)
        if (e.name, row_id) in self.known or (not empty and self.s._exists(e.name, row_id)):
            raise ValidationError(f"{where}.id", "a row with this id already exists")
        values = checked_row(e, op.values)  # checked already (JSON import) or checked here
        if values is None:
            values = check_values(e, op.values, where=where, partial=False)
        self._check_refs(e, values, where)
        if op.position is None:
            self.flush()
            position = self.s._next_position(e.name)
        else:
            position = float(op.position)
        self._queue(e.name, {"id": row_id, "position": position, **_encode(e, values)})
        self.known.add((e.name, row_id))
        self.done.append(Create(e.name, values, row_id, position))
        self.undo.append(Delete(e.name, row_id))
        self.rows.append(RowChange("create", e.name, row_id, tuple(values)))
        self.touched_dependencies |= e.name == "dependency"

    def update(self, op: Update) -> None:
        e = self._entity(op.entity)
        where = f"{e.name}[{op.id}]"
        old = self.s.get(e.name, op.id)
        if old is None:
            raise ValidationError(where, "this row no longer exists")
        values = check_values(e, op.values, where=where, partial=True)
        self._check_refs(e, values, where)
        if not values:
            return
        self.s._db.table(e.name).update(op.id, _encode(e, values))
        self.done.append(Update(e.name, op.id, values))
        self.undo.append(Update(e.name, op.id, {k: old[k] for k in values}))
        self.rows.append(RowChange("update", e.name, op.id, tuple(values)))
        self.touched_dependencies |= e.name == "dependency"
        if self.status_history and e.name == "action" and values.get("status") \
                and values["status"] != old.get("status"):
            # the status history is part of the edit: undo, sync and merges carry it along
            self.create(Create("action_status_event", {
                "action_id": op.id, "date": self.s.today().isoformat(),
                "status": values["status"], "previous_status": old.get("status")}))

    def move(self, op: Move) -> None:
        e = self._entity(op.entity)
        old = self.s.get(e.name, op.id)
        if old is None:
            raise ValidationError(f"{e.name}[{op.id}]", "this row no longer exists")
        self.s._db.table(e.name).update(op.id, {"position": float(op.position)})
        self.done.append(Move(e.name, op.id, float(op.position)))
        self.undo.append(Move(e.name, op.id, old["position"]))
        self.rows.append(RowChange("move", e.name, op.id))

    def delete(self, entity: str, row_id: str) -> None:
        e = self._entity(entity)
        if e.singleton:
            raise ValidationError(e.name, "the roadmap itself cannot be deleted")
        old = self.s.get(e.name, row_id)
        if old is None:
            raise ValidationError(f"{e.name}[{row_id}]", "this row no longer exists")
        for child, f in catalogue.referencing(e.name):
            for child_id in self.s._ids_where(child.name, f.name, row_id):
                if f.on_delete == "cascade":
                    self.delete(child.name, child_id)
                else:
                    self.s._db.table(child.name).update(child_id, {f.name: None})
                    self.undo.append(Update(child.name, child_id, {f.name: row_id}))
                    self.rows.append(RowChange("update", child.name, child_id, (f.name,)))
        self.s._db.table(e.name).delete(row_id)
        values = {f.name: old[f.name] for f in e.fields}
        self.undo.append(Create(e.name, values, row_id, old["position"]))
        self.rows.append(RowChange("delete", e.name, row_id))

    def check_invariants(self) -> None:
        self.flush()
        if not self.touched_dependencies:
            return
        cycle = find_cycle(self.s._dependency_edges())
        if cycle:
            names = " → ".join(self.s._title("action", a) for a in cycle)
            raise DependencyCycleError(
                "dependency", f"this would make an action depend on itself: {names}", "cycle",
                names=names)
