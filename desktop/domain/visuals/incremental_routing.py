"""Re-routing the arrows an incremental Part B layout touches (Qt-free): the obstacle index
kept in step with moved bars and labels, routing one arrow, and which of an arrow's points
follow its target bar."""

from __future__ import annotations

from collections.abc import Hashable

from desktop.domain.visuals.part_b_layout import BarGeom, Metrics, obstacle_boxes
from desktop.domain.visuals.routing import Box, ObstacleIndex, route


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
