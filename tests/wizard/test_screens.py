"""Offscreen screenshots of every step of the wizard on the demo roadmap (for looking at)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from db.interchange import import_document
from desktop.domain.sections import STEPS
from desktop.session import RoadmapSession

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"
SHOTS = Path("/tmp/wizard-shots")


@pytest.fixture
def demo_session(tmp_path):
    s = RoadmapSession(import_document(json.loads(DEMO.read_text(encoding="utf-8")),
                                       tmp_path / "demo.roadmap"))
    yield s
    s.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_screenshot_every_step(qtbot, demo_session, lang):
    from desktop.wizard.view import WizardView

    w = WizardView(demo_session, lang)
    qtbot.addWidget(w)
    w.resize(1500, 900)
    w.show()
    qtbot.waitExposed(w)
    SHOTS.mkdir(exist_ok=True)
    keys = [(f"step{s.number}", s.sections[0].key) for s in STEPS]
    keys += [("actions", "3.actions"), ("kpis", "4.kpis"), ("selection", "1.selection")]
    for name, key in keys:
        page = w.show_section(key)
        qtbot.wait(10)
        image = w.grab().toImage()
        image.save(str(SHOTS / f"{lang}-{name}.png"))
        # the page shows its content: the heading and, for table pages, rows
        assert page.isVisible() and image.width() == 1500
        colours = {image.pixelColor(x, y).name() for x in range(300, 1500, 37) for y in range(0, 900, 29)}
        assert len(colours) > 5, f"{key} looks blank"
        for panel in page.tables.values():
            if panel.spec.entity != "snapshot":
                assert panel.model.rowCount() > 0, f"{key}: {panel.spec.entity} is empty"
    assert w.problem_panel.model.rowCount() == len(w.problems[:200])
    assert QColor(w.palette().window().color()).isValid()
