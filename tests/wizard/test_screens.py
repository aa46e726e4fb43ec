"""Offscreen screenshots of every step of the wizard on the demo roadmap. They are written
under tmp_path (and to $WIZARD_SHOTS when set, for looking at); the checks are on what
matters: the page's heading says the section in the page's language and is painted inside
the window, and table pages show the demo's rows."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from db.interchange import import_document
from desktop.app.session import RoadmapSession
from desktop.domain.wizard.sections import BY_KEY, STEPS

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"


@pytest.fixture
def demo_session(tmp_path):
    s = RoadmapSession(import_document(json.loads(DEMO.read_text(encoding="utf-8")),
                                       tmp_path / "demo.roadmap"))
    yield s
    s.close()


def _ink(image, rect) -> int:
    """How many sampled pixels in `rect` are much darker than the background (text)."""
    bg = QColor(image.pixelColor(rect.right() + 4, rect.center().y())).lightness()
    return sum(1 for x in range(rect.left(), rect.right(), 2) for y in range(rect.top(), rect.bottom(), 2)
               if QColor(image.pixelColor(x, y)).lightness() < bg - 80)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_screenshot_every_step(qtbot, demo_session, lang, tmp_path):
    from desktop.wizard.view import WizardView

    w = WizardView(demo_session, lang)
    qtbot.addWidget(w)
    w.resize(1500, 900)
    with qtbot.waitExposed(w):
        w.show()
    folders = [tmp_path / "shots"] + ([Path(os.environ["WIZARD_SHOTS"])] if os.environ.get("WIZARD_SHOTS") else [])
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    keys = [(f"step{s.number}", s.sections[0].key) for s in STEPS]
    keys += [("actions", "3.actions"), ("kpis", "4.kpis"), ("selection", "1.selection")]
    for name, key in keys:
        page = w.show_section(key)
        qtbot.waitUntil(page.isVisible)
        image = w.grab().toImage()
        for folder in folders:
            assert image.save(str(folder / f"{lang}-{name}.png"))
        assert image.width() == 1500
        spec = BY_KEY[key]
        [heading] = [lb for lb in page.findChildren(QLabel) if lb.accessibleName() == spec.title(lang)]
        from desktop.domain.wizard.section_numbers import NUMBERS  # the wizard's own numbers

        assert heading.text() == f"{NUMBERS[spec.key]}  {spec.title(lang)}"
        rect = heading.rect().translated(heading.mapTo(w, QPoint(0, 0)))
        rect.setWidth(min(rect.width(), heading.fontMetrics().horizontalAdvance(heading.text())))
        assert w.rect().contains(rect), f"{key}: heading outside the window"
        assert _ink(image, rect) > 20, f"{key}: heading not painted"
        for panel in page.tables.values():
            if panel.spec.entity != "snapshot":
                assert panel.model.rowCount() > 0, f"{key}: {panel.spec.entity} is empty"
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == sorted(f"{lang}-{n}.png" for n, _ in keys)
    assert w.problem_panel.model.rowCount() == len(w.problems[:200])
