"""The Part B canvas driven by real mouse and key events on its viewport."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from desktop.app.session import RoadmapSession
from desktop.canvas.action_dialog import ActionDialog
from desktop.canvas.views import PartBView
from tests.helpers import basic_rows

L = Qt.MouseButton.LeftButton
NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def view(qtbot, store):
    basic_rows(store)
    session = RoadmapSession(store)
    v = PartBView(session, "nl")
    qtbot.addWidget(v)
    v.resize(1400, 700)
    with qtbot.waitExposed(v):
        v.show()
    v.set_chain("vc1")
    return v


def vp(view, x: float, y: float) -> QPoint:
    return view.view.mapFromScene(QPointF(x, y))


def bar_center(view, action_id: str) -> QPoint:
    r = view.view.timeline.bars[action_id].scene_bar_rect()
    return vp(view, r.center().x(), r.center().y())


def drag(view, start: QPoint, end: QPoint, mods=NO, steps: int = 4) -> None:
    viewport = view.view.viewport()
    QTest.mousePress(viewport, L, mods, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * (i / steps))
    QTest.mouseRelease(viewport, L, mods, end)


def px_days(view, days: float) -> int:
    """Screen pixels for `days` at the current zoom."""
    return round(days * view.view.timeline.layout.scale.px_per_day * view.view.zoom())


def action(view, aid):
    return view.session.store.get("action", aid)


def test_drag_moves_with_month_snap_and_undo(view):
    start = bar_center(view, "a1")
    drag(view, start, start + QPoint(px_days(view, 92), 0))
    row = action(view, "a1")
    assert (row["start_date"], row["end_date"]) == ("2026-04-01", "2027-09-30")
    # the canvas redrew from session.changed
    bar = view.view.timeline.bars["a1"]
    assert bar.geom.start == dt.date(2026, 4, 1)
    assert abs(bar.scenePos().x() - view.view.timeline.layout.scale.to_x(dt.date(2026, 4, 1))) < 0.01
    view.session.undo_stack.undo()
    row = action(view, "a1")
    assert (row["start_date"], row["end_date"]) == ("2026-01-01", "2027-06-30")
    assert view.view.timeline.bars["a1"].geom.start == dt.date(2026, 1, 1)


def test_quarter_snap(view):
    view.snap.setCurrentIndex(view.snap.findData("quarter"))
    start = bar_center(view, "a2")
    drag(view, start, start + QPoint(px_days(view, 70), 0))
    row = action(view, "a2")
    assert (row["start_date"], row["end_date"]) == ("2027-10-01", "2028-09-30")


def test_drag_right_edge_resizes(view):
    r = view.view.timeline.bars["a1"].scene_bar_rect()
    start = vp(view, r.right() - 0.5, r.center().y())
    start.setX(start.x() - 2)
    drag(view, start, start + QPoint(px_days(view, 60), 0))
    row = action(view, "a1")
    assert (row["start_date"], row["end_date"]) == ("2026-01-01", "2027-08-31")
    view.session.undo_stack.undo()
    assert action(view, "a1")["end_date"] == "2027-06-30"


def test_drag_left_edge_resizes(view):
    r = view.view.timeline.bars["a2"].scene_bar_rect()
    start = vp(view, r.left(), r.center().y())
    start.setX(start.x() + 2)
    drag(view, start, start + QPoint(px_days(view, 92), 0))
    row = action(view, "a2")
    assert (row["start_date"], row["end_date"]) == ("2027-10-01", "2028-06-30")


def test_link_and_cycle_refused(view, qtbot):
    view.set_tool("link")
    drag(view, bar_center(view, "a1"), bar_center(view, "a2"))
    deps = view.session.store.rows("dependency")
    assert [(d["from_action_id"], d["to_action_id"]) for d in deps] == [("a1", "a2")]
    assert len(view.view.timeline.arrows) == 1
    with qtbot.waitSignal(view.message, timeout=1000) as blocker:
        drag(view, bar_center(view, "a2"), bar_center(view, "a1"))
    assert blocker.args[0]  # the store's message for the user
    assert len(view.session.store.rows("dependency")) == 1
    view.session.undo_stack.undo()
    assert view.session.store.rows("dependency") == []
    assert view.view.timeline.arrows == {}


def test_alt_drag_links_in_select_mode(view):
    drag(view, bar_center(view, "a1"), bar_center(view, "a2"), Qt.KeyboardModifier.AltModifier)
    assert len(view.session.store.rows("dependency")) == 1


def test_draw_in_lane_adds_action(view):
    view.set_tool("draw")
    lay = view.view.timeline.layout
    lane = next(ln for ln in lay.lanes if ln.lane_id == "l1")
    y = lane.y + lane.h - 3
    s = lay.scale
    drag(view, vp(view, s.to_x(dt.date(2030, 1, 3)), y), vp(view, s.to_x(dt.date(2030, 12, 29)), y))
    new = [a for a in view.session.store.rows("action") if a["id"] not in ("a1", "a2")]
    assert len(new) == 1
    assert (new[0]["start_date"], new[0]["end_date"], new[0]["lane_id"]) == \
        ("2030-01-01", "2030-12-31", "l1")
    assert view.view.timeline.bars[new[0]["id"]].isSelected()


def test_click_delete_undo(view):
    viewport = view.view.viewport()
    QTest.mouseClick(viewport, L, NO, bar_center(view, "a1"))
    assert view.view.timeline.bars["a1"].isSelected()
    QTest.keyClick(view.view, Qt.Key.Key_Delete)
    assert action(view, "a1") is None
    assert "a1" not in view.view.timeline.bars
    view.session.undo_stack.undo()
    assert action(view, "a1") is not None and "a1" in view.view.timeline.bars


def test_arrow_keys_nudge_and_change_lane(view, store):
    from db.ops import Create

    store.apply([Create("lane", {"name": "Markt", "layer": "market", "value_chain_id": "vc1"}, id="l2")])
    QTest.mouseClick(view.view.viewport(), L, NO, bar_center(view, "a1"))
    QTest.keyClick(view.view, Qt.Key.Key_Right)
    assert action(view, "a1")["start_date"] == "2026-02-01"
    QTest.keyClick(view.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert action(view, "a1")["end_date"] == "2027-08-31"
    QTest.keyClick(view.view, Qt.Key.Key_Down)
    assert action(view, "a1")["lane_id"] == "l2"


def test_shift_click_and_rubber_band_select(view):
    viewport = view.view.viewport()
    bars = view.view.timeline.bars
    QTest.mouseClick(viewport, L, NO, bar_center(view, "a1"))
    QTest.mouseClick(viewport, L, Qt.KeyboardModifier.ShiftModifier, bar_center(view, "a2"))
    assert bars["a1"].isSelected() and bars["a2"].isSelected()
    QTest.keyClick(view.view, Qt.Key.Key_Escape)
    assert not bars["a1"].isSelected()
    lay = view.view.timeline.layout
    drag(view, vp(view, -30, -8), vp(view, lay.width + 5, lay.height + 8), steps=6)
    assert bars["a1"].isSelected() and bars["a2"].isSelected()
    # a group drag moves both
    start = bar_center(view, "a1")
    drag(view, start, start + QPoint(px_days(view, 31), 0))
    assert action(view, "a1")["start_date"] == "2026-02-01"
    assert action(view, "a2")["start_date"] == "2027-08-01"


def test_copy_paste(view):
    QTest.mouseClick(view.view.viewport(), L, NO, bar_center(view, "a2"))
    QTest.keyClick(view.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = view.session.store.rows("action")
    assert len(rows) == 3
    copy = next(r for r in rows if r["id"] not in ("a1", "a2"))
    assert copy["title"] == "Pilot thuiszorg" and copy["lane_id"] == "l1"
    assert view.view.timeline.bars[copy["id"]].isSelected()


def test_double_click_edits_in_dialog(view, qtbot):
    QTest.mouseDClick(view.view.viewport(), L, NO, bar_center(view, "a1"))
    dialog = view.findChild(ActionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.title.setText("Sensorplatform v2")
    dialog.status.setCurrentIndex(dialog.status.findData("ongoing"))
    dialog.accept()
    row = action(view, "a1")
    assert row["title"] == "Sensorplatform v2" and row["status"] == "ongoing"
    assert "Sensorplatform v2" in " ".join(view.view.timeline.bars["a1"].geom.lines)


def test_ctrl_wheel_zooms_and_fit_all(view):
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    before = view.view.zoom()
    pos = QPointF(bar_center(view, "a1"))
    event = QWheelEvent(pos, QPointF(view.view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.view.viewport(), event)
    assert view.view.zoom() == pytest.approx(before * 1.15 ** 2, rel=1e-3)
    QTest.keyClick(view.view, Qt.Key.Key_F)
    rect = view.view.mapFromScene(view.view.timeline.sceneRect()).boundingRect()
    assert rect.width() <= view.view.viewport().width() + 2


def test_filters_and_chain_selector(view, store):
    from db.ops import Update

    store.apply([Update("action", "a2", {"status": "done"})])
    view.set_filters({"status": {"done"}})
    assert set(view.view.timeline.bars) == {"a2"}
    view.clear_filters()
    view.set_chain(None)
    assert view.chains.currentData() == "__all__"
    assert set(view.view.timeline.bars) == {"a1", "a2"}


def test_show_target_selects(view):
    view.show_target("action", "a2", None)
    assert view.view.timeline.bars["a2"].isSelected()


def test_export_png_and_svg(view, tmp_path):
    png = view.export_to(tmp_path / "b.png", dpi=96)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = view.export_to(tmp_path / "b.svg")
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<") and "Sensorplatform" in text


def test_level_of_detail_switches_to_overview(view):
    tv = view.view
    tv.set_zoom(0.05)
    assert tv.timeline.overview_mode
    assert not tv.timeline.bars["a1"].isVisible() and tv.timeline.overview_visible()
    assert tv.bar_at(bar_center(view, "a1")) is None  # no editing of invisible bars
    tv.set_zoom(1.0)
    assert not tv.timeline.overview_mode and tv.timeline.bars["a1"].isVisible()


def test_header_shows_months_when_zoomed_in(view):
    from desktop.domain.visuals.timeline import header_levels

    lay = view.view.timeline.layout
    view.view.set_zoom(0.5)
    assert header_levels(lay.scale.px_per_day * view.view.zoom())[-1] in ("year", "quarter")
    view.view.set_zoom(4.0)
    assert header_levels(lay.scale.px_per_day * view.view.zoom())[-1] == "month"
    view.header.grab()  # paints without warnings at both zooms


def test_middle_button_pans(view, qtbot):
    tv = view.view
    tv.set_zoom(8.0)
    bar = tv.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 200, timeout=1000)
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    viewport = tv.viewport()
    mid = Qt.MouseButton.MiddleButton
    QTest.mousePress(viewport, mid, NO, QPoint(400, 300))
    QTest.mouseMove(viewport, QPoint(300, 300))
    QTest.mouseRelease(viewport, mid, NO, QPoint(300, 300))
    assert bar.value() == before + 100


def test_drag_into_another_lane(view, store):
    from db.ops import Create

    store.apply([Create("lane", {"name": "Markt", "layer": "market", "value_chain_id": "vc1"}, id="l2")])
    lay = view.view.timeline.layout
    lane = next(ln for ln in lay.lanes if ln.lane_id == "l2")
    start = bar_center(view, "a2")
    end = QPoint(start.x(), vp(view, 0, lane.y + lane.h / 2).y())
    drag(view, start, end)
    row = action(view, "a2")
    assert row["lane_id"] == "l2" and row["start_date"] == "2027-07-01"
    assert view.view.timeline.bars["a2"].geom.lane_key == "l2"


def test_hidden_view_catches_up_when_shown(view, store, qtbot):
    from db.ops import Update

    view.hide()
    store.apply([Update("action", "a1", {"title": "Verborgen bewerking"})])
    assert "Verborgen" not in " ".join(view.view.timeline.bars["a1"].geom.lines)
    with qtbot.waitExposed(view):
        view.show()
    assert "Verborgen" in " ".join(view.view.timeline.bars["a1"].geom.lines)


def test_draw_in_a_default_layer_creates_its_lane(qtbot, store):
    from db.ops import Create

    store.apply([Create("value_chain", {"name": "Leeg"}, id="vc9")])
    v = PartBView(RoadmapSession(store), "en")
    qtbot.addWidget(v)
    v.resize(1200, 600)
    with qtbot.waitExposed(v):
        v.show()
    v.set_chain("vc9")
    v.set_tool("draw")
    lay = v.view.timeline.layout
    lane = next(ln for ln in lay.lanes if ln.layer == "product")
    assert lane.lane_id is None  # a default layer, not a row yet
    s = lay.scale
    y = lane.y + lane.h / 2
    a = v.view.mapFromScene(QPointF(s.to_x(dt.date(s.start.year + 1, 1, 1)), y))
    b = v.view.mapFromScene(QPointF(s.to_x(dt.date(s.start.year + 1, 6, 1)), y))
    drag(v, a, b)
    lanes = store.rows("lane")
    assert [(ln["layer"], ln["value_chain_id"]) for ln in lanes] == [("product", "vc9")]
    (act,) = store.rows("action")
    assert act["lane_id"] == lanes[0]["id"] and act["value_chain_id"] == "vc9"


def test_scenario_switch_in_the_filter_menu_shows_one_scenarios_programmes(view, store):
    from db.ops import Create, Update

    store.apply([Create("programme", {"name": "Sensoren", "value_chain_id": "vc1"}, id="g1"),
                 Create("programme", {"name": "Zorg", "value_chain_id": "vc1"}, id="g2"),
                 Update("action", "a1", {"programme_id": "g1"}), Update("action", "a2", {"programme_id": "g2"}),
                 Create("scenario", {"title": "Snel"}, id="s1"), Create("scenario", {"title": "Breed"}, id="s2"),
                 Create("scenario", {"title": "Leeg"}, id="s3"),
                 Create("programme_scenario", {"scenario_id": "s1", "programme_id": "g1"}),
                 Create("programme_scenario", {"scenario_id": "s2", "programme_id": "g1"}),
                 Create("programme_scenario", {"scenario_id": "s2", "programme_id": "g2"})])
    view.filter_menu.aboutToShow.emit()  # the menu fills itself when it opens
    scenario_menu = next(a.menu() for a in view.filter_menu.actions() if a.menu() and a.text() == "Scenario")
    acts = {a.text(): a for a in scenario_menu.actions()}
    assert set(acts) == {"Snel", "Breed", "Leeg"} and not acts["Leeg"].isEnabled()
    acts["Snel"].trigger()
    assert set(view.view.timeline.bars) == {"a1"}
    view.filter_menu.aboutToShow.emit()
    scenario_menu = next(a.menu() for a in view.filter_menu.actions() if a.menu() and a.text() == "Scenario")
    acts = {a.text(): a for a in scenario_menu.actions()}
    assert acts["Snel"].isChecked() and not acts["Breed"].isChecked()
    acts["Breed"].trigger()
    assert set(view.view.timeline.bars) == {"a1", "a2"}
    assert view.filter_button.text() != "Filter"  # the button says a filter is on
