"""Finding conflicts in a merged CRDT document (Qt-free, no SQL): `detect_conflicts` and
`concurrent_groups` work from the document's causal history alone, so every device finds
the same records; `encode_records` stores them, `duplicate_creations` finds rows created
twice (a copy made by JSON export and import)."""

from __future__ import annotations

import datetime as dt
import json

from db import catalogue
from db.crdt.document import DELETED, POSITION, SEP, Flat
from db.crdt.materialize import _materialize, _restored_parents
from db.errors import CoeditError
from db.model import Kind

# -- conflicts ---------------------------------------------------------------------------
#
# Conflicts are a function of the merged document's causal history alone (db/crdt/causality.py
# tells for any two writes whether one writer had seen the other's write), never of "my
# last sync". So every device finds the same records whatever the delivery order, with
# duplicates, late or old files; a record found early from part of the history is
# corrected (or withdrawn) when the rest arrives. The kinds, for one row:
#
# * "field" / "order": the writes of one field, grouped by the set of writes that saw
#   them: a group with two different values is two writes made without seeing each other
#   and with nothing after only one of them. The record lists exactly those values and
#   their authors (all such groups of the field: one record per field).
# * "deleted": the row was deleted by a write that had not seen an edit of the row (and
#   the edit had not seen the delete), or while someone set a reference to it without
#   seeing the delete (that reference reads as empty; restoring the row brings it back).
# * "restored": a deleted row that a row created or moved under it concurrently still
#   needs (directly or through other restored rows: a dependency keeps its actions, the
#   actions their value chain) is shown again; nothing added is dropped with its parent.
# * "cycle": a dependency left out because, merged, it would close a cycle.


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
    common = [i for i in items if i not in heads and all(history.saw(h, i) for h in heads)]
    if not common:
        return None
    best = max(common, key=lambda i: sum(1 for j in common if history.saw(i, j)))
    return best.value if best.has_value else None


def _visible(items):
    live = [i for i in items if not i.deleted]
    return live[-1] if live else None


def concurrent_groups(history, items) -> list[list]:
    """Groups of writes of one field that conflict: writes seen by exactly the same other
    writes (so none saw another), holding two or more different values."""
    # Two writes in one group never saw each other and come from different writers (of
    # one writer's writes, the later saw the earlier), so only writes concurrent with a
    # write of another writer can be in a group: the others are not compared (one
    # author's run of edits of a field would otherwise cost a comparison per pair).
    if len({i.client for i in items}) < 2:
        return []
    candidates = [i for i in items
                  if any(j.client != i.client and history.concurrent(i, j) for j in items)]
    groups: dict[frozenset, list] = {}
    for i in candidates:
        succ = frozenset(_ident(j) for j in items if j is not i and history.saw(j, i))
        groups.setdefault(succ, []).append(i)
    out = []
    for g in groups.values():
        if len(g) < 2:
            continue
        unknown = any(not i.has_value for i in g)
        if unknown or len(_distinct([(i.has_value, i.value) for i in g])) > 1:
            out.append(g)
    return out


