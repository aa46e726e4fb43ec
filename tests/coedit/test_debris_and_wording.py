"""Case 9 of issue 20: no debris, and file errors that say what happened.

Interrupted snapshots and imports clean up after themselves and what they left before
is removed (or kept as the snapshot it was meant to be) at the next start; a full disk
is called a full disk (in the interface language), never "damaged or incomplete"; a file
whose user_version was reset to 0 gets a clear message, never "table roadmap already
exists". The full-disk tests use a real, tiny tmpfs (root only; skipped otherwise).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import snapshots
from db.errors import CorruptRoadmapError, RoadmapError, StorageFullError
from db.interchange import export_document, export_json, import_document
from db.ops import Update
from db.store import RoadmapStore
from desktop.domain.reasons import refusal_text
from tests.helpers import basic_rows, sha256

ROOT = Path(__file__).resolve().parents[2]


def _roadmap(path: Path) -> Path:
    s = RoadmapStore.create(path)
    basic_rows(s)
    s.close()
    return path


def _age(path: Path, seconds: float) -> None:
    t = time.time() - seconds
    os.utime(path, (t, t))


# -- snapshots -----------------------------------------------------------------------------


def test_interrupted_snapshots_leave_nothing_behind(tmp_path):
    store = RoadmapStore.create(tmp_path / "a.roadmap")
    basic_rows(store)
    folder = tmp_path / "snaps"
    first = snapshots.take(store, folder)
    # what a killed snapshot left: a temporary copy and its journal, a finished copy
    # without its metadata, and a half-written copy without metadata
    tmp = folder / ".routekaart-killed.tmp"
    tmp.write_bytes(b"\0" * (2 * 1024 * 1024))
    Path(f"{tmp}-journal").write_bytes(b"\0" * 4096)
    orphan = folder / "20260101T101010123456Z-auto.roadmap"
    store.backup_to(orphan)
    named = folder / "20260102T101010123456Z-named-after-workshop-2.roadmap"
    store.backup_to(named)
    broken = folder / "20260103T101010123456Z-auto.roadmap"
    broken.write_bytes(b"SQLite format 3\0" + b"\x07" * 5000)
    for p in (tmp, Path(f"{tmp}-journal"), orphan, named, broken):
        _age(p, 2 * 3600)
    assert len(snapshots.listing(folder)) == 1  # the orphans are invisible ...
    snapshots.take(store, folder)  # ... until the next snapshot tidies the folder
    names = sorted(p.name for p in folder.iterdir())
    assert not [n for n in names if n.endswith((".tmp", "-journal"))], names
    assert broken.name not in names
    listed = {s.path.name: s for s in snapshots.listing(folder)}
    assert orphan.name in listed and listed[orphan.name].kind == "auto"
    assert listed[named.name].kind == "named" and listed[named.name].label == "after workshop 2"
    assert first.path.name in listed and len(listed) == 4
    assert all(p.with_suffix(".json").exists() for p in folder.glob("*.roadmap"))
    store.close()


KILLED = r"""
import sys
from db import snapshots
from db.store import RoadmapStore
store = RoadmapStore.open(sys.argv[1])
print("go", flush=True)
while True:
    snapshots.take(store, sys.argv[2])
"""


def test_snapshot_killed_mid_copy_is_tidied_at_the_next_start(tmp_path):
    path = tmp_path / "big.roadmap"
    s = RoadmapStore.create(path)
    basic_rows(s)
    s.apply([Update("roadmap", s.roadmap_id, {"title": "x" * 400})])
    s.close()
    folder = tmp_path / "snaps"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in (0.3, 0.7, 1.1):
        proc = subprocess.Popen([sys.executable, "-c", KILLED, str(path), str(folder)],
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout.readline().strip() == "go"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    snapshots.tidy(folder, older_than=0)  # what the next start does (without the wait)
    left = sorted(p.name for p in folder.iterdir())
    assert not [n for n in left if n.endswith((".tmp", "-journal"))], left
    assert all((folder / n).with_suffix(".json").exists() for n in left if n.endswith(".roadmap"))
    for snap in snapshots.listing(folder):
        with RoadmapStore.open(snap.path, read_only=True) as check:
            assert check.integrity_check() == ["ok"]


# -- imports -------------------------------------------------------------------------------


def test_leftovers_of_an_interrupted_import_are_removed(tmp_path):
    with RoadmapStore.create(tmp_path / "a.roadmap") as s:
        basic_rows(s)
        doc = export_document(s)
    stale = tmp_path / ".earlier.roadmap.importing"
    stale.write_bytes(b"\0" * 100_000)
    Path(f"{stale}-wal").write_bytes(b"\0" * 1000)
    _age(stale, 2 * 3600)
    _age(Path(f"{stale}-wal"), 2 * 3600)
    import_document(doc, tmp_path / "new.roadmap").close()
    assert not list(tmp_path.glob(".*importing*"))


def test_failed_import_leaves_no_importing_file(tmp_path, monkeypatch):
    with RoadmapStore.create(tmp_path / "a.roadmap") as s:
        basic_rows(s)
        doc = export_document(s)
    real = RoadmapStore.apply

    def failing(self, ops, **kw):
        if self.path.endswith(".importing"):
            raise StorageFullError("The disk holding x is full.", "disk_full", path=self.path)
        return real(self, ops, **kw)

    monkeypatch.setattr(RoadmapStore, "apply", failing)
    with pytest.raises(StorageFullError) as info:
        import_document(doc, tmp_path / "new.roadmap")
    assert info.value.code == "disk_full_import" and "new.roadmap" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.roadmap"]


# -- a really full disk --------------------------------------------------------------------


@pytest.fixture
def tiny(tmp_path):
    """A 4 MB tmpfs, and a function that fills it up completely."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)],
                      capture_output=True).returncode:
        pytest.skip("mounting a tmpfs needs root")

    def fill(name: str = "filler") -> Path:
        p = mnt / name
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            while True:
                os.write(fd, b"x" * 4096)
        except OSError as exc:
            assert exc.errno == 28
        finally:
            os.close(fd)
        return p

    yield mnt, fill
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_opening_on_a_full_disk_says_disk_full(tiny):
    mnt, fill = tiny
    path = _roadmap(mnt / "a.roadmap")
    digest = sha256(path)
    fill()
    for read_only in (False, True):
        with pytest.raises(StorageFullError) as info:
            RoadmapStore.open(path, read_only=read_only)
        assert info.value.code == "disk_full_open"
        assert "full" in str(info.value) and "damaged" not in str(info.value)
        nl = refusal_text(info.value, "nl")
        assert "is vol" in nl and "beschadigd" not in nl
    assert sha256(path) == digest


