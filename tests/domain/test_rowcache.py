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
