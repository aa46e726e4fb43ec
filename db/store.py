"""RoadmapStore: the one module that talks SQL.

One roadmap is one SQLite file (``*.roadmap``). Every mutation goes through
`RoadmapStore.apply`, which validates a batch of operations, applies it in one
transaction, commits at once (WAL, synchronous=FULL) and returns a `Change` carrying
the batch's inverse. Listeners (undo stack, views) are told after each commit.
Opening checks the file read-only first, so a wrong, damaged or too-new file is
reported without a single byte of it being changed.

Co-editing (schema v2): every batch is also recorded in the roadmap's pycrdt document
(db/crdt/document.py) and its update is stored in the same transaction (tables crdt_state,
crdt_update, coedit_meta). Merged states come back in through `commit_merge` (origin
"sync": stored and announced, not recorded again). Merging logic lives in db/crdt/merge.py
and db/coedit/sync_folder.py; this module stays the only one that talks SQL.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from db import catalogue
from db.crdt.document import CONFLICTS, RoadmapDoc, bootstrap_state
from db.errors import (
    ClosedRoadmapError,
    CorruptRoadmapError,
    DependencyCycleError,
    NotARoadmapError,
    ReadOnlyError,
    RoadmapError,
    SchemaTooNewError,
    StorageFullError,
    ValidationError,
)
from db.graph import find_cycle
from db.migrations import SCHEMA_VERSION, pending
from db.model import Entity, Kind
from db.ops import (
    Change,
    Create,
    Delete,
    Move,
    Op,
    RowChange,
    SetConflictRecords,
    SetMeta,
    Update,
)
from db.values import check_values

#: The oldest schema whose roadmap tables this version can read without upgrading.
MIN_READABLE_SCHEMA = 1
#: The CRDT log is folded into one full state after this many per-edit updates.
CRDT_LOG_LIMIT = 2000

#: PRAGMA application_id of every roadmap file ("RKMP").
APPLICATION_ID = 0x524B4D50
SQLITE_HEADER = b"SQLite format 3\x00"

Listener = Callable[[Change], None]
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


def new_id() -> str:
    """A fresh stable id for a row."""
    return str(uuid.uuid4())


def sqlite_version() -> str:
    """The version of the SQLite library roadmaps are stored with (for the About box)."""
    return sqlite3.sqlite_version


def _connect_ro(path: Path, **kw) -> sqlite3.Connection:
    """A read-only connection; on read-only media (no -shm can be made) the file is opened
    as immutable, which SQLite requires for WAL files there."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, **kw)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:  # other problems are reported by the caller's checks
        if "unable to open" in str(exc) and not os.access(path.parent, os.W_OK):
            conn.close()
            return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, **kw)
    return conn


def _tidy_on_close(path: Path) -> bool:
    """True when a read-only open of `path` should remove the -wal/-shm it makes: neither
    exists yet (no other connection has the file open) and file and folder are writable."""
    extra = (Path(f"{path}-wal"), Path(f"{path}-shm"))
    return (not any(e.exists() for e in extra) and os.access(path, os.W_OK)
            and os.access(path.parent, os.W_OK))


def _probe(path: Path) -> None:
    """Check, without writing anything, that `path` is a roadmap this version can open."""
    if not path.exists():
        raise RoadmapError(f"The file {path} does not exist.", "missing_file", path=str(path))
    if path.is_dir():
        raise NotARoadmapError(f"{path} is a folder, not a roadmap file.", "is_folder",
                               path=str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except PermissionError:
        raise ReadOnlyError(f"You have no permission to read {path}.", "no_read",
                            path=str(path)) from None
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise NotARoadmapError(f"{path.name} is not a Routekaart roadmap file.", "not_roadmap",
                               name=path.name)
    side = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    existed = [p.exists() for p in side]
    try:
        conn = _connect_ro(path)
    except sqlite3.Error as exc:
        if disk_full(path):
            raise _full_on_open(path) from None
        raise CorruptRoadmapError(f"{path.name} cannot be read: {exc}.", "unreadable",
                                  name=path.name) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotARoadmapError(
                f"{path.name} is a database, but not a Routekaart roadmap file.", "other_database",
                name=path.name)
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"{path.name} was saved by a newer version of Routekaart (file format "
                f"{version}, this version reads up to {SCHEMA_VERSION}). Please update "
                f"Routekaart to open it; the file was not changed.", "too_new", name=path.name,
                version=version, supported=SCHEMA_VERSION)
        if version < MIN_READABLE_SCHEMA and conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone():
            raise CorruptRoadmapError(
                f"{path.name} holds roadmap tables but no file-format number (its "
                "user_version is 0; another program probably changed it), so Routekaart cannot "
                "tell how to read it. The file was not opened and not changed; restore it from "
                "a snapshot or backup.", "no_version", name=path.name)
        result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            detail = " ".join(result[0].splitlines()[:2])[:200]
            raise CorruptRoadmapError(
                f"{path.name} is damaged ({detail}). The file was not changed; restore it "
                "from a snapshot or backup.", "damaged", name=path.name)
    except sqlite3.DatabaseError as exc:
        if disk_full(path):  # a healthy file on a full disk is not "damaged"
            raise _full_on_open(path) from None
        raise CorruptRoadmapError(
            f"{path.name} is damaged or incomplete ({exc}). The file was not changed.", "damaged",
            name=path.name) from None
    finally:
        conn.close()
        # A read-only look at a WAL file may leave empty -wal/-shm files; remove the ones
        # this probe made, so a rejected file leaves no debris beside it.
        for p, was_there in zip(side, existed, strict=True):
            if not was_there and p.exists():
                try:
                    if p.name.endswith("-shm") or p.stat().st_size == 0:
                        p.unlink()
                except OSError:
                    pass


