"""Canvas feedback through real mouse events: a hover tool tip on a bar (title, dates,
owner, TRL, status) and the new dates shown live while dragging."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from db.ops import Update
from tests.canvas.test_part_b_view import NO, L, bar_center, px_days, view  # noqa: F401


def test_hover_tooltip_names_title_dates_owner_trl_and_status(qtbot, view):  # noqa: F811
    view.session.apply([Update("action", "a1", {"trl_start": 3, "trl_end": 6,
                                                "status": "ongoing"})], "set")
    pos = bar_center(view, "a1")
    viewport = view.view.viewport()
    QTest.mouseMove(viewport, pos)
    QApplication.sendEvent(viewport, QHelpEvent(QHelpEvent.Type.ToolTip, pos,
                                                viewport.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    for part in ("Sensorplatform", "2026-01-01 – 2027-06-30", "Imec", "3 → 6"):
        assert part in text, text
    QToolTip.hideText()


def test_dates_are_shown_while_dragging(qtbot, view):  # noqa: F811
    start = bar_center(view, "a1")
    viewport = view.view.viewport()
    QTest.mousePress(viewport, L, NO, start)
    end = start + QPoint(px_days(view, 92), 0)
    for i in range(1, 5):
        QTest.mouseMove(viewport, start + (end - start) * (i / 4))
    assert view.view.live_dates == "2026-04-01 – 2027-09-30"
    assert QToolTip.isVisible() and "2026-04-01" in QToolTip.text()
    QTest.mouseRelease(viewport, L, NO, end)
    assert view.session.store.get("action", "a1")["start_date"] == "2026-04-01"
