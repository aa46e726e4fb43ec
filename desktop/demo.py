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
