"""One writer per file: a second process is told who has it open and can open it read-only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db.errors import FileInUseError, RoadmapError
from db.locking import acquire, lock_path
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
        with RoadmapStore.open(path, read_only=True) as ro:  # what the user is offered
            assert ro.read_only
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with acquire(path, author="Bob") as lock:  # a crashed holder leaves no stale lock
        assert lock.held
    assert not lock_path(path).exists()


def test_same_process_second_window_is_refused(tmp_path):
    path = tmp_path / "a.roadmap"
    RoadmapStore.create(path).close()
    first = acquire(path)
    with pytest.raises(FileInUseError):
        acquire(path)
    first.release()
    acquire(path).release()
