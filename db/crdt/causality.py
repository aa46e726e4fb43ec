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

from db.crdt.document import CTX, SEP
from db.crdt.items import Item, ItemIndex


class History:
    """Items of one full state with their causal pasts."""

    def __init__(self, state: bytes) -> None:
        self.index = ItemIndex(state)
        self._ctx: dict[int, tuple[list[int], list[dict[int, int]], list[str]]] = {}
        raw: dict[int, list[tuple[int, dict[int, int], str | None]]] = {}
        for key, items in self.index.by_key(CTX).items():
            client_s, _, start_s = key.partition(":")
            try:
                client, start = int(client_s), int(start_s)
            except ValueError:
                continue
            visible = [i for i in items if not i.deleted] or items
            try:
                rec = json.loads(visible[-1].value) if isinstance(visible[-1].value, str) else {}
                sv = {int(c): int(k) for c, k in (rec.get("sv") or {}).items()}
                author = rec.get("a")
            except (ValueError, TypeError, AttributeError, RecursionError):  # co-author input
                continue
            who = author if isinstance(author, str) else None
            raw.setdefault(client, []).append((start, sv, who))
        for client, entries in raw.items():
            entries.sort(key=lambda e: e[0])
            starts, svs, authors = [], [], []
            cum: dict[int, int] = {}
            author = ""
            for start, sv, a in entries:
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
        """{row id: {field: items written}} of one entity's map."""
        out: dict[str, dict[str, list[Item]]] = {}
        for key, items in self.index.by_key(entity).items():
            row_id, _, fld = key.partition(SEP)
            out.setdefault(row_id, {})[fld] = items
        return out
