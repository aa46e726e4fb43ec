"""The Part A canvas: nudging a box with the mouse, redraw on edits, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from db.ops import Update
from desktop.app.session import RoadmapSession
from desktop.canvas.views import PartAView
from desktop.demo import fresh_demo
from desktop.domain.visuals.nudges import NUDGES

L = Qt.MouseButton.LeftButton
NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def demo_session(tmp_path):
    store = fresh_demo(tmp_path / "demo.roadmap")
    session = RoadmapSession(store)
    yield session
    NUDGES.clear(store.roadmap()["id"])
    session.close()


@pytest.fixture
def view(qtbot, demo_session):
    v = PartAView(demo_session, "en")
    qtbot.addWidget(v)
    v.resize(1300, 900)
    with qtbot.waitExposed(v):
        v.show()
    v.view.resetTransform()
    return v


def test_drag_a_box_nudges_it(view, qtbot):
    chain = view.session.store.rows("value_chain")[0]
    key = ("value_chain", chain["id"])
    item = view.nodes[key]
    x0, y0 = item.node.x, item.node.y
    start = view.view.mapFromScene(QPointF(x0 + 40, y0 + 8))
    viewport = view.view.viewport()
    QTest.mousePress(viewport, L, NO, start)
    for i in range(1, 5):
        QTest.mouseMove(viewport, start + QPoint(0, 10 * i))
    QTest.mouseRelease(viewport, L, NO, start + QPoint(0, 40))
    qtbot.waitUntil(lambda: view.nodes[key].node.y != y0, timeout=2000)
    dx, dy = NUDGES.of(view.roadmap_id)[key]
    assert dx == pytest.approx(0, abs=0.01) and dy == pytest.approx(40 / view.view.transform().m11(), abs=0.6)
    assert view.nodes[key].node.y == pytest.approx(y0 + dy)
    assert view.nodes[key].pos().isNull()  # the layout moved the box, the item sits at 0
    view.reset_layout()
    assert view.nodes[key].node.y == y0


def test_redraws_on_change(view):
    chain = view.session.store.rows("value_chain")[0]
    view.session.apply([Update("value_chain", chain["id"], {"name": "Nieuwe naam"})], "rename")
    texts = [p.text for p in view.layout_.visual.items if hasattr(p, "text")]
    assert any("Nieuwe naam" in t for t in texts)


def test_export(view, tmp_path):
    png = view.export_to(tmp_path / "a.png", dpi=72)
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in view.export_to(tmp_path / "a.svg").read_text(encoding="utf-8")


def test_views_of_an_empty_roadmap(qtbot, store):
    from desktop.canvas.views import PartBView

    session = RoadmapSession(store)
    for factory in (PartAView, PartBView):
        v = factory(session, "nl")
        qtbot.addWidget(v)
        v.resize(800, 500)
        with qtbot.waitExposed(v):
            v.show()
        assert not v.grab().isNull()


def test_redraws_only_when_part_a_changes(view):
    """Part A draws of an action only its chain, dates, kind and status: other edits patch
    its rows without laying it out again, and what it shows equals a fresh view's."""
    from desktop.canvas.part_b_view import load_data
    from desktop.domain.visuals.part_a import build_part_a
    from desktop.domain.visuals.roadmap_data import PART_A_ENTITIES, PART_B_ENTITIES

    store = view.session.store
    a = store.rows("action")[0]
    before = view.layout_
    view.session.apply([Update("action", a["id"], {"title": "Alleen de titel"})], "rename")
    assert view.layout_ is before  # nothing Part A shows changed
    view.session.apply([Update("action", a["id"], {"start_date": "2027-02-01",
                                                    "end_date": "2028-03-31"})], "move")
    assert view.layout_ is not before
    fresh = build_part_a(load_data(store, PART_B_ENTITIES + PART_A_ENTITIES), "en",
                         NUDGES.of(store.roadmap()["id"]))
    assert view.layout_.visual.items == fresh.visual.items


def part_a_state(v) -> dict:
    """What a Part A view shows: the page, the static drawing, each box's node and place."""
    scene_items = v.scene.items()
    return {"page": v._paper.rect(), "static": v._static.visual.items,
            "bounds": v._static.boundingRect(),
            "nodes": {k: (i.node, i.pos(), i.isSelected()) for k, i in v.nodes.items()},
            "items": len(scene_items), "rect": v.scene.sceneRect(),
            "in_scene": all(i.scene() is v.scene for i in v.nodes.values())}


def test_edits_patch_the_scene_to_what_a_fresh_view_shows(view, qtbot):
    """After random edits through apply the patched scene equals one built from scratch,
    and a box an edit did not touch keeps its item."""
    import random

    rnd = random.Random(7)
    store = view.session.store
    chains = store.rows("value_chain")
    objectives = store.rows("objective")
    kept_any = False
    for i in range(12):
        before = dict(view.nodes)
        pick = rnd.randrange(3)
        if pick == 0:
            c = rnd.choice(chains)
            ops = [Update("value_chain", c["id"], {"name": f"Keten {i}"})]
        elif pick == 1:
            o = rnd.choice(objectives)
            ops = [Update("objective", o["id"], {"title": f"Doel {i} " + "woord " * rnd.randrange(4)})]
        else:
            a = rnd.choice(store.rows("action"))
            year = rnd.randrange(2025, 2031)
            ops = [Update("action", a["id"], {"start_date": f"{year}-01-01", "end_date": f"{year + 1}-06-30",
                                              "status": rnd.choice(["planned", "running", "done"])})]
        view.session.apply(ops, f"edit {i}")
        kept_any |= any(view.nodes.get(k) is item for k, item in before.items())
        fresh = PartAView(view.session, "en")
        qtbot.addWidget(fresh)
        try:
            assert part_a_state(view) == part_a_state(fresh)
        finally:
            view.session.changed.disconnect(fresh._on_change)
            fresh.deleteLater()
    assert kept_any  # patched, not rebuilt
