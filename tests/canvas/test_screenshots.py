"""Offscreen screenshots of Part A and Part B of the demo (kept in /tmp/routekaart-canvas
for people to look at), checked for being real pictures."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.canvas.views import PartAView, PartBView
from desktop.demo import fresh_demo
from desktop.session import RoadmapSession

OUT = Path("/tmp/routekaart-canvas")


@pytest.fixture
def session(tmp_path):
    s = RoadmapSession(fresh_demo(tmp_path / "demo.roadmap"))
    yield s
    s.close()


def _colours(image) -> int:
    seen = set()
    for y in range(0, image.height(), 17):
        for x in range(0, image.width(), 13):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.parametrize("factory, name", [(PartAView, "part_a"), (PartBView, "part_b")])
def test_screenshot(qtbot, session, factory, name):
    view = factory(session, "nl")
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitExposed(view)
    if isinstance(view, PartBView):
        view.fit_width()
    else:
        view.fit_all()
    image = view.grab().toImage()
    OUT.mkdir(parents=True, exist_ok=True)
    image.save(str(OUT / f"{name}.png"))
    assert image.width() == 1600
    assert _colours(image) > 40  # bars, lanes, text: far from a blank widget
