"""The presentation window: navigation, reveal, paths, live edits with undo, painting."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from db.ops import Create
from desktop.app.session import RoadmapSession
from desktop.domain.presentation.style import THEMES
from desktop.domain.visuals.visual import Rect
from desktop.presentation.window import PresentationWindow
from tests.presentation.roadmap import build


@pytest.fixture
def window(qtbot, store):
    build(store)
    session = RoadmapSession(store)
    w = PresentationWindow(session, "en", precompute=False)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(w)
    w.resize(1280, 720)
    with qtbot.waitExposed(w):
        w.show()
    return w


def refs_shown(w, entity):
    return {p.ref[1] for p in w.current_visual().items if p.ref and p.ref[0] == entity}


def press(qtbot, w, key, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(w, key, mods)


def test_navigation_keys(qtbot, window):
    w = window
    n = len(w.cache)
    assert n >= 3 and (w.scene_index, w.step) == (0, 0)
    press(qtbot, w, Qt.Key.Key_Right)
    press(qtbot, w, Qt.Key.Key_Space)
    press(qtbot, w, Qt.Key.Key_PageDown)
    assert (w.scene_index, w.step) == (0, 3)
    press(qtbot, w, Qt.Key.Key_Left)
    assert w.step == 2
    press(qtbot, w, Qt.Key.Key_2)
    assert w.scene_index == 1 and w.step == w.scene_visual().n_steps - 1
    press(qtbot, w, Qt.Key.Key_Right)
    assert (w.scene_index, w.step) == (2, 0)
    press(qtbot, w, Qt.Key.Key_PageUp)
    assert w.scene_index == 1 and w.step == w.scene_visual().n_steps - 1
    press(qtbot, w, Qt.Key.Key_End)
    assert w.scene_index == n - 1
    press(qtbot, w, Qt.Key.Key_Home)
    assert (w.scene_index, w.step) == (0, 0)
    press(qtbot, w, Qt.Key.Key_9)  # no ninth scene: stays
    assert w.scene_index == 0


def test_reveal_layer_by_layer(qtbot, window):
    w = window
    w.jump(1)
    assert w.scene_visual().scene.chain_id == "vc1"
    w.nav.step = 0
    w.update()
    assert refs_shown(w, "action") == set()
    press(qtbot, w, Qt.Key.Key_Right)
    assert refs_shown(w, "action") == {"a_sci"}
    press(qtbot, w, Qt.Key.Key_Right)
    assert refs_shown(w, "action") == {"a_sci", "a_tec", "m1"}
    assert refs_shown(w, "dependency") == {"d1"}
    press(qtbot, w, Qt.Key.Key_A)
    assert refs_shown(w, "action") == {"a_sci", "a_tec", "m1", "a_mkt"}


def test_zoom_fit_and_pan(qtbot, window):
    w = window
    w.jump(1)
    s0 = w.scale()
    press(qtbot, w, Qt.Key.Key_Plus)
    assert w.scale() == pytest.approx(s0 * 1.25)
    before = w.to_figure(QPointF(100, 100))
    w.pan_by(-200, 0)
    assert w.to_figure(QPointF(100, 100)).x() > before.x()
    press(qtbot, w, Qt.Key.Key_Minus)
    assert w.scale() == pytest.approx(s0)
    press(qtbot, w, Qt.Key.Key_F)
    sv = w.scene_visual()
    assert sv.visual.height * w.scale() <= w.height() + 1
    assert sv.visual.width * w.scale() <= w.width() + 1


def test_follow_a_path_dims_the_rest(qtbot, window):
    w = window
    w.jump(0)
    plain = {p.ref: p for p in w.current_visual().items if p.ref}
    menu = w.path_menu()
    labels = [a.text() for a in menu.actions()]
    assert labels == ["D1 Langer thuis", "D2 Minder vallen"]
    menu.actions()[0].trigger()
    menu.close()
    assert w.path_objective == "o1"
    shown = {p.ref: p for p in w.current_visual().items if p.ref}
    assert shown[("value_chain", "vc1")] == plain[("value_chain", "vc1")]
    assert shown[("objective", "o1")] == plain[("objective", "o1")]
    assert shown[("value_chain", "vc2")] != plain[("value_chain", "vc2")]
    assert shown[("objective", "o2")] != plain[("objective", "o2")]
    press(qtbot, w, Qt.Key.Key_Escape)  # clears the path, does not leave
    assert w.path_objective is None and w.isVisible()
    assert {p.ref: p for p in w.current_visual().items if p.ref} == plain


def lane_point(w, lane_id, date):
    sv = w.scene_visual()
    lane = next(ln for ln in sv.lanes if ln.lane_id == lane_id)
    return w.to_widget(sv.axis.x_of(date), (lane.y0 + lane.y1) / 2)


def test_quick_add_and_undo(qtbot, window):
    import datetime as dt

    w = window
    store = w.session.store
    w.jump(1)
    pos = lane_point(w, "l_mkt", dt.date(2030, 9, 14)).toPoint()
    qtbot.mouseMove(w, pos)
    press(qtbot, w, Qt.Key.Key_N)
    assert w.editor.isVisible()
    qtbot.keyClicks(w.editor, "Workshopidee")
    press(qtbot, w.editor, Qt.Key.Key_Return)
    assert not w.editor.isVisible()
    added = [a for a in store.rows("action") if a["title"] == "Workshopidee"]
    assert len(added) == 1
    a = added[0]
    assert (a["lane_id"], a["value_chain_id"], a["status"]) == ("l_mkt", "vc1", "planned")
    assert a["start_date"] == "2030-09-01" and a["end_date"] == "2030-11-30"
    assert a["id"] in refs_shown(w, "action")  # redrawn from session.changed
    press(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not [a for a in store.rows("action") if a["title"] == "Workshopidee"]
    assert a["id"] not in refs_shown(w, "action")
    press(qtbot, w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [a for a in store.rows("action") if a["title"] == "Workshopidee"]


def test_quick_add_escape_cancels(qtbot, window):
    w = window
    w.jump(1)
    count = len(w.session.store.rows("action"))
    assert w.start_quick_add("action", lane_point(w, "l_sci", __import__("datetime").date(2027, 1, 1)))
    qtbot.keyClicks(w.editor, "Niet bewaren")
    press(qtbot, w.editor, Qt.Key.Key_Escape)
    assert not w.editor.isVisible() and w.isVisible()
    assert len(w.session.store.rows("action")) == count


def test_quick_add_needs_a_part_b_lane(qtbot, window):
    w = window
    w.jump(0)
    assert not w.start_quick_add("action", QPointF(300, 300))
    assert not w.editor.isVisible()


def test_drag_a_milestone(qtbot, window):
    w = window
    store = w.session.store
    w.jump(1)
    sv = w.scene_visual()
    bar = sv.bars["m1"]
    start = w.to_widget(bar.x + bar.w / 2, bar.y + bar.h / 2).toPoint()
    dx_days = 92  # about three months later
    end = QPoint(int(start.x() + dx_days * sv.axis.px_per_day * w.scale()), start.y())
    qtbot.mousePress(w, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(w, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(w, end)
    w.grab()  # paints the drag preview
    qtbot.mouseRelease(w, Qt.MouseButton.LeftButton, pos=end)
    row = store.get("action", "m1")
    assert row["start_date"] == row["end_date"] == "2028-06-01"
    press(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get("action", "m1")["start_date"] == "2028-03-01"


def test_drag_elsewhere_pans_without_editing(qtbot, window):
    w = window
    w.jump(1)
    press(qtbot, w, Qt.Key.Key_Plus)
    before = w.pan
    changes = []
    w.session.changed.connect(changes.append)
    qtbot.mousePress(w, Qt.MouseButton.LeftButton, pos=QPoint(600, 400))
    qtbot.mouseMove(w, QPoint(500, 350))
    qtbot.mouseRelease(w, Qt.MouseButton.LeftButton, pos=QPoint(500, 350))
    assert w.pan != before and not changes


def test_scenes_follow_outside_edits(qtbot, window):
    w = window
    n = len(w.cache)
    w.jump(2)
    w.session.apply([Create("value_chain", {"name": "Derde keten"}, id="vc3")], "add")
    assert len(w.cache) == n + 1
    assert w.scene_visual().scene.chain_id == "vc2"  # still on the same scene


def test_theme_laser_and_leave(qtbot, window):
    w = window
    w.jump(1)
    light = w.grab().toImage()
    press(qtbot, w, Qt.Key.Key_T)
    assert w.theme == "dark"
    dark = w.grab().toImage()
    corner = QColor(dark.pixel(3, 3)).name()
    assert corner == THEMES["dark"].background
    assert QColor(light.pixel(3, 3)).name() == THEMES["light"].background
    qtbot.mouseMove(w, QPoint(400, 300))
    press(qtbot, w, Qt.Key.Key_L)
    assert w.laser
    img = w.grab().toImage()
    assert QColor(img.pixel(400, 300)).name() != QColor(img.pixel(1270, 10)).name()
    press(qtbot, w, Qt.Key.Key_Escape)  # laser off first
    assert not w.laser and w.isVisible()
    press(qtbot, w, Qt.Key.Key_Escape)
    assert not w.isVisible()


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_screenshots(qtbot, window, size, tmp_path):
    w = window
    w.resize(*size)
    folder = os.environ.get("PRESENTATION_SHOTS")
    for i in range(len(w.cache)):
        w.jump(i)
        img = w.grab().toImage()
        assert (img.width(), img.height()) == size
        if folder:
            img.save(os.path.join(folder, f"scene{i + 1}_{size[0]}x{size[1]}.png"))
        bg = QColor(THEMES["light"].background).rgb()
        # the filled boxes the scene shows now (bars, lanes, cards) are painted where the
        # figure puts them: the pixel at each box's centre is not the background
        s = w.scale()
        boxes = [p for p in w.current_visual().items if isinstance(p, Rect) and p.fill
                 and QColor(p.fill).rgb() != bg and p.w * s >= 6 and p.h * s >= 6]
        assert boxes, f"scene {i} shows no filled box"
        blank = []
        for p in boxes:
            c = w.to_widget(p.x + p.w / 2, p.y + p.h / 2).toPoint()
            if img.rect().contains(c) and img.pixel(c) == bg:
                blank.append(p)
        assert not blank, f"scene {i}: boxes not painted: {blank[:3]}"
        # left and right of the figure the widget shows only the background
        left, right = w.to_widget(0, 0).x(), w.to_widget(w.scene_visual().visual.width, 0).x()
        for x in (int(left) - 4, int(right) + 4):
            if 0 <= x < size[0]:
                assert img.pixel(x, size[1] // 2) == bg, f"scene {i}: paint outside the figure at x={x}"


def test_focus_zooms_on_each_reveal_step(qtbot, window):
    w = window
    w.home()
    press(qtbot, w, Qt.Key.Key_Z)
    assert w.focus and w.zoom == 1.0  # the frame: the whole width
    press(qtbot, w, Qt.Key.Key_Right)  # today column of Part A
    sv = w.scene_visual()
    x0, y0, x1, y1 = sv.step_box(1)
    assert w.zoom > 1.2
    top_left, bottom_right = w.to_widget(x0, y0), w.to_widget(x1, y1)
    assert top_left.x() >= -1 and bottom_right.x() <= w.width() + 1
    assert top_left.y() >= -1 and bottom_right.y() <= w.height() + 1
    press(qtbot, w, Qt.Key.Key_End)
    assert w.zoom == 1.0  # a new scene starts whole
    press(qtbot, w, Qt.Key.Key_Z)
    assert not w.focus


def test_sticky_note_and_parking_lot_through_the_store(qtbot, window):
    import datetime as dt

    w = window
    store = w.session.store
    w.jump(1)
    pos = lane_point(w, "l_mkt", dt.date(2029, 3, 10)).toPoint()
    qtbot.mouseMove(w, pos)
    press(qtbot, w, Qt.Key.Key_S)
    assert w.editor.isVisible()
    qtbot.keyClicks(w.editor, "Wie betaalt de sensoren?")
    press(qtbot, w.editor, Qt.Key.Key_Return)
    notes = store.rows("workshop_note")
    assert len(notes) == 1
    note = notes[0]
    assert (note["text"], note["lane_id"], note["value_chain_id"]) == ("Wie betaalt de sensoren?", "l_mkt", "vc1")
    assert not note["parking_lot"]
    assert note["id"] in refs_shown(w, "workshop_note")
    qtbot.mouseMove(w, w.to_widget(*_centre_of(w, note["id"])).toPoint())
    press(qtbot, w, Qt.Key.Key_K)  # to the parking lot
    assert store.get("workshop_note", note["id"])["parking_lot"]
    press(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not store.get("workshop_note", note["id"])["parking_lot"]
    press(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.rows("workshop_note") == []


def _centre_of(w, note_id):
    from desktop.domain.visuals.visual import Rect

    r = next(p for p in w.scene_visual().visual_at(w.step).items
             if isinstance(p, Rect) and p.ref == ("workshop_note", note_id))
    return r.x + r.w / 2, r.y + r.h / 2
