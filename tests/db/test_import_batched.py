"""JSON import checks each row once and writes created rows in runs (one executemany per
run of one table): the database, the Change, undo and the co-editing document are exactly
what writing the same rows one at a time, each checked by the store, gives."""

from __future__ import annotations

import pytest

from db import catalogue
from db.errors import ValidationError
from db.interchange import import_document, validate_document
from db.ops import Create, Update
from db.store import RoadmapStore
from db.store.write_batch import _Batch
from db.values import CheckedValues, check_row
from tests.generate import generate_document

ODD = ["emoji \N{GRINNING FACE}\N{ZERO WIDTH JOINER}\N{WOMAN}\N{EMOJI MODIFIER FITZPATRICK TYPE-4}",
       "RTL \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202eabc\u202c",
       "CJK \u8def\u7ebf\u56fe \u30ed\u30fc\u30c9\u30de\u30c3\u30d7 \ud55c\uad6d\uc5b4",
       "tabs\tand\nnewlines\r\n", "control \x01\x07\x1b[0m\x7f\x00 end", "  ", "'; DROP TABLE action; --"]


def _odd_document(n: int = 120) -> dict:
    doc = generate_document(n, seed=7)
    for i, a in enumerate(doc["action"]):
        a["title"] = f"{ODD[i % len(ODD)]} {i}"  # a required field: never blank on its own
        a["description"] = ODD[(i + 3) % len(ODD)]
    for i, p in enumerate(doc["partner"]):
        p["name"] = f"{ODD[(i + 1) % len(ODD)]} {i}"
    return doc


def _plain(ops: list) -> list:
    """The same operations with plain dicts: the store checks every row itself."""
    return [Create(o.entity, dict(o.values), o.id, o.position) if isinstance(o, Create) else o
            for o in ops]


def _tables(store: RoadmapStore) -> dict:
    out = {}
    for e in catalogue.ENTITIES:
        cur = store._conn.execute(f'SELECT * FROM "{e.name}" ORDER BY rowid')
        out[e.name] = [tuple((type(v).__name__, v) for v in row) for row in cur]
    return out


def _apply(ops: list, *, one_at_a_time: bool, defer_crdt: bool, monkeypatch) -> tuple:
    with monkeypatch.context() as m:
        if one_at_a_time:
            m.setattr(_Batch, "max_pending", 1)
        store = RoadmapStore.create(":memory:", roadmap_id=ops[0].id, defer_crdt=defer_crdt)
        calls: list[int] = []
        real = RoadmapStore._insert_many

        def counting(s: RoadmapStore, entity: str, rows: list) -> None:
            calls.append(len(rows))
            real(s, entity, rows)
        m.setattr(RoadmapStore, "_insert_many", counting)
        change = store.apply(ops, origin="import")
        return store, change, calls


@pytest.mark.parametrize("defer_crdt", [True, False])
def test_batched_import_gives_the_same_rows_change_undo_and_document(monkeypatch, defer_crdt):
    doc = _odd_document()
    ops = validate_document(doc)
    assert all(type(o.values) is CheckedValues for o in ops if isinstance(o, Create))
    one, change_one, calls_one = _apply(_plain(ops), one_at_a_time=True, defer_crdt=defer_crdt,
                                        monkeypatch=monkeypatch)
    many, change_many, calls_many = _apply(ops, one_at_a_time=False, defer_crdt=defer_crdt,
                                           monkeypatch=monkeypatch)
    created = sum(isinstance(o, Create) for o in ops)
    assert calls_one == [1] * created
    assert len(calls_many) < len(calls_one) / 10 and sum(calls_many) == created
    assert _tables(many) == _tables(one)
    assert change_many == change_one
    assert repr(change_many) == repr(change_one)  # plain dicts in the Change, same order
    assert all(type(o.values) is dict for o in change_many.ops)
    assert sum(r.kind == "create" for r in change_many.rows) == created
    assert many.crdt.flatten() == one.crdt.flatten()
    many.apply(change_many.inverse, origin="undo")
    one.apply(change_one.inverse, origin="undo")
    assert _tables(many) == _tables(one)
    assert not many.rows("action")


def test_a_file_import_holds_the_odd_text_as_written(tmp_path, monkeypatch):
    doc = _odd_document()
    one, _, _ = _apply(_plain(validate_document(doc)), one_at_a_time=True, defer_crdt=True,
                       monkeypatch=monkeypatch)
    with import_document(doc, tmp_path / "imported.roadmap") as store:
        assert _tables(store) == _tables(one)
        titles = [r["title"] for r in store.rows("action")]
    assert titles == [a["title"] for a in doc["action"]]


