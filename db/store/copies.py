"""Copies of a roadmap: `backup_to` (a mixin of RoadmapStore) and removing what an
interrupted copy or import left behind (part of db.store)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from db.errors import CorruptRoadmapError, RoadmapError, StorageFullError
from db.store.file_checks import _translate, disk_full

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



class CopiesMixin:
    """`RoadmapStore.backup_to`."""

    path: str
    _conn: sqlite3.Connection

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
            self._write_copy(tmp, target)
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

    def _write_copy(self, tmp: str, target: Path) -> None:
        """Copy the roadmap into `tmp`, check it, flush it to disk and rename it to `target`."""
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
