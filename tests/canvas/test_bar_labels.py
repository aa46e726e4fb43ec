"""Bar labels on the Part B canvas stay clear of their TRL pills: the canvas draws the
label and pill boxes of the exported figure (part_b.bar_texts), fitted by the same code
(textfit), and its text takes the width the layout measured. Checked on the items as
painted, with Qt's own metrics of the font they are drawn in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from db.interchange import import_document, load_json
from desktop.app.session import RoadmapSession
from desktop.canvas.items import TEXT_SCALE, BarItem, font
from desktop.canvas.views import PartBView
from desktop.domain.paths import demo_json
from desktop.domain.visuals.part_b import bar_texts
from desktop.domain.visuals.visual import Rect
from tests.export.hard_roadmap import hard_document


@pytest.fixture(params=["demo", "hard320"])
def view(request, qtbot, tmp_path):
    doc = load_json(demo_json()) if request.param == "demo" else hard_document(320)
    session = RoadmapSession(import_document(doc, tmp_path / "r.roadmap"))
    v = PartBView(session, "nl")
    qtbot.addWidget(v)
    v.resize(1400, 800)
    with qtbot.waitExposed(v):
        v.show()
    yield v
    v.close()
    session.close()


def painted_bars(view) -> list[BarItem]:
    """Every bar of the scene, painted once at 1.5x (labels are drawn from 11 px up)."""
    scene = view.view.timeline
    rect = scene.itemsBoundingRect()
    image = QImage(int(rect.width() * 1.5) + 1, int(rect.height() * 1.5) + 1, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return list(scene.bars.values())


def test_bar_labels_stay_clear_of_their_pills(view):
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    probe = QPainter(image)
    m = view.view.timeline.layout.metrics
    metrics = QFontMetricsF(font(m.label_size * TEXT_SCALE, False, probe))
    probe.end()
    checked = with_pill = squeezed = 0
    for item in painted_bars(view):
        g = item.geom
        if item._texts is None or not g.lines:
            continue
        labels, badge = item._texts[1]
        boxes = [t for t in bar_texts(g, m) if not isinstance(t, Rect)][: len(g.lines)]
        for pos, text, _, squeeze in labels:
            x0 = pos.x() / TEXT_SCALE
            x1 = x0 + metrics.horizontalAdvance(text.text()) * squeeze / TEXT_SCALE
            squeezed += squeeze < 1.0
            # the export's label box (shared code) holds the line as Qt draws it
            assert any(b.x - 0.01 <= x0 and x1 <= b.x + b.w + 0.5 for b in boxes), (text.text(), x0, x1)
            if badge is not None:
                pill = badge[0]
                overlap = min(x1, pill.right()) - max(x0, pill.left())
                assert overlap <= 0.25, f"{text.text()!r} runs {overlap:.1f} under its pill {g.badge!r}"
            checked += 1
        with_pill += badge is not None
    assert checked >= 30 and with_pill >= 20, (checked, with_pill)
    assert squeezed <= max(2, checked // 20), f"{squeezed} of {checked} lines condensed"
