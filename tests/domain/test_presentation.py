"""Presentation mode, Qt-free: scenes, reveal steps, navigation, paths, themes, edits, notes."""

from __future__ import annotations

import datetime as dt

import pytest

from db.ops import Create, Update
from desktop.domain.presentation import edits as edit
from desktop.domain.presentation.cache import SceneCache
from desktop.domain.presentation.navigation import Navigator
from desktop.domain.presentation.notes import scene_notes
from desktop.domain.presentation.path import objectives, path_refs
from desktop.domain.presentation.scenes import Scene, build_scene, scene_list
from desktop.domain.presentation.style import THEMES, dimmed_items, themed_items
from desktop.domain.visuals.visual import Line, Rect, Text
from tests.presentation.roadmap import build

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def doc(store):
    return build(store)


def test_scene_list_order(doc):
    scenes = scene_list(doc, "en", kpi=True)
    assert [s.kind for s in scenes] == ["part_a", "part_b", "part_b", "kpi"]
    assert [s.chain_id for s in scenes[1:3]] == ["vc1", "vc2"]
    assert "WK1" in scenes[1].title
    assert [s.kind for s in scene_list(doc, "nl", kpi=False)] == ["part_a", "part_b", "part_b"]


def _steps_of(sv, entity, rid):
    return {s for p, s in zip(sv.visual.items, sv.steps) if p.ref == (entity, rid)}


def test_part_b_reveals_layer_by_layer(doc):
    sv = build_scene(doc, Scene("b", "part_b", "B", "vc1"), "en", TODAY)
    assert sv.step_names == ["Frame", "Science", "Technology", "Market"]
    assert _steps_of(sv, "action", "a_sci") == {1}
    assert _steps_of(sv, "action", "a_tec") == {2}
    assert _steps_of(sv, "action", "m1") == {2}
    assert _steps_of(sv, "action", "a_mkt") == {3}
    # a dependency appears with its later end
    assert _steps_of(sv, "dependency", "d1") == {2}
    assert _steps_of(sv, "dependency", "d2") == {3}
    # the title and the time axis are in the frame
    title = next(p for p in sv.visual.items if isinstance(p, Text) and p.text == "Testroadmap")
    assert sv.steps[sv.visual.items.index(title)] == 0
    frame = sv.visual_at(0)
    assert not any(p.ref and p.ref[0] == "action" for p in frame.items)
    shown = [p.ref for p in sv.items_at(2) if p.ref and p.ref[0] == "action"]
    assert ("action", "a_tec") in shown and ("action", "a_mkt") not in shown
    assert len(sv.items_at(3)) == len(sv.visual.items)
    # the lane labels come with their lane: nothing but the frame at step 0 lies in a lane
    for ln in sv.lanes:
        inside = [b for b, s in zip(sv.boxes, sv.steps) if b[1] >= ln.y0 and b[3] <= ln.y1 and s == 0
                  and b[0] < 200]
        assert not inside, ln.name
    # the science lane is revealed before the market lane even though it is listed later
    by_layer = {ln.layer: ln for ln in sv.lanes}
    assert by_layer["market"].y0 < by_layer["science"].y0


def test_part_b_geometry_matches_the_figure(doc):
    sv = build_scene(doc, Scene("b", "part_b", "B", "vc1"), "en", TODAY)
    bar = sv.bars["a_tec"]
    rect = next(p for p in sv.visual.items if isinstance(p, Rect) and p.ref == ("action", "a_tec"))
    assert (rect.x, rect.y) == pytest.approx((bar.x, bar.y))
    assert sv.lane_at(bar.y + bar.h / 2).lane_id == "l_tec"
    assert sv.axis.date_at(bar.x + 0.1) == dt.date(2027, 7, 1)
    assert sv.bar_at(bar.x + 2, bar.y + 2).id == "a_tec"
    assert sv.bars["m1"].kind == "milestone"


def test_part_a_reveals_today_chains_visions_plan(doc):
    sv = build_scene(doc, Scene("a", "part_a", "A"), "en", TODAY)
    assert sv.n_steps == 5
    assert _steps_of(sv, "value_chain", "vc1") >= {2}
    assert _steps_of(sv, "objective", "o1") == {3}
    assert _steps_of(sv, "challenge", "c1") == {3}
    assert _steps_of(sv, "action", "a_sci") == {4}  # the action plan band
    assert min(sv.steps) == 0
    ys = sv.step_extent(4)
    assert ys is not None and ys[0] > sv.step_extent(3)[0]


