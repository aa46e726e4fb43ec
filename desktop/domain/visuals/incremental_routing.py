"""Re-routing the arrows an incremental Part B layout touches (Qt-free): the obstacle index
kept in step with moved bars and labels, routing one arrow, which of an arrow's points
follow its target bar, and the arrow step of `IncrementalTimeline.update` (which arrows to
translate or route again, and doing so)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from desktop.domain.visuals.part_b_layout import ArrowGeom, BarGeom, Metrics, obstacle_boxes
from desktop.domain.visuals.roadmap_data import TimelineData
from desktop.domain.visuals.routing import Box, ObstacleIndex, route
from desktop.domain.visuals.timeline_delta import TimelineDelta


class _Obstacles(ObstacleIndex):
    """The obstacle index of the routes, with boxes that can be taken out and put back."""

    def add(self, key: Hashable, b: Box) -> None:
        size = self.bucket
        for i in range(int(b.x0 // size), int(b.x1 // size) + 1):
            for j in range(int(b.y0 // size), int(b.y1 // size) + 1):
                self._buckets.setdefault((i, j), []).append((key, b))

    def remove(self, key: Hashable, b: Box) -> None:
        size = self.bucket
        for i in range(int(b.x0 // size), int(b.x1 // size) + 1):
            for j in range(int(b.y0 // size), int(b.y1 // size) + 1):
                items = self._buckets.get((i, j))
                if items:
                    items[:] = [kb for kb in items if kb[0] != key]


def _obstacle_boxes(b: BarGeom, m: Metrics) -> list[tuple[tuple[str, str], Box]]:
    """The obstacles of one bar, as part_b_layout.route_all indexes them."""
    return obstacle_boxes(b, m)


def _route(src: BarGeom, dst: BarGeom, kind: str, gutter: float, obstacles,
           pitch: float | None = None) -> tuple:
    """The route of one arrow, as part_b_layout.route_all computes it."""
    return route(src.box, dst.box, kind, gutter=gutter, obstacles=obstacles,
                 skip=((src.id, "bar"), (dst.id, "bar")),
                 labels=((src.id, "label"), (dst.id, "label")),
                 src_label_right=src.label_side == "right", dst_label_left=dst.label_side == "left",
                 pitch=pitch)


#: How far outside the two bars' boxes a route (and the segments whose crossings it
#: counts) can run: the stub, the gutter between rows, and a margin.
ROUTE_REACH = 12.0


def _exact_shifts(m: Metrics) -> bool:
    """Whether every y of the layout is a sum of multiples of 1/64 (the default metrics
    are whole and half points): then a route translated by a lane's dy is exactly the
    route computed from the moved bars (the arithmetic of both is exact)."""
    return all(float(v * 64).is_integer() for v in (m.row_h, m.bar_h, m.lane_pad, m.chain_h,
                                                   m.lane_gap, m.milestone_r))


def target_points(points, src: BarGeom, gutter: float) -> tuple[bool, ...]:
    """For each point of a route laid out without obstacles, whether its y is one of the
    target bar's (True) or of the source's (its centre, its edges and the gutters next to
    them): the two bars' y's when they are in two lanes, which do not overlap."""
    y0, y1 = src.y, src.y + src.h
    own = (y0, y1, (y0 + y1) / 2, y1 + gutter, y0 - gutter)
    return tuple([y not in own for _, y in points])


def _meets(a: Box, b: Box) -> bool:
    """Whether two closed boxes overlap or touch."""
    return a.x0 <= b.x1 and b.x0 <= a.x1 and a.y0 <= b.y1 and b.y0 <= a.y1


def arrows_to_update(deps: Iterable[str], delta: TimelineDelta, deps_of: dict[str | None, set[str]],
                     exact_shifts: bool) -> tuple[set[str], set[str]]:
    """(to route again, to translate): the changed dependencies and the arrows of the bars
    that changed. With `exact_shifts` (no obstacles, exact arithmetic) the arrows between
    two bars that moved with lanes keep their route, translated (without obstacles a route
    depends on its two boxes)."""
    reroute: set[str] = set(deps)
    translate: set[str] = set()
    if exact_shifts:
        for aid in delta.shifted:
            translate.update(deps_of.get(aid, ()))
        for aid in delta.bars - delta.shifted:
            reroute.update(deps_of.get(aid, ()))
        for aid in delta.bars_removed:
            reroute.update(deps_of.get(aid, ()))
        translate -= reroute
    else:
        for aid in delta.bars | delta.bars_removed:
            reroute |= deps_of.get(aid, set())
    return reroute, translate


def translate_arrows(translate: Iterable[str], reroute: set[str], arrows: dict[str, ArrowGeom],
                     bars: dict[str, BarGeom], old_bars: dict[str, BarGeom], moved: dict[str, float],
                     delta: TimelineDelta, gutter: float) -> None:
    """Move the arrows of `translate` with the lanes of their ends (each end either moved
    with its lane or did not change at all; the arrows of bars that changed otherwise are
    routed again); one that cannot be translated goes to `reroute`."""
    shifted_now = delta.shifted
    for dep_id in translate:
        g = arrows.get(dep_id)
        src, dst = (bars.get(g.src), bars.get(g.dst)) if g is not None else (None, None)
        if g is None or src is None or dst is None:
            reroute.add(dep_id)
            continue
        dys = moved[src.lane_key] if src.id in shifted_now else 0.0
        dyd = moved[dst.lane_key] if dst.id in shifted_now else 0.0
        if dys == dyd:  # both ends by the same dy: the route translated
            points = tuple([(x, y + dys) for x, y in g.points])
        else:
            # ends in two lanes that moved apart: without obstacles every y of a route
            # is one of its source's (centre, edges, the gutters next to them) or one of
            # its target's, in two lanes that do not overlap, and its x's and its shape
            # only depend on x's and on which bar is higher, which stays: the source's
            # y's move by its lane's dy, the others by the target's
            tags = target_points(g.points, old_bars[g.src], gutter)
            points = tuple([(x, y + (dyd if t else dys)) for (x, y), t in zip(g.points, tags)])
        arrows[dep_id] = ArrowGeom(dep_id, g.src, g.dst, g.kind, points)
        delta.arrows.add(dep_id)
        delta.arrows_shifted.add(dep_id)


def reroute_near(boxes_moved: list[Box], old_arrows: dict[str, ArrowGeom], bars: dict[str, BarGeom],
                 reroute: set[str], gutter: float) -> None:
    """Add to `reroute` the arrows whose route area meets a bar or label box that moved
    (avoiding obstacles, their route may choose another leg)."""
    for dep_id, g in old_arrows.items():
        if dep_id in reroute:
            continue
        src, dst = bars.get(g.src), bars.get(g.dst)
        if src is None or dst is None:
            continue
        sb, db = src.box, dst.box
        reach = ROUTE_REACH + gutter
        area = Box(min(sb.x0, db.x0) - reach, min(sb.y0, db.y0) - reach, max(sb.x1, db.x1) + reach,
                   max(sb.y1, db.y1) + reach)
        if any(_meets(area, box) for box in boxes_moved):
            reroute.add(dep_id)


def reroute_arrows(reroute: Iterable[str], data: TimelineData, arrows: dict[str, ArrowGeom],
                   bars: dict[str, BarGeom], delta: TimelineDelta, gutter: float, obstacles,
                   pitch: float) -> None:
    """Route the arrows of `reroute` again (or drop them when their dependency or an end is
    gone), keeping an arrow that came out the same."""
    for dep_id in reroute:
        dep = data.get("dependency", dep_id)
        src_id, dst_id = (dep.get("from_action_id"), dep.get("to_action_id")) if dep else (None, None)
        src = bars.get(src_id) if src_id is not None else None
        dst = bars.get(dst_id) if dst_id is not None else None
        if dep is None or src is None or dst is None:
            if arrows.pop(dep_id, None) is not None:
                delta.arrows_removed.add(dep_id)
            continue
        kind = dep.get("kind") or "finish_start"
        points = _route(src, dst, kind, gutter, obstacles, pitch)
        old_arrow = arrows.get(dep_id)
        g = ArrowGeom(dep_id, src.id, dst.id, kind, points)
        if old_arrow is not None and old_arrow == g:
            continue
        arrows[dep_id] = g
        delta.arrows.add(dep_id)
