"""Structural edits (create, delete, relink) are merged incrementally: after random mixed
edit sequences on three replicas, merged in random order, the kept materialize result
(db.crdt.merge._materialized: only the changed rows and what depends on them evaluated
again) equals materializing the whole document afresh, the store holds exactly those
rows, and the whole document was materialized only once per replica."""

from __future__ import annotations

import random

import pytest

from db.crdt import causality
from db.crdt import materialize as merge_mod
from db.crdt.merge import _materialize, _materialized, _restored_parents, merge_states, store_rows
from db.errors import RoadmapError
from db.ops import Create, Delete, Move, Update
from db.store import RoadmapStore
from tests.helpers import basic_rows

KINDS = ("partner", "value_chain", "lane", "action", "dependency", "action_partner")


def _ids(store, entity):
    return [r["id"] for r in store.rows(entity)]


def _random_edit(rng: random.Random, store, tag: str, n: int) -> None:
    pick = lambda entity: rng.choice(_ids(store, entity) or [None])  # noqa: E731
    kind = rng.random()
    try:
        if kind < 0.25:  # create
            entity = rng.choice(KINDS)
            new = f"{tag}{n}"
            values = {
                "partner": lambda: {"name": f"P {new}"},
                "value_chain": lambda: {"name": f"VC {new}"},
                "lane": lambda: {"name": f"L {new}", "layer": "technology",
                                 "value_chain_id": pick("value_chain")},
                "action": lambda: {"title": f"A {new}", "value_chain_id": pick("value_chain"),
                                   "lane_id": pick("lane"), "owner_id": pick("partner")},
                "dependency": lambda: {"from_action_id": pick("action"),
                                       "to_action_id": pick("action")},
                "action_partner": lambda: {"action_id": pick("action"),
                                           "partner_id": pick("partner")},
            }[entity]()
            store.apply([Create(entity, values, id=new)])
        elif kind < 0.45:  # delete
            entity = rng.choice(KINDS)
            row = pick(entity)
            if row is not None:
                store.apply([Delete(entity, row)])
        elif kind < 0.75:  # relink
            entity, field, target = rng.choice([
                ("action", "lane_id", "lane"), ("action", "owner_id", "partner"),
                ("action", "value_chain_id", "value_chain"), ("lane", "value_chain_id", "value_chain"),
                ("dependency", "to_action_id", "action"), ("dependency", "from_action_id", "action"),
                ("action_partner", "partner_id", "partner")])
            row = pick(entity)
            if row is not None:
                store.apply([Update(entity, row, {field: pick(target)})])
        elif kind < 0.9:  # a plain field
            row = pick("action")
            if row is not None:
                store.apply([Update("action", row, {"title": f"t {tag}{n}"})])
        else:  # a move
            row = pick("partner")
            if row is not None:
                store.apply([Move("partner", row, rng.uniform(-10, 10))])
    except RoadmapError:
        pass  # refused by the store (a required link, a cycle, ...): nothing recorded


def _check(store) -> None:
    rows, problems, left_out, restored = _materialized(store.crdt, store.roadmap_id)
    fresh = store.crdt._read_flat()
    want_rows, want_problems, want_left = _materialize(fresh, store.roadmap_id)
    assert rows == want_rows
    assert (problems, left_out) == (want_problems, want_left)
    assert restored == _restored_parents(fresh)
    assert store_rows(store) == want_rows


@pytest.mark.parametrize("seed", range(8))
def test_incremental_materialize_equals_a_full_recompute(seed, monkeypatch):
    rebuilt = []
    real = merge_mod._Derived.__init__

    def counting(self, flat, roadmap_id):
        rebuilt.append(roadmap_id)
        real(self, flat, roadmap_id)

    monkeypatch.setattr(merge_mod._Derived, "__init__", counting)
    monkeypatch.setattr(causality, "VERIFY", False)  # (_check compares every merge itself)
    rng = random.Random(seed)
    base = RoadmapStore.memory()
    basic_rows(base)
    base.apply([Create("dependency", {"from_action_id": "a1", "to_action_id": "a2"}, id="d0"),
                Create("action_partner", {"action_id": "a1", "partner_id": "p2"}, id="ap0")])
    base.commit_merge([])
    replicas = []
    for k in range(3):
        r = RoadmapStore.create(":memory:", roadmap_id=base.roadmap_id, seed_state=base.crdt.state())
        merge_states(r, [], device=f"d{k}", author=f"author{k}")
        replicas.append(r)
    merges = 0
    for n in range(150):
        k = rng.randrange(3)
        if rng.random() < 0.2:
            src = rng.randrange(3)
            if src != k:
                merge_states(replicas[k], [replicas[src].crdt.state()], device=f"d{k}",
                             author=f"author{k}", check_history=False)
                merges += 1
                _check(replicas[k])
        else:
            _random_edit(rng, replicas[k], f"r{k}x", n)
            if rng.random() < 0.3:  # a merge that brings nothing (its own edits followed)
                merge_states(replicas[k], [], device=f"d{k}", author=f"author{k}")
    states = [r.crdt.state() for r in replicas]
    for k, r in enumerate(replicas):
        merge_states(r, states, device=f"d{k}", author=f"author{k}", check_history=False)
        _check(r)
    assert store_rows(replicas[0]) == store_rows(replicas[1]) == store_rows(replicas[2])
    # every merge after the first followed the changed keys (no whole-document rebuild)
    assert len(rebuilt) == 3, (len(rebuilt), merges)
    for r in replicas + [base]:
        r.close()


