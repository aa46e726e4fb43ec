"""The shared-folder workflow: share, join, sync, merge another copy, bad files, presence."""

from __future__ import annotations

import shutil

import pytest

from db.coedit.sync_folder import (
    SharedFolder,
    decode_state,
    device_for,
    encode_state,
    local_device,
    merge_copy,
)
from db.crdt.merge import store_rows
from db.errors import CoeditError
from db.ops import Create, Delete, Update
from db.store import RoadmapStore
from tests.coedit.coedit_helpers import conflict_fields, doc_matches_tables, shared_pair
from tests.helpers import basic_rows, sha256


def test_share_join_and_sync_both_ways_with_a_conflict(tmp_path):
    a, fa, b, fb = shared_pair(tmp_path)
    assert store_rows(a) == store_rows(b)
    seen = []
    a.apply([Update("action", "a1", {"title": "Alice 😀"}), Create("partner", {"name": "Nieuw"}, id="p3")])
    b.apply([Update("action", "a1", {"title": "Bob שלום"}), Update("action", "a2", {"status": "done"})])
    fa.sync(a)
    b.subscribe(seen.append)
    report = fb.sync(b)
    assert report.result.conflicts and report.files_read == 1
    assert seen and all(c.origin == "sync" for c in seen)  # listeners told, marked as sync
    fa.sync(a)
    assert store_rows(a) == store_rows(b)
    assert a.get("partner", "p3")["name"] == "Nieuw" == b.get("partner", "p3")["name"]
    assert a.get("action", "a2")["status"] == "done"
    assert ("action", "a1", "title") in conflict_fields(a) == conflict_fields(b)
    assert doc_matches_tables(a) and doc_matches_tables(b)
    # presence: each sees the other
    assert [p["author"] for p in fa.present()] == ["Bob"]
    fb.leave()
    assert fa.present() == []


def test_live_database_is_never_put_in_the_shared_folder(tmp_path):
    share = tmp_path / "other-share"
    share.mkdir()
    inside = RoadmapStore.create(share / "inside.roadmap")
    with pytest.raises(CoeditError, match="outside the shared folder"):
        SharedFolder(share, author="A", device="aaaaaaaaaaaa").share(inside)
    inside.close()
    a, fa, b, fb = shared_pair(tmp_path)
    with pytest.raises(CoeditError, match="outside"):
        SharedFolder.join(tmp_path / "share", tmp_path / "share" / "x.roadmap", author="C",
                          device="cccccccccccc")
    assert not list((tmp_path / "share").rglob("*-wal"))
    assert {p.suffix for p in (tmp_path / "share" / "devices").iterdir()} == {".ystate"}


