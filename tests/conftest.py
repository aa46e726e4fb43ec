"""Shared fixtures: offscreen Qt, isolated settings, a fresh store per test."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from db.store import RoadmapStore


def pytest_addoption(parser):
    parser.addoption("--soak", action="store_true",
                     help="also run the soak tests (more seeds of a property a quick test covers)")


def pytest_collection_modifyitems(config, items):
    soak = config.getoption("--soak")
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker("gui")
        if not soak and item.get_closest_marker("soak"):
            item.add_marker(pytest.mark.skip(reason="soak: run with --soak"))


def pytest_sessionfinish(session, exitstatus):
    """Empty the clipboard before the application goes: Qt's offscreen clipboard crashes at
    exit (after every test passed) when it holds data made in Python (copied rows)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is not None:
        app.clipboard().clear()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Keep every test away from the developer's settings and data folders.

    Qt is never imported here: a Qt-free test stays Qt-free. When Qt is loaded (a GUI test:
    its module or the qapp/qtbot fixtures import it first), QSettings is pointed at the
    test's folder too; before Qt's first use, XDG_CONFIG_HOME does the same for it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        qtcore.QSettings.setPath(qtcore.QSettings.Format.IniFormat,
                                 qtcore.QSettings.Scope.UserScope, str(tmp_path / "config"))


@pytest.fixture
def store():
    s = RoadmapStore.memory()
    yield s
    s.close()


@pytest.fixture
def file_store(tmp_path):
    s = RoadmapStore.create(tmp_path / "test.roadmap")
    yield s
    s.close()