def test_a_bad_row_is_named_and_nothing_is_written(tmp_path):
    doc = _odd_document()
    doc["action"][97]["start_date"] = "2026-13-01"
    target = tmp_path / "bad.roadmap"
    with pytest.raises(ValidationError) as err:
        import_document(doc, target)
    assert err.value.where == "action[97].start_date"
    assert "not a valid calendar date" in str(err.value)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"mine")  # an existing file is left as it was
    with pytest.raises(Exception, match="already exists"):
        import_document(_odd_document(), target)
    assert target.read_bytes() == b"mine"


def test_other_callers_are_still_checked_by_the_store():
    store = RoadmapStore.memory()
    lane = catalogue.entity("lane")
    with pytest.raises(ValidationError, match="text"):
        store.apply([Create("partner", {"name": 5})])
    # values checked for another kind of row are checked again, and fail there
    with pytest.raises(ValidationError, match="unknown field"):
        store.apply([Create("partner", check_row(lane, {"name": "L", "layer": "market",
                                                        "value_chain_id": "vc"}, where="x"))])
    with pytest.raises(TypeError):
        CheckedValues("partner", {"name": 5}, object())  # not made around check_row
    checked = check_row(catalogue.entity("partner"), {"name": "P"}, where="x")
    with pytest.raises(TypeError):
        checked["name"] = 5
    with pytest.raises(TypeError):
        checked.update(name=5)
    assert not store.rows("partner")


def test_mixed_batches_see_the_rows_they_created(monkeypatch):
    """Creates, updates of just-created rows, positions chosen by the store, duplicates."""
    def run(one_at_a_time: bool):
        with monkeypatch.context() as m:
            if one_at_a_time:
                m.setattr(_Batch, "max_pending", 1)
            store = RoadmapStore.memory()
            ops = [Create("partner", {"name": f"P{i}"}, f"p{i}") for i in range(5)]
            ops += [Create("partner", {"name": "no id, no position"})]
            ops += [Update("partner", "p3", {"name": "renamed"}),
                    Create("partner", {"name": "after"}, "p9"),
                    Create("risk", {"title": "R", "owner_id": "p9"}, "r1")]
            change = store.apply(ops)
            rows = [(r["name"], r["position"]) for r in store.rows("partner")]
            with pytest.raises(ValidationError, match="already exists"):
                store.apply([Create("partner", {"name": "x"}, "q"),
                             Create("partner", {"name": "y"}, "q")])
            assert len(store.rows("partner")) == 7
            return rows, [(r.kind, r.entity) for r in change.rows], len(change.ops)
    assert run(False) == run(True)
    assert run(False)[0][5] == ("no id, no position", 5.0)


def test_an_import_checks_each_row_once(monkeypatch):
    import db.interchange
    import db.store.write_batch
    import db.values
    seen: list[str] = []
    real = db.values.check_values

    def counting(e, values, **kw):
        seen.append(e.name)
        return real(e, values, **kw)
    for module in (db.values, db.interchange, db.store.write_batch):
        monkeypatch.setattr(module, "check_values", counting)
    doc = _odd_document(60)
    rows = sum(len(doc.get(e.name, [])) for e in catalogue.ENTITIES if not e.singleton)
    import_document(doc, ":memory:").close()
    # every row once, the roadmap's own fields twice (checked whole, then as an update)
    assert len(seen) == rows + 2 and seen.count("roadmap") == 2


def test_ids_stay_unique_across_deletes_in_one_batch():
    from db.ops import Delete
    store = RoadmapStore.memory()
    store.apply([Create("partner", {"name": "a"}, "a"), Delete("partner", "a"),
                 Create("partner", {"name": "again"}, "a")])
    assert [r["name"] for r in store.rows("partner")] == ["again"]
    store.apply([Create("partner", {"name": "b"}, "b")])
    for ops in ([Create("partner", {"name": "x"}, "a")],
                [Create("risk", {"title": "r"}, "r"), Delete("risk", "r"),
                 Create("partner", {"name": "x"}, "b")],
                [Create("partner", {"name": "c"}, "c"), Delete("partner", "b"),
                 Create("partner", {"name": "x"}, "c")]):
        with pytest.raises(ValidationError, match="already exists"):
            store.apply(ops)
    assert sorted(r["id"] for r in store.rows("partner")) == ["a", "b"]
