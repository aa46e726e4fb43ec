"""Single writer per file through the main window: a roadmap open in another Routekaart
process is named and offered read-only; new, imported and demo roadmaps are locked too."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db.locking import acquire
from db.store import RoadmapStore
from desktop.app.main_window import MainWindow
from desktop.coedit_ui import menu

ROOT = Path(__file__).resolve().parents[2]
HOLDER = r"""
import sys, time
from db.locking import acquire
lock = acquire(sys.argv[1], author="Alice")
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def window(qtbot):
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    yield w
    w.close()


def test_file_open_in_another_process_is_offered_read_only(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "a.roadmap"
    RoadmapStore.create(path, title="Gedeeld").close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert proc.stdout.readline().strip() == "locked"
        asked: list[str] = []
        monkeypatch.setattr(menu, "ask_read_only", lambda parent, text: asked.append(text) or False)
        assert not window.open_file(path)  # the user declines
        assert "Alice" in asked[0] and window.session is None
        monkeypatch.setattr(menu, "ask_read_only", lambda parent, text: True)
        assert window.open_file(path)
        assert window.session.store.read_only and "[read-only]" in window.windowTitle()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


def test_open_file_holds_the_lock_until_closed(qtbot, window, tmp_path):
    from db.errors import FileInUseError

    path = tmp_path / "b.roadmap"
    RoadmapStore.create(path).close()
    assert window.open_file(path)
    assert window.open_file(path)  # opening it again here just keeps it
    with pytest.raises(FileInUseError):
        acquire(path)
    window.close_roadmap()
    acquire(path).release()


def test_new_roadmap_is_locked(qtbot, window, tmp_path, monkeypatch):
    from db.errors import FileInUseError

    target = tmp_path / "nieuw.roadmap"
    monkeypatch.setattr(window, "_ask_roadmap_path", lambda *a, **k: str(target))
    window.new_file()
    assert window.session and Path(window.session.path) == target
    with pytest.raises(FileInUseError):
        acquire(target)


def test_a_second_demo_does_not_replace_the_one_in_use(tmp_path):
    from desktop.demo import free_demo_path

    first = free_demo_path(tmp_path)
    assert first.name == "demo.roadmap"
    with acquire(first):
        assert free_demo_path(tmp_path).name == "demo-2.roadmap"
    assert free_demo_path(tmp_path).name == "demo.roadmap"
