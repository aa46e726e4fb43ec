"""RoadmapStore: opening (with the check of a -wal beside the file, which reads copies
through the class) and closing a roadmap file, and `apply`, the one mutation path (part of
db.store; its mixins hold reading, the CRDT log, copies and row writes)."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlite_utils

from db.crdt.document import RoadmapDoc
from db.errors import ClosedRoadmapError, ReadOnlyError, RoadmapError, ValidationError
from db.migrations import SCHEMA_VERSION, pending
from db.ops import Change, Op
from db.store.copies import CopiesMixin
from db.store.crdt_log import CrdtLogMixin
from db.store.file_checks import (
    APPLICATION_ID,
    MIN_READABLE_SCHEMA,
    _connect_ro,
    _full_on_open,
    _probe,
    _set_aside_wal,
    _tidy_on_close,
    _translate,
    disk_full,
)
from db.store.reading import Listener, ReadingMixin
from db.store.write_batch import RowWritesMixin, _Batch, new_id

#: The CRDT log is folded into one full state after this many per-edit updates.
CRDT_LOG_LIMIT = 2000

#: origins whose batches already carry their status history (see `_Batch.update`)
NO_STATUS_HISTORY = frozenset({"undo", "redo", "sync"})


_TEMPLATE_LOCK = threading.Lock()


@functools.cache
def _template() -> sqlite3.Connection:
    """An empty database at the current schema, made once per process (call with
    _TEMPLATE_LOCK held): what `RoadmapStore.create` copies a new roadmap from."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    RoadmapStore._migrate(conn, 0)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return conn


