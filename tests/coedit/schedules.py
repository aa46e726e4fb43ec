"""Adversarial co-editing schedules: random edits of 3-5 authors through a faulty cloud,
checked against a ground truth computed from the schedule's own log.

The log records every acknowledged edit as the rows it changed in its author's tables
(what `RoadmapStore.apply` committed, cascades and cleared references included) and, for
each edit, which earlier edits its author had seen. "Seen" is tracked by the schedule
itself from what the cloud delivered intact under a proper name and the author then
synced; it never asks the merge code. From that log alone the truth is computed:

* the value every field must end with (one write no other write has seen; when there are
  several, the field must be listed and may keep any of them);
* the rows that exist, are deleted, or were brought back because a row created or moved
  under them concurrently still needs them (transitively: a dependency keeps its actions,
  the actions their value chain); references to rows that stay deleted read as empty;
  dependencies that would close a cycle after merging are left out in id order;
* the conflicts: a field whose writes, grouped by the set of writes that saw them, have a
  group with two different values (two writes made without seeing each other, and nothing
  after either of them that saw only one); a row deleted by a write that had not seen an
  edit of the row (and that edit had not seen the delete); a row deleted while a
  reference to it was set without seeing the delete; a row brought back as above; a
  dependency left out.

`run_schedule` then checks: all copies identical (tables, document, conflict records);
the tables equal the truth (so every acknowledged edit is present or its field is
listed); the listed conflicts equal the real ones, with exactly the concurrent values and
their authors; the document equals the tables; SQLite's integrity check is ok.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db import catalogue
from db.crdt.document import CONFLICTS, DELETED, POSITION, SEP
from db.crdt.merge import store_rows
from db.errors import RoadmapError
from db.model import Kind
from db.ops import Create, Delete, Move, Update
from tests.coedit.cloud import FaultyCloud
from tests.coedit.coedit_helpers import doc_matches_tables

STATUSES = ("planned", "committed", "ongoing", "done")
#: the kinds of rows the schedules create or change (every other table stays empty; the
#: final check reads all of them)
EDITED = ("roadmap", "partner", "value_chain", "programme", "lane", "action", "action_partner",
          "action_status_event",
          "dependency")


def view(store) -> dict:
    """The rows an author sees, of the kinds the schedules touch (like `store_rows`)."""
    out = {}
    for name in EDITED:
        e = catalogue.entity(name)
        out[name] = {r["id"]: {POSITION: float(r["position"]), **{f.name: r.get(f.name) for f in e.fields}}
                     for r in store.rows(name)}
    return out


def fill(store) -> None:
    """Two value chains with lanes, programmes, actions, a dependency and action partners."""
    ops = [Create("partner", {"name": f"Partner {k}"}, id=f"p{k}", position=float(k)) for k in range(3)]
    for v in range(2):
        ops += [Create("value_chain", {"name": f"Keten {v}"}, id=f"vc{v}", position=float(v)),
                Create("lane", {"name": f"Laag {v}", "value_chain_id": f"vc{v}"}, id=f"l{v}"),
                Create("programme", {"name": f"Programma {v}", "value_chain_id": f"vc{v}"}, id=f"g{v}")]
    for k in range(5):
        v = k % 2
        ops.append(Create("action", {"title": f"Actie {k}", "value_chain_id": f"vc{v}",
                                     "lane_id": f"l{v}", "programme_id": f"g{v}",
                                     "owner_id": f"p{k % 3}"}, id=f"a{k}", position=float(k)))
    ops += [Create("dependency", {"from_action_id": "a0", "to_action_id": "a2"}, id="d0"),
            Create("action_partner", {"action_id": "a1", "partner_id": "p1"}, id="ap0")]
    store.apply(ops)


# -- the log ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Write:
    edit: int
    author: int
    entity: str
    row: str
    field: str
    value: object


@dataclass
class Edit:
    id: int
    author: int
    seen: frozenset
    kind: str
    writes: list[Write] = field(default_factory=list)


def _table_writes(edit: int, author: int, before: dict, after: dict) -> list[Write]:
    """The writes an acknowledged edit made: the difference of its author's tables."""
    out: list[Write] = []
    for e in catalogue.ENTITIES:
        b, a = before.get(e.name, {}), after.get(e.name, {})
        for row_id in sorted(set(a) | set(b)):
            old, new = b.get(row_id), a.get(row_id)
            if new is None:
                out.append(Write(edit, author, e.name, row_id, DELETED, True))
                continue
            for fld, v in new.items():
                if old is None:
                    if v is not None:
                        out.append(Write(edit, author, e.name, row_id, fld, v))
                elif not _same(old.get(fld), v):
                    out.append(Write(edit, author, e.name, row_id, fld, v))
    return out


