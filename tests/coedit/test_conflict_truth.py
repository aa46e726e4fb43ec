"""Issue 20 cases 1-4: conflicts listed for every delivery order, exactly the concurrent
values and their authors, children of a concurrently deleted parent kept, and copies with
unrelated history refused. Each author has their own copy of the shared folder."""

from __future__ import annotations

import json

import pytest

from db.coedit.sync_folder import merge_copy
from db.crdt import conflicts as queue
from db.crdt.document import CONFLICTS, DELETED
from db.crdt.merge import apply_remote_update, store_rows
from db.errors import CoeditError
from db.interchange import export_document, import_document
from db.ops import Create, Delete, Update
from db.store import RoadmapStore
from tests.coedit.cloud import Cloud
from tests.coedit.coedit_helpers import conflict_fields, doc_matches_tables
from tests.helpers import basic_rows, sha256


def _records(store) -> list[dict]:
    return [json.loads(v) for v in store.crdt.map(CONFLICTS).values()]


def _converged(cloud: Cloud) -> None:
    first = store_rows(cloud.stores[0])
    listed = conflict_fields(cloud.stores[0])
    for s in cloud.stores:
        assert store_rows(s) == first
        assert doc_matches_tables(s)
        assert conflict_fields(s) == listed
        assert s.integrity_check() == ["ok"]


@pytest.mark.parametrize("late", ["b_late", "b_first"])
def test_late_delivery_still_lists_the_same_field_conflict(tmp_path, late):
    """Case 1: C's unrelated edit reaches A first; B's same-field edit arrives later."""
    cloud = Cloud(tmp_path, 3, basic_rows)
    a, b, c = cloud.stores
    a.apply([Update("action", "a1", {"title": "A's title"})])
    b.apply([Update("action", "a1", {"title": "B's title"})])
    c.apply([Update("partner", "p2", {"name": "C renamed"})])
    cloud.sync(1)
    cloud.sync(2)
    if late == "b_late":
        cloud.deliver(2, 0)
        cloud.sync(0)           # A's sync now already holds A's own unseen edit
        cloud.deliver(1, 0)
        cloud.sync(0)
    else:
        cloud.deliver(1, 0)
        cloud.sync(0)
        cloud.deliver(2, 0)
        cloud.sync(0)
    cloud.everything()
    _converged(cloud)
    groups = [g for g in queue.open_conflicts(a) if g.field == "title"]
    assert len(groups) == 1
    g = groups[0]
    assert sorted(g.values) == ["A's title", "B's title"]       # not the base value
    assert sorted(g.authors) == ["Author 0", "Author 1"]        # C never touched it
    assert g.base == "Sensorplatform"
    assert conflict_fields(a) == {("action", "a1", "title")}    # nothing else listed
    assert a.get("partner", "p2")["name"] == "C renamed"
    cloud.close()


def test_late_delivery_still_lists_edit_of_a_deleted_row(tmp_path):
    cloud = Cloud(tmp_path, 3, basic_rows)
    a, b, c = cloud.stores
    a.apply([Delete("action", "a2")])
    b.apply([Update("action", "a2", {"title": "B kept working on it"})])
    c.apply([Update("partner", "p2", {"name": "C renamed"})])
    cloud.sync(1)
    cloud.sync(2)
    cloud.deliver(2, 0)
    cloud.sync(0)
    cloud.deliver(1, 0)
    cloud.sync(0)
    cloud.everything()
    _converged(cloud)
    assert conflict_fields(a) == {("action", "a2", DELETED)}
    (g,) = queue.open_conflicts(a)
    assert g.kind == "deleted" and g.edited == {"title": "B kept working on it"}
    assert sorted(g.authors) == ["Author 0", "Author 1"]
    # nothing lost: the edit is in the document and can be restored
    assert a.crdt.flatten()["action"]["a2"]["title"] == "B kept working on it"
    cloud.close()


def test_three_concurrent_values_one_group_only_real_authors(tmp_path):
    cloud = Cloud(tmp_path, 4, basic_rows)
    for k, s in enumerate(cloud.stores[:3]):
        s.apply([Update("partner", "p1", {"name": f"name {k}"})])
    cloud.stores[3].apply([Update("action", "a2", {"status": "done"})])
    for order in ([2, 1, 0, 3], [3, 0, 1, 2]):
        for i in order:
            cloud.sync(i)
            for j in order:
                if j != i:
                    cloud.deliver(i, j)
    cloud.everything()
    _converged(cloud)
    (g,) = queue.open_conflicts(cloud.stores[3])
    assert g.values == ["name 0", "name 1", "name 2"]
    assert g.authors == ["Author 0", "Author 1", "Author 2"]
    assert len(_records(cloud.stores[3])) == 1      # one record, however many found it
    cloud.close()


