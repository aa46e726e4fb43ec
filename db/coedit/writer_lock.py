"""Open a roadmap as its one writer: the single-writer lock (db/locking.py) first, then the
file, whose stray -wal is checked because the lock says no other writer can have it open."""

from __future__ import annotations

from pathlib import Path

from db.locking import Lock, acquire
from db.store import RoadmapStore


def open_locked(path: str | Path, *, author: str = "") -> tuple[RoadmapStore, Lock]:
    """Open `path` holding the single-writer lock: returns (store, lock).

    Raises db.errors.FileInUseError when another Routekaart has it open; the caller then
    offers `RoadmapStore.open(path, read_only=True)` (lock None).
    """
    lock = acquire(path, author=author)
    try:
        return RoadmapStore.open(path, check_wal=True), lock
    except BaseException:
        lock.release()
        raise
