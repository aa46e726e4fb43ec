"""Store benchmark on a generated roadmap with 10,000 actions.

Measures: opening the file (probe + quick_check + connect), one committed edit (update and
create, each its own transaction with synchronous=FULL), a cascading delete, JSON export and
JSON import. Prints the figures and writes bench/results/store.json.

    .venv/bin/python bench/store.py [--actions 10000] [--edits 300]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.generate import generate_document  # noqa: E402
from db.interchange import dumps, export_document, import_document  # noqa: E402
from db.ops import Create, Delete, Update  # noqa: E402
from db.store import RoadmapStore  # noqa: E402


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def summary(samples: list[float]) -> dict:
    s = sorted(samples)
    return {"median_ms": round(statistics.median(s) * 1000, 3),
            "p95_ms": round(s[int(0.95 * (len(s) - 1))] * 1000, 3),
            "max_ms": round(s[-1] * 1000, 3), "n": len(s)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--actions", type=int, default=10_000)
    ap.add_argument("--edits", type=int, default=300)
    args = ap.parse_args()
    doc = generate_document(args.actions, seed=3)
    results: dict = {"actions": args.actions, "python": platform.python_version(),
                     "machine": platform.machine()}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.roadmap"
        t = time.perf_counter()
        import_document(doc, path).close()
        results["json_import_s"] = round(time.perf_counter() - t, 3)
        results["file_size_mb"] = round(path.stat().st_size / 1e6, 2)

        def open_close():
            RoadmapStore.open(path).close()

        results["open"] = summary(timed(open_close, 15))

        store = RoadmapStore.open(path)
        ids = [r["id"] for r in store.rows("action")]
        i = iter(range(10**9))
        results["edit_update"] = summary(timed(
            lambda: store.apply([Update("action", ids[next(i) % len(ids)], {"title": "Bijgewerkt ë"})]),
            args.edits))
        results["edit_create"] = summary(timed(
            lambda: store.apply([Create("action", {"title": "Nieuw", "value_chain_id": "vc0",
                                                   "start_date": "2027-01-01"})]), args.edits))
        victims = iter(ids[: args.edits])
        results["edit_delete_with_cascade"] = summary(timed(
            lambda: store.apply([Delete("action", next(victims))]), min(100, args.edits)))
        t = time.perf_counter()
        exported = export_document(store)
        text = dumps(exported)
        results["json_export_s"] = round(time.perf_counter() - t, 3)
        results["json_size_mb"] = round(len(text.encode()) / 1e6, 2)
        t = time.perf_counter()
        rows = store.rows("action")
        results["read_all_actions_ms"] = round((time.perf_counter() - t) * 1000, 1)
        assert len(rows) >= args.actions - 100
        store.close()

    print(f"Store benchmark, {args.actions:,} actions ({results['file_size_mb']} MB file)")
    print(f"  open file           median {results['open']['median_ms']:.1f} ms "
          f"(p95 {results['open']['p95_ms']:.1f})   target < 500 ms")
    for key, label in (("edit_update", "one edit (update)"), ("edit_create", "one edit (create)"),
                       ("edit_delete_with_cascade", "delete + cascade")):
        r = results[key]
        print(f"  {label:<19} median {r['median_ms']:.2f} ms (p95 {r['p95_ms']:.2f}, "
              f"max {r['max_ms']:.2f})   target < 5 ms")
    print(f"  JSON export         {results['json_export_s']:.2f} s ({results['json_size_mb']} MB)")
    print(f"  JSON import         {results['json_import_s']:.2f} s")
    print(f"  read all actions    {results['read_all_actions_ms']:.0f} ms")
    out = ROOT / "bench" / "results" / "store.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
