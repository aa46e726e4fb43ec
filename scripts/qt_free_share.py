"""Measure the Qt-free share of the test suite: how many tests pass while any import of
PySide6, shiboken6 or pyqtgraph fails (so a test that needs Qt, directly, through a fixture
or through the module it tests, cannot pass).

    .venv/bin/python scripts/qt_free_share.py [--lenient] [pytest args, default: tests]

The blocker raises `QtImportBlocked`, which is not an ImportError, so code that quietly
carries on without Qt (`except ImportError`) is counted as importing Qt too; with
--lenient it raises ModuleNotFoundError instead (what a machine without Qt would do).
Prints the counts and writes them as JSON to bench/results/qt_free_share.json.
"""

from __future__ import annotations

import json
import sys
import time
from importlib.abc import MetaPathFinder
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCKED = ("PySide6", "shiboken6", "pyqtgraph")


class QtImportBlocked(RuntimeError):
    pass


class _Blocker(MetaPathFinder):
    def __init__(self, lenient: bool) -> None:
        self.lenient = lenient

    def find_spec(self, name, path=None, target=None):  # noqa: ARG002
        if name.split(".")[0] in BLOCKED:
            if self.lenient:
                raise ModuleNotFoundError(f"No module named {name!r} (blocked)", name=name)
            raise QtImportBlocked(f"import of {name} blocked (Qt-free measurement)")
        return None


class _Count:
    def __init__(self) -> None:
        self.outcomes: dict[str, int] = {"passed": 0, "failed": 0, "skipped": 0}
        self.collected = 0

    def pytest_collection_modifyitems(self, items) -> None:
        self.collected = len(items)

    def pytest_runtest_logreport(self, report) -> None:
        if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
            self.outcomes[report.outcome] = self.outcomes.get(report.outcome, 0) + 1


def _collect(args: list[str]) -> int:
    import subprocess

    out = subprocess.run([sys.executable, "-m", "pytest", "--co", "-q", "-p", "no:cacheprovider",
                          "-m", "not bundle", *args], cwd=ROOT, capture_output=True, text=True)
    lines = [ln for ln in out.stdout.splitlines() if "::" in ln]
    return len(lines)


def main() -> int:
    import pytest

    args = sys.argv[1:]
    lenient = "--lenient" in args
    args = [a for a in args if a != "--lenient"] or ["tests"]
    total = _collect(args)
    for name in [m for m in sys.modules if m.split(".")[0] in BLOCKED]:
        del sys.modules[name]
    sys.meta_path.insert(0, _Blocker(lenient))
    count = _Count()
    t0 = time.perf_counter()
    pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:pytest-qt", "-m", "not bundle",
                 "-o", "addopts=", "--no-header", "-rN", "--continue-on-collection-errors",
                 "-W", "ignore::pytest.PytestConfigWarning", *args],
                plugins=[count])
    seconds = time.perf_counter() - t0
    passed = count.outcomes["passed"]
    result = {"tests": total, "qt_free_passed": passed, "share": round(passed / total, 4) if total else 0,
              "lenient": lenient, "outcomes": count.outcomes, "seconds": round(seconds, 1)}
    print(f"\nQt-free tests: {passed} of {total} ({100 * result['share']:.1f} %), "
          f"{'lenient' if lenient else 'strict'} blocker, {seconds:.0f} s")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    name = "qt_free_share_lenient.json" if lenient else "qt_free_share.json"
    (out / name).write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
