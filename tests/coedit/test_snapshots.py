"""Verified snapshots, rotation, named revisions, restore as new edits, compare."""

from __future__ import annotations

import datetime as dt

from db import snapshots
from db.crdt.merge import store_rows
from db.ops import Create, Delete, Update
from db.store import RoadmapStore
from tests.coedit.coedit_helpers import doc_matches_tables
from tests.helpers import basic_rows


def test_snapshot_is_verified_listed_and_restored_as_new_edits(tmp_path, file_store):
    basic_rows(file_store)
    folder = snapshots.folder_for(tmp_path / "data", file_store.roadmap_id)
    first = snapshots.take(file_store, folder, kind="named", label="after workshop 2")
    with RoadmapStore.open(first.path, read_only=True) as copy:
        assert copy.integrity_check() == ["ok"]
    file_store.apply([Update("action", "a1", {"title": "changed"}), Delete("action", "a2"),
                      Create("partner", {"name": "later"}, id="p9")])
    second = snapshots.take(file_store, folder)
    infos = snapshots.listing(folder)
    assert [i.path for i in infos] == [second.path, first.path]
    assert infos[1].label == "after workshop 2" and "after workshop 2" in infos[1].title()
    cmp = snapshots.compare(first.path, second.path)
    assert [a[1] for a in cmp.added] == ["p9"]
    assert [r[1] for r in cmp.removed] == ["a2"]
    assert ("action", "a1") in {(c[0], c[1]) for c in cmp.changed}
    ops = snapshots.restore_ops(file_store, first.path)
    change = file_store.apply(ops)
    assert file_store.get("action", "a1")["title"] == "Sensorplatform"
    assert file_store.get("action", "a2") is not None and file_store.get("partner", "p9") is None
    assert snapshots.compare_rows(snapshots._rows_of(first.path)[1],
                                  store_rows(file_store)).is_empty()
    assert doc_matches_tables(file_store)  # the restore is recorded for co-authors too
    file_store.apply(change.inverse)  # and it can be undone
    assert file_store.get("partner", "p9") is not None


def test_rotation_keeps_named_revisions_and_recent_snapshots(tmp_path, file_store):
    folder = tmp_path / "snaps"
    named = snapshots.take(file_store, folder, kind="named", label="keep me")
    for _ in range(snapshots.KEEP_RECENT + 5):
        snapshots.take(file_store, folder)
    autos = [s for s in snapshots.listing(folder) if s.kind == "auto"]
    assert len(autos) == snapshots.KEEP_RECENT
    assert named.path.exists()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=60)
    snapshots.rotate(folder, now=later)
    assert named.path.exists()
    assert snapshots.due(None, 15) and not snapshots.due(dt.datetime.now(dt.UTC), 15)
