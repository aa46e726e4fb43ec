"""The Today badge of the Part B time header never covers a header label (term, year,
quarter or month): checked on the boxes the header paints, measured with Qt's font
metrics, for dates all over the horizon and at the zoom levels the user reaches with
Ctrl+= / Ctrl+- key presses on the canvas."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from desktop.app.session import RoadmapSession
from desktop.canvas.header import ROW_SUB, ROW_TERM, ROW_YEAR
from desktop.canvas.views import PartBView
from tests.helpers import basic_rows


@pytest.fixture
def view(qtbot, store):
    basic_rows(store)
    v = PartBView(RoadmapSession(store), "nl")
    qtbot.addWidget(v)
    v.resize(1400, 700)
    with qtbot.waitExposed(v):
        v.show()
    v.set_chain("vc1")
    v.fit_width()
    return v


def _dates(lay):
    d, end = lay.scale.start, lay.scale.end
    while d <= end:
        yield d
        d += dt.timedelta(days=9)


def _check_all_dates(view) -> tuple[int, int]:
    """Every date of the horizon as today: the badge (or marker) covers no label.
    Returns (dates tried, dates where a badge centred on the quarter row would have
    covered a label, as it was painted before)."""
    header = view.header
    lay = view.view.timeline.layout
    real_today = lay.today
    tried = centred_hits = 0
    try:
        for d in _dates(lay):
            lay.today = d
            b = header.boxes()
            if b.today_x is None or not 0 <= b.today_x <= header.width():
                continue
            tried += 1
            assert b.labels, "the header shows labels"
            inks = [lb.ink_box for lb in b.labels]
            if b.badge is not None:
                assert b.badge.left() <= b.today_x <= b.badge.right()  # beside its line
                for lb in b.labels:
                    assert not b.badge.intersects(lb.ink_box), (d, lb.text, b.badge, lb.ink_box)
                # the word fits inside the badge
                fm = QFontMetricsF(header._fonts()[1])
                assert fm.horizontalAdvance(header.words["today"]) <= b.badge.width()
            elif b.marker is not None:
                assert not any(b.marker.boundingRect().intersects(i) for i in inks)
            for y0, y1 in b.today_line:  # the line itself does not run through a label
                for ink in inks:
                    if ink.left() <= b.today_x <= ink.right():
                        assert y1 <= ink.top() + 1 or y0 >= ink.bottom() - 1, (d, y0, y1, ink)
            old = QRectF(b.today_x - 24, ROW_TERM + ROW_YEAR + 1, 48, ROW_SUB - 2)
            centred_hits += any(old.intersects(i) for i in inks)
    finally:
        lay.today = real_today
    return tried, centred_hits


def test_today_badge_covers_no_header_label_at_any_zoom(qtbot, view):
    canvas = view.view
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    canvas.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    results = [_check_all_dates(view)]
    for _ in range(4):  # zoom in with the keys: quarters, then months in the header
        qtbot.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        results.append(_check_all_dates(view))
    for _ in range(7):
        qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    results.append(_check_all_dates(view))
    assert all(tried > 10 for tried, _ in results), results
    # the old place (centred on the quarter row) covered a label for many of these dates
    assert sum(hits for _, hits in results) > 20, results
    view.header.grab()  # and it paints without warnings