def detect_conflicts(history, flat: Flat, *, roadmap_id: str = "",
                     rows: set[tuple[str, str]] | None = None,
                     fallback_author: dict[int, str] | None = None,
                     materialized: tuple | None = None) -> dict[str, dict]:
    """Conflict records of a merged document ({key: record}).

    Field and delete-vs-edit records are computed for `rows` (all rows when None); rows
    deleted while referenced, restored rows and left-out dependencies for the whole
    document (`flat`: the same document flattened, db.crdt.document.RoadmapDoc.flatten). Keys are
    ``entity SEP row SEP field``: every device that finds a conflict writes the same key,
    so one conflict is one record however many devices find it.
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
    all_rows = {e.name: history.rows(e.name) for e in catalogue.ENTITIES}
    special: dict[tuple[str, str], dict] = {}
    if materialized is None:
        restored = _restored_parents(flat)
        _rows, _problems, left_out = _materialize(flat, roadmap_id, restored)
    else:
        _rows, _problems, left_out, restored = materialized
    deletes, doc_notes = _document_notes(history, flat, all_rows, restored,
                                         keep=materialized is not None)
    wanted: dict[str, list[str]] | None = None
    if rows is not None:  # only those rows, not a pass over every row of the document
        wanted = {}
        for ename, row_id in sorted(rows):
            wanted.setdefault(ename, []).append(row_id)
    for e in catalogue.ENTITIES:
        erows = all_rows[e.name]
        ids = erows if wanted is None else [r for r in wanted.get(e.name, ()) if r in erows]
        for row_id in ids:
            _row_conflicts(history, e.name, row_id, erows[row_id], deletes.get((e.name, row_id), []),
                           who, now, out, special)
    for target, dels, others, extra in doc_notes:
        _note(special, target, dels, others, **extra)
    for target, sp in special.items():
        out[SEP.join((target[0], target[1], DELETED))] = _deleted_record(target, sp, target in restored,
                                                                        who, now)
    for dep in left_out:
        fields = all_rows["dependency"].get(dep, {})
        items = [i for fld in ("from_action_id", "to_action_id") for i in fields.get(fld, [])]
        creators = [i for i in items if not i.deleted]
        out[SEP.join(("dependency", dep, DELETED))] = {
            "entity": "dependency", "row": dep, "field": DELETED, "kind": "cycle",
            "base": None, "values": [], "edited": {}, "authors": sorted(who(creators)),
            "heads": sorted(_ident(i) for i in creators), "kept": False, "at": now,
            "resolved": False}
    return out


def _note(special: dict[tuple[str, str], dict], target, dels, others, **extra) -> None:
    """Add deleting and other writes (and what they edited, linked or added) to the
    "deleted"/"restored" note of row `target`."""
    sp = special.setdefault(target, {"dels": [], "others": [], "edited": {}, "linked": set(),
                                     "added": set()})
    sp["dels"] += [d for d in dels if d not in sp["dels"]]
    sp["others"] += [o for o in others if o not in sp["others"]]
    sp["edited"].update(extra.get("edited", {}))
    sp["linked"] |= extra.get("linked", set())
    sp["added"] |= extra.get("added", set())


def _row_conflicts(history, ename: str, row_id: str, fields: dict, dels: list, who, now: str,
                   out: dict[str, dict], special: dict[tuple[str, str], dict]) -> None:
    """The field (and order) records of one row into `out`, and its edits concurrent with
    a delete into the `special` notes."""
    for fld, items in fields.items():
        if fld == DELETED:
            continue
        groups = concurrent_groups(history, items)
        if groups:
            involved = [i for g in groups for i in g]
            unknown = any(not i.has_value for i in involved)
            values = _distinct([(i.has_value, i.value) for i in involved])
            vis = _visible(items)
            kind = "order" if fld == POSITION else "field"
            out[SEP.join((ename, row_id, fld))] = {
                "entity": ename, "row": row_id, "field": fld, "kind": kind,
                "base": _base_value(history, items, involved),
                "values": sorted(values, key=_sort_key), "unknown_value": unknown,
                "authors": sorted(who(involved)),
                "heads": sorted(_ident(i) for i in involved),
                "kept": None if vis is None else vis.value, "at": now, "resolved": False}
        if dels:
            conc = [i for i in items if any(history.concurrent(d, i) for d in dels)]
            if conc:
                vis = _visible(items)
                by = [d for d in dels if any(history.concurrent(d, i) for i in conc)]
                _note(special, (ename, row_id), by, conc, edited={fld: None if vis is None else vis.value})


def _deleted_record(target: tuple[str, str], sp: dict, is_restored: bool, who, now: str) -> dict:
    """The "deleted" or "restored" record of a row from its note."""
    ename, row_id = target
    dels, others = sp["dels"], sp["others"]
    return {
        "entity": ename, "row": row_id, "field": DELETED,
        "kind": "restored" if is_restored else "deleted",
        "base": None, "values": [], "fields": sorted(sp["edited"]), "edited": sp["edited"],
        "linked": sorted(sp["linked"]), "added": sorted(sp["added"]),
        "deleted_by": sorted(who(dels)), "edited_by": sorted(who(others)),
        "authors": sorted(set(who(dels)) | set(who(others))),
        "heads": sorted({_ident(i) for i in dels + others}),
        "kept": not is_restored, "at": now, "resolved": False}


def _document_notes(history, flat: Flat, all_rows, restored, *, keep: bool = False):
    """The rows with a delete (and the deleting writes), and the "deleted"/"restored"
    notes that concern the whole document: references set to a deleted row without
    seeing the delete, restored rows and what keeps them. They depend only on deletes,
    references and the restored rows, so they are kept on the history until one of
    those changes (`History.structure`); then only the rows written since, and the
    references to rows whose deletes or restoring changed, are looked at again
    (`_NoteState`)."""
    from db.crdt import causality

    key = (history.structure, id(flat))
    cached = history.document_notes if keep else None
    if cached is not None and cached[0] == key and cached[1] is restored:
        if causality.VERIFY:  # tests: the kept notes against finding them again
            _verify_notes(history, flat, all_rows, restored, cached[2], cached[3])
        return cached[2], cached[3]
    state = cached[4] if cached is not None and cached[0][1] == id(flat) else None
    if state is not None and not state.follow(history, all_rows, restored):
        state = None
    if state is None:
        state = _NoteState(history, all_rows, restored)
    notes = [n for found in state.ref_notes.values() for n in found]
    notes += _restored_notes(flat, all_rows, restored, state.deletes)
    if causality.VERIFY:
        _verify_notes(history, flat, all_rows, restored, state.deletes, notes)
    if keep:
        history.document_notes = (key, restored, state.deletes, notes, state)
    return state.deletes, notes


def _verify_notes(history, flat, all_rows, restored, deletes, notes) -> None:
    fresh = _NoteState(history, all_rows, restored)
    fresh_notes = [n for found in fresh.ref_notes.values() for n in found]
    fresh_notes += _restored_notes(flat, all_rows, restored, fresh.deletes)
    assert deletes == fresh.deletes, "kept deletes are out of date"
    assert sorted(map(repr, notes)) == sorted(map(repr, fresh_notes)), \
        "kept document notes are out of date"


class _NoteState:
    """The deletes, the notes of each reference field of each row (a reference set to a
    deleted row without seeing the delete), and which reference fields ever held each
    row's id, as of `History.extensions`."""

    def __init__(self, history, all_rows, restored) -> None:
        self.extensions = history.extensions
        self.restored = set(restored)
        self.deletes: dict[tuple[str, str], list] = {}
        self.by_target: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
        self.ref_notes: dict[tuple[str, str, str], list] = {}
        for ename, erows in all_rows.items():
            for row_id in erows:
                self._read_deletes(all_rows, ename, row_id)
        for e in catalogue.ENTITIES:
            for row_id in all_rows[e.name]:
                self._index(history, all_rows, e, row_id)
                for f in e.refs():
                    self._find(history, all_rows, restored, e, row_id, f)

    def _read_deletes(self, all_rows, ename: str, row_id: str) -> bool:
        fields = all_rows.get(ename, {}).get(row_id) or {}
        ds = [i for i in fields.get(DELETED, []) if i.has_value and i.value is True]
        old = self.deletes.get((ename, row_id))
        if ds:
            self.deletes[(ename, row_id)] = ds
        elif old is not None:
            del self.deletes[(ename, row_id)]
        return ds != (old or [])

    def _index(self, history, all_rows, e, row_id: str) -> None:
        fields = all_rows[e.name].get(row_id) or {}
        for f in e.refs():
            for w in fields.get(f.name, []):
                if w.has_value and isinstance(w.value, str):
                    self.by_target.setdefault((str(f.ref), w.value), set()).add(
                        (e.name, row_id, f.name))

    def _find(self, history, all_rows, restored, e, row_id: str, f) -> None:
        items = (all_rows[e.name].get(row_id) or {}).get(f.name, [])
        found = []
        for w in items:
            if not w.has_value or not isinstance(w.value, str):
                continue
            tgt = (str(f.ref), w.value)
            tdels = self.deletes.get(tgt) or []
            if not tdels or (f.on_delete == "cascade" and tgt not in restored):
                continue  # (a child that went with its parent leaves nothing waiting)
            conc = [d for d in tdels if history.concurrent(d, w)
                    and not any(o is not w and history.saw(o, w) and not history.saw(o, d)
                                for o in items)]
            if conc:
                found.append((tgt, conc, [w], {"linked": {f"{e.name}:{row_id}:{f.name}"}}))
        key = (e.name, row_id, f.name)
        if found:
            self.ref_notes[key] = found
        else:
            self.ref_notes.pop(key, None)

    def follow(self, history, all_rows, restored) -> bool:
        """Bring it up to date with the rows written since; False when that is unknown."""
        rows = history.rows_changed_since(self.extensions)
        if rows is None:
            return False
        rows = {(r, i) for r, i in rows if r in catalogue.BY_NAME}
        targets = set(self.restored ^ set(restored))
        for ename, row_id in rows:
            if self._read_deletes(all_rows, ename, row_id):
                targets.add((ename, row_id))
        redo: set[tuple[str, str, str]] = set()
        for ename, row_id in rows:
            e = catalogue.BY_NAME[ename]
            self._index(history, all_rows, e, row_id)
            redo |= {(ename, row_id, f.name) for f in e.refs()}
        for t in targets:
            redo |= self.by_target.get(t, set())
        for ename, row_id, fld in redo:
            e = catalogue.BY_NAME[ename]
            self._find(history, all_rows, restored, e, row_id, e.by_name[fld])
        self.extensions = history.extensions
        self.restored = set(restored)
        return True


def _restored_notes(flat: Flat, all_rows, restored, deletes) -> list:
    notes = []
    for target in restored:
        # what keeps it: rows (alive or restored themselves) whose parent reference is it
        added, keepers = set(), []
        for ce, f in _cascade_refs():
            for crow, raw in flat.get(ce.name, {}).items():
                if raw.get(f.name) != target[1] or f.ref != target[0]:
                    continue
                if raw.get(DELETED) is True and (ce.name, crow) not in restored:
                    continue
                added.add(f"{ce.name}:{crow}")
                vis = _visible(all_rows[ce.name].get(crow, {}).get(f.name, []))
                if vis is not None:
                    keepers.append(vis)
        notes.append((target, deletes.get(target, []), keepers, {"added": added}))
    return notes


def _cascade_refs():
    return [(e, f) for e in catalogue.ENTITIES for f in e.fields
            if f.kind is Kind.REF and f.on_delete == "cascade"]


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
