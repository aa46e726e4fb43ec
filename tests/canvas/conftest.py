"""Shared fixtures of the canvas tests: a Part B view of a big generated roadmap."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from db.interchange import import_document
from desktop.app.session import RoadmapSession
from desktop.canvas.part_b_view import PartBView
from tests.generate import generate_document


@contextmanager
def big_part_b_view(qtbot, tmp_path):
    """A shown 1400x800 Part B view of a generated 400-task roadmap; closed on exit."""
    store = import_document(generate_document(400, seed=5), tmp_path / "big.roadmap")
    session = RoadmapSession(store)
    view = PartBView(session, "en")
    qtbot.addWidget(view)
    view.resize(1400, 800)
    with qtbot.waitExposed(view):
        view.show()
    yield view
    view.close()
    session.close()


@pytest.fixture
def big(qtbot, tmp_path):
    with big_part_b_view(qtbot, tmp_path) as view:
        yield view


def scene_state(view) -> dict:
    tl = view.view.timeline
    return {
        "bars": {k: (round(i.scenePos().x(), 6), round(i.scenePos().y(), 6), i.geom)
                 for k, i in tl.bars.items()},
        "arrows": {k: a.scene_points() for k, a in tl.arrows.items()},
        "arrows_of": {k: sorted(v) for k, v in tl.arrows_of.items() if v},
        "lanes": [(ln.key, ln.y, ln.h) for ln in tl.layout.lanes],
        "blocks": tl.overview_blocks(),
        "rect": tl.sceneRect(),
    }