def test_navigator():
    nav = Navigator(3, lambda i: [5, 3, 1][i])
    for _ in range(4):
        assert nav.next()
    assert (nav.index, nav.step) == (0, 4)
    assert nav.next() and (nav.index, nav.step) == (1, 0)
    assert nav.previous() and (nav.index, nav.step) == (0, 4)
    nav.end()
    assert (nav.index, nav.step) == (2, 0)
    assert not nav.next()
    assert nav.previous() and (nav.index, nav.step) == (1, 2)
    assert nav.jump(0) and (nav.index, nav.step) == (0, 4)
    assert not nav.jump(7)
    nav.home()
    assert (nav.index, nav.step) == (0, 0)
    assert not nav.previous()
    nav.jump(2)
    nav.reset(2)
    assert nav.index == 1


def test_path_refs(doc):
    refs = path_refs(doc, "o1")
    assert {("objective", "o1"), ("vision", "v1"), ("challenge", "c1"), ("value_chain", "vc1"),
            ("programme", "pr1"), ("lane", "l_sci"), ("action", "a_sci"), ("action", "m1"),
            ("dependency", "d1"), ("dependency", "d2"), ("kpi", "k1")} <= refs
    assert ("value_chain", "vc2") not in refs
    assert ("action", "b1") not in refs
    assert ("dependency", "d_cross") not in refs  # one end is off the path
    assert ("objective", "o2") not in refs
    assert path_refs(doc, "nope") == frozenset()
    assert [o for o, _ in objectives(doc)] == ["o1", "o2"]
    assert objectives(doc)[0][1] == "D1 Langer thuis"


def test_dimming_keeps_the_path(doc):
    sv = build_scene(doc, Scene("a", "part_a", "A"), "en", TODAY)
    items = themed_items(sv.visual.items, "light")
    refs = path_refs(doc, "o1")
    dimmed = dimmed_items(items, refs, "#ffffff", 0.8)
    for before, after in zip(items, dimmed):
        if before.ref is None or before.ref in refs:
            assert before == after
        else:
            assert before != after or _colourless(before)
    changed = sum(1 for b, a in zip(items, dimmed) if b != a)
    assert changed > 0


def _colourless(p):
    return isinstance(p, Rect) and not p.fill and not p.stroke


def test_dark_theme_has_light_text_on_dark_fills(doc):
    sv = build_scene(doc, Scene("b", "part_b", "B", "vc1"), "en", TODAY)
    dark = themed_items(sv.visual.items, "dark")
    from desktop.domain.visuals.style import luminance

    title = next(p for p in dark if isinstance(p, Text) and p.text == "Testroadmap")
    assert luminance(title.colour) > 0.7
    assert luminance(THEMES["dark"].background) < 0.02
    lane_fills = [p.fill for p in dark if isinstance(p, Rect) and p.ref and p.ref[0] == "lane"]
    assert lane_fills and all(luminance(c) < 0.2 for c in lane_fills)
    lines = [p for p in dark if isinstance(p, Line) and p.ref and p.ref[0] == "dependency"]
    assert lines and all(luminance(p.stroke) > 0.3 for p in lines)
    floored = themed_items(sv.visual.items, "light", 9.0)
    assert min(p.size for p in floored if isinstance(p, Text)) >= 9.0


def test_quick_add_ops(doc):
    sv = build_scene(doc, Scene("b", "part_b", "B", "vc1"), "en", TODAY)
    lane = next(ln for ln in sv.lanes if ln.lane_id == "l_mkt")
    x = sv.axis.x_of(dt.date(2027, 5, 17))
    ops = edit.quick_add_ops(sv, x, (lane.y0 + lane.y1) / 2, "  Nieuwe actie ")
    assert len(ops) == 1 and isinstance(ops[0], Create)
    v = ops[0].values
    assert v["title"] == "Nieuwe actie" and v["lane_id"] == "l_mkt" and v["value_chain_id"] == "vc1"
    assert (v["start_date"], v["end_date"], v["status"]) == ("2027-05-01", "2027-07-31", "planned")
    assert edit.quick_add_ops(sv, x, (lane.y0 + lane.y1) / 2, "   ") == []
    assert edit.quick_add_ops(sv, x, -50, "x") == []


