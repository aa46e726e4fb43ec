"""One focused test per bug the adversarial schedules found (tests/coedit/schedules.py;
the seed that found it is named). Each author has their own copy of the shared folder."""

from __future__ import annotations

import json

import pytest

from db.crdt import conflicts as queue
from db.crdt.document import CONFLICTS, DELETED, SEP
from db.crdt.merge import store_rows
from db.ops import Create, Delete, Update
from db.store import RoadmapStore
from tests.coedit.cloud import Cloud
from tests.coedit.coedit_helpers import doc_matches_tables
from tests.coedit.schedules import BAD, fill, run_schedule


def _records(store) -> dict[tuple[str, str, str], dict]:
    out = {}
    for key, text in store.crdt.map(CONFLICTS).items():
        ent, row, fld = key.split(SEP)[:3]
        out[(ent, row, fld)] = json.loads(text)
    return out


def _converged(cloud: Cloud) -> dict:
    first = store_rows(cloud.stores[0])
    recs = _records(cloud.stores[0])
    for s in cloud.stores:
        assert store_rows(s) == first
        assert doc_matches_tables(s)
        assert _records(s) == recs
        assert s.integrity_check() == ["ok"]
    return recs


def test_reference_set_to_a_row_deleted_at_the_same_time_is_listed(tmp_path):
    """Seed 12: B linked an action to a programme A deleted; the link read as empty and
    nothing was listed. Now: listed on the programme ("deleted while linked to"), and
    restoring the programme brings the link back."""
    cloud = Cloud(tmp_path, 2, fill)
    a, b = cloud.stores
    a.apply([Delete("programme", "g1")])
    b.apply([Update("action", "a0", {"programme_id": "g1"})])
    cloud.everything()
    recs = _converged(cloud)
    assert a.get("action", "a0")["programme_id"] is None
    assert set(recs) == {("programme", "g1", DELETED)}
    rec = recs[("programme", "g1", DELETED)]
    assert rec["kind"] == "deleted" and rec["linked"] == ["action:a0:programme_id"]
    assert rec["authors"] == ["Author 0", "Author 1"] and rec["deleted_by"] == ["Author 0"]
    (g,) = queue.open_conflicts(a)
    a.apply(queue.restore_ops(a, g))
    assert a.get("programme", "g1") is not None
    assert a.get("action", "a0")["programme_id"] == "g1"
    assert doc_matches_tables(a)
    cloud.close()


def test_grandparent_chain_is_restored_and_every_restored_row_is_listed(tmp_path):
    """Seeds 34, 56: A deleted a value chain (its actions went with it) while B linked two
    of those actions by a new dependency and added a programme with an action in it. The
    actions were kept but the value chain's "restored" record was missing."""
    cloud = Cloud(tmp_path, 3, fill)
    a, b, c = cloud.stores
    a.apply([Delete("value_chain", "vc0")])
    assert a.get("action", "a2") is None
    b.apply([Create("dependency", {"from_action_id": "a2", "to_action_id": "a4"}, id="dn"),
             Create("programme", {"name": "Nieuw programma", "value_chain_id": "vc0"}, id="gn"),
             Create("action", {"title": "In het programma", "value_chain_id": "vc0",
                               "programme_id": "gn"}, id="an")])
    c.apply([Update("partner", "p2", {"name": "C renamed"})])
    cloud.everything()
    recs = _converged(cloud)
    for s in cloud.stores:
        assert s.get("dependency", "dn") is not None
        assert s.get("action", "a2") and s.get("action", "a4")      # kept by the dependency
        assert s.get("value_chain", "vc0") is not None              # kept by the actions
        assert s.get("action", "an")["programme_id"] == "gn"
        assert s.get("action", "a0") is None                        # A's delete of the rest holds
        assert s.get("dependency", "d0") is None
    kinds = {k: r["kind"] for k, r in recs.items()}
    assert kinds == {("action", "a2", DELETED): "restored", ("action", "a4", DELETED): "restored",
                     ("value_chain", "vc0", DELETED): "restored"}
    vc = recs[("value_chain", "vc0", DELETED)]
    assert {"action:a2", "action:a4", "action:an", "programme:gn"} <= set(vc["added"])
    assert recs[("action", "a2", DELETED)]["added"] == ["dependency:dn"]
    cloud.close()


def test_one_delete_that_clears_two_references_of_a_row_records_both(tmp_path):
    """Seed 142: deleting a value chain cleared an action's lane and programme; only the
    first was recorded in the co-editing document, so a concurrent edit of the other was
    never listed. Also a batch of two updates to one row."""
    s = RoadmapStore.create(tmp_path / "one.roadmap")
    fill(s)
    s.apply([Update("action", "a0", {"lane_id": "l1", "programme_id": "g1"})])
    s.apply([Delete("value_chain", "vc1")])
    raw = s.crdt.flatten()["action"]["a0"]
    assert raw["lane_id"] is None and raw["programme_id"] is None
    s.apply([Update("action", "a0", {"title": "one"}), Update("action", "a0", {"status": "done"})])
    raw = s.crdt.flatten()["action"]["a0"]
    assert (raw["title"], raw["status"]) == ("one", "done")
    assert doc_matches_tables(s)
    s.close()


