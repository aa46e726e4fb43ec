"""The incremental checks (`CheckRunner`) find what a full run finds, after any edits.

Random sequences of edits (any field of the checked entities set to a random value of its
kind, rows created, deleted, moved, several edits in one change, undo) on a generated
roadmap; after each one the runner's problem list equals `run_checks` on the store, in
order. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from db import catalogue
from db.errors import ValidationError
from db.interchange import import_document
from db.model import Kind
from db.ops import Create, Delete, Move, Update
from desktop.domain.checks.engine import RULES, CheckRunner, run_checks
from desktop.domain.rowcache import RowCache
from tests.generate import generate_document

EDITED = ("action", "action", "action", "dependency", "dependency", "roadmap", "lane",
          "programme", "commitment", "project", "objective", "kpi", "partner", "value_chain")
DATES = ("2025-06-01", "2026-01-01", "2027-03-15", "2030-12-31", "2036-02-01", None)


def _roadmap(tmp_path, seed: int):
    doc = generate_document(40, seed=seed)
    doc["programme"] = [{"id": f"pg{i}", "value_chain_id": "vc0", "name": f"Programma {i}",
                         "category": ("capital", "new_market", None)[i]} for i in range(3)]
    doc["project"] = [{"id": "pj0", "title": "Project", "status": "running", "programme_id": "pg1",
                       "public_eur": 10.0, "private_eur": 5.0}]
    doc["commitment"] = [{"id": f"cm{i}", "partner_id": "p0", "status": "signed", "kind": "loi",
                          "action_id": f"a{i}", "date": "2027-01-01"} for i in range(4)]
    for a in doc["action"][:6]:
        a["programme_id"] = "pg0"
    return import_document(doc, tmp_path / f"r{seed}.roadmap")


def _value(rnd: random.Random, store, f):
    if rnd.random() < 0.15:
        return None
    if f.kind is Kind.REF:
        ids = [r["id"] for r in store.rows(f.ref)] if f.ref != "roadmap" else []
        return rnd.choice(ids) if ids else None
    if f.kind is Kind.CHOICE:
        return rnd.choice(f.choices).code
    if f.kind is Kind.DATE:
        return rnd.choice(DATES)
    if f.kind is Kind.INT:
        return rnd.choice((1, 5, 6, 8, 9, 2024, 2031))
    if f.kind is Kind.FLOAT:
        return rnd.choice((0.0, 3.0, 15.0))
    if f.kind is Kind.BOOL:
        return rnd.random() < 0.5
    return rnd.choice(("", " ", "Nieuw", "Iets anders"))


def _declared() -> dict[str, set[str]]:
    """Per entity, the fields the rules name in their `reads` and `refs`."""
    out: dict[str, set[str]] = {}
    for r in RULES.values():
        for p in r.parts:
            for e, names in p.reads.items():
                out.setdefault(e, set()).update(names)
            for names in p.refs.values():
                out.setdefault(p.entity, set()).update(names)
    return out


def _update(rnd: random.Random, store) -> Update | None:
    entity = rnd.choice(EDITED)
    if entity == "roadmap":
        row = store.roadmap()
    else:
        rows = store.rows(entity)
        if not rows:
            return None
        row = rnd.choice(rows[:6] if rnd.random() < 0.4 else rows)  # a0-a5: programmes, commitments
    fields = catalogue.entity(entity).fields
    named = _declared().get(entity)
    if named and rnd.random() < 0.5:  # the fields some rule says it reads, more often
        fields = tuple(f for f in fields if f.name in named)
    f = rnd.choice(fields)
    return Update(entity, row["id"], {f.name: _value(rnd, store, f)})


def _edit(rnd: random.Random, store, n: int) -> list:
    r = rnd.random()
    actions = [a["id"] for a in store.rows("action")]
    if r < 0.06:
        return [Create("action", {"title": f"Nieuw {n}", "value_chain_id": "vc0", "lane_id": "l0-1",
                                  "start_date": "2027-01-01", "end_date": "2026-01-01"})]
    if r < 0.10:
        return [Create("dependency", {"from_action_id": rnd.choice(actions),
                                      "to_action_id": rnd.choice(actions)})]
    if r < 0.13:
        return [Delete("action", rnd.choice(actions))]
    if r < 0.15:
        return [Move("action", rnd.choice(actions), rnd.random() * 100)]
    ops = [op for op in (_update(rnd, store) for _ in range(1 if r < 0.8 else 3)) if op]
    return ops


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_incremental_checks_equal_a_full_run(tmp_path, seed):
    store = _roadmap(tmp_path, seed)
    cache = RowCache(store)
    store.subscribe(cache.apply)
    runner = CheckRunner(cache)
    rnd = random.Random(seed)
    today = dt.date(2028, 5, 1)
    assert runner.run(today=today) == run_checks(store, today=today)
    done, patched = [], 0
    for n in range(160):
        if done and rnd.random() < 0.08:
            change = store.apply(list(done.pop().inverse), origin="undo")
        else:
            try:
                change = store.apply(_edit(rnd, store, n))
            except ValidationError:
                continue
            done.append(change)
        if rnd.random() < 0.03:
            today += dt.timedelta(days=400)
        if rnd.random() < 0.3:
            continue  # several changes before the next run
        got = runner.run(today=today)
        assert got == run_checks(store, today=today), (seed, n, change.rows)
        patched += runner.last_rows > 0
    assert patched > 20  # many runs re-checked single rows
    store.close()


def test_an_action_edit_rechecks_that_action(tmp_path):
    """After a title edit of one action, no rule runs afresh; the rules on single actions
    check only that action, and the rules on dependencies only the ones naming it."""
    store = _roadmap(tmp_path, 5)
    cache = RowCache(store)
    store.subscribe(cache.apply)
    runner = CheckRunner(cache)
    today = dt.date(2028, 5, 1)
    runner.run(today=today)
    deps = [d for d in store.rows("dependency") if "a3" in (d["from_action_id"], d["to_action_id"])]
    store.apply([Update("action", "a3", {"title": "Andere naam"})])
    got = runner.run(today=today)
    assert got == run_checks(store, today=today)
    assert runner.last_full == 0
    row_rules = sum(1 for r in RULES.values() for p in r.parts if p.entity == "action")
    assert runner.last_rows == row_rules + len(deps)
    store.apply([Update("action", "a3", {"end_date": "2025-01-01"})])  # now ends before it starts
    got = runner.run(today=today)
    assert got == run_checks(store, today=today)
    assert any(p.code == "D1" and p.row_id == "a3" for p in got)
    assert runner.last_full == 0
    store.close()