def test_file_open_on_a_full_disk_tells_the_user(tiny, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.app.main_window import MainWindow

    mnt, fill = tiny
    path = _roadmap(mnt / "a.roadmap")
    fill()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    w.open_action.trigger()
    assert w.session is None
    assert len(shown) == 1 and "is vol" in shown[0] and "beschadigd" not in shown[0], shown


def test_edits_and_imports_on_a_full_disk_say_disk_full(tiny):
    mnt, fill = tiny
    path = _roadmap(mnt / "a.roadmap")
    store = RoadmapStore.open(path)
    doc = export_document(store)
    filler = fill()
    with pytest.raises(StorageFullError) as info:
        for i in range(2000):
            store.apply([Update("action", "a1", {"description": f"{i} " + "tekst " * 300})])
    assert info.value.code == "disk_full" and "vol" in refusal_text(info.value, "nl")
    last = store.get("action", "a1")["description"]
    with pytest.raises(StorageFullError) as imp:
        import_document(doc, mnt / "b.roadmap")
    assert imp.value.code == "disk_full_import"
    assert not list(mnt.glob(".*importing*")) and not (mnt / "b.roadmap").exists()
    with pytest.raises(StorageFullError) as cp:
        store.backup_to(mnt / "copy.roadmap")
    assert cp.value.code == "disk_full_copy" and not list(mnt.glob(".routekaart-*"))
    store.close()
    filler.unlink()
    with RoadmapStore.open(path) as again:  # nothing acknowledged was lost
        assert again.get("action", "a1")["description"] == last
        assert again.integrity_check() == ["ok"]


# -- user_version 0 ------------------------------------------------------------------------


def test_user_version_0_with_tables_gets_a_clear_message(tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox
    path = _roadmap(tmp_path / "a.roadmap")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    digest = sha256(path)
    with pytest.raises(CorruptRoadmapError) as info:
        RoadmapStore.open(path)
    assert info.value.code == "no_version"
    assert "already exists" not in str(info.value) and "user_version" in str(info.value)
    assert sha256(path) == digest
    from desktop.app.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    w.open_action.trigger()
    assert w.session is None and len(shown) == 1
    assert "bestandsformaatnummer" in shown[0] and "already exists" not in shown[0]
    assert sha256(path) == digest


def test_export_json_on_a_full_disk_leaves_no_temp_file(tiny):
    mnt, fill = tiny
    store = RoadmapStore.memory()
    basic_rows(store)
    fill()
    with pytest.raises(RoadmapError):
        export_json(store, mnt / "out.json")
    assert not list(mnt.glob(".out.json*"))


def test_import_and_save_as_on_a_full_disk_through_the_menu(tiny, tmp_path, qtbot, monkeypatch):
    """File > Import roadmap JSON… and File > Save As… onto a full disk: the user reads
    that the disk is full (Dutch interface), and nothing is left on that disk."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.app.main_window import MainWindow

    mnt, fill = tiny
    src = _roadmap(tmp_path / "a.roadmap")
    with RoadmapStore.open(src) as s:
        export_json(s, tmp_path / "a.json")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    assert w.open_file(src)
    fill()
    before = set(mnt.iterdir())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "a.json"), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mnt / "b.roadmap"), ""))
    w.import_action.trigger()
    assert shown and "is vol" in shown[-1] and "niet geïmporteerd" in shown[-1], shown
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mnt / "c.roadmap"), ""))
    w.save_as_action.trigger()
    assert len(shown) == 2 and "is vol" in shown[-1] and "kopie werd niet gemaakt" in shown[-1], shown
    assert set(mnt.iterdir()) == before
    assert w.session.store.path == str(src)  # still working in the roadmap as it was
    w.close_roadmap()
