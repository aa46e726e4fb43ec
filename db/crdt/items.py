"""Reading the items inside a pycrdt (Yjs v1) update: who wrote which map key, and after what.

pycrdt 0.14 exposes state vectors (`get_state`) but not the items of an update, and the
conflict check needs them: for every map key, each write is one item with an id
(client, clock), an origin (the item it replaced, i.e. the value its writer saw) and a
value. This module decodes the public Yjs update format v1 (lib0 variable-length
integers; structs per client, then the delete set) into plain Python objects. It only
reads; it never builds updates. Anything it does not understand raises `ItemDecodeError`.

Documents are kept with ``skip_gc=True`` (db/crdt/document.py), so replaced values stay in the
state as deleted items: the losing value of a concurrent write can still be shown.
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass


class ItemDecodeError(ValueError):
    """The bytes are not a Yjs v1 update this module can read."""


@dataclass
class Item:
    client: int
    clock: int
    length: int
    origin: tuple[int, int] | None
    right_origin: tuple[int, int] | None
    parent: str | tuple[int, int] | None   # root type name, or id of the parent item
    key: str | None                        # map key (parentSub); None for list items
    value: object                          # the value written (maps hold one per clock)
    deleted: bool = False
    has_value: bool = True

    @property
    def id(self) -> tuple[int, int]:
        return (self.client, self.clock)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise ItemDecodeError("update ends early")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def uint(self) -> int:
        value = shift = 0
        while True:
            b = self.byte()
            value |= (b & 0x7F) << shift
            if b < 0x80:
                return value
            shift += 7
            if shift > 70:
                raise ItemDecodeError("variable integer too long")

    def sint(self) -> int:
        b = self.byte()
        value = b & 0x3F
        negative = b & 0x40
        shift = 6
        while b & 0x80:
            b = self.byte()
            value |= (b & 0x7F) << shift
            shift += 7
            if shift > 70:
                raise ItemDecodeError("variable integer too long")
        return -value if negative else value

    def raw(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ItemDecodeError("update ends early")
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def buf(self) -> bytes:
        return self.raw(self.uint())

    def string(self) -> str:
        try:
            return self.buf().decode("utf-8")
        except UnicodeDecodeError:
            raise ItemDecodeError("string is not UTF-8") from None

    def any(self, depth: int = 0) -> object:
        if depth > 64:
            raise ItemDecodeError("value nested too deeply")
        t = self.byte()
        if t == 127:
            return None  # undefined
        if t == 126:
            return None
        if t == 125:
            return self.sint()
        if t == 124:
            return struct.unpack(">f", self.raw(4))[0]
        if t == 123:
            return struct.unpack(">d", self.raw(8))[0]
        if t == 122:
            return struct.unpack(">q", self.raw(8))[0]
        if t == 121:
            return False
        if t == 120:
            return True
        if t == 119:
            return self.string()
        if t == 118:
            return {self.string(): self.any(depth + 1) for _ in range(self.uint())}
        if t == 117:
            return [self.any(depth + 1) for _ in range(self.uint())]
        if t == 116:
            return self.buf()
        raise ItemDecodeError(f"unknown value type {t}")


def _content(r: _Reader, ref: int) -> tuple[int, list | None]:
    """(length, one value per clock or None when the content holds no plain values)."""
    if ref == 1:  # deleted (garbage collected) content: values are gone
        return r.uint(), None
    if ref == 2:  # JSON strings
        return _counted(r, r.uint(), r.string)
    if ref == 3:
        return 1, [r.buf()]
    if ref == 4:
        s = r.string()
        return len(s.encode("utf-16-le")) // 2, None
    if ref == 5:
        r.string()
        return 1, None
    if ref == 6:
        r.string()
        r.string()
        return 1, None
    if ref == 7:
        type_ref = r.uint()
        if type_ref in (3, 5):  # XmlElement name / XmlHook
            r.string()
        return 1, None
    if ref == 8:
        return _counted(r, r.uint(), r.any)
    if ref == 9:
        r.string()
        r.any()
        return 1, None
    raise ItemDecodeError(f"unknown content type {ref}")


def _counted(r: _Reader, n: int, read) -> tuple[int, list]:
    if n > len(r.data):
        raise ItemDecodeError("count larger than the update")
    return n, [read() for _ in range(n)]


def decode_update(data: bytes) -> tuple[list[Item], dict[int, list[tuple[int, int]]]]:
    """The items of a Yjs v1 update and its delete set ({client: [(clock, length)]}).

    Items whose origin is given carry no parent/key in the encoding; `index` resolves
    them. Deleted flags are set from the delete set.
    """
    r = _Reader(bytes(data))
    items: list[Item] = []
    for _ in range(r.uint()):
        n_structs = r.uint()
        client = r.uint()
        clock = r.uint()
        for _ in range(n_structs):
            info = r.byte()
            ref = info & 0x1F
            if ref == 0:  # GC
                clock += r.uint()
                continue
            if ref == 10:  # skip
                clock += r.uint()
                continue
            origin = (r.uint(), r.uint()) if info & 0x80 else None
            right = (r.uint(), r.uint()) if info & 0x40 else None
            parent: str | tuple[int, int] | None = None
            key = None
            if not info & 0xC0:
                if r.uint() == 1:
                    parent = r.string()
                else:
                    parent = (r.uint(), r.uint())
                if info & 0x20:
                    key = r.string()
            length, values = _content(r, ref)
            if length <= 0:
                raise ItemDecodeError("empty item")
            # One item per clock: a run of squashed writes to one key is several writes.
            for k in range(length):
                items.append(Item(client, clock + k, 1,
                                  origin if k == 0 else (client, clock + k - 1), right,
                                  parent if k == 0 else None, key if k == 0 else None,
                                  values[k] if values is not None else None,
                                  has_value=values is not None))
                if length > 4096 and values is None:
                    break  # long text/GC runs: keys do not matter, avoid blowing up
            clock += length
    deletes: dict[int, list[tuple[int, int]]] = {}
    if r.pos < len(r.data):
        for _ in range(r.uint()):
            client = r.uint()
            deletes[client] = [(r.uint(), r.uint()) for _ in range(r.uint())]
    return items, deletes


class ItemIndex:
    """Items of a full state with parents and keys resolved, looked up by id."""

    def __init__(self, state: bytes, present: dict[int, int] | None = None) -> None:
        """`present`: the document's state vector; items at or beyond it (held back by
        pycrdt until what they build on arrives, but encoded in its states) are left out."""
        self.items, deletes = decode_update(state)
        if present is not None:
            self.items = [i for i in self.items if i.clock < present.get(i.client, 0)]
        self._by_client: dict[int, list[Item]] = {}
        for it in self.items:
            self._by_client.setdefault(it.client, []).append(it)
        for lst in self._by_client.values():
            lst.sort(key=lambda i: i.clock)
        self._deletes: dict[int, set[tuple[int, int]]] = {}
        self._unresolved: set[int] = set()  # ids of items whose parent cannot be found
        self._mark_deleted(deletes)
        for it in self.items:  # resolve parent/key through origins (written only once)
            self._resolve(it)
        self._keys: dict[str, dict[str, list[Item]]] = {}
        for it in self.items:
            if isinstance(it.parent, str) and it.key is not None:
                self._keys.setdefault(it.parent, {}).setdefault(it.key, []).append(it)

    def _mark_deleted(self, deletes: dict[int, list[tuple[int, int]]]) -> list[Item]:
        """Set the deleted flag from a delete set (only its ranges not applied before);
        returns the items that became deleted."""
        out: list[Item] = []
        for client, ranges in deletes.items():
            known = self._deletes.setdefault(client, set())
            fresh = [r for r in ranges if r not in known]
            if not fresh:
                continue
            known.update(fresh)
            clst = self._by_client.get(client)
            if not clst:
                continue
            clocks = [it.clock for it in clst] if len(fresh) > 1 else None
            for clock, length in fresh:
                if clocks is not None:
                    k = bisect.bisect_right(clocks, clock) - 1
                else:
                    k = bisect.bisect_right(clst, clock, key=lambda i: i.clock) - 1
                k = max(k, 0)
                while k < len(clst) and clst[k].clock < clock + length:
                    if clock < clst[k].clock + clst[k].length and not clst[k].deleted:
                        clst[k].deleted = True
                        out.append(clst[k])
                    k += 1
        return out

    def extend(self, update: bytes, present: dict[int, int]
               ) -> tuple[list[Item], set[tuple[str, str]]]:
        """Add what `update` holds beyond this index: the diff of the document since the
        state this index was built from (`Doc.get_update(state vector)`: the new items
        and the whole delete set). Returns the new items and the (root, key) pairs whose
        items changed (new or newly deleted); the index is then the same as one built
        from the whole new state (key lists in the same order)."""
        items, deletes = decode_update(update)
        items = [i for i in items if i.clock < present.get(i.client, 0)]
        for it in items:
            lst = self._by_client.setdefault(it.client, [])
            if lst and lst[-1].clock >= it.clock:
                raise ItemDecodeError("the update is not a diff of this index's state")
            lst.append(it)
        self.items.extend(items)
        for it in items:
            self._resolve(it)
        changed: set[tuple[str, str]] = set()
        for it in items:
            if isinstance(it.parent, str) and it.key is not None:
                self._keys.setdefault(it.parent, {}).setdefault(it.key, []).append(it)
                changed.add((it.parent, it.key))
        for root, key in changed:  # the order of a full state: clients descending, clocks up
            self._keys[root][key].sort(key=lambda i: (-i.client, i.clock))
        for it in self._mark_deleted(deletes):
            if isinstance(it.parent, str) and it.key is not None:
                changed.add((it.parent, it.key))
        # a range applied before may cover a new item (a delete that arrived before it)
        sorted_ranges: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        for it in items:
            if it.deleted or not deletes.get(it.client):
                continue
            if it.client not in sorted_ranges:
                rs = sorted(deletes[it.client])
                sorted_ranges[it.client] = ([c for c, _n in rs], rs)
            starts, rs = sorted_ranges[it.client]
            k = bisect.bisect_right(starts, it.clock) - 1
            if k >= 0 and it.clock < rs[k][0] + rs[k][1]:
                it.deleted = True
        return items, changed

    def find(self, ident: tuple[int, int]) -> Item | None:
        lst = self._by_client.get(ident[0])
        if not lst:
            return None
        lo, hi = 0, len(lst)
        clock = ident[1]
        while lo < hi:
            mid = (lo + hi) // 2
            if lst[mid].clock + lst[mid].length <= clock:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(lst) and lst[lo].clock <= clock < lst[lo].clock + lst[lo].length:
            return lst[lo]
        return None

    def _resolve(self, it: Item) -> None:
        chain: list[Item] = []
        cur: Item | None = it
        while cur is not None and cur.parent is None and len(chain) < 100000:
            if id(cur) in self._unresolved:  # its chain was walked before: it ends nowhere
                cur = None
                break
            chain.append(cur)
            ref = cur.origin or cur.right_origin
            cur = self.find(ref) if ref else None
        if cur is None or cur.parent is None:
            # (an update without what it builds on: each item's chain is walked once)
            self._unresolved.update(id(c) for c in chain)
            return
        for c in chain:
            c.parent = cur.parent
            c.key = cur.key if c.key is None else c.key

    def by_key(self, root: str) -> dict[str, list[Item]]:
        """{map key: items written to it} for one root map (read only)."""
        return self._keys.get(root, {})
