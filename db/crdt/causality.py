"""Which write saw which: causal order of the writes in a roadmap document (Qt-free, no SQL).

Built from a full state (db/crdt/items.py decodes its items) and the document's ``_ctx``
records (db/crdt/document.py: what each writer had seen when it wrote). Two writes are
*concurrent* when neither writer had seen the other's write. This is what the conflict
check compares; it never uses "my last sync", which may already hold edits the other
side never saw.

Writes from before these records existed (older files) fall back to the item's origin
chain (the value its writer replaced), which is exact for writes to the same key.
"""

from __future__ import annotations

import bisect
import json

from db import catalogue
from db.crdt.document import CTX, DELETED, SEP, decode_state_vector
from db.crdt.items import Item, ItemDecodeError, ItemIndex
from db.model import Kind

ROW_LOG_LIMIT = 200_000


class History:
    """Items of one full state with their causal pasts.

    `history_of(doc)` keeps one per document and extends it with what each new
    transaction added, instead of decoding the whole state again."""

    def __init__(self, state: bytes, present: dict[int, int] | None = None) -> None:
        self.index = ItemIndex(state, present)
        self.state_vector = b""  # of the state it holds, when kept by `history_of`
        self.transactions = -1   # the document's transaction count then
        # counts extensions that wrote a delete mark or a reference (db.crdt.merge keeps
        # what it derives from those, `document_notes`, until this changes)
        self.structure = 0
        self.document_notes = None
        # (extension, root, row id) of every row key each extension added to, so what is
        # derived from the rows can follow them (db.crdt.conflict_detection); `extensions`
        # counts the calls of `extend`, and rows changed before `row_log_start` are not
        # in the log any more (it is bounded)
        self.extensions = 0
        self.row_log: list[tuple[int, str, str]] = []
        self.row_log_start = 0
        self._ctx: dict[int, tuple[list[int], list[dict[int, int]], list[str]]] = {}
        self._ctx_raw: dict[int, dict[int, tuple[dict[int, int], str | None]]] = {}
        self._rows: dict[str, dict[str, dict[str, list[Item]]]] = {}
        self._read_ctx(self.index.by_key(CTX))

    def extend(self, update: bytes, present: dict[int, int]) -> list[Item]:
        """Add the diff `update` (see ItemIndex.extend); returns the new items."""
        items, changed = self.index.extend(update, present)
        if any(_structural_key(root, key) for root, key in changed):
            self.structure += 1
        self.extensions += 1
        if len(self.row_log) + len(changed) > ROW_LOG_LIMIT:
            self.row_log.clear()
            self.row_log_start = self.extensions
        else:
            self.row_log += [(self.extensions, root, key.partition(SEP)[0])
                             for root, key in changed]
        ctx = {k for root, k in changed if root == CTX}
        if ctx:
            keys = self.index.by_key(CTX)
            self._read_ctx({k: keys[k] for k in ctx})
        for root, key in changed:
            rows = self._rows.get(root)
            if rows is not None:
                row_id, _, fld = key.partition(SEP)
                rows.setdefault(row_id, {})[fld] = self.index.by_key(root)[key]
        return items

    def rows_changed_since(self, extension: int) -> set[tuple[str, str]] | None:
        """(root, row id) of the rows written by the extensions after `extension`, or None
        when the log no longer reaches back that far."""
        if extension < self.row_log_start:
            return None
        i = bisect.bisect_right(self.row_log, extension, key=lambda t: t[0])
        return {(root, row) for _n, root, row in self.row_log[i:]}

    def _read_ctx(self, by_key: dict[str, list[Item]]) -> None:
        touched: set[int] = set()
        for key, items in by_key.items():
            client_s, _, start_s = key.partition(":")
            try:
                client, start = int(client_s), int(start_s)
            except ValueError:
                continue
            raw = self._ctx_raw.setdefault(client, {})
            raw.pop(start, None)
            touched.add(client)
            visible = [i for i in items if not i.deleted] or items
            try:
                rec = json.loads(visible[-1].value) if isinstance(visible[-1].value, str) else {}
                sv = {int(c): int(k) for c, k in (rec.get("sv") or {}).items()}
                author = rec.get("a")
            except (ValueError, TypeError, AttributeError, RecursionError):  # co-author input
                continue
            raw[start] = (sv, author if isinstance(author, str) else None)
        for client in touched:
            entries = self._ctx_raw.get(client) or {}
            if not entries:
                self._ctx.pop(client, None)
                continue
            starts, svs, authors = [], [], []
            cum: dict[int, int] = {}
            author = ""
            for start in sorted(entries):
                sv, a = entries[start]
                for c, k in sv.items():
                    if cum.get(c, 0) < k:
                        cum[c] = k
                if a is not None:
                    author = a
                starts.append(start)
                svs.append(dict(cum))
                authors.append(author)
            self._ctx[client] = (starts, svs, authors)

    def author(self, item: Item) -> str:
        ctx = self._ctx.get(item.client)
        if not ctx:
            return ""
        starts, _svs, authors = ctx
        i = bisect.bisect_right(starts, item.clock) - 1
        return authors[max(i, 0)]

    def _past(self, item: Item) -> dict[int, int] | None:
        ctx = self._ctx.get(item.client)
        if not ctx:
            return None
        starts, svs, _ = ctx
        i = bisect.bisect_right(starts, item.clock) - 1
        return svs[i] if i >= 0 else {}

    def saw(self, later: Item, earlier: Item) -> bool:
        """True when `later`'s writer had `earlier` when writing."""
        if later is earlier:
            return False
        if later.client == earlier.client:
            return earlier.clock < later.clock
        past = self._past(later)
        if past is not None:  # exact: everything its writer's document held
            return past.get(earlier.client, 0) > earlier.clock
        # through the value it replaced (exact for one key; covers old files' writes)
        cur: Item | None = later
        steps = 0
        while cur is not None and cur.origin is not None and steps < 10000:
            if cur.origin[0] == earlier.client and cur.origin[1] >= earlier.clock:
                return True
            cur = self.index.find(cur.origin)
            steps += 1
        return False

    def concurrent(self, a: Item, b: Item) -> bool:
        return not self.saw(a, b) and not self.saw(b, a)

    def heads(self, items: list[Item]) -> list[Item]:
        """The writes no other write of the list has seen (one, unless concurrent)."""
        return [i for i in items if not any(self.saw(j, i) for j in items if j is not i)]

    def rows(self, entity: str) -> dict[str, dict[str, list[Item]]]:
        """{row id: {field: items written}} of one entity's map (read only)."""
        out = self._rows.get(entity)
        if out is None:
            out = self._rows[entity] = {}
            for key, items in self.index.by_key(entity).items():
                row_id, _, fld = key.partition(SEP)
                out.setdefault(row_id, {})[fld] = items
        return out


