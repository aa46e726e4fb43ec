"""Fixtures shared by the tests that drive the whole main window."""

from __future__ import annotations

import pytest

from desktop.demo import fresh_demo
from tests.gui.walk import Answerer


@pytest.fixture
def demo(tmp_path):
    """A fresh copy of the demo roadmap under tmp_path (closed, ready to open)."""
    path = tmp_path / "demo.roadmap"
    fresh_demo(path).close()
    return path


@pytest.fixture
def answerer(qapp, tmp_path):
    """Answers modal dialogs as they appear (see tests/gui/walk.py); stopped after the test."""
    a = Answerer(tmp_path / "answers")
    yield a
    a.stop()


@pytest.fixture
def demo_window(qtbot, demo, answerer):
    """An English main window on the demo, shown, active, closed after the test."""
    from desktop.app.main_window import MainWindow

    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    assert w.open_file(demo, demo=True)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()
