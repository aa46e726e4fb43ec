"""The history a merge keeps between syncs (db.crdt.causality.history_of) and the rows it
keeps (RoadmapDoc.flat_view) are the same as reading the whole document again, whatever
arrives: full states, diffs, out-of-order diffs (held back by pycrdt until what they build
on arrives: not in the history until then), transactions that only delete."""

from __future__ import annotations

import json
import random

from db.crdt import causality
from db.crdt.causality import History, history_of
from db.crdt.document import RoadmapDoc, decode_state_vector


def _same(kept: History, full: History) -> None:
    causality._verify(kept, full)
    for entity in ("partner", "action"):
        assert kept.rows(entity) == full.rows(entity)


def test_kept_history_and_rows_match_a_fresh_read_under_random_exchanges():
    rnd = random.Random(11)
    docs = [RoadmapDoc(author=f"Author {k}") for k in range(3)]
    docs[0].record_rows([("partner", f"p{i}", {"name": f"P{i}", "position": float(i)})
                         for i in range(6)])
    for d in docs[1:]:
        d.apply(docs[0].state())
    held: list[bytes] = []
    for step in range(300):
        d = rnd.choice(docs)
        what = rnd.random()
        if what < 0.5:
            i = rnd.randrange(6)
            field = rnd.choice(("name", "role", "position"))
            value = float(rnd.randrange(50)) if field == "position" else f"v{step}"
            sv = d.state_vector()
            d.record_rows([("partner", f"p{i}", {field: value})])
            held.append(d.doc.get_update(sv))
        elif what < 0.6:
            d.record_rows([("partner", f"p{rnd.randrange(6)}", None)])
        elif what < 0.7:  # a conflict record written, later taken out (a delete alone)
            key = f"k{rnd.randrange(3)}"
            if key in d.map("_conflicts"):
                d.set_conflicts({}, remove=[key])
            else:
                d.set_conflicts({key: json.dumps({"n": step})})
            sv = b"\x00"
            held.append(d.doc.get_update(sv))
        elif what < 0.85 and held:  # a diff delivered late, or twice
            d.apply(rnd.choice(held))
        else:  # a full state
            d.apply(rnd.choice(docs).state())
        if rnd.random() < 0.5:
            kept, _new = history_of(d)
            _same(kept, History(d.state(), decode_state_vector(d.state_vector())))
            assert d.flat_view() == d._read_flat()
    for d in docs:
        for other in docs:
            d.apply(other.state())
    for d in docs:
        kept, _new = history_of(d)
        _same(kept, History(d.state(), decode_state_vector(d.state_vector())))
        assert d.flat_view() == d._read_flat() == docs[0]._read_flat()


def test_a_delete_alone_is_seen_by_the_kept_history():
    a, b = RoadmapDoc(author="A"), RoadmapDoc(author="B")
    a.set_conflicts({"k": json.dumps({"n": 1})})
    b.apply(a.state())
    kept, _new = history_of(b)
    assert not kept.index.by_key("_conflicts")["k"][0].deleted
    a.set_conflicts({}, remove=["k"])
    b.apply(a.state())
    kept, _new = history_of(b)
    assert kept.index.by_key("_conflicts")["k"][0].deleted
    _same(kept, History(b.state(), decode_state_vector(b.state_vector())))