def _structural_key(root: str, key: str) -> bool:
    fld = key.partition(SEP)[2]
    if fld == DELETED:
        return True
    try:
        f = catalogue.entity(root).by_name.get(fld)
    except (KeyError, ValueError, LookupError):
        return False  # (_ctx, _conflicts)
    return f is not None and f.kind is Kind.REF


#: tests set this: every `history_of` is checked against a history decoded from scratch
VERIFY = False


def history_of(rdoc) -> tuple[History, list[Item]]:
    """The causal history of a RoadmapDoc's current state, and the items added since the
    previous call (all items when it was decoded from scratch).

    Kept on the document (`rdoc.history_cache`) and extended from the diff since the
    state vector it was made at, so a merge decodes only what is new, not the whole
    history. A diff that cannot be read that way makes it decode everything again."""
    sv = rdoc.state_vector()
    h = rdoc.history_cache
    if h is not None and h.state_vector == sv and h.transactions == rdoc.transactions:
        return h, []  # (a transaction that only deletes leaves the state vector as it was)
    new: list[Item] | None = None
    present = decode_state_vector(sv)
    if h is not None:
        try:
            new = h.extend(rdoc.doc.get_update(h.state_vector), present)
        except ItemDecodeError:
            new = None
    if new is None:
        h = History(rdoc.state(), present)
        new = list(h.index.items)
    h.state_vector, h.transactions = sv, rdoc.transactions
    rdoc.history_cache = h
    if VERIFY:
        _verify(h, History(rdoc.state(), present))
    return h, new


def _verify(h: History, full: History) -> None:
    def keyed(hist: History) -> dict:
        return {root: {k: [(i.client, i.clock, i.origin, i.deleted, i.has_value,
                            repr(i.value)) for i in items]
                       for k, items in keys.items()}
                for root, keys in hist.index._keys.items()}

    assert keyed(h) == keyed(full), "incremental history differs from the whole state's"
    assert h._ctx == full._ctx, "incremental causal contexts differ from the whole state's"
    for root in list(h._rows):
        assert h.rows(root) == {r: dict(f) for r, f in full.rows(root).items()}, root
