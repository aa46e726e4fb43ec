"""Contract: every write to a roadmap goes through `RoadmapStore.apply` (or `commit_merge`,
its merge form) and so comes back as a `Change`. No module but those of db/store/ runs SQL, reaches
the store's connection or its private writers, makes status history itself, or writes
conflict records into the document; the app, the command line, imports and merges all take
the one path (tests/db/test_status_history.py and test_side_doors.py check its behaviour).

Read from the source with `ast`, so a new side door fails here before it ships."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STORE = "db/store/"  # the package: every module in it may talk SQL
#: SQL that writes, at the start of a string
SQL_WRITE = re.compile(r"^\s*(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|REPLACE\s+INTO|"
                       r"CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)|DROP\s+|ALTER\s+TABLE|PRAGMA\s+\w+\s*=)")
SQL_CALLS = {"execute", "executemany", "executescript", "backup"}
STORE_PRIVATE = {"_conn", "_db", "_insert_many", "_write_meta", "_write_conflicts", "_append_updates",
                 "_write_checkpoint"}  # (its _apply is not listed: views have an _apply of their own)
#: (module, what it may do, why)
ALLOWED = {
    ("db/live/server.py", "execute"): "checks the integrity of the server's own room database "
                                      "(pycrdt-store's, not a roadmap file) after backing it up",
    ("db/live/server.py", "backup"): "backs up that room database with SQLite's backup API",
    ("db/crdt/merge.py", "set_conflicts"): "the conflicts a merge finds are part of the merged "
                                           "document, stored with its rows by commit_merge",
}


def _modules():
    for folder in ("db", "desktop"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if not rel.startswith(STORE):
                yield rel, ast.parse(path.read_text(encoding="utf-8"), rel)


def _doors(rel: str, tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        where = f"{rel}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_WRITE.match(node.value):
            found.append(f"{where}: SQL write {node.value.strip()[:40]!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            if name in SQL_CALLS and (rel, name) not in ALLOWED:
                found.append(f"{where}: .{name}() runs SQL outside the store")
            if name == "set_conflicts" and (rel, name) not in ALLOWED:
                found.append(f"{where}: conflict records written around apply (use SetConflictRecords)")
        if isinstance(node, ast.Attribute) and node.attr in STORE_PRIVATE:
            found.append(f"{where}: the store's private {node.attr}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Create" \
                and node.args and isinstance(node.args[0], ast.Constant) \
                and node.args[0].value == "action_status_event":
            found.append(f"{where}: status history made by hand (the store records it with the status change)")
    return found


def test_no_module_writes_a_roadmap_around_apply():
    doors = [d for rel, tree in _modules() for d in _doors(rel, tree)]
    assert doors == []


def test_every_allowance_is_still_used():
    used = set()
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and (rel, node.func.attr) in ALLOWED:
                used.add((rel, node.func.attr))
    assert used == set(ALLOWED)


def test_the_contract_sees_each_kind_of_side_door():
    sample = '''
conn.execute("UPDATE action SET status = 'done'")
store._conn.commit()
store._write_meta("share_folder", "/x")
store.crdt.set_conflicts({})
s.apply([Create("action_status_event", {"action_id": "a1"})])
'''
    doors = _doors("desktop/sample.py", ast.parse(sample))
    assert len(doors) == 6, doors  # the SQL string and its .execute() are two findings
    assert not _doors("desktop/sample.py", ast.parse('store.apply([Update("action", "a1", {"status": "done"})])\n'
                                                     'text = "Update the action: set its status"\n'))
