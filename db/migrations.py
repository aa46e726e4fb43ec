"""Ordered schema migrations. The schema version lives in PRAGMA user_version.

Each migration is a SQL script file in this folder, applied once, in order, inside the
transaction that opens the file. Never edit a released migration: add the next one.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

#: (version reached, script) in order. The last version is the current schema version.
MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, "schema_v1.sql"),
    (2, "schema_v2.sql"),  # co-editing: CRDT state and log, sync base, settings
    (3, "schema_v3.sql"),  # monitoring and workshops: action status history, workshop notes
    (4, "schema_v4.sql"),  # funders: yearly KPI targets, portfolio, commitments, leverage
    (5, "schema_v5.sql"),  # landscape: other roadmaps, S3/KET tags, scenarios, process results
    (6, "schema_v6.sql"),  # an other roadmap drawn as a read-only lane in Part B
)

SCHEMA_VERSION = MIGRATIONS[-1][0]


def pending(current: int) -> list[tuple[int, str]]:
    """Migrations still to run on a file at schema version `current`, with their SQL."""
    return [(v, (HERE / name).read_text(encoding="utf-8")) for v, name in MIGRATIONS if v > current]
