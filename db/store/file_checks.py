"""Opening checks of a roadmap file, read-only (header, application id, schema version,
damage), a -wal set aside, a full disk, and SQLite's errors in words (part of db.store)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from db.errors import (
    CorruptRoadmapError,
    NotARoadmapError,
    ReadOnlyError,
    RoadmapError,
    SchemaTooNewError,
    StorageFullError,
)
from db.migrations import SCHEMA_VERSION

#: The oldest schema whose roadmap tables this version can read without upgrading.
MIN_READABLE_SCHEMA = 1

#: PRAGMA application_id of every roadmap file ("RKMP").
APPLICATION_ID = 0x524B4D50
SQLITE_HEADER = b"SQLite format 3\x00"


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
        _check_contents(conn, path)
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


def _check_contents(conn: sqlite3.Connection, path: Path) -> None:
    """That the database open on `conn` is a Routekaart roadmap of a format this version
    reads, and not damaged."""
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


WAL_REASONS = {
    "foreign": "it belongs to another database",
    "page_size": "it belongs to another database (other page size)",
    "older": "it is older than the roadmap file",
    "mismatch": "it belongs to another roadmap, or to an older state of this one",
}


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
