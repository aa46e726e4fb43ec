"""Store benchmark on a generated roadmap with 10,000 actions.

Measures: opening the file (probe + quick_check + connect; the co-editing document is read
later, shown as its own figure), one committed edit (update and create, each its own
transaction with synchronous=FULL), a cascading delete, JSON export and JSON import. Next to
open and import it prints a floor measured in the same run: sqlite-utils opening the file
and reading the roadmap row, and sqlite-utils inserting the same rows into the same schema
without validation or CRDT (ratio = ours / floor, wall and CPU), and the top cumulative
entries of one more import under cProfile. Writes bench/results/store.json.

    .venv/bin/python bench/store.py [--actions 10000] [--edits 300]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

from db import catalogue  # noqa: E402
from db.interchange import dumps, export_document, import_document  # noqa: E402
from db.ops import Create, Delete, Update  # noqa: E402
from db.store import RoadmapStore  # noqa: E402
from tests.generate import generate_document  # noqa: E402
from tests.helpers import basic_rows  # noqa: E402


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


def crdt_overhead(rounds: int = 5, n: int = 60) -> dict:
    """Cost the co-editing document adds to one committed edit (in-memory store, best rounds)."""
    s = RoadmapStore.memory()
    basic_rows(s)
    getattr(s, "load_crdt", lambda: None)()

    def per_edit() -> float:
        t = time.perf_counter()
        for k in range(n):
            s.apply([Update("action", "a1", {"title": f"T{k} \N{GRINNING FACE}"})])
        return (time.perf_counter() - t) / n

    doc = s._crdt
    with_doc, without = [], []
    for _ in range(rounds):
        s._crdt = doc
        with_doc.append(per_edit())
        s._crdt = None
        without.append(per_edit())
    s._crdt = doc
    s.close()
    w, wo = min(with_doc) * 1000, min(without) * 1000
    return {"with_document_ms": round(w, 3), "without_document_ms": round(wo, 3),
            "overhead_ms": round(w - wo, 3)}


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
        t, c = time.perf_counter(), time.process_time()
        import_document(doc, path).close()
        results["json_import_s"] = round(time.perf_counter() - t, 3)
        results["json_import_cpu_s"] = round(time.process_time() - c, 3)
        results["file_size_mb"] = round(path.stat().st_size / 1e6, 2)

        def open_close():
            RoadmapStore.open(path).close()

        def floor_open():
            db = sqlite_utils.Database(str(path))
            list(db["roadmap"].rows)
            db.close()

        def load_document():
            s = RoadmapStore.open(path)
            t = time.perf_counter()
            getattr(s, "load_crdt", lambda: None)()  # (older versions read it on opening)
            loads.append(time.perf_counter() - t)
            s.close()

        loads: list[float] = []
        results["open"] = summary(timed(open_close, 15))
        results["floor_open_sqlite_utils"] = summary(timed(floor_open, 15))
        for _ in range(3):
            load_document()
        results["crdt_load_after_open"] = summary(loads)

        floor_path = Path(tmp) / "floor.roadmap"
        RoadmapStore.create(floor_path, roadmap_id="floor").close()  # the schema, no rows
        db = sqlite_utils.Database(str(floor_path))
        t, c = time.perf_counter(), time.process_time()
        with db.conn:
            for e in catalogue.ENTITIES:
                rows = doc.get(e.name) or []
                if e.singleton or not rows:
                    continue
                db[e.name].insert_all(({**r, "position": float(j)} for j, r in enumerate(rows)),
                                      batch_size=1000)
        results["floor_import_sqlite_utils_s"] = round(time.perf_counter() - t, 3)
        results["floor_import_sqlite_utils_cpu_s"] = round(time.process_time() - c, 3)
        db.close()

        # where the import's time goes: one more import under cProfile (not timed above)
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        import_document(doc, Path(tmp) / "profiled.roadmap").close()
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(30)
        results["json_import_profile_top_cumulative"] = [
            ln.rstrip() for ln in buf.getvalue().splitlines() if ln.strip()][:40]

        store = RoadmapStore.open(path)
        getattr(store, "load_crdt", lambda: None)()  # as the app does after the first paint
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

    results["crdt_overhead_per_edit"] = crdt_overhead()
    fo = results["floor_open_sqlite_utils"]["median_ms"]
    fi = results["floor_import_sqlite_utils_s"]
    results["ratios_to_floor"] = {"open": round(results["open"]["median_ms"] / max(fo, 1e-3), 2),
                                  "json_import": round(results["json_import_s"] / max(fi, 1e-3), 2),
                                  "json_import_cpu": round(results["json_import_cpu_s"] / max(
                                      results["floor_import_sqlite_utils_cpu_s"], 1e-3), 2)}
    results["load_average_1min"] = round(os.getloadavg()[0], 2)
    print(f"Store benchmark, {args.actions:,} actions ({results['file_size_mb']} MB file), "
          f"load average {results['load_average_1min']}")
    print(f"  open file           median {results['open']['median_ms']:.1f} ms "
          f"(p95 {results['open']['p95_ms']:.1f})   floor (sqlite-utils) {fo:.1f} ms, "
          f"x{results['ratios_to_floor']['open']}   goal <= 100 ms")
    print(f"  co-editing document read after opening: median "
          f"{results['crdt_load_after_open']['median_ms']:.0f} ms (not before the first paint)")
    for key, label in (("edit_update", "one edit (update)"), ("edit_create", "one edit (create)"),
                       ("edit_delete_with_cascade", "delete + cascade")):
        r = results[key]
        print(f"  {label:<19} median {r['median_ms']:.2f} ms (p95 {r['p95_ms']:.2f}, "
              f"max {r['max_ms']:.2f})   target < 5 ms")
    c = results["crdt_overhead_per_edit"]
    print(f"  co-editing record   {c['with_document_ms']:.3f} ms per edit   floor (same edit, no "
          f"document) {c['without_document_ms']:.3f} ms, overhead {c['overhead_ms']:.3f} ms   goal < 1 ms")
    print(f"  JSON export         {results['json_export_s']:.2f} s ({results['json_size_mb']} MB)")
    print(f"  JSON import         {results['json_import_s']:.2f} s   floor (sqlite-utils insert_all) "
          f"{fi:.2f} s, x{results['ratios_to_floor']['json_import']}   goal <= 1 s")
    print(f"                      CPU {results['json_import_cpu_s']:.2f} s   floor CPU "
          f"{results['floor_import_sqlite_utils_cpu_s']:.2f} s, "
          f"x{results['ratios_to_floor']['json_import_cpu']}")
    print("  one import under cProfile (top cumulative):")
    print("\n".join("    " + ln for ln in results["json_import_profile_top_cumulative"][3:16]))
    print(f"  read all actions    {results['read_all_actions_ms']:.0f} ms")
    out = ROOT / "bench" / "results" / "store.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
