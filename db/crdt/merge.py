"""Merging CRDT states into a store (Qt-free, no SQL).

pycrdt decides what the merged document holds (it converges on every device). What a CRDT
does silently is added by:

* `detect_conflicts` (db/crdt/conflict_detection.py, imported here): the conflicts, from
  the merged document's causal history alone.
* `materialize`, `diff_ops` (db/crdt/materialize.py, imported here): the rows a merged
  document shows, and the store operations that turn the current rows into them.
* `merge_states` / `apply_remote_update` (here): the one entry point of every co-editing
  channel; `check_related` refuses a copy with an unrelated history.
"""

from __future__ import annotations

from collections.abc import Iterable

from db import catalogue
from db.crdt.conflict_detection import (  # noqa: F401  (used from here too)
    UnrelatedHistoryError,
    concurrent_groups,
    detect_conflicts,
    duplicate_creations,
    encode_records,
)
from db.crdt.document import POSITION, SEP, decode_state_vector
from db.crdt.materialize import (  # noqa: F401  (materialize, store_rows, ...: used from here too)
    Rows,
    _coerce,
    _materialize,
    _materialized,
    _restored_parents,
    _rows_changed_since,
    describe,
    diff_ops,
    materialize,
    store_row,
    store_rows,
)

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


def _creation_roots(history) -> dict[tuple[str, str], set[int]]:
    """{(entity, row): clients that created it} (first position write, no origin)."""
    out: dict[tuple[str, str], set[int]] = {}
    for e in catalogue.ENTITIES:
        for key, items in history.index.by_key(e.name).items():
            row_id, _, fld = key.partition(SEP)
            if fld != POSITION:
                continue
            roots = {i.client for i in items if i.origin is None}
            if roots:
                out[(e.name, row_id)] = roots
    return out


def check_related(store, state: bytes, *, name: str = "The received copy",
                  mine: dict[tuple[str, str], set[int]] | None = None) -> None:
    """Raise UnrelatedHistoryError when `state` is a copy with separately created rows.

    `mine` (the creation roots of the store's document) may be given when several
    states are checked against the same document."""
    from db.crdt.causality import History, history_of

    if contains(decode_state_vector(store.crdt.state_vector()), state_vector(state)):
        return  # nothing this document does not hold already
    if mine is None:  # one decode per document version, however many files are checked
        sv = store.crdt.state_vector()
        cached = getattr(store.crdt, "_creation_roots", None)
        if cached is not None and cached[0] == sv:
            mine = cached[1]
        else:
            mine = _creation_roots(history_of(store.crdt)[0])
            store.crdt._creation_roots = (sv, mine)
    theirs = _creation_roots(History(state))
    dups = [f"{e}:{r}" for (e, r), clients in theirs.items()
            if (e, r) in mine and len(mine[(e, r)] | clients) > 1 and len(mine[(e, r)]) == 1
            and not clients <= mine[(e, r)]]
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
    conflicts are in `db.crdt.conflicts.open_conflicts(store)`. Rows are stored through the
    store as one batch with origin "sync" (views redraw; nothing goes on the undo stack).

    Raises UnrelatedHistoryError (nothing merged) for a copy that shares the id but not
    the history, db.crdt.document.CrdtError for bytes pycrdt cannot read.
    """
    return merge_states(store, [update], device=device, author=author,
                        check_history=check_history)


def merge_states(store, states: Iterable[bytes], *, device: str = "", author: str = "",
                 published: bytes | None = None, check_history: bool = True,
                 remote_author: str = "") -> MergeResult:
    """Merge full CRDT states (state files, another copy) into `store`; see
    `apply_remote_update`. (`published` is accepted for older callers and not needed.)"""
    from db.crdt.causality import history_of

    states = [s for s in states if s]
    result = MergeResult()
    doc = store.crdt
    if author and not getattr(doc, "author", ""):
        doc.author = author
    before_b = doc.state_vector()
    before = decode_state_vector(before_b)
    if check_history:
        mine = None
        for st in states:
            if mine is None and not contains(before, state_vector(st)):
                mine = _creation_roots(history_of(doc)[0])
            check_related(store, st, mine=mine)
    # every document transaction since it was last stored goes into the file's update log
    log = doc.take_updates()
    for st in states:
        doc.apply(st)
    log += doc.take_updates()
    if doc.state_vector() == before_b:
        _store_document(store, result, log)
        return result
    result.changed_document = True
    records, withdrawn = _new_conflicts(store, doc, before, author, remote_author)
    if records or withdrawn:
        doc.set_conflicts(encode_records(records), remove=withdrawn)
        log += doc.take_updates()
    result.conflicts = list(records.values())
    _store_document(store, result, log)
    return result


def _new_conflicts(store, doc, before: dict, author: str, remote_author: str
                   ) -> tuple[dict[str, dict], list[str]]:
    """The conflict records a merge finds (in the rows the items added since `before`
    touch, and those of the records kept), new or changed against the kept ones, and the
    keys of the kept records the whole history no longer supports."""
    from db.crdt.causality import history_of

    # decoded incrementally: the items added since the document's previous history (a
    # superset of this merge's, e.g. with local edits since; filtered by `before` below)
    history, new_items = history_of(doc)
    touched: set[tuple[str, str]] = set()
    fallback: dict[int, str] = {}
    for it in new_items:
        if it.clock >= before.get(it.client, 0) and isinstance(it.parent, str) and it.key:
            row_id = it.key.partition(SEP)[0]
            touched.add((it.parent, row_id))
            if remote_author:
                fallback.setdefault(it.client, remote_author)
    existing = doc.conflicts()
    for rec in existing.values():
        if isinstance(rec.get("entity"), str) and isinstance(rec.get("row"), str):
            touched.add((rec["entity"], rec["row"]))
    found = detect_conflicts(history, doc.flat_view(), roadmap_id=store.roadmap_id,
                             rows=touched, fallback_author=fallback,
                             materialized=_materialized(doc, store.roadmap_id))
    records: dict[str, dict] = {}
    for key, rec in found.items():
        old = existing.get(key)
        old_heads = set(old.get("heads") or []) if old is not None else None
        if old_heads is not None and old_heads == set(rec["heads"]):
            continue  # the same conflict, found again (or already resolved): nothing new
        if old is not None and old_heads is not None and old.get("resolved") \
                and set(rec["heads"]) <= old_heads:
            rec["resolved"] = True  # less to review than what was resolved: stays resolved
        rec["found_by"] = author
        records[key] = rec
    # a record found from part of the history that the whole history no longer supports
    # (e.g. a later write of the same author arrived): withdrawn, the same on every device
    withdrawn = [key for key, rec in existing.items()
                 if key not in found and isinstance(rec.get("heads"), list)]
    return records, withdrawn


def materialize_into(store) -> MergeResult:
    """Make the store's rows match its document (after `RoadmapStore.create(seed_state=...)`)."""
    result = MergeResult()
    _store_document(store, result)
    return result