def test_dependency_left_out_by_a_cycle_across_authors_is_listed(tmp_path):
    """Seed 67: two authors each added one half of a cycle; one dependency was left out
    with only a status-bar problem, no conflict."""
    cloud = Cloud(tmp_path, 2, fill)
    a, b = cloud.stores
    a.apply([Create("dependency", {"from_action_id": "a1", "to_action_id": "a3"}, id="dx")])
    b.apply([Create("dependency", {"from_action_id": "a3", "to_action_id": "a1"}, id="dy")])
    cloud.everything()
    recs = _converged(cloud)
    assert a.get("dependency", "dx") is not None and a.get("dependency", "dy") is None
    assert set(recs) == {("dependency", "dy", DELETED)}
    assert recs[("dependency", "dy", DELETED)]["kind"] == "cycle"
    assert recs[("dependency", "dy", DELETED)]["authors"] == ["Author 1"]
    (g,) = queue.open_conflicts(b)
    assert g.kind == "cycle"
    cloud.close()


def test_restored_row_that_was_also_edited_is_one_restored_record(tmp_path):
    """Seed 19: a value chain renamed and given a new action while another author
    deleted it was listed as "deleted" although it was shown again."""
    cloud = Cloud(tmp_path, 2, fill)
    a, b = cloud.stores
    a.apply([Delete("value_chain", "vc1")])
    b.apply([Update("value_chain", "vc1", {"name": "Hernoemd"}),
             Create("action", {"title": "Nieuw", "value_chain_id": "vc1"}, id="an")])
    cloud.everything()
    recs = _converged(cloud)
    rec = recs[("value_chain", "vc1", DELETED)]
    assert rec["kind"] == "restored" and rec["edited"] == {"name": "Hernoemd"}
    assert rec["added"] == ["action:an"]
    assert a.get("value_chain", "vc1")["name"] == "Hernoemd"
    cloud.close()


def test_conflict_seen_in_part_of_the_history_is_withdrawn_when_the_rest_arrives(tmp_path):
    """A record found from an early file of A and B's edit is corrected when A's later
    edit arrives: both ended with the same value, so nothing is listed; with a different
    value, only the values that still compete are listed."""
    cloud = Cloud(tmp_path, 3, fill)
    a, b, c = cloud.stores
    a.apply([Update("action", "a0", {"status": "done", "title": "A first"})])
    cloud.sync(0)
    cloud.deliver(0, 2)                     # C gets A's first file only
    a.apply([Update("action", "a0", {"status": "ongoing", "title": "A second"})])
    cloud.sync(0)
    b.apply([Update("action", "a0", {"status": "ongoing", "title": "B"})])
    cloud.sync(1)
    cloud.deliver(1, 2)
    cloud.sync(2)
    early = _records(c)
    assert early[("action", "a0", "status")]["values"] == ["done", "ongoing"]
    assert early[("action", "a0", "title")]["values"] == ["A first", "B"]
    cloud.everything()
    recs = _converged(cloud)
    assert ("action", "a0", "status") not in recs               # both ended with "ongoing"
    assert recs[("action", "a0", "title")]["values"] == ["A second", "B"]
    assert recs[("action", "a0", "title")]["authors"] == ["Author 0", "Author 1"]
    cloud.close()


@pytest.mark.parametrize("seed", [12, 19, 31, 67, 76, 142, 467])
def test_the_seed_that_found_it(tmp_path, seed):
    r = run_schedule(tmp_path, seed)
    assert {k: r[k] for k in BAD} == {k: 0 for k in BAD}, r["details"]


def test_edits_made_before_the_first_merge_carry_the_authors_name(tmp_path):
    """Found by the review dialog test: a co-author who joined and edited before any file
    of the others had arrived was recorded without a name, so the conflict named nobody."""
    from db.coedit.sync_folder import SharedFolder, device_for
    from tests.helpers import basic_rows

    me = RoadmapStore.create(tmp_path / "me.roadmap")
    basic_rows(me)
    mine = SharedFolder(tmp_path / "share", author="Me", device="aaaaaaaaaaaa")
    mine.share(me)
    bob = SharedFolder.join(tmp_path / "share", tmp_path / "bob.roadmap", author="Bob",
                            device="bbbbbbbbbbbb")
    me.apply([Update("action", "a1", {"title": "Mine"})])
    bob.apply([Update("action", "a1", {"title": "Bob's"})])
    SharedFolder(tmp_path / "share", author="Bob", device=device_for(bob, "bbbbbbbbbbbb")).sync(bob)
    mine.sync(me)
    (g,) = queue.open_conflicts(me)
    assert g.authors == ["Bob", "Me"]
    me.close()
    bob.close()


def test_deleting_a_restored_row_is_an_edit_of_its_own(tmp_path):
    """Seed 467: a row shown again (restored) and then deleted was not recorded as deleted
    (the document already said so), so an edit made at the same time un-deleted it and
    the delete was lost without a conflict."""
    cloud = Cloud(tmp_path, 3, fill)
    a, b, c = cloud.stores
    a.apply([Delete("action", "a1")])
    b.apply([Create("action_partner", {"action_id": "a1", "partner_id": "p2"}, id="apn")])
    cloud.everything()
    assert all(s.get("action", "a1") is not None for s in cloud.stores)   # restored
    b.apply([Delete("action", "a1")])                  # B deletes it (and its partner row)
    c.apply([Update("action", "a1", {"title": "C still works on it"})])
    cloud.everything()
    recs = _converged(cloud)
    rec = recs[("action", "a1", DELETED)]
    assert "Author 1" in rec["deleted_by"] and "Author 2" in rec["edited_by"]
    assert rec["edited"]["title"] == "C still works on it"
    cloud.close()
