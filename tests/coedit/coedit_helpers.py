"""Shared helpers of the co-editing tests."""

from __future__ import annotations

from db.crdt.document import SEP
from db.crdt.merge import materialize, store_rows


def doc_matches_tables(store) -> bool:
    """The CRDT document shows exactly the rows the tables hold."""
    rows, _problems = materialize(store.crdt.flatten(), store.roadmap_id)
    return rows == store_rows(store)


def conflict_fields(store) -> set[tuple[str, str, str]]:
    """(entity, row, field) of every conflict record in the document."""
    out = set()
    for key in store.crdt.map("_conflicts").keys():
        entity, row, field = key.split(SEP)[:3]
        out.add((entity, row, field))
    return out


def shared_pair(tmp_path):
    """Alice's roadmap (basic rows) shared in tmp_path/share and Bob's copy joined from it:
    (alice store, alice folder, bob store, bob folder). Close both stores when done."""
    from db.coedit.sync_folder import SharedFolder, device_for
    from db.store import RoadmapStore
    from tests.helpers import basic_rows

    a = RoadmapStore.create(tmp_path / "alice.roadmap")
    basic_rows(a)
    fa = SharedFolder(tmp_path / "share", author="Alice", device="aaaaaaaaaaaa",
                      quarantine=tmp_path / "quarantine")
    fa.share(a)
    b = SharedFolder.join(tmp_path / "share", tmp_path / "bob.roadmap", author="Bob",
                          device="bbbbbbbbbbbb", quarantine=tmp_path / "quarantine")
    fb = SharedFolder(tmp_path / "share", author="Bob", device=device_for(b, "bbbbbbbbbbbb"),
                      quarantine=tmp_path / "quarantine")
    return a, fa, b, fb
