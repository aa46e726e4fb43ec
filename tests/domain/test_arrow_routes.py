"""Dependency arrows of the printed Part B figure keep off the text: counted on the
figure itself (every Text fitted as the renderers fit it, against every arrow segment),
for the demo and a 320-action roadmap with hard text. And an arrow's vertical legs stay
between its two bars' lanes (no detour through other lanes)."""

from __future__ import annotations

import pytest

from db.interchange import load_json
from desktop.domain.paths import demo_json
from desktop.domain.visuals.part_b import part_b_visual
from desktop.domain.visuals.part_b_layout import build_timeline
from desktop.domain.visuals.roadmap_data import PART_B_ENTITIES, TimelineData
from desktop.domain.visuals.visual import Line, Text
from desktop.export.graphics.textfit import place
from tests.export.hard_roadmap import hard_document

#: Measured with this router (before the gutter routes: demo 80, the 320-action roadmap
#: 215; before a route counted the inside of its own two bars: 320 actions 3).
MAX_CROSSINGS = {"demo": 0, "hard320": 0}


def text_boxes(v) -> list[tuple[float, float, float, float, str]]:
    """The ink box of every drawn text line (cap height above, descent below the baseline)."""
    out = []
    for t in v.items:
        if isinstance(t, Text):
            for ln in place(t):
                x0 = ln.x - (ln.width / 2 if ln.anchor == "middle" else ln.width if ln.anchor == "end" else 0)
                out.append((x0, ln.baseline - t.size * 0.76, x0 + ln.width, ln.baseline + t.size * 0.24, ln.text))
    return out


def _hits(p, q, box, margin: float = 0.3) -> bool:
    (ax, ay), (bx, by) = p, q
    x0, x1 = sorted((ax, bx))
    y0, y1 = sorted((ay, by))
    if x0 == x1:
        return box[0] + margin < x0 < box[2] - margin and box[1] < y1 and y0 < box[3]
    return box[1] + margin < y0 < box[3] - margin and box[0] < x1 and x0 < box[2]


def crossings(v) -> list[tuple[str, str]]:
    """(dependency id, text) for every text line an arrow runs through."""
    boxes = text_boxes(v)
    out = []
    for a in v.items:
        if isinstance(a, Line) and a.ref and a.ref[0] == "dependency":
            for b in boxes:
                if any(_hits(p, q, b) for p, q in zip(a.points, a.points[1:])):
                    out.append((a.ref[1], b[4]))
    return out


@pytest.fixture(scope="module", params=["demo", "hard320"])
def roadmap(request):
    return request.param, load_json(demo_json()) if request.param == "demo" else hard_document(320)


def test_arrows_do_not_run_through_text(roadmap):
    name, doc = roadmap
    found, arrows = [], 0
    for vc in doc["value_chain"]:
        v = part_b_visual(doc, vc["id"], "nl")
        arrows += sum(1 for a in v.items if isinstance(a, Line) and a.ref and a.ref[0] == "dependency")
        found += crossings(v)
    assert arrows >= 40
    assert len(found) <= MAX_CROSSINGS[name], found


def test_vertical_legs_stay_between_the_two_lanes(roadmap):
    _, doc = roadmap
    data = TimelineData.from_doc(doc, PART_B_ENTITIES)
    for vc in doc["value_chain"]:
        lay = build_timeline(data, vc["id"], "nl", width=1000)
        lanes = {ln.key: ln for ln in lay.lanes}
        for a in lay.arrows.values():
            src, dst = lay.bars[a.src], lay.bars[a.dst]
            top = min(lanes[src.lane_key].y, lanes[dst.lane_key].y)
            bottom = max(lanes[src.lane_key].y1, lanes[dst.lane_key].y1)
            ys = [y for _, y in a.points]
            assert top - 0.01 <= min(ys) and max(ys) <= bottom + 0.01, (a.id, src.title, dst.title)
