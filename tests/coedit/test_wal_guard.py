"""Case 6 of issue 20: a -wal that does not belong to the roadmap is never applied.

Another database's -wal beside a roadmap, or an old -wal of the same file beside a newer
copy of it, is found before SQLite opens the file (db/wal_guard.py reads the headers,
db/store/core.py compares the contents on copies), moved aside with a message, and the
roadmap is opened as its file holds it. A real -wal left by a crash (kill -9) is still
applied: no acknowledged edit is lost.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.coedit.writer_lock import open_locked
from db.ops import Update
from db.store import RoadmapStore
from db.wal_guard import mismatch, read_wal
from tests.coedit.coedit_helpers import doc_matches_tables
from tests.helpers import basic_rows

ROOT = Path(__file__).resolve().parents[2]


def _roadmap(path: Path, title: str) -> Path:
    s = RoadmapStore.create(path, title=title)
    basic_rows(s)
    s.close()
    return path


def _wal_of_edits(path: Path, edits: list[str], into: Path) -> None:
    """Copy into `into` the -wal that holds `edits` to action a1's title (file kept open,
    no checkpoint: the -wal is what a crash would leave)."""
    s = RoadmapStore.open(path)
    s._conn.execute("PRAGMA wal_autocheckpoint = 0")
    for t in edits:
        s.apply([Update("action", "a1", {"title": t})])
    shutil.copyfile(f"{path}-wal", into)
    s.close()


def _aside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".set-aside-" in p.name)


def test_foreign_wal_of_another_roadmap_is_set_aside(tmp_path):
    mine = _roadmap(tmp_path / "mine.roadmap", "Mijn roadmap")
    other = _roadmap(tmp_path / "other.roadmap", "Andere roadmap")
    _wal_of_edits(other, ["from the other roadmap"], tmp_path / "other.wal")
    shutil.copyfile(tmp_path / "other.wal", f"{mine}-wal")
    store, lock = open_locked(mine, author="Ann")
    try:
        assert store.roadmap()["title"] == "Mijn roadmap"
        assert store.get("action", "a1")["title"] == "Sensorplatform"
        # the log holds only the pages the other roadmap's edits touched, so applied to
        # this file it reads as this roadmap with a history that is not this file's
        assert [n.code for n in store.notices] == ["wal_mismatch"]
        text = str(store.notices[0])
        assert "mine.roadmap-wal" in text and "another roadmap" in text and "not applied" in text
        assert store.integrity_check() == ["ok"] and doc_matches_tables(store)
    finally:
        store.close()
        lock.release()
    assert _aside(tmp_path) == [n for n in _aside(tmp_path) if n.startswith("mine.roadmap-")]
    assert len([n for n in _aside(tmp_path) if "-wal." in n]) == 1
    # the set-aside log is byte for byte what was there (nothing is thrown away)
    wal_aside = [p for p in tmp_path.iterdir() if p.name.startswith("mine.roadmap-wal.set-aside-")][0]
    assert wal_aside.read_bytes() == (tmp_path / "other.wal").read_bytes()


def test_foreign_wal_of_a_plain_sqlite_database_is_set_aside(tmp_path):
    mine = _roadmap(tmp_path / "mine.roadmap", "Mijn roadmap")
    db = tmp_path / "notes.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE roadmap (id TEXT, title TEXT)")
    conn.execute("INSERT INTO roadmap VALUES ('x', 'not yours')")
    shutil.copyfile(f"{db}-wal", f"{mine}-wal")
    conn.close()
    assert mismatch(mine, f"{mine}-wal", application_id=0x524B4D50) == "foreign"  # headers alone
    with RoadmapStore.open(mine) as store:  # a plain open checks too (the lock is free)
        assert [n.code for n in store.notices] == ["wal_foreign"]
        assert store.roadmap()["title"] == "Mijn roadmap"
        assert store.integrity_check() == ["ok"]


def test_stale_wal_of_the_same_file_is_set_aside_and_its_edits_kept(tmp_path):
    """The WAL holds an older state of this very roadmap (e.g. a backup of the file and its
    -wal, then a newer file copied over): it must not roll the title back."""
    path = _roadmap(tmp_path / "a.roadmap", "Roadmap")
    _wal_of_edits(path, ["old title"], tmp_path / "old.wal")
    with RoadmapStore.open(path) as s:
        s.apply([Update("action", "a1", {"title": "new title"})])
        s.apply([Update("roadmap", s.roadmap_id, {"title": "Renamed roadmap"})])
    assert not Path(f"{path}-wal").exists()
    shutil.copyfile(tmp_path / "old.wal", f"{path}-wal")
    store, lock = open_locked(path)
    try:
        assert store.get("action", "a1")["title"] == "new title"
        assert store.roadmap()["title"] == "Renamed roadmap"
        assert [n.code for n in store.notices] == ["wal_older"]
        assert "older than the roadmap file" in str(store.notices[0])
        assert store.integrity_check() == ["ok"] and doc_matches_tables(store)
    finally:
        store.close()
        lock.release()


def test_stale_wal_with_edits_of_its_own_is_set_aside_byte_for_byte(tmp_path):
    """A WAL that is behind the file but also holds an edit the file lacks (the file was
    restored from an older copy meanwhile): it is not applied, and it is kept as it was
    beside the roadmap (nothing is thrown away), with a message in the user's language."""
    path = _roadmap(tmp_path / "a.roadmap", "Roadmap")
    backup = tmp_path / "backup.roadmap"
    shutil.copyfile(path, backup)
    _wal_of_edits(path, ["edit only in the log"], tmp_path / "log.wal")
    os.replace(backup, path)  # the file as it was, then a different edit
    with RoadmapStore.open(path) as s:
        s.apply([Update("action", "a2", {"title": "edit only in the file"})])
    shutil.copyfile(tmp_path / "log.wal", f"{path}-wal")
    with RoadmapStore.open(path) as store:
        assert store.get("action", "a2")["title"] == "edit only in the file"
        assert store.get("action", "a1")["title"] == "Sensorplatform"
        (notice,) = store.notices
        assert notice.code in ("wal_older", "wal_mismatch")
        assert store.integrity_check() == ["ok"] and doc_matches_tables(store)
    aside = tmp_path / notice.params["aside"]
    assert aside.read_bytes() == (tmp_path / "log.wal").read_bytes()
    from desktop.domain.reasons import refusal_text

    nl = refusal_text(notice, "nl")
    assert "wijzigingslogboek" in nl and notice.params["aside"] in nl and "niet toegepast" in nl


