"""Opening a roadmap leaves its co-editing document for later, and an import makes the
document from the imported tables in one go; recording stays complete either way."""

from __future__ import annotations

from db import catalogue
from db.crdt.document import SEP
from db.crdt.merge import store_rows
from db.interchange import import_document
from db.ops import Create, Update
from db.store import RoadmapStore
from tests.generate import generate_document


def flat_values(store) -> dict:
    """The live rows of the store's CRDT document as {(entity, id): {field: value}}."""
    out = {}
    for entity, rows in store.crdt.flatten().items():
        for row_id, fields in rows.items():
            if fields.get("_deleted") is True or not entity or entity.startswith("_"):
                continue
            out[(entity, row_id)] = {k: v for k, v in fields.items() if k != "_deleted"}
    return out


def table_values(store) -> dict:
    out = {}
    for entity in (e.name for e in catalogue.ENTITIES):
        for r in store.rows(entity):
            values = {k: (float(v) if isinstance(v, int) and not isinstance(v, bool) else v)
                      for k, v in r.items() if k != "id" and v is not None}
            out[(entity, r["id"])] = values
    return out


def test_open_does_not_read_the_document_until_needed(tmp_path):
    path = tmp_path / "r.roadmap"
    store = import_document(generate_document(50, seed=2), path)
    store.apply([Update("action", "a1", {"title": "Eerste bewerking"})])
    store.close()

    store = RoadmapStore.open(path)
    assert not store.crdt_loaded
    assert store.get("action", "a1")["title"] == "Eerste bewerking"  # reading needs no document
    store.apply([Update("action", "a2", {"title": "Na het openen"})])  # loads, then records
    assert store.crdt_loaded
    store.close()

    store = RoadmapStore.open(path)
    flat = flat_values(store)
    assert flat[("action", "a1")]["title"] == "Eerste bewerking"
    assert flat[("action", "a2")]["title"] == "Na het openen"
    assert flat == table_values(store)
    checkpoint, log = store.crdt_history()
    assert checkpoint is not None and log  # the edit after opening was logged
    store.close()


def test_import_makes_the_document_from_the_tables(tmp_path):
    doc = generate_document(120, seed=4)
    a = import_document(doc, tmp_path / "a.roadmap")
    assert not a.crdt_loaded
    assert a.crdt_history()[0] is not None  # asking for the history makes the document
    assert flat_values(a) == table_values(a)
    a.close()
    # the document made on first use was stored: a reopened file reads it back
    a = RoadmapStore.open(tmp_path / "a.roadmap")
    assert flat_values(a) == table_values(a)
    # two imports of the same file start from the same state, so they merge as one
    b = import_document(doc, tmp_path / "b.roadmap")
    assert a.crdt.state() == b.crdt.state()
    a.close()
    b.close()


def test_first_edit_of_a_fresh_import_records_the_import_and_the_edit(tmp_path):
    store = import_document(generate_document(30, seed=5), tmp_path / "c.roadmap")
    store.apply([Create("action", {"title": "Nieuw", "value_chain_id": "vc0",
                                   "start_date": "2027-01-01"}, id="new1")])
    flat = flat_values(store)
    assert flat[("action", "new1")]["title"] == "Nieuw"
    assert flat[("action", "a3")]["title"] == store.get("action", "a3")["title"]
    assert flat == table_values(store)
    store.close()


def test_import_into_memory_and_read_only_open(tmp_path):
    mem = import_document(generate_document(20, seed=6), ":memory:")
    assert flat_values(mem) == table_values(mem)
    mem.close()
    path = tmp_path / "d.roadmap"
    import_document(generate_document(20, seed=6), path).close()  # no document stored yet
    before = path.read_bytes()
    ro = RoadmapStore.open(path, read_only=True)
    assert flat_values(ro) == table_values(ro)  # made in memory, the file is not written
    ro.close()
    assert path.read_bytes() == before


def test_import_origin_on_a_store_with_a_document_still_records(tmp_path):
    store = RoadmapStore.memory()
    store.apply([Create("partner", {"name": "Partner X"}, id="px")], origin="import")
    assert any(k.startswith("px" + SEP) for k in store.crdt.map("partner").keys())
    assert store_rows(store)  # the merge's view of the rows reads without error
    store.close()


def test_the_app_reads_the_document_after_opening(qtbot, tmp_path):
    from desktop.app.session import CRDT_LOAD_DELAY_MS, RoadmapSession

    path = tmp_path / "e.roadmap"
    import_document(generate_document(20, seed=7), path).close()
    session = RoadmapSession(RoadmapStore.open(path))
    assert not session.store.crdt_loaded
    qtbot.waitUntil(lambda: session.store.crdt_loaded, timeout=CRDT_LOAD_DELAY_MS + 5000)
    session.close()
    closed = RoadmapSession(RoadmapStore.open(path))
    refused = []
    closed.failed.connect(refused.append)  # what reading the closed file would report
    closed.close()  # closed before the delay: nothing is read from the closed file
    qtbot.wait(CRDT_LOAD_DELAY_MS + 50)  # past the delay: the load must not have run
    assert refused == [] and not closed.store.crdt_loaded


def test_a_big_open_roadmap_is_kept_out_of_full_collections(qtbot, tmp_path, monkeypatch):
    """After the first paint a big roadmap's objects go to the collector's permanent
    generation (a full collection during an edit would walk them all); closing gives them
    back. A small roadmap is left as it is."""
    import gc

    from desktop.app import heap
    from desktop.app.session import RoadmapSession

    path = tmp_path / "f.roadmap"
    import_document(generate_document(20, seed=7), path).close()
    small = RoadmapSession(RoadmapStore.open(path))
    small.settle()
    assert small.store.crdt_loaded and gc.get_freeze_count() == 0
    small.close()
    monkeypatch.setattr(heap, "SETTLE_MIN_ACTIONS", 10)
    big = RoadmapSession(RoadmapStore.open(path))
    big.settle()
    assert gc.get_freeze_count() > 0
    big.close()
    assert gc.get_freeze_count() == 0
