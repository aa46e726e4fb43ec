"""Case 5 of issue 20: one writer per roadmap by every path the user can take.

Each test opens a roadmap in a first window (or another process) and then reaches the
same file again by one path — File > Open, Open Recent, the command line, Collaboration >
Open shared roadmap…, Save As, a symlink, a hard link, a bind mount — through the menu
actions (QAction.trigger) with the file dialogs answered and the "Roadmap in use" box
answered by clicking its button. The second window must never get write access.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from db.coedit.sync_folder import SharedFolder
from db.errors import RoadmapError
from db.locking import acquire
from db.ops import Update
from db.store import RoadmapStore
from desktop.app.main_window import MainWindow
from tests.helpers import basic_rows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shown(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: messages.append(text))
    return messages


@pytest.fixture
def windows(qtbot):
    made: list[MainWindow] = []

    def make() -> MainWindow:
        w = MainWindow(lang="en")
        qtbot.addWidget(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close_roadmap()


class InUseBox:
    """Answers the "Roadmap in use" box the moment it opens, by clicking a button."""

    def __init__(self, answer: str = "read-only") -> None:
        self.answer, self.texts = answer, []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self.texts.append(box.text())
        which = (QMessageBox.StandardButton.Open if self.answer == "read-only"
                 else QMessageBox.StandardButton.Cancel)
        box.button(which).click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def in_use_box():
    boxes: list[InUseBox] = []

    def make(answer: str = "read-only") -> InUseBox:
        boxes.append(InUseBox(answer))
        return boxes[-1]

    yield make
    for b in boxes:
        b.stop()


def _roadmap(path: Path) -> Path:
    s = RoadmapStore.create(path)
    basic_rows(s)
    s.close()
    return path


def _answer_open(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _open_by_menu(window: MainWindow, monkeypatch, path: Path) -> None:
    _answer_open(monkeypatch, path)
    window.open_action.trigger()


def _assert_refused(second: MainWindow, box: InUseBox) -> None:
    assert box.texts and "already open for editing" in box.texts[0], box.texts
    assert second.session is not None and second.session.store.read_only
    assert second.coedit_actions.lock is None
    with pytest.raises(RoadmapError, match="read-only"):
        second.session.store.apply([Update("action", "a1", {"title": "second writer"})])


def test_file_open_of_a_file_open_elsewhere_is_read_only(tmp_path, windows, in_use_box,
                                                         monkeypatch, shown):
    path = _roadmap(tmp_path / "a.roadmap")
    first, second = windows(), windows()
    _open_by_menu(first, monkeypatch, path)
    assert not first.session.store.read_only
    box = in_use_box("read-only")
    _open_by_menu(second, monkeypatch, path)
    _assert_refused(second, box)
    box.stop()
    third = windows()
    box = in_use_box("cancel")
    _open_by_menu(third, monkeypatch, path)  # Cancel: nothing is opened
    assert box.texts and third.session is None
    assert not shown, shown


def test_open_recent_is_locked(tmp_path, windows, in_use_box, monkeypatch, shown):
    path = _roadmap(tmp_path / "a.roadmap")
    first, second = windows(), windows()
    _open_by_menu(first, monkeypatch, path)
    box = in_use_box()
    second.recent_menu.aboutToShow.emit()
    recent = [a for a in second.recent_menu.actions() if a.text() == "a.roadmap"]
    assert recent, [a.text() for a in second.recent_menu.actions()]
    recent[0].trigger()
    _assert_refused(second, box)
    assert not shown, shown


def test_command_line_is_locked(tmp_path, windows, in_use_box, monkeypatch, qapp, shown):
    """`routekaart FILE` (desktop.cli.main -> desktop.app.start.run) while another window has FILE."""
    from desktop import cli
    from desktop.app import start as app_module

    path = _roadmap(tmp_path / "a.roadmap")
    first = windows()
    _open_by_menu(first, monkeypatch, path)
    started: list[MainWindow] = []
    real_show = MainWindow.show

    def show(self):
        started.append(self)
        real_show(self)

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    monkeypatch.setattr(app_module, "_quit_after_first_paint", lambda w: None)
    box = in_use_box()
    assert cli.main([str(path)]) == 0
    second = started[-1]
    try:
        _assert_refused(second, box)
    finally:
        second.close_roadmap()
        second.deleteLater()
    assert not shown, shown


def _join_by_menu(window: MainWindow, monkeypatch, share: Path, local: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(share))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(local), ""))
    window.coedit_actions.actions["join"].trigger()


def test_open_shared_roadmap_takes_the_lock(tmp_path, windows, in_use_box, monkeypatch, shown):
    """Issue 20 case 5: the working copy made by Open shared roadmap… had no lock, so a
    second window got write access and its edit was later overwritten."""
    origin = _roadmap(tmp_path / "origin.roadmap")
    share = tmp_path / "share"
    with RoadmapStore.open(origin) as s:
        SharedFolder(share, author="Ann", device="aaaaaaaaaaaa").share(s)
    local = tmp_path / "mine.roadmap"
    first, second = windows(), windows()
    _join_by_menu(first, monkeypatch, share, local)
    assert first.session is not None and first.session.store.path == str(local)
    assert not first.session.store.read_only and first.coedit_actions.lock is not None
    box = in_use_box()
    _open_by_menu(second, monkeypatch, local)
    _assert_refused(second, box)
    assert not shown, shown


def test_save_as_copy_is_locked_by_the_window_that_made_it(tmp_path, windows, in_use_box,
                                                           monkeypatch, shown):
    path = _roadmap(tmp_path / "a.roadmap")
    copy = tmp_path / "copy.roadmap"
    first, second = windows(), windows()
    _open_by_menu(first, monkeypatch, path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    first.save_as_action.trigger()
    assert first.session.store.path == str(copy) and not first.session.store.read_only
    box = in_use_box()
    _open_by_menu(second, monkeypatch, copy)
    _assert_refused(second, box)
    # Save As onto another name of a file open elsewhere (a hard link) is refused too
    third = windows()
    other = _roadmap(tmp_path / "other.roadmap")
    _open_by_menu(third, monkeypatch, other)
    link = tmp_path / "link-to-copy.roadmap"
    os.link(copy, link)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(link), ""))
    third.save_as_action.trigger()
    assert third.session.store.path == str(other)
    assert shown and "already open for editing" in shown[-1], shown
    assert os.path.samefile(copy, link)  # the file open in the first window was not replaced


def test_symlink_to_an_open_file_is_read_only(tmp_path, windows, in_use_box, monkeypatch, shown):
    path = _roadmap(tmp_path / "a.roadmap")
    link = tmp_path / "elsewhere" / "shortcut.roadmap"
    link.parent.mkdir()
    link.symlink_to(path)
    first, second = windows(), windows()
    _open_by_menu(first, monkeypatch, path)
    box = in_use_box()
    _open_by_menu(second, monkeypatch, link)
    _assert_refused(second, box)
    assert not shown, shown


def test_hard_link_to_an_open_file_is_read_only(tmp_path, windows, in_use_box, monkeypatch, shown):
    """Issue 20 case 5: a hard link in another folder has another lock file name; the lock
    compares device+inode, so the second window is offered read-only (not a second writer,
    not "damaged")."""
    path = _roadmap(tmp_path / "a.roadmap")
    (tmp_path / "other").mkdir()
    link = tmp_path / "other" / "b.roadmap"
    os.link(path, link)
    first, second = windows(), windows()
    _open_by_menu(first, monkeypatch, path)
    box = in_use_box()
    _open_by_menu(second, monkeypatch, link)
    _assert_refused(second, box)
    assert not shown, shown
    # the same window opening the file by its other name just keeps it open
    _open_by_menu(first, monkeypatch, link)
    assert first.session.store.path == str(path) and not first.session.store.read_only


HOLDER = r"""
import sys, time
from db.coedit.writer_lock import open_locked
store, lock = open_locked(sys.argv[1], author="Alice")
print("open", flush=True)
time.sleep(60)
"""


def test_hard_link_held_by_another_process(tmp_path, windows, in_use_box, monkeypatch, shown):
    """Two processes, two names of one file: the second is told Alice has it open."""
    path = _roadmap(tmp_path / "a.roadmap")
    link = tmp_path / "b.roadmap"
    os.link(path, link)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                            text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "open"
        second = windows()
        box = in_use_box()
        _open_by_menu(second, monkeypatch, link)
        _assert_refused(second, box)
        assert "Alice" in box.texts[0]
    finally:
        proc.kill()
        proc.wait()
    assert not Path(f"{link}-wal").exists() or Path(f"{link}-wal").stat().st_size == 0
    assert not shown, shown


def test_bind_mount_path_is_the_same_file(tmp_path, windows, in_use_box, monkeypatch, shown):
    """Another path to the very same file: the file bind-mounted under another name in
    another folder (same device+inode, nothing in common in the path)."""
    (tmp_path / "src").mkdir()
    (tmp_path / "mnt").mkdir()
    path = _roadmap(tmp_path / "src" / "a.roadmap")
    other = tmp_path / "mnt" / "x.roadmap"
    other.touch()
    if subprocess.run(["mount", "--bind", str(path), str(other)], capture_output=True).returncode:
        pytest.skip("bind mounts need root")
    first, second = windows(), windows()
    try:
        _open_by_menu(first, monkeypatch, path)
        box = in_use_box()
        _open_by_menu(second, monkeypatch, other)
        _assert_refused(second, box)
    finally:
        for w in (first, second):
            w.close_roadmap()
        subprocess.run(["umount", "-l", str(other)], check=False)
    assert not shown, shown


def test_lock_by_device_and_inode_without_the_gui(tmp_path):
    path = _roadmap(tmp_path / "a.roadmap")
    (tmp_path / "d").mkdir()
    hard = tmp_path / "d" / "hard.roadmap"
    os.link(path, hard)
    soft = tmp_path / "soft.roadmap"
    soft.symlink_to(hard)
    with acquire(path, author="Ann"):
        for other in (hard, soft, tmp_path / "d" / ".." / "a.roadmap"):
            with pytest.raises(RoadmapError, match="already open for editing by Ann"):
                acquire(other)
    with acquire(hard):  # released: any name can be locked again
        pass


class _FailingConnection:
    """A connection whose disk fails at COMMIT (and then at ROLLBACK and every read)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn, self.failing = conn, False

    def execute(self, sql: str, *args):
        if self.failing and (sql.strip().upper() in ("COMMIT", "ROLLBACK") or "SELECT" in sql.upper()):
            raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_disk_io_error_never_escapes_apply(tmp_path):
    path = _roadmap(tmp_path / "a.roadmap")
    store = RoadmapStore.open(path)
    failing = _FailingConnection(store._conn)
    store._conn = failing
    failing.failing = True
    try:
        with pytest.raises(RoadmapError) as info:
            store.apply([Update("action", "a1", {"title": "lost?"})])
        assert not isinstance(info.value, sqlite3.Error)
        assert info.value.code == "io_error"
        assert "read/write error" in str(info.value) and "disk I/O error" not in str(info.value)
        with pytest.raises(RoadmapError) as again:  # and every further edit says so too
            store.apply([Update("action", "a1", {"title": "again"})])
        assert again.value.code == "io_error"
    finally:
        failing.failing = False
        store._conn = failing._conn
        store._conn.execute("ROLLBACK") if store._conn.in_transaction else None
        store.close()
    from desktop.domain.reasons import refusal_text

    assert "lees- of schrijffout" in refusal_text(info.value, "nl")
