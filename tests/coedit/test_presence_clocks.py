"""Case 8 of issue 20: presence never trusts another computer's clock.

Bob's computer runs 1 day ahead (or 3 hours behind); his sync tool keeps his file times.
Alice's Routekaart decides from what HER computer observes: when the presence file
arrived (its inode change time, set by her file system) and whether its heartbeat
counter changed since she last looked, measured with her own clock.
"""

from __future__ import annotations

import os
import time

import pytest

from db.coedit import state_files
from db.coedit.state_files import PRESENCE_STALE_SECONDS
from db.coedit.sync_folder import SharedFolder, device_for
from db.store import RoadmapStore
from tests.helpers import basic_rows

DAY, HOUR, MINUTE = 86400.0, 3600.0, 60.0


class Clocks:
    """This computer's clock, moved by the test (time.time is what Routekaart reads)."""

    def __init__(self, monkeypatch) -> None:
        self.offset = 0.0
        real = time.time
        monkeypatch.setattr(time, "time", lambda: real() + self.offset)

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@pytest.fixture
def folders(tmp_path):
    a = RoadmapStore.create(tmp_path / "alice.roadmap")
    basic_rows(a)
    fa = SharedFolder(tmp_path / "share", author="Alice", device="aaaaaaaaaaaa")
    fa.share(a)
    b = SharedFolder.join(tmp_path / "share", tmp_path / "bob.roadmap", author="Bob",
                          device="bbbbbbbbbbbb")
    fb = SharedFolder(tmp_path / "share", author="Bob", device=device_for(b, "bbbbbbbbbbbb"))
    yield fa, fb
    a.close()
    b.close()


def _bob_beats(fb: SharedFolder, clocks: Clocks, skew: float) -> None:
    """Bob writes his heartbeat with HIS clock, and his sync tool delivers the file to
    Alice's folder with Bob's modification time kept."""
    clocks.advance(skew)
    try:
        fb.heartbeat()
        bob_now = time.time()
    finally:
        clocks.advance(-skew)
    p = fb._presence_path()
    os.utime(p, (bob_now, bob_now))


def _authors(fa: SharedFolder) -> list[str]:
    return [p["author"] for p in fa.present()]


def test_clock_one_day_ahead_crash_is_not_shown_as_open_12_hours_later(folders, monkeypatch):
    fa, fb = folders
    clocks = Clocks(monkeypatch)
    _bob_beats(fb, clocks, +DAY)
    assert _authors(fa) == ["Bob"]  # it just arrived: Bob has it open
    clocks.advance(5 * MINUTE)
    assert _authors(fa) == ["Bob"]  # within the stale time
    clocks.advance(12 * HOUR)  # Bob crashed: no heartbeat since
    assert _authors(fa) == []


def test_clock_three_hours_behind_is_shown_while_it_beats(folders, monkeypatch):
    fa, fb = folders
    clocks = Clocks(monkeypatch)
    _bob_beats(fb, clocks, -3 * HOUR)
    assert _authors(fa) == ["Bob"]
    for _ in range(5):  # Bob keeps syncing every few minutes: always shown
        clocks.advance(4 * MINUTE)
        _bob_beats(fb, clocks, -3 * HOUR)
        assert _authors(fa) == ["Bob"]
    clocks.advance(PRESENCE_STALE_SECONDS + MINUTE)  # Bob stopped: shown no longer
    assert _authors(fa) == []


def test_an_old_presence_file_found_at_start_is_not_shown(folders, monkeypatch):
    """Alice opens the roadmap 2 hours after Bob's file last changed here: not shown, even
    though the file claims (by Bob's clock, a day ahead) to be from the future."""
    fa, fb = folders
    clocks = Clocks(monkeypatch)
    _bob_beats(fb, clocks, +DAY)
    clocks.advance(2 * HOUR)
    fresh = SharedFolder(fa.root, author="Alice", device="aaaaaaaaaaaa")
    assert _authors(fresh) == []
    _bob_beats(fb, clocks, +DAY)  # Bob comes back
    assert _authors(fresh) == ["Bob"]


def test_presence_shows_plain_bounded_text(folders):
    fa, fb = folders
    fb.author = "Bob <b>" + "x" * 500
    fb.heartbeat()
    (info,) = [p for p in fa.present() if "<b>" in p["author"]]
    assert info["author"].startswith("Bob <b>") and len(info["author"]) <= 80
    assert set(info) <= {"author", "device", "host", "at", "file", "changed_at"}
    assert state_files.MAX_PRESENCE_BYTES >= 1024
