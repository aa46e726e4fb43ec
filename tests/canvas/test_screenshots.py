"""Offscreen screenshots of Part A and Part B of the demo, written under tmp_path (and to
$CANVAS_SHOTS when set, for looking at). The checks compare the picture with the scene:
every box or bar the view shows is painted where the scene puts it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.app.session import RoadmapSession
from desktop.canvas.part_a_view import NodeItem
from desktop.canvas.views import PartAView, PartBView
from desktop.demo import fresh_demo


@pytest.fixture
def session(tmp_path):
    s = RoadmapSession(fresh_demo(tmp_path / "demo.roadmap"))
    yield s
    s.close()


def _save(image, name: str, tmp_path: Path) -> None:
    folders = [tmp_path] + ([Path(os.environ["CANVAS_SHOTS"])] if os.environ.get("CANVAS_SHOTS") else [])
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        assert image.save(str(folder / f"{name}.png"))


def _painted_where_the_scene_says(view, items) -> list:
    """Items in the viewport whose own area of the picture does not change when they are
    hidden: they are not painted where the scene puts them. Judged are the items with at
    least 4 × 4 pixels in view (an item cut off at the edge may show only its blank margin)."""
    def in_view(i):
        r = view.mapFromScene(i.sceneBoundingRect()).boundingRect() & view.viewport().rect()
        return r.width() >= 4 and r.height() >= 4

    items = [i for i in items if in_view(i)]
    assert len(items) >= 3, "too few items in view to judge the picture"
    shown = view.viewport().grab().toImage()
    for i in items:
        i.hide()
    hidden = view.viewport().grab().toImage()
    for i in items:
        i.show()
    ratio = shown.width() / max(view.viewport().width(), 1)
    blank = []
    for i in items:
        r = view.mapFromScene(i.sceneBoundingRect()).boundingRect() & view.viewport().rect()
        xs = range(int(r.left() * ratio), int(r.right() * ratio) + 1)
        ys = range(int(r.top() * ratio), int(r.bottom() * ratio) + 1)
        if not any(shown.pixel(x, y) != hidden.pixel(x, y) for x in xs for y in ys):
            blank.append(i)
    return blank


def test_part_a_screenshot(qtbot, session, tmp_path):
    view = PartAView(session, "nl")
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    with qtbot.waitExposed(view):
        view.show()
    view.fit_all()
    _save(view.grab().toImage(), "part_a", tmp_path)
    nodes = [i for i in view.scene.items() if isinstance(i, NodeItem)]
    assert len(nodes) >= 5
    assert _painted_where_the_scene_says(view.view, nodes) == []


def test_part_b_screenshot(qtbot, session, tmp_path):
    view = PartBView(session, "nl")
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    with qtbot.waitExposed(view):
        view.show()
    view.fit_width()
    _save(view.grab().toImage(), "part_b", tmp_path)
    scene = view.view.timeline
    dated = {a["id"] for a in session.store.rows("action") if a.get("start_date") and a.get("end_date")}
    assert dated and dated <= set(scene.bars)  # every planned action has its bar
    assert _painted_where_the_scene_says(view.view, scene.bars.values()) == []
