"""The architecture contracts hold (pyproject.toml [tool.importlinter]): the Qt-free core
imports no Qt, db imports nothing from desktop, the core layers only import downwards,
db.store is the only module that talks to SQLite, and the core packages have no import
cycles; db/ and desktop/domain/ are clean for mypy, and the whole repository is clean for ruff. Runs
`lint-imports`, `mypy` and `ruff` as a developer would, so the README's test command (and
.ci/run, which runs it) enforces all three."""

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


def test_db_and_domain_are_clean_for_mypy():
    """mypy (pyproject [tool.mypy], files = db and desktop/domain) finds nothing in the
    persistence layer or the Qt-free domain."""
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
    files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]["files"]
    assert set(files) >= {"db", "desktop/domain"}, files


def test_the_repository_is_clean_for_ruff():
    """ruff with the rule set of pyproject [tool.ruff.lint] finds nothing anywhere in the
    repository (source, tests, bench, scripts), run from the root as `ruff check .`."""
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed" in result.stdout, result.stdout
