"""Schema v5 (the roadmap in its landscape): every earlier schema version upgrades to it and
keeps its rows; the new tables and fields are edited through `apply`, recorded in the
co-editing document and cascade as declared; roadmap JSON of format versions 1 and 2 still
imports (the demo as it was published in version 2 among them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db import catalogue
from db.crdt.merge import materialize, store_rows
from db.interchange import VERSION, export_document, import_document
from db.migrations import MIGRATIONS, SCHEMA_VERSION
from db.ops import Create, Delete, Update
from db.store import RoadmapStore
from tests.db.test_schema_v4 import _old_file

DATA = Path(__file__).parent / "data"
NEW = {"reference_roadmap", "reference_milestone", "programme_scenario", "reference_link", "priority_tag",
       "workshop", "process_result", "dot_vote"}


def test_schema_version_5_and_json_version_3_are_in_the_history():
    assert SCHEMA_VERSION >= 5  # v6 and later: tests/db/test_schema_v6.py pins the current one
    assert [v for v, _ in MIGRATIONS][:5] == [1, 2, 3, 4, 5]
    assert VERSION >= 3
    assert set(catalogue.BY_NAME) >= NEW


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_every_earlier_version_upgrades_and_takes_the_landscape_model(tmp_path, version):
    path = _old_file(tmp_path / f"v{version}.roadmap", version)
    with RoadmapStore.open(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.get("partner", "p1")["name"] == "Imec"
        assert s.get("partner", "p1")["country"] is None  # new field, empty
        assert s.get("action", "a1")["title"] == "Pilot"
        assert all(s.rows(e) == [] for e in NEW)
        s.apply([
            Update("partner", "p1", {"country": "BE", "region": "Vlaanderen", "sector": "onderzoek",
                                     "size": "large"}),
            Create("value_chain", {"name": "Zorg"}, "vc1"),
            Create("scenario", {"title": "Snel", "value_chain_id": "vc1"}, "sc1"),
            Create("programme_scenario", {"scenario_id": "sc1", "programme_id": "g1"}, "ps1"),
            Create("reference_roadmap", {"title": "Partnerschap Gezond Ouder", "kind": "eu_partnership",
                                         "owner": "Europese Commissie", "year": 2024}, "rr1"),
            Create("reference_milestone", {"reference_roadmap_id": "rr1", "title": "Oproep",
                                           "date": "2027-03-01"}, "rm1"),
            Create("reference_link", {"reference_roadmap_id": "rr1", "programme_id": "g1",
                                      "relation": "contributes"}, "rl1"),
            Create("priority_tag", {"priority": "ket_ai", "value_chain_id": "vc1"}, "pt1"),
            Create("workshop", {"title": "Visieworkshop", "step": 1, "date": "2026-02-01"}, "w1"),
            Create("process_result", {"title": "Zorgkoepel sluit aan", "kind": "joined", "step": 1,
                                      "workshop_id": "w1"}, "pr1"),
            Create("dot_vote", {"workshop_id": "w1", "participant": "An", "programme_id": "g1",
                                "points": 3}, "dv1"),
        ])
        flat = s.crdt.flatten()
        assert flat["reference_roadmap"]["rr1"]["kind"] == "eu_partnership"
        assert flat["partner"]["p1"]["size"] == "large"
        assert flat["dot_vote"]["dv1"]["points"] == 3
        rows, problems = materialize(flat, s.roadmap_id)
        assert not problems
        assert rows == store_rows(s)
    with RoadmapStore.open(path) as s:  # and it survives closing
        assert s.get("reference_link", "rl1")["programme_id"] == "g1"
        assert s.get("priority_tag", "pt1")["priority"] == "ket_ai"


def test_links_cascade_with_what_they_link_and_undo_brings_them_back(store):
    store.apply([Create("programme", {"name": "P"}, "g1"), Create("scenario", {"title": "S"}, "sc1"),
                 Create("programme_scenario", {"scenario_id": "sc1", "programme_id": "g1"}, "ps1"),
                 Create("reference_roadmap", {"title": "R"}, "rr1"),
                 Create("reference_milestone", {"reference_roadmap_id": "rr1", "title": "M"}, "rm1"),
                 Create("reference_link", {"reference_roadmap_id": "rr1", "programme_id": "g1"}, "rl1"),
                 Create("workshop", {"title": "W"}, "w1"),
                 Create("process_result", {"title": "Akkoord", "workshop_id": "w1"}, "pr1")])
    change = store.apply([Delete("reference_roadmap", "rr1")])
    assert store.get("reference_milestone", "rm1") is None and store.get("reference_link", "rl1") is None
    store.apply(change.inverse)
    assert store.get("reference_link", "rl1")["programme_id"] == "g1"
    store.apply([Delete("programme", "g1")])
    assert store.get("programme_scenario", "ps1") is None and store.get("reference_link", "rl1") is None
    store.apply([Delete("workshop", "w1")])
    assert store.get("process_result", "pr1")["workshop_id"] is None  # the result stays


def test_a_bad_tag_or_kind_is_refused_with_the_allowed_codes(store):
    from db.errors import ValidationError

    with pytest.raises(ValidationError) as exc:
        store.apply([Create("priority_tag", {"priority": "s3_mars"})])
    assert "ket_ai" in str(exc.value)
    with pytest.raises(ValidationError):
        store.apply([Create("dot_vote", {"points": 0})])


@pytest.mark.parametrize("name", ["roadmap_v1.json", "roadmap_v2_demo.json"])
def test_older_json_versions_still_import(tmp_path, name):
    old = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert old["version"] < VERSION
    with import_document(old, tmp_path / "old.roadmap") as s:
        doc = export_document(s)
    assert doc["version"] == VERSION
    for e in catalogue.ENTITIES:
        if e.singleton:
            continue
        assert len(doc[e.name]) == len(old.get(e.name, [])), e.name
    assert all(p["country"] is None for p in doc["partner"])
