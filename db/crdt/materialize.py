"""The rows a merged CRDT document shows (Qt-free, no SQL): `materialize` turns the
document's flattened maps into roadmap rows as a deterministic function of the document
alone (so every device shows the same thing): deleted rows hidden unless something added
concurrently still needs them ("restored"), references to hidden rows cleared or
cascaded like the store does, and dependencies that would only close a cycle after
merging left out (listed as problems). `_materialized` keeps the result on the document
and follows later changes key by key (`_Derived`); `diff_ops` gives the store operations
that turn the current rows into those rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from db import catalogue
from db.crdt.dependency_cycles import acyclic
from db.crdt.document import DELETED, POSITION, Flat
from db.model import Kind
from db.ops import Create, Delete, Move, Op, Update

Rows = dict[str, dict[str, dict[str, Any]]]  # {entity: {id: {"position":..., field: value}}}


def _coerce(kind: Kind, value: object) -> object:
    if value is None:
        return None
    if kind is Kind.INT and isinstance(value, float) and value.is_integer():
        return int(value)
    if kind is Kind.FLOAT and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def materialize(flat: Flat, roadmap_id: str) -> tuple[Rows, list[str]]:
    """The rows a merged document shows, and problems found while building them."""
    rows, problems, _left_out = _materialize(flat, roadmap_id)
    return rows, problems


def _materialized(rdoc, roadmap_id: str):
    """(rows, problems, left-out dependencies, restored rows) of a RoadmapDoc's rows: kept
    on the document and brought up to date from the keys changed since (`_Derived.update`:
    only the rows those keys belong to, and the rows whose visibility or references that
    changes, are evaluated again), the same as materializing the whole document again."""
    key = (rdoc.content_version, roadmap_id)
    cached = rdoc.materialized
    if cached is not None and cached[0] == key:
        return cached[1]
    flat = rdoc.flat_view()
    derived = None
    if cached is not None and cached[0][1] == roadmap_id and _ORDER is not None:
        changes = rdoc.changes_since(cached[0][0])
        if changes is not None:
            derived = cached[2]
            derived.update(flat, changes, roadmap_id)
            derived.steps.append((cached[0][0], key[0], derived.touched))
            del derived.steps[:-8]
    if derived is None:
        derived = _Derived(flat, roadmap_id)
    res = (derived.rows, derived.problems, derived.left_out, derived.restored)
    rdoc.materialized = (key, res, derived)
    return res


def _rows_changed_since(rdoc, version: int | None) -> set[tuple[str, str]] | None:
    """The rows whose materialized values may differ between `version` and the kept
    materialize result, or None when that is not known (then every row is compared)."""
    cached = rdoc.materialized
    if version is None or cached is None:
        return None
    at = cached[0][0]
    out: set[tuple[str, str]] = set()
    for start, end, rows in reversed(cached[2].steps):
        if at == version:
            break
        if end != at:
            return None
        out |= rows
        at = start
    return out if at == version else None


def _entity_order() -> dict[str, int] | None:
    """Entity -> place in catalogue.ENTITIES, when every reference points to an earlier
    entity (what lets `_Derived.update` evaluate changed rows in one pass); else None."""
    order = {e.name: k for k, e in enumerate(catalogue.ENTITIES)}
    for e in catalogue.ENTITIES:
        for f in e.fields:
            if f.kind is Kind.REF and order.get(str(f.ref), len(order)) >= order[e.name]:
                return None
    return order


_ORDER = _entity_order()


class _Derived:
    """What `_materialize` and `_restored_parents` make of a document, with the indexes
    that let it follow changed keys: the references (row field -> target row) and who
    points at each row, the rows marked deleted, which rows are "kept" (present and not
    deleted, or restored), and the dependencies shown before the cycle check."""

    def __init__(self, flat: Flat, roadmap_id: str) -> None:
        self.restored = _restored_parents(flat)
        #: the dependencies shown before the cycle check
        self.dep_pre: dict[str, dict[str, Any]] = {}
        rows, problems, left_out = _materialize(flat, roadmap_id, self.restored, self.dep_pre)
        self.rows, self.problems, self.left_out = rows, problems, left_out
        self.steps: list[tuple[int, int, set[tuple[str, str]]]] = []
        self.touched: set[tuple[str, str]] = set()
        self.refs: dict[tuple[str, str, str], str] = {}
        self.referrers: dict[tuple[str, str], set[tuple[str, str]]] = {}
        self.children: dict[tuple[str, str], set[tuple[str, str]]] = {}
        self.kept: set[tuple[str, str]] = set()
        for ename, erows in flat.items():
            e = catalogue.BY_NAME.get(ename)
            for row_id, raw in erows.items():
                if raw.get(DELETED) is not True or (ename, row_id) in self.restored:
                    self.kept.add((ename, row_id))
                if e is None:
                    continue
                for f in e.refs():
                    v = raw.get(f.name)
                    if isinstance(v, str):
                        self._link(e, f, row_id, v)

    def _link(self, e, f, row_id: str, target: str) -> None:
        self.refs[(e.name, row_id, f.name)] = target
        t = (str(f.ref), target)
        self.referrers.setdefault(t, set()).add((e.name, row_id))
        if f.on_delete == "cascade":
            self.children.setdefault(t, set()).add((e.name, row_id))

    def _unlink(self, e, f, row_id: str, target: str) -> None:
        del self.refs[(e.name, row_id, f.name)]
        t = (str(f.ref), target)
        # another reference field of the same row may still point there
        still = [g for g in e.refs() if g.ref == f.ref and g.name != f.name
                 and self.refs.get((e.name, row_id, g.name)) == target]
        if not still:
            self.referrers.get(t, set()).discard((e.name, row_id))
        if f.on_delete == "cascade" and not any(g.on_delete == "cascade" for g in still):
            self.children.get(t, set()).discard((e.name, row_id))

    def update(self, flat: Flat, changes, roadmap_id: str) -> None:
        """Follow the keys changed since (db.crdt.document.RoadmapDoc.changes_since)."""
        self.touched = set()
        order = _ORDER
        assert order is not None  # (else `_materialized` materializes it all every time)
        # 1. the reference indexes; rows whose "kept" state may change, children first
        seeds: dict[int, set[tuple[str, str]]] = {}
        changed_rows = self._follow_refs(flat, changes, order, seeds)
        self._follow_kept(flat, order, seeds, changed_rows)
        # 2. the rows shown, in catalogue order (a reference points to an earlier entity)
        self._show(flat, changed_rows, order, roadmap_id)

    def _follow_refs(self, flat: Flat, changes, order: dict[str, int],
                     seeds: dict[int, set[tuple[str, str]]]) -> set[tuple[str, str]]:
        """Update the reference indexes for the changed keys, seeding the rows whose "kept"
        state may change; the rows changed."""
        changed_rows = set()
        for ename, row_id, fld in changes:
            changed_rows.add((ename, row_id))
            _seed(seeds, order, ename, row_id)
            e = catalogue.BY_NAME.get(ename)
            f = e.by_name.get(fld) if e is not None else None
            if f is None or f.kind is not Kind.REF:
                continue
            old = self.refs.get((ename, row_id, fld))
            new = flat.get(ename, {}).get(row_id, {}).get(fld)
            new = new if isinstance(new, str) else None
            if old == new:
                continue
            if old is not None:
                self._unlink(e, f, row_id, old)
                _seed(seeds, order, str(f.ref), old)
            if new is not None:
                self._link(e, f, row_id, new)
                _seed(seeds, order, str(f.ref), new)
        return changed_rows

    def _follow_kept(self, flat: Flat, order: dict[str, int], seeds: dict[int, set[tuple[str, str]]],
                     changed_rows: set[tuple[str, str]]) -> None:
        """Settle the "kept" and restored state of the seeded rows, children first (a row
        whose state changes seeds its cascade parents); restored rows join `changed_rows`."""
        restored = set(self.restored)
        while seeds:
            for target in seeds.pop(max(seeds)):
                ename, row_id = target
                raw = flat.get(ename, {}).get(row_id)
                if raw is None:
                    now, back = False, False
                elif raw.get(DELETED) is not True:
                    now, back = True, False
                else:
                    back = any(c in self.kept for c in self.children.get(target, ()))
                    now = back
                if back != (target in restored):
                    (restored.add if back else restored.discard)(target)
                    changed_rows.add(target)
                if now != (target in self.kept):
                    (self.kept.add if now else self.kept.discard)(target)
                    e = catalogue.BY_NAME[ename]
                    for f in e.refs():
                        parent = self.refs.get((ename, row_id, f.name))
                        if parent is not None and f.on_delete == "cascade":
                            _seed(seeds, order, str(f.ref), parent)
        if restored != self.restored:
            self.restored = restored  # a new set: db.crdt.merge._document_notes keys on it

    def _show(self, flat: Flat, changed_rows: set[tuple[str, str]], order: dict[str, int],
              roadmap_id: str) -> None:
        """Read the changed rows again in catalogue order, and what points at rows that
        appeared or went."""
        todo: dict[int, set[str]] = {}
        for ename, row_id in changed_rows:
            k = order.get(ename)
            if k is not None:
                todo.setdefault(k, set()).add(row_id)
        for k, e in enumerate(catalogue.ENTITIES):
            ids = todo.get(k)
            if not ids:
                continue
            if e.name == "dependency":
                moved = self._show_dependencies(e, ids, flat.get(e.name, {}), roadmap_id)
                if moved is None:
                    continue
                appeared, gone = moved
            else:
                appeared, gone = self._show_rows(e, ids, flat.get(e.name, {}), roadmap_id)
            for row_id in appeared | gone:  # what points at it reads it again
                for ce, cr in self.referrers.get((e.name, row_id), ()):
                    todo.setdefault(order[ce], set()).add(cr)

    def _show_rows(self, e, ids: set[str], raws: dict, roadmap_id: str) -> tuple[set[str], set[str]]:
        """Read rows `ids` of entity `e` again: (those that appeared, those that went)."""
        shown = self.rows.setdefault(e.name, {})
        appeared: set[str] = set()
        gone: set[str] = set()
        for row_id in ids:
            values = _row_values(e, row_id, raws.get(row_id), self.rows, self.restored, roadmap_id)
            self.touched.add((e.name, row_id))
            if values is None:
                if shown.pop(row_id, None) is not None:
                    gone.add(row_id)
            else:
                if row_id not in shown:
                    appeared.add(row_id)
                shown[row_id] = values
        return appeared, gone

    def _show_dependencies(self, e, ids: set[str], raws: dict, roadmap_id: str
                           ) -> tuple[set[str], set[str]] | None:
        """Read dependencies `ids` again and, when an end changed, check for cycles again:
        (those that appeared, those that went), or None when no end changed."""
        shown = self.rows.setdefault(e.name, {})
        before = dict(shown)
        dirty = False
        for row_id in ids:
            values = _row_values(e, row_id, raws.get(row_id), self.rows, self.restored, roadmap_id)
            was = self.dep_pre.get(row_id)
            if values is None:
                if was is not None:
                    del self.dep_pre[row_id]
                    dirty = True
            else:
                if was is None or (was.get("from_action_id"), was.get("to_action_id")) \
                        != (values.get("from_action_id"), values.get("to_action_id")):
                    dirty = True
                self.dep_pre[row_id] = values
                if row_id in shown:
                    shown[row_id] = values
        self.touched |= {(e.name, r) for r in ids}
        if not dirty:
            return None
        problems: list[str] = []
        left_out: list[str] = []
        kept = acyclic(self.dep_pre, problems, left_out)  # (it reads them in id order)
        self.rows[e.name] = kept
        self.problems, self.left_out = problems, left_out
        appeared = set(kept) - set(before)
        gone = set(before) - set(kept)
        self.touched |= {(e.name, r) for r in appeared | gone}
        return appeared, gone


def _seed(seeds: dict[int, set[tuple[str, str]]], order: dict[str, int], ename: str, row_id: str) -> None:
    """Note a row whose "kept" state may change, under its entity's catalogue position."""
    k = order.get(ename)
    if k is not None:
        seeds.setdefault(k, set()).add((ename, row_id))


