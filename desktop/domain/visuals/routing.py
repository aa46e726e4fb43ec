"""Routes of dependency arrows between bars (Qt-free).

A route is an orthogonal polyline. Finish-to-start arrows leave the right end of the
predecessor and enter the left end of the successor; start-to-start arrows join the two
left ends, finish-to-finish the two right ends. When the successor starts after the
predecessor ends, the route is a Z with its vertical leg in the gap, placed where it
crosses no bar if such a place is found among a few candidates; otherwise it goes round
through the gutter between rows.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import NamedTuple

Point = tuple[float, float]
#: Vertical legs longer than this are not checked against obstacles (it would cost time
#: in proportion to their length and such legs cross bars whatever x they take).
MAX_CHECKED_SPAN = 1200.0


class Box(NamedTuple):
    """An axis-aligned rectangle from (x0, y0) to (x1, y1) (a tuple: cheap to make)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


class ObstacleIndex:
    """Boxes bucketed on a grid, to count cheaply how many a segment passes through."""

    def __init__(self, boxes: Iterable[tuple[Hashable, Box]], bucket: float = 40.0) -> None:
        self.bucket = bucket
        self._buckets: dict[tuple[int, int], list[tuple[Hashable, Box]]] = {}
        for key, b in boxes:
            for i in range(int(b.x0 // bucket), int(b.x1 // bucket) + 1):
                for j in range(int(b.y0 // bucket), int(b.y1 // bucket) + 1):
                    self._buckets.setdefault((i, j), []).append((key, b))

    def crossings(self, a: Point, b: Point, skip: tuple[Hashable, ...] = ()) -> int:
        """How many boxes the axis-aligned segment a-b passes through (touching is fine)."""
        x0, x1 = sorted((a[0], b[0]))
        y0, y1 = sorted((a[1], b[1]))
        seen: set = set()
        n = 0
        size = self.bucket
        buckets = self._buckets
        for i in range(int(x0 // size), int(x1 // size) + 1):
            for j in range(int(y0 // size), int(y1 // size) + 1):
                for key, box in buckets.get((i, j), ()):
                    if key in seen or key in skip:
                        continue
                    seen.add(key)
                    if _strictly_inside(box, x0, x1, y0, y1):
                        n += 1
        return n

    def path_crossings(self, points: tuple[Point, ...], skip: tuple[Hashable, ...] = ()) -> int:
        return sum(self.crossings(p, q, skip) for p, q in zip(points, points[1:]))


def _strictly_inside(box: Box, x0: float, x1: float, y0: float, y1: float) -> bool:
    """Whether a horizontal or vertical segment runs through the inside of `box`."""
    if x0 == x1:
        return box.x0 < x0 < box.x1 and box.y0 < y1 and y0 < box.y1
    if y0 == y1:
        return box.y0 < y0 < box.y1 and box.x0 < x1 and x0 < box.x1
    return box.x0 < x1 and x0 < box.x1 and box.y0 < y1 and y0 < box.y1


def _simplify(points: list[Point]) -> tuple[Point, ...]:
    """Drop repeated points and middle points of straight runs."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 1e-9 and abs(out[-1][1] - p[1]) < 1e-9:
            continue
        if len(out) >= 2:
            a, b = out[-2], out[-1]
            if (abs(a[0] - b[0]) < 1e-9 and abs(b[0] - p[0]) < 1e-9) or (
                    abs(a[1] - b[1]) < 1e-9 and abs(b[1] - p[1]) < 1e-9):
                out[-1] = p
                continue
        out.append(p)
    return tuple(out)


def route(src: Box, dst: Box, kind: str = "finish_start", *, stub: float = 6.0,
          gutter: float = 3.0, obstacles: ObstacleIndex | None = None,
          skip: tuple[Hashable, ...] = (), labels: tuple[Hashable, ...] = (),
          src_label_right: bool = False, dst_label_left: bool = False) -> tuple[Point, ...]:
    """The polyline of an arrow from `src` to `dst`; the last point is the arrow tip.

    `gutter` is half the free space between rows (where detours run); `obstacles`, when
    given, are avoided where one of a few candidate routes is free; `skip` names the
    obstacle keys of src and dst themselves, `labels` the keys of their own labels. A
    finish-to-start arrow whose source has its label on the right (or whose target has
    its label on the left) would run through that label; it may then leave the source
    by its lower or upper edge (enter the target by its top or bottom) through the gutter
    between rows, when that crosses fewer labels and bars.
    """
    plain = _route(src, dst, kind, stub, gutter, obstacles, skip + labels)
    if kind not in ("finish_start", "", None) or obstacles is None or not (src_label_right or dst_label_left):
        return plain
    if abs(src.cy - dst.cy) > MAX_CHECKED_SPAN:
        return plain
    return _round_labels(plain, src, dst, stub, gutter, obstacles, skip, src_label_right, dst_label_left)


def _length(points: tuple[Point, ...]) -> float:
    return sum(abs(p[0] - q[0]) + abs(p[1] - q[1]) for p, q in zip(points, points[1:]))


def _round_labels(plain: tuple[Point, ...], src: Box, dst: Box, stub: float, gutter: float,
                  obstacles: ObstacleIndex, skip: tuple[Hashable, ...], src_label_right: bool,
                  dst_label_left: bool) -> tuple[Point, ...]:
    """The best of the plain route and routes that leave/enter by a bar's edge, counting
    the crossings of every bar and label but the two bars themselves."""
    down = dst.cy >= src.cy
    if src_label_right:
        inset = min(stub, (src.x1 - src.x0) / 2)
        y_edge = src.y1 if down else src.y0
        start = [(src.x1 - inset, y_edge), (src.x1 - inset, y_edge + (gutter if down else -gutter))]
    else:
        start = [(src.x1, src.cy), (src.x1 + stub, src.cy)]
    if dst_label_left:
        inset = min(stub, (dst.x1 - dst.x0) / 2)
        y_edge = dst.y0 if down else dst.y1
        end = [(dst.x0 + inset, y_edge + (-gutter if down else gutter)), (dst.x0 + inset, y_edge)]
    else:
        end = [(dst.x0 - stub, dst.cy), (dst.x0, dst.cy)]
    p, q = start[-1], end[0]
    lo, hi = sorted((p[0], q[0]))
    xs = [lo, hi] + [lo + (hi - lo) * k / 10 for k in (5, 2, 8, 1, 9, 3, 7, 4, 6)]
    candidates = [plain]
    for x in xs:
        candidates.append(_simplify(start + [(x, p[1]), (x, q[1])] + end))
    candidates.append(_simplify(start + [(p[0], q[1])] + end))
    best, best_key = plain, None
    for c in candidates:
        key = (obstacles.path_crossings(c, skip), _length(c))
        if best_key is None or key < best_key:
            best, best_key = c, key
    return best


def _route(src: Box, dst: Box, kind: str, stub: float, gutter: float,
           obstacles: ObstacleIndex | None, skip: tuple[Hashable, ...]) -> tuple[Point, ...]:
    if kind == "start_start":
        x = min(src.x0, dst.x0) - stub
        return _simplify([(src.x0, src.cy), (x, src.cy), (x, dst.cy), (dst.x0, dst.cy)])
    if kind == "finish_finish":
        x = max(src.x1, dst.x1) + stub
        return _simplify([(src.x1, src.cy), (x, src.cy), (x, dst.cy), (dst.x1, dst.cy)])
    a = (src.x1, src.cy)
    b = (dst.x0, dst.cy)
    if abs(src.cy - dst.cy) < 1e-9 and dst.x0 >= src.x1:
        return (a, b)
    if dst.x0 - src.x1 >= 2 * stub:
        return _z_route(a, b, stub, obstacles, skip)
    return _detour(src, dst, stub, gutter)


def _z_route(a: Point, b: Point, stub: float, obstacles: ObstacleIndex | None,
             skip: tuple[Hashable, ...]) -> tuple[Point, ...]:
    lo, hi = a[0] + stub, b[0] - stub
    candidates = [hi, lo] + [lo + (hi - lo) * k / 10 for k in (5, 2, 8, 1, 9, 3, 7, 4, 6)]
    if obstacles is not None and abs(b[1] - a[1]) > MAX_CHECKED_SPAN:
        obstacles = None  # a very long leg crosses something anyway; do not pay to count
    best: tuple[Point, ...] | None = None
    best_n = -1
    for x in candidates:
        points = _simplify([a, (x, a[1]), (x, b[1]), b])
        if obstacles is None:
            return points
        n = obstacles.path_crossings(points, skip)
        if n == 0:
            return points
        if best is None or n < best_n:
            best, best_n = points, n
    assert best is not None
    return best


def _detour(src: Box, dst: Box, stub: float, gutter: float) -> tuple[Point, ...]:
    """Out of the right end, along the gutter next to src, into the left end of dst."""
    x_out = src.x1 + stub
    x_in = dst.x0 - stub
    y = src.y1 + gutter if dst.cy >= src.cy else src.y0 - gutter
    return _simplify([(src.x1, src.cy), (x_out, src.cy), (x_out, y), (x_in, y),
                      (x_in, dst.cy), (dst.x0, dst.cy)])


def arrow_head(tip: Point, before: Point, length: float = 6.0, half_width: float = 3.0
               ) -> tuple[Point, Point, Point]:
    """The triangle of an arrow head at `tip`, pointing away from `before`."""
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    norm = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / norm, dy / norm
    bx, by = tip[0] - ux * length, tip[1] - uy * length
    return (tip, (bx - uy * half_width, by + ux * half_width), (bx + uy * half_width, by - ux * half_width))
