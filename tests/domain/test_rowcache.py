"""RowCache stays equal to the store through edits, creates, deletes, moves and undo."""

from __future__ import annotations

from db.ops import Create, Delete, Move, Update
from desktop.domain.rowcache import RowCache
from tests.helpers import basic_rows


def same(cache: RowCache, store) -> None:
    for name in ("partner", "action", "lane", "value_chain"):
        assert cache.rows(name) == store.rows(name)
    assert cache.roadmap() == store.roadmap()


def test_cache_follows_changes(store):
    basic_rows(store)
    cache = RowCache(store)
    store.subscribe(cache.apply)
    same(cache, store)
    v = cache.version.get("action")
    change = store.apply([Update("action", "a1", {"title": "Nieuw"})])
    assert cache.row("action", "a1")["title"] == "Nieuw"
    assert cache.version["action"] != v
    store.apply([Create("action", {"title": "Derde"}, id="a3")])
    same(cache, store)
    store.apply([Move("action", "a3", -1.0)])
    assert [r["id"] for r in cache.rows("action")][0] == "a3"
    store.apply([Delete("partner", "p1")])  # clears action.owner_id of a1
    same(cache, store)
    store.apply(change.inverse)
    store.apply([Update("roadmap", store.roadmap()["id"], {"mission": "M"})])
    same(cache, store)
    assert cache["roadmap"]["mission"] == "M"
    assert "snapshot" not in set(cache)
    assert cache.row("action", "nope") is None


def test_created_rows_are_inserted_in_store_order_without_reading_the_table(store):
    """A create patches the loaded list (no full re-read) and the list equals store.rows:
    at the end, at a given position between rows, with equal positions ordered by id, and
    together with an update of the new row in the same batch; undo removes them again."""
    basic_rows(store)
    cache = RowCache(store)
    store.subscribe(cache.apply)
    same(cache, store)
    reads = []
    real = store.rows
    store.rows = lambda entity, where=None: (reads.append((entity, where)), real(entity, where))[1]
    v = cache.version["action"]
    first = cache.rows("action")[0]
    c1 = store.apply([Create("action", {"title": "End"}, id="z9")])
    store.apply([Create("action", {"title": "Between"}, id="m5", position=first["position"] + 0.5)])
    store.apply([Create("action", {"title": "Same pos b"}, id="b0", position=first["position"]),
                 Create("action", {"title": "Same pos 0"}, id="00", position=first["position"]),
                 Update("action", first["id"], {"title": "Changed"})])
    assert reads and not [r for r in reads if r[1] is None], "the whole table was read again"
    store.rows = real
    same(cache, store)
    assert cache.version["action"] != v
    assert cache.changes_since("action", v) is None  # rows came: readers rebuild
    assert cache.row("action", "m5")["title"] == "Between"
    assert cache.position("action", "z9") == len(cache.rows("action")) - 1
    store.apply(c1.inverse)
    same(cache, store)
    assert cache.row("action", "z9") is None
