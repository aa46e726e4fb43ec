"""Presentation mode, Qt-free: the scenes of a workshop talk and what each reveal step shows.

Scenes, in order: Part A (the overview), then the Part B timeline of every value chain,
then the KPI overview (desktop.domain.visuals.kpi_visual).

`build_scene` lays a scene out once as a `SceneVisual`: the figure, the reveal step of
every primitive and, for Part B, the geometry the facilitator edits on (lane bands, the
time scale, the bars). Reveal steps:

* Part A: frame → today → value chains → visions and objectives → action plan.
* Part B: frame (title, time axis, legend) → the lanes layer by layer, Science →
  Technology → Product → Market → Enabling (→ other). A dependency shows with the later
  of its two ends.
* KPI overview: one step.

Part B uses larger labels than the printed figure (`PRESENT_METRICS`) so that they can be
read from the back of a room.

What a laid-out scene is (`SceneVisual` and its parts) is declared in `scene_visual`; moving
through the scenes is `navigation.Navigator`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.domain.presentation.scene_visual import BarBox, LaneBand, Scene, SceneVisual, TimeAxis, bbox
from desktop.domain.visuals.visual import Diamond, Line, Rect, Text, Visual
from desktop.domain.words import in_language, nl_en

__all__ = ["LAYER_STEPS", "BarBox", "LaneBand", "Scene", "SceneVisual", "TimeAxis", "bbox", "build_scene",
           "part_b_timeline", "present_metrics", "scene_list"]

LAYER_STEPS = ("science", "technology", "product", "market", "enabling", "other")
EPS = 1.5

WORDS = {
    "nl": {"frame": "Kader", "today": "Vandaag", "chains": "Waardeketens",
           "visions": "Toekomstbeelden en doelstellingen", "plan": "Actieplan",
           "all": "Alles", "part_a": "Deel A – overzicht", "part_b": "Deel B",
           "kpi": "KPI-overzicht"},
    "en": {"frame": "Frame", "today": "Today", "chains": "Value chains",
           "visions": "Visions and objectives", "plan": "Action plan", "all": "All",
           "part_a": "Part A – overview", "part_b": "Part B", "kpi": "KPI overview"},
}


def words(lang: str) -> dict[str, str]:
    return in_language(WORDS, lang)


# -- the scenes -------------------------------------------------------------------------------

def scene_list(doc: dict, lang: str, *, kpi: bool | None = None) -> list[Scene]:
    """Part A, every value chain's Part B (in list order), then the KPI overview
    (left out with `kpi=False`; None or True include it)."""
    from desktop.domain.visuals.part_b_layout import chain_title

    w = words(lang)
    scenes = [Scene("part_a", "part_a", w["part_a"])]
    chains = sorted(enumerate(doc.get("value_chain") or ()),
                    key=lambda ic: (ic[1].get("position", ic[0]), ic[0]))
    for _, chain in chains:
        scenes.append(Scene(f"part_b:{chain['id']}", "part_b",
                            f"{w['part_b']} – {chain_title(chain, lang)}", chain["id"]))
    if kpi is not False:
        scenes.append(Scene("kpi", "kpi", w["kpi"]))
    return scenes


def build_scene(doc: dict, scene: Scene, lang: str, today: dt.date | None = None, *,
                timeline=None) -> SceneVisual:
    """Lay out `scene` of roadmap `doc`. For a Part B scene `timeline` may give its
    layout already made (a `part_b_timeline` kept current by
    desktop.domain.visuals.timeline_incremental), with the TimelineData it was made from."""
    today = today or dt.date.today()
    if scene.kind == "part_a":
        sv = _part_a(doc, scene, lang, today)
    elif scene.kind == "part_b":
        sv = _part_b(doc, scene, lang, today, timeline)
    elif scene.kind == "kpi":
        from desktop.domain.visuals.kpi_visual import kpi_overview_visual

        visual = kpi_overview_visual(doc, lang, today)
        sv = SceneVisual(scene, visual, [0] * len(visual.items), [words(lang)["all"]])
    else:
        raise ValueError(f"unknown scene kind {scene.kind!r}")
    sv.boxes = [bbox(p) for p in sv.visual.items]
    return sv


def _part_a(doc: dict, scene: Scene, lang: str, today: dt.date) -> SceneVisual:
    from desktop.domain.visuals.part_a import build_part_a
    from desktop.domain.visuals.part_a_layout import LEFT_W, LEFT_X, MID_X
    from desktop.domain.visuals.roadmap_data import TimelineData

    w = words(lang)
    layout = build_part_a(TimelineData.from_doc(doc), lang, today=today)
    v = layout.visual
    owner: dict[int, int] = {}
    body_top = min((n.y for n in layout.nodes), default=0.0)
    body_bottom = max((n.y + n.h for n in layout.nodes), default=0.0)
    for n in layout.nodes:
        step = {"roadmap": 1, "value_chain": 2, "challenge": 3}.get(n.key[0], 3)
        for p in n.items:
            owner[id(p)] = step
    steps = []
    for p in v.items:
        s = owner.get(id(p))
        if s is None:
            x0, y0, x1, y1 = bbox(p)
            if y0 >= body_bottom - EPS:
                s = 4
            elif isinstance(p, Line) and p.ref and p.ref[0] == "value_chain":
                s = 3  # a value chain's arrow to an objective
            elif (isinstance(p, Line) and p.ref is None and y0 >= body_top - EPS
                  and x0 >= LEFT_X + LEFT_W - EPS and x1 <= MID_X + EPS):
                s = 2  # from today to the value chains
            else:
                s = 0
        steps.append(s)
    names = [w["frame"], w["today"], w["chains"], w["visions"], w["plan"]]
    return SceneVisual(scene, v, steps, names)


PART_B_MIN_TEXT = 8.0  # labels of the chart (not the legend) are at least this size

PRESENT_METRICS_KW = dict(row_h=36.0, bar_h=29.0, lane_pad=6.0, label_size=11.0, line_h=12.8,
                          pad=5.0, gap=9.0, label_max=220.0, milestone_r=9.0, badge_size=7.0,
                          badge_h=11.0)


def present_metrics():
    from desktop.domain.visuals.part_b_layout import Metrics

    known = set(Metrics.__dataclass_fields__)
    return Metrics(**{k: v for k, v in PRESENT_METRICS_KW.items() if k in known})


def part_b_timeline(data, chain_id: str | None, lang: str, today: dt.date):
    """The incremental layout of a Part B scene's timeline over `data` (a TimelineData)."""
    from desktop.domain.visuals import part_b
    from desktop.domain.visuals.roadmap_data import Filters
    from desktop.domain.visuals.timeline_incremental import IncrementalTimeline

    width = part_b.FIGURE_W - 2 * part_b.MARGIN - part_b.LABEL_COL
    return IncrementalTimeline(data, chain_id, lang, Filters(), metrics=present_metrics(),
                               width=width, today=today)


