"""Schema v4 (funders and boards): every earlier schema version upgrades to the current one,
keeps its rows, and the new tables and fields are then edited through `apply` and recorded
in the co-editing document; roadmap JSON of format version 1 still imports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from db import catalogue
from db.crdt.merge import materialize, store_rows
from db.interchange import VERSION, export_document, import_document, validate_document
from db.migrations import MIGRATIONS, SCHEMA_VERSION, pending
from db.ops import Create, Update
from db.store import APPLICATION_ID, RoadmapStore


def _old_file(path: Path, version: int) -> Path:
    """A roadmap file made at schema `version`, with a few rows in the v1 tables."""
    conn = sqlite3.connect(path)
    for v, script in pending(0):
        if v > version:
            break
        conn.executescript(script)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO roadmap (id, position, title) VALUES ('r1', 0, 'Oud')")
    conn.execute("INSERT INTO partner (id, position, name) VALUES ('p1', 0, 'Imec')")
    conn.execute("INSERT INTO team_member (id, position, name, partner_id) VALUES ('t1', 0, 'An', 'p1')")
    conn.execute("INSERT INTO programme (id, position, name) VALUES ('g1', 0, 'Sensoren')")
    conn.execute("INSERT INTO action (id, position, title, programme_id) VALUES ('a1', 0, 'Pilot', 'g1')")
    conn.execute("INSERT INTO kpi (id, position, name) VALUES ('k1', 0, 'Omzet')")
    conn.execute("INSERT INTO kpi_measurement (id, position, kpi_id, date, value) "
                 "VALUES ('m1', 0, 'k1', '2026-06-30', 4.0)")
    conn.execute("INSERT INTO commitment (id, position, partner_id, kind, status) "
                 "VALUES ('c1', 0, 'p1', 'loi', 'intended')")
    conn.commit()
    conn.close()
    return path


def test_schema_version_4_is_in_the_migrations():
    assert SCHEMA_VERSION >= 4  # v5 and later: tests/db/test_schema_v5.py pins the current one
    assert [v for v, _ in MIGRATIONS][:4] == [1, 2, 3, 4]


@pytest.mark.parametrize("version", [1, 2, 3])
def test_every_earlier_version_upgrades_and_takes_the_new_model(tmp_path, version):
    path = _old_file(tmp_path / f"v{version}.roadmap", version)
    with RoadmapStore.open(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.get("partner", "p1")["name"] == "Imec"
        assert s.get("commitment", "c1")["status"] == "intended"
        assert s.get("commitment", "c1")["programme_id"] is None  # new field, empty
        assert s.get("kpi_measurement", "m1")["year"] is None
        s.apply([
            Update("programme", "g1", {"manager_id": "t1"}),
            Update("action", "a1", {"owner_member_id": "t1"}),
            Update("kpi", "k1", {"scope": "cluster_specific"}),
            Create("kpi_target", {"kpi_id": "k1", "year": 2026, "value": 5.0}, "kt1"),
            Create("project", {"title": "ICON Val", "kind": "icon", "programme_id": "g1",
                               "public_eur": 400_000.0, "private_eur": 600_000.0}, "pr1"),
            Create("project_partner", {"project_id": "pr1", "partner_id": "p1", "role": "coordinator",
                                       "public_eur": 100_000.0, "private_eur": 300_000.0}, "pp1"),
            Create("project_action", {"project_id": "pr1", "action_id": "a1"}, "pa1"),
            Update("commitment", "c1", {"status": "announced", "programme_id": "g1",
                                        "conditions": "Als het ICON-project wordt goedgekeurd."}),
        ])
        # the co-editing document records the new tables and fields
        flat = s.crdt.flatten()
        assert flat["project"]["pr1"]["kind"] == "icon"
        assert flat["commitment"]["c1"]["status"] == "announced"
        assert flat["programme"]["g1"]["manager_id"] == "t1"
        rows, problems = materialize(flat, s.roadmap_id)
        assert not problems
        assert rows == store_rows(s)
    with RoadmapStore.open(path) as s:  # and it survives closing
        assert s.get("project_partner", "pp1")["private_eur"] == 300_000.0
        assert s.get("kpi_target", "kt1")["year"] == 2026


def test_deleting_a_project_cascades_to_its_partners_and_clears_commitments(store):
    p = "p1"
    store.apply([Create("partner", {"name": "Imec"}, p),
                 Create("project", {"title": "cSBO"}, "pr"),
                 Create("project_partner", {"project_id": "pr", "partner_id": p}, "pp"),
                 Create("commitment", {"partner_id": p, "kind": "mou", "project_id": "pr"}, "c")])
    from db.ops import Delete

    change = store.apply([Delete("project", "pr")])
    assert store.get("project_partner", "pp") is None
    assert store.get("commitment", "c")["project_id"] is None
    store.apply(change.inverse)
    assert store.get("project_partner", "pp") is not None
    assert store.get("commitment", "c")["project_id"] == "pr"


def test_format_version_1_json_still_imports(tmp_path):
    assert VERSION >= 2  # the current version is pinned in tests/db/test_schema_v5.py
    old = json.loads((Path(__file__).parent / "data" / "roadmap_v1.json").read_text(encoding="utf-8"))
    assert old["version"] == 1
    with import_document(old, tmp_path / "old.roadmap") as s:
        doc = export_document(s)
    assert doc["version"] == VERSION
    for e in catalogue.ENTITIES:
        if e.singleton:
            continue
        assert len(doc[e.name]) == len(old.get(e.name, [])), e.name
    assert all(c["programme_id"] is None for c in doc["commitment"])


def test_a_version_2_document_is_refused_by_a_version_1_reader_message():
    doc = {"format": "routekaart-roadmap", "version": VERSION + 1, "roadmap": {"id": "r"}}
    with pytest.raises(Exception) as exc:
        validate_document(doc)
    assert "newer" in str(exc.value)