def _read_copy(path: Path) -> dict | None:
    """What the roadmap copy at `path` holds, for comparing a WAL (None when unreadable)."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return None
        out = {"app": conn.execute("PRAGMA application_id").fetchone()[0], "id": None,
               "sv": None, "fits": True}
        if out["app"] != APPLICATION_ID:
            return out
        out["id"] = conn.execute("SELECT id FROM roadmap").fetchone()[0]
        store = RoadmapStore(conn, str(path), read_only=True)
        if store._has_coedit_tables():
            store._load_crdt()
            from db.crdt.document import decode_state_vector
            from db.crdt.merge import materialize, store_rows

            out["sv"] = decode_state_vector(store.crdt.state_vector())
            out["state"] = store.crdt.state()
            rows, _problems = materialize(store.crdt.flatten(), store.roadmap_id)
            out["fits"] = rows == store_rows(store)
        return out
    except (sqlite3.Error, RoadmapError, TypeError):
        return None
    finally:
        conn.close()


def _wal_problem(path: Path) -> str:
    """Why the -wal beside `path` must not be applied ("" when it may).

    Header checks first (db/wal_guard.py, bytes only), then the contents on copies in a
    temporary folder (the real file and its WAL are only read): the file with the WAL
    applied must be sound, be the same roadmap, and its CRDT history must hold every
    edit the file alone holds (a log written after the file can only add to it)."""
    from db import wal_guard

    wal = Path(f"{path}-wal")
    try:
        if not wal.is_file() or wal.stat().st_size == 0:
            return ""
        why = wal_guard.mismatch(path, wal, application_id=APPLICATION_ID)
        if why in ("page_size", "foreign") or not wal_guard.read_wal(wal).applies:
            return why
    except OSError:
        return ""
    import shutil

    with tempfile.TemporaryDirectory(prefix="routekaart-wal-") as tmp:
        base, both = Path(tmp) / "base.roadmap", Path(tmp) / "with.roadmap"
        try:
            shutil.copyfile(path, base)
            shutil.copyfile(path, both)
            shutil.copyfile(wal, Path(f"{both}-wal"))
        except OSError:
            return why
        mine = _read_copy(base)
        if mine is None or mine["app"] != APPLICATION_ID:
            return why  # the file's own problem: the open reports it
        theirs = _read_copy(both)
        if theirs is None or theirs["app"] != APPLICATION_ID or theirs["id"] != mine["id"]:
            return "foreign"
        if mine["sv"] is None or theirs["sv"] is None:
            return why
        behind = any(theirs["sv"].get(c, 0) < n for c, n in mine["sv"].items())
        if not behind and theirs["fits"] and not why:
            return ""
        if set(theirs["sv"]) <= set(mine["sv"]):
            return "older"  # only writers the file knows, and less of their edits
        return "mismatch"  # another roadmap's log, or an older one with edits of its own


class RoadmapStore(ReadingMixin, CrdtLogMixin, CopiesMixin, RowWritesMixin):
    """One open roadmap file.

    Use `create`, `open` or `memory` to get one; `apply` to change it; `rows`, `get`,
    `roadmap` and `count` to read it. Listeners added with `subscribe` receive every
    `Change` after it is committed.
    """

    def __init__(self, conn: sqlite3.Connection, path: str, *, read_only: bool) -> None:
        self._conn = conn
        self._db = sqlite_utils.Database(conn)
        self.path = path
        self.read_only = read_only
        self._listeners: list[Listener] = []
        self._roadmap_id = conn.execute("SELECT id FROM roadmap").fetchone()[0]
        self._tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        self._crdt: RoadmapDoc | None = None
        self._sync_base: bytes | None = None
        self._log_len = 0
        #: The co-editing document is read from the file when first needed (`crdt`), not
        #: when the file is opened: opening stays as quick for 10,000 actions as for 10.
        self._crdt_lazy = False
        #: The file holds no co-editing state yet (a fresh import): it is made from the
        #: tables when first needed, so an import need not record its rows one by one.
        self._crdt_unmade = False
        self._insert_sql: dict[tuple[str, tuple[str, ...]], str] = {}
        self._tidy_path: Path | None = None  # read-only: remove the -wal/-shm made on close
        self.today: Callable[[], dt.date] = dt.date.today  # the date of status history events
        self._failed: RoadmapError | None = None  # set when a failing disk broke a rollback
        #: what opening found and set right (a -wal that did not belong), for the user
        self.notices: list[RoadmapError] = []

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, roadmap_id: str | None = None,
               title: str = "Nieuwe roadmap", seed_state: bytes | None = None,
               defer_crdt: bool = False) -> RoadmapStore:
        """Create a new, empty roadmap file (refuses to overwrite an existing file).

        With `seed_state` (a co-editing state, e.g. from a shared folder) the new file
        starts from that document instead of an empty roadmap: pass the shared roadmap's
        `roadmap_id` too, then call `db.crdt.merge.materialize_into(store)`.

        With `defer_crdt` the co-editing document is not made yet: batches with origin
        "import" are then stored without being recorded one by one, and the document is
        made from the tables (`bootstrap_state`) when it is first needed.
        """
        spath = str(path)
        if spath != ":memory:" and Path(spath).exists():
            raise RoadmapError(f"{spath} already exists; choose another name.")
        try:
            # the schema is copied from a database migrated once per process (running the
            # migrations costs ~40 ms a file, a copy under 1 ms); the new roadmap is made
            # in memory and, for a file, written to it in one step: all of it or nothing
            conn = sqlite3.connect(":memory:", isolation_level=None)
            with _TEMPLATE_LOCK:
                _template().backup(conn)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO roadmap (id, position, title, language, horizon_start, "
                         "horizon_end) VALUES (?, 0, ?, 'nl', NULL, NULL)",
                         (roadmap_id or new_id(), title))
            conn.execute("COMMIT")
            if spath != ":memory:":
                made, conn = conn, sqlite3.connect(spath, isolation_level=None)
                made.backup(conn)
                made.close()
            cls._configure(conn, memory=spath == ":memory:")
        except sqlite3.Error as exc:
            raise _translate(exc, spath) from None
        store = cls(conn, spath, read_only=False)
        if defer_crdt and seed_state is None:
            store._crdt_lazy = store._crdt_unmade = True
        else:
            store._load_crdt(seed_state)
        return store

    @classmethod
    def memory(cls, **kw) -> RoadmapStore:
        """A new roadmap held in memory (tests, previews)."""
        return cls.create(":memory:", **kw)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False,
             check_wal: bool | None = None) -> RoadmapStore:
        """Open an existing roadmap file, upgrading its schema if it is older.

        A -wal beside the file that does not belong to it (another database's, or older
        than the file) is moved aside before SQLite sees it and the file is opened as it
        is; `notices` then says so. The check runs when nobody else has the file open:
        `check_wal=True` when the caller holds its single-writer lock (db/locking.py),
        None to check only when that lock is free right now, False never.
        """
        p = Path(path)
        notices = cls._guard_wal(p, check_wal)
        _probe(p)
        if not read_only and not (os.access(p, os.W_OK) and os.access(p.parent, os.W_OK)):
            read_only = True
        try:
            if read_only:
                tidy = _tidy_on_close(p)
                conn = _connect_ro(p, isolation_level=None)
                conn.execute("PRAGMA foreign_keys = ON")
                if conn.execute("PRAGMA user_version").fetchone()[0] < MIN_READABLE_SCHEMA:
                    conn.close()
                    raise ReadOnlyError(
                        f"{p.name} was made by an older Routekaart and must be upgraded, "
                        "but it is read-only. Copy it to a folder you can write to first.")
                store = cls(conn, str(p), read_only=True)
                store._tidy_path = p if tidy else None
                store._defer_crdt()
                store.notices = notices
                return store
            conn = sqlite3.connect(str(p), isolation_level=None)
            cls._configure(conn, memory=False)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                conn.execute("BEGIN IMMEDIATE")
                cls._migrate(conn, version)
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if disk_full(p):
                raise _full_on_open(p) from None
            raise _translate(exc, str(p)) from None
        store = cls(conn, str(p), read_only=False)
        try:
            store._defer_crdt()
        except BaseException:
            conn.close()
            raise
        store.notices = notices
        return store

    @staticmethod
    def _guard_wal(p: Path, check_wal: bool | None) -> list[RoadmapError]:
        if check_wal is False or not Path(f"{p}-wal").is_file():
            return []
        lock = None
        if check_wal is None:
            from db.locking import acquire

            try:
                lock = acquire(p)
            except RoadmapError:
                return []  # open elsewhere: its WAL is live, never touch it
        try:
            why = _wal_problem(p)
            return [_set_aside_wal(p, why)] if why else []
        finally:
            if lock is not None:
                lock.release()

    @staticmethod
    def _configure(conn: sqlite3.Connection, *, memory: bool) -> None:
        conn.execute("PRAGMA foreign_keys = ON")
        if not memory:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")

    @staticmethod
    def _migrate(conn: sqlite3.Connection, current: int) -> None:
        for version, script in pending(current):
            body = "\n".join(line for line in script.splitlines()
                              if not line.lstrip().startswith("--"))
            for statement in body.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")

    def close(self) -> None:
        """Close the file (the WAL is checkpointed into it).

        A read-only connection cannot remove the -wal/-shm files SQLite makes beside the
        file, so when this store made them (none were there when it opened) a plain
        connection is joined before closing: the last connection to close checkpoints and
        removes them, and SQLite leaves them alone while any other connection is open.
        Closing a closed store does nothing."""
        if self.is_closed:
            return
        tidy = self._tidy_path if self.read_only else None
        helper = None
        if tidy is not None:
            try:
                helper = sqlite3.connect(str(tidy), isolation_level=None)
                helper.execute("PRAGMA schema_version").fetchone()
            except sqlite3.Error:
                helper = None
        self._conn.close()
        # from now on every use of the file says so in words (not sqlite3.ProgrammingError)
        self._conn = self._db = _Closed(self.path)  # type: ignore[assignment]
        if helper is not None:
            try:
                helper.close()
            except sqlite3.Error:
                pass

    @property
    def is_closed(self) -> bool:
        return isinstance(self._conn, _Closed)

    def __enter__(self) -> RoadmapStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the one mutation path -----------------------------------------------------------

    def apply(self, ops: Sequence[Op], *, origin: str = "user") -> Change:
        """Validate and apply a batch of operations in one transaction and commit it.

        Either every operation is stored or none is (the file is left as it was and the
        error says why). Returns the `Change`, whose `inverse` undoes the batch.
        """
        return self._apply(ops, origin, checkpoint=False)

    def _apply(self, ops: Sequence[Op], origin: str, *, checkpoint: bool,
               log: Sequence[bytes] | None = None) -> Change:
        if self.is_closed:
            raise _closed_error(self.path)
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only; the edit was not stored.",
                                "open_read_only", path=self.path)
        if self._crdt_lazy and not (self._crdt_unmade and origin == "import"):
            self.load_crdt()  # before the transaction: loading may write the first checkpoint
        if self._failed is not None:
            raise self._failed
        # replays (undo, redo) and merged rows already hold their status history
        batch = _Batch(self, status_history=origin not in NO_STATUS_HISTORY and not checkpoint)
        touched_crdt = False
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            for op in ops:
                batch.run(op)
            batch.check_invariants()
            if self._crdt is not None:
                touched_crdt = True
                if origin != "sync" and batch.rows:  # merged rows are in the document already
                    self._record(batch.rows)
                if log is not None and self._log_len + len(log) <= CRDT_LOG_LIMIT:
                    self._append_updates(list(log))
                elif checkpoint or self._log_len > CRDT_LOG_LIMIT:
                    self._write_checkpoint(sync_base=checkpoint)
            self._conn.execute("COMMIT")
        except BaseException as exc:
            try:  # a failing disk can make the rollback and the reload fail too: the
                # first error is the one to report, never a raw sqlite3 error from these
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if (touched_crdt or batch.conflicts) and not (checkpoint and isinstance(
                        exc, (ValidationError, sqlite3.IntegrityError))):
                    self._reload_crdt()  # the document must not hold what the file does not
            except (sqlite3.Error, RoadmapError) as again:
                # the file can no longer be trusted to match the document: refuse further
                # edits with this message until the roadmap is opened again
                self._failed = (again if isinstance(again, RoadmapError)
                                else _translate(again, self.path))
                if not isinstance(exc, sqlite3.Error):
                    raise self._failed from None
            if isinstance(exc, sqlite3.IntegrityError):
                raise ValidationError("roadmap", f"the edit breaks a link between rows ({exc})",
                                      "broken_link") from None
            if isinstance(exc, sqlite3.Error):
                raise _translate(exc, self.path) from None
            raise
        change = Change(tuple(batch.done), tuple(reversed(batch.undo)), tuple(batch.rows), origin,
                        meta=tuple(batch.meta), conflicts=tuple(batch.conflicts))
        if not change.rows and checkpoint:
            return change
        for listener in list(self._listeners):
            listener(change)
        return change


def _closed_error(path: str) -> ClosedRoadmapError:
    return ClosedRoadmapError(f"{path} is closed; nothing can be read or stored any more.",
                              "closed", path=path)


class _Closed:
    """Stands in for the connection of a closed store: any use raises ClosedRoadmapError."""

    def __init__(self, path: str) -> None:
        self._path = path

    def __getattr__(self, name: str) -> object:
        raise _closed_error(self._path)

    def __getitem__(self, name: str) -> object:
        raise _closed_error(self._path)