def _part_b(doc: dict, scene: Scene, lang: str, today: dt.date, timeline=None) -> SceneVisual:
    from desktop.domain.visuals import part_b
    from desktop.domain.visuals.part_b_layout import build_timeline, layer_name
    from desktop.domain.visuals.roadmap_data import PART_B_ENTITIES, Filters, TimelineData

    if timeline is not None:
        data, layout = timeline.data, timeline.layout
    else:
        data = TimelineData.from_doc(doc, PART_B_ENTITIES)
        width = part_b.FIGURE_W - 2 * part_b.MARGIN - part_b.LABEL_COL
        layout = build_timeline(data, scene.chain_id, lang, Filters(), metrics=present_metrics(),
                                width=width, today=today)
    v = part_b.timeline_visual(layout, data, scene.chain_id, lang)
    ox = part_b.MARGIN + part_b.LABEL_COL
    oy = _offset_y(v, layout)
    chart_bottom = oy + layout.height
    # larger small print in the chart; the legend's boxes are measured for its own size
    v.items = [dataclasses.replace(p, size=PART_B_MIN_TEXT)
               if isinstance(p, Text) and p.size < PART_B_MIN_TEXT and p.y + p.h <= chart_bottom + EPS
               else p for p in v.items]
    order, lanes, steps = _reveal_steps(v, layout, oy)
    bars = {b.id: BarBox(b.id, b.kind, ox + b.x, oy + b.y, b.w, b.h, b.start, b.end)
            for b in layout.bars.values()}
    s = layout.scale
    axis = TimeAxis(s.start, s.end, s.px_per_day, ox + s.origin, ox, ox + s.width)
    names = [words(lang)["frame"]] + [layer_name(code, lang) for code in order]
    sv = SceneVisual(scene, v, steps, names, lanes, bars, axis)
    add_notes(sv, doc, lang)
    return sv