def _row_values(e, row_id: str, raw, out: Rows, restored, roadmap_id: str):
    """One row as `_materialize` shows it, or None when it is not shown."""
    if raw is None:
        return None
    if raw.get(DELETED) is True and (e.name, row_id) not in restored:
        return None
    if e.singleton and row_id != roadmap_id:
        return None
    values: dict[str, object] = {POSITION: float(raw.get(POSITION) or 0.0)}
    for f in e.fields:
        v = _coerce(f.kind, raw.get(f.name))
        if f.kind is Kind.REF and v is not None and v not in out.get(f.target, {}):
            if f.on_delete == "cascade":
                return None
            v = None
        values[f.name] = v
    return values


def _materialize(flat: Flat, roadmap_id: str, restored: set[tuple[str, str]] | None = None,
                 deps_before_check: dict[str, dict[str, Any]] | None = None
                 ) -> tuple[Rows, list[str], list[str]]:
    """`materialize`, with the dependencies left out; `deps_before_check`, when given, gets
    the dependencies shown before the cycle check (what `_Derived` follows)."""
    out: Rows = {}
    problems: list[str] = []
    left_out: list[str] = []
    if restored is None:
        restored = _restored_parents(flat)
    for e in catalogue.ENTITIES:
        rows = flat.get(e.name, {})
        visible: dict[str, dict[str, Any]] = {}
        for row_id in sorted(rows):
            values = _row_values(e, row_id, rows[row_id], out, restored, roadmap_id)
            if values is not None:
                visible[row_id] = values
        if e.name == "dependency":
            if deps_before_check is not None:
                deps_before_check.update(visible)
            visible = acyclic(visible, problems, left_out)
        out[e.name] = visible
    return out, problems, left_out


