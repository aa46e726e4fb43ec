"""Making a fresh copy of the bundled demo roadmap (Qt-free)."""

from __future__ import annotations

from pathlib import Path

from db.interchange import import_document, load_json
from db.store import RoadmapStore
from desktop.paths import demo_json


def fresh_demo(target: Path) -> RoadmapStore:
    """Import the bundled demo into a new roadmap file at `target` (replacing an older copy)."""
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        p.unlink(missing_ok=True)
    return import_document(load_json(demo_json()), target)


def free_demo_path(folder: Path) -> Path:
    """demo.roadmap in `folder`, or demo-2.roadmap, ... when another Routekaart has the
    earlier ones open (a fresh demo copy must never replace a file in use)."""
    from db.errors import FileInUseError
    from db.locking import acquire

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(1, 100):
        path = folder / ("demo.roadmap" if i == 1 else f"demo-{i}.roadmap")
        try:
            lock = acquire(path)
        except FileInUseError:
            continue
        lock.release()
        return path
    raise FileInUseError(f"every demo copy in {folder} is in use")
