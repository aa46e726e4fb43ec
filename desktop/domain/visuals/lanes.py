"""Lane packing and lane hit tests (Qt-free).

Items of one swimlane are placed on rows so that their footprints (the bar plus its label
when the label sits outside the bar) never overlap. Packing is greedy first-fit in order
of start: the result is deterministic and fills the top rows first.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Footprint:
    """The horizontal extent an item needs on its row, from x0 to x1."""

    key: Hashable
    x0: float
    x1: float


def pack_rows(items: Iterable[Footprint], gap: float = 0.0) -> tuple[dict[Hashable, int], int]:
    """Assign each footprint a row index; returns (row by key, number of rows).

    Items are taken by (x0, x1, key); each goes to the lowest row whose last item ends at
    least `gap` before it starts.
    """
    # Items come in order of x0, so the limit (x0 - gap) never decreases: a row that has
    # ended by one item's limit has ended for every later item too. Rows still busy wait in a
    # heap by their end; those that ended move to a heap of free row numbers, and an item
    # takes the lowest free row (what a scan of every row from the top finds), in
    # O(n log n) instead of O(n x rows).
    ordered = sorted(items, key=lambda f: (f.x0, f.x1, str(f.key)))
    busy: list[tuple[float, int]] = []  # (end, row)
    free: list[int] = []
    rows: dict[Hashable, int] = {}
    n = 0
    push, pop = heapq.heappush, heapq.heappop
    for f in ordered:
        limit = f.x0 - gap
        while busy and busy[0][0] <= limit:
            push(free, pop(busy)[1])
        if free:
            i = pop(free)
        else:
            i = n
            n += 1
        rows[f.key] = i
        push(busy, (f.x1, i))
    return rows, n


@dataclass(frozen=True)
class Band:
    """A horizontal band (lane or group header) from y to y + h, identified by key."""

    key: Hashable
    y: float
    h: float

    @property
    def y1(self) -> float:
        return self.y + self.h


def stack(heights: Sequence[tuple[Hashable, float]], top: float = 0.0, gap: float = 0.0) -> list[Band]:
    """Bands stacked downwards from `top` in order, `gap` apart."""
    out = []
    y = top
    for key, h in heights:
        out.append(Band(key, y, h))
        y += h + gap
    return out


class BandIndex:
    """Finds the band under a y coordinate (bands sorted by y, not overlapping)."""

    def __init__(self, bands: Sequence[Band]) -> None:
        self._bands = sorted(bands, key=lambda b: b.y)
        self._tops = [b.y for b in self._bands]

    def at(self, y: float) -> Band | None:
        i = bisect.bisect_right(self._tops, y) - 1
        if i < 0:
            return None
        band = self._bands[i]
        return band if y < band.y1 else None

    def nearest(self, y: float) -> Band | None:
        """The band under y, or the closest one when y falls between or outside bands."""
        if not self._bands:
            return None
        hit = self.at(y)
        if hit is not None:
            return hit
        return min(self._bands, key=lambda b: min(abs(b.y - y), abs(b.y1 - y)))


def row_of(y: float, lane_top: float, pad: float, row_h: float, rows: int) -> int:
    """The row index of a lane under y (clamped to the lane's rows)."""
    if rows <= 0:
        return 0
    return max(0, min(rows - 1, int((y - lane_top - pad) // row_h)))
