"""The conflict review queue (Qt-free): list open conflicts, resolve them as ordinary edits.

Conflict records live in the CRDT document (root map "_conflicts", see db/merge.py), so
every author sees them after the next sync. A resolution is a normal edit (it goes onto
the undo stack and to the co-authors) plus a "resolved" mark on the records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from db import catalogue
from db.crdt_doc import CONFLICTS, DELETED, POSITION, RoadmapDoc
from db.merge import _coerce
from db.ops import Create, Move, Op, Update


@dataclass
class ConflictGroup:
    """All records about one field of one row (found by one or more devices)."""

    entity: str
    row: str
    field: str
    kind: str                   # "field", "order" or "deleted"
    base: object
    values: list[object]        # every competing value, in a stable order
    kept: object
    keys: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    edited: dict = field(default_factory=dict)  # deleted: the edits made to the deleted row

    @property
    def label(self) -> str:
        e = catalogue.entity(self.entity)
        if self.field == DELETED:
            return f"{e.en}: deleted while edited"
        if self.field == POSITION:
            return f"{e.en}: order"
        f = e.by_name.get(self.field)
        return f"{e.en}: {f.en if f else self.field}"


def _sort_key(v: object) -> tuple:
    return (v is None, str(type(v).__name__), str(v))


def open_conflicts(store) -> list[ConflictGroup]:
    """Unresolved conflicts, grouped per field, in a stable order."""
    groups: dict[tuple[str, str, str], ConflictGroup] = {}
    for key, text in sorted(store.crdt.map(CONFLICTS).items()):
        try:
            rec = json.loads(text)
        except ValueError:
            continue
        if rec.get("resolved"):
            continue
        gk = (rec["entity"], rec["row"], rec["field"])
        g = groups.get(gk)
        if g is None:
            g = groups[gk] = ConflictGroup(rec["entity"], rec["row"], rec["field"], rec["kind"],
                                           rec.get("base"), [], rec.get("kept"))
        for v in (rec.get("mine"), rec.get("theirs")):
            if rec["kind"] != "deleted" and v not in g.values:
                g.values.append(v)
        g.keys.append(key)
        if rec.get("author") and rec["author"] not in g.authors:
            g.authors.append(rec["author"])
        g.edited.update(rec.get("edited") or {})
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


def resolution_ops(store, group: ConflictGroup, value: object) -> list[Op]:
    """The edit that sets the chosen (or typed) value; [] when it is already current."""
    row = store.get(group.entity, group.row)
    if row is None:
        return []
    if group.field == POSITION:
        return [] if row["position"] == value else [Move(group.entity, group.row, float(value))]
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
    return [Create(group.entity, values, group.row, float(raw.get(POSITION) or 0.0))]


def mark_resolved(store, group: ConflictGroup, resolved: bool = True) -> None:
    """Mark the group's records resolved (durably, and for every author after sync); with
    resolved=False open them for review again (undo of a resolution)."""

    def edit(doc: RoadmapDoc) -> None:
        m = doc.map(CONFLICTS)
        updates = {}
        for key in group.keys:
            text = m.get(key)
            if text is None:
                continue
            rec = json.loads(text)
            rec["resolved"] = resolved
            updates[key] = json.dumps(rec, ensure_ascii=False, sort_keys=True)
        doc.set_conflicts(updates)

    store.record_document_edit(edit)
