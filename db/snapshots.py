"""Verified snapshots and named revisions of a roadmap (Qt-free, no SQL of its own).

A snapshot is a complete copy of the roadmap file made with SQLite's backup API
(`RoadmapStore.backup_to`: temp file, quick_check, fsync, rename), then opened again and
checked with a full integrity_check before it counts. Automatic snapshots are rotated;
named revisions ("after workshop 2") are never removed automatically.

Restoring never overwrites the working file (that would fight the co-editing merge and
risks a stale WAL): `restore_ops` gives the edits that bring the roadmap back to the
snapshot, applied as ordinary, undoable edits that co-authors receive like any other.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from db import catalogue
from db.crdt.document import POSITION
from db.crdt.merge import Rows, diff_ops, store_rows
from db.errors import CorruptRoadmapError, RoadmapError, StorageFullError
from db.ops import Op

KEEP_RECENT = 12      # newest automatic snapshots kept
KEEP_DAILY_DAYS = 7   # plus the newest of each of the last 7 days
KEEP_WEEKLY = 4       # plus the newest of each of the last 4 weeks


@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    kind: str          # "auto" or "named"
    label: str
    created_at: dt.datetime

    def title(self) -> str:
        when = self.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{when} — {self.label}" if self.label else when


def folder_for(base: str | Path, roadmap_id: str) -> Path:
    """The snapshot folder of one roadmap under the app's data folder `base`."""
    return Path(base) / "snapshots" / re.sub(r"[^A-Za-z0-9_-]", "_", roadmap_id)


def _slug(label: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")[:40]


def take(store, folder: str | Path, *, kind: str = "auto", label: str = "") -> SnapshotInfo:
    """Make and verify a snapshot of `store` in `folder`; rotate automatic ones."""
    from db.store import RoadmapStore

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RoadmapError(f"Could not make the snapshot folder {folder}: "
                           f"{exc.strerror or exc}.") from None
    tidy(folder)
    now = dt.datetime.now(dt.UTC)
    stem = now.strftime("%Y%m%dT%H%M%S%fZ") + f"-{kind}" + (f"-{_slug(label)}" if label else "")
    target = folder / f"{stem}.roadmap"
    store.backup_to(target)
    try:
        with RoadmapStore.open(target, read_only=True) as check:
            result = check.integrity_check()
    except RoadmapError as exc:
        result = [str(exc)]
    if result != ["ok"]:
        _remove(target)
        raise CorruptRoadmapError(f"The snapshot could not be verified ({result[0]}); it was "
                                  "discarded. Your roadmap is unchanged.")
    meta = {"kind": kind, "label": label, "created_at": now.isoformat(),
            "source": store.path, "roadmap_id": store.roadmap_id}
    _write_meta(target, meta)
    info = SnapshotInfo(target, kind, label, now)
    if kind == "auto":
        rotate(folder)
    return info


def _write_meta(target: Path, meta: dict) -> None:
    """Write a snapshot's metadata atomically (a kill leaves the old state, never half)."""
    meta_path = target.with_suffix(".json")
    tmp = meta_path.with_name(f".{meta_path.name}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(meta, ensure_ascii=False))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, meta_path)
    except OSError as exc:
        for p in (tmp, target):
            try:
                os.unlink(p)
            except OSError:
                pass
        if exc.errno == 28:
            raise StorageFullError(f"The disk holding {folder_of(target)} is full; the snapshot "
                                   "was not kept. Your roadmap is unchanged.",
                                   "disk_full_snapshot",
                                   path=str(folder_of(target))) from None
        raise RoadmapError(f"Could not write the snapshot information {meta_path.name}: "
                           f"{exc.strerror or exc}.") from None


def folder_of(path: Path) -> Path:
    return Path(path).parent


#: what an interrupted snapshot leaves is left alone this long (it may still be written)
TIDY_AFTER_SECONDS = 60
_STEM = re.compile(r"^(\d{8}T\d{6}\d{6}Z)-(auto|named)(?:-(.*))?$")


def tidy(folder: str | Path, *, older_than: float = TIDY_AFTER_SECONDS) -> list[str]:
    """Clean up what interrupted snapshots left in `folder` (done before every snapshot).

    Temporary copies and journals are removed. A snapshot file without (readable)
    metadata - the snapshot was killed after its copy was renamed into place - is
    checked: when it is sound it is kept as the snapshot it was meant to be (an automatic
    one is then rotated like any other), otherwise removed. Returns a line per file handled."""
    from db.store import remove_stale_copies

    folder = Path(folder)
    done = [f"removed {p.name}" for p in remove_stale_copies(
        folder, patterns=(".routekaart-*.tmp", ".routekaart-*.tmp-journal", ".routekaart-*.tmp-wal",
                          ".routekaart-*.tmp-shm", ".*.json.tmp"),
        older_than=older_than)]
    now = dt.datetime.now().timestamp()
    try:
        candidates = sorted(folder.glob("*.roadmap"))
    except OSError:
        return done
    for p in candidates:
        meta_path = p.with_suffix(".json")
        try:
            json.loads(meta_path.read_text(encoding="utf-8"))["created_at"]
            continue  # a complete snapshot
        except (OSError, ValueError, KeyError, TypeError):
            pass
        try:
            if now - p.stat().st_mtime <= older_than:
                continue
        except OSError:
            continue
        for extra in (Path(f"{p}-journal"), Path(f"{p}-wal"), Path(f"{p}-shm")):
            if extra.exists():  # a half-finished copy: never adopt it
                _remove(p)
                extra.unlink(missing_ok=True)
                done.append(f"removed {p.name}")
                break
        else:
            line = _adopt(p)
            if line:
                done.append(line)
    return done


def _adopt(p: Path) -> str:
    """Keep snapshot file `p` (its metadata written again from its name) when it is sound,
    else remove it; the line saying which ("" when its metadata could not be written)."""
    from db.store import RoadmapStore

    m = _STEM.match(p.stem)
    ok = False
    if m:
        try:
            with RoadmapStore.open(p, read_only=True, check_wal=False) as check:
                ok = check.integrity_check() == ["ok"]
                roadmap_id = check.roadmap_id
        except RoadmapError:
            ok = False
    if ok and m is not None:
        created = dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%S%fZ").replace(
            tzinfo=dt.UTC)
        try:
            label = (m.group(3) or "").replace("-", " ")
            _write_meta(p, {"kind": m.group(2), "label": label,
                            "created_at": created.isoformat(),
                            "source": "", "roadmap_id": roadmap_id, "recovered": True})
            return f"kept {p.name}"
        except RoadmapError:
            pass
    else:
        _remove(p)
        return f"removed {p.name}"
    return ""


def _remove(path: Path) -> None:
    for p in (path, path.with_suffix(".json")):
        try:
            os.unlink(p)
        except OSError:
            pass


def listing(folder: str | Path) -> list[SnapshotInfo]:
    """Snapshots in `folder`, newest first."""
    out: list[SnapshotInfo] = []
    folder = Path(folder)
    if not folder.is_dir():
        return out
    for p in folder.glob("*.roadmap"):
        try:
            meta = json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))
            when = dt.datetime.fromisoformat(meta["created_at"])
        except (OSError, ValueError, KeyError):
            continue  # unfinished or foreign file
        out.append(SnapshotInfo(p, meta.get("kind", "auto"), meta.get("label", ""), when))
    return sorted(out, key=lambda s: s.created_at, reverse=True)


