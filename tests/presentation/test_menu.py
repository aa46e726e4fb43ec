"""Presentation actions in the main window: Present (F5) and Export deck (PPTX)."""

from __future__ import annotations

from pptx import Presentation
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.app.session import RoadmapSession
from desktop.presentation import menu as present_menu
from tests.presentation.roadmap import build


class FakeWindow(QMainWindow):
    """What the feature needs of the main window (the integration contract)."""

    session_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.session = None
        self.lang = "en"
        self.errors = []
        self._menus = {"file": QMenu("File", self), "view": QMenu("View", self)}
        self.file_actions = []

    def menu(self, name):
        return self._menus[name]

    def add_file_action(self, action):
        self.file_actions.append(action)
        self._menus["file"].addAction(action)

    def show_error(self, message):
        self.errors.append(message)


def test_actions_follow_the_session(qtbot, store, tmp_path):
    win = FakeWindow()
    qtbot.addWidget(win)
    actions = present_menu.install(win)
    assert win.presentation_actions is actions
    assert actions.present_action in win.menu("view").actions()
    assert actions.deck_action in win.file_actions
    assert actions.present_action.shortcut().toString() == "F5"
    assert not actions.present_action.isEnabled() and not actions.deck_action.isEnabled()
    build(store)
    session = RoadmapSession(store)
    win.session = session
    win.session_changed.emit(session)
    assert actions.present_action.isEnabled() and actions.deck_action.isEnabled()

    w = actions.start(QGuiApplication.primaryScreen())
    assert QTest.qWaitForWindowExposed(w)
    assert w.isFullScreen() and w.session is session
    assert w.screen() is QGuiApplication.primaryScreen()

    out = actions.export_to(tmp_path / "deck.pptx")
    assert out is not None and len(Presentation(str(out)).slides) >= 3
    assert actions.export_to(tmp_path / "no" / "deck.pptx") is None and win.errors

    gone = []
    w.destroyed.connect(lambda *_: gone.append(True))
    win.session = None
    win.session_changed.emit(None)  # closing the roadmap ends the presentation
    assert actions.presentation is None
    qtbot.waitUntil(lambda: bool(gone), timeout=3000)
    assert not actions.present_action.isEnabled()


def test_single_screen_needs_no_question(qapp):
    assert present_menu.choose_screen(None) is QGuiApplication.screens()[0]


def test_main_window_offers_present(qtbot, tmp_path):
    from db.store import RoadmapStore
    from desktop.app.main_window import MainWindow

    path = tmp_path / "r.roadmap"
    s = RoadmapStore.create(path)
    build(s)
    s.close()
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    actions = w.presentation_actions
    assert not actions.present_action.isEnabled()
    assert w.open_file(path)
    assert actions.present_action.isEnabled()
    p = actions.start(QGuiApplication.primaryScreen())
    assert p.session is w.session and len(p.cache) >= 3
    p.close()
    w.close_roadmap()
    assert not actions.deck_action.isEnabled()
