"""The migrated schema matches the model catalogue; the JSON docs match the model."""

from __future__ import annotations

from pathlib import Path

from db import catalogue
from db.model import Kind
from db.model_docs import update

SQL_TYPE = {Kind.INT: "INTEGER", Kind.BOOL: "INTEGER", Kind.FLOAT: "REAL"}


def test_tables_after_migrations_match_the_catalogue(store):
    conn = store._conn
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {e.name for e in catalogue.ENTITIES}
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