def test_restored_parent_and_cycle_follow_incrementally():
    """A value chain deleted while an action is added under it comes back; deleting that
    action again hides it; two dependencies that close a circle leave one out, and
    deleting the other brings it back."""
    base = RoadmapStore.memory()
    basic_rows(base)
    base.commit_merge([])
    a, b = (RoadmapStore.create(":memory:", roadmap_id=base.roadmap_id,
                                seed_state=base.crdt.state()) for _ in range(2))
    for s in (a, b):
        merge_states(s, [], device="d", author="x")
    a.apply([Create("value_chain", {"name": "VC2"}, id="vc2")])
    merge_states(b, [a.crdt.state()], author="b", check_history=False)
    a.apply([Delete("value_chain", "vc2")])
    b.apply([Create("action", {"title": "under vc2", "value_chain_id": "vc2"}, id="a9")])
    merge_states(a, [b.crdt.state()], author="a", check_history=False)
    _check(a)
    assert a.get("value_chain", "vc2") is not None and a.get("action", "a9") is not None
    a.apply([Delete("action", "a9")])
    merge_states(b, [a.crdt.state()], author="b", check_history=False)
    _check(b)
    assert b.get("value_chain", "vc2") is None and b.get("action", "a9") is None
    a.apply([Create("dependency", {"from_action_id": "a1", "to_action_id": "a2"}, id="dA")])
    b.apply([Create("dependency", {"from_action_id": "a2", "to_action_id": "a1"}, id="dB")])
    merge_states(a, [b.crdt.state()], author="a", check_history=False)
    _check(a)
    assert (a.get("dependency", "dA") is None) != (a.get("dependency", "dB") is None)
    kept = "dA" if a.get("dependency", "dA") is not None else "dB"
    a.apply([Delete("dependency", kept)])
    merge_states(b, [a.crdt.state()], author="b", check_history=False)
    _check(b)
    other = "dB" if kept == "dA" else "dA"
    assert b.get("dependency", other) is not None
    # a lane deleted while the other links an action to it: the link reads as empty on
    # both sides (the side that linked learns it from the lane's delete alone)
    a.apply([Create("lane", {"name": "L2", "layer": "technology", "value_chain_id": "vc1"},
                    id="l2")])
    merge_states(b, [a.crdt.state()], author="b", check_history=False)
    a.apply([Delete("lane", "l2")])
    b.apply([Update("action", "a1", {"lane_id": "l2"})])
    merge_states(b, [], author="b")  # (b's kept rows follow its own relink first)
    merge_states(a, [b.crdt.state()], author="a", check_history=False)
    merge_states(b, [a.crdt.state()], author="b", check_history=False)
    for s in (a, b):
        _check(s)
        assert s.get("action", "a1")["lane_id"] is None and s.get("lane", "l2") is None
    for s in (a, b, base):
        s.close()


def test_cycle_check_leaves_out_the_same_dependencies_as_checking_the_whole_graph():
    """`acyclic` searches from each new edge's end instead of checking the whole graph
    again for every dependency: the same dependencies are left out, on random graphs."""
    from db.crdt.dependency_cycles import acyclic
    from db.graph import find_cycle

    def whole_graph(deps):
        kept, edges, out = {}, [], []
        for dep_id in sorted(deps):
            src, dst = deps[dep_id]["from_action_id"], deps[dep_id]["to_action_id"]
            if src is not None and dst is not None:
                if find_cycle([*edges, (src, dst)]):
                    out.append(dep_id)
                    continue
                edges.append((src, dst))
            kept[dep_id] = deps[dep_id]
        return kept, out

    rng = random.Random(7)
    for _ in range(300):
        nodes = [f"a{i}" for i in range(rng.randint(1, 8))]
        deps = {f"d{k:02d}": {"from_action_id": rng.choice(nodes + [None]),
                              "to_action_id": rng.choice(nodes)}
                for k in range(rng.randint(0, 14))}
        problems, left_out = [], []
        kept = acyclic(deps, problems, left_out)
        assert (kept, left_out) == whole_graph(deps)
        assert len(problems) == len(left_out)
