"""Case 7 of issue 20: what comes from the shared folder is untrusted input.

Size limits are checked before reading (a 300 MB junk state file is set aside unread and
not copied whole to the quarantine); every malformed file or record is left out with a
message naming the file and its author; nothing a co-author writes can stop the others'
sync, opening, Review conflicts or the conflict count.
"""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from db.coedit.state_files import (
    MAX_PRESENCE_BYTES,
    MAX_QUARANTINE_COPY_BYTES,
    MAX_STATE_BYTES,
    encode_state,
)
from db.coedit.sync_folder import SharedFolder
from db.crdt import conflicts as queue
from db.errors import CoeditError
from db.interchange import export_document, import_document
from db.ops import Update
from db.store import RoadmapStore
from desktop.domain.reasons import notice_text
from tests.coedit.coedit_helpers import doc_matches_tables, shared_pair


def _quarantine_bytes(tmp_path: Path) -> int:
    q = tmp_path / "quarantine"
    return sum(p.stat().st_blocks * 512 for p in q.iterdir()) if q.is_dir() else 0


def test_300_mb_junk_state_file_is_set_aside_unread(tmp_path):
    a, fa, b, fb = shared_pair(tmp_path)
    b.apply([Update("action", "a1", {"title": "Bob's edit"})])
    fb.sync(b)
    junk = tmp_path / "share" / "devices" / "mallory--0123456789ab.ystate"
    with open(junk, "wb") as fh:  # 300 MB (sparse: no disk used), named like a state file
        fh.write(b"RKYSTAT1")
        fh.truncate(300 * 1024 * 1024)
    tracemalloc.start()
    try:
        report = fa.sync(a)
        _cur, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB while syncing"
    assert a.get("action", "a1")["title"] == "Bob's edit"  # the others are merged as usual
    (msg,) = [m for m in report.quarantined if "mallory" in m]
    assert msg.code == "sf_too_large" and msg.params["author"] == "mallory"
    assert "300 MB" in msg and f"{MAX_STATE_BYTES // 2**20} MB" in msg
    assert _quarantine_bytes(tmp_path) < MAX_QUARANTINE_COPY_BYTES  # a note, not a copy
    notes = list((tmp_path / "quarantine").glob("*.too-large.json"))
    assert len(notes) == 1 and json.loads(notes[0].read_text())["bytes"] == 300 * 1024 * 1024
    nl = notice_text(msg, "nl")
    assert "mallory--0123456789ab.ystate (van mallory) werd opzijgezet" in nl and "300 MB" in nl
    assert fa.sync(a).quarantined == []  # told once, not at every sync
    assert doc_matches_tables(a)


def test_unrelated_copy_in_the_folder_does_not_stop_the_others(tmp_path):
    """A co-author publishes a state with this roadmap's id but another history (a copy
    made by JSON export and import): that file is set aside, named; Bob's edit arrives."""
    a, fa, b, fb = shared_pair(tmp_path)
    b.apply([Update("action", "a2", {"title": "Bob's edit"})])
    fb.sync(b)
    twin = import_document(export_document(a), tmp_path / "twin.roadmap")
    carol = SharedFolder(tmp_path / "share", author="Carol", device="cccccccccccc")
    carol.publish(twin)
    twin.close()
    report = fa.sync(a)
    assert a.get("action", "a2")["title"] == "Bob's edit"
    (msg,) = [m for m in report.quarantined if "carol" in m]
    assert msg.code == "sf_unrelated_history" and msg.params["author"] == "Carol"
    assert "not its history" in msg
    assert "niet haar geschiedenis" in notice_text(msg, "nl")


BAD_RECORDS = {
    "no entity": {"row": "a1", "field": "title", "kind": "field", "values": ["x"]},
    "unknown entity": {"entity": "spaceship", "row": "a1", "field": "title", "kind": "field"},
    "number value": {"entity": "action", "row": "a1", "field": "title", "kind": "field",
                     "values": [{"x": 1}], "found_by": "Mallory"},
    "added not a list": {"entity": "action", "row": "a1", "field": "_deleted",
                         "kind": "deleted", "added": 5, "found_by": "Mallory"},
    "base is a record": {"entity": "action", "row": "a1", "field": "title", "kind": "field",
                         "values": ["a", "b"], "base": {"deep": [1, 2]}, "found_by": "Mallory"},
    "authors not a list": {"entity": "action", "row": "a1", "field": "title", "kind": "field",
                           "authors": "Mallory"},
}


def _hostile_records(store) -> None:
    records = {f"bad{i}\x1ftitle\x1fx": json.dumps(rec) for i, rec in enumerate(BAD_RECORDS.values())}
    records["nonjson\x1ftitle\x1fx"] = "{not json"
    records["number\x1ftitle\x1fx"] = 42
    records["huge\x1ftitle\x1fx"] = "[" * 100_000
    records["deep\x1ftitle\x1fx"] = "[" * 50_000  # under the size limit, too deep for json

    # what a hostile co-author's copy brings in: written into the document, then stored the
    # way a merged state is (the store has no other door for writing the document)
    store.crdt.set_conflicts(records)
    store.crdt.map("_ctx")["1:0"] = "[" * 50_000  # the causal context is co-author input too
    store.commit_merge([])