def _same(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return a == b


def _distinct(values) -> list:
    out: list = []
    for v in values:
        if not any(_same(v, o) for o in out):
            out.append(v)
    return out


# -- the truth, from the log only ---------------------------------------------------------


@dataclass
class Truth:
    rows: dict            # {entity: {id: {position, fields}}} the tables must show
    conflicts: dict       # {(entity, row, field): {"kind", "values", "authors"}}
    undecided: set        # keys whose value may be any of several (they are listed)


def _seen(later: Edit, earlier: Edit) -> bool:
    return earlier.id in later.seen


def _concurrent(a: Edit, b: Edit) -> bool:
    return a.id != b.id and not _seen(a, b) and not _seen(b, a)


def compute_truth(base: dict, edits: list[Edit], final_rows: dict, final_flat: dict) -> Truth:
    """The rows and conflicts the schedule must end with. `final_rows` (the merged
    tables) and `final_flat` (the merged document) are read only to learn which of
    several concurrent values a field kept; the truth then requires that field to be
    listed and the kept value to be one of them."""
    by_id = {e.id: e for e in edits}
    writes: dict[tuple[str, str, str], list[Write]] = {}
    for ed in edits:
        for w in ed.writes:
            writes.setdefault((w.entity, w.row, w.field), []).append(w)

    def ed(w: Write) -> Edit:
        return by_id[w.edit]

    conflicts: dict = {}
    heads_of: dict = {}
    for key, ws in writes.items():
        heads_of[key] = [w for w in ws if not any(_seen(ed(o), ed(w)) for o in ws if o is not w)]
        if key[2] == DELETED:
            continue
        groups: dict[frozenset, list[Write]] = {}
        for w in ws:
            succ = frozenset(o.edit for o in ws if o is not w and _seen(ed(o), ed(w)))
            groups.setdefault(succ, []).append(w)
        involved = [g for g in groups.values() if len(_distinct(w.value for w in g)) > 1]
        if involved:
            flat = [w for g in involved for w in g]
            conflicts[key] = {"kind": "order" if key[2] == POSITION else "field",
                              "values": _distinct(w.value for w in flat),
                              "authors": sorted({w.author for w in flat})}
    # values of every row, deleted flags
    values: dict[str, dict[str, dict]] = {e: {r: dict(v) for r, v in rows.items()} for e, rows in base.items()}
    deleted: set[tuple[str, str]] = set()
    undecided: set = set()
    for (ent, row, fld), heads in heads_of.items():
        vals = _distinct(h.value for h in heads)
        if fld == DELETED:
            if len(vals) > 1:  # deleted and un-deleted concurrently: the document's choice
                vals = [final_flat.get(ent, {}).get(row, {}).get(DELETED)]
            if vals[0] is True:
                deleted.add((ent, row))
            continue
        rowvals = values.setdefault(ent, {}).setdefault(row, {})
        if len(vals) == 1:
            rowvals[fld] = vals[0]
        else:
            undecided.add((ent, row, fld))
            kept = final_rows.get(ent, {}).get(row, {}).get(fld, "\0missing")
            rowvals[fld] = kept if any(_same(kept, v) for v in vals) else ("\0not one of", vals)
    # rows a concurrently added or moved child still belongs to are brought back
    cascade = [(e, f) for e in catalogue.ENTITIES for f in e.refs() if f.on_delete == "cascade"]
    restored: set[tuple[str, str]] = set()
    changed = True
    while changed:
        changed = False
        for e, f in cascade:
            for row, vals in values.get(e.name, {}).items():
                if (e.name, row) in deleted and (e.name, row) not in restored:
                    continue
                parent = vals.get(f.name)
                if isinstance(parent, str) and (f.ref, parent) in deleted \
                        and (f.ref, parent) not in restored and parent in values.get(f.ref, {}):
                    restored.add((f.ref, parent))
                    changed = True
    rows: dict = {}
    left_out: list[str] = []
    for e in catalogue.ENTITIES:
        out = {}
        for row, vals in sorted(values.get(e.name, {}).items()):
            if (e.name, row) in deleted and (e.name, row) not in restored:
                continue
            shown = {POSITION: float(vals.get(POSITION) or 0.0)}
            hidden = False
            for f in e.fields:
                v = vals.get(f.name)
                if f.kind is Kind.REF and v is not None and v not in rows.get(f.ref, {}):
                    if f.on_delete == "cascade":
                        hidden = True
                    v = None
                shown[f.name] = v
            if not hidden:
                out[row] = shown
        if e.name == "dependency":
            kept: dict = {}
            for dep in sorted(out):
                edge = (out[dep]["from_action_id"], out[dep]["to_action_id"])
                if _reaches(kept, edge[1], edge[0]):
                    left_out.append(dep)
                    continue
                kept[dep] = out[dep]
            out = kept
        rows[e.name] = out
    # rows deleted while edited, or while someone set a reference to them
    deletes: dict[tuple[str, str], list[Write]] = {}
    for (ent, row, fld), ws in writes.items():
        if fld == DELETED:
            deletes[(ent, row)] = [w for w in ws if w.value is True]
    row_edits: dict[tuple[str, str], list[Write]] = {}
    for (ent, row, fld), ws in writes.items():
        if fld != DELETED:
            row_edits.setdefault((ent, row), []).extend(ws)
    special: dict[tuple[str, str], dict] = {}
    for target, dels in deletes.items():
        for w in row_edits.get(target, []):
            if any(_concurrent(ed(d), ed(w)) for d in dels):
                special.setdefault(target, {"deleted_by": set(), "by": set()})
                special[target]["deleted_by"] |= {d.author for d in dels if _concurrent(ed(d), ed(w))}
                special[target]["by"].add(w.author)
    for (ent, _row, fld), ws in writes.items():
        e = catalogue.entity(ent)
        f = e.by_name.get(fld)
        if f is None or f.kind is not Kind.REF:
            continue
        for w in ws:
            if not isinstance(w.value, str) or (f.ref, w.value) not in deletes:
                continue
            dels = deletes[(f.ref, w.value)]
            for d in dels:
                if not _concurrent(ed(d), ed(w)):
                    continue
                if any(_seen(ed(o), ed(w)) and not _seen(ed(o), ed(d)) for o in ws if o is not w):
                    continue  # its own author (or someone who saw it) changed it again first
                if f.on_delete == "cascade" and (f.ref, w.value) not in restored:
                    continue  # the child went too; nothing waits for the parent
                sp = special.setdefault((f.ref, w.value), {"deleted_by": set(), "by": set()})
                sp["deleted_by"].add(d.author)
                sp["by"].add(w.author)
    for target in restored:
        special.setdefault(target, {"deleted_by": set(), "by": set()})
    for target, sp in special.items():
        if target in restored:  # who brought it back may be several steps away: not compared
            conflicts[(target[0], target[1], DELETED)] = {"kind": "restored"}
        else:
            conflicts[(target[0], target[1], DELETED)] = {
                "kind": "deleted", "authors": sorted(sp["deleted_by"] | sp["by"])}
    for dep in left_out:
        conflicts[("dependency", dep, DELETED)] = {"kind": "cycle"}
    return Truth(rows, conflicts, undecided)


def _reaches(deps: dict, start: str, goal: str) -> bool:
    edges: dict[str, list[str]] = {}
    for d in deps.values():
        edges.setdefault(d["from_action_id"], []).append(d["to_action_id"])
    stack, seen = [start], set()
    while stack:
        n = stack.pop()
        if n == goal:
            return True
        if n in seen:
            continue
        seen.add(n)
        stack.extend(edges.get(n, []))
    return False


# -- random edits -------------------------------------------------------------------------


class Schedule:
    """One seeded schedule: n authors, random edits, syncs and faulty deliveries."""

    def __init__(self, tmp: Path, seed: int, *, authors: int | None = None, steps: int | None = None) -> None:
        self.seed = seed
        self.rnd = random.Random(seed)
        self.n = authors or self.rnd.randint(3, 5)
        self.steps = steps or self.rnd.randint(25, 60)
        self.cloud = FaultyCloud(tmp, self.n, fill, self.rnd)
        for i in range(self.n):
            self.cloud.publish_seen(i, frozenset())
        self.base = store_rows(self.cloud.stores[0])
        self.seen: list[set[int]] = [set() for _ in range(self.n)]
        self.edits: list[Edit] = []
        self.counter = 0
        self.refused = 0

    # -- edits -------------------------------------------------------------------------

    def _uid(self, i: int, what: str) -> str:
        self.counter += 1
        return f"s{self.seed}-{what}{i}-{self.counter}"

    def _pick(self, rows: dict, entity: str):
        ids = sorted(rows.get(entity, {}))
        return self.rnd.choice(ids) if ids else None

    def random_ops(self, i: int, rows: dict) -> tuple[str, list]:
        r = self.rnd
        k = r.random()
        act = self._pick(rows, "action")
        if k < 0.28 and act:  # same-field edits
            fld = r.choice(("title", "title", "status", "description"))
            value = r.choice([s for s in STATUSES if s != rows["action"][act]["status"]]) \
                if fld == "status" else f"{fld} by {i} #{self.counter}"
            self.counter += 1
            return "field", [Update("action", act, {fld: value})]
        if k < 0.36:
            ent = r.choice(("partner", "value_chain", "programme"))
            row = self._pick(rows, ent)
            if row:
                self.counter += 1
                return "field", [Update(ent, row, {"name": f"{ent} {i} #{self.counter}"})]
        if k < 0.45:  # row moves: position
            ent = r.choice(("action", "partner", "lane"))
            row = self._pick(rows, ent)
            if row:
                return "move", [Move(ent, row, round(r.uniform(-50, 50), 6))]
        if k < 0.55 and act:  # row moves: to another value chain / programme / lane
            fld = r.choice(("value_chain_id", "programme_id", "lane_id"))
            target = {"value_chain_id": "value_chain", "programme_id": "programme", "lane_id": "lane"}[fld]
            choices = [x for x in sorted(rows.get(target, {})) if x != rows["action"][act][fld]]
            if rows["action"][act][fld] is not None and fld != "value_chain_id":
                choices.append(None)  # a reference cleared on purpose
            if choices:
                return "reparent", [Update("action", act, {fld: r.choice(choices)})]
        if k < 0.70:  # deletes, cascading and clearing references
            ent = r.choice(("action", "action", "value_chain", "programme", "lane", "partner",
                            "dependency", "action_partner"))
            row = self._pick(rows, ent)
            if row:
                return "delete", [Delete(ent, row)]
        if k < 0.92:  # creations, possibly under something a co-author deletes
            what = r.choice(("action", "action", "programme", "dependency", "dependency",
                             "action_partner", "lane"))
            vc = self._pick(rows, "value_chain")
            if what == "action" and vc:
                prog = r.choice([None] + [g for g, v in sorted(rows.get("programme", {}).items())])
                lane = r.choice([None] + sorted(rows.get("lane", {})))
                return "create", [Create("action", {"title": f"new by {i}", "value_chain_id": vc,
                                                    "programme_id": prog, "lane_id": lane},
                                         id=self._uid(i, "a"))]
            if what == "programme" and vc:
                gid = self._uid(i, "g")
                ops = [Create("programme", {"name": f"prog by {i}", "value_chain_id": vc}, id=gid)]
                if r.random() < 0.6:  # and an action in it, in the same edit
                    ops.append(Create("action", {"title": f"in {gid}", "value_chain_id": vc,
                                                 "programme_id": gid}, id=self._uid(i, "a")))
                return "create", ops
            if what == "lane" and vc:
                return "create", [Create("lane", {"name": f"lane by {i}", "value_chain_id": vc},
                                         id=self._uid(i, "l"))]
            acts = sorted(rows.get("action", {}))
            if what == "dependency" and len(acts) >= 2:
                a, b = r.sample(acts, 2)
                return "create", [Create("dependency", {"from_action_id": a, "to_action_id": b},
                                         id=self._uid(i, "d"))]
            part = self._pick(rows, "partner")
            if what == "action_partner" and acts and part:
                return "create", [Create("action_partner", {"action_id": r.choice(acts), "partner_id": part,
                                                            "role": f"role by {i}"}, id=self._uid(i, "ap"))]
        return "none", []

    def edit(self, i: int) -> None:
        store = self.cloud.stores[i]
        before = view(store)
        kind, ops = self.random_ops(i, before)
        if not ops:
            return
        try:
            store.apply(ops)
        except RoadmapError:
            self.refused += 1  # e.g. a dependency that would close a cycle here; not acknowledged
            return
        after = view(store)
        ed = Edit(len(self.edits) + 1, i, frozenset(self.seen[i]), kind)
        ed.writes = _table_writes(ed.id, i, before, after)
        # editing a row shown only because something added under it needs it (restored)
        # makes it explicitly not deleted any more: the store writes that too
        for ent, row in sorted({(w.entity, w.row) for w in ed.writes if w.field != DELETED}):
            if row in before.get(ent, {}) and self._deleted_in_view(i, ent, row, store):
                ed.writes.append(Write(ed.id, i, ent, row, DELETED, False))
        self.edits.append(ed)
        self.seen[i].add(ed.id)

    def _deleted_in_view(self, i: int, ent: str, row: str, store) -> bool:
        """Whether author i's document had this row marked deleted (from the log: the
        deleting and un-deleting writes i had seen; only when several of them were
        concurrent does it ask i's document which one it kept)."""
        ws = [w for e in self.edits if e.id in self.seen[i] for w in e.writes
              if (w.entity, w.row, w.field) == (ent, row, DELETED)]
        by_id = {e.id: e for e in self.edits}
        heads = [w for w in ws if not any(w.edit in by_id[o.edit].seen for o in ws if o is not w)]
        vals = {h.value for h in heads}
        if len(vals) == 1:
            return vals.pop() is True
        return store.crdt.map(ent).get(f"{row}{SEP}{DELETED}") is True

    def sync(self, i: int):
        for edits in self.cloud.readable(i):
            self.seen[i] |= edits
        report = self.cloud.sync(i)
        self.cloud.publish_seen(i, frozenset(self.seen[i]))
        return report

    # -- running -----------------------------------------------------------------------

    def play(self) -> None:
        r = self.rnd
        for _ in range(self.steps):
            k = r.random()
            i = r.randrange(self.n)
            if k < 0.55:
                self.edit(i)
            elif k < 0.75:
                self.sync(i)
            else:
                for _ in range(r.randint(1, 3)):
                    self.cloud.deliver_random(i, r.randrange(self.n))

    def finish(self, max_rounds: int = 8) -> int:
        """Deliver everything, intact, until a whole round changes nothing."""
        for rnd in range(max_rounds):
            changed = False
            for i in range(self.n):
                for j in range(self.n):
                    self.cloud.deliver_latest(j, i)
                report = self.sync(i)
                changed |= bool(report.result and report.result.changed_document)
            if not changed and rnd:
                return rnd + 1
        raise AssertionError(f"seed {self.seed}: no quiescence after {max_rounds} rounds")


# -- checking -----------------------------------------------------------------------------


def listed_records(store) -> dict[tuple[str, str, str], dict]:
    out = {}
    for key, text in store.crdt.map(CONFLICTS).items():
        rec = json.loads(text)
        if rec.get("resolved"):
            continue
        ent, row, fld = key.split(SEP)[:3]
        out[(ent, row, fld)] = rec
    return out


def check(s: Schedule) -> dict:
    """Counts of everything that is wrong (all 0 when the merge is correct) and sizes."""
    stores = s.cloud.stores
    first = store_rows(stores[0])
    problems: list[str] = []
    for k, st in enumerate(stores):
        if store_rows(st) != first:
            problems.append(f"author {k}'s tables differ from author 0's")
        if st.crdt.flatten() != stores[0].crdt.flatten():
            problems.append(f"author {k}'s document differs from author 0's")
        if dict(st.crdt.map(CONFLICTS).items()) != dict(stores[0].crdt.map(CONFLICTS).items()):
            problems.append(f"author {k}'s conflict records differ from author 0's")
        if not doc_matches_tables(st):
            problems.append(f"author {k}'s document does not equal its tables")
        if st.integrity_check() != ["ok"]:
            problems.append(f"author {k}'s file fails the integrity check")
    truth = compute_truth(s.base, s.edits, first, stores[0].crdt.flatten())
    listed = listed_records(stores[0])
    names = {f"Author {k}": k for k in range(s.n)}
    hidden = sorted(set(truth.conflicts) - set(listed))
    over = sorted(set(listed) - set(truth.conflicts))
    wrong = []
    for key in sorted(set(truth.conflicts) & set(listed)):
        t, rec = truth.conflicts[key], listed[key]
        if rec.get("kind") != t["kind"]:
            wrong.append(f"{key}: kind {rec.get('kind')} instead of {t['kind']}")
            continue
        if t["kind"] in ("field", "order"):
            if sorted(map(repr, _distinct(rec.get("values") or []))) != sorted(map(repr, t["values"])):
                wrong.append(f"{key}: values {rec.get('values')} instead of {t['values']}")
            got = sorted(names.get(a, a) for a in rec.get("authors") or [])
            if got != t["authors"]:
                wrong.append(f"{key}: authors {got} instead of {t['authors']}")
        elif "authors" in t:
            got = sorted(names.get(a, a) for a in rec.get("authors") or [])
            if got != t["authors"]:
                wrong.append(f"{key}: authors {got} instead of {t['authors']}")
    lost = []
    for e in catalogue.ENTITIES:
        want, have = truth.rows.get(e.name, {}), first.get(e.name, {})
        for row in sorted(set(want) | set(have)):
            if row not in have:
                lost.append(f"{e.name} {row} missing")
            elif row not in want:
                lost.append(f"{e.name} {row} shown but should not be")
            else:
                for fld, v in want[row].items():
                    if not _same(v, have[row].get(fld)):
                        lost.append(f"{e.name} {row}.{fld} = {have[row].get(fld)!r}, expected {v!r}")
    for key in truth.undecided:
        if key not in listed:
            lost.append(f"{key} kept one of several concurrent values without listing them")
    real = len(truth.conflicts)
    return {"seed": s.seed, "authors": s.n, "edits": len(s.edits),
            "writes": sum(len(e.writes) for e in s.edits), "refused": s.refused,
            "conflicts_real": real, "conflicts_listed": len(listed), "hidden": len(hidden),
            "over_listed": len(over), "wrong_records": len(wrong), "lost": len(lost),
            "divergent": len(problems), "kinds": _kinds(truth.conflicts),
            "faults": dict(s.cloud.stats),
            "details": problems + [f"hidden {k}" for k in hidden]
            + [f"over-listed {k}: {listed[k].get('kind')}" for k in over] + wrong + lost}


def _kinds(conflicts: dict) -> dict:
    out: dict[str, int] = {}
    for c in conflicts.values():
        out[c["kind"]] = out.get(c["kind"], 0) + 1
    return out


def run_schedule(tmp: Path, seed: int, **kw) -> dict:
    t = time.perf_counter()
    s = Schedule(tmp, seed, **kw)
    try:
        s.play()
        rounds = s.finish()
        result = check(s)
        result["rounds"] = rounds
    finally:
        s.cloud.close()
    result["seconds"] = round(time.perf_counter() - t, 3)
    return result


BAD = ("hidden", "over_listed", "wrong_records", "lost", "divergent")


def failed(result: dict) -> bool:
    return any(result[k] for k in BAD)


def run_many(seeds, tmpdir: Callable[[int], Path]) -> list[dict]:
    return [run_schedule(tmpdir(seed), seed) for seed in seeds]
