"""Opening wrong, damaged or too-new files: a clear message, and the file stays byte-identical."""

from __future__ import annotations

import os
import sqlite3

import pytest

from db.errors import CorruptRoadmapError, NotARoadmapError, RoadmapError, SchemaTooNewError
from db.ops import Create
from db.store import RoadmapStore
from tests.helpers import sha256


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory):
    path = tmp_path_factory.mktemp("good") / "good.roadmap"
    s = RoadmapStore.create(path)
    s.apply([Create("partner", {"name": f"Partner {i} ë€"}) for i in range(2000)])
    s.close()
    return path.read_bytes()


def _make(kind: str, path, good: bytes) -> None:
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("Dit is geen roadmap maar een tekstbestand.\n" * 50)
    elif kind == "docx-zip":
        path.write_bytes(b"PK\x03\x04" + os.urandom(4000))
    elif kind == "random":
        path.write_bytes(os.urandom(64 * 1024))
    elif kind == "header-only":
        path.write_bytes(good[:100])
    elif kind == "truncated-half":
        path.write_bytes(good[: len(good) // 2])
    elif kind == "truncated-page":
        path.write_bytes(good[:4096 * 3 + 1000])
    elif kind == "damaged-page":
        data = bytearray(good)
        data[4096 * 4: 4096 * 4 + 300] = b"\xff" * 300
        path.write_bytes(bytes(data))
    elif kind == "other-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.commit()
        conn.close()
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize(("kind", "error", "words"), [
    ("empty", NotARoadmapError, "not a Routekaart roadmap"),
    ("text", NotARoadmapError, "not a Routekaart roadmap"),
    ("docx-zip", NotARoadmapError, "not a Routekaart roadmap"),
    ("random", NotARoadmapError, "not a Routekaart roadmap"),
    ("header-only", CorruptRoadmapError, "damaged"),
    ("truncated-half", CorruptRoadmapError, "damaged"),
    ("truncated-page", CorruptRoadmapError, "damaged"),
    ("damaged-page", CorruptRoadmapError, "damaged"),
    ("other-sqlite", NotARoadmapError, "not a Routekaart roadmap"),
])
def test_bad_file_is_reported_and_left_untouched(tmp_path, good_bytes, kind, error, words):
    path = tmp_path / f"{kind}.roadmap"
    _make(kind, path, good_bytes)
    before = sha256(path)
    with pytest.raises(error, match=words):
        RoadmapStore.open(path)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no -wal/-shm debris


def test_newer_schema_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.roadmap"
    RoadmapStore.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = sha256(path)
    with pytest.raises(SchemaTooNewError, match="newer version of Routekaart"):
        RoadmapStore.open(path)
    assert sha256(path) == before


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(RoadmapError, match="does not exist"):
        RoadmapStore.open(tmp_path / "nope.roadmap")
    with pytest.raises(NotARoadmapError, match="folder"):
        RoadmapStore.open(tmp_path)


def test_good_file_still_opens(tmp_path, good_bytes):
    path = tmp_path / "good.roadmap"
    path.write_bytes(good_bytes)
    with RoadmapStore.open(path) as s:
        assert s.count("partner") == 2000
        assert s.integrity_check() == ["ok"]