def test_quick_add_in_a_layer_lane_creates_the_lane(store):
    store.apply([Create("value_chain", {"name": "Leeg"}, id="vc")])
    from db.interchange import export_document

    doc = export_document(store)
    sv = build_scene(doc, Scene("b", "part_b", "B", "vc"), "nl", TODAY)
    lane = sv.lanes[1]
    assert lane.lane_id is None and lane.layer == "technology"
    ops = edit.quick_add_ops(sv, sv.axis.chart_x0 + 50, lane.y0 + 5, "Idee", "nl")
    assert [o.entity for o in ops] == ["lane", "action"]
    assert ops[1].values["lane_id"] == ops[0].id
    store.apply(ops)
    assert store.get("action", ops[1].id)["lane_id"] == ops[0].id


def test_milestone_move(doc):
    sv = build_scene(doc, Scene("b", "part_b", "B", "vc1"), "en", TODAY)
    ppd = sv.axis.px_per_day
    assert edit.milestone_date(sv, "m1", 95 * ppd) == dt.date(2028, 6, 1)
    assert edit.milestone_date(sv, "m1", -20 * ppd) == dt.date(2028, 2, 1)
    assert edit.milestone_date(sv, "m1", 5 * ppd) == dt.date(2028, 3, 1)
    row = {"id": "m1", "start_date": "2028-03-01", "end_date": "2028-03-01"}
    assert edit.milestone_move_ops(row, dt.date(2028, 3, 1)) == []
    assert edit.milestone_move_ops(row, dt.date(2028, 6, 1)) == [
        Update("action", "m1", {"start_date": "2028-06-01", "end_date": "2028-06-01"})]
    assert edit.nearest_month_start(dt.date(2028, 1, 20)) == dt.date(2028, 2, 1)
    assert edit.nearest_month_start(dt.date(2028, 12, 31)) == dt.date(2029, 1, 1)


def test_cache_reuses_and_invalidates(doc, store):
    cache = SceneCache(doc, "en", today=TODAY, kpi=False)
    assert len(cache) == 3
    first = cache.get(1)
    assert cache.get(1) is first
    themed = cache.themed(1, "dark")
    assert cache.themed(1, "dark") is themed
    refs = path_refs(doc, "o1")
    assert cache.dimmed(1, "light", refs) is cache.dimmed(1, "light", refs)
    store.apply([Create("value_chain", {"name": "Nieuw"}, id="vc3")])
    from db.interchange import export_document

    gen = cache.generation
    cache.set_document(export_document(store))
    assert cache.generation == gen + 1 and len(cache) == 4
    assert cache.get(1) is not first


def test_cache_precomputes_in_the_background(doc):
    cache = SceneCache(doc, "en", today=TODAY, kpi=False, precompute=True)
    try:
        for f in list(cache._futures.values()):
            f.result(timeout=30)
        assert all(cache.ready(i) for i in range(len(cache)))
    finally:
        cache.close()


def test_notes(doc):
    scenes = scene_list(doc, "en", kpi=False)
    a = scene_notes(doc, scenes[0], "en", TODAY)
    assert "2 objectives" in a and "2 value chains" in a and "2026 to 2031" in a
    b = scene_notes(doc, scenes[1], "en", TODAY)
    assert "3 actions and 1 milestone;" in b and "2 dependencies" in b
    assert "Science 1" in b and "Technology 2" in b and "Go-beslissing" in b
    assert "D1 Langer thuis" in b
    nl = scene_notes(doc, scenes[1], "nl", TODAY)
    assert "mijlpalen" in nl and "3 acties en 1 mijlpaal;" in nl