def _restored_parents(flat: Flat) -> set[tuple[str, str]]:
    """Deleted rows that a row added concurrently still belongs to (kept, and listed as a
    "restored" conflict by `detect_conflicts`): a child is never dropped with its parent."""
    restored: set[tuple[str, str]] = set()
    refs = [(e, f) for e in catalogue.ENTITIES for f in e.fields
            if f.kind is Kind.REF and f.on_delete == "cascade"]
    changed = True
    while changed:
        changed = False
        for e, f in refs:
            for row_id, raw in flat.get(e.name, {}).items():
                if raw.get(DELETED) is True and (e.name, row_id) not in restored:
                    continue
                parent = raw.get(f.name)
                if not isinstance(parent, str):
                    continue
                praw = flat.get(f.target, {}).get(parent)
                if (praw is not None and praw.get(DELETED) is True
                        and (f.target, parent) not in restored):
                    restored.add((f.target, parent))
                    changed = True
    return restored


def store_rows(store) -> Rows:
    """The current rows of a store in the same shape as `materialize` returns."""
    return {e.name: {r["id"]: store_row(e, r) for r in store.rows(e.name)}
            for e in catalogue.ENTITIES}


def store_row(e, row: dict) -> dict[str, Any]:
    """One row of the store (`RoadmapStore.rows`) in the shape `materialize` gives it."""
    return {POSITION: float(row["position"]), **{f.name: row.get(f.name) for f in e.fields}}