def _reveal_steps(v, layout, oy: float) -> tuple[list[str], list[LaneBand], list[int]]:
    """The reveal order of a Part B scene, layer by layer: (the layers shown, in order; the
    lane bands; the step of each item of `v`)."""
    layers_present = []
    for ln in layout.lanes:
        if ln.kind == "lane":
            layer = ln.layer if ln.layer in LAYER_STEPS else "other"
            if layer not in layers_present:
                layers_present.append(layer)
    order = [code for code in LAYER_STEPS if code in layers_present]
    step_of_layer = {code: i + 1 for i, code in enumerate(order)}
    lanes = []
    step_of_lane: dict[str, int] = {}
    for ln in layout.lanes:
        if ln.kind != "lane":
            continue
        layer = ln.layer if ln.layer in LAYER_STEPS else "other"
        step_of_lane[ln.key] = step_of_layer[layer]
        lanes.append(LaneBand(ln.key, ln.lane_id, ln.chain_id, layer, ln.name, oy + ln.y,
                              oy + ln.y + ln.h))
    step_of_bar = {b.id: step_of_lane.get(b.lane_key, 0) for b in layout.bars.values()}
    step_of_lane_id = {ln.lane_id: step_of_lane[ln.key] for ln in layout.lanes
                       if ln.kind == "lane" and ln.lane_id}
    step_of_dep = {a.id: max(step_of_bar.get(a.src, 0), step_of_bar.get(a.dst, 0))
                   for a in layout.arrows.values()}
    steps = []
    for p in v.items:
        s = None
        if p.ref is not None:
            entity, rid = p.ref
            if entity == "action":
                s = step_of_bar.get(rid)
            elif entity == "dependency":
                s = step_of_dep.get(rid)
            elif entity == "lane":
                s = step_of_lane_id.get(rid)
        if s is None:
            s = _band_step(bbox(p), lanes, step_of_lane)
        steps.append(s)
    return order, lanes, steps


NOTE_FILL, NOTE_STROKE, NOTE_INK = "#fff3a6", "#d4b106", "#3d3200"
NOTE_W, NOTE_H, NOTE_SIZE = 120.0, 30.0, 9.0