WAL_REASONS = {
    "foreign": "it belongs to another database",
    "page_size": "it belongs to another database (other page size)",
    "older": "it is older than the roadmap file",
    "mismatch": "it belongs to another roadmap, or to an older state of this one",
}


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


def _set_aside_wal(path: Path, why: str) -> RoadmapError:
    """Move the -wal (and -shm) beside `path` out of SQLite's way; the notice for the user."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    wal = Path(f"{path}-wal")
    aside = wal.with_name(f"{wal.name}.set-aside-{stamp}")
    try:
        os.replace(wal, aside)
        shm = Path(f"{path}-shm")
        if shm.exists():
            os.replace(shm, shm.with_name(f"{shm.name}.set-aside-{stamp}"))
    except OSError as exc:
        raise CorruptRoadmapError(
            f"{path.name} has a change log ({wal.name}) that does not belong to it "
            f"({WAL_REASONS[why]}), and it could not be moved aside ({exc.strerror or exc}). "
            "The roadmap was not opened, so nothing was applied; move that file away yourself.",
            "wal_stuck", name=path.name, wal=wal.name) from None
    return RoadmapError(
        f"{path.name} had a change log ({wal.name}) that did not belong to it "
        f"({WAL_REASONS[why]}). It was not applied: it was kept as {aside.name} beside the "
        "roadmap, and the roadmap was opened as its file holds it.",
        f"wal_{why}", name=path.name, wal=wal.name, aside=aside.name)


#: a temporary copy (".routekaart-*.tmp", ".*.importing") untouched this long is debris of an
#: interrupted copy or import (a running one rewrites its file all the time)
STALE_TEMP_SECONDS = 3600


def remove_stale_copies(folder: str | Path, *, patterns: Sequence[str] = (
        ".routekaart-*.tmp", ".routekaart-*.tmp-journal", ".routekaart-*.tmp-wal",
        ".routekaart-*.tmp-shm", ".*.importing", ".*.importing-wal",
        ".*.importing-shm", ".*.importing-journal"),
        older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove what an interrupted copy or import left in `folder`; returns what went."""
    removed: list[Path] = []
    now = time.time()
    for pattern in patterns:
        try:
            found = list(Path(folder).glob(pattern))
        except OSError:
            return removed
        for p in found:
            try:
                if p.is_file() and now - p.stat().st_mtime > older_than:
                    p.unlink()
                    removed.append(p)
            except OSError:
                pass
    return removed


