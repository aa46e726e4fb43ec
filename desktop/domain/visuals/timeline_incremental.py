"""Incremental relayout of the Part B timeline (Qt-free).

`IncrementalTimeline` keeps the `TimelineLayout` of one view (value chain, filters,
metrics) current while rows change. `update(rows)` takes the (entity, id) pairs a
`Change` names, after the view's `TimelineData` was patched with them, and lays out
again only what they touch:

* an edited, added or removed action: its bar, the lanes it left and joined (packed
  again), the lanes below them when a lane's height changed (moved down or up), and the
  arrows whose ends moved;
* an edited, added or removed dependency: its arrow;
* with obstacle avoidance on, also the arrows whose route area meets a bar or label that
  moved (their route may choose another leg).

Anything that changes the frame of the whole chart (the horizon, value chains, lanes,
partners and their colours, the roadmap row, a lane that appears or disappears) makes it
lay out everything again with `build_timeline`, so the result is always exactly what a
full layout gives; tests/domain/test_timeline_incremental.py checks that after random
sequences of edits. `update` returns a `TimelineDelta` naming the bars and arrows that
changed, so views touch only those items.

The arrows it re-routes go through `incremental_routing`; `TimelineDelta` is declared in
`timeline_delta` (both importable from here too).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable

from desktop.domain.visuals.incremental_routing import (
    ROUTE_REACH,
    _exact_shifts,
    _meets,
    _obstacle_boxes,
    _Obstacles,
    _route,
    target_points,
)
from desktop.domain.visuals.lane_packing import LanePacking
from desktop.domain.visuals.lanes import Footprint, stack
from desktop.domain.visuals.part_b_layout import (
    ArrowGeom,
    BarGeom,
    Metrics,
    TimelineLayout,
    _cached_bar,
    build_timeline,
)
from desktop.domain.visuals.roadmap_data import Filters, TimelineData
from desktop.domain.visuals.routing import Box
from desktop.domain.visuals.timeline import horizon, parse_date
from desktop.domain.visuals.timeline_delta import TimelineDelta

#: Entities whose change relays out everything (they set the chart's frame or colours).
FULL_ENTITIES = frozenset({"roadmap", "value_chain", "lane", "partner"})
#: Entities that do not change Part B at all (unless a filter reads them).
IGNORED = frozenset({"programme"})
#: More changed rows than this in one update: a full layout is as quick.
MAX_INCREMENTAL = 2000


class IncrementalTimeline:
    """The layout of one timeline view, kept current row by row."""

    def __init__(self, data: TimelineData, chain_id: str | None, lang: str,
                 filters: Filters | None = None, *, metrics: Metrics | None = None,
                 width: float | None = None, today: dt.date | None = None,
                 route_obstacles: bool = True) -> None:
        self.data = data
        self.chain_id = chain_id
        self.lang = lang
        self.filters = filters or Filters()
        self.metrics = metrics
        self.width = width
        self.today = today or dt.date.today()
        self.route_obstacles = route_obstacles
        self.layout: TimelineLayout
        self.full_layouts = 0  # how many times everything was laid out (for tests and benches)
        self.rebuild()

    # -- full layout --------------------------------------------------------------------

    def rebuild(self) -> TimelineDelta:
        """Lay out everything again (and index the result for later updates)."""
        data = self.data
        self.layout = lay = build_timeline(data, self.chain_id, self.lang, self.filters,
                                           metrics=self.metrics, width=self.width,
                                           today=self.today, route_obstacles=self.route_obstacles)
        self.full_layouts += 1
        self._known = {c["id"] for c in data.chains()}
        self._chain_set = set(lay.chain_ids)
        self._lane_pos = {ln.key: i for i, ln in enumerate(lay.lanes)}
        self._lane_layers: dict[str | None, dict[str, str]] = {}
        for cid in lay.chain_ids:
            self._lane_layers[cid] = {r["id"]: r.get("layer") or "other" for r in data.lanes_of(cid)}
        self._members: dict[str, set[str]] = {ln.key: set() for ln in lay.lanes}
        self._packings: dict[str, LanePacking] = {}
        for b in lay.bars.values():
            self._members[b.lane_key].add(b.id)
        self._dates: dict[str, tuple[dt.date | None, dt.date | None]] = {}
        self._date_count: Counter = Counter()
        self._orphans: set[str] = set()  # actions without a (known) value chain
        for a in data.table("action").values():
            d = (parse_date(a.get("start_date")), parse_date(a.get("end_date")))
            self._dates[a["id"]] = d
            self._date_count.update(x for x in d if x is not None)
            if a.get("value_chain_id") not in self._known:
                self._orphans.add(a["id"])
        self._lo_hi = (min(self._date_count), max(self._date_count)) if self._date_count else (None, None)
        self._dep_ends: dict[str, tuple[str | None, str | None]] = {}
        self._deps_of: dict[str | None, set[str]] = {}  # None: a dependency with an end not set
        for dep in data.table("dependency").values():
            self._index_dep(dep["id"], dep)
        self._obstacles = None
        if self.route_obstacles:
            self._obstacles = _Obstacles([kb for b in lay.bars.values()
                                          for kb in _obstacle_boxes(b, lay.metrics)])
        return TimelineDelta(full=True, lanes=True)

    def _packing(self, key: str, lay: TimelineLayout) -> LanePacking:
        packing = self._packings.get(key)
        if packing is None:
            m = lay.metrics
            packing = self._packings[key] = LanePacking(
                (Footprint(b.id, b.x + b.foot_dx0, b.x + b.foot_dx1)
                 for b in (lay.bars[aid] for aid in self._members[key])), m.gap)
        return packing

    def _index_dep(self, dep_id: str, row: dict | None) -> None:
        old = self._dep_ends.pop(dep_id, None)
        if old is not None:
            for aid in old:
                self._deps_of.get(aid, set()).discard(dep_id)
        if row is not None:
            ends = (row.get("from_action_id"), row.get("to_action_id"))
            self._dep_ends[dep_id] = ends
            for aid in ends:
                self._deps_of.setdefault(aid, set()).add(dep_id)

    # -- where an action goes -------------------------------------------------------------

    def _lane_key(self, a: dict) -> str | None:
        """The key of the lane that shows action `a`, or None when it is not shown."""
        vc = a.get("value_chain_id")
        cid = vc if vc in self._known else None
        if cid not in self._chain_set:
            return None
        lid = a.get("lane_id")
        layers = self._lane_layers.get(cid, {})
        if lid in layers:
            key, layer = lid, layers[lid]
        else:
            key, layer = f"other:{cid}", "other"
        if not self.data.matches(a, self.filters, layer):
            return None
        return key

    # -- incremental update ---------------------------------------------------------------

    def update(self, rows: Iterable[tuple[str, str]]) -> TimelineDelta:
        """Bring the layout up to date after the rows `rows` (entity, id) changed in
        `data` (which must already hold their new values)."""
        rows = list(dict.fromkeys(rows))
        entities = {e for e, _ in rows}
        if entities & FULL_ENTITIES or len(rows) > MAX_INCREMENTAL or (
                "action_partner" in entities and self.filters.partner is not None):
            return self.rebuild()
        actions = [i for e, i in rows if e == "action"]
        deps = [i for e, i in rows if e == "dependency"]
        if not actions and not deps:
            return TimelineDelta()
        data = self.data
        lay = self.layout

        # 1. the horizon and the value chain set must stay as they are (the bookkeeping is
        # changed in place: a full layout below reads everything from `data` again)
        orphans_before = bool(self._orphans)
        count = self._date_count
        lo, hi = self._lo_hi
        stale = False
        for aid in actions:
            for x in self._dates.pop(aid, ()):
                if x is not None:
                    count[x] -= 1
                    if count[x] <= 0:
                        del count[x]
                        stale |= x in (lo, hi)
            self._orphans.discard(aid)
            a = data.get("action", aid)
            if a is None:
                continue
            d = (parse_date(a.get("start_date")), parse_date(a.get("end_date")))
            self._dates[aid] = d
            for x in d:
                if x is not None:
                    count[x] += 1
                    lo = x if lo is None or x < lo else lo
                    hi = x if hi is None or x > hi else hi
            if a.get("value_chain_id") not in self._known:
                self._orphans.add(aid)
        if stale:
            lo, hi = (min(count), max(count)) if count else (None, None)
        self._lo_hi = (lo, hi)
        if horizon(data.roadmap, [lo, hi] if lo is not None and hi is not None else [], self.today) != (
                lay.scale.start, lay.scale.end) or (
                self.chain_id is None and bool(self._orphans) != orphans_before):
            return self.rebuild()

        # 2. which lanes lose and gain members
        members_delta: dict[str, tuple[set[str], set[str]]] = {}
        placed: dict[str, str | None] = {}
        for aid in actions:
            old_bar = lay.bars.get(aid)
            old_key = old_bar.lane_key if old_bar is not None else None
            a = data.get("action", aid)
            new_key = self._lane_key(a) if a is not None else None
            placed[aid] = new_key
            if new_key is not None and new_key not in self._lane_pos:
                return self.rebuild()  # a lane that was not shown appears
            if old_key is not None:
                members_delta.setdefault(old_key, (set(), set()))[0].add(aid)
            if new_key is not None:
                members_delta.setdefault(new_key, (set(), set()))[1].add(aid)
        new_members: dict[str, set[str]] = {}
        for key, (gone, came) in members_delta.items():
            members = (self._members[key] - gone) | came
            if not members and key.startswith("other:"):
                return self.rebuild()  # the "Other" lane disappears
            new_members[key] = members

        for key in new_members:  # the packings of the lanes as they were
            self._packing(key, lay)
        # nothing below falls back to a full layout
        for key, members in new_members.items():
            self._members[key] = members

        # 3. pack the lanes that changed (only from the first changed item on)
        m = lay.metrics
        scale = lay.scale
        lanes = list(lay.lanes)
        bars = dict(lay.bars)
        changed_bars: dict[str, BarGeom] = {}
        rows_of: dict[str, int] = {}
        for key in new_members:
            ln = lanes[self._lane_pos[key]]
            packing = self._packing(key, lay)
            gone, came = members_delta[key]
            for aid in gone:
                bars.pop(aid, None)
            # (every action that came into a lane exists: its lane key was read from it above)
            new_bars = {aid: _cached_bar(row, ln, data, scale, m) for aid in came
                        if (row := data.get("action", aid)) is not None}
            moved_rows = packing.change(gone, [Footprint(b.id, b.x + b.foot_dx0, b.x + b.foot_dx1)
                                               for b in new_bars.values()])
            rows_of[key] = max(packing.n, 1)
            for aid in moved_rows:
                b = new_bars.get(aid)
                if b is None:
                    b = changed_bars.get(aid)
                if b is None:
                    b = BarGeom.__new__(BarGeom)
                    b.__dict__.update(bars[aid].__dict__)
                b.row = packing.rows[aid]
                changed_bars[aid] = b
            for aid, b in new_bars.items():
                b.row = packing.rows[aid]
                changed_bars[aid] = b
        for aid in actions:
            if placed[aid] is None:
                bars.pop(aid, None)

        # 4. stack the lanes again; lanes that moved take their bars along
        heights = []
        for ln in lanes:
            if ln.kind == "chain":
                heights.append((ln.key, m.chain_h))
            else:
                r = rows_of.get(ln.key, ln.rows)
                heights.append((ln.key, r * m.row_h + 2 * m.lane_pad))
        moved: dict[str, float] = {}
        lanes_changed = False
        for i, (ln, band) in enumerate(zip(lanes, stack(heights, 0.0, m.lane_gap))):
            r = rows_of.get(ln.key, ln.rows)
            if (ln.y, ln.h, ln.rows) != (band.y, band.h, r):
                lanes_changed = True
                if ln.y != band.y:
                    moved[ln.key] = band.y - ln.y
                lanes[i] = dataclasses.replace(ln, y=band.y, h=band.h, rows=r)
        shifted: set[str] = set()
        obstacles = self._obstacles
        # moved with its lane and nothing else: with exact arithmetic its y is the old one
        # plus the lane's dy (what the formula below gives), no need to compare it
        quick = obstacles is None and _exact_shifts(m)
        moved_along: dict[str, BarGeom] = {}
        if moved:
            for key, dy in moved.items():
                for aid in self._members[key]:
                    if aid not in changed_bars:
                        was = bars[aid]
                        b = BarGeom.__new__(BarGeom)
                        fields = b.__dict__
                        fields.update(was.__dict__)
                        if quick:
                            fields["y"] = was.y + dy
                            moved_along[aid] = b
                        else:
                            changed_bars[aid] = b
                            shifted.add(aid)
        for b in changed_bars.values():
            ln = lanes[self._lane_pos[b.lane_key]]
            top = ln.y + m.lane_pad + b.row * m.row_h
            if b.kind == "milestone":
                radius = m.milestone_r
                b.y, b.h = top + m.row_h / 2 - radius, 2 * radius
            else:
                b.y, b.h = top + (m.row_h - m.bar_h) / 2, m.bar_h

        # 5. keep bars that came out the same (same object: views skip them)
        delta = TimelineDelta(lanes=lanes_changed, lane_dy=moved)
        boxes_moved: list[Box] = []
        bars.update(moved_along)
        delta.bars.update(moved_along)
        delta.shifted.update(moved_along)
        for aid, b in changed_bars.items():
            old = lay.bars.get(aid)
            if old is not None and old == b:
                bars[aid] = old
                if b.lane_key in moved:  # the same place, in a lane that moved: views
                    delta.bars.add(aid)  # that move lanes as a whole place it again
                continue
            bars[aid] = b
            delta.bars.add(aid)
            if aid in shifted:
                delta.shifted.add(aid)
            if old is not None and obstacles is not None:
                for box_key, box in _obstacle_boxes(old, m):
                    obstacles.remove(box_key, box)
                    boxes_moved.append(box)
            if obstacles is not None:
                for box_key, box in _obstacle_boxes(b, m):
                    obstacles.add(box_key, box)
                    boxes_moved.append(box)
        for aid in actions:
            old = lay.bars.get(aid)
            if old is not None and aid not in bars:
                delta.bars_removed.add(aid)
                if obstacles is not None:
                    for box_key, box in _obstacle_boxes(old, m):
                        obstacles.remove(box_key, box)
                        boxes_moved.append(box)

        # 6. arrows: changed dependencies, arrows of bars that changed, and (avoiding
        # obstacles) arrows whose route area meets a box that moved
        for dep_id in deps:
            self._index_dep(dep_id, data.get("dependency", dep_id))
        reroute: set[str] = set(deps)
        translate: set[str] = set()
        deps_of = self._deps_of
        if obstacles is None and delta.shifted and _exact_shifts(m):
            # the arrows between two bars that moved with lanes moved by the same dy keep
            # their route, translated (without obstacles a route depends on its two boxes)
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
        arrows = dict(lay.arrows)
        shifted_now = delta.shifted
        gutter = (m.row_h - m.bar_h) / 2
        for dep_id in translate:
            # each end either moved with its lane or did not change at all (the arrows of
            # bars that changed otherwise are routed again)
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
                tags = target_points(g.points, lay.bars[g.src], gutter)
                points = tuple([(x, y + (dyd if t else dys)) for (x, y), t in zip(g.points, tags)])
            arrows[dep_id] = ArrowGeom(dep_id, g.src, g.dst, g.kind, points)
            delta.arrows.add(dep_id)
            delta.arrows_shifted.add(dep_id)
        if boxes_moved:
            for dep_id, g in lay.arrows.items():
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
            points = _route(src, dst, kind, gutter, obstacles, m.row_h)
            old_arrow = arrows.get(dep_id)
            g = ArrowGeom(dep_id, src.id, dst.id, kind, points)
            if old_arrow is not None and old_arrow == g:
                continue
            arrows[dep_id] = g
            delta.arrows.add(dep_id)

        height = lanes[-1].y1 if lanes else 0.0
        self.layout = TimelineLayout(scale, m, lanes, bars, arrows, lay.bands, lay.today,
                                     lay.chain_ids, lay.width, height)
        return delta