def add_notes(sv: SceneVisual, doc: dict, lang: str) -> None:
    """Draw the workshop notes of a Part B scene (rows of the `workshop_note` entity, when
    the model has it): a sticky note in its lane at its date, and the parking-lot items in
    a strip under the figure. Notes carry ref ("workshop_note", id) and show with their
    lane's reveal step (parking lot: with the last step)."""
    notes = [n for n in doc.get("workshop_note") or ()
             if n.get("value_chain_id") == sv.scene.chain_id and (n.get("text") or "").strip()]
    if not notes or sv.axis is None:
        return
    v = sv.visual
    step_of_lane = {}
    for ln in sv.lanes:
        inside = [s for b, s in zip(_boxes(v), sv.steps)
                  if b[1] >= ln.y0 - EPS and b[3] <= ln.y1 + EPS]
        step_of_lane[ln.lane_id] = max(inside) if inside else 0
    last = len(sv.step_names) - 1
    parked = []
    for n in notes:
        if n.get("parking_lot"):
            parked.append(n)
            continue
        lane = next((ln for ln in sv.lanes if ln.lane_id and ln.lane_id == n.get("lane_id")), None)
        if lane is None:
            parked.append(n)
            continue
        try:
            d = dt.date.fromisoformat(str(n.get("date") or "")[:10])
        except ValueError:
            d = sv.axis.start
        x = min(max(sv.axis.x_of(d), sv.axis.chart_x0), sv.axis.chart_x1 - NOTE_W)
        y = lane.y0 + 4
        ref = ("workshop_note", n["id"])
        step = step_of_lane.get(lane.lane_id, last)
        for p in (Rect(x, y, NOTE_W, NOTE_H, fill=NOTE_FILL, stroke=NOTE_STROKE, stroke_width=0.8,
                       radius=2, ref=ref),
                  Text(x + 4, y + 1, NOTE_W - 8, NOTE_H - 2, n["text"], size=NOTE_SIZE,
                       colour=NOTE_INK, wrap=True, ref=ref)):
            v.items.append(p)
            sv.steps.append(step)
    if parked:
        title = nl_en(lang, "Parkeerplaats", "Parking lot")
        y = v.height + 4
        x0 = 28.0
        v.items.append(Text(x0, y, 300, 16, title, size=11, colour="#1f2933", bold=True))
        sv.steps.append(last)
        y += 20
        cols = max(int((v.width - 2 * x0) // (NOTE_W + 150 + 10)), 1)
        w = (v.width - 2 * x0 - (cols - 1) * 10) / cols
        for i, n in enumerate(parked):
            cx, cy = x0 + (i % cols) * (w + 10), y + (i // cols) * (NOTE_H + 8)
            ref = ("workshop_note", n["id"])
            v.items.append(Rect(cx, cy, w, NOTE_H, fill=NOTE_FILL, stroke=NOTE_STROKE,
                                stroke_width=0.8, radius=2, ref=ref))
            v.items.append(Text(cx + 6, cy + 1, w - 12, NOTE_H - 2, n["text"], size=NOTE_SIZE,
                                colour=NOTE_INK, wrap=True, ref=ref))
            sv.steps += [last, last]
        v.height = y + ((len(parked) - 1) // cols + 1) * (NOTE_H + 8) + 20


def _boxes(v: Visual):
    return [bbox(p) for p in v.items]


def _band_step(box, lanes: list[LaneBand], step_of_lane: dict[str, int]) -> int:
    _, y0, _, y1 = box
    for ln in lanes:
        if y0 >= ln.y0 - EPS and y1 <= ln.y1 + EPS:
            return step_of_lane[ln.key]
    return 0


def _offset_y(v: Visual, layout) -> float:
    """Where the layout's y = 0 lies in the figure (found from a bar or a lane drawn)."""
    for p in v.items:
        if p.ref is None:
            continue
        entity, rid = p.ref
        if entity == "action" and rid in layout.bars:
            b = layout.bars[rid]
            if isinstance(p, Rect):
                return p.y - b.y
            if isinstance(p, Diamond):
                return p.cy - (b.y + b.h / 2)
        if entity == "lane" and isinstance(p, Rect):
            for ln in layout.lanes:
                if ln.lane_id == rid:
                    return p.y - 1 - ln.y
    from desktop.domain.visuals import part_b
    from desktop.domain.visuals.timeline import header_levels

    levels = header_levels(layout.scale.px_per_day)
    return 78.0 + part_b.TERM_H + part_b.YEAR_H + (part_b.SUB_H if len(levels) > 1 else 0.0) + 4
