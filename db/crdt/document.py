"""The roadmap's CRDT document (pycrdt, pinned in pyproject): the merge engine for co-editing.

No SQL here: the store (db/store/) persists what this module produces.

Layout of the document (chosen so that every measured pycrdt pitfall is avoided):

* one root `Map` per entity, named like the entity (root types are never created
  concurrently, so there is no "two authors created the same map" loss);
* flat keys ``"<row id>\\x1f<field>"`` holding plain scalar values (str, float, bool,
  None): field-level last-writer-wins, merged by pycrdt, conflicts detected by the app
  (db/crdt/merge.py). No `Text`, so pycrdt's UTF-8 byte offsets never matter;
* ``"<row id>\\x1fposition"`` holds the row's place (a float rank, never an Array move);
* ``"<row id>\\x1f_deleted"`` is the soft delete: a concurrent edit of a deleted row is
  kept in the document and shown for review instead of vanishing;
* root map ``"_conflicts"`` holds the conflict records (JSON text), so every author sees
  every conflict after the next sync;
* root map ``"_ctx"`` holds, per local transaction that saw something new, what its
  writer had seen: key ``"<client id>:<first clock>"``, value JSON ``{"a": author,
  "sv": {client: clock}}`` with only the state-vector entries that grew since that
  client's previous entry. With it, for any two writes, the merge can tell whether one
  writer had seen the other's write (causal order) or not (concurrent): the conflict
  check never needs a "last sync" base (db/crdt/merge.py);
* documents keep replaced values (``skip_gc=True``) so the losing value of a concurrent
  write can still be shown and chosen.

Every session uses a fresh random pycrdt client id (never persisted). The only fixed ids
are the content-derived ids of `bootstrap_state`: equal content gives byte-identical
updates, which merge as one; different content gives different ids.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Iterable
from functools import partial
from typing import Any

from pycrdt import Doc, Map

from db import catalogue
from db.errors import RoadmapError

SEP = "\x1f"
POSITION = "position"
DELETED = "_deleted"
CONFLICTS = "_conflicts"
CTX = "_ctx"
KEY_LOG_LIMIT = 100_000  # changed keys remembered for the merge's incremental steps

#: flattened content: {entity: {row id: {field: value}}} (deleted rows included, with _deleted)
#: {entity: {row id: {field: value}}}; values are as the document holds them (any JSON-like
#: value, also from a co-author's damaged copy), so readers check them where they use them
Flat = dict[str, dict[str, dict[str, Any]]]


class CrdtError(RoadmapError):
    """The co-editing document could not be read or changed; nothing was stored."""


def _key(row_id: str, field: str) -> str:
    return f"{row_id}{SEP}{field}"


class RoadmapDoc:
    """A pycrdt `Doc` holding one roadmap, with the helpers the store and the merge need."""

    def __init__(self, states: Iterable[bytes] = (), *, author: str = "") -> None:
        self.doc: Doc = Doc(skip_gc=True)
        self.author = author
        self._maps: dict[str, Map] = {}
        self._pending: list[bytes] = []
        self._ctx_sv: dict[int, int] | None = None  # what this session last recorded
        self._ctx_author: str | None = None
        # the flattened rows, kept up to date from the entity maps' change events (read
        # with pycrdt's to_py once, on first use); `content_version` counts the
        # transactions that changed rows (caches of what is derived from them use it)
        self._flat: Flat | None = None
        self.content_version = 0
        self.transactions = 0  # counted from the first observed one (deletes alone count too)
        self._key_log: list[tuple[int, str, str, str]] = []  # (version, entity, row, field)
        self._key_log_start = 0  # changes made before this version are not in the log
        self.store_synced: int | None = None  # db.crdt.merge: version the store last matched
        self.history_cache = None  # db.crdt.causality.history_of keeps the decoded history here
        self.materialized = None   # db.crdt.materialize keeps its last result here (`_materialized`)
        for state in states:
            self.apply(state)
        self._sub = self.doc.observe(self._on_txn)
        self._map_subs = [self.map(e.name).observe(partial(self._on_map, e.name))
                          for e in catalogue.ENTITIES]

    # -- low level -------------------------------------------------------------------------

    def _on_txn(self, event) -> None:
        self._pending.append(event.update)
        self.transactions += 1

    def _on_map(self, name: str, event) -> None:
        self.content_version += 1
        version = self.content_version
        keys = event.keys
        log = self._key_log
        if len(log) + len(keys) > KEY_LOG_LIMIT:
            log.clear()
            self._key_log_start = version
        else:
            for k in keys:
                row_id, _, fld = k.partition(SEP)
                log.append((version, name, row_id, fld))
        flat = self._flat
        if flat is None:
            return
        rows = flat.setdefault(name, {})
        for k, change in keys.items():
            row_id, _, fld = k.partition(SEP)
            if change.get("action") == "delete":
                row = rows.get(row_id)
                if row is not None:
                    row.pop(fld, None)
                    if not row:
                        del rows[row_id]
                continue
            value = change.get("newValue")
            if not isinstance(value, (str, float, int, bool, type(None))):
                self._flat = None  # a nested value (a damaged copy's): read it all again
                return
            rows.setdefault(row_id, {})[fld] = value
        if not rows:
            del flat[name]

    def map(self, name: str) -> Map:
        m = self._maps.get(name)
        if m is None:
            m = self._maps[name] = self.doc.get(name, type=Map)
        return m

    def take_updates(self) -> list[bytes]:
        """The per-transaction updates made since the last call (for the store's log)."""
        out, self._pending = self._pending, []
        return out

    def apply(self, state: bytes) -> None:
        """Merge a full state (or an update) into the document."""
        try:
            self.doc.apply_update(state)
        except BaseException as exc:  # pycrdt panics are BaseExceptions
            # what is derived from the document is read again from it next time
            self._flat, self.history_cache, self.materialized = None, None, None
            self.content_version += 1
            self._key_log.clear()
            self._key_log_start = self.content_version
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            raise CrdtError(f"A co-editing state could not be read ({exc}).") from None

    def state(self) -> bytes:
        """The full state (idempotent and commutative to merge; what state files hold)."""
        return self.doc.get_update()

    def state_vector(self) -> bytes:
        return self.doc.get_state()

    def _write_context(self) -> None:
        """Inside a local transaction, before its first write: record what this writer has
        seen (only what grew since its previous record, and the author when it changed)."""
        sv = decode_state_vector(self.doc.get_state())
        cid = self.doc.client_id
        start = sv.pop(cid, 0)
        prev = self._ctx_sv or {}
        delta = {str(c): k for c, k in sv.items() if prev.get(c, 0) < k}
        if self._ctx_sv is not None and not delta and self._ctx_author == self.author:
            return
        rec: dict[str, object] = {"sv": delta}
        if self.author != self._ctx_author or self._ctx_sv is None:
            rec["a"] = self.author
        self.map(CTX)[f"{cid}:{start}"] = json.dumps(rec, sort_keys=True, ensure_ascii=False)
        self._ctx_sv = sv
        self._ctx_author = self.author

    # -- recording store edits -------------------------------------------------------------

    def record_rows(self, writes: list[tuple[str, str, dict[str, object] | None]]) -> list[bytes]:
        """Record rows as they now are in the store, in one pycrdt transaction.

        `writes` holds (entity, row id, values) with values including 'position', or
        None for a deleted row. Only keys whose value differs are written. Returns the
        update(s) to persist with the edit.
        """
        self.take_updates()
        ctx_before = (self._ctx_sv, self._ctx_author)
        try:
            with self.doc.transaction():
                self._write_context()
                for entity, row_id, values in writes:
                    m = self.map(entity)
                    if values is None:
                        # always a write, also for a row shown only because something added
                        # under it needed it (already marked deleted): this delete is an edit
                        # of its own that co-authors' edits can be concurrent with
                        m[_key(row_id, DELETED)] = True
                        continue
                    dk = _key(row_id, DELETED)
                    if m.get(dk) is True:
                        m[dk] = False
                    for field, value in values.items():
                        k = _key(row_id, field)
                        if isinstance(value, int) and not isinstance(value, bool):
                            value = float(value)
                        current = m.get(k)
                        if current is None and value is None:
                            continue
                        if current != value or type(current) is not type(value):
                            m[k] = value
        except BaseException as exc:
            self._ctx_sv, self._ctx_author = ctx_before
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            raise CrdtError(f"The edit could not be recorded for co-editing ({exc}).") from None
        return self.take_updates()

    def set_conflicts(self, records: dict[str, str], *, remove: Iterable[str] = ()) -> None:
        """Write conflict records (key -> JSON text) into the document, and take out the
        records under `remove` (conflicts the whole history no longer supports)."""
        m = self.map(CONFLICTS)
        remove = [k for k in remove if k in m and k not in records]
        if not remove and all(m.get(key) == text for key, text in records.items()):
            return
        with self.doc.transaction():
            self._write_context()
            for key, text in records.items():
                if m.get(key) != text:
                    m[key] = text
            for key in remove:
                del m[key]

    def conflicts(self) -> dict[str, dict]:
        """Readable conflict records (a malformed one from a co-author is left out here;
        db/crdt/conflicts.py lists it as a problem)."""
        out = {}
        for k, v in self.map(CONFLICTS).items():
            try:
                rec = json.loads(v) if isinstance(v, str) else None
            except (ValueError, RecursionError):  # a co-author's malformed record
                rec = None
            if isinstance(rec, dict):
                out[k] = rec
        return out

    # -- reading ---------------------------------------------------------------------------

    def flatten(self) -> Flat:
        """All rows (deleted ones too, marked with _deleted) as plain dicts (a copy)."""
        flat = self.flat_view()
        return {e.name: {r: dict(f) for r, f in flat[e.name].items()}
                for e in catalogue.ENTITIES if e.name in flat}

    def changes_since(self, version: int) -> list[tuple[str, str, str]] | None:
        """(entity, row id, field) of every key of a row changed after `version` (of
        `content_version`), or None when that is no longer known."""
        if version < self._key_log_start:
            return None
        i = bisect.bisect_right(self._key_log, version, key=lambda t: t[0])
        return [(e, r, f) for _v, e, r, f in self._key_log[i:]]

    def flat_view(self) -> Flat:
        """The same as `flatten`, without copying: read only (it changes with the document)."""
        if self._flat is None:
            self._flat = self._read_flat()
        return self._flat

    def _read_flat(self) -> Flat:
        out: Flat = {}
        for e in catalogue.ENTITIES:
            rows: dict[str, dict[str, object]] = {}
            for k, v in (self.map(e.name).to_py() or {}).items():
                row_id, _, field = k.partition(SEP)
                rows.setdefault(row_id, {})[field] = v
            if rows:
                out[e.name] = rows
        return out


def _varuints(data: bytes):
    value = shift = 0
    for byte in data:
        value |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
            continue
        yield value
        value = shift = 0


def decode_state_vector(encoded: bytes) -> dict[int, int]:
    """Decode an encoded state vector (Yjs v1: count, then client/clock pairs)."""
    nums = list(_varuints(encoded))
    return dict(zip(nums[1::2], nums[2::2], strict=False))  # a truncated last pair is dropped


def flatten_state(state: bytes | None, *more: bytes) -> Flat:
    """Flatten one or more merged states without touching a live document."""
    doc = RoadmapDoc([s for s in (state, *more) if s])
    return doc.flatten()


def _canonical(content: dict[str, list[dict]]) -> bytes:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def bootstrap_state(content: dict[str, list[dict]]) -> bytes:
    """The CRDT state of existing table content, for files made before co-editing.

    `content` maps entity name to rows (dicts with 'id', 'position' and field values).
    The pycrdt client id is derived from the content, so two copies of the same file
    bootstrap to byte-identical states (they merge as one instead of fighting over every
    field); copies with different content get different ids.
    """
    digest = hashlib.sha256(_canonical(content)).digest()
    client_id = int.from_bytes(digest[:4], "big") % (2**31 - 2) + 1
    doc: Doc = Doc(client_id=client_id, skip_gc=True)
    with doc.transaction():
        for e in catalogue.ENTITIES:
            rows = content.get(e.name) or []
            if not rows:
                continue
            m = doc.get(e.name, type=Map)
            for row in sorted(rows, key=lambda r: r["id"]):
                for field in [POSITION] + [f.name for f in e.fields]:
                    value = row.get(field)
                    if value is None:
                        continue
                    if isinstance(value, int) and not isinstance(value, bool):
                        value = float(value)
                    m[_key(row["id"], field)] = value
    return doc.get_update()
