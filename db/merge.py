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
from typing import Any

from db import catalogue
from db.crdt_doc import DELETED, POSITION, SEP, Flat, decode_state_vector
from db.errors import CoeditError
from db.graph import find_cycle
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
    out: Rows = {}
    problems: list[str] = []
    restored = _restored_parents(flat)
    for e in catalogue.ENTITIES:
        rows = flat.get(e.name, {})
        visible: dict[str, dict[str, Any]] = {}
        for row_id in sorted(rows):
            raw = rows[row_id]
            if raw.get(DELETED) is True and (e.name, row_id) not in restored:
                continue
            if e.singleton and row_id != roadmap_id:
                continue
            values: dict[str, object] = {POSITION: float(raw.get(POSITION) or 0.0)}
            hidden = False
            for f in e.fields:
                v = _coerce(f.kind, raw.get(f.name))
                if f.kind is Kind.REF and v is not None and v not in out.get(f.target, {}):
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


def _acyclic(deps: dict[str, dict[str, Any]], problems: list[str]) -> dict[str, dict[str, Any]]:
    kept: dict[str, dict[str, Any]] = {}
    edges: list[tuple[str, str]] = []
    for dep_id in sorted(deps):
        d = deps[dep_id]
        src, dst = d.get("from_action_id"), d.get("to_action_id")
        if src is not None and dst is not None:
            if find_cycle([*edges, (src, dst)]):
                problems.append(f"dependency {dep_id} left out: merging made a cycle")
                continue
            edges.append((src, dst))
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
#
# A conflict is found from the document's causal history (db/causality.py), never from a
# "last sync" base: for every field, the writes that no other write has seen (its heads)
# are the competing values; two or more heads with different values are a conflict. A
# row deleted by one write and edited by another write the deleter had not seen (and that
# had not seen the delete) is a "deleted" conflict. A row kept alive because someone added
# a child to it while it was deleted elsewhere is a "restored" conflict. The check is a
# function of the merged document only, so every device finds the same records, in any
# delivery order, with duplicates and late or old files.


class UnrelatedHistoryError(CoeditError):
    """A copy with this roadmap's id whose rows were created separately (e.g. by a JSON
    export and import): merging it field by field would silently revert edits."""


def _ident(item) -> str:
    return f"{item.client}:{item.clock}"