def _store_document(store, result: MergeResult, log: list[bytes] | None = None) -> None:
    """Make the store's rows match its document, in one batch (origin "sync").

    When the store matched the document at a version the kept materialize result has
    followed since (`_rows_changed_since`), only the rows it evaluated again are
    compared (created, deleted and relinked rows too); otherwise every row is."""
    from db.errors import ValidationError

    rdoc = store.crdt
    version = rdoc.content_version
    target, problems, _left_out, _restored = _materialized(rdoc, store.roadmap_id)
    result.problems += problems
    ops = None
    changed = _rows_changed_since(rdoc, rdoc.store_synced)
    if changed is not None:
        current: Rows = {}
        wanted: Rows = {}
        for ename, row_id in changed:
            row = store.get(ename, row_id)
            if row is not None:
                current.setdefault(ename, {})[row_id] = store_row(catalogue.entity(ename), row)
            if row_id in target.get(ename, {}):
                wanted.setdefault(ename, {})[row_id] = target[ename][row_id]
        ops = diff_ops(current, wanted)
    if ops is None:
        ops = diff_ops(store_rows(store), target)
    from db.crdt import causality

    if causality.VERIFY:  # tests: the kept rows and the short diff against doing it all again
        fresh = rdoc._read_flat()
        assert rdoc.flat_view() == fresh, "kept rows differ from the document's"
        fresh_restored = _restored_parents(fresh)
        rows, probs, left = _materialize(fresh, store.roadmap_id, fresh_restored)
        assert (target, problems, _left_out, _restored) == (rows, probs, left, fresh_restored)
        assert sorted(map(repr, ops)) == sorted(map(repr, diff_ops(store_rows(store), rows)))
    result.counts = describe(ops)
    try:
        store.commit_merge(ops, updates=log)
        rdoc.store_synced = version
    except ValidationError as exc:
        # One merged row does not fit (e.g. a combination each side made valid on its
        # own): store the others one by one and report the rest; the document keeps all.
        rdoc.store_synced = None
        result.problems.append(str(exc))
        for op in ops:
            try:
                store.commit_merge([op])
            except ValidationError as one:
                result.problems.append(str(one))
        store.commit_merge([])
