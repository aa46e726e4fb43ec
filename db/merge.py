"""Turning a merged CRDT document into roadmap rows, and finding conflicts (Qt-free, no SQL).

pycrdt decides what the merged document holds (it converges on every device). This
module adds what a CRDT does silently:

* `find_conflicts`: a three-way check (base = state at the last sync, mine = this
  device, theirs = base plus every incoming state). A field that both sides changed to
  different values is a conflict; a row deleted on one side and edited on the other is a
  "deleted" conflict (the delete is a soft delete, so the edit is still there to restore).
* `materialize`: the visible rows of a merged document, as a deterministic function of
  the document alone (so every device shows the same thing): deleted rows hidden,
  references to hidden rows cleared or cascaded like the store does, and dependencies
  that would only close a cycle after merging left out (listed as problems).
* `diff_ops`: the store operations that turn the current rows into those rows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from db import catalogue
from db.crdt_doc import CONFLICTS, DELETED, POSITION, SEP, Flat, decode_state_vector
from db.graph import find_cycle
from db.model import Kind
from db.ops import Create, Delete, Move, Op, Update

Rows = dict[str, dict[str, dict[str, object]]]  # {entity: {id: {"position":..., field: value}}}


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
    out: Rows = {}
    problems: list[str] = []
    for e in catalogue.ENTITIES:
        rows = flat.get(e.name, {})
        visible: dict[str, dict[str, object]] = {}
        for row_id in sorted(rows):
            raw = rows[row_id]
            if raw.get(DELETED) is True:
                continue
            if e.singleton and row_id != roadmap_id:
                continue
            values: dict[str, object] = {POSITION: float(raw.get(POSITION) or 0.0)}
            hidden = False
            for f in e.fields:
                v = _coerce(f.kind, raw.get(f.name))
                if f.kind is Kind.REF and v is not None and v not in out.get(f.ref, {}):
                    if f.on_delete == "cascade":
                        hidden = True
                        break
                    v = None
                values[f.name] = v
            if not hidden:
                visible[row_id] = values
        if e.name == "dependency":
            visible = _acyclic(visible, problems)
        out[e.name] = visible
    return out, problems


def _acyclic(deps: dict[str, dict[str, object]], problems: list[str]) -> dict[str, dict[str, object]]:
    kept: dict[str, dict[str, object]] = {}
    edges: list[tuple[str, str]] = []
    for dep_id in sorted(deps):
        d = deps[dep_id]
        edge = (d.get("from_action_id"), d.get("to_action_id"))
        if None not in edge and find_cycle(edges + [edge]):
            problems.append(f"dependency {dep_id} left out: merging made a cycle")
            continue
        if None not in edge:
            edges.append(edge)
        kept[dep_id] = d
    return kept


def store_rows(store) -> Rows:
    """The current rows of a store in the same shape as `materialize` returns."""
    out: Rows = {}
    for e in catalogue.ENTITIES:
        out[e.name] = {r["id"]: {POSITION: float(r["position"]),
                                 **{f.name: r.get(f.name) for f in e.fields}}
                       for r in store.rows(e.name)}
    return out


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


# -- conflicts ---------------------------------------------------------------------------


def _row(flat: Flat, entity: str, row_id: str) -> dict[str, object]:
    return flat.get(entity, {}).get(row_id, {})


def _same(a: object, b: object) -> bool:
    return a == b and (a is None) == (b is None)


def find_conflicts(base: Flat, mine: Flat, theirs: Flat, merged: Flat, *,
                   device: str, author: str) -> dict[str, dict]:
    """Three-way check; returns conflict records keyed for the document's conflict map.

    Keys are ``entity SEP row SEP field SEP device`` so a repeated sync overwrites its own
    record and records found by different devices never overwrite each other.
    """
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    out: dict[str, dict] = {}
    for e in catalogue.ENTITIES:
        ids = set(mine.get(e.name, {})) | set(theirs.get(e.name, {}))
        for row_id in ids:
            b, m, t = _row(base, e.name, row_id), _row(mine, e.name, row_id), _row(theirs, e.name, row_id)
            if m == t:
                continue
            k = _row(merged, e.name, row_id)
            m_del, t_del, b_del = m.get(DELETED) is True, t.get(DELETED) is True, b.get(DELETED) is True
            fields = [POSITION] + [f.name for f in e.fields]
            m_changed = [f for f in fields if not _same(m.get(f), b.get(f)) and f in m]
            t_changed = [f for f in fields if not _same(t.get(f), b.get(f)) and f in t]
            if (m_del != t_del) and not b_del:
                deleter_is_me = m_del
                edits = t_changed if deleter_is_me else m_changed
                if edits:
                    rec = {"entity": e.name, "row": row_id, "field": DELETED, "kind": "deleted",
                           "fields": edits, "deleted_by": "mine" if deleter_is_me else "theirs",
                           "base": None, "mine": m_del, "theirs": t_del, "kept": True,
                           "edited": {f: (t if deleter_is_me else m).get(f) for f in edits},
                           "device": device, "author": author, "at": now, "resolved": False}
                    out[SEP.join((e.name, row_id, DELETED, device))] = rec
                continue
            for f in set(m_changed) | set(t_changed):
                if _same(m.get(f), t.get(f)):
                    continue
                if f not in t_changed and _same(k.get(f), m.get(f)):
                    continue  # only I changed it, and my value was kept
                if f not in m_changed and _same(k.get(f), t.get(f)):
                    continue  # only they changed it, and their value was kept
                rec = {"entity": e.name, "row": row_id, "field": f,
                       "kind": "order" if f == POSITION else "field",
                       "base": b.get(f), "mine": m.get(f), "theirs": t.get(f), "kept": k.get(f),
                       "device": device, "author": author, "at": now, "resolved": False}
                out[SEP.join((e.name, row_id, f, device))] = rec
    return out


def encode_records(records: dict[str, dict]) -> dict[str, str]:
    return {k: json.dumps(v, ensure_ascii=False, sort_keys=True) for k, v in records.items()}


# -- merging states into a store ---------------------------------------------------------


class MergeResult:
    """What one merge did: counts of row changes, new conflicts and problems."""

    def __init__(self) -> None:
        self.counts = {"added": 0, "changed": 0, "moved": 0, "removed": 0}
        self.conflicts: list[dict] = []
        self.problems: list[str] = []
        self.changed_document = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __repr__(self) -> str:
        return f"MergeResult({self.counts}, conflicts={len(self.conflicts)}, problems={self.problems})"


def state_vector(update: bytes) -> dict[int, int]:
    """{client id: clock} of a full state (which edits it contains)."""
    from pycrdt import get_state

    return decode_state_vector(get_state(update))


def _prefix_vectors(checkpoint: bytes, log: list[bytes]) -> list[dict[int, int]]:
    """State vectors after replaying the checkpoint and each log update in turn.

    (The state vector of a lone delta cannot be read from it: get_state only counts
    structs that start at clock 0.)
    """
    from pycrdt import Doc

    doc = Doc()
    doc.apply_update(checkpoint)
    out = []
    for u in log:
        doc.apply_update(u)
        out.append(decode_state_vector(doc.get_state()))
    return out


def contains(outer: dict[int, int], inner: dict[int, int]) -> bool:
    return all(outer.get(c, 0) >= clock for c, clock in inner.items())


def merge_states(store, states: Iterable[bytes], *, device: str, author: str,
                 published: bytes | None = None) -> MergeResult:
    """Merge full CRDT states (state files, another copy) into `store`.

    Conflicts come from a three-way check per incoming state. Its base is the last
    common state: the store's sync base plus whatever of this device's own history the
    incoming state already contains (its last `published` state, and its edits since
    the checkpoint up to where the other copy branched off). Conflict
    records go into the document (so every author sees them); the merged rows are
    stored through the store as one batch with origin "sync" (listeners redraw; nothing
    goes onto the undo stack).
    """
    from db.crdt_doc import RoadmapDoc  # local: keeps the import graph flat

    states = [s for s in states if s]
    result = MergeResult()
    doc = store.crdt
    before = doc.state_vector()
    checkpoint, log = store.crdt_history() if states else (None, [])
    sync_base = store.sync_base()
    mine_flat = doc.flatten()
    for st in states:
        doc.apply(st)
    doc.take_updates()
    if doc.state_vector() == before:
        _store_document(store, result)
        return result
    result.changed_document = True
    merged_flat = doc.flatten()
    published_sv = state_vector(published) if published else None
    checkpoint_sv = state_vector(checkpoint) if checkpoint else None
    log_svs = _prefix_vectors(checkpoint, log) if checkpoint_sv is not None else []
    base_flats: dict[tuple, Flat] = {}
    records: dict[str, dict] = {}
    for st in states:
        # The base: everything of mine the incoming state already contains (so the other
        # author saw it): the last sync, my last published state, and the longest prefix
        # of my own edit history since the checkpoint (e.g. up to when a copy was mailed).
        st_sv = state_vector(st)
        parts, key = ([sync_base] if sync_base else []), ["sync"]
        if published_sv is not None and contains(st_sv, published_sv):
            parts.append(published)
            key.append("published")
        if checkpoint_sv is not None and contains(st_sv, checkpoint_sv):
            n = 0
            while n < len(log_svs) and contains(st_sv, log_svs[n]):
                n += 1
            parts += [checkpoint, *log[:n]]
            key.append(f"history{n}")
        k = tuple(key)
        if k not in base_flats:
            base_flats[k] = RoadmapDoc(parts).flatten()
        theirs_flat = RoadmapDoc(parts + [st]).flatten()
        records.update(find_conflicts(base_flats[k], mine_flat, theirs_flat, merged_flat,
                                      device=device, author=author))
    existing = doc.map(CONFLICTS)
    for key in list(records):  # the same conflict found again is not a new record
        old = existing.get(key)
        if old is not None:
            old_rec = json.loads(old)
            if all(old_rec.get(k) == records[key].get(k) for k in ("kind", "base", "mine", "theirs")):
                del records[key]
    if records:
        doc.set_conflicts(encode_records(records))
        doc.take_updates()
    result.conflicts = list(records.values())
    _store_document(store, result)
    return result


def materialize_into(store) -> MergeResult:
    """Make the store's rows match its document (after `RoadmapStore.create(seed_state=...)`)."""
    result = MergeResult()
    _store_document(store, result)
    return result


def _store_document(store, result: MergeResult) -> None:
    from db.errors import ValidationError

    target, problems = materialize(store.crdt.flatten(), store.roadmap_id)
    result.problems += problems
    ops = diff_ops(store_rows(store), target)
    result.counts = describe(ops)
    try:
        store.commit_merge(ops)
    except ValidationError as exc:
        # One merged row does not fit (e.g. a combination each side made valid on its
        # own): store the others one by one and report the rest; the document keeps all.
        result.problems.append(str(exc))
        for op in ops:
            try:
                store.commit_merge([op])
            except ValidationError as one:
                result.problems.append(str(one))
        store.commit_merge([])
