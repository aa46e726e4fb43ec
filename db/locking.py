"""One writer per roadmap file: an exclusive OS lock (the `filelock` library) beside it.

`acquire(path)` returns a `Lock` or raises `FileInUseError` (say who has it, offer
read-only). The lock is an OS lock (flock / LockFileEx), so it disappears when the
process dies: there is no stale lock to delete by hand after a crash. Who has the roadmap
open is written, for information only, to a small file beside the lock file; a stale one
left by a crash blocks nobody and is replaced by the next holder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import tempfile
from pathlib import Path

import filelock

from db.errors import FileInUseError, RoadmapError


def lock_path(path: str | Path) -> Path:
    p = Path(path).resolve()
    return p.with_name(f".~lock.{p.name}#")


def info_path(path: str | Path) -> Path:
    """The file naming who holds the lock on `path` (information only, never a lock)."""
    lp = lock_path(path)
    return lp.with_name(lp.name + ".json")


def holder_of(path: str | Path) -> dict:
    """Who holds the lock on `path` (as written beside the lock file), or {}."""
    try:
        info = json.loads(info_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def _write_info(target: Path, info: dict) -> None:
    """Write the holder information atomically (best effort: it only informs others)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~lock-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(info, fh)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass


class Lock:
    """A held lock; `release()` (or leaving a `with` block) gives it up."""

    def __init__(self, path: Path, lock: filelock.BaseFileLock, info: Path) -> None:
        self.path = path
        self._lock: filelock.BaseFileLock | None = lock
        self._info = info

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.is_locked

    def release(self) -> None:
        if self._lock is None:
            return
        lock, self._lock = self._lock, None
        with contextlib.suppress(OSError):
            self._info.unlink()
        if isinstance(lock, filelock.UnixFileLock):
            # filelock leaves the lock file on POSIX; removing it while still holding the lock is
            # safe (a contender that locked the old inode sees it unlinked and does not count it).
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        lock.release()

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # pragma: no cover - safety net
        with contextlib.suppress(Exception):
            self.release()


def acquire(path: str | Path, *, author: str = "") -> Lock:
    """Lock `path` for this process, or raise FileInUseError naming who has it open.

    A second acquire of the same path in this process is refused too (each call opens its
    own lock: no singleton, no reentrant counting), so one file is one window.
    """
    lp = lock_path(path)
    name = Path(path).name
    if not lp.parent.is_dir():
        raise RoadmapError(f"Could not lock {name}: its folder does not exist.")
    for _attempt in range(3):  # a holder releasing at this very moment can make one try fail
        lock = filelock.FileLock(lp, timeout=0, blocking=False, thread_local=False)
        try:
            lock.acquire()
        except filelock.Timeout:
            continue
        except OSError as exc:
            if isinstance(exc, PermissionError) or exc.errno in (13, 30):  # EACCES, EROFS
                raise FileInUseError(
                    f"{name} is in a folder you cannot write to; it can only be "
                    "opened read-only.", None, "folder_read_only", name=name) from None
            raise RoadmapError(f"Could not lock {name}: {exc.strerror or exc}.") from None
        info = {"author": author, "user": getpass.getuser(), "host": socket.gethostname(),
                "pid": os.getpid(),
                "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
        _write_info(info_path(path), info)
        return Lock(lp, lock, info_path(path))
    who = holder_of(path)
    holder = who.get("author") or who.get("user") or "someone"
    where = f" on {who['host']}" if who.get("host") else ""
    raise FileInUseError(
        f"{name} is already open for editing by {holder}{where}. You can open it read-only.", who,
        "in_use", name=name, who=holder, host=who.get("host") or "")