def diff_ops(current: Rows, target: Rows) -> list[Op]:
    """Operations that turn `current` into `target` (creates first, deletes last)."""
    creates: list[Op] = []
    updates: list[Op] = []
    deletes: list[Op] = []
    for e in catalogue.ENTITIES:
        cur = current.get(e.name, {})
        tgt = target.get(e.name, {})
        for row_id, values in tgt.items():
            old = cur.get(row_id)
            fields = {k: v for k, v in values.items() if k != POSITION}
            if old is None:
                if not e.singleton:
                    creates.append(Create(e.name, fields, row_id, values[POSITION]))
                continue
            changed = {k: v for k, v in fields.items() if old.get(k) != v}
            if changed:
                updates.append(Update(e.name, row_id, changed))
            if float(old.get(POSITION) or 0.0) != values[POSITION] and not e.singleton:
                updates.append(Move(e.name, row_id, values[POSITION]))
    for e in reversed(catalogue.ENTITIES):
        cur = current.get(e.name, {})
        tgt = target.get(e.name, {})
        for row_id in sorted(set(cur) - set(tgt)):
            if not e.singleton:
                deletes.append(Delete(e.name, row_id))
    return creates + updates + deletes


def describe(ops: Iterable[Op]) -> dict[str, int]:
    """How many rows were added, changed, moved and removed."""
    out = {"added": 0, "changed": 0, "moved": 0, "removed": 0}
    for op in ops:
        key = {Create: "added", Update: "changed", Move: "moved", Delete: "removed"}[type(op)]
        out[key] += 1
    return out
