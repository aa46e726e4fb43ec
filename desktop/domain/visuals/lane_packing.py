"""The rows of one Part B lane, kept for small changes (Qt-free): what
desktop.domain.visuals.timeline_incremental packs again when a lane's members change."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from desktop.domain.visuals.lanes import Footprint


class LanePacking:
    """The rows of one lane as `lanes.pack_rows` assigns them, kept for small changes.

    pack_rows is a greedy first fit in (x0, x1, key) order, so an item only affects the
    items after it. The packing keeps its items sorted and the greedy's state (the end of
    each row) every `STEP` items; a change is packed again from the checkpoint before it
    until the state equals the old one at a later checkpoint, from where the old rows hold.
    """

    STEP = 32

    def __init__(self, items: Iterable[Footprint], gap: float) -> None:
        self.gap = gap
        self.order: list[tuple[float, float, str]] = sorted((f.x0, f.x1, str(f.key)) for f in items)
        self.entry: dict[str, tuple[float, float, str]] = {e[2]: e for e in self.order}
        self.rows: dict[str, int] = {}
        self.cps: list[tuple[int, tuple[float, ...]]] = []
        self.n = self._run(0, [], None, -1, -1, 0)[0]

    def _run(self, start: int, state: list[float], old_cps, last_old: int, last_new: int,
             offset: int) -> tuple[int, set[str], int | None]:
        """Greedy from index `start` with `state`; returns (rows, keys whose row changed,
        index in old_cps where it met the old state or None)."""
        rows, order, gap, step = self.rows, self.order, self.gap, self.STEP
        changed: set[str] = set()
        cps = self.cps
        j = 0
        if old_cps is not None:  # the first old checkpoint that may be compared with
            while j < len(old_cps) and not (old_cps[j][0] > last_old and
                                             old_cps[j][0] + offset > last_new and
                                             old_cps[j][0] + offset >= start):
                j += 1
        for i in range(start, len(order)):
            if old_cps is not None and j < len(old_cps) and old_cps[j][0] + offset == i:
                if tuple(state) == old_cps[j][1]:
                    return len(state), changed, j  # from here on, as before
                j += 1
            if (i - start) % step == 0:
                cps.append((i, tuple(state)))
            x0, x1, key = order[i]
            limit = x0 - gap
            for r, end in enumerate(state):
                if end <= limit:
                    state[r] = x1
                    break
            else:
                r = len(state)
                state.append(x1)
            if rows.get(key) != r:
                rows[key] = r
                changed.add(key)
        return len(state), changed, None

    def change(self, removed: Iterable[str], added: Iterable[Footprint]) -> set[str]:
        """Take out the items `removed` (keys), put in `added`; returns the keys of the
        items that are now on another row (or new)."""
        order = self.order
        old_idx = []
        for key in removed:
            e = self.entry.pop(key, None)
            if e is not None:
                old_idx.append(bisect.bisect_left(order, e))
        old_len = len(order)
        # positions in the old list, then remove from the highest down
        first = min(old_idx, default=old_len)
        last_old = max(old_idx, default=-1)
        for i in sorted(old_idx, reverse=True):
            key = order.pop(i)[2]
            self.rows.pop(key, None)
        new_entries = [(f.x0, f.x1, str(f.key)) for f in added]
        for e in new_entries:
            self.entry[e[2]] = e
            bisect.insort(order, e)
        new_idx = [bisect.bisect_left(order, e) for e in new_entries]
        first = min([first, *new_idx])
        last_new = max(new_idx, default=-1)
        offset = len(order) - old_len
        old_cps = self.cps
        k = bisect.bisect_right(old_cps, first, key=lambda c: c[0]) - 1
        start, state = old_cps[k] if k >= 0 else (0, ())
        self.cps = old_cps[:max(k, 0)]
        n, changed, met = self._run(start, list(state), old_cps, last_old, last_new, offset)
        changed.update(e[2] for e in new_entries)
        if met is not None:
            self.cps.extend((i + offset, st) for i, st in old_cps[met:])
        else:
            self.n = n
        return changed
