"""Schema v6: an other roadmap can be drawn as a read-only Part B lane. Every earlier schema
upgrades and keeps its other roadmaps (the flag empty); the flag goes through `apply`, into
the co-editing document and the roadmap JSON (version 4); version 3 JSON still imports."""

from __future__ import annotations

import json

import pytest

from db.crdt.merge import materialize, store_rows
from db.interchange import VERSION, export_document, import_document
from db.migrations import MIGRATIONS, SCHEMA_VERSION
from db.ops import Create, Update
from db.store import RoadmapStore
from tests.db.test_schema_v4 import _old_file


def test_the_current_schema_is_version_6_and_json_version_4():
    assert SCHEMA_VERSION == 6
    assert [v for v, _ in MIGRATIONS] == [1, 2, 3, 4, 5, 6]
    assert VERSION == 4


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_earlier_files_upgrade_and_take_the_lane_flag(tmp_path, version):
    path = _old_file(tmp_path / f"v{version}.roadmap", version)
    with RoadmapStore.open(path) as s:
        assert s.schema_version() == 6
        s.apply([Create("reference_roadmap", {"title": "Cluster X"}, "rr1")])
        assert not s.get("reference_roadmap", "rr1")["part_b_lane"]
        change = s.apply([Update("reference_roadmap", "rr1", {"part_b_lane": True})])
        assert s.get("reference_roadmap", "rr1")["part_b_lane"] is True
        assert s.crdt.flatten()["reference_roadmap"]["rr1"]["part_b_lane"] is True
        rows, problems = materialize(s.crdt.flatten(), s.roadmap_id)
        assert not problems and rows == store_rows(s)
        s.apply(change.inverse)
        assert not s.get("reference_roadmap", "rr1")["part_b_lane"]
        s.apply(change.ops)
    with RoadmapStore.open(path) as s:
        assert s.get("reference_roadmap", "rr1")["part_b_lane"] is True


def test_version_3_json_imports_with_the_flag_off_and_version_4_round_trips(tmp_path):
    with RoadmapStore.create(tmp_path / "a.roadmap") as s:
        s.apply([Create("reference_roadmap", {"title": "Cluster X", "part_b_lane": True}, "rr1"),
                 Create("reference_roadmap", {"title": "EU"}, "rr2")])
        doc = export_document(s)
    assert doc["version"] == 4
    assert [r["part_b_lane"] for r in doc["reference_roadmap"]] == [True, False]
    old = json.loads(json.dumps(doc))
    old["version"] = 3
    for r in old["reference_roadmap"]:
        del r["part_b_lane"]
    with import_document(old, tmp_path / "old.roadmap") as s:
        assert not any(r["part_b_lane"] for r in s.rows("reference_roadmap"))
    with import_document(doc, tmp_path / "new.roadmap") as s:
        assert s.get("reference_roadmap", "rr1")["part_b_lane"] is True
