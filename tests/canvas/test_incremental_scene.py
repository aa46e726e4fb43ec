"""The Part B canvas updates only the items an edit touches, and what it shows after a
sequence of edits (mouse drags, keys, undo, redo, creates and deletes) is exactly what a
freshly opened view of the same roadmap shows."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from db.ops import Create, Delete, Update
from desktop.canvas.part_b_view import PartBView, load_data
from desktop.domain.visuals.part_b_layout import build_timeline
from tests.canvas.conftest import big_part_b_view, scene_state

L = Qt.MouseButton.LeftButton
NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def big_plain(qtbot, tmp_path, monkeypatch):
    """As `big`, routed as big roadmaps are (no obstacle avoidance): arrows between lanes
    that moved are translated, and follow their lanes in the scene untouched."""
    from desktop.canvas import part_b_view

    monkeypatch.setattr(part_b_view, "ROUTE_OBSTACLES_MAX", 0)
    with big_part_b_view(qtbot, tmp_path) as view:
        assert not view.layouter.route_obstacles
        yield view


def fresh_layout(view):
    data = load_data(view.session.store)
    return build_timeline(data, view.chain_id, view.lang, view.layout_filters(),
                          today=view.layouter.today, route_obstacles=view.layouter.route_obstacles)


def assert_matches_fresh(view, qtbot) -> None:
    want = fresh_layout(view)
    lay = view.view.timeline.layout
    assert lay.bars == want.bars
    assert lay.arrows == want.arrows
    assert lay.lanes == want.lanes
    other = PartBView(view.session, view.lang)  # a view opened now, laid out in full
    qtbot.addWidget(other)
    try:
        assert scene_state(view) == scene_state(other)
    finally:
        other.session.changed.disconnect(other._on_change)
        other.deleteLater()


def test_edits_keep_the_scene_equal_to_a_fresh_view(big, qtbot):
    _random_edits(big, qtbot)


def test_lanes_moving_keep_the_scene_equal_to_a_fresh_view(big_plain, qtbot, monkeypatch):
    from desktop.domain.visuals.timeline_incremental import IncrementalTimeline

    seen = {"lanes": 0, "arrows": 0}
    plain = IncrementalTimeline.update

    def update(self, rows):
        delta = plain(self, rows)
        seen["lanes"] += len(delta.lane_dy)
        seen["arrows"] += len(delta.arrows_shifted)
        return delta

    monkeypatch.setattr(IncrementalTimeline, "update", update)
    _random_edits(big_plain, qtbot)
    assert seen["lanes"] and seen["arrows"]  # lanes moved, and arrows with them


def _random_edits(view, qtbot):
    session = view.session
    rnd = random.Random(3)
    full_before = view.layouter.full_layouts
    ids = list(view.view.timeline.bars)
    lanes = [r["id"] for r in session.store.rows("lane")]
    for step in range(25):
        aid = rnd.choice(ids)
        row = session.store.get("action", aid)
        if row is None:
            continue
        choice = step % 5
        if choice == 0:
            s = dt.date.fromisoformat(row["start_date"]) + dt.timedelta(days=rnd.randrange(-120, 120))
            ops = [Update("action", aid, {"start_date": s.isoformat(),
                                          "end_date": max(s, dt.date.fromisoformat(row["end_date"])).isoformat()})]
        elif choice == 1:
            lane = session.store.get("lane", rnd.choice(lanes))
            ops = [Update("action", aid, {"lane_id": lane["id"], "value_chain_id": lane["value_chain_id"]})]
        elif choice == 2:
            ops = [Create("action", {"title": f"New {step}", "value_chain_id": row["value_chain_id"],
                                     "lane_id": row["lane_id"], "start_date": "2028-01-01",
                                     "end_date": "2028-12-31"})]
        elif choice == 3:
            other = rnd.choice(ids)
            if other == aid:
                continue
            a, b = sorted([aid, other], key=lambda i: int(i[1:]) if i[1:].isdigit() else 0)
            ops = [Create("dependency", {"from_action_id": a, "to_action_id": b})]
        else:
            ops = [Delete("action", aid)]
        try:
            session.apply(ops, "edit")
        except Exception:  # noqa: BLE001 - a refused edit (e.g. a cycle) changes nothing
            continue
        if step % 6 == 5:
            session.undo_stack.undo()
    assert view.layouter.full_layouts == full_before  # every edit was laid out incrementally
    assert_matches_fresh(view, qtbot)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert_matches_fresh(view, qtbot)


def test_mouse_drag_commit_touches_only_the_dragged_bar(big, qtbot):
    view = big
    tv = view.view
    tv.set_zoom(1.0)
    lay = tv.timeline.layout
    tv.centerOn(QPointF(lay.width / 2, lay.height * 0.6))
    centre = tv.mapToScene(tv.viewport().rect().center())
    bars = sorted((b for b in tv.timeline.bars.values() if b.geom.kind == "action"),
                  key=lambda b: (b.scene_bar_rect().center() - centre).manhattanLength())
    bar = next(b for b in bars if tv.mapFromScene(b.scene_bar_rect()).boundingRect().width() > 40)
    others = {k: i.geom for k, i in tv.timeline.bars.items() if k != bar.action_id}
    old_start = bar.geom.start
    start = tv.mapFromScene(bar.scene_bar_rect().center())
    viewport = tv.viewport()
    QTest.mousePress(viewport, L, NO, start)
    for i in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(12 * i, 0))
    QTest.mouseRelease(viewport, L, NO, start + QPoint(60, 0))
    assert view.session.undo_stack.count() == 1
    new = tv.timeline.bars[bar.action_id]
    assert new.geom.start > old_start
    # bars in the lanes above kept their very geometry objects (the scene did not touch them)
    above = [k for k, g in others.items() if g.y < lay.lane(bar.geom.lane_key).y]
    assert above and all(tv.timeline.bars[k].geom is others[k] for k in above)
    assert_matches_fresh(view, qtbot)
    # a drag that is put back (Escape) leaves the scene as the layout has it
    start = tv.mapFromScene(new.scene_bar_rect().center())
    QTest.mousePress(viewport, L, NO, start)
    for i in range(1, 4):
        QTest.mouseMove(viewport, start + QPoint(15 * i, 0))
    QTest.keyClick(tv, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, L, NO, start + QPoint(45, 0))
    assert view.session.undo_stack.count() == 1
    assert_matches_fresh(view, qtbot)


def test_drag_commit_repaints_the_arrows_leg_by_leg(big, qtbot):
    """Committing a drag repaints the changed arrows as thin boxes around their legs, not
    their bounding boxes (which can span the chart), and never the whole scene."""
    from desktop.canvas.arrow_layer import ARROW_PAD

    view = big
    tv = view.view
    tl = tv.timeline
    tv.set_zoom(1.0)
    lay = tl.layout
    tv.centerOn(QPointF(lay.width / 2, lay.height * 0.5))

    def tall(aid):
        return sum(tl.arrows[k].bounds.height() for k in tl.arrows_of.get(aid, ()))

    shown = [b for b in tl.bars.values() if b.geom.kind == "action" and
             tv.mapFromScene(b.scene_bar_rect()).boundingRect().width() > 40 and
             tv.viewport().rect().contains(tv.mapFromScene(b.scene_bar_rect().center()))]
    bar = max(shown, key=lambda b: tall(b.action_id))
    mine = set(tl.arrows_of[bar.action_id])
    before = {k: a.scene_points() for k, a in tl.arrows.items()}
    asked: list = []
    plain_update = tl.update
    tl.update = lambda *r: (asked.append(r[0]) if r else asked.append(None), plain_update(*r))[1]
    start = tv.mapFromScene(bar.scene_bar_rect().center())
    viewport = tv.viewport()
    QTest.mousePress(viewport, L, NO, start)
    asked.clear()  # from here: the drag's moves and the commit
    for i in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(12 * i, 0))
    QTest.mouseRelease(viewport, L, NO, start + QPoint(60, 0))
    del tl.update
    assert view.session.undo_stack.count() == 1
    assert None not in asked  # never the whole scene
    moved = {k for k, a in tl.arrows.items() if a.scene_points() != before.get(k)}
    assert moved & mine  # (arrows routed around the bar's new place may change too)
    legs = {k: [r.translated(0, tl.arrows[k].layer.y()) for r in tl.arrows[k].dirty_rects()] for k in moved}
    for r in asked:  # each box is a leg's or a head's, padded
        assert min(r.width(), r.height()) <= 2 * ARROW_PAD + 12
    boxes = sum(tl.arrows[k].bounds.width() * tl.arrows[k].bounds.height() for k in moved)
    area = sum(r.width() * r.height() for rs in legs.values() for r in rs)
    assert area < 0.5 * boxes
    for rs in legs.values():  # the arrows as they are now were asked for
        assert all(any(a.contains(r) for a in asked) for r in rs)
    assert_matches_fresh(view, qtbot)
