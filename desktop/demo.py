"""Making a fresh copy of the bundled demo roadmap (Qt-free)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from db.interchange import import_document, load_json
from db.store import RoadmapStore
from desktop.domain.paths import demo_json


def fresh_demo(target: Path, *, cache: Path | None = None) -> RoadmapStore:
    """A new roadmap file at `target` (replacing an older copy) with the bundled demo.

    With `cache` (a folder), the imported demo is kept there as a closed template file,
    named after the demo's content and the schema version, and later copies are plain file
    copies of it: much quicker than importing the JSON again. The copy gets its own
    co-editing identity when opened, like any file.
    """
    target = Path(target)
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        p.unlink(missing_ok=True)
    if cache is None:
        return import_document(load_json(demo_json()), target)
    template = _template(Path(cache))
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(template, tmp)
    os.replace(tmp, target)
    return RoadmapStore.open(target)


def _template(cache: Path) -> Path:
    import hashlib

    from db.migrations import SCHEMA_VERSION

    digest = hashlib.sha256(demo_json().read_bytes()).hexdigest()[:12]
    template = cache / f"demo-template-{digest}-v{SCHEMA_VERSION}.roadmap"
    if not template.exists():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / f".{template.name}.{os.getpid()}.tmp"
        import_document(load_json(demo_json()), tmp).close()  # closed: WAL checkpointed
        for extra in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            extra.unlink(missing_ok=True)
        os.replace(tmp, template)
        for old in cache.glob("demo-template-*.roadmap"):
            if old != template:
                old.unlink(missing_ok=True)
    return template


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
