"""Tab order of the dialogs outside the wizard: the export dialog (Ctrl+E), the
preferences (Ctrl+,), the action edit dialog (double-click on a bar) and the live connect
dialog (Tools ▸ Connect to server…), each opened the way a user opens it. Real Tab key
presses walk the focus chain: it starts in the form, visits every enabled field in
reading order (top to bottom, left to right in a row), ends with the dialog's buttons
and comes back to the start; Shift+Tab walks it backwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(demo_window):
    return demo_window


def _owner(w: QWidget, dialog: QDialog) -> QWidget:
    """The control a focus widget belongs to (a spin box's line edit: the spin box)."""
    while w.parentWidget() is not None and w.parentWidget() is not dialog \
            and (not w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 or isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))):
        w = w.parentWidget()
    return w


def _chain(qtbot, dialog: QDialog, backwards: bool = False) -> list[QWidget]:
    """The controls the Tab key visits, from the one focused first, until it wraps."""
    start = QApplication.focusWidget()
    assert start is not None and dialog.isAncestorOf(start), "the focus starts in the dialog"
    seen = [_owner(start, dialog)]
    for _ in range(120):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
                       SHIFT if backwards else Qt.KeyboardModifier.NoModifier)
        w = _owner(QApplication.focusWidget(), dialog)
        if w is seen[0] and len(seen) > 1:
            return seen
        if w is not seen[-1]:  # a date edit's sections take a Tab each
            seen.append(w)
    raise AssertionError(f"the focus does not come back: {[_name(x) for x in seen]}")


def _name(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}:{w.accessibleName() or w.objectName() or text}"


def _is_button(w: QWidget, dialog: QDialog) -> bool:
    box = dialog.findChild(QDialogButtonBox)
    return isinstance(w, QPushButton) and (box is not None and box.isAncestorOf(w)
                                            or w.text().replace("&", "") in ("Close", "Export"))


def check_tab_order(qtbot, dialog: QDialog) -> list[str]:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    chain = _chain(qtbot, dialog)
    names = [_name(w) for w in chain]
    assert not _is_button(chain[0], dialog), f"the form comes first: {names}"
    # every enabled control that takes Tab is on the chain
    reachable = [w for w in dialog.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and _owner(w, dialog) is w]
    missing = [_name(w) for w in reachable if w not in chain]
    assert not missing, f"not reachable with Tab: {missing} (chain {names})"
    # the buttons come last
    kinds = [_is_button(w, dialog) for w in chain]
    assert kinds == sorted(kinds), f"buttons in the middle of the form: {names}"
    # the form in reading order: never back up to a row above
    form = [w for w, b in zip(chain, kinds) if not b]
    for a, b in zip(form, form[1:]):
        ra = a.mapTo(dialog, QPoint(0, 0)).y(), a.height()
        rb = b.mapTo(dialog, QPoint(0, 0)).y()
        assert rb >= ra[0] - 2 or (rb + b.height() > ra[0] and rb < ra[0] + ra[1]), \
            f"{_name(b)} is above {_name(a)}: {names}"
        if abs(rb - ra[0]) <= 2:  # the same row: left to right
            assert b.mapTo(dialog, QPoint(0, 0)).x() > a.mapTo(dialog, QPoint(0, 0)).x(), names
    back = _chain(qtbot, dialog, backwards=True)
    assert back[1:] == list(reversed(chain[1:])), ([_name(w) for w in back], names)
    return names


def _when_open(qtbot, answerer, cls, check):
    """Run `check(dialog)` when a dialog of `cls` is open (also a modal one), then reject it."""
    found = []

    def look() -> None:
        d = QApplication.activeModalWidget() or QApplication.activeWindow()
        if isinstance(d, cls) and d.isVisible() and not found:
            found.append(d)
            try:
                found.append(check(d))
            except AssertionError as exc:
                found.append(exc)
            d.reject()

    answerer.leave_alone = (cls,)
    answerer.timer.timeout.connect(look)
    return found


def _result(qtbot, found):
    qtbot.waitUntil(lambda: len(found) == 2, timeout=20000)
    if isinstance(found[1], AssertionError):
        raise found[1]
    return found[1]


def test_export_dialog(qtbot, window, answerer):
    from desktop.export_ui.dialog import ExportDialog

    found = _when_open(qtbot, answerer, ExportDialog, lambda d: check_tab_order(qtbot, d))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    names = _result(qtbot, found)
    assert names[0].startswith("QCheckBox") and names[-1].startswith("QPushButton")


def test_preferences_dialog(qtbot, window, answerer):
    from desktop.settings.dialog import PreferencesDialog

    found = _when_open(qtbot, answerer, PreferencesDialog, lambda d: check_tab_order(qtbot, d))
    window.prefs_action.trigger()
    names = _result(qtbot, found)
    assert len(names) >= 6


def test_action_edit_dialog(qtbot, window, answerer):
    from desktop.canvas.action_dialog import ActionDialog

    found = _when_open(qtbot, answerer, ActionDialog, lambda d: check_tab_order(qtbot, d))
    part_b = window.show_view("part_b")
    qtbot.waitUntil(lambda: part_b.isVisible() and bool(part_b.view.timeline.bars))
    canvas = part_b.view
    bar = next(b for b in canvas.timeline.bars.values() if b.isVisible())
    canvas.centerOn(bar)
    pos = canvas.mapFromScene(bar.scene_bar_rect().center())
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    names = _result(qtbot, found)
    assert names[0] == "QLineEdit:Title"


def test_live_connect_dialog(qtbot, window, answerer):
    from desktop.coedit_ui.live import ConnectDialog

    found = _when_open(qtbot, answerer, ConnectDialog, lambda d: check_tab_order(qtbot, d))
    window.live_actions.connect_action.trigger()
    names = _result(qtbot, found)
    assert names[:2] == ["QLineEdit:live_url", "QLineEdit:live_token"], names


def test_progress_report_dialog(qtbot, window, answerer):
    from desktop.monitoring.progress_dialog import ProgressReportDialog

    found = _when_open(qtbot, answerer, ProgressReportDialog, lambda d: check_tab_order(qtbot, d))
    monitoring = window.show_view("monitoring")
    qtbot.waitUntil(monitoring.isVisible)
    monitoring.progress_action.trigger()
    names = _result(qtbot, found)
    assert not names[0].startswith("QPushButton"), names
