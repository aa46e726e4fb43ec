"""One writer per roadmap file: an exclusive OS lock on a small lock file beside it.

`acquire(path)` returns a `Lock` or raises `FileInUseError` (say who has it, offer
read-only). The lock is an OS lock (flock / msvcrt), so it disappears when the process
dies: there is no stale lock to delete by hand after a crash. The lock file holds, for
information only, who has the roadmap open.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path

from db.errors import FileInUseError, RoadmapError


def lock_path(path: str | Path) -> Path:
    p = Path(path).resolve()
    return p.with_name(f".~lock.{p.name}#")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
        import msvcrt
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl
    fcntl.flock(fd, fcntl.LOCK_UN)


def holder_of(path: str | Path) -> dict:
    """Who holds the lock on `path` (as written in the lock file), or {}."""
    try:
        text = lock_path(path).read_text(encoding="utf-8")
        return json.loads(text[text.index("{"):]) if "{" in text else {}
    except (OSError, ValueError):
        return {}


class Lock:
    """A held lock; `release()` (or leaving a `with` block) gives it up."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.unlink(self.path)  # while still holding it: a waiter re-checks the inode
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # pragma: no cover - safety net
        try:
            self.release()
        except Exception:
            pass


def acquire(path: str | Path, *, author: str = "") -> Lock:
    """Lock `path` for this process, or raise FileInUseError naming who has it open."""
    lp = lock_path(path)
    for _attempt in range(5):
        try:
            fd = os.open(lp, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if isinstance(exc, PermissionError) or exc.errno in (13, 30):  # EACCES, EROFS
                raise FileInUseError(
                    f"{Path(path).name} is in a folder you cannot write to; it can only be "
                    "opened read-only.") from None
            raise RoadmapError(f"Could not lock {Path(path).name}: {exc.strerror or exc}.") from None
        if not _try_lock(fd):
            os.close(fd)
            who = holder_of(path)
            name = who.get("author") or who.get("user") or "someone"
            where = f" on {who['host']}" if who.get("host") else ""
            raise FileInUseError(
                f"{Path(path).name} is already open for editing by {name}{where}. "
                "You can open it read-only.", who)
        try:
            same = os.fstat(fd).st_ino == os.stat(lp).st_ino
        except OSError:
            same = False
        if not same:  # the previous holder removed the file between our open and lock
            _unlock(fd)
            os.close(fd)
            continue
        info = {"author": author, "user": getpass.getuser(), "host": socket.gethostname(),
                "pid": os.getpid(),
                "since": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        data = json.dumps(info).encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 2, os.SEEK_SET)  # byte 0-1 stay free: Windows locks byte 0
        os.write(fd, b"\n" + data)
        return Lock(lp, fd)
    raise RoadmapError(f"Could not lock {Path(path).name}; try again.")
