"""Every mutation is recorded in the roadmap's CRDT document, in the same transaction."""

from __future__ import annotations

import pytest

from db.errors import StorageFullError, ValidationError
from db.ops import Create, Delete, Move, Update
from db.store import RoadmapStore
from tests.coedit.coedit_helpers import doc_matches_tables
from tests.helpers import basic_rows


def test_create_update_move_delete_cascade_and_undo_are_recorded(store):
    basic_rows(store)
    assert doc_matches_tables(store)
    store.apply([Update("action", "a1", {"title": "Nieuw 😀 עִברִית", "end_date": "2027-12-31"})])
    store.apply([Move("action", "a2", -5.0)])
    assert doc_matches_tables(store)
    change = store.apply([Delete("value_chain", "vc1")])  # cascades to lanes and actions
    assert store.count("action") == 0
    assert doc_matches_tables(store)
    store.apply(change.inverse, origin="undo")  # undo brings the rows back, also in the document
    assert store.get("action", "a1")["title"].startswith("Nieuw")
    assert doc_matches_tables(store)


def test_refused_batch_leaves_the_document_unchanged(store):
    basic_rows(store)
    before = store.crdt.flatten()
    with pytest.raises(ValidationError):
        store.apply([Update("action", "a1", {"title": "ok"}), Update("action", "a1", {"end_date": "2026-02-30"})])
    with pytest.raises(ValidationError):
        store.apply([Update("action", "a1", {"title": "bad \ud800 surrogate"})])
    assert store.crdt.flatten() == before
    assert doc_matches_tables(store)


def test_document_is_persisted_with_the_edits_and_survives_reopening(tmp_path):
    path = tmp_path / "a.roadmap"
    with RoadmapStore.create(path) as s:
        basic_rows(s)
        for i in range(30):
            s.apply([Update("partner", "p1", {"name": f"Imec {i} ✓"})])
        state = s.crdt.flatten()
    with RoadmapStore.open(path) as s:
        assert s.crdt.flatten() == state
        assert doc_matches_tables(s)


def test_log_is_compacted_into_a_checkpoint(tmp_path, monkeypatch):
    import db.store.core as store_module  # RoadmapStore._apply reads it there

    monkeypatch.setattr(store_module, "CRDT_LOG_LIMIT", 10)
    path = tmp_path / "a.roadmap"
    with RoadmapStore.create(path) as s:
        basic_rows(s)
        for i in range(25):
            s.apply([Update("partner", "p1", {"name": f"n{i}"})])
        assert s._log_len <= 11
    with RoadmapStore.open(path) as s:
        assert s.get("partner", "p1")["name"] == "n24"
        assert doc_matches_tables(s)


def test_disk_full_rolls_back_tables_and_document_together(tmp_path):
    path = tmp_path / "a.roadmap"
    s = RoadmapStore.create(path)
    basic_rows(s)
    pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
    s._conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StorageFullError, match="full"):
        s.apply([Create("challenge", {"title": "x", "description": "y" * 150_000})])
    assert doc_matches_tables(s)
    s.close()
    with RoadmapStore.open(path) as again:
        assert again.integrity_check() == ["ok"]
        assert again.count("challenge") == 0
        assert doc_matches_tables(again)


def test_old_file_without_document_gets_one_and_equal_copies_bootstrap_identically(tmp_path):
    from db.crdt.document import bootstrap_state

    with RoadmapStore.create(tmp_path / "a.roadmap") as s:
        basic_rows(s)
        content = s._content()
    assert bootstrap_state(content) == bootstrap_state(content)  # same content, same bytes
    other = dict(content, partner=[dict(content["partner"][0], name="changed")] + content["partner"][1:])
    assert bootstrap_state(other) != bootstrap_state(content)