def rotate(folder: str | Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Remove automatic snapshots beyond the keep rules; return what was removed."""
    now = now or dt.datetime.now(dt.UTC)
    autos = [s for s in listing(folder) if s.kind == "auto"]
    keep = {s.path for s in autos[:KEEP_RECENT]}
    days: set = set()
    weeks: set = set()
    for s in autos:
        age = now - s.created_at
        day = s.created_at.date()
        week = s.created_at.isocalendar()[:2]
        if age <= dt.timedelta(days=KEEP_DAILY_DAYS) and day not in days:
            days.add(day)
            keep.add(s.path)
        if age <= dt.timedelta(weeks=KEEP_WEEKLY) and week not in weeks:
            weeks.add(week)
            keep.add(s.path)
    removed = [s.path for s in autos if s.path not in keep]
    for p in removed:
        _remove(p)
    return removed


def due(last: dt.datetime | None, minutes: int, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now(dt.UTC)
    return last is None or now - last >= dt.timedelta(minutes=max(1, minutes))


def _rows_of(path: str | Path) -> tuple[str, Rows]:
    from db.store import RoadmapStore

    with RoadmapStore.open(path, read_only=True) as s:
        return s.roadmap_id, store_rows(s)


def restore_ops(store, snapshot: str | Path) -> list[Op]:
    """The edits that make `store` look like `snapshot` again (apply them as new edits)."""
    snap_id, rows = _rows_of(snapshot)
    if snap_id != store.roadmap_id:
        raise RoadmapError("That snapshot belongs to another roadmap.")
    return diff_ops(store_rows(store), rows)


@dataclass
class Comparison:
    """What changed from snapshot A to snapshot B (each entry: entity, id, title, fields)."""

    added: list[tuple[str, str, str]]
    changed: list[tuple[str, str, str, tuple[str, ...]]]
    removed: list[tuple[str, str, str]]

    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def _title(entity: str, row: dict) -> str:
    e = catalogue.entity(entity)
    value = row.get(e.title_field) if e.title_field else None
    return str(value) if value else ""


def compare_rows(a: Rows, b: Rows) -> Comparison:
    added, changed, removed = [], [], []
    for e in catalogue.ENTITIES:
        ra, rb = a.get(e.name, {}), b.get(e.name, {})
        for row_id in sorted(set(rb) - set(ra)):
            added.append((e.name, row_id, _title(e.name, rb[row_id])))
        for row_id in sorted(set(ra) - set(rb)):
            removed.append((e.name, row_id, _title(e.name, ra[row_id])))
        for row_id in sorted(set(ra) & set(rb)):
            fields = tuple(k for k in rb[row_id]
                           if k != POSITION and ra[row_id].get(k) != rb[row_id].get(k))
            if fields:
                changed.append((e.name, row_id, _title(e.name, rb[row_id]), fields))
    return Comparison(added, changed, removed)


def compare(a: str | Path, b: str | Path) -> Comparison:
    """Compare two snapshot files (A older, B newer)."""
    return compare_rows(_rows_of(a)[1], _rows_of(b)[1])
