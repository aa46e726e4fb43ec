"""The architecture contracts hold (pyproject.toml [tool.importlinter]): the Qt-free core
imports no Qt, db imports nothing from desktop, the core layers only import downwards,
db.store (a package) is the only place that talks to SQLite, and the core packages have no import
cycles; no module of db/ or desktop/ is over 450 lines and no function over 60; db/,
desktop/domain/ and desktop/export/ are clean for mypy, and the whole repository is clean for ruff. Runs
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
    """mypy (pyproject [tool.mypy], files = db, desktop/domain and desktop/export) finds
    nothing in the persistence layer, the Qt-free domain or the report pipeline, with no
    module left out by an `ignore_errors` override."""
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
    files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]["files"]
    assert set(files) >= {"db", "desktop/domain", "desktop/export"}, files
    overrides = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"].get("overrides", [])
    assert not [o["module"] for o in overrides if o.get("ignore_errors")], overrides


def test_the_repository_is_clean_for_ruff():
    """ruff with the rule set of pyproject [tool.ruff.lint] finds nothing anywhere in the
    repository (source, tests, bench, scripts), run from the root as `ruff check .`."""
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed" in result.stdout, result.stdout


#: A module of db/ or desktop/ holds at most this many lines: split a bigger one along what it
#: holds (a sub-package, or a module per concern) rather than let it grow.
MAX_MODULE_LINES = 450
#: Modules still over the limit, each with the most lines it may have (a ratchet: it may
#: only shrink) and why it is not split yet. Remove an entry when its module is split.
OVER_THE_LIMIT: dict[str, tuple[int, str]] = {}


def test_no_module_is_over_the_line_limit():
    """No module of db/ or desktop/ is over MAX_MODULE_LINES lines, except the listed ones,
    which may not grow; a listed module that got under the limit must leave the list."""
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for folder in ("db", "desktop") for p in (ROOT / folder).rglob("*.py")}
    over = {path: n for path, n in sizes.items() if n > MAX_MODULE_LINES}
    unlisted = {path: n for path, n in over.items() if path not in OVER_THE_LIMIT}
    assert not unlisted, f"over {MAX_MODULE_LINES} lines, split them: {unlisted}"
    grown = {path: (n, OVER_THE_LIMIT[path][0]) for path, n in over.items()
             if n > OVER_THE_LIMIT[path][0]}
    assert not grown, f"listed modules that grew (lines, allowed): {grown}"
    stale = sorted(set(OVER_THE_LIMIT) - set(over))
    assert not stale, f"no longer over the limit (or gone), take them off OVER_THE_LIMIT: {stale}"


#: A function of db/ or desktop/ holds at most this many lines (ast: end_lineno - lineno + 1):
#: split a longer one into well-named helpers (for a Qt widget's __init__, a builder per group
#: of widgets) rather than let it grow.
MAX_FUNCTION_LINES = 60
#: Functions still over the limit ("path::Qualified.name"), each with the most lines it may have
#: (a ratchet: it may only shrink). Remove an entry when its function is split.
LONG_FUNCTIONS: dict[str, int] = {}


def _function_sizes() -> dict[str, int]:
    import ast

    sizes: dict[str, int] = {}

    def visit(node: ast.AST, path: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    key = f"{path}::{name}"
                    sizes[key] = max(sizes.get(key, 0),
                                     (child.end_lineno or child.lineno) - child.lineno + 1)
                visit(child, path, f"{name}.")
            else:
                visit(child, path, prefix)

    for folder in ("db", "desktop"):
        for p in (ROOT / folder).rglob("*.py"):
            visit(ast.parse(p.read_text(encoding="utf-8")), p.relative_to(ROOT).as_posix(), "")
    return sizes


def test_no_function_is_over_the_line_limit():
    """No function of db/ or desktop/ is over MAX_FUNCTION_LINES lines, except the listed ones,
    which may not grow; a listed function that got under the limit must leave the list."""
    over = {key: n for key, n in _function_sizes().items() if n > MAX_FUNCTION_LINES}
    unlisted = {key: n for key, n in over.items() if key not in LONG_FUNCTIONS}
    assert not unlisted, f"over {MAX_FUNCTION_LINES} lines, split them: {unlisted}"
    grown = {key: (n, LONG_FUNCTIONS[key]) for key, n in over.items() if n > LONG_FUNCTIONS[key]}
    assert not grown, f"listed functions that grew (lines, allowed): {grown}"
    stale = sorted(set(LONG_FUNCTIONS) - set(over))
    assert not stale, f"no longer over the limit (or gone), take them off LONG_FUNCTIONS: {stale}"
