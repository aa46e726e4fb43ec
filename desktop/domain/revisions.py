"""Revisions of a roadmap to compare with, from both places they are kept (Qt-free).

A named revision lives either

* **on disk**, as a verified snapshot file in the app's snapshot folder of the roadmap
  (`db.snapshots`: what *Collaboration → Snapshots and revisions* makes), or
* **in the file**, as a `snapshot` row whose `content` is the roadmap JSON of that moment
  (what an imported roadmap JSON or a co-author's copy brings along).

The monitoring view's change list, the progress report dialog and the command line all
pick from `revision_refs`, so each place offers the same revisions and `revision_before`
chooses the same one for a reporting year.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from db import catalogue
from db.crdt.merge import POSITION

#: bookkeeping a comparison leaves out
SKIP = {"snapshot", "action_status_event"}


@dataclass(frozen=True)
class Revision:
    """A loaded revision: its name, when it was made (ISO text) and its roadmap document."""

    name: str
    created_at: str
    doc: dict


@dataclass(frozen=True)
class RevisionRef:
    """Where a revision is kept: a snapshot file (`path`) or a snapshot row (`row_id`)."""

    name: str
    created_at: str          # ISO date-time, local time for files
    kind: str                # "named" or "auto"
    path: str | None = None
    row_id: str | None = None

    @property
    def in_file(self) -> bool:
        return self.row_id is not None

    def title(self) -> str:
        when = self.created_at[:16].replace("T", " ")
        return f"{when} — {self.name}" if self.name else when

    @property
    def key(self) -> str:
        return f"row:{self.row_id}" if self.row_id else f"file:{self.path}"


def _file_refs(folder: str | Path | None) -> list[RevisionRef]:
    if folder is None:
        return []
    from db import snapshots

    out = []
    for info in snapshots.listing(folder):
        made = info.created_at.astimezone().replace(tzinfo=None) if info.created_at.tzinfo else info.created_at
        out.append(RevisionRef(info.label, made.isoformat(timespec="seconds"), info.kind, path=str(info.path)))
    return out


def _row_refs(rows) -> list[RevisionRef]:
    out = []
    for s in rows or []:
        if not isinstance(s, Mapping) or not s.get("content"):
            continue
        out.append(RevisionRef(s.get("name") or "", s.get("created_at") or "", s.get("kind") or "named",
                               row_id=s.get("id")))
    return out


def revision_refs(snapshot_rows, folder: str | Path | None, *, named_only: bool = False) -> list[RevisionRef]:
    """Every revision of a roadmap, newest first: the `snapshot` rows in the file that carry
    content, and the snapshot files in `folder` (None: none on disk)."""
    refs = _row_refs(snapshot_rows) + _file_refs(folder)
    if named_only:
        refs = [r for r in refs if r.kind == "named"]
    return sorted(refs, key=lambda r: r.created_at, reverse=True)


def revision_before(refs: list[RevisionRef], year: int) -> RevisionRef | None:
    """The newest named revision made before `year` began."""
    best = None
    for r in refs:
        if r.kind != "named" or not r.created_at or r.created_at[:4] >= str(year):
            continue
        if best is None or r.created_at > best.created_at:
            best = r
    return best


def load_revision(ref: RevisionRef, snapshot_rows=None) -> Revision | None:
    """The revision's roadmap document; None when its content cannot be read as one.
    Raises `RoadmapError` for a snapshot file that cannot be opened."""
    if ref.row_id is not None:
        row = next((s for s in snapshot_rows or [] if isinstance(s, Mapping) and s.get("id") == ref.row_id), None)
        try:
            content = json.loads(row["content"]) if row else None
        except (TypeError, ValueError):
            return None
        return Revision(ref.name, ref.created_at, content) if isinstance(content, dict) else None
    from db.interchange import export_document
    from db.store import RoadmapStore

    if ref.path is None:  # neither a row nor a file: nothing to read
        return None
    with RoadmapStore.open(ref.path, read_only=True) as s:
        return Revision(ref.name, ref.created_at, export_document(s))


def revision_from_file(path: str | Path) -> Revision:
    """A revision read from a roadmap file (a snapshot) or a roadmap JSON file."""
    from db.interchange import export_document, load_json
    from db.store import RoadmapStore

    p = Path(path)
    if p.suffix.lower() == ".json":
        doc = load_json(p)
    else:
        with RoadmapStore.open(p, read_only=True) as s:
            doc = export_document(s)
    return Revision(p.stem, dt.datetime.fromtimestamp(p.stat().st_mtime).isoformat(timespec="seconds"), doc)


def doc_rows(doc: Mapping) -> dict:
    """A roadmap document's rows in the shape `db.snapshots.compare_rows` takes."""
    out = {}
    for e in catalogue.ENTITIES:
        if e.name in SKIP:
            continue
        rows = doc.get(e.name)
        rows = ([rows] if rows else []) if e.singleton else (rows or [])
        out[e.name] = {r["id"]: {POSITION: float(i), **{f.name: r.get(f.name) for f in e.fields}}
                       for i, r in enumerate(rows) if isinstance(r, dict) and "id" in r}
    return out


def choose_revision(doc: Mapping, folder: str | Path | None, year: int) -> Revision | None:
    """The revision a progress report on `year` compares with: the newest named one made
    before that year, wherever it is kept. A revision that cannot be read is skipped."""
    from db.errors import RoadmapError

    refs = revision_refs(doc.get("snapshot"), folder, named_only=True)
    while refs:
        ref = revision_before(refs, year)
        if ref is None:
            return None
        try:
            rev = load_revision(ref, doc.get("snapshot"))
        except RoadmapError:
            rev = None
        if rev is not None:
            return rev
        refs = [r for r in refs if r is not ref]
    return None


def snapshot_folder(doc: Mapping) -> Path | None:
    """The app's snapshot folder of the roadmap in `doc` (not made by looking)."""
    from db import snapshots
    from desktop.domain.paths import data_dir

    roadmap_id = (doc.get("roadmap") or {}).get("id")
    return snapshots.folder_for(data_dir(create=False), roadmap_id) if roadmap_id else None
