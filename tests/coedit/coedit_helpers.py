"""Shared helpers of the co-editing tests."""

from __future__ import annotations

from db.crdt_doc import SEP
from db.merge import materialize, store_rows


def doc_matches_tables(store) -> bool:
    """The CRDT document shows exactly the rows the tables hold."""
    rows, _problems = materialize(store.crdt.flatten(), store.roadmap_id)
    return rows == store_rows(store)


def conflict_fields(store) -> set[tuple[str, str, str]]:
    """(entity, row, field) of every conflict record in the document."""
    out = set()
    for key in store.crdt.map("_conflicts").keys():
        entity, row, field = key.split(SEP)[:3]
        out.add((entity, row, field))
    return out
