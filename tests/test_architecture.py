"""The architecture contracts hold (pyproject.toml [tool.importlinter]): the Qt-free core
imports no Qt, db imports nothing from desktop, the core layers only import downwards,
db.store is the only module that talks to SQLite, and the core packages have no import
cycles. Runs `lint-imports` exactly as a developer would, so the README's test command
enforces the contracts."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(tool: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / tool), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_import_contracts_are_kept():
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    result = _run("lint-imports", "--no-logo", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.search(r"Contracts: (\d+) kept, (\d+) broken", result.stdout)
    assert found, result.stdout
    assert (int(found[1]), int(found[2])) == (len(contracts), 0)
    assert {c["id"] for c in contracts} >= {"qt-free-core", "db-below-desktop", "core-layers",
                                            "one-sql-gateway", "no-cycles"}
