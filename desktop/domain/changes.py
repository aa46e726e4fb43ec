"""What changed since a revision, in words for the app and the report (Qt-free).

Builds on `db.snapshots.Comparison` (rows added, changed, removed between two versions of
a roadmap). Objectives, actions and KPIs come first, as they matter most to a board;
bookkeeping rows (status history, snapshots) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from db import catalogue
from db.snapshots import Comparison

FIRST = ("objective", "action", "kpi", "kpi_measurement", "vision", "value_chain", "programme",
         "dependency", "risk", "commitment")
SKIP = {"snapshot", "action_status_event"}
KIND_ORDER = {"added": 0, "changed": 1, "removed": 2}


@dataclass(frozen=True)
class ChangeLine:
    kind: str        # added | changed | removed
    entity: str
    row_id: str
    entity_label: str
    what: str        # the row's title, with the changed fields for "changed"


def _order(entity: str) -> int:
    return FIRST.index(entity) if entity in FIRST else len(FIRST)


def change_lines(c: Comparison, lang: str) -> list[ChangeLine]:
    out = []
    for kind, items in (("added", c.added), ("removed", c.removed)):
        for entity, row_id, title in items:
            if entity in SKIP:
                continue
            e = catalogue.entity(entity)
            out.append(ChangeLine(kind, entity, row_id, e.label(lang), title or row_id[:8]))
    for entity, row_id, title, fields in c.changed:
        if entity in SKIP:
            continue
        e = catalogue.entity(entity)
        labels = ", ".join(e.by_name[f].label(lang) for f in fields if f in e.by_name)
        out.append(ChangeLine("changed", entity, row_id, e.label(lang),
                              f"{title or row_id[:8]}: {labels}" if labels else (title or row_id[:8])))
    out.sort(key=lambda x: (_order(x.entity), x.entity, KIND_ORDER[x.kind], x.what.casefold()))
    return out


def report_rows(lines: list[ChangeLine]) -> list[tuple[str, str, str]]:
    """(kind, entity label, what) rows for the monitoring report's changes chapter."""
    return [(x.kind, x.entity_label, x.what) for x in lines]


def revisions(store) -> list:
    """The snapshots and named revisions kept of `store`'s roadmap, newest first (none for a
    roadmap that has none; no folder is made by looking)."""
    from db import snapshots
    from desktop.domain.paths import data_dir

    return snapshots.listing(snapshots.folder_for(data_dir(create=False), store.roadmap_id))


def revision_choices(store) -> list:
    """Every revision of `store`'s roadmap to compare with, newest first: the snapshot
    files on disk and the `snapshot` rows kept in the file (`desktop.domain.revisions`)."""
    from db import snapshots
    from desktop.domain.paths import data_dir
    from desktop.domain.revisions import revision_refs

    return revision_refs(store.rows("snapshot"),
                         snapshots.folder_for(data_dir(create=False), store.roadmap_id))


def changes_since_revision(store, ref, lang: str) -> list[ChangeLine]:
    """What changed in `store` since the revision `ref` (a `RevisionRef`, either kind)."""
    if ref.path is not None:
        return changes_since_file(store, ref.path, lang)
    from db.crdt.merge import store_rows
    from db.errors import RoadmapError
    from db.snapshots import compare_rows
    from desktop.domain.revisions import doc_rows, load_revision

    rev = load_revision(ref, store.rows("snapshot"))
    if rev is None:
        raise RoadmapError("The content of this revision cannot be read as a roadmap.",
                           code="revision_unreadable")
    return change_lines(compare_rows(doc_rows(rev.doc), store_rows(store)), lang)


def changes_since_file(store, revision, lang: str) -> list[ChangeLine]:
    """What changed in `store` since the revision (snapshot) file `revision`."""
    from db.crdt.merge import store_rows
    from db.snapshots import _rows_of, compare_rows

    _, before = _rows_of(revision)
    return change_lines(compare_rows(before, store_rows(store)), lang)