def test_malformed_conflict_records_never_stop_count_review_or_sync(tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.app.main_window import MainWindow

    a, fa, b, fb = shared_pair(tmp_path)
    # a real conflict, plus every kind of malformed record in Bob's copy
    a.apply([Update("action", "a1", {"title": "Alice"})])
    b.apply([Update("action", "a1", {"title": "Bob"})])
    fa.sync(a)
    fb.sync(b)
    _hostile_records(b)
    fb.sync(b)
    a.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *x: shown.append(text))
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.show()
    try:
        assert w.open_file(tmp_path / "alice.roadmap")  # opening syncs: no exception
        told = w.statusBar().currentMessage() + " ".join(shown)
        assert "conflict record (from Mallory) was left out" in told, told
        actions = w.coedit_actions
        actions.actions["sync"].trigger()
        store = w.session.store
        assert queue.count_open(store) == 1
        bad = queue.bad_records(store)
        assert len(bad) == len(BAD_RECORDS) + 4
        assert any("(from Mallory)" in m for m in bad)
        assert "conflict" in actions.status.text()
        actions.actions["conflicts"].trigger()
        dlg = actions.dialog
        assert dlg.table.rowCount() == 1
        dlg.close()
    finally:
        w.close_roadmap()


def test_junk_presence_files_are_named_and_ignored(tmp_path):
    a, fa, b, fb = shared_pair(tmp_path)
    fb.sync(b)
    presence = tmp_path / "share" / "presence"
    (presence / "mallory--0123456789ab.json").write_bytes(b"x" * (5 * 1024 * 1024))
    (presence / "eve--0123456789ab.json").write_text("[1, 2, 3]")
    (presence / "trent--0123456789ab.json").write_text('{"author": 12}')
    (presence / "deep--0123456789ab.json").write_text("[" * 10_000)
    tracemalloc.start()
    try:
        report = fa.sync(a)
        _cur, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * MAX_PRESENCE_BYTES + 8 * 1024 * 1024
    assert [p["author"] for p in report.present] == ["Bob"]
    named = {m.params["author"] for m in report.quarantined if m.code == "presence_bad"}
    assert named == {"mallory", "eve", "trent", "deep"}
    big = [m for m in report.quarantined if "mallory" in m][0]
    assert "larger than" in big and "groter dan" in notice_text(big, "nl")
    assert not [m for m in fa.sync(a).quarantined if m.code == "presence_bad"]  # told once


def test_huge_or_broken_manifest_is_a_clear_error(tmp_path):
    a, fa, b, fb = shared_pair(tmp_path)
    manifest = tmp_path / "share" / "manifest.json"
    with open(manifest, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(CoeditError, match="manifest.json is"):
            fa.sync(a)
        _cur, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
    manifest.write_text('["not", "a", "manifest"]')
    with pytest.raises(CoeditError, match="cannot be read"):
        fa.sync(a)
    assert doc_matches_tables(a)


def test_state_file_header_claims_are_not_trusted(tmp_path):
    """A header that claims a 4 GB header length, a non-dict header or a string format."""
    a, fa, b, fb = shared_pair(tmp_path)
    devices = tmp_path / "share" / "devices"
    state = b.crdt.state()
    (devices / "huge--0123456789ab.ystate").write_bytes(b"RKYSTAT1" + (2**32 - 1).to_bytes(4, "big") + state)
    h = json.dumps([1, 2]).encode()
    (devices / "list--0123456789ab.ystate").write_bytes(b"RKYSTAT1" + len(h).to_bytes(4, "big") + h + state)
    good = encode_state(state, doc_id=a.roadmap_id, author="Fmt", device="0123456789ab")
    n = int.from_bytes(good[8:12], "big")
    header = json.loads(good[12:12 + n])
    header["format"] = "1"
    h = json.dumps(header).encode()
    (devices / "fmt--0123456789ab.ystate").write_bytes(b"RKYSTAT1" + len(h).to_bytes(4, "big") + h + state)
    report = fa.sync(a)
    named = " ".join(report.quarantined)
    for who in ("huge--", "list--", "fmt--"):
        assert who in named
    assert all(m.code == "sf_bad_header" for m in report.quarantined), [m.code for m in report.quarantined]
    assert doc_matches_tables(a)
    os.sync()


@pytest.mark.parametrize("position", ["p999", [1, 2], {"x": 1}, float("nan"), True])
def test_state_with_rows_that_are_not_roadmap_data_is_never_merged(tmp_path, position):
    """Once merged, a bad value would be in every author's document and break every sync
    after it: such a state file is set aside (named), and so is such a copy by mail."""
    from pycrdt import Map

    from db.coedit.sync_folder import merge_copy

    a, fa, b, fb = shared_pair(tmp_path)
    carol = RoadmapStore.create(tmp_path / "carol.roadmap", roadmap_id=a.roadmap_id,
                                seed_state=a.crdt.state())
    doc = carol.crdt.doc
    with doc.transaction():
        doc.get("action", type=Map)["a1\x1fposition"] = position
        doc.get("action", type=Map)["a1\x1ftitle"] = "Carol's title"
    carol.crdt.take_updates()
    fc = SharedFolder(tmp_path / "share", author="Carol", device="cccccccccccc")
    fc.publish(carol, force=True)
    b.apply([Update("action", "a2", {"title": "Bob's edit"})])
    fb.sync(b)
    report = fa.sync(a)
    assert a.get("action", "a2")["title"] == "Bob's edit"
    assert a.get("action", "a1")["title"] == "Sensorplatform"
    (msg,) = [m for m in report.quarantined if "carol" in m]
    assert msg.code == "sf_bad_content" and msg.params["author"] == "Carol"
    assert "not roadmap data" in msg and "geen roadmapgegevens" in notice_text(msg, "nl")
    assert fa.sync(a).quarantined == [] and doc_matches_tables(a)  # later syncs keep working
    carol.commit_merge([])  # the same content as a file received by mail
    carol.close()
    with pytest.raises(CoeditError, match="not roadmap data"):
        merge_copy(a, tmp_path / "carol.roadmap", author="Alice", device="aaaaaaaaaaaa")
    assert doc_matches_tables(a)
