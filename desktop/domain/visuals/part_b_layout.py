"""Geometry of Part B, the operational timeline of one value chain or of all (Qt-free).

`build_timeline` turns the rows of a roadmap into a `TimelineLayout` in chart-local
coordinates (points; x = 0 at the start of the horizon, y = 0 at the top of the first
lane). The Visual of Part B (part_b.py) and the Qt canvas (desktop/canvas) both draw
this layout, so what the canvas shows is what the exporters print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

from db.catalogue import LAYERS
from desktop.domain.visuals import style
from desktop.domain.visuals.lanes import BandIndex, Footprint, pack_rows, stack
from desktop.domain.visuals.roadmap_data import Filters, TimelineData
from desktop.domain.visuals.routing import Box, ObstacleIndex, route
from desktop.domain.visuals.textmetrics import text_width, wrap
from desktop.domain.visuals.timeline import TermBand, TimeScale, horizon, parse_date, term_bands
from desktop.domain.words import nl_en


@dataclass(frozen=True)
class Metrics:
    """Sizes of the timeline, in points."""

    px_per_day: float = 0.28
    row_h: float = 26.0
    bar_h: float = 20.0
    lane_pad: float = 5.0
    chain_h: float = 22.0
    lane_gap: float = 0.0
    label_size: float = 7.5
    line_h: float = 8.9
    pad: float = 4.0
    gap: float = 7.0
    label_max: float = 175.0
    milestone_r: float = 6.5
    badge_size: float = 7.5
    badge_h: float = 10.0


@dataclass
class BarGeom:
    """One action bar or milestone: its box, its label and how it looks."""

    id: str
    kind: str  # action | milestone
    chain_id: str | None
    lane_key: str
    start: dt.date
    end: dt.date
    x: float
    w: float
    title: str
    style: style.BarStyle
    owner_colour: str
    lines: tuple[str, ...] = ()
    label_side: str = "inside"  # inside | right | left
    label_dx: float = 0.0  # label box, relative to the bar's x
    label_w: float = 0.0
    badge: str = ""
    badge_dx: float = 0.0  # badge box, relative to the bar's x
    badge_w: float = 0.0
    foot_dx0: float = 0.0  # footprint on the row, relative to the bar's x
    foot_dx1: float = 0.0
    row: int = 0
    y: float = 0.0
    h: float = 0.0

    @property
    def box(self) -> Box:
        return Box(self.x, self.y, self.x + self.w, self.y + self.h)

    @property
    def label_box(self) -> Box:
        return Box(self.x + self.label_dx, self.y, self.x + self.label_dx + self.label_w,
                   self.y + self.h)

    @property
    def footprint(self) -> Box:
        return Box(self.x + self.foot_dx0, self.y, self.x + self.foot_dx1, self.y + self.h)


@dataclass
class LaneGeom:
    """A swimlane (kind 'lane') or the header band of a value chain (kind 'chain')."""

    key: str
    kind: str
    chain_id: str | None
    lane_id: str | None  # None for a lane that is not (yet) a row of the model
    name: str
    layer: str
    colour: str
    y: float = 0.0
    h: float = 0.0
    rows: int = 0

    @property
    def y1(self) -> float:
        return self.y + self.h


@dataclass
class ArrowGeom:
    id: str
    src: str
    dst: str
    kind: str
    points: tuple[tuple[float, float], ...]


@dataclass
class TimelineLayout:
    scale: TimeScale
    metrics: Metrics
    lanes: list[LaneGeom]
    bars: dict[str, BarGeom]
    arrows: dict[str, ArrowGeom]
    bands: list[TermBand]
    today: dt.date
    chain_ids: list[str | None]
    width: float
    height: float
    _index: BandIndex | None = field(default=None, repr=False)

    def lane_at(self, y: float, nearest: bool = False) -> LaneGeom | None:
        """The swimlane under y (chain headers do not count)."""
        if self._index is None:
            from desktop.domain.visuals.lanes import Band
            self._index = BandIndex([Band(i, ln.y, ln.h) for i, ln in enumerate(self.lanes)
                                     if ln.kind == "lane"])
        band = self._index.nearest(y) if nearest else self._index.at(y)
        return None if band is None else self.lanes[cast(int, band.key)]  # the keys are lane indexes

    def lane(self, key: str) -> LaneGeom | None:
        for ln in self.lanes:
            if ln.key == key:
                return ln
        return None

    def row_top(self, lane: LaneGeom, row: int) -> float:
        return lane.y + self.metrics.lane_pad + row * self.metrics.row_h

    @property
    def today_x(self) -> float | None:
        s = self.scale
        return s.to_x(self.today) if s.start <= self.today <= s.end else None


def trl_text(action: dict) -> str:
    a, b = action.get("trl_start"), action.get("trl_end")
    if a is None and b is None:
        return ""
    if a is None or b is None or a == b:
        return f"TRL {a if b is None else b}"
    return f"TRL {a}→{b}"


def layer_name(code: str, lang: str) -> str:
    for c in LAYERS:
        if c.code == code:
            label = nl_en(lang, c.nl, c.en)
            return label[:1].upper() + label[1:]
    return code


def chain_title(chain: dict | None, lang: str) -> str:
    if chain is None:
        return nl_en(lang, "Zonder waardeketen", "Without value chain")
    code = chain.get("code")
    return f"{code} {chain.get('name', '')}" if code else chain.get("name", "")


def _lanes_for(data: TimelineData, chain_id: str | None, lang: str) -> list[LaneGeom]:
    rows = data.lanes_of(chain_id)
    if rows:
        return [LaneGeom(r["id"], "lane", chain_id, r["id"], r.get("name") or "",
                         r.get("layer") or "other", style.lane_colour(r)) for r in rows]
    return [LaneGeom(f"layer:{chain_id}:{code}", "lane", chain_id, None, layer_name(code, lang),
                     code, style.LAYER_COLOUR[code])
            for code in style.LAYER_ORDER[:5]]


def build_timeline(data: TimelineData, chain_id: str | None, lang: str,
                   filters: Filters | None = None, *, metrics: Metrics | None = None,
                   width: float | None = None, today: dt.date | None = None,
                   route_obstacles: bool = True, routes: bool = True,
                   label_h: Callable[[str], float] | None = None) -> TimelineLayout:
    """Lay out the timeline of value chain `chain_id` (None: every chain, with headers).

    `width` fits the horizon into that many points (else metrics.px_per_day is used).
    Without `routes` the dependency arrows are left out (they take most of the time of a
    big layout and change no size: a trial layout that only measures leaves them out).
    `label_h(name)` is the height a lane's label takes: a lane is at least that tall.
    """
    filters = filters or Filters()
    metrics = metrics or Metrics()
    today = today or dt.date.today()
    actions = data.ordered("action")
    dates = [parse_date(a.get(k)) for a in actions for k in ("start_date", "end_date")]
    start, end = horizon(data.roadmap, [d for d in dates if d], today)
    days = (end - start).days + 1
    ppd = width / days if width else metrics.px_per_day
    if metrics.px_per_day != ppd:
        metrics = Metrics(**{**metrics.__dict__, "px_per_day": ppd})
    scale = TimeScale(start, end, ppd)

    chain_rows = data.chains()
    known = {c["id"] for c in chain_rows}
    if chain_id is not None:
        chains = [c for c in chain_rows if c["id"] == chain_id]
        chain_ids: list[str | None] = [chain_id] if chains else []
    else:
        chain_ids = [c["id"] for c in chain_rows]
        if any(a.get("value_chain_id") not in known for a in actions):
            chain_ids.append(None)
    lanes, members = _lanes_and_members(data, actions, known, chain_ids, chain_id is None, lang, filters)
    bars = _pack_lanes(data, lanes, members, scale, metrics, label_h)
    place_bars(bars.values(), {ln.key: ln for ln in lanes}, metrics)
    arrows = route_all(data, bars, metrics, obstacles=route_obstacles) if routes else {}
    bands = term_bands(start, end)
    height = lanes[-1].y1 if lanes else 0.0
    return TimelineLayout(scale, metrics, lanes, bars, arrows, bands, today, chain_ids,
                          scale.width, height)


def _lanes_and_members(data: TimelineData, actions: list[dict], known: set, chain_ids: list[str | None],
                       headers: bool, lang: str, filters: Filters
                       ) -> tuple[list[LaneGeom], dict[str, list[dict]]]:
    """The lanes of the chains `chain_ids` (each after its header with `headers`; an "Other"
    lane when actions have no known lane) and lane key -> the actions it shows."""
    lanes: list[LaneGeom] = []
    members: dict[str, list[dict]] = {}
    for idx, cid in enumerate(chain_ids):
        chain = data.get("value_chain", cid)
        chain_lanes = _lanes_for(data, cid, lang)
        by_id: dict[str | None, LaneGeom] = {ln.lane_id: ln for ln in chain_lanes if ln.lane_id}
        other = LaneGeom(f"other:{cid}", "lane", cid, None,
                         nl_en(lang, "Overige", "Other"), "other", style.LAYER_COLOUR["other"])
        for a in actions:
            if (a.get("value_chain_id") if a.get("value_chain_id") in known else None) != cid:
                continue
            lane = by_id.get(a.get("lane_id")) or other
            if not data.matches(a, filters, lane.layer):
                continue
            members.setdefault(lane.key, []).append(a)
        if members.get(other.key):
            chain_lanes.append(other)
        chain_lanes = [ln for ln in chain_lanes
                       if filters.layer is None or ln.layer in filters.layer]
        if headers:
            colour = style.chain_colour(chain or {}, idx) if chain else style.DEFAULT_OWNER
            lanes.append(LaneGeom(f"chain:{cid}", "chain", cid, None, chain_title(chain, lang),
                                  "chain", colour))
        lanes.extend(chain_lanes)
    return lanes, members


def _pack_lanes(data: TimelineData, lanes: list[LaneGeom], members: dict[str, list[dict]], scale: TimeScale,
                metrics: Metrics, label_h: Callable[[str], float] | None) -> dict[str, BarGeom]:
    """The bars of every lane packed into rows, and the lanes stacked (their rows, y and height)."""
    bars: dict[str, BarGeom] = {}
    heights = []
    for ln in lanes:
        if ln.kind == "chain":
            heights.append((ln.key, metrics.chain_h))
            continue
        lane_bars = [_cached_bar(a, ln, data, scale, metrics) for a in members.get(ln.key, ())]
        rows, n = pack_rows((Footprint(b.id, b.x + b.foot_dx0, b.x + b.foot_dx1) for b in lane_bars),
                            metrics.gap)
        ln.rows = max(n, 1)
        for b in lane_bars:
            b.row = rows[b.id]
            bars[b.id] = b
        h = ln.rows * metrics.row_h + 2 * metrics.lane_pad
        heights.append((ln.key, max(h, label_h(ln.name) + 2) if label_h is not None else h))
    for ln, band in zip(lanes, stack(heights, 0.0, metrics.lane_gap)):
        ln.y, ln.h = band.y, band.h
    return bars


def place_bars(bars: Iterable[BarGeom], lane_by_key: Mapping[str, LaneGeom], m: Metrics) -> None:
    """Set the y and height of `bars` from their lane and row."""
    for b in bars:
        ln = lane_by_key[b.lane_key]
        top = ln.y + m.lane_pad + b.row * m.row_h
        if b.kind == "milestone":
            r = m.milestone_r
            b.y, b.h = top + m.row_h / 2 - r, 2 * r
        else:
            b.y, b.h = top + (m.row_h - m.bar_h) / 2, m.bar_h


def _text_box(b: BarGeom, m: Metrics) -> Box:
    """Where an outside label and its TRL pill are drawn (the lines may be taller than
    the bar): what an arrow should not run through."""
    x0 = b.x + min(b.label_dx, b.badge_dx if b.badge else b.label_dx)
    x1 = b.x + max(b.label_dx + b.label_w, (b.badge_dx + b.badge_w) if b.badge else 0.0)
    text_h = len(b.lines) * m.line_h
    top = b.y + min(0.0, (b.h - text_h) / 2)
    return Box(x0, top, x1, top + max(b.h, text_h))


def obstacle_boxes(b: BarGeom, m: Metrics) -> list[tuple[tuple[str, str], Box]]:
    """What arrows route around for bar `b`: the bar, and the text drawn outside it (an
    outside label with its TRL pill, or only the pill of a bar labelled inside)."""
    out = [((b.id, "bar"), b.box)]
    if b.label_side != "inside":
        out.append(((b.id, "label"), _text_box(b, m)))
    elif b.badge and b.badge_dx >= b.w:  # the pill outside, right of the bar
        top = b.y + (b.h - m.badge_h) / 2
        out.append(((b.id, "label"), Box(b.x + b.badge_dx, top, b.x + b.badge_dx + b.badge_w, top + m.badge_h)))
    return out


def route_all(data: TimelineData, bars: dict[str, BarGeom], metrics: Metrics,
              obstacles: bool = True) -> dict[str, ArrowGeom]:
    """Routes of every dependency whose two actions are shown."""
    index = None
    if obstacles:
        index = ObstacleIndex(kb for b in bars.values() for kb in obstacle_boxes(b, metrics))
    out = {}
    gutter = (metrics.row_h - metrics.bar_h) / 2
    for d in data.ordered("dependency"):
        src, dst = bars.get(d.get("from_action_id") or ""), bars.get(d.get("to_action_id") or "")  # "": no end
        if src is None or dst is None:
            continue
        kind = d.get("kind") or "finish_start"
        points = route(src.box, dst.box, kind, gutter=gutter, obstacles=index,
                       skip=((src.id, "bar"), (dst.id, "bar")),
                       labels=((src.id, "label"), (dst.id, "label")),
                       src_label_right=src.label_side == "right", dst_label_left=dst.label_side == "left",
                       pitch=metrics.row_h)
        out[d["id"]] = ArrowGeom(d["id"], src.id, dst.id, kind, points)
    return out


def owner_colour(data: TimelineData, partner_id: str | None) -> str:
    """The bar colour of an owner: its own colour or an automatic one (style.owner_colours),
    DEFAULT_OWNER for an action without (a known) owner."""
    if not partner_id:
        return style.DEFAULT_OWNER
    partners = data.table("partner")
    cached = getattr(data, "_owner_colours", None)
    version = getattr(data, "versions", {}).get("partner")
    if cached is None or cached[0] != version or cached[1] is not partners or cached[2] != len(partners):
        colours = style.owner_colours(data.ordered("partner"))
        cached = (version, partners, len(partners), colours)
        data._owner_colours = cached
    return cached[3].get(partner_id, style.DEFAULT_OWNER)


_BAR_FIELDS = ("title", "start_date", "end_date", "kind", "status", "owner_id", "trl_start",
               "trl_end")


def _cached_bar(a: dict, lane: LaneGeom, data: TimelineData, scale: TimeScale, m: Metrics
                ) -> BarGeom:
    """`_bar`, remembered in `data.bar_cache` by everything it depends on."""
    key = (a["id"], lane.key, lane.chain_id, scale, m, owner_colour(data, a.get("owner_id")),
           *(a.get(f) for f in _BAR_FIELDS))
    cache = data.bar_cache
    bar = cache.get(key)
    if bar is None:
        if len(cache) > 4 * len(data.table("action")) + 1000:
            cache.clear()
        bar = cache[key] = _bar(a, lane, data, scale, m)
    copy = BarGeom.__new__(BarGeom)  # a shallow copy (row, y, h are set on it), fast
    copy.__dict__.update(bar.__dict__)
    return copy


def _bar(a: dict, lane: LaneGeom, data: TimelineData, scale: TimeScale, m: Metrics) -> BarGeom:
    """A bar or milestone with its label placed (row and y are set later)."""
    s = parse_date(a.get("start_date")) or parse_date(a.get("end_date")) or scale.start
    e = parse_date(a.get("end_date")) or s
    if e < s:
        e = s
    colour = owner_colour(data, a.get("owner_id"))
    look = style.bar_style(a.get("status"), colour)
    title = look.prefix + (a.get("title") or "")
    badge = trl_text(a)
    badge_w = text_width(badge, m.badge_size) + 6 if badge else 0.0
    milestone = (a.get("kind") == "milestone")
    if milestone:
        x, w = scale.to_x(s) + scale.px_per_day / 2 - m.milestone_r, 2 * m.milestone_r
    else:
        x, w = scale.to_x(s), max(scale.x_after(e) - scale.to_x(s), 2.0)
    bar = BarGeom(a["id"], "milestone" if milestone else "action", lane.chain_id, lane.key, s, e,
                  x, w, title, look, colour, badge=badge, badge_w=badge_w)
    _place_label(bar, m, scale.width)
    return bar


def _fits(text: str, width: float, size: float, lines: int) -> bool:
    if width <= 0:
        return False
    parts = wrap(text, width, size)
    return len(parts) <= lines and all(text_width(p, size) <= width and not p.endswith("…")
                                       for p in parts)


def _place_label(b: BarGeom, m: Metrics, chart_w: float) -> None:
    size, pad = m.label_size, m.pad
    if b.kind == "action":
        badge_fits = bool(b.badge) and b.w >= b.badge_w + 2 * pad + 24
        tries = [(True, b.w - 2 * pad - b.badge_w - 2)] if badge_fits else []
        tries.append((False, b.w - 2 * pad))
        for badge_inside, room in tries:
            if _fits(b.title, room, size, 2) or (b.w >= 200 and not badge_inside):
                b.label_side = "inside"
                b.lines = tuple(wrap(b.title, room, size, max_lines=2))
                b.label_dx, b.label_w = pad, room
                outside = bool(b.badge) and not badge_inside
                if b.badge:
                    b.badge_dx = b.w - pad / 2 - b.badge_w if badge_inside else b.w + 3
                b.foot_dx0, b.foot_dx1 = 0.0, b.w + (3 + b.badge_w if outside else 0.0)
                return
    total = text_width(b.title, size)
    width = min(max(total / 2 + 14, 46.0), m.label_max) if total > 90 else total + 1
    lines = wrap(b.title, width, size)
    while len(lines) > 2 and width < m.label_max:
        width = min(width + 12, m.label_max)
        lines = wrap(b.title, width, size)
    lines = wrap(b.title, width, size, max_lines=2)
    label_w = max(text_width(ln, size) for ln in lines) if lines else 0.0
    tail = label_w + (3 + b.badge_w if b.badge else 0.0)
    if b.x + b.w + 4 + tail <= chart_w:
        b.label_side = "right"
        b.label_dx = b.w + 4
        b.badge_dx = b.label_dx + label_w + 3
        b.foot_dx0, b.foot_dx1 = 0.0, b.w + 4 + tail
    else:
        b.label_side = "left"
        b.badge_dx = -4 - b.badge_w if b.badge else 0.0
        b.label_dx = (b.badge_dx - 3 if b.badge else -4) - label_w
        b.foot_dx0, b.foot_dx1 = b.label_dx, b.w
    b.lines, b.label_w = tuple(lines), label_w
