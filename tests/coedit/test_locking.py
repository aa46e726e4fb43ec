"""One writer per file: a second process is told who has it open and can open it read-only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db.errors import FileInUseError, RoadmapError
from db.locking import acquire, holder_of, info_path, lock_path
from db.store import RoadmapStore

ROOT = Path(__file__).resolve().parents[2]

HOLDER = r"""
import sys, time
from db.locking import acquire
lock = acquire(sys.argv[1], author="Alice")
print("locked", flush=True)
time.sleep(60)
"""


def test_second_process_is_refused_until_the_holder_dies(tmp_path):
    path = tmp_path / "a.roadmap"
    RoadmapStore.create(path).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                            text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(FileInUseError, match="already open for editing by Alice") as info:
            acquire(path)
        assert isinstance(info.value, RoadmapError)
        assert info.value.holder["pid"] == proc.pid
        assert set(info.value.holder) == {"author", "user", "host", "pid", "since"}
        with RoadmapStore.open(path, read_only=True) as ro:  # what the user is offered
            assert ro.read_only
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert holder_of(path)["author"] == "Alice"  # the crash left its information behind ...
    with acquire(path, author="Bob") as lock:  # ... but no stale lock
        assert lock.held and holder_of(path)["author"] == "Bob"
    assert not lock.held
    assert not lock_path(path).exists() and not info_path(path).exists()
    assert holder_of(path) == {}


def test_same_process_second_window_is_refused(tmp_path):
    path = tmp_path / "a.roadmap"
    RoadmapStore.create(path).close()
    first = acquire(path)
    with pytest.raises(FileInUseError):
        acquire(path)
    assert first.held
    first.release()
    first.release()  # a second release is harmless
    acquire(path).release()


def test_stale_information_blocks_nobody(tmp_path):
    path = tmp_path / "a.roadmap"
    RoadmapStore.create(path).close()
    lock_path(path).write_text("left over")
    info_path(path).write_text('{"author": "Ghost", "pid": 1}')
    with acquire(path, author="Carol") as lock:
        assert lock.held and holder_of(path)["author"] == "Carol"
    assert list(tmp_path.iterdir()) == [path]  # nothing left beside the roadmap


def test_released_lock_can_be_taken_again_many_times(tmp_path):
    path = tmp_path / "a.roadmap"
    for _ in range(20):
        with acquire(path) as lock:
            with pytest.raises(FileInUseError):
                acquire(path)
        assert not lock.held


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(RoadmapError, match="folder does not exist"):
        acquire(tmp_path / "nowhere" / "a.roadmap")
    assert not (tmp_path / "nowhere").exists()