def test_bad_files_are_quarantined_with_a_message_and_never_merged(tmp_path):
    a, fa, b, fb = shared_pair(tmp_path)
    devices = tmp_path / "share" / "devices"
    good = (devices / fb.own_name).read_bytes()
    (devices / "carol--cccccccccccc.ystate").write_bytes(good[: len(good) // 2])  # truncated
    (devices / "bob--bbbbbbbbbbbb (Bob's conflicted copy 2026-11-23).ystate").write_bytes(good)
    (devices / "dave--dddddddddddd.ystate").write_bytes(b"<html>Error 404</html>")
    flipped = bytearray(good)
    flipped[-3] ^= 0xFF
    (devices / "erin--eeeeeeeeeeee.ystate").write_bytes(bytes(flipped))
    other = RoadmapStore.memory()
    (devices / "fred--ffffffffffff.ystate").write_bytes(
        encode_state(other.crdt.state(), doc_id=other.roadmap_id, author="F", device="ffffffffffff"))
    before = {p.name: sha256(p) for p in devices.iterdir() if not p.name.startswith("alice")}
    report = fa.sync(a)
    names = " ".join(report.quarantined)
    for bad in ("carol", "conflicted copy", "dave", "erin", "fred"):
        assert bad in names
    assert "damaged" in names and "another roadmap" in names
    assert len(list((tmp_path / "quarantine").iterdir())) == 5
    after = {p.name: sha256(p) for p in devices.iterdir() if p.name in before}
    assert after == before  # nothing in the shared folder was changed or deleted
    assert fa.sync(a).quarantined == []  # reported once, not at every sync
    assert doc_matches_tables(a)


def test_state_file_round_trip_and_checksum():
    s = RoadmapStore.memory()
    data = encode_state(s.crdt.state(), doc_id=s.roadmap_id, author="A", device="aaaaaaaaaaaa")
    header, state = decode_state(data, doc_id=s.roadmap_id)
    assert state == s.crdt.state() and header["device"] == "aaaaaaaaaaaa"
    with pytest.raises(CoeditError):
        decode_state(data[:-1], doc_id=s.roadmap_id)


def test_merge_another_copy_received_by_mail_loses_nothing(tmp_path):
    a = RoadmapStore.create(tmp_path / "mine.roadmap")
    basic_rows(a)
    a.commit_merge([])  # the last common state
    a.close()
    shutil.copy(tmp_path / "mine.roadmap", tmp_path / "colleague.roadmap")
    a = RoadmapStore.open(tmp_path / "mine.roadmap")
    c = RoadmapStore.open(tmp_path / "colleague.roadmap")
    a.apply([Update("action", "a1", {"title": "mine"}), Create("partner", {"name": "Mijn partner"}, id="pm")])
    c.apply([Update("action", "a1", {"title": "theirs"}), Create("partner", {"name": "Hun partner"}, id="pc"),
             Delete("action", "a2")])
    a.apply([Update("action", "a2", {"title": "edited while they deleted it"})])
    c.close()
    digest = sha256(tmp_path / "colleague.roadmap")
    result = merge_copy(a, tmp_path / "colleague.roadmap", author="Alice", device="aaaaaaaaaaaa")
    assert sha256(tmp_path / "colleague.roadmap") == digest  # the received file is not touched
    assert a.get("partner", "pm") and a.get("partner", "pc")
    listed = conflict_fields(a)
    assert ("action", "a1", "title") in listed and ("action", "a2", "_deleted") in listed
    assert result.conflicts
    with pytest.raises(CoeditError, match="different roadmap"):
        other = tmp_path / "other.roadmap"
        RoadmapStore.create(other).close()
        merge_copy(a, other, author="Alice", device="aaaaaaaaaaaa")
    assert doc_matches_tables(a)


def test_copied_profile_on_another_computer_gets_its_own_device_id(tmp_path, monkeypatch):
    first = local_device(tmp_path)
    assert local_device(tmp_path) == first
    import socket

    monkeypatch.setattr(socket, "gethostname", lambda: "another-computer")
    assert local_device(tmp_path) != first


def test_taking_turns_on_the_same_field_is_not_a_conflict(tmp_path):
    a, fa, b, fb = shared_pair(tmp_path)
    a.apply([Update("action", "a1", {"title": "Alice first"})])
    fa.sync(a)
    fb.sync(b)
    assert b.get("action", "a1")["title"] == "Alice first"
    b.apply([Update("action", "a1", {"title": "Bob after reading Alice"})])
    fb.sync(b)
    fa.sync(a)
    assert a.get("action", "a1")["title"] == "Bob after reading Alice"
    assert conflict_fields(a) == conflict_fields(b) == set()
    # ... but editing at the same time is
    a.apply([Update("action", "a1", {"title": "A again"})])
    b.apply([Update("action", "a1", {"title": "B again"})])
    fa.sync(a)
    fb.sync(b)
    fa.sync(a)
    assert conflict_fields(a) == conflict_fields(b) == {("action", "a1", "title")}


def test_a_copy_of_the_working_file_publishes_under_its_own_name(tmp_path):
    a, fa, b, fb = shared_pair(tmp_path)
    b.backup_to(tmp_path / "bob-copy.roadmap")  # what File > Save As does
    with RoadmapStore.open(tmp_path / "bob-copy.roadmap") as copy:
        assert device_for(copy, "bbbbbbbbbbbb") != fb.device
    assert device_for(b, "bbbbbbbbbbbb") == fb.device  # the original keeps its id


def test_resolving_and_restoring_reach_every_author(tmp_path):
    from db.crdt import conflicts

    a, fa, b, fb = shared_pair(tmp_path)
    a.apply([Update("action", "a1", {"title": "A"}), Delete("action", "a2")])
    b.apply([Update("action", "a1", {"title": "B"}), Update("action", "a2", {"title": "B2 edit"})])
    fa.sync(a)
    fb.sync(b)
    fa.sync(a)
    groups = {g.field: g for g in conflicts.open_conflicts(a)}
    assert set(groups) == {"title", "_deleted"}
    assert sorted(groups["title"].values) == ["A", "B"]
    assert groups["_deleted"].edited == {"title": "B2 edit"}
    a.apply(conflicts.resolution_ops(a, groups["title"], "A and B"))
    conflicts.mark_resolved(a, groups["title"])
    a.apply(conflicts.restore_ops(a, groups["_deleted"]))  # brings the row back with Bob's edit
    conflicts.mark_resolved(a, groups["_deleted"])
    assert a.get("action", "a2")["title"] == "B2 edit"
    fa.sync(a)
    fb.sync(b)
    assert conflicts.open_conflicts(a) == conflicts.open_conflicts(b) == []
    assert b.get("action", "a1")["title"] == "A and B"
    assert b.get("action", "a2")["title"] == "B2 edit"
    assert store_rows(a) == store_rows(b)


def test_an_unchanged_state_is_not_written_again(tmp_path):
    a, fa, b, fb = shared_pair(tmp_path)
    own = tmp_path / "share" / "devices" / fa.own_name
    fa.sync(a)
    before = own.stat().st_mtime_ns
    fa.sync(a)
    assert own.stat().st_mtime_ns == before
    a.apply([Update("action", "a1", {"title": "new"})])
    fa.sync(a)
    assert own.stat().st_mtime_ns != before


def test_a_mailed_round_trip_only_lists_real_conflicts(tmp_path):
    a = RoadmapStore.create(tmp_path / "mine.roadmap")
    basic_rows(a)
    a.apply([Update("action", "a1", {"title": "Alice before mailing"})])
    a.apply([Update("partner", "p1", {"name": "Alice partner"})])
    a.backup_to(tmp_path / "mailed.roadmap")  # the copy that goes to Bob
    with RoadmapStore.open(tmp_path / "mailed.roadmap") as bob:
        bob.apply([Update("action", "a1", {"title": "Bob read Alice and changed it"})])
        bob.apply([Update("partner", "p2", {"name": "Bob's concurrent name"})])
    a.apply([Update("partner", "p2", {"name": "Alice's concurrent name"})])
    merge_copy(a, tmp_path / "mailed.roadmap", author="Alice", device="aaaaaaaaaaaa")
    assert a.get("action", "a1")["title"] == "Bob read Alice and changed it"
    assert conflict_fields(a) == {("partner", "p2", "name")}  # only the concurrent edit
