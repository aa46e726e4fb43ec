"""The menu walk: on the demo roadmap, every action of every menu, tool bar, tool-button
menu and context menu of the main window (in every view) is triggered through
QAction.trigger(), every shortcut is pressed as a key event, the presentation window gets
every key of its key table and its path menu is walked; modal dialogs are answered by
tests.gui.walk.Answerer. Any exception (pytest-qt), Qt warning (qt_log_level_fail) or
entry in routekaart.log fails the test.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from db.ops import Update
from desktop.app.crash import log_path
from desktop.app.main_window import MainWindow
from desktop.presentation.keys import KEYS as PRESENTATION_KEYS
from tests.gui.walk import key_events, window_actions


@pytest.fixture
def dutch(qapp):
    """The Dutch interface (our translations and Qt's own), as a Dutch user has it."""
    from desktop.app import i18n

    i18n.install("nl")
    yield
    i18n.uninstall()


@pytest.fixture
def window(qtbot, demo, answerer, dutch):
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(demo, demo=True)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()


def _settle(qtbot, window, demo) -> None:
    """After an action: let the dialogs and popup menus it opened be answered (open() and
    popup() return at once; the answerer's timer answers them), then put the demo back."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None
                    and QApplication.activePopupWidget() is None, timeout=3000)
    pres = getattr(window, "presentation_actions", None)
    if pres is not None and pres.presentation is not None:
        pres.presentation.close()
        qtbot.waitUntil(lambda: pres.presentation is None, timeout=3000)
    if not window.isVisible():
        window.show()
    if window.session is None or window.session.path != str(demo):
        assert window.open_file(demo, demo=True)
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def _leave(qtbot, pres, w) -> None:
    """Esc until the presentation window closes: Esc closes the voting board, then clears
    a path, then the laser, and then leaves; the closed window is deleted (the menu forgets it)."""
    for _ in range(4):
        if not w.isVisible():
            break
        qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not w.isVisible(), "Esc does not leave the presentation"
    qtbot.waitUntil(lambda: pres.presentation is None)


def _show(qtbot, window, key) -> None:
    window.view_actions[key].trigger()
    qtbot.waitUntil(lambda: window.tabs.view(key) is not None and window.tabs.view(key).isVisible())


def _walk_view(qtbot, window, demo, answerer, key, done: set[str], triggered: list[str]) -> None:
    """Trigger every action reachable in view `key` that was not triggered before.

    The actions are collected again after each one: dynamic menus (recent files,
    filters) are rebuilt when they are shown, so their actions are made anew."""
    here: set[str] = set()  # looked at in this view (an action disabled here, e.g. Print
    # visual in the wizard, is tried again in the next views)
    while True:
        _show(qtbot, window, key)
        todo = [(n, a) for n, a in window_actions(window)
                if n not in done and n not in here and a is not window.quit_action]  # Quit: at the very end
        if not todo:
            return
        name, a = todo[0]
        here.add(name)
        if not a.isEnabled():
            continue
        done.add(name)
        a.trigger()
        triggered.append(f"{key}: {name}")
        _settle(qtbot, window, demo)


def _all_actions(window, demo, qtbot):
    """(name, action, view) of the actions with a shortcut, in every view."""
    found: dict[str, tuple[str, QAction, str]] = {}
    for key in window.tabs.keys():
        _show(qtbot, window, key)
        for name, a in window_actions(window):
            if a.shortcuts():
                found.setdefault(name, (name, a, key))
    return list(found.values())


def test_every_action_of_every_view(qtbot, window, demo, answerer):
    done: set[str] = set()
    triggered: list[str] = []
    # one edit first, so Undo and Redo are enabled (and both are walked)
    row = window.session.store.rows("action")[0]
    window.session.apply([Update("action", row["id"], {"title": row["title"] + " (walk)"})],
                         "walk")
    for key in window.tabs.keys():
        _walk_view(qtbot, window, demo, answerer, key, done, triggered)
    assert len(triggered) > 40, triggered
    kinds = " ".join(answerer.seen)
    # the walk met the dialogs a user meets
    for expected in ("QFileDialog", "QMessageBox", "ExportDialog", "PreferencesDialog",
                     "ShortcutsDialog", "QPrintDialog"):
        assert expected in kinds, (expected, answerer.seen)
    assert any(p.suffix == ".pptx" for p in answerer.written)
    # File ▸ Print report… and Print visual… went through the print dialog to PDF files
    # (the report is printed in steps while the window stays usable: wait until it is done)
    from desktop.app import workers

    qtbot.waitUntil(lambda: not workers.running(), timeout=180000)
    assert len(answerer.printed) >= 2 and all(p.read_bytes()[:4] == b"%PDF" for p in answerer.printed)
    assert not log_path().exists(), log_path().read_text()
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.session is None
    assert not log_path().exists()


def _press(qtbot, widget, seq: QKeySequence) -> None:
    for key, mods in key_events(seq):
        qtbot.keyClick(widget, key, mods)


def _focus_inside(qtbot, view):
    """Give the keyboard focus to the first control of `view` (as a click would)."""
    if view.focusWidget() is not None and view.isAncestorOf(view.focusWidget()):
        return view.focusWidget()
    children = sorted(view.findChildren(QWidget),  # the canvas or table first, as a click
                      key=lambda c: not isinstance(c, QAbstractScrollArea))
    for c in children:
        if c.isVisible() and c.focusPolicy() & Qt.FocusPolicy.TabFocus:
            c.setFocus(Qt.FocusReason.MouseFocusReason)
            qtbot.waitUntil(c.hasFocus)
            return c
    return view


def test_every_shortcut_through_a_key_event(qtbot, window, demo, answerer):
    """Each shortcut of the menus and tool bars, pressed as keys, triggers its action."""
    pressed = []
    for name, _stale, view in _all_actions(window, demo, qtbot):
        _show(qtbot, window, view)  # the views are built anew when a roadmap is reopened
        a = dict(window_actions(window)).get(name)
        if a is None or a is window.quit_action or not a.isEnabled():
            continue
        for seq in a.shortcuts():
            target = window
            if a.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
                target = _focus_inside(qtbot, window.tabs.view(view))
            hits = []

            def hit(*_x, hits=hits):
                hits.append(1)

            a.triggered.connect(hit)
            _press(qtbot, QApplication.focusWidget() or target, seq)
            _settle(qtbot, window, demo)
            a.triggered.disconnect(hit)
            assert hits, f"{seq.toString()} did not trigger {name}"
            pressed.append(f"{name} {seq.toString()}")
            _show(qtbot, window, view)
            a = dict(window_actions(window))[name]
    assert any("F5" in p for p in pressed), pressed
    assert any("Ctrl+E" in p for p in pressed), pressed
    assert not log_path().exists()


def test_presentation_from_f5_and_every_presentation_key(qtbot, window, demo, answerer):
    """F5 in the main window presents; every key of the key table works; Esc leaves."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    pres = window.presentation_actions
    qtbot.waitUntil(lambda: pres.presentation is not None and pres.presentation.isVisible())
    w = pres.presentation
    assert w.isFullScreen()
    if QApplication.platformName() != "offscreen":
        qtbot.waitUntil(w.isActiveWindow)
    done: list[str] = []
    for keys, _text in PRESENTATION_KEYS:
        for text in keys:
            if text == "Esc":
                continue
            seq = QKeySequence(text)
            assert not seq.isEmpty(), text
            _press(qtbot, w.editor if w.editor.isVisible() else w, seq)
            # P pops up the path menu (popup() returns at once): the answerer follows each path
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
            if w.editor.isVisible():  # quick-add / sticky note: type and store
                qtbot.keyClicks(w.editor, f"Walk {text}")
                qtbot.keyClick(w.editor, Qt.Key.Key_Return)
            done.append(text)
    assert "P" in done and len(done) > 30
    assert any("QMenu presentation_path_menu" in s for s in answerer.seen)
    assert answerer.popup_actions  # objectives of the demo, followed one by one
    _leave(qtbot, pres, w)
    assert window.session is not None
    assert not log_path().exists()


def test_shortcut_help_lists_canvas_and_presentation_keys_without_undo_text(
        qtbot, window, answerer):
    from desktop.app.shortcuts_dialog import ShortcutsDialog

    row = window.session.store.rows("action")[0]
    window.session.apply([Update("action", row["id"], {"title": "Walk"})], "Titel wijzigen")
    assert "Titel wijzigen" in window.undo_action.text()
    rows = []

    def read() -> None:
        d = QApplication.activeModalWidget()
        if isinstance(d, ShortcutsDialog):
            t = d.table
            rows.extend(tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount()))

    answerer.timer.timeout.disconnect(answerer.answer)  # read first, then answer
    answerer.timer.timeout.connect(read)
    answerer.timer.timeout.connect(answerer.answer)
    window.shortcuts_action.trigger()
    places = {r[0] for r in rows}
    assert "Presentatie" in places and "Tijdlijn (deel B)" in places, places
    assert not any("Titel wijzigen" in r[1] for r in rows)
    assert ("Bewerken", "Ongedaan maken", "Ctrl+Z") in rows, [r for r in rows if r[0] == "Bewerken"]
    for name, keys in (("Knippen", "Ctrl+X"), ("Kopiëren", "Ctrl+C"), ("Plakken", "Ctrl+V")):
        assert ("Bewerken", name, keys) in rows, [r for r in rows if r[0] == "Bewerken"]
    assert any(r[2] == "F5" for r in rows) and any(r[2] == "1–9" for r in rows)
