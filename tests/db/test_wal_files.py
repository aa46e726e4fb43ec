"""No -wal/-shm files are left beside a roadmap after a clean close or a read-only read."""

from __future__ import annotations

from pathlib import Path

from db.interchange import export_document
from db.ops import Create, Update
from db.store import RoadmapStore
from desktop.cli import main as cli


def _extras(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


def _made(tmp_path: Path) -> Path:
    path = tmp_path / "r.roadmap"
    with RoadmapStore.create(path) as s:
        s.apply([Create("partner", {"name": "Imec"}, id="p1")])
        assert _extras(path) == ["r.roadmap-shm", "r.roadmap-wal"]  # WAL while open
    return path


def test_clean_close_after_edits_leaves_only_the_file(tmp_path):
    path = _made(tmp_path)
    assert _extras(path) == []
    with RoadmapStore.open(path) as s:
        s.apply([Update("partner", "p1", {"name": "imec"})])
    assert _extras(path) == []
    with RoadmapStore.open(path, read_only=True) as s:
        assert s.get("partner", "p1")["name"] == "imec"


def test_read_only_open_removes_the_files_it_made(tmp_path):
    path = _made(tmp_path)
    before = path.read_bytes()
    with RoadmapStore.open(path, read_only=True) as s:
        assert s.get("partner", "p1")["name"] == "Imec"
    assert _extras(path) == []
    assert path.read_bytes() == before  # nothing written into the file


def test_read_only_reader_leaves_a_writers_wal_alone(tmp_path):
    path = _made(tmp_path)
    writer = RoadmapStore.open(path)
    writer.apply([Update("partner", "p1", {"name": "in the WAL"})])
    reader = RoadmapStore.open(path, read_only=True)
    assert reader.get("partner", "p1")["name"] == "in the WAL"
    reader.close()
    assert _extras(path) == ["r.roadmap-shm", "r.roadmap-wal"]  # the writer still needs them
    writer.apply([Update("partner", "p1", {"name": "after the reader"})])
    writer.close()
    assert _extras(path) == []
    with RoadmapStore.open(path, read_only=True) as s:
        assert s.get("partner", "p1")["name"] == "after the reader"


def test_reader_opened_first_keeps_a_later_writers_changes(tmp_path):
    path = _made(tmp_path)
    reader = RoadmapStore.open(path, read_only=True)
    writer = RoadmapStore.open(path)
    writer.apply([Update("partner", "p1", {"name": "written while read"})])
    reader.close()  # not the last connection: must not disturb the writer
    writer.apply([Create("partner", {"name": "Second"}, id="p2")])
    writer.close()
    assert _extras(path) == []
    with RoadmapStore.open(path, read_only=True) as s:
        assert s.get("partner", "p1")["name"] == "written while read"
        assert s.get("partner", "p2")["name"] == "Second"


def test_cli_export_json_leaves_no_files_beside_the_roadmap(tmp_path, capsys):
    path = _made(tmp_path)
    out = tmp_path / "out.json"
    assert cli(["export-json", str(path), str(out)]) == 0
    assert _extras(path) == []
    with RoadmapStore.open(path, read_only=True) as s:
        assert out.read_text(encoding="utf-8").count("Imec") == 1
        assert export_document(s)["roadmap"]["id"] == s.roadmap_id