CRASHER = r"""
import sys
from db.ops import Update
from db.coedit.writer_lock import open_locked
store, lock = open_locked(sys.argv[1])
for i in range(40):
    store.apply([Update("action", "a1", {"title": f"edit {i}"})])
    store.apply([Update("action", "a2", {"start_date": f"2026-02-{i % 28 + 1:02d}"})])
    print(i, flush=True)
import time
time.sleep(60)
"""


def test_wal_left_by_kill_9_is_applied(tmp_path):
    path = _roadmap(tmp_path / "a.roadmap", "Roadmap")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", CRASHER, str(path)], stdout=subprocess.PIPE,
                            text=True, env=env)
    acked = -1
    try:
        for line in proc.stdout:
            acked = int(line)
            if acked == 39:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert acked == 39
    wal = Path(f"{path}-wal")
    assert wal.exists() and read_wal(wal).applies  # the crash left committed edits in it
    assert mismatch(path, wal, application_id=0x524B4D50) == ""
    store, lock = open_locked(path)
    try:
        assert store.notices == []
        assert store.get("action", "a1")["title"] == "edit 39"
        assert store.get("action", "a2")["start_date"] == "2026-02-12"
        assert store.integrity_check() == ["ok"] and doc_matches_tables(store)
    finally:
        store.close()
        lock.release()
    assert _aside(tmp_path) == []


HOLDER = r"""
import sys, time
from db.ops import Update
from db.coedit.writer_lock import open_locked
store, lock = open_locked(sys.argv[1])
store._conn.execute("PRAGMA wal_autocheckpoint = 0")
store.apply([Update("action", "a1", {"title": "live edit"})])
print("ready", flush=True)
time.sleep(60)
"""


def test_live_wal_of_another_window_is_never_touched(tmp_path):
    """While another Routekaart has the file open its -wal is live: a read-only open by a
    second window never checks, moves or changes it."""
    path = _roadmap(tmp_path / "a.roadmap", "Roadmap")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                            text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "ready"
        before = Path(f"{path}-wal").read_bytes()
        with RoadmapStore.open(path, read_only=True) as ro:
            assert ro.notices == [] and ro.get("action", "a1")["title"] == "live edit"
        assert Path(f"{path}-wal").read_bytes() == before
    finally:
        proc.kill()
        proc.wait()
    assert _aside(tmp_path) == []


@pytest.mark.parametrize("damage", ["header", "truncated"])
def test_damaged_or_partial_wal_headers_are_left_to_sqlite(tmp_path, damage):
    """A WAL whose header checksum is wrong, or whose last frame is cut off, is handled by
    SQLite itself (it uses only valid frames): the guard reads it without error."""
    path = _roadmap(tmp_path / "a.roadmap", "Roadmap")
    _wal_of_edits(path, ["one", "two"], tmp_path / "x.wal")
    data = bytearray((tmp_path / "x.wal").read_bytes())
    if damage == "header":
        data[24] ^= 0xFF
    else:
        data = data[:-100]
    Path(f"{path}-wal").write_bytes(bytes(data))
    info = read_wal(f"{path}-wal")
    assert info.valid_header == (damage != "header")
    with RoadmapStore.open(path) as store:
        assert store.integrity_check() == ["ok"]
        assert store.get("action", "a1")["title"] in ("Sensorplatform", "one", "two")


def test_file_open_tells_the_user_in_their_language(tmp_path, qtbot, monkeypatch):
    """File > Open (QAction) on a roadmap with another roadmap's -wal: a warning names the
    log and where it was kept, in Dutch; the roadmap opens as its file holds it."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.app.main_window import MainWindow

    mine = _roadmap(tmp_path / "mine.roadmap", "Mijn roadmap")
    other = _roadmap(tmp_path / "other.roadmap", "Andere roadmap")
    _wal_of_edits(other, ["from the other roadmap"], tmp_path / "other.wal")
    shutil.copyfile(tmp_path / "other.wal", f"{mine}-wal")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(mine), ""))
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    w.open_action.trigger()
    try:
        assert w.session is not None and not w.session.store.read_only
        assert w.session.store.get("action", "a1")["title"] == "Sensorplatform"
        assert len(shown) == 1 and "wijzigingslogboek (mine.roadmap-wal)" in shown[0]
        assert "set-aside" in shown[0] and "niet toegepast" in shown[0]
    finally:
        w.close_roadmap()
