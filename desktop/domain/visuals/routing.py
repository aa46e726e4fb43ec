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

    def boxes_in(self, x0: float, x1: float, y0: float, y1: float,
                 skip: tuple[Hashable, ...] = ()) -> list[Box]:
        """The boxes that reach into the window x0 < x < x1, y0 < y < y1."""
        size = self.bucket
        seen: set = set()
        out: list[Box] = []
        buckets = self._buckets
        for i in range(int(x0 // size), int(x1 // size) + 1):
            for j in range(int(y0 // size), int(y1 // size) + 1):
                for key, box in buckets.get((i, j), ()):
                    if key in seen or key in skip:
                        continue
                    seen.add(key)
                    if box.y0 < y1 and y0 < box.y1 and box.x0 < x1 and x0 < box.x1:
                        out.append(box)
        return out


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
          src_label_right: bool = False, dst_label_left: bool = False,
          pitch: float | None = None) -> tuple[Point, ...]:
    """The polyline of an arrow from `src` to `dst`; the last point is the arrow tip.

    `gutter` is half the free space between rows (where detours run); `obstacles`, when
    given, are avoided where one of a few candidate routes is free; `skip` names the
    obstacle keys of src and dst themselves, `labels` the keys of their own labels. A
    finish-to-start arrow whose source has its label on the right (or whose target has
    its label on the left) would run through that label; it may then leave the source
    by its lower or upper edge (enter the target by its top or bottom) through the gutter
    between rows, when that crosses fewer labels and bars.

    When that still crosses a bar or a label (a vertical leg through rows of bars, a
    horizontal one along a row), the arrow is routed through the gutters instead: out of
    the source into the gutter next to it, along the gutter to an x where a vertical leg
    down (or up) the rows in between meets nothing, along the gutter next to the target,
    and in. `pitch` is the row height (the gutters of a bar are at its centre +- half of
    it; default: its edges +- `gutter`). Every route stays within ROUTE_WINDOW of the
    two bars' boxes, and only obstacles there decide it.
    """
    plain = _route(src, dst, kind, stub, gutter, obstacles, skip + labels)
    if obstacles is None or abs(src.cy - dst.cy) > MAX_CHECKED_SPAN:
        return plain
    best = plain
    own = _Own(obstacles, (src, dst))
    if kind in ("finish_start", "", None) and (src_label_right or dst_label_left):
        best = _round_labels(plain, src, dst, stub, gutter, own, skip, src_label_right, dst_label_left)
    if own.path_crossings(best, skip) == 0:
        return best
    return _through_gutters(best, src, dst, kind or "finish_start", stub, gutter, pitch, own, skip)


class _Own:
    """An obstacle index that also counts a route running through the inside of one of
    its own two bars (`skip` leaves their boxes out of the index, as a route starts and
    ends on them; but a leg along or across the inside of its own bar, e.g. into the
    target's left end from the middle of the bar, runs over that bar's text)."""

    def __init__(self, index: ObstacleIndex, own: tuple[Box, ...]) -> None:
        self.index = index
        self.own = own

    def path_crossings(self, points: tuple[Point, ...], skip: tuple[Hashable, ...] = ()) -> int:
        n = self.index.path_crossings(points, skip)
        for a, b in zip(points, points[1:]):
            x0, x1 = sorted((a[0], b[0]))
            y0, y1 = sorted((a[1], b[1]))
            n += sum(1 for box in self.own if _strictly_inside(box, x0, x1, y0, y1))
        return n

    def boxes_in(self, x0: float, x1: float, y0: float, y1: float,
                 skip: tuple[Hashable, ...] = ()) -> list[Box]:
        return self.index.boxes_in(x0, x1, y0, y1, skip)


#: How far left of the leftmost and right of the rightmost of the two bars a route may
#: run (the incremental timeline re-routes an arrow when a box moves within its reach).
ROUTE_WINDOW = 12.0
BEND = 10.0  # the cost of a bend, in points of length


def _cost(points: tuple[Point, ...], obstacles: ObstacleIndex | _Own, skip: tuple[Hashable, ...]) -> tuple:
    return (obstacles.path_crossings(points, skip), _length(points) + BEND * (len(points) - 2))


def _free_xs(spans: list[tuple[float, float]], lo: float, hi: float, margin: float = 2.5
             ) -> list[tuple[float, float]]:
    """The parts of lo..hi that are at least `margin` from every span."""
    out = []
    at = lo
    for a, b in sorted(spans):
        a, b = a - margin, b + margin
        if a > at:
            out.append((at, min(a, hi)))
        at = max(at, b)
        if at >= hi:
            break
    if at < hi:
        out.append((at, hi))
    return [(a, b) for a, b in out if b >= a]


def _through_gutters(best: tuple[Point, ...], src: Box, dst: Box, kind: str, stub: float,
                     gutter: float, pitch: float | None, obstacles: ObstacleIndex | _Own,
                     skip: tuple[Hashable, ...]) -> tuple[Point, ...]:
    """The cheapest of `best` and the gutter routes (see `route`): out of the source's
    end the dependency kind names (its finish: the right end; its start: the left), in
    at the target's (its start: the left end; its finish: the right), each either by
    the end itself and a stub or by the bar's upper or lower edge near that end."""
    def gutters(b: Box) -> tuple[float, float]:
        if pitch:
            return b.cy - pitch / 2, b.cy + pitch / 2
        return b.y0 - gutter, b.y1 + gutter

    out_right = kind != "start_start" and not kind.startswith("start_")
    in_left = not kind.endswith("_finish")
    exits = []  # (points from the source to its gutter, gutter y), in order of preference
    inset = min(stub, (src.x1 - src.x0) / 2)
    end_x, stub_x, edge_x = (src.x1, src.x1 + stub, src.x1 - inset) if out_right else \
        (src.x0, src.x0 - stub, src.x0 + inset)
    s_up, s_down = gutters(src)
    d_up, d_down = gutters(dst)
    down = dst.cy >= src.cy
    for g in ((s_down, s_up) if down else (s_up, s_down)):  # towards the target first
        exits.append(([(end_x, src.cy), (stub_x, src.cy), (stub_x, g)], g))
        exits.append(([(edge_x, src.y1 if g > src.cy else src.y0), (edge_x, g)], g))
    entries = []  # (points from the target's gutter into the target, gutter y)
    inset = min(stub, (dst.x1 - dst.x0) / 2)
    end_x, stub_x, edge_x = (dst.x0, dst.x0 - stub, dst.x0 + inset) if in_left else \
        (dst.x1, dst.x1 + stub, dst.x1 - inset)
    for g in ((d_up, d_down) if down else (d_down, d_up)):  # from the source's side first
        entries.append(([(stub_x, g), (stub_x, dst.cy), (end_x, dst.cy)], g))
        entries.append(([(edge_x, g), (edge_x, dst.y0 if g < dst.cy else dst.y1)], g))
    lo = max(min(src.x0, dst.x0) - ROUTE_WINDOW, 3.0)  # not into the lane labels left of 0
    hi = max(src.x1, dst.x1) + ROUTE_WINDOW
    boxes = obstacles.boxes_in(lo, hi, min(s_up, d_up), max(s_down, d_down), skip)
    best_key = _cost(best, obstacles, skip)
    rows: dict[tuple[float, float], list] = {}
    for start, g1 in exits:
        for end, g2 in entries:
            p, q = start[-1], end[0]
            window = (min(g1, g2), max(g1, g2))
            if window not in rows:
                rows[window] = _rows(boxes, *window, lo, hi)
            middle = _stairs(p[0], g1, q[0], g2, rows[window])
            c = _simplify(start + middle + end)
            k = _cost(c, obstacles, skip)
            if k < best_key:
                best, best_key = c, k
                if k[0] == 0:  # the first free route in order of preference
                    return best
    return best


def _rows(boxes: list[Box], y0: float, y1: float, lo: float, hi: float) -> list:
    """The rows of boxes between y0 and y1 (top down), each as (top, bottom, free x
    intervals, x spans of its boxes)."""
    inside = [b for b in boxes if b.y0 < y1 and y0 < b.y1]
    bands: list[list] = []  # merged y extents of the boxes
    for b in sorted(inside, key=lambda b: b.y0):
        top, bottom = max(b.y0, y0), min(b.y1, y1)
        if bands and top < bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], bottom)
            bands[-1][2].append((b.x0, b.x1))
        else:
            bands.append([top, bottom, [(b.x0, b.x1)]])
    return [(top, bottom, _free_xs(spans, lo, hi), spans) for top, bottom, spans in bands]


def _near(xs, a: float, b: float, n: int = 6) -> list[float]:
    """The n of `xs` nearest to the run a..b."""
    lo, hi = min(a, b), max(a, b)
    return sorted(xs, key=lambda x: 0.0 if lo <= x <= hi else min(abs(x - lo), abs(x - hi)))[:n]


def _stairs(x_from: float, g1: float, x_to: float, g2: float, rows: list) -> list[Point]:
    """The cheapest way from (x_from, g1) to (x_to, g2) that runs horizontally only in the
    free channels between rows of boxes and crosses each row vertically at a free x (a
    staircase when no single x is free all the way): [(x, y), ...]."""
    if abs(g1 - g2) < 1e-6:
        return [(x_from, g1), (x_to, g2)]
    down = g2 > g1
    bands = rows if down else rows[::-1]
    # the channel before each band (the exit gutter first)
    channels = [g1]
    for a, b in zip(bands, bands[1:]):
        channels.append((a[1] + b[0]) / 2 if down else (a[0] + b[1]) / 2)
    candidates: list[list[tuple[float, float]]] = []  # per band: (x, penalty)
    for _, _, free, spans in bands:
        if free:
            xs = {x for f0, f1 in free for x in (f0, f1, min(max(x_from, f0), f1), min(max(x_to, f0), f1))}
            candidates.append([(x, 0.0) for x in _near(xs, x_from, x_to)])
        else:  # no free x: the places that cross fewest boxes
            xs = {x for a, b in spans for x in (a - 2.5, b + 2.5)} | {x_from, x_to}
            candidates.append([(x, CROSSING * sum(1 for a, b in spans if a < x < b))
                               for x in _near(xs, x_from, x_to, 10)])
    # dynamic programme over the bands: cost of reaching band k's crossing at x
    layer = {x_from: 0.0}
    back: list[dict[float, float]] = []
    for cands in candidates:
        nxt: dict[float, float] = {}
        came: dict[float, float] = {}
        for x, pen in cands:
            best_c, best_from = None, x_from
            for px, c in layer.items():
                cost = c + pen + abs(x - px) + (2 * BEND if abs(x - px) > 1e-6 else 0.0)
                if best_c is None or cost < best_c:
                    best_c, best_from = cost, px
            nxt[x], came[x] = best_c or 0.0, best_from
        back.append(came)
        layer = nxt
    end_x = min(layer, key=lambda x: layer[x] + abs(x - x_to))
    xs_path = [end_x]
    for came in reversed(back):
        xs_path.append(came[xs_path[-1]])
    xs_path.reverse()  # x_from, then the x of each band
    points: list[Point] = [(x_from, g1)]
    for k, x in enumerate(xs_path[1:]):
        points += [(xs_path[k], channels[k]), (x, channels[k])]
    points += [(xs_path[-1], g2), (x_to, g2)]
    return points


CROSSING = 1000.0  # the cost of crossing a box, in points of length


def _length(points: tuple[Point, ...]) -> float:
    return sum(abs(p[0] - q[0]) + abs(p[1] - q[1]) for p, q in zip(points, points[1:]))


def _round_labels(plain: tuple[Point, ...], src: Box, dst: Box, stub: float, gutter: float,
                  obstacles: ObstacleIndex | _Own, skip: tuple[Hashable, ...], src_label_right: bool,
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
