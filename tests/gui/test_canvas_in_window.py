"""The Part B canvas in the main window on the demo, driven by real input: lane labels that
stay at the left edge while scrolling and zooming, zoom limits, renaming an action right
after drawing it, and Cut/Copy/Paste/Delete from the Edit menu (one undo step each)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.app.main_window import MainWindow
from desktop.canvas.sticky_lanes import lane_rows
from desktop.canvas.timeline_view import MAX_DAY_PX, MAX_ZOOM, MIN_FIT, MIN_ZOOM, STICKY_PX
from desktop.demo import fresh_demo

CTRL = Qt.KeyboardModifier.ControlModifier
NO = Qt.KeyboardModifier.NoModifier
L = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path):
    from desktop.app import i18n

    i18n.install("en")
    path = tmp_path / "demo.roadmap"
    fresh_demo(path).close()
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    assert w.open_file(path)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()
    i18n.uninstall()


@pytest.fixture
def part_b(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    view = window.tabs.view("part_b")
    qtbot.waitUntil(lambda: view is not None and view.isVisible())
    qtbot.waitUntil(lambda: _fitted_to_width(view))  # the first fit to the width is queued
    return view


def _fitted_to_width(view) -> bool:
    tv = view.view
    want = max(tv.viewport().width(), 100) / max(tv.timeline.sceneRect().width(), 1.0)
    return abs(tv.transform().m11() - max(MIN_ZOOM, min(MAX_ZOOM, want))) < 1e-9


def canvas_focus(qtbot, part_b) -> None:
    vp = part_b.view.viewport()
    empty = QPoint(vp.width() - 5, vp.height() - 5)
    qtbot.mouseClick(vp, L, NO, empty)
    qtbot.waitUntil(part_b.view.hasFocus)


def wheel(widget, pos: QPoint, dx: int, dy: int, mods=NO) -> None:
    g = widget.mapToGlobal(pos)
    ev = QWheelEvent(QPointF(pos), QPointF(g), QPoint(0, 0), QPoint(dx, dy), Qt.MouseButton.NoButton,
                     mods, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, ev)


def near(c: QColor, hex_colour: str, tol: int = 12) -> bool:
    o = QColor(hex_colour)
    return all(abs(a - b) <= tol for a, b in ((c.red(), o.red()), (c.green(), o.green()),
                                               (c.blue(), o.blue())))


def test_lane_labels_stay_at_the_left_while_scrolling_and_zooming(qtbot, part_b):
    view = part_b.view
    canvas_focus(qtbot, part_b)
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    vp = view.viewport()
    for _ in range(8):  # scroll to the right, as a horizontal wheel or touchpad does
        wheel(vp, vp.rect().center(), -240, 0)
    assert view.horizontalScrollBar().value() > 0
    from desktop.canvas.items import LABEL_W

    assert view.mapFromScene(QPointF(-LABEL_W, 0)).x() < -STICKY_PX  # own labels out of view
    assert view.sticky_lanes()
    for _ in range(3):
        wheel(vp, vp.rect().center(), 0, -240)  # and down
    image = vp.grab().toImage()
    rows = [(ln, r) for ln, r in lane_rows(view, STICKY_PX)
            if ln.kind == "lane" and min(r.bottom(), vp.height()) - max(r.top(), 0) > 14]
    assert len(rows) >= 2, rows
    for ln, r in rows:
        pixel = image.pixelColor(5, int(max(r.top(), 0)) + 4)
        assert near(pixel, ln.colour), (ln.name, pixel.name(), ln.colour)
    # zooming with Ctrl+wheel keeps the column, at the lanes' new heights
    before = {ln.key: r.height() for ln, r in rows}
    wheel(vp, vp.rect().center(), 0, 240, CTRL)
    after = {ln.key: r.height() for ln, r in lane_rows(view, STICKY_PX)}
    assert view.sticky_lanes()
    assert any(after.get(k, 0) > h * 1.05 for k, h in before.items())
    image = vp.grab().toImage()
    ln, r = next((ln, r) for ln, r in lane_rows(view, STICKY_PX)
                 if ln.kind == "lane" and min(r.bottom(), vp.height()) - max(r.top(), 0) > 14)
    assert near(image.pixelColor(5, int(max(r.top(), 0)) + 4), ln.colour)


def test_zoom_stops_at_sensible_limits(qtbot, part_b):
    view = part_b.view
    canvas_focus(qtbot, part_b)
    px_per_day = view.timeline.layout.scale.px_per_day
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    day = px_per_day * view.zoom()
    assert MAX_DAY_PX * 0.8 < day <= MAX_DAY_PX * 1.001
    z = view.zoom()
    wheel(view.viewport(), view.viewport().rect().center(), 0, 480, CTRL)
    assert view.zoom() == pytest.approx(z)  # no further
    for _ in range(60):
        qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    rect = view.timeline.sceneRect()
    vp = view.viewport().rect()
    fit = min(vp.width() / rect.width(), vp.height() / rect.height())
    assert view.zoom() == pytest.approx(MIN_FIT * fit, rel=0.01)
    wheel(view.viewport(), view.viewport().rect().center(), 0, -480, CTRL)
    assert view.zoom() == pytest.approx(MIN_FIT * fit, rel=0.01)


def _lane_point(part_b, offset_days: int = 0) -> tuple[QPoint, object]:
    """A point in the middle of the first lane of the chart, in view."""
    view = part_b.view
    lay = view.timeline.layout
    lane = next(ln for ln in lay.lanes if ln.kind == "lane" and ln.lane_id)
    x = view.mapFromScene(QPointF(0, 0)).x()
    y = view.mapFromScene(QPointF(0, lane.y1 - 3)).y()
    return QPoint(max(x, STICKY_PX) + 40 + offset_days, y), lane


def draw(qtbot, part_b, start: QPoint, end: QPoint) -> None:
    button = part_b.toolbar.widgetForAction(part_b.tool_actions["draw"])
    qtbot.mouseClick(button, L)
    assert part_b.view.tool == "draw"
    vp = part_b.view.viewport()
    QTest.mousePress(vp, L, NO, start)
    for i in range(1, 5):
        QTest.mouseMove(vp, start + (end - start) * (i / 4))
    QTest.mouseRelease(vp, L, NO, end)


def test_a_drawn_action_is_renamed_in_place(qtbot, window, part_b):
    store = window.session.store
    before = {a["id"] for a in store.rows("action")}
    start, _lane = _lane_point(part_b)
    draw(qtbot, part_b, start, start + QPoint(120, 0))
    (new,) = {a["id"] for a in store.rows("action")} - before
    assert store.get("action", new)["title"] == "Nieuwe actie"  # the roadmap is Dutch
    editor = part_b.view.rename_editor
    assert isinstance(editor, QLineEdit) and editor.isVisible()
    qtbot.waitUntil(editor.hasFocus)
    assert editor.selectedText() == "Nieuwe actie"
    qtbot.keyClicks(editor, "Sensorvloer prototype")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert store.get("action", new)["title"] == "Sensorvloer prototype"
    assert not editor.isVisible()
    qtbot.waitUntil(part_b.view.hasFocus)
    qtbot.keyClick(part_b.view, Qt.Key.Key_Z, CTRL)  # the rename is its own step
    assert store.get("action", new)["title"] == "Nieuwe actie"
    qtbot.keyClick(part_b.view, Qt.Key.Key_Z, CTRL)
    assert store.get("action", new) is None
    # Esc keeps the default name
    draw(qtbot, part_b, start, start + QPoint(120, 0))
    (other,) = {a["id"] for a in store.rows("action")} - before
    editor = part_b.view.rename_editor
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "weg")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert store.get("action", other)["title"] == "Nieuwe actie"


def _select_bar(qtbot, part_b, action_id: str) -> None:
    view = part_b.view
    part_b.set_tool("select")
    view.centerOn(view.timeline.bars[action_id])
    r = view.mapFromScene(view.timeline.bars[action_id].scene_bar_rect()).boundingRect()
    qtbot.mouseClick(view.viewport(), L, NO, r.center())
    assert [b.action_id for b in view.timeline.selected_bars()] == [action_id]


def _edit(window, name: str) -> None:
    """Open the Edit menu (what the user's click does) and choose `name`."""
    menu = window.menu("edit")
    menu.aboutToShow.emit()
    action = window.edit_commands.actions[name]
    assert action.isEnabled(), name
    action.trigger()


def test_cut_copy_paste_delete_from_the_edit_menu(qtbot, window, part_b):
    store, stack = window.session.store, window.session.undo_stack
    aid = next(a["id"] for a in store.rows("action") if a["code"] == "DC-01")
    title = store.get("action", aid)["title"]
    _select_bar(qtbot, part_b, aid)
    n = len(store.rows("action"))

    _edit(window, "copy")
    assert stack.count() == 0  # copying changes nothing
    _edit(window, "paste")
    assert len(store.rows("action")) == n + 1 and stack.count() == 1
    pasted = [a for a in store.rows("action") if a["title"] == title and a["id"] != aid]
    assert len(pasted) == 1

    _select_bar(qtbot, part_b, aid)
    _edit(window, "cut")
    assert store.get("action", aid) is None and stack.count() == 2
    stack.undo()
    assert store.get("action", aid)["title"] == title

    _select_bar(qtbot, part_b, pasted[0]["id"])
    _edit(window, "delete")
    assert store.get("action", pasted[0]["id"]) is None
    assert stack.undoText() == "Delete" and stack.count() == 2  # (the undone cut was dropped)
    assert len(store.rows("action")) == n

    # nothing selected: the menu offers neither Cut nor Delete
    part_b.view.timeline.clearSelection()
    window.menu("edit").aboutToShow.emit()
    assert not window.edit_commands.actions["cut"].isEnabled()
    assert not window.edit_commands.actions["delete"].isEnabled()

    # Ctrl+X on the canvas cuts too (the canvas handles the key, the menu only shows it)
    _select_bar(qtbot, part_b, aid)
    qtbot.keyClick(part_b.view, Qt.Key.Key_X, CTRL)
    assert store.get("action", aid) is None and stack.undoText() == "Cut"


def test_edit_menu_copy_in_a_text_field(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    wizard = window.tabs.view("wizard")
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    field = wizard.show_section("0.roadmap").fields["title"].input
    qtbot.mouseClick(field, L)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    QApplication.clipboard().clear()
    _edit(window, "copy")
    assert QApplication.clipboard().text() == field.text() != ""


def test_part_a_zoom_has_limits_too(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    part_a = window.tabs.view("part_a")
    qtbot.waitUntil(lambda: part_a is not None and part_a.isVisible())
    view = part_a.view
    vp = view.viewport()
    zoom_in = next(a for a in part_a.findChildren(type(window.quit_action)) if a.text() == "Zoom in")
    for _ in range(30):
        zoom_in.trigger()
    for _ in range(10):
        wheel(vp, vp.rect().center(), 0, 240, CTRL)
    assert view.transform().m11() == pytest.approx(view.MAX_ZOOM)
    for _ in range(60):
        wheel(vp, vp.rect().center(), 0, -240, CTRL)
    lo, _hi = view.zoom_limits()
    assert view.transform().m11() == pytest.approx(lo)
    rect = view.mapFromScene(view.sceneRect()).boundingRect()
    assert max(rect.width() / vp.width(), rect.height() / vp.height()) == pytest.approx(0.5, rel=0.02)
