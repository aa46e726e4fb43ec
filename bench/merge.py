"""Co-editing benchmark: 5 authors x 1,000 offline edits exchanged through a shared folder.

Measures: the CRDT overhead of one committed edit (file store, synchronous=FULL, with and
without recording into the pycrdt document), the time of one sync that reads and merges
the 4 other authors' state files (conflict check included), the state file sizes, and
the time to open a roadmap file and sync it; conflicts listed against the real ones
(computed from who edited what; before issue 20 this run listed 406 for 202); and how the
document grows with every edit kept (skip_gc): bytes per edit after 1k and 10k edits, next
to the same edits in a garbage-collected document and the rows' own size. Prints the
figures and writes bench/results/merge.json. Targets: sync < 0.5 s, edit overhead < 1 ms.

    .venv/bin/python bench/merge.py [--authors 5] [--edits 1000] [--growth 10000]

With ``--schedules N`` it runs the adversarial schedules instead (tests/coedit/schedules.py:
3-5 authors, random edits, a cloud that delivers late, reordered, duplicated, cut off, as
"conflicted copies", old versions again, with skewed clocks) for seeds 0..N-1 and prints
schedules, edits, conflicts listed vs real, hidden, over-listed, wrong records, lost
edits and diverging copies (all must be 0); JSON in bench/results/merge_schedules.json.

    .venv/bin/python bench/merge.py --schedules 1000
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrdt  # noqa: E402

from db.coedit.sync_folder import SharedFolder, device_for  # noqa: E402
from db.crdt.document import RoadmapDoc  # noqa: E402
from db.ops import Update  # noqa: E402
from db.store import RoadmapStore  # noqa: E402
from tests.coedit.simulation import base_values_of, check, offline_edits, setup  # noqa: E402
from tests.helpers import basic_rows  # noqa: E402


def edit_overhead(tmp: Path, n: int = 240) -> dict:
    """Per-edit cost of recording into the CRDT document.

    Two ways: the time spent inside the recorder itself (read the row back, pycrdt
    transaction, store the update), which does not depend on fsync noise from other
    programs; and edit time with and without recording (best of 6 rounds each).
    """
    s = RoadmapStore.create(tmp / "overhead.roadmap")
    basic_rows(s)
    recorder = s._record
    spent: list[float] = []

    def timed_record(rows):
        t = time.perf_counter()
        recorder(rows)
        spent.append(time.perf_counter() - t)

    s._record = timed_record
    doc = s._crdt
    with_doc, without = [], []
    for rnd in range(6):
        for target, enabled in ((with_doc, True), (without, False)):
            s._crdt = doc if enabled else None
            t = time.perf_counter()
            for i in range(n // 6):
                s.apply([Update("action", "a1", {"title": f"T{rnd}-{i} 😀"})])
            target.append((time.perf_counter() - t) / (n // 6))
    s._crdt = doc
    s.close()
    a, b = min(with_doc) * 1000, min(without) * 1000
    return {"edit_ms_with_crdt": round(a, 3), "edit_ms_without_crdt": round(b, 3),
            "crdt_overhead_ms": round(max(a - b, 0.0), 3),
            "crdt_record_ms_median": round(statistics.median(spent) * 1000, 3),
            "crdt_record_ms_p95": round(sorted(spent)[int(len(spent) * 0.95)] * 1000, 3)}


def growth(n_max: int = 10_000, rows: int = 40) -> dict:
    """Document size with every replaced value kept (skip_gc), per edit, at 1k and 10k
    edits; reference: the same updates in a garbage-collected document, and the JSON of
    the rows themselves. Also the time to read the whole history (what every sync did
    before the history was kept between syncs) and to extend the kept one by an edit."""
    from db.crdt.causality import History, history_of

    rnd = random.Random(3)
    doc = RoadmapDoc(author="Bench")
    writes = [("partner", f"p{i}", {"name": f"Partner {i}", "role": "base", "position": float(i)})
              for i in range(rows)]
    doc.record_rows(writes)
    out: dict = {}
    checkpoints = sorted({c for c in (1000, n_max) if c <= n_max})
    t0 = time.perf_counter()
    for n in range(1, n_max + 1):
        i = rnd.randrange(rows)
        if rnd.random() < 0.8:
            doc.record_rows([("partner", f"p{i}", {rnd.choice(("name", "role")): f"v{n} {rnd.random():.6f}"})])
        else:
            doc.record_rows([("partner", f"p{i}", {"position": round(rnd.uniform(0, rows), 6)})])
        if n in checkpoints:
            state = doc.state()
            gc = pycrdt.Doc()
            gc.apply_update(state)
            gc_state = gc.get_update()
            rows_json = len(json.dumps(doc.flatten(), ensure_ascii=False).encode())
            t = time.perf_counter()
            History(state)
            read = time.perf_counter() - t
            # what a sync decodes now: the history kept from the previous sync, extended by
            # one co-author's edit (median of 5), against reading the whole state (above)
            other, author = RoadmapDoc([state]), RoadmapDoc([state], author="Co-author")
            history_of(other)
            ext = []
            for k in range(5):
                sv = other.state_vector()
                author.record_rows([("partner", "p0", {"name": f"extend {n} {k}"})])
                other.apply(author.doc.get_update(sv))
                t = time.perf_counter()
                history_of(other)
                ext.append(time.perf_counter() - t)
            out[f"growth_{n}_edits"] = {
                "state_bytes": len(state), "bytes_per_edit": round(len(state) / n, 1),
                "gc_state_bytes_reference": len(gc_state), "rows_json_bytes_reference": rows_json,
                "ratio_to_gc": round(len(state) / max(len(gc_state), 1), 2),
                "history_read_seconds": round(read, 4),
                "history_extend_one_edit_seconds": round(statistics.median(ext), 5)}
    out["growth_record_ms_mean"] = round(1000 * (time.perf_counter() - t0) / n_max, 3)
    return out


def schedules(n: int, start: int = 0) -> dict:
    """The adversarial schedule run (see the module docstring)."""
    from tests.coedit.schedules import BAD, run_schedule

    totals = {"schedules": 0, "authors": 0, "edits": 0, "writes": 0, "conflicts_real": 0,
              "conflicts_listed": 0, "hidden": 0, "over_listed": 0, "wrong_records": 0,
              "lost": 0, "divergent": 0}
    kinds: dict[str, int] = {}
    faults: dict[str, int] = {}
    failures = []
    t0 = time.perf_counter()
    for seed in range(start, start + n):
        with tempfile.TemporaryDirectory() as d:
            r = run_schedule(Path(d), seed)
        totals["schedules"] += 1
        for k in totals:
            if k != "schedules":
                totals[k] += r[k]
        for k, v in r["kinds"].items():
            kinds[k] = kinds.get(k, 0) + v
        for k, v in r["faults"].items():
            faults[k] = faults.get(k, 0) + v
        if any(r[k] for k in BAD):
            failures.append({"seed": seed, "details": r["details"][:6]})
            print(f"seed {seed}: " + "; ".join(r["details"][:3]), flush=True)
        if (seed - start + 1) % 50 == 0:
            print(f"  {seed - start + 1} schedules, {time.perf_counter() - t0:.0f} s", flush=True)
    totals["seconds"] = round(time.perf_counter() - t0, 1)
    totals["conflict_kinds"] = kinds
    totals["faults_injected"] = faults
    totals["failed_seeds"] = failures
    return totals


def run_schedules(args) -> None:
    results = {"python": platform.python_version(), "pycrdt": getattr(pycrdt, "__version__", "0.14.13"),
               "first_seed": args.seed}
    results.update(schedules(args.schedules, args.seed))
    for k in ("schedules", "authors", "edits", "writes", "conflicts_listed", "conflicts_real",
              "hidden", "over_listed", "wrong_records", "lost", "divergent", "seconds"):
        print(f"{k:40} {results[k]}")
    print(f"{'conflict_kinds':40} {results['conflict_kinds']}")
    print(f"{'faults_injected':40} {results['faults_injected']}")
    print(f"{'listed / real':40} {results['conflicts_listed']} / {results['conflicts_real']}"
          f"  (before issue 20, bench/merge.py: 406 / 202)")
    name = "merge_schedules.json" if args.seed == 0 else \
        f"merge_schedules_{args.seed}-{args.seed + args.schedules - 1}.json"
    out = ROOT / "bench" / "results" / name
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--authors", type=int, default=5)
    ap.add_argument("--edits", type=int, default=1000)
    ap.add_argument("--growth", type=int, default=10_000, help="edits for the document-growth figure")
    ap.add_argument("--schedules", type=int, default=0, help="run N adversarial schedules instead")
    ap.add_argument("--seed", type=int, default=0, help="first schedule seed")
    args = ap.parse_args()
    if args.schedules:
        run_schedules(args)
        return
    results: dict = {"python": platform.python_version(),
                     "pycrdt": getattr(pycrdt, "__version__", "0.14.13"),
                     "authors": args.authors, "edits_per_author": args.edits}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        results.update(edit_overhead(tmp))
        rnd = random.Random(5)
        authors = setup(tmp, args.authors, files=True)
        base = base_values_of(authors[0].store)
        t = time.perf_counter()
        for a in authors:
            offline_edits(a, args.edits, rnd)
        per_edit = (time.perf_counter() - t) / (args.authors * args.edits)
        results["offline_edit_ms_mean"] = round(1000 * per_edit, 3)
        # everybody publishes their offline work (first syncs), then one author syncs all 4 others
        for a in authors[1:]:
            a.folder.publish(a.store)
        t = time.perf_counter()
        report = authors[0].folder.sync(authors[0].store)
        results["sync_seconds_first_author_reads_others"] = round(time.perf_counter() - t, 4)
        results["files_read"] = report.files_read
        times = []
        for _ in range(2):
            for a in authors:
                t0 = time.perf_counter()
                a.folder.sync(a.store)
                times.append(time.perf_counter() - t0)
        results["sync_seconds_max"] = round(max(times), 4)
        results["sync_seconds_median"] = round(statistics.median(times), 4)
        summary = check(authors, base)
        results.update({k: v for k, v in summary.items()})
        results["conflicts_listed_vs_real"] = f"{summary['conflicts_listed']} / {summary['conflicts_real']}"
        results["before_issue_20_listed_vs_real"] = "406 / 202"
        sizes = [p.stat().st_size for p in (tmp / "share" / "devices").glob("*.ystate")]
        results["state_file_bytes_max"] = max(sizes)
        results["state_file_bytes_mean"] = int(statistics.mean(sizes))
        local = Path(authors[1].store.path)
        results["local_file_bytes"] = local.stat().st_size
        for a in authors:
            a.store.close()
        # somebody edits while author 1 is away; author 1 then opens the file and syncs
        other = RoadmapStore.open(authors[2].store.path)
        offline_edits(authors[2].__class__(2, other, authors[2].folder), 200, rnd)
        authors[2].folder.sync(other)
        other.close()
        t = time.perf_counter()
        s = RoadmapStore.open(local)
        opened = time.perf_counter() - t
        SharedFolder(tmp / "share", author="Author 1", device=device_for(s, f"{1:012x}")).sync(s)
        results["open_seconds"] = round(opened, 4)
        results["open_with_sync_seconds"] = round(time.perf_counter() - t, 4)
        s.close()
    if args.growth:
        results.update(growth(args.growth))
    results["targets"] = {"sync_seconds": 0.5, "edit_overhead_ms": 1.0}
    results["meets_targets"] = (results["sync_seconds_max"] < 0.5
                                and results["crdt_overhead_ms"] < 1.0)
    for k, v in results.items():
        print(f"{k:40} {v}")
    out = ROOT / "bench" / "results" / "merge.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