def test_taking_turns_and_duplicates_and_old_files_list_nothing(tmp_path):
    cloud = Cloud(tmp_path, 3, basic_rows)
    a, b, c = cloud.stores
    old_a = cloud.own_file(0).read_bytes()
    a.apply([Update("action", "a1", {"title": "first"})])
    cloud.sync(0)
    cloud.deliver(0, 1)
    cloud.sync(1)
    b.apply([Update("action", "a1", {"title": "second, after reading first"})])
    cloud.sync(1)
    cloud.deliver(1, 2)
    cloud.deliver(0, 2, old_a)    # an old version re-delivered after the new one
    cloud.sync(2)
    cloud.deliver(0, 2)
    cloud.sync(2)
    cloud.everything()
    _converged(cloud)
    assert conflict_fields(a) == set()
    assert c.get("action", "a1")["title"] == "second, after reading first"
    cloud.close()


def test_action_added_under_a_concurrently_deleted_value_chain_is_kept(tmp_path):
    """Case 2: the child is never dropped; the parent comes back with a conflict entry."""
    cloud = Cloud(tmp_path, 2, basic_rows)
    a, b = cloud.stores
    a.apply([Delete("value_chain", "vc1")])
    assert a.get("action", "a1") is None   # cascaded
    b.apply([Create("action", {"title": "Nieuwe actie", "value_chain_id": "vc1"}, id="a3")])
    cloud.everything()
    _converged(cloud)
    for s in cloud.stores:
        assert s.get("action", "a3")["title"] == "Nieuwe actie"
        assert s.get("value_chain", "vc1") is not None          # restored
        assert s.get("action", "a1") is None                    # A's delete of the others holds
    (g,) = queue.open_conflicts(a)
    assert g.kind == "restored" and g.entity == "value_chain" and g.row == "vc1"
    assert g.edited["added"] == ["action:a3"]
    assert sorted(g.authors) == ["Author 0", "Author 1"]
    cloud.close()


def test_copy_with_same_id_but_unrelated_history_is_refused(tmp_path):
    """Case 4: a JSON export/import copy is not merged field by field."""
    a = RoadmapStore.create(tmp_path / "a.roadmap")
    basic_rows(a)
    copy = import_document(export_document(a), tmp_path / "copy.roadmap")
    assert copy.roadmap_id == a.roadmap_id
    for i in range(10):
        a.apply([Create("partner", {"name": f"A {i}"}, id=f"pa{i}")])
        copy.apply([Update("action", "a1", {"title": f"copy {i}"})])
    copy.close()
    before = store_rows(a)
    digest = sha256(tmp_path / "copy.roadmap")
    with pytest.raises(CoeditError, match="not its history"):
        merge_copy(a, tmp_path / "copy.roadmap", author="A", device="aaaaaaaaaaaa")
    assert store_rows(a) == before                      # nothing reverted
    assert sha256(tmp_path / "copy.roadmap") == digest
    a.close()


def test_apply_remote_update_public_entry_point_with_a_delta(tmp_path):
    """The function the live provider calls: a Yjs delta from author X, conflicts listed."""
    a = RoadmapStore.create(tmp_path / "a.roadmap")
    basic_rows(a)
    a.crdt.author = "Alice"
    b = RoadmapStore.create(tmp_path / "b.roadmap", roadmap_id=a.roadmap_id, seed_state=a.crdt.state())
    from db.crdt.merge import materialize_into
    materialize_into(b)
    b.crdt.author = "Bob"
    sv_b = b.crdt.state_vector()
    a.apply([Update("action", "a1", {"title": "Alice"})])
    b.apply([Update("action", "a1", {"title": "Bob"})])
    delta = b.crdt.doc.get_update(a.crdt.state_vector())
    result = apply_remote_update(a, delta, author="Bob")
    assert [(c["field"], c["values"], c["authors"]) for c in result.conflicts] == \
        [("title", ["Alice", "Bob"], ["Alice", "Bob"])]
    again = apply_remote_update(a, delta, author="Bob")   # a duplicate changes nothing
    assert again.conflicts == [] and not again.changed_document
    assert sv_b
    a.close()
    b.close()