def _same(a: object, b: object) -> bool:
    """Equal values of the same kind (True is not 1.0, None is not '')."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b and (a is None) == (b is None)


def _distinct(values: list[tuple[bool, object]]) -> list[object]:
    out: list[object] = []
    for known, v in values:
        if known and not any(_same(v, o) for o in out):
            out.append(v)
    return out


def _base_value(history, items, heads):
    common = [i for i in items if all(history.saw(h, i) for h in heads)]
    if not common:
        return None
    best = max(common, key=lambda i: sum(1 for j in common if history.saw(i, j)))
    return best.value if best.has_value else None


def _visible(items):
    live = [i for i in items if not i.deleted]
    return live[-1] if live else None


def detect_conflicts(history, *, rows: set[tuple[str, str]] | None = None,
                     fallback_author: dict[int, str] | None = None) -> dict[str, dict]:
    """Conflict records of a merged document ({key: record}), for `rows` or all rows.

    Keys are ``entity SEP row SEP field``: every device that finds a conflict writes the
    same key, so one conflict is one record however many devices find it.
    """
    fallback_author = fallback_author or {}
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")

    def who(items) -> list[str]:
        names: list[str] = []
        for i in items:
            n = history.author(i) or fallback_author.get(i.client) or ""
            if n and n not in names:
                names.append(n)
        return names

    out: dict[str, dict] = {}
    alive: dict[str, set[str]] = {}
    all_rows: dict[str, dict] = {}
    for e in catalogue.ENTITIES:
        erows = history.rows(e.name)
        all_rows[e.name] = erows
        alive[e.name] = set()
        for row_id, fields in erows.items():
            vis_del = _visible(fields.get(DELETED, []))
            deleted = vis_del is not None and vis_del.value is True
            if not deleted:
                alive[e.name].add(row_id)
            if rows is not None and (e.name, row_id) not in rows:
                continue
            for fld, items in fields.items():
                heads = history.heads(items)
                if len(heads) < 2:
                    continue
                unknown = any(not h.has_value for h in heads)
                values = _distinct([(h.has_value, h.value) for h in heads])
                if len(values) < 2 and not unknown:
                    continue
                vis = _visible(items)
                kind = "order" if fld == POSITION else "deleted" if fld == DELETED else "field"
                out[SEP.join((e.name, row_id, fld))] = {
                    "entity": e.name, "row": row_id, "field": fld, "kind": kind,
                    "base": _base_value(history, items, heads),
                    "values": sorted(values, key=_sort_key), "unknown_value": unknown,
                    "authors": sorted(who(heads)), "heads": sorted(_ident(h) for h in heads),
                    "kept": None if vis is None else vis.value, "at": now, "resolved": False}
            if not deleted:
                continue
            deletes = [i for i in fields.get(DELETED, []) if i.value is True and i.has_value]
            edited: dict[str, object] = {}
            involved = []
            editors = []
            for fld, items in fields.items():
                if fld == DELETED:
                    continue
                conc = [i for i in items for d in deletes if history.concurrent(d, i)]
                if conc:
                    vis = _visible(items)
                    edited[fld] = None if vis is None else vis.value
                    involved += conc
                    editors += conc
            if edited:
                dels = [d for d in deletes if any(history.concurrent(d, i) for i in involved)]
                out[SEP.join((e.name, row_id, DELETED))] = {
                    "entity": e.name, "row": row_id, "field": DELETED, "kind": "deleted",
                    "base": None, "values": [], "fields": sorted(edited), "edited": edited,
                    "deleted_by": sorted(who(dels)), "edited_by": sorted(who(editors)),
                    "authors": sorted(set(who(dels)) | set(who(editors))),
                    "heads": sorted({_ident(i) for i in dels + involved}),
                    "kept": True, "at": now, "resolved": False}
    # rows added under a row deleted concurrently: the parent is kept (see materialize)
    for e in catalogue.ENTITIES:
        for f in e.fields:
            if f.kind is not Kind.REF or f.on_delete != "cascade":
                continue
            for row_id in alive[e.name]:
                items = all_rows[e.name].get(row_id, {}).get(f.name, [])
                vis = _visible(items)
                parent = None if vis is None else vis.value
                if not isinstance(parent, str) or parent in alive.get(f.target, set()):
                    continue
                pfields = all_rows.get(f.target, {}).get(parent)
                if pfields is None:
                    continue
                if (rows is not None and (e.name, row_id) not in rows
                        and (f.target, parent) not in rows):
                    continue
                key = SEP.join((f.target, parent, DELETED))
                dels = [i for i in pfields.get(DELETED, []) if i.value is True]
                rec = out.get(key)
                if rec is None or rec.get("kind") != "restored":
                    rec = out[key] = {
                        "entity": f.ref, "row": parent, "field": DELETED, "kind": "restored",
                        "base": None, "values": [], "added": [], "deleted_by": sorted(who(dels)),
                        "authors": [], "heads": sorted(_ident(d) for d in dels),
                        "kept": False, "at": now, "resolved": False,
                        "edited": (out.get(key) or {}).get("edited") or {}}
                creators = [i for its in all_rows[e.name][row_id].values() for i in its
                            if i.origin is None][:1]
                rec["added"] = sorted(set(rec["added"]) | {f"{e.name}:{row_id}"})
                rec["authors"] = sorted(set(rec["authors"]) | set(who(dels)) | set(who(creators)))
                rec["heads"] = sorted(set(rec["heads"]) | {_ident(i) for i in creators})
    return out


def _sort_key(v: object) -> tuple:
    return (v is None, str(type(v).__name__), str(v))


def encode_records(records: dict[str, dict]) -> dict[str, str]:
    return {k: json.dumps(v, ensure_ascii=False, sort_keys=True) for k, v in records.items()}


def duplicate_creations(history, new: dict[int, int] | None = None) -> list[str]:
    """Rows created twice, independently (same id, two unrelated creations).

    That only happens when a copy shares the roadmap's id but not its history (a JSON
    export imported as a new file); a uuid never collides otherwise.
    """
    out = []
    for e in catalogue.ENTITIES:
        for row_id, fields in history.rows(e.name).items():
            roots = [i for i in fields.get(POSITION, []) if i.origin is None]
            if len(roots) > 1 and len({i.client for i in roots}) > 1:
                out.append(f"{e.name}:{row_id}")
    return out


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
        return (f"MergeResult({self.counts}, conflicts={len(self.conflicts)}, "
                f"problems={self.problems})")


def state_vector(update: bytes) -> dict[int, int]:
    """{client id: clock} of a full state (which edits it contains)."""
    from pycrdt import get_state

    return decode_state_vector(get_state(update))


def contains(outer: dict[int, int], inner: dict[int, int]) -> bool:
    return all(outer.get(c, 0) >= clock for c, clock in inner.items())


def check_related(store, state: bytes, *, name: str = "The received copy") -> None:
    """Raise UnrelatedHistoryError when `state` is a copy with separately created rows."""
    from db.causality import History
    from db.crdt_doc import RoadmapDoc

    merged = RoadmapDoc([store.crdt.state(), state]).state()
    before = History(store.crdt.state())
    already = set(duplicate_creations(before))
    dups = [d for d in duplicate_creations(History(merged)) if d not in already]
    if dups:
        raise UnrelatedHistoryError(
            f"{name} has this roadmap's id but not its history: {len(dups)} rows were created "
            "separately in both (this happens with a copy made by JSON export and import). "
            "Merging it field by field could undo edits without telling anyone, so nothing "
            "was merged. Open the copy and copy over what you need, or import it as a new "
            "roadmap.", "unrelated_history")


def apply_remote_update(store, update: bytes, *, author: str = "", device: str = "",
                        check_history: bool = True) -> MergeResult:
    """Merge one CRDT update or full state received from co-author `author`; list conflicts.

    This is the single entry point for every way edits arrive (shared-folder state files,
    a copy of the file, a live server's sync messages). The update may be a full state or
    a Yjs delta; deltas whose dependencies are missing are kept by pycrdt until they
    arrive. Conflicts come from the document's causal history (see `detect_conflicts`):
    the result lists the conflict records that are new or changed by this update (each
    with "values" = the competing values and "authors" = who wrote them); all open
    conflicts are in `db.conflicts.open_conflicts(store)`. Rows are stored through the
    store as one batch with origin "sync" (views redraw; nothing goes on the undo stack).

    Raises UnrelatedHistoryError (nothing merged) for a copy that shares the id but not
    the history, db.crdt_doc.CrdtError for bytes pycrdt cannot read.
    """
    return merge_states(store, [update], device=device, author=author,
                        check_history=check_history)


def merge_states(store, states: Iterable[bytes], *, device: str = "", author: str = "",
                 published: bytes | None = None, check_history: bool = True,
                 remote_author: str = "") -> MergeResult:
    """Merge full CRDT states (state files, another copy) into `store`; see
    `apply_remote_update`. (`published` is accepted for older callers and not needed.)"""
    from db.causality import History

    states = [s for s in states if s]
    result = MergeResult()
    doc = store.crdt
    if author and not getattr(doc, "author", ""):
        doc.author = author
    before_b = doc.state_vector()
    before = decode_state_vector(before_b)
    if check_history:
        for st in states:
            check_related(store, st)
    for st in states:
        doc.apply(st)
    doc.take_updates()
    if doc.state_vector() == before_b:
        _store_document(store, result)
        return result
    result.changed_document = True
    history = History(doc.state())
    touched: set[tuple[str, str]] = set()
    fallback: dict[int, str] = {}
    for it in history.index.items:
        if it.clock >= before.get(it.client, 0) and isinstance(it.parent, str) and it.key:
            row_id = it.key.partition(SEP)[0]
            touched.add((it.parent, row_id))
            if remote_author:
                fallback.setdefault(it.client, remote_author)
    existing = doc.conflicts()
    for rec in existing.values():
        if isinstance(rec.get("entity"), str) and isinstance(rec.get("row"), str):
            touched.add((rec["entity"], rec["row"]))
    found = detect_conflicts(history, rows=touched, fallback_author=fallback)
    records: dict[str, dict] = {}
    for key, rec in found.items():
        old = existing.get(key)
        if old is not None and sorted(old.get("heads") or []) == rec["heads"]:
            continue  # the same conflict, found again (or already resolved): nothing new
        if (old is not None and not old.get("resolved")
                and set(rec["heads"]) <= set(old.get("heads") or [])):
            continue
        rec["found_by"] = author
        records[key] = rec
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
