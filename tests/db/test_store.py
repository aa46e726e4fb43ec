"""The store's one mutation path: validation, atomic batches, inverse ops, cascades, errors."""

from __future__ import annotations

import sqlite3

import pytest

from db.errors import (
    DependencyCycleError,
    ReadOnlyError,
    RoadmapError,
    StorageFullError,
    ValidationError,
)
from db.interchange import export_document
from db.migrations import SCHEMA_VERSION
from db.ops import Create, Delete, Move, Update
from db.store import APPLICATION_ID, RoadmapStore
from tests.helpers import basic_rows, sha256


def test_new_file_is_versioned_wal_with_foreign_keys(tmp_path):
    path = tmp_path / "a.roadmap"
    RoadmapStore.create(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    with RoadmapStore.open(path) as s:
        assert s._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.roadmap()["title"] == "Nieuwe roadmap"


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "a.roadmap"
    path.write_text("precious")
    with pytest.raises(Exception, match="already exists"):
        RoadmapStore.create(path)
    assert path.read_text() == "precious"


def test_every_edit_is_visible_to_another_connection_at_once(file_store):
    file_store.apply([Create("partner", {"name": "Imec"}, id="p1")])
    other = sqlite3.connect(file_store.path)
    assert other.execute("SELECT name FROM partner WHERE id='p1'").fetchone() == ("Imec",)
    file_store.apply([Update("partner", "p1", {"name": "imec vzw"})])
    assert other.execute("SELECT name FROM partner WHERE id='p1'").fetchone() == ("imec vzw",)
    other.close()


def test_new_rows_get_uuid_ids_and_append_positions(store):
    c = store.apply([Create("partner", {"name": "A"}), Create("partner", {"name": "B"})])
    ids = [op.id for op in c.ops]
    assert all(len(i) == 36 and i.count("-") == 4 for i in ids)
    assert [r["name"] for r in store.rows("partner")] == ["A", "B"]
    assert c.ops[0].values["type"] is None  # defaults filled in, all fields recorded


@pytest.mark.parametrize(("op", "where", "reason"), [
    (Create("action", {"title": "x", "start_date": "2026-02-30"}), ".start_date", "not a valid calendar date"),
    (Create("action", {"title": "x", "start_date": "1/2/2026"}), ".start_date", "YYYY-MM-DD"),
    (Create("action", {"title": "x", "trl_start": 10}), ".trl_start", "at most 9"),
    (Create("action", {"title": "x", "trl_start": "3"}), ".trl_start", "whole number"),
    (Create("action", {"title": "x", "budget_eur": float("nan")}), ".budget_eur", "finite"),
    (Create("action", {"title": "x", "budget_eur": -5}), ".budget_eur", "at least 0"),
    (Create("action", {"title": "x", "status": "busy"}), ".status", "not one of"),
    (Create("action", {"title": ""}), ".title", "required"),
    (Create("action", {"title": "x", "owner_id": "nobody"}), ".owner_id", "no partner"),
    (Create("action", {"title": "x", "colour": "red"}), ".colour", "unknown field"),
    (Create("partner", {"name": "x", "colour": "red"}), ".colour", "#rrggbb"),
    (Create("partner", {"name": "a\ud800b"}), ".name", "unpaired surrogate U+D800"),
    (Create("partner", {"name": "x" * 501}), ".name", "too long"),
    (Create("vision", {"title": "x"}), ".challenge_id", "required"),
    (Create("nonsense", {}), "nonsense", "unknown kind"),
    (Create("roadmap", {"title": "second"}), "roadmap", "exactly one roadmap"),
])
def test_bad_values_are_refused_with_field_and_reason(store, op, where, reason):
    before = export_document(store)
    with pytest.raises(ValidationError) as err:
        store.apply([op])
    assert where in err.value.where and reason in err.value.reason
    assert export_document(store) == before


def test_huge_and_odd_text_within_limits_is_stored_exactly(store):
    odd = "ë é € 😀 שלום עולם مرحبا \u200f\x00 tab\tnewline\n" * 2000  # ~90k characters
    store.apply([Create("challenge", {"title": "RTL: שלום 😀", "description": odd}, id="c1")])
    row = store.get("challenge", "c1")
    assert row["description"] == odd and row["title"] == "RTL: שלום 😀"


def test_a_batch_is_all_or_nothing(store):
    basic_rows(store)
    before = export_document(store)
    with pytest.raises(ValidationError):
        store.apply([Update("action", "a1", {"title": "changed"}),
                     Create("partner", {"name": "new"}),
                     Update("action", "a2", {"end_date": "2028-13-01"})])
    assert export_document(store) == before


def test_listeners_hear_committed_changes_only(store):
    heard = []
    store.subscribe(heard.append)
    store.apply([Create("partner", {"name": "A"}, id="p1")])
    with pytest.raises(ValidationError):
        store.apply([Update("partner", "p1", {"type": "alien"})])
    assert len(heard) == 1 and heard[0].entities == {"partner"}
    assert heard[0].rows[0].kind == "create"


def test_inverse_restores_exactly_after_update_move_and_cascading_delete(store):
    basic_rows(store)
    store.apply([Create("dependency", {"from_action_id": "a1", "to_action_id": "a2"}, id="d1"),
                 Create("action_partner", {"action_id": "a2", "partner_id": "p1"}),
                 Create("kpi", {"name": "Aantal pilots", "owner_id": "p1"})])
    original = export_document(store)
    for ops in ([Update("action", "a1", {"title": "Nieuw", "trl_end": 7})],
                [Move("action", "a2", -1.0)],
                [Delete("partner", "p1")],      # clears owners, removes action_partner rows
                [Delete("value_chain", "vc1")],  # removes lanes, actions, dependencies
                [Delete("action", "a1"), Delete("partner", "p2")]):
        change = store.apply(ops)
        after = export_document(store)
        assert after != original
        store.apply(change.inverse, origin="undo")
        assert export_document(store) == original
        store.apply(change.ops, origin="redo")
        assert export_document(store) == after
        store.apply(change.inverse, origin="undo")
        assert export_document(store) == original


def test_delete_cascades_and_clears_references(store):
    basic_rows(store)
    c = store.apply([Delete("partner", "p1")])
    assert store.get("action", "a1")["owner_id"] is None
    assert {(r.kind, r.entity) for r in c.rows} >= {("update", "action"), ("delete", "partner")}
    store.apply([Delete("value_chain", "vc1")])
    assert store.count("action") == 0 and store.count("lane") == 0
    assert store.integrity_check() == ["ok"]


def test_dependency_cycles_are_refused(store):
    basic_rows(store)
    store.apply([Create("action", {"title": "Derde"}, id="a3")])
    store.apply([Create("dependency", {"from_action_id": "a1", "to_action_id": "a2"}, id="d1"),
                 Create("dependency", {"from_action_id": "a2", "to_action_id": "a3"}, id="d2")])
    with pytest.raises(DependencyCycleError, match="Sensorplatform → Pilot thuiszorg → Derde → Sensorplatform"):
        store.apply([Create("dependency", {"from_action_id": "a3", "to_action_id": "a1"})])
    with pytest.raises(DependencyCycleError):
        store.apply([Update("dependency", "d2", {"to_action_id": "a1"})])
    with pytest.raises(DependencyCycleError):
        store.apply([Create("dependency", {"from_action_id": "a1", "to_action_id": "a1"})])
    assert store.count("dependency") == 2


def test_read_only_store_refuses_edits(tmp_path):
    path = tmp_path / "a.roadmap"
    RoadmapStore.create(path).close()
    digest = sha256(path)
    with RoadmapStore.open(path, read_only=True) as s:
        assert s.read_only
        with pytest.raises(ReadOnlyError, match="read-only"):
            s.apply([Create("partner", {"name": "x"})])
    assert sha256(path) == digest


def test_disk_full_gives_clear_error_and_keeps_earlier_edits(tmp_path):
    path = tmp_path / "a.roadmap"
    s = RoadmapStore.create(path)
    s.apply([Create("partner", {"name": "kept"}, id="p1")])
    pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
    s._conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is now 'full'
    with pytest.raises(StorageFullError, match="full"):
        s.apply([Create("challenge", {"title": "x", "description": "y" * 150_000})])
    assert [r["name"] for r in s.rows("partner")] == ["kept"]
    s.close()
    with RoadmapStore.open(path) as again:
        assert again.integrity_check() == ["ok"]
        assert again.count("challenge") == 0 and again.count("partner") == 1


def test_backup_copy_is_complete_and_opens(tmp_path, file_store):
    basic_rows(file_store)
    target = file_store.backup_to(tmp_path / "copy.roadmap")
    with RoadmapStore.open(target) as copy:
        assert export_document(copy) == export_document(file_store)
    assert not list(tmp_path.glob(".routekaart-*"))


def test_backup_to_unwritable_place_is_a_clear_error(file_store, tmp_path):
    with pytest.raises(Exception, match="No such file|Could not write|does not exist"):
        file_store.backup_to(tmp_path / "missing-dir" / "copy.roadmap")


def test_backup_never_replaces_a_roadmap_that_is_open(tmp_path, file_store):
    from db.errors import FileInUseError
    from db.locking import acquire

    basic_rows(file_store)
    other = RoadmapStore.create(tmp_path / "other.roadmap", title="Ander")
    lock = acquire(other.path)
    before = sha256(tmp_path / "other.roadmap")
    with pytest.raises(FileInUseError):
        file_store.backup_to(tmp_path / "other.roadmap")
    assert sha256(tmp_path / "other.roadmap") == before
    lock.release()
    other.close()
    with pytest.raises(RoadmapError, match="the roadmap itself"):
        file_store.backup_to(file_store.path)


def test_backup_over_a_closed_roadmap_with_a_stale_journal(tmp_path, file_store):
    import os
    import shutil

    basic_rows(file_store)
    old = RoadmapStore.create(tmp_path / "old.roadmap", title="Oud")
    old.apply([Create("partner", {"name": f"P{i}"}) for i in range(50)])
    shutil.copy(f"{old.path}-wal", tmp_path / "stale-wal")  # the WAL of the old content
    old.close()
    shutil.copy(tmp_path / "stale-wal", tmp_path / "old.roadmap-wal")
    target = file_store.backup_to(tmp_path / "old.roadmap")
    assert not (tmp_path / "old.roadmap-wal").exists()
    assert os.stat(target).st_mode & 0o044  # readable like any new file, not 0600
    with RoadmapStore.open(target) as copy:
        assert copy.integrity_check() == ["ok"]
        assert export_document(copy) == export_document(file_store)


def test_a_closed_store_says_so_in_words(store):
    from db.errors import ClosedRoadmapError
    from desktop.domain.reasons import refusal_text

    store.close()
    for use in (lambda: store.rows("partner"), lambda: store.roadmap(),
                lambda: store.apply([Create("partner", {"name": "P"})])):
        with pytest.raises(ClosedRoadmapError) as caught:
            use()
        assert caught.value.code == "closed"
    assert "gesloten" in refusal_text(caught.value, "nl")
    store.close()  # closing twice is harmless
