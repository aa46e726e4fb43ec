"""One writer per roadmap file: an exclusive OS lock (the `filelock` library) beside it.

`acquire(path)` returns a `Lock` or raises `FileInUseError` (say who has it, offer
read-only). The lock is an OS lock (flock / LockFileEx), so it disappears when the
process dies: there is no stale lock to delete by hand after a crash. Who has the roadmap
open is written, for information only, to a small file beside the lock file; a stale one
left by a crash blocks nobody and is replaced by the next holder.

Two locks are taken, because one file can have many names:

- beside the file, named after its resolved path (a symlink or ``..`` in the path leads
  to the same lock; on a network share other computers see it too);
- in this computer's lock folder (``<temp>/routekaart-locks``), named after the file's
  device and inode number, so a hard link, a bind mount or any other path to the same
  file finds the same lock. A file is the same roadmap when device+inode are equal,
  whatever its path string says.
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


#: The per-computer folder of the device+inode locks (one world-writable folder, like /tmp).
INODE_DIR_NAME = "routekaart-locks"


def inode_dir() -> Path:
    return Path(tempfile.gettempdir()) / INODE_DIR_NAME


def identity(path: str | Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path` (following symlinks), None when it does not exist."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def inode_lock_path(path: str | Path) -> Path | None:
    """The device+inode lock of the file at `path` (None when it does not exist yet)."""
    ident = identity(path)
    if ident is None:
        return None
    return inode_dir() / f"{ident[0]:x}-{ident[1]:x}.lock"


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
        self._inode: tuple[Path, filelock.BaseFileLock] | None = None
        self.info: dict = {}

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.is_locked

    def release(self) -> None:
        if self._lock is None:
            return
        lock, self._lock = self._lock, None
        if self._inode is not None:
            ipath, ilock = self._inode
            self._inode = None
            with contextlib.suppress(OSError):
                Path(f"{ipath}.json").unlink()
            with contextlib.suppress(OSError):
                os.unlink(ipath)
            ilock.release()
        with contextlib.suppress(OSError):
            self._info.unlink()
        if isinstance(lock, filelock.UnixFileLock):
            # filelock leaves the lock file on POSIX; removing it while still holding the lock is
            # safe (a contender that locked the old inode sees it unlinked and does not count it).
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        lock.release()

    def bind_inode(self, path: str | Path, info: dict | None = None) -> None:
        """Also lock the file by device+inode (refused when any other name of it is locked).

        Called by `acquire`; call it again after creating the file when the lock was taken
        before the file existed. Without a usable lock folder (a foreign, locked-down temp
        folder) the lock beside the file still holds."""
        if self._inode is not None:
            return
        ipath = inode_lock_path(path)
        if ipath is None:
            return
        folder = ipath.parent
        try:
            if not folder.is_dir():
                folder.mkdir(exist_ok=True)
                with contextlib.suppress(OSError):
                    os.chmod(folder, 0o1777)  # shared by every user of this computer, like /tmp
        except OSError:
            return
        name = Path(path).name
        for _attempt in range(3):
            lock = filelock.FileLock(ipath, timeout=0, blocking=False, thread_local=False,
                                     mode=0o666)
            try:
                lock.acquire()
            except filelock.Timeout:
                continue
            except OSError:
                return
            self._inode = (ipath, lock)
            _write_info(Path(f"{ipath}.json"),
                        {**(info or self.info), "path": str(Path(path).resolve())})
            return
        raise _in_use(name, _inode_holder(ipath) or holder_of(path))

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
        held = Lock(lp, lock, info_path(path))
        held.info = info
        try:
            held.bind_inode(path, info)
        except BaseException:
            held.release()
            raise
        _write_info(info_path(path), info)
        return held
    raise _in_use(name, holder_of(path))


def _in_use(name: str, who: dict) -> FileInUseError:
    holder = who.get("author") or who.get("user") or "someone"
    where = f" on {who['host']}" if who.get("host") else ""
    return FileInUseError(
        f"{name} is already open for editing by {holder}{where}. You can open it read-only.", who,
        "in_use", name=name, who=holder, host=who.get("host") or "")


def _inode_holder(ipath: Path) -> dict:
    try:
        info = json.loads(Path(f"{ipath}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}
