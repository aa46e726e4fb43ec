"""Closing a roadmap in the app leaves only the roadmap file: no -wal/-shm beside it."""

from __future__ import annotations

from db.ops import Update
from db.store import RoadmapStore
from desktop.app.main_window import MainWindow
from tests.helpers import basic_rows


def _extras(path):
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


def test_file_close_after_an_edit_leaves_no_wal_or_shm(qtbot, tmp_path):
    path = tmp_path / "r.roadmap"
    with RoadmapStore.create(path) as s:
        basic_rows(s)
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    assert w.open_file(path)
    w.show()
    w.session.apply([Update("partner", "p1", {"name": "imec vzw"})], "rename")
    assert _extras(path) == ["r.roadmap-shm", "r.roadmap-wal"]  # open for writing: WAL in use
    w.close_action.trigger()
    assert w.session is None
    assert _extras(path) == []
    with RoadmapStore.open(path, read_only=True) as s:
        assert s.get("partner", "p1")["name"] == "imec vzw"
    assert _extras(path) == []


def test_read_only_window_close_leaves_no_wal_or_shm(qtbot, tmp_path):
    path = tmp_path / "r.roadmap"
    with RoadmapStore.create(path) as s:
        basic_rows(s)
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    w.set_store(RoadmapStore.open(path, read_only=True), remember=False)
    w.show()
    assert _extras(path) == ["r.roadmap-shm", "r.roadmap-wal"]
    w.close_action.trigger()
    assert _extras(path) == []
