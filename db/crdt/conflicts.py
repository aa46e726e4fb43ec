"""The conflict review queue (Qt-free): list open conflicts, resolve them as ordinary edits.

Conflict records live in the CRDT document (root map "_conflicts", see db/crdt/merge.py), so
every author sees them after the next sync. A resolution is a normal edit (it goes onto
the undo stack and to the co-authors) plus a "resolved" mark on the records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import field as dc_field

from db import catalogue
from db.crdt.document import CONFLICTS, DELETED, POSITION
from db.crdt.merge import _coerce
from db.errors import Notice
from db.ops import Create, Move, Op, SetConflictRecords, Update


@dataclass
class ConflictGroup:
    """All records about one field of one row (found by one or more devices)."""

    entity: str
    row: str
    field: str
    kind: str                   # "field", "order", "deleted", "restored" or "cycle"
    base: object
    values: list[object]        # every competing value, in a stable order
    kept: object
    keys: list[str] = dc_field(default_factory=list)
    authors: list[str] = dc_field(default_factory=list)
    edited: dict = dc_field(default_factory=dict)  # deleted: the edits made to the deleted row

    @property
    def label(self) -> str:
        e = catalogue.entity(self.entity)
        if self.field == DELETED:
            return {"restored": f"{e.en}: restored", "cycle": f"{e.en}: left out (cycle)"}.get(
                self.kind, f"{e.en}: deleted while edited")
        if self.field == POSITION:
            return f"{e.en}: order"
        f = e.by_name.get(self.field)
        return f"{e.en}: {f.en if f else self.field}"


def _sort_key(v: object) -> tuple:
    return (v is None, str(type(v).__name__), str(v))


#: a conflict record larger than this (characters of JSON) is not read (see docs)
MAX_RECORD_CHARS = 64_000
_KINDS = ("field", "order", "deleted", "restored", "cycle")
_SCALARS = (str, int, float, bool, type(None))


def _check_record(key: object, text: object) -> tuple[dict | None, str]:
    """(record, "") for a usable record, (None, why) for one that must be set aside."""
    if not isinstance(text, str):
        return None, "it is not text"
    if len(text) > MAX_RECORD_CHARS:
        return None, f"it is larger than {MAX_RECORD_CHARS} characters"
    try:
        rec = json.loads(text)
    except (ValueError, RecursionError):
        return None, "it is not valid JSON"
    if not isinstance(rec, dict):
        return None, "it is not a record"
    ent, row, fld = rec.get("entity"), rec.get("row"), rec.get("field")
    if not isinstance(ent, str) or not isinstance(row, str) or not isinstance(fld, str):
        return None, "it names no item"
    try:
        e = catalogue.entity(ent)
    except (KeyError, ValueError, LookupError):
        return None, f"it names an unknown kind of item ({ent[:40]})"
    if fld not in (DELETED, POSITION) and fld not in e.by_name:
        return None, f"it names an unknown field ({fld[:40]})"
    if rec.get("kind") not in _KINDS:
        return None, "its kind is unknown"
    for name in ("values", "authors", "heads"):
        if name in rec and not isinstance(rec[name], list):
            return None, f"its {name} are not a list"
    if any(not isinstance(v, _SCALARS) for v in rec.get("values") or []):
        return None, "a value is not a plain value"
    if "edited" in rec and not isinstance(rec["edited"], dict):
        return None, "its edited fields are not a record"
    if "added" in rec and not isinstance(rec["added"], list):
        return None, "its added items are not a list"
    for name in ("base", "kept", "mine", "theirs"):
        if name in rec and not isinstance(rec[name], _SCALARS):
            return None, f"its {name} value is not a plain value"
    return rec, ""


def bad_records(store) -> list[Notice]:
    """Messages about conflict records that could not be read (named by author when known)."""
    out: list[Notice] = []
    for key, text in sorted(store.crdt.map(CONFLICTS).items()):
        rec, why = _check_record(key, text)
        if rec is None:
            who = ""
            try:
                readable = isinstance(text, str) and len(text) <= MAX_RECORD_CHARS
                raw = json.loads(text) if readable else None
                name = (raw.get("found_by") or raw.get("author")) if isinstance(raw, dict) else None
                if isinstance(name, str):
                    who = f" (from {name[:60]})"
            except (ValueError, RecursionError):
                pass
            out.append(Notice(f"A conflict record{who} was left out: {why}.", "record_bad",
                              author=who[7:-1] if who else "", why=why))
    return out


def open_conflicts(store) -> list[ConflictGroup]:
    """Unresolved conflicts, grouped per field, in a stable order.

    A malformed record (from a co-author's damaged or hostile copy) is left out and
    reported by `bad_records`; it never stops the list.
    """
    groups: dict[tuple[str, str, str], ConflictGroup] = {}
    for key, text in sorted(store.crdt.map(CONFLICTS).items()):
        rec, _why = _check_record(key, text)
        if rec is None or rec.get("resolved"):
            continue
        gk = (rec["entity"], rec["row"], rec["field"])
        g = groups.get(gk)
        if g is None:
            g = groups[gk] = ConflictGroup(rec["entity"], rec["row"], rec["field"], rec["kind"],
                                           rec.get("base"), [], rec.get("kept"))
        if "values" in rec:
            candidates = rec["values"]
        else:  # records written by older versions
            candidates = [rec.get("mine"), rec.get("theirs")]
        for v in candidates:
            if rec["kind"] not in ("deleted", "restored", "cycle") and v not in g.values:
                g.values.append(v)
        g.keys.append(key)
        authors = rec.get("authors")
        names = authors if isinstance(authors, list) else [rec.get("author")]
        for name in names:
            if isinstance(name, str) and name and name not in g.authors:
                g.authors.append(name)
        g.edited.update(rec.get("edited") or {})
        for what in ("added", "linked"):  # rows added under it / references set to it
            refs = rec.get(what)
            for ref in refs if isinstance(refs, list) else []:
                if isinstance(ref, str):
                    g.edited.setdefault(what, [])
                    if ref not in g.edited[what]:
                        g.edited[what].append(ref)
    out = list(groups.values())
    for g in out:
        g.values.sort(key=_sort_key)
        if g.field not in (DELETED,):
            row = store.get(g.entity, g.row)
            if row is not None:
                g.kept = row.get(g.field)
    return sorted(out, key=lambda g: (g.entity, g.row, g.field))


def count_open(store) -> int:
    return len(open_conflicts(store))


def _number(value: object) -> float:
    if not isinstance(value, (int, float, str)):
        raise TypeError(f"not a position: {value!r}")
    return float(value)


def resolution_ops(store, group: ConflictGroup, value: object) -> list[Op]:
    """The edit that sets the chosen (or typed) value; [] when it is already current."""
    row = store.get(group.entity, group.row)
    if row is None:
        return []
    if group.field == POSITION:
        return [] if row["position"] == value else [Move(group.entity, group.row, _number(value))]
    e = catalogue.entity(group.entity)
    value = _coerce(e.by_name[group.field].kind, value)
    if row.get(group.field) == value:
        return []
    return [Update(group.entity, group.row, {group.field: value})]


def restore_ops(store, group: ConflictGroup) -> list[Op]:
    """Bring back a row that was deleted while someone edited it (with those edits)."""
    if store.get(group.entity, group.row) is not None:
        return []
    raw = store.crdt.flatten().get(group.entity, {}).get(group.row, {})
    e = catalogue.entity(group.entity)
    values = {f.name: _coerce(f.kind, raw.get(f.name)) for f in e.fields}
    for f in e.refs():
        if values[f.name] is not None and store.get(f.ref, values[f.name]) is None:
            values[f.name] = None
    ops: list[Op] = [Create(group.entity, values, group.row, float(raw.get(POSITION) or 0.0))]
    # references co-authors set to it while it was deleted come back with it
    flat = store.crdt.flatten()
    for link in group.edited.get("linked") or []:
        ename, _, rest = str(link).partition(":")
        row_id, _, fname = rest.partition(":")
        if flat.get(ename, {}).get(row_id, {}).get(fname) == group.row and store.get(ename, row_id):
            ops.append(Update(ename, row_id, {fname: group.row}))
    return ops


def mark_ops(store, group: ConflictGroup, resolved: bool = True) -> list[Op]:
    """The operation that marks the group's records resolved (or, with resolved=False, open
    for review again); put it in the batch of the resolving edit, so that undoing the edit
    reopens the conflict. [] when there is nothing to mark."""
    m = store.crdt.map(CONFLICTS)
    updates = []
    for key in group.keys:
        rec, _why = _check_record(key, m.get(key))
        if rec is None or bool(rec.get("resolved")) == resolved:
            continue
        rec["resolved"] = resolved
        updates.append((key, json.dumps(rec, ensure_ascii=False, sort_keys=True)))
    return [SetConflictRecords(tuple(updates))] if updates else []


def mark_resolved(store, group: ConflictGroup, resolved: bool = True) -> None:
    """Mark the group's records resolved on their own (durably, and for every author after
    sync); an edit that resolves a conflict puts `mark_ops` in its own batch instead."""
    ops = mark_ops(store, group, resolved)
    if ops:
        store.apply(ops)
