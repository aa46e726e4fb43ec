"""Disk full and read-only, for real: a tiny tmpfs and a non-root process.

Clear message, nothing corrupted, nothing half written."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from db.coedit.sync_folder import SharedFolder, decode_state
from db.errors import CoeditError, StorageFullError
from db.ops import Create
from db.store import RoadmapStore
from tests.coedit.coedit_helpers import doc_matches_tables
from tests.helpers import basic_rows, sha256

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_disk():
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = Path(tempfile.mkdtemp(prefix="rk-full-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        os.rmdir(mount)
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        os.rmdir(mount)


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    try:
        with open(filler, "wb") as fh:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
    except OSError:
        pass
    return filler


def test_disk_full_during_edits_and_publishing(small_disk, tmp_path):
    path = small_disk / "full.roadmap"
    share = small_disk / "share"
    s = RoadmapStore.create(path)
    basic_rows(s)
    folder = SharedFolder(share, author="A", device="aaaaaaaaaaaa")
    folder.share(s)
    own = share / "devices" / "a--aaaaaaaaaaaa.ystate"
    published = own.read_bytes()
    _fill(small_disk)
    errors = 0
    for i in range(200):
        try:
            s.apply([Create("challenge", {"title": f"c{i}", "description": "x" * 20_000})])
        except StorageFullError as exc:
            assert "full" in str(exc) and "unchanged" in str(exc)
            errors += 1
            break
    assert errors == 1
    assert doc_matches_tables(s)
    with pytest.raises(CoeditError, match="full"):
        folder.publish(s, force=True)
    assert own.read_bytes() == published  # the old state file is intact
    assert not [p for p in own.parent.iterdir() if p.name.endswith(".tmp")]
    kept = s.count("challenge")
    s.close()
    (small_disk / "filler.bin").unlink()
    with RoadmapStore.open(path) as again:
        assert again.integrity_check() == ["ok"]
        assert again.count("challenge") == kept
        assert doc_matches_tables(again)
        SharedFolder(share, author="A", device="aaaaaaaaaaaa").publish(again)  # works again
        decode_state(own.read_bytes(), doc_id=again.roadmap_id)


READ_ONLY_USER = r"""
import sys
from db.errors import RoadmapError
from db.store import RoadmapStore
from db.ops import Create
from db.coedit.sync_folder import SharedFolder
s = RoadmapStore.open(sys.argv[1])
print("read_only", s.read_only)
try:
    s.apply([Create("partner", {"name": "x"})])
except RoadmapError as exc:
    print("edit:", exc)
folder = SharedFolder(sys.argv[2], author="Nobody", device="000000000bad")
try:
    folder.publish(s)
except RoadmapError as exc:
    print("publish:", exc)
"""


def test_read_only_file_and_folder(small_disk):
    """A read-only file system (remounted ro, so even root cannot write), in a real process."""
    path = small_disk / "ro.roadmap"
    share = small_disk / "share"
    with RoadmapStore.create(path) as s:
        basic_rows(s)
        SharedFolder(share, author="Owner", device="aaaaaaaaaaaa").share(s)
    digest = sha256(path)
    assert subprocess.run(["mount", "-o", "remount,ro", str(small_disk)]).returncode == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", READ_ONLY_USER, str(path), str(share)],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "read_only True" in out.stdout
    assert "edit:" in out.stdout and "read-only" in out.stdout
    assert "publish:" in out.stdout and "Could not write" in out.stdout
    assert "Traceback" not in out.stderr
    assert sha256(path) == digest
    with RoadmapStore.open(path, read_only=True) as again:
        assert again.integrity_check() == ["ok"]
