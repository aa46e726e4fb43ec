"""Read-only reference lanes under Part B: another roadmap's milestones on the same time axis
(Qt-free).

An other roadmap (`reference_roadmap`) with `part_b_lane` set is drawn under the action
lanes as one lane of diamonds, one per dated milestone (`reference_milestone`), each with
its title beside it. Labels that would collide go to a further row. The figure
(desktop.domain.visuals.part_b) and the canvas (desktop.canvas.reference_lane_item) both
draw the geometry of `reference_lanes`, so the printed figure and the screen agree.

`import_ops` turns another roadmap's roadmap JSON into the operations that store it as an
other roadmap with its milestones (its actions of kind milestone), flagged as a lane.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from db.ops import Create
from db.store import new_id
from desktop.domain.visuals.lanes import Footprint, pack_rows
from desktop.domain.visuals.textmetrics import text_width, wrap_whole
from desktop.domain.words import in_language

LABEL_SIZE = 7.5  # points at scale 1 (the figure's smallest text)
ROW_H = 15.0
PAD = 3.0
DIAMOND_R = 4.2
TITLE_SIZE = 8.5
TITLE_LINE_H = 10.5

WORDS = {
    "nl": {"legend": "Mijlpaal van een andere roadmap (alleen lezen)",
           "outside": "{n} buiten de horizon"},
    "en": {"legend": "Milestone of another roadmap (read-only)",
           "outside": "{n} outside the horizon"},
}


def words(lang: str) -> dict[str, str]:
    return in_language(WORDS, lang)


@dataclass(frozen=True)
class RefMilestone:
    id: str
    title: str
    date: dt.date
    cx: float  # centre of the diamond, from the time axis origin
    cy: float  # from the lane's top
    label_x: float  # left edge of the label, from the time axis origin
    label_w: float
    label_left: bool  # the label sits left of the diamond (near the right end)


@dataclass(frozen=True)
class RefLane:
    id: str
    title: str
    title_lines: tuple[str, ...]
    y: float  # top, from where the reference lanes start
    h: float
    milestones: tuple[RefMilestone, ...]
    outside: int  # dated milestones outside the time axis (not drawn)


def _date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def lane_roadmaps(roadmaps: Iterable[Mapping]) -> list[Mapping]:
    """The other roadmaps drawn as lanes, in the order given (their list order)."""
    return [r for r in roadmaps if r.get("part_b_lane")]


def reference_lanes(roadmaps: Iterable[Mapping], milestones: Iterable[Mapping], scale, *,
                    label_col: float, size: float = LABEL_SIZE, row_h: float = ROW_H) -> list[RefLane]:
    """The lanes of the flagged roadmaps on `scale` (a timeline.TimeScale), stacked from
    y = 0. `label_col` is the width of the lane-title column left of the time axis; `size`
    and `row_h` are the label size and row height in the units of `scale`."""
    chosen = lane_roadmaps(roadmaps)
    by_roadmap: dict[str | None, list[Mapping]] = {}
    for m in milestones:
        by_roadmap.setdefault(m.get("reference_roadmap_id"), []).append(m)
    k = size / LABEL_SIZE
    r = DIAMOND_R * k
    out: list[RefLane] = []
    y = 0.0
    for rr in chosen:
        placed = []
        outside = 0
        for m in by_roadmap.get(rr["id"], []):
            d = _date(m.get("date"))
            if d is None:
                continue
            if not scale.start <= d <= scale.end:
                outside += 1
                continue
            title = m.get("title") or ""
            cx = scale.to_x(d) + scale.px_per_day / 2
            lw = text_width(title, size) + 2
            left = cx + r + 3 + lw > scale.width  # no room to the right: the label goes left
            lx = cx - r - 3 - lw if left else cx + r + 3
            placed.append((m, title, d, cx, lx, lw, left))
        rows, n = pack_rows((Footprint(m["id"], min(lx, cx - r), max(lx + lw, cx + r))
                             for m, _t, _d, cx, lx, lw, _l in placed), 4.0 * k)
        # the whole title, on as many lines as it takes (the lane grows to hold them): a
        # printed report cannot show a cut title in full anywhere else
        title_lines = tuple(wrap_whole(rr.get("title") or "", label_col - 20 * k, TITLE_SIZE * k, bold=True))
        h = max(max(n, 1) * row_h + 2 * PAD * k, len(title_lines) * TITLE_LINE_H * k + 2 * PAD * k)
        top_pad = (h - max(n, 1) * row_h) / 2
        ms = tuple(RefMilestone(m["id"], title, d, cx, top_pad + rows[m["id"]] * row_h + row_h / 2,
                                lx, lw, left)
                   for m, title, d, cx, lx, lw, left in sorted(placed, key=lambda p: (p[2], p[0]["id"])))
        out.append(RefLane(rr["id"], rr.get("title") or "", title_lines, y, h, ms, outside))
        y += h
    return out


def lanes_height(lanes: list[RefLane]) -> float:
    return lanes[-1].y + lanes[-1].h if lanes else 0.0


# -- import from another roadmap's JSON ---------------------------------------------------


def import_ops(doc: Mapping, *, source: str = "") -> tuple[list[Create], str]:
    """The operations that store the roadmap JSON `doc` (already checked by
    db.interchange) as an other roadmap shown as a Part B lane, with one milestone per
    dated milestone action; returns (ops, the new other roadmap's id)."""
    rm = doc.get("roadmap") or {}
    chains = {c["id"]: c.get("name") or "" for c in doc.get("value_chain") or []}
    rid = new_id()
    title = rm.get("title") or source or "?"
    year = _date(rm.get("horizon_start"))
    values = {"title": title[:500], "kind": "cluster", "owner": (rm.get("cluster_name") or None),
              "year": year.year if year else None, "part_b_lane": True,
              "description": rm.get("subtitle") or None}
    ops: list[Create] = [Create("reference_roadmap", values, rid)]
    actions = [a for a in doc.get("action") or [] if a.get("kind") == "milestone"]
    actions.sort(key=lambda a: (a.get("end_date") or a.get("start_date") or "", a.get("title") or ""))
    for a in actions:
        d = _date(a.get("end_date")) or _date(a.get("start_date"))
        if d is None or not a.get("title"):
            continue
        ops.append(Create("reference_milestone", {
            "reference_roadmap_id": rid, "title": a["title"][:500], "date": d.isoformat(),
            "note": chains.get(a.get("value_chain_id")) or None}, new_id()))
    return ops, rid


# -- the figure ---------------------------------------------------------------------------

LANE_FILL = "#eceff3"
LANE_INK = "#3e4c59"
DIAMOND_FILL = "#ffffff"
DIAMOND_STROKE = "#52606d"


def year_lines(scale) -> list[float]:
    """x of each 1 January inside the time axis (after its start)."""
    out = []
    year = scale.start.year + 1
    while dt.date(year, 1, 1) <= scale.end:
        out.append(scale.to_x(dt.date(year, 1, 1)))
        year += 1
    return out


def draw_reference_lanes(v, lanes: list[RefLane], *, x0: float, ox: float, label_w: float,
                         y: float, scale) -> tuple[float, list[float]]:
    """Draw `lanes` (laid out in points) into the Visual `v` from `y` down, the lane titles
    from x0 in a column `label_w` wide and the time axis at ox, `width` long; returns
    (bottom, lane tops for page breaks)."""
    from desktop.domain.visuals.visual import Diamond, Line, Rect, Text

    tops: list[float] = []
    if not lanes:
        return y, tops
    y += 6
    width = scale.width
    right = ox + width
    for ln in lanes:
        top = y + ln.y
        tops.append(top)
        v.add(Rect(ox, top, width, ln.h, fill="#f7f8fa", stroke=None),
              Rect(x0, top + 1, label_w - 8, ln.h - 2, fill=LANE_FILL, stroke=None, radius=2.5,
                   ref=("reference_roadmap", ln.id)))
        for gx in year_lines(scale):
            v.add(Line(((ox + gx, top), (ox + gx, top + ln.h)), stroke="#e4e7eb", width=0.5))
        ty = top + (ln.h - TITLE_LINE_H * len(ln.title_lines)) / 2
        for i, text in enumerate(ln.title_lines):
            v.add(Text(x0 + 7, ty + i * TITLE_LINE_H, label_w - 20, TITLE_LINE_H, text, size=TITLE_SIZE,
                       colour=LANE_INK, bold=True, ref=("reference_roadmap", ln.id)))
        for m in ln.milestones:
            cy = top + m.cy
            v.add(Diamond(ox + m.cx, cy, DIAMOND_R, fill=DIAMOND_FILL, stroke=DIAMOND_STROKE,
                          ref=("reference_milestone", m.id)),
                  Text(ox + m.label_x, cy - 5.5, m.label_w, 11, m.title, size=LABEL_SIZE, colour=LANE_INK,
                       align="right" if m.label_left else "left", ref=("reference_milestone", m.id)))
        v.add(Line(((x0, top + ln.h), (right, top + ln.h)), stroke="#cbd2d9", width=0.5))
    return y + lanes_height(lanes), tops
