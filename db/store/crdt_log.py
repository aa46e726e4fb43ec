"""The co-editing document persisted beside the tables (crdt_state, crdt_update,
coedit_meta): a mixin of RoadmapStore (part of db.store)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from db import catalogue
from db.crdt.document import RoadmapDoc, bootstrap_state
from db.ops import Change, Op, RowChange, SetMeta
from db.store.file_checks import _translate


class CrdtLogMixin:
    """Loading, recording and checkpointing the roadmap's pycrdt document."""

    path: str
    read_only: bool
    _conn: sqlite3.Connection
    _crdt: RoadmapDoc | None
    _crdt_lazy: bool
    _crdt_unmade: bool
    _sync_base: bytes | None
    _log_len: int

    if TYPE_CHECKING:  # provided by RoadmapStore and its ReadingMixin
        def rows(self, entity: str, where: dict | None = None) -> list[dict]: ...
        def get(self, entity: str, row_id: str) -> dict | None: ...
        def apply(self, ops: Sequence[Op], *, origin: str = "user") -> Change: ...
        def _apply(self, ops: Sequence[Op], origin: str, *, checkpoint: bool,
                   log: Sequence[bytes] | None = None) -> Change: ...

    @property
    def crdt(self) -> RoadmapDoc:
        """The roadmap's pycrdt document (db/crdt/document.py); every stored edit is in it.
        Read from the file on first use (see `load_crdt`)."""
        if self._crdt_lazy:
            self.load_crdt()
        assert self._crdt is not None
        return self._crdt

    def load_crdt(self) -> None:
        """Read the co-editing document now (opening leaves it for later; the app calls
        this once its window is shown, and any use of `crdt` or an edit does it first)."""
        if self._crdt_lazy:
            unmade = self._crdt_unmade
            self._crdt_lazy = self._crdt_unmade = False
            self._crdt = None
            try:
                self._load_crdt()
            except BaseException as exc:
                self._crdt_lazy, self._crdt_unmade = True, unmade
                if isinstance(exc, sqlite3.Error):
                    raise _translate(exc, self.path) from None
                raise

    @property
    def crdt_loaded(self) -> bool:
        return not self._crdt_lazy

    def sync_base(self) -> bytes | None:
        """The document's full state at the last sync or merge (base of the conflict check)."""
        self.load_crdt()
        return self._sync_base

    def crdt_history(self) -> tuple[bytes | None, list[bytes]]:
        """The stored checkpoint and the per-edit updates made since, oldest first.

        The merge uses it to find the last state a received copy shares with this one.
        """
        if not self._has_coedit_tables():
            return None, []
        self.load_crdt()
        row = self._conn.execute("SELECT state FROM crdt_state WHERE id = 1").fetchone()
        log = [bytes(r[0]) for r in
               self._conn.execute("SELECT data FROM crdt_update ORDER BY seq")]
        return (None if row is None or row[0] is None else bytes(row[0])), log

    def commit_merge(self, ops: Sequence[Op], origin: str = "sync",
                     updates: Sequence[bytes] | None = None) -> Change:
        """Store rows that came from merging states into `crdt`, with the merged document.

        The operations are applied like any batch (listeners are told, origin "sync"),
        but not recorded again. With `updates` (every document transaction since the
        document was last stored: what the merge integrated and wrote) they are appended
        to the update log in the same transaction, like a local edit's; without, or when
        the log is full, the document's full state becomes the checkpoint and the new
        sync base.
        """
        return self._apply(ops, origin, checkpoint=True, log=updates)

    def meta(self, key: str, default: str | None = None) -> str | None:
        """A co-editing setting kept in the file (share folder, device, ...)."""
        if not self._has_coedit_tables():
            return default
        row = self._conn.execute("SELECT value FROM coedit_meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_meta(self, key: str, value: str | None, *, origin: str = "meta") -> Change:
        """Set a co-editing setting of this file: `SetMeta` through `apply` (a sync that
        notes what it published passes origin "sync")."""
        return self.apply([SetMeta(key, value)], origin=origin)

    def _write_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self._conn.execute("DELETE FROM coedit_meta WHERE key = ?", (key,))
        else:
            self._conn.execute(
                "INSERT INTO coedit_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def _write_conflicts(self, records: dict[str, str]) -> None:
        """Inside a batch: write conflict records into the document and log the update."""
        self.crdt.take_updates()
        self.crdt.set_conflicts(records)
        self._append_updates(self.crdt.take_updates())

    def _has_coedit_tables(self) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='crdt_state'"
        ).fetchone() is not None

    def _content(self) -> dict[str, list[dict]]:
        return {e.name: self.rows(e.name) for e in catalogue.ENTITIES}

    def _defer_crdt(self) -> None:
        """On opening: leave reading the co-editing document for later. A file without
        co-editing tables or without a checkpoint is handled by `_load_crdt` when first
        needed (it bootstraps the document from the tables)."""
        self._crdt_lazy = True
        if self._has_coedit_tables():
            self._log_len = self._conn.execute("SELECT COUNT(*) FROM crdt_update").fetchone()[0]

    def _load_crdt(self, seed: bytes | None = None) -> None:
        if not self._has_coedit_tables():  # an old file opened read-only
            state = bootstrap_state(self._content())
            self._crdt, self._sync_base, self._log_len = RoadmapDoc([state]), state, 0
            return
        row = self._conn.execute("SELECT state, sync_base FROM crdt_state WHERE id = 1").fetchone()
        updates = [bytes(r[0])
                   for r in self._conn.execute("SELECT data FROM crdt_update ORDER BY seq")]
        if row is not None and row[0] is not None:
            self._crdt = RoadmapDoc([bytes(row[0]), *updates])
            self._sync_base = None if row[1] is None else bytes(row[1])
            self._log_len = len(updates)
            return
        state = seed if seed is not None else bootstrap_state(self._content())
        self._crdt = RoadmapDoc([state, *updates])
        self._sync_base = state
        self._log_len = len(updates)
        if self.read_only:
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            self._write_checkpoint(sync_base=True)
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise _translate(exc, self.path) from None

    def _reload_crdt(self) -> None:
        self._crdt = None
        self._load_crdt()

    def _record(self, changes: Sequence[RowChange]) -> None:
        writes: list[tuple[str, str, dict | None]] = []
        # one write per row, with the fields of every change the batch made to it (a
        # delete that clears two references of one row changes it twice)
        fields: dict[tuple[str, str], set[str]] = {}
        for rc in changes:
            names = fields.setdefault((rc.entity, rc.id), set())
            if rc.kind == "create":
                names.update(f.name for f in catalogue.entity(rc.entity).fields)
            else:
                names.update(rc.fields)
        for (entity, row_id), names in fields.items():
            row = self.get(entity, row_id)
            if row is None:
                writes.append((entity, row_id, None))
                continue
            values = {n: row[n] for n in sorted(names)}
            values["position"] = row["position"]
            writes.append((entity, row_id, values))
        self._append_updates(self.crdt.record_rows(writes))

    def _append_updates(self, updates: list[bytes]) -> None:
        if updates:
            self._conn.executemany("INSERT INTO crdt_update (data) VALUES (?)",
                                   ((u,) for u in updates))
            self._log_len += len(updates)

    def _write_checkpoint(self, *, sync_base: bool) -> None:
        state = self.crdt.state()
        self.crdt.take_updates()
        self._conn.execute("DELETE FROM crdt_update")
        if sync_base:
            self._conn.execute(
                "INSERT INTO crdt_state (id, state, sync_base) VALUES (1, ?, ?) ON CONFLICT(id) "
                "DO UPDATE SET state = excluded.state, sync_base = excluded.sync_base",
                (state, state))
            self._sync_base = state
        else:
            self._conn.execute(
                "INSERT INTO crdt_state (id, state) VALUES (1, ?) ON CONFLICT(id) "
                "DO UPDATE SET state = excluded.state", (state,))
        self._log_len = 0
