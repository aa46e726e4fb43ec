"""The Part B canvas makes bar items only for the lanes it has shown: opening a big roadmap
builds the items of what is in view, another value chain's items are made when it is first
shown (chosen in the value-chain box, or scrolled to), and what is then shown is exactly
what a view laid out and built in full shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.canvas.part_b_view import PartBView
from tests.canvas.conftest import scene_state


@pytest.fixture
def opened(big, qtbot):
    qtbot.waitUntil(lambda: big.view.transform().m11() != 1.0)  # the queued fit to the width
    return big


def visible_lanes(view) -> set[str]:
    tv = view.view
    rect = tv.mapToScene(tv.viewport().rect()).boundingRect()
    return {ln.key for ln in tv.timeline.layout.lanes if ln.y1 >= rect.top() and ln.y <= rect.bottom()}


def built(view) -> dict:
    return dict(view.view.timeline._built)


def eager(view, qtbot):
    """A view of the same roadmap and value chain with every item made at once."""
    other = PartBView(view.session, view.lang)
    qtbot.addWidget(other)
    if view.chain_id is not None:
        other.set_chain(view.chain_id)
    list(other.view.timeline.bars.values())  # every item made now
    return other


def assert_built_items_match(view, other) -> None:
    want = other.view.timeline._built
    for key, item in built(view).items():
        twin = want[key]
        assert (item.scenePos(), item.geom, item.rect()) == (twin.scenePos(), twin.geom, twin.rect())


def test_first_paint_builds_only_the_lanes_in_view(opened, qtbot):
    tl = opened.view.timeline
    shown = visible_lanes(opened)
    lay = tl.layout
    in_view = {k for k, b in lay.bars.items() if b.lane_key in shown}
    assert in_view and set(built(opened)) == in_view
    assert len(built(opened)) < len(lay.bars) / 2  # the other chains wait
    assert len(tl.bars) == len(lay.bars)  # (every bar is there on request)


def test_switching_the_value_chain_builds_it_when_shown(opened, qtbot):
    view = opened
    combo = view.chains
    second = combo.itemData(2)  # 0 is "All value chains"
    before = {k for k in built(view) if view.view.timeline.layout.bars[k].chain_id == second}
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the user's path: the box's keys
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert view.chain_id == second
    lay = view.view.timeline.layout
    assert {b.chain_id for b in lay.bars.values()} == {second}
    qtbot.waitUntil(lambda: bool(built(view)))  # made by the first paint of the chain
    assert not before  # it had not been built before it was shown
    shown = visible_lanes(view)
    assert set(built(view)) == {k for k, b in lay.bars.items() if b.lane_key in shown}
    other = eager(view, qtbot)
    try:
        assert_built_items_match(view, other)
        assert scene_state(view) == scene_state(other)  # (the rest made on request)
    finally:
        view.session.changed.disconnect(other._on_change)
        other.deleteLater()


def test_scrolling_to_another_chain_builds_its_lanes(opened, qtbot):
    view = opened
    tv = view.view
    lay = tv.timeline.layout
    last = lay.lanes[-1]
    assert last.key not in {lay.bars[k].lane_key for k in built(view)}
    vp = tv.viewport()
    centre = QPointF(vp.rect().center())
    for _ in range(200):  # a real wheel, down to the end of the chart
        if tv.verticalScrollBar().value() == tv.verticalScrollBar().maximum():
            break
        QApplication.sendEvent(vp, QWheelEvent(centre, QPointF(vp.mapToGlobal(centre.toPoint())),
                                               QPoint(0, 0), QPoint(0, -480), Qt.MouseButton.NoButton,
                                               Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                               False))
    vp.repaint()
    assert last.key in visible_lanes(view)
    assert {k for k, b in lay.bars.items() if b.lane_key == last.key} <= set(built(view))
    other = eager(view, qtbot)
    try:
        assert_built_items_match(view, other)
        assert scene_state(view) == scene_state(other)
    finally:
        view.session.changed.disconnect(other._on_change)
        other.deleteLater()