def _new_file_mode() -> int:
    """The permissions a new file gets under the current umask (mkstemp makes 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


#: below this much free space an I/O error of SQLite is reported as a full disk
DISK_FULL_BYTES = 256 * 1024


def disk_full(path: str | Path) -> bool:
    """True when the disk holding `path` (a file or folder) has (almost) no space left."""
    import shutil

    p = Path(path)
    folder = p if p.is_dir() else p.parent
    try:
        return shutil.disk_usage(folder).free < DISK_FULL_BYTES
    except OSError:
        return False


def _full_on_open(path: Path) -> StorageFullError:
    return StorageFullError(
        f"The disk holding {path} is full, so the roadmap cannot be opened (SQLite needs a "
        "little room beside the file). The file was not changed. Free some space and try "
        "again.", "disk_full_open", path=str(path))


def _translate(exc: sqlite3.Error, path: str) -> RoadmapError:
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorname", "") or ""
    if ("full" in text or code == "SQLITE_FULL"
            or ((code.startswith("SQLITE_IOERR") or "disk i/o error" in text
                 or "unable to open" in text) and path != ":memory:" and disk_full(path))):
        return StorageFullError(
            f"The disk holding {path} is full. The last edit was not stored; "
            "the roadmap is unchanged. Free some space and try again.", "disk_full", path=path)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(f"{path} cannot be written (read-only). The edit was not stored.",
                             "cannot_write", path=path)
    if code.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return RoadmapError(
            f"{Path(path).name} could not be written: the disk or the file system reported a "
            "read/write error. The last edit may not have been stored. Close the roadmap, check "
            "the disk (or the link or network folder the file is in) and open it again.",
            "io_error", name=Path(path).name)
    return RoadmapError(f"The edit could not be stored in {path}: {exc}.")


class RoadmapStore:
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

    # -- reading -------------------------------------------------------------------------

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

    # -- co-editing: the CRDT document persisted beside the tables ----------------------

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

    # -- copies --------------------------------------------------------------------------

    def backup_to(self, target: str | Path) -> Path:
        """Write a consistent copy of the roadmap to `target` (SQLite backup API).

        The copy is written to a temporary file beside the target, checked, flushed to
        disk and then renamed into place, so the target is never half written.
        """
        target = Path(target)
        if self.path != ":memory:" and Path(self.path).resolve() == target.resolve():
            raise RoadmapError(f"{target.name} is the roadmap itself; choose another name.")
        lock = None
        if target.exists():  # replacing a roadmap: never one that is open somewhere
            from db.locking import acquire

            lock = acquire(target)  # raises FileInUseError (a RoadmapError) when it is open
        remove_stale_copies(target.parent)
        try:
            fd, tmp = tempfile.mkstemp(prefix=".routekaart-", suffix=".tmp", dir=target.parent)
        except OSError as exc:
            if lock is not None:
                lock.release()
            if exc.errno == 28:
                raise StorageFullError(f"The disk holding {target} is full; nothing was written.",
                                       "disk_full_copy", path=str(target)) from None
            raise RoadmapError(f"Could not write {target}: {exc.strerror or exc}.") from None
        os.close(fd)
        try:
            dest = sqlite3.connect(tmp)
            try:
                # a temporary copy needs no rollback journal (a failed one is deleted), so an
                # interrupted copy leaves no -journal beside it
                dest.execute("PRAGMA journal_mode = OFF")
                self._conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
                ok = dest.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dest.close()
            if ok != "ok":
                raise CorruptRoadmapError(f"The copy for {target.name} failed its check ({ok}).")
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.chmod(tmp, _new_file_mode())
            # a journal left beside the old target would be replayed into the copy
            for extra in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
                extra.unlink(missing_ok=True)
            os.replace(tmp, target)
        except sqlite3.Error as exc:
            if disk_full(target.parent) or "full" in str(exc).lower():
                raise StorageFullError(
                    f"The disk holding {target} is full; the copy was not made (nothing was left "
                    "behind) and the roadmap is unchanged. Free some space and try again.",
                    "disk_full_copy", path=str(target)) from None
            raise _translate(exc, str(target)) from None
        except OSError as exc:
            if exc.errno == 28:
                raise StorageFullError(
                    f"The disk holding {target} is full; the copy was not made (nothing was left "
                    "behind) and the roadmap is unchanged. Free some space and try again.",
                    "disk_full_copy", path=str(target)) from None
            raise RoadmapError(f"Could not write {target}: {exc.strerror or exc}.") from None
        finally:
            for leftover in (tmp, *(f"{tmp}{x}" for x in ("-journal", "-wal", "-shm"))):
                if os.path.exists(leftover):
                    os.unlink(leftover)
            if lock is not None:
                lock.release()
        return target

    # -- private helpers used by _Batch --------------------------------------------------

    def _insert(self, entity: str, row: dict) -> None:
        """INSERT one row (values already checked and encoded; lists and dicts as JSON)."""
        names = tuple(row)
        sql = self._insert_sql.get((entity, names))
        if sql is None:
            cols = ", ".join(f'"{n}"' for n in names)
            sql = self._insert_sql[(entity, names)] = (
                f'INSERT INTO "{entity}" ({cols}) VALUES ({", ".join("?" * len(names))})')
        self._conn.execute(sql, [jsonify_if_needed(v) for v in row.values()])

    def _exists(self, entity: str, row_id: str) -> bool:
        found = self._conn.execute(f"SELECT 1 FROM {entity} WHERE id = ?", (row_id,)).fetchone()
        return found is not None

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


def _encode(e: Entity, values: dict) -> dict:
    out = dict(values)
    for f in e.fields:
        if f.kind is Kind.BOOL and out.get(f.name) is not None:
            out[f.name] = int(out[f.name])
    return out


class _Batch:
    """Runs the operations of one `apply` call and records what to undo."""

    def __init__(self, store: RoadmapStore, *, status_history: bool = False) -> None:
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

    def run(self, op: Op) -> None:
        if isinstance(op, Create):
            self.create(op)
        elif isinstance(op, Update):
            self.update(op)
        elif isinstance(op, Delete):
            self.done.append(op)
            self.known.clear()
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
        if self.s._exists(e.name, row_id):
            raise ValidationError(f"{where}.id", "a row with this id already exists")
        values = check_values(e, op.values, where=where, partial=False)
        self._check_refs(e, values, where)
        position = self.s._next_position(e.name) if op.position is None else float(op.position)
        self.s._insert(e.name, {"id": row_id, "position": position, **_encode(e, values)})
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
        if not self.touched_dependencies:
            return
        cycle = find_cycle(self.s._dependency_edges())
        if cycle:
            names = " → ".join(self.s._title("action", a) for a in cycle)
            raise DependencyCycleError(
                "dependency", f"this would make an action depend on itself: {names}", "cycle",
                names=names)