def test_workshop_notes_are_drawn_when_present(doc):
    doc = dict(doc)
    doc["workshop_note"] = [
        {"id": "n1", "value_chain_id": "vc1", "lane_id": "l_tec", "text": "Vraag aan de zaal",
         "date": "2027-03-15", "parking_lot": False},
        {"id": "n2", "value_chain_id": "vc1", "lane_id": "l_sci", "text": "Later bekijken",
         "date": "2027-03-15", "parking_lot": True},
        {"id": "n3", "value_chain_id": "vc2", "lane_id": None, "text": "Andere keten",
         "date": None, "parking_lot": False},
    ]
    plain = build_scene(doc | {"workshop_note": []}, Scene("b", "part_b", "B", "vc1"), "en", TODAY)
    sv = build_scene(doc, Scene("b", "part_b", "B", "vc1"), "en", TODAY)
    assert _steps_of(sv, "workshop_note", "n1") == {2}  # with the technology lane
    assert _steps_of(sv, "workshop_note", "n2") == {sv.n_steps - 1}
    assert not _steps_of(sv, "workshop_note", "n3")
    sticky = next(p for p in sv.visual.items if isinstance(p, Rect) and p.ref == ("workshop_note", "n1"))
    lane = next(ln for ln in sv.lanes if ln.lane_id == "l_tec")
    assert lane.y0 <= sticky.y < lane.y1
    assert sticky.x == pytest.approx(sv.axis.x_of(dt.date(2027, 3, 15)))
    assert sv.visual.height > plain.visual.height  # the parking-lot strip
    assert any(isinstance(p, Text) and p.text == "Parking lot" for p in sv.visual.items)
    assert len(sv.steps) == len(sv.visual.items)


def test_note_ops(doc, monkeypatch):
    sv = build_scene(doc, Scene("b", "part_b", "B", "vc1"), "en", TODAY)
    lane = next(ln for ln in sv.lanes if ln.lane_id == "l_sci")
    x = sv.axis.x_of(dt.date(2028, 2, 10))
    monkeypatch.setattr(edit, "has_workshop_notes", lambda: False)
    assert edit.note_ops(sv, x, lane.y0 + 5, "Idee") == []
    monkeypatch.setattr(edit, "has_workshop_notes", lambda: True)
    ops = edit.note_ops(sv, x, lane.y0 + 5, " Idee ", parking_lot=True)
    assert len(ops) == 1 and ops[0].entity == "workshop_note"
    assert ops[0].values == {"text": "Idee", "value_chain_id": "vc1", "date": "2028-02-10",
                             "parking_lot": True, "lane_id": "l_sci"}


def test_kpi_scene_comes_last_and_shows_the_traffic_lights(doc):
    scenes = scene_list(doc, "en")
    assert scenes[-1].kind == "kpi"
    sv = build_scene(doc, scenes[-1], "en", TODAY)
    assert sv.n_steps == 1 and ("kpi", "k1") in {p.ref for p in sv.visual.items}
    notes = scene_notes(doc, scenes[-1], "en", TODAY)
    assert "traffic lights" in notes and "1 " in notes


def test_cache_lays_out_part_b_scenes_incrementally(tmp_path):
    """After edits named by their rows, a Part B scene laid out incrementally equals the
    scene laid out from the new document in full."""
    import random

    from db.interchange import export_document, import_document
    from desktop.domain.presentation.scenes import build_scene
    from tests.generate import generate_document

    store = import_document(generate_document(150, seed=8), tmp_path / "p.roadmap")
    cache = SceneCache(export_document(store), "en", today=TODAY, kpi=False)
    part_b = [i for i, s in enumerate(cache.scenes) if s.kind == "part_b"]
    for i in part_b:
        cache.get(i)
    rnd = random.Random(8)
    ids = [r["id"] for r in store.rows("action")]
    full = {k: t.full_layouts for k, t in cache._timelines.items()}
    for step in range(12):
        aid = rnd.choice(ids)
        day = 1 + rnd.randrange(27)
        if step % 4 == 3:
            ops = [Create("action", {"title": f"Idee {step}", "value_chain_id": "vc1", "lane_id": "l1-2",
                                     "start_date": f"2028-03-{day:02d}", "end_date": "2028-09-30"})]
        else:
            ops = [Update("action", aid, {"start_date": f"2027-05-{day:02d}", "end_date": "2029-01-31",
                                          "title": f"Bewerkt {step}"})]
        change = store.apply(ops)
        cache.set_document(export_document(store), rows=[(r.entity, r.id) for r in change.rows])
        doc = cache.doc
        for i in part_b:
            got = cache.get(i)
            want = build_scene(doc, cache.scenes[i], "en", TODAY)
            # the same primitives with the same reveal steps (bars may come in another
            # order: they never overlap, so the picture is the same)
            assert sorted(zip(map(repr, got.visual.items), got.steps)) == \
                sorted(zip(map(repr, want.visual.items), want.steps)), (step, i)
            assert got.bars == want.bars and got.lanes == want.lanes
    assert all(cache._timelines[k].full_layouts == n for k, n in full.items())
    store.close()
