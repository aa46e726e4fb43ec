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
    _exact_shifts,
    _obstacle_boxes,
    _Obstacles,
    arrows_to_update,
    reroute_arrows,
    reroute_near,
    target_points,
    translate_arrows,
)
from desktop.domain.visuals.lane_packing import LanePacking
from desktop.domain.visuals.lanes import Footprint, stack
from desktop.domain.visuals.part_b_layout import (
    ArrowGeom,
    BarGeom,
    LaneGeom,
    Metrics,
    TimelineLayout,
    _cached_bar,
    build_timeline,
    place_bars,
)
from desktop.domain.visuals.roadmap_data import Filters, TimelineData
from desktop.domain.visuals.routing import Box
from desktop.domain.visuals.timeline import horizon, parse_date
from desktop.domain.visuals.timeline_delta import TimelineDelta

__all__ = ["FULL_ENTITIES", "IGNORED", "MAX_INCREMENTAL", "IncrementalTimeline", "TimelineDelta",
           "target_points"]

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
        lay = self.layout
        # 1. the horizon and the value chain set must stay as they are
        if self._frame_changes(actions):
            return self.rebuild()
        # 2. which lanes lose and gain members
        moves = self._lane_moves(actions)
        if moves is None:
            return self.rebuild()
        # nothing below falls back to a full layout
        members_delta, placed = moves
        # 3. pack the lanes that changed (only from the first changed item on)
        lanes, bars, changed_bars, rows_of = self._pack_lanes(members_delta, actions, placed)
        # 4. stack the lanes again; lanes that moved take their bars along
        moved, lanes_changed = _restack(lanes, rows_of, lay.metrics)
        shifted, moved_along = self._move_along(moved, bars, changed_bars)
        place_bars(changed_bars.values(), {ln.key: ln for ln in lanes}, lay.metrics)
        # 5. keep bars that came out the same (same object: views skip them)
        delta = TimelineDelta(lanes=lanes_changed, lane_dy=moved)
        boxes_moved = self._settle_bars(actions, bars, changed_bars, moved, shifted, moved_along, delta)
        # 6. arrows: changed dependencies, arrows of bars that changed, and (avoiding
        # obstacles) arrows whose route area meets a box that moved
        arrows = self._update_arrows(deps, bars, moved, boxes_moved, delta)
        height = lanes[-1].y1 if lanes else 0.0
        self.layout = TimelineLayout(lay.scale, lay.metrics, lanes, bars, arrows, lay.bands, lay.today,
                                     lay.chain_ids, lay.width, height)
        return delta

    def _frame_changes(self, actions: list[str]) -> bool:
        """Update the date and orphan bookkeeping for `actions` (in place: a full layout reads
        everything from `data` again); whether the horizon or the value chain set changed."""
        data = self.data
        lay = self.layout
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
        return horizon(data.roadmap, [lo, hi] if lo is not None and hi is not None else [], self.today) != (
            lay.scale.start, lay.scale.end) or (
            self.chain_id is None and bool(self._orphans) != orphans_before)

    def _lane_moves(self, actions: list[str]
                    ) -> tuple[dict[str, tuple[set[str], set[str]]], dict[str, str | None]] | None:
        """(lane key -> (members gone, members come), action -> its new lane key or None),
        with the members of those lanes updated; None when a lane appears or the "Other" lane
        disappears (then everything is laid out again and nothing was changed)."""
        lay = self.layout
        members_delta: dict[str, tuple[set[str], set[str]]] = {}
        placed: dict[str, str | None] = {}
        for aid in actions:
            old_bar = lay.bars.get(aid)
            old_key = old_bar.lane_key if old_bar is not None else None
            a = self.data.get("action", aid)
            new_key = self._lane_key(a) if a is not None else None
            placed[aid] = new_key
            if new_key is not None and new_key not in self._lane_pos:
                return None  # a lane that was not shown appears
            if old_key is not None:
                members_delta.setdefault(old_key, (set(), set()))[0].add(aid)
            if new_key is not None:
                members_delta.setdefault(new_key, (set(), set()))[1].add(aid)
        new_members: dict[str, set[str]] = {}
        for key, (gone, came) in members_delta.items():
            members = (self._members[key] - gone) | came
            if not members and key.startswith("other:"):
                return None  # the "Other" lane disappears
            new_members[key] = members
        for key in new_members:  # the packings of the lanes as they were
            self._packing(key, lay)
        for key, members in new_members.items():
            self._members[key] = members
        return members_delta, placed

    def _pack_lanes(self, members_delta: dict[str, tuple[set[str], set[str]]], actions: list[str],
                    placed: dict[str, str | None]
                    ) -> tuple[list[LaneGeom], dict[str, BarGeom], dict[str, BarGeom], dict[str, int]]:
        """Pack the lanes that lost or gained members again: (the lanes, the bars without the
        ones that left, the bars that came or changed row, lane key -> its rows)."""
        data = self.data
        lay = self.layout
        m = lay.metrics
        lanes = list(lay.lanes)
        bars = dict(lay.bars)
        changed_bars: dict[str, BarGeom] = {}
        rows_of: dict[str, int] = {}
        for key, (gone, came) in members_delta.items():
            ln = lanes[self._lane_pos[key]]
            packing = self._packing(key, lay)
            for aid in gone:
                bars.pop(aid, None)
            # (every action that came into a lane exists: its lane key was read from it above)
            new_bars = {aid: _cached_bar(row, ln, data, lay.scale, m) for aid in came
                        if (row := data.get("action", aid)) is not None}
            moved_rows = packing.change(gone, [Footprint(b.id, b.x + b.foot_dx0, b.x + b.foot_dx1)
                                               for b in new_bars.values()])
            rows_of[key] = max(packing.n, 1)
            for aid in moved_rows:
                b = new_bars.get(aid)
                if b is None:
                    b = changed_bars.get(aid)
                if b is None:
                    b = _copy_bar(bars[aid])
                b.row = packing.rows[aid]
                changed_bars[aid] = b
            for aid, b in new_bars.items():
                b.row = packing.rows[aid]
                changed_bars[aid] = b
        for aid in actions:
            if placed[aid] is None:
                bars.pop(aid, None)
        return lanes, bars, changed_bars, rows_of

    def _move_along(self, moved: dict[str, float], bars: dict[str, BarGeom],
                    changed_bars: dict[str, BarGeom]) -> tuple[set[str], dict[str, BarGeom]]:
        """The bars of lanes that moved and that did not change otherwise: (those placed again,
        added to `changed_bars`; those moved by their lane's dy only). Moved with its lane and
        nothing else, with exact arithmetic a bar's y is the old one plus the lane's dy (what
        `place_bars` gives), no need to compare it."""
        shifted: set[str] = set()
        quick = self._obstacles is None and _exact_shifts(self.layout.metrics)
        moved_along: dict[str, BarGeom] = {}
        for key, dy in moved.items():
            for aid in self._members[key]:
                if aid not in changed_bars:
                    was = bars[aid]
                    b = _copy_bar(was)
                    if quick:
                        b.__dict__["y"] = was.y + dy
                        moved_along[aid] = b
                    else:
                        changed_bars[aid] = b
                        shifted.add(aid)
        return shifted, moved_along

    def _settle_bars(self, actions: list[str], bars: dict[str, BarGeom], changed_bars: dict[str, BarGeom],
                     moved: dict[str, float], shifted: set[str], moved_along: dict[str, BarGeom],
                     delta: TimelineDelta) -> list[Box]:
        """Put the changed bars into `bars` (keeping the old object of one that came out the
        same), note them in `delta`, and keep the obstacle index in step; the boxes that moved."""
        lay = self.layout
        m = lay.metrics
        obstacles = self._obstacles
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
                _move_boxes(obstacles.remove, old, m, boxes_moved)
            if obstacles is not None:
                _move_boxes(obstacles.add, b, m, boxes_moved)
        for aid in actions:
            old = lay.bars.get(aid)
            if old is not None and aid not in bars:
                delta.bars_removed.add(aid)
                if obstacles is not None:
                    _move_boxes(obstacles.remove, old, m, boxes_moved)
        return boxes_moved

    def _update_arrows(self, deps: list[str], bars: dict[str, BarGeom], moved: dict[str, float],
                       boxes_moved: list[Box], delta: TimelineDelta) -> dict[str, ArrowGeom]:
        """The arrows after the changed dependencies and bars (noted in `delta`)."""
        data = self.data
        lay = self.layout
        m = lay.metrics
        obstacles = self._obstacles
        for dep_id in deps:
            self._index_dep(dep_id, data.get("dependency", dep_id))
        exact = obstacles is None and bool(delta.shifted) and _exact_shifts(m)
        reroute, translate = arrows_to_update(deps, delta, self._deps_of, exact)
        arrows = dict(lay.arrows)
        gutter = (m.row_h - m.bar_h) / 2
        translate_arrows(translate, reroute, arrows, bars, lay.bars, moved, delta, gutter)
        if boxes_moved:
            reroute_near(boxes_moved, lay.arrows, bars, reroute, gutter)
        reroute_arrows(reroute, data, arrows, bars, delta, gutter, obstacles, m.row_h)
        return arrows


def _copy_bar(bar: BarGeom) -> BarGeom:
    """A shallow copy of a bar (quicker than dataclasses.replace)."""
    b = BarGeom.__new__(BarGeom)
    b.__dict__.update(bar.__dict__)
    return b


def _restack(lanes: list[LaneGeom], rows_of: dict[str, int], m: Metrics) -> tuple[dict[str, float], bool]:
    """Stack `lanes` again (in place) with the rows of `rows_of`: (lane key -> dy of the
    lanes that moved, whether any lane's geometry changed)."""
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
    return moved, lanes_changed


def _move_boxes(put, bar: BarGeom, m: Metrics, boxes_moved: list[Box]) -> None:
    """Take the obstacle boxes of `bar` out of the index or put them in (`put`), noting them."""
    for box_key, box in _obstacle_boxes(bar, m):
        put(box_key, box)
        boxes_moved.append(box)
