"""The migrated schema matches the model catalogue; the JSON docs match the model."""

from __future__ import annotations

from pathlib import Path

from db import catalogue
from db.model import Kind
from db.model_docs import update

SQL_TYPE = {Kind.INT: "INTEGER", Kind.BOOL: "INTEGER", Kind.FLOAT: "REAL"}

#: tables of the store itself (co-editing, schema v2), not entities of the catalogue
COEDIT_TABLES = {"crdt_state", "crdt_update", "coedit_meta"}


def test_tables_after_migrations_match_the_catalogue(store):
    conn = store._conn
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {e.name for e in catalogue.ENTITIES} | COEDIT_TABLES
    for e in catalogue.ENTITIES:
        cols = [(r[1], r[2]) for r in conn.execute(f"PRAGMA table_info({e.name})")]
        expected = [("id", "TEXT"), ("position", "REAL")] + [
            (f.name, SQL_TYPE.get(f.kind, "TEXT")) for f in e.fields]
        assert cols == expected, e.name
        fks = {(r[3], r[2]) for r in conn.execute(f"PRAGMA foreign_key_list({e.name})")}
        assert fks == {(f.name, f.ref) for f in e.refs()}, e.name


def test_reference_targets_come_first_so_documents_can_be_built_in_order():
    seen: set[str] = set()
    for e in catalogue.ENTITIES:
        for f in e.refs():
            assert f.ref in seen, f"{e.name}.{f.name} refers forward to {f.ref}"
        seen.add(e.name)


def test_json_field_reference_is_current():
    doc = Path(__file__).resolve().parents[2] / "docs" / "roadmap-json.md"
    text = doc.read_text(encoding="utf-8")
    assert update(text) == text, "run: python -m db.model_docs"


def test_v1_file_is_upgraded_to_the_current_schema(tmp_path):
    import sqlite3

    from db.migrations import SCHEMA_VERSION, pending
    from db.store import APPLICATION_ID, RoadmapStore

    path = tmp_path / "old.roadmap"
    conn = sqlite3.connect(path)
    conn.executescript(pending(0)[0][1])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO roadmap (id, position, title) VALUES ('r1', 0, 'Oud')")
    conn.execute("INSERT INTO partner (id, position, name) VALUES ('p1', 0, 'Imec')")
    conn.commit()
    conn.close()
    with RoadmapStore.open(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.get("partner", "p1")["name"] == "Imec"
        tables = {r[0] for r in s._conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables >= COEDIT_TABLES
