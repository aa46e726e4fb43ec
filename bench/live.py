"""Live co-editing benchmark: `routekaart serve` in its own process on loopback, clients
each in their own thread with their own roadmap file and db.live.client.LiveSync.

Measures, on a small roadmap (50 partners) and on the demo roadmap:

* edit-to-remote latency with 2 and 8 clients: from the moment one author's edit is
  given to the store until each other client's store has merged it and told its
  listeners (what redraws the screen), median and p95 (goal: median <= 50 ms, p95 <= 150
  ms). Floors measured in the same run: the local apply of the same edit, and the merge
  of that edit's update into a copy without any network (db.crdt.merge.apply_remote_update);
* throughput: 8 authors x N edits (default 1,000) made as fast as they can, until every
  copy has every edit (small roadmap);
* server memory per roadmap: the server's resident memory before and after opening 5
  demo-sized rooms;
* reconnect merge time after 1,000 offline edits: from reconnecting until the other
  client has them all.

Prints the figures and writes bench/results/live.json.

    .venv/bin/python bench/live.py [--edits 1000] [--rounds 40] [--quick] [--latency-only]
"""

from __future__ import annotations

import argparse
import json
import platform
import queue
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pycrdt import merge_updates  # noqa: E402

from db.crdt.merge import apply_remote_update  # noqa: E402
from db.live.client import LiveSync  # noqa: E402
from db.ops import Update  # noqa: E402
from db.store import RoadmapStore  # noqa: E402
from tests.live.live_helpers import Server, base_file  # noqa: E402


def demo_roadmap(path: Path) -> list[str]:
    """A copy of the demo under a new roadmap id (its own room); the partner ids."""
    import uuid

    from db.interchange import import_document, load_json
    from desktop.domain.paths import demo_json

    doc = load_json(demo_json())
    old = doc["roadmap"]["id"]
    doc = json.loads(json.dumps(doc).replace(old, str(uuid.uuid4())))
    s = import_document(doc, path)
    rows = [r["id"] for r in s.rows("partner")]
    s.close()
    return rows


def small_roadmap(path: Path) -> list[str]:
    """50 partners under a new roadmap id (its own room); the partner ids."""
    base_file(path, rows=50)
    return [f"p{i}" for i in range(50)]


def room(kind: str, folder: Path, n: int) -> tuple[list[Path], list[str]]:
    """n copies of a new roadmap of `kind` ("small" or "demo") in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = (small_roadmap if kind == "small" else demo_roadmap)(folder / "base.roadmap")
    return copies(folder / "base.roadmap", folder, n, "c"), rows


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def summary(seconds: list[float]) -> dict:
    ms = [1000 * v for v in seconds]
    return {"n": len(ms), "median_ms": round(statistics.median(ms), 2),
            "p95_ms": round(pct(ms, 0.95), 2), "max_ms": round(max(ms), 2)}


class Client(threading.Thread):
    """One author: owns its store in this thread, pumps LiveSync, runs commands."""

    def __init__(self, path: Path, url: str, name: str) -> None:
        super().__init__(daemon=True)
        self.path, self.url, self.name = path, url, name
        self.commands: queue.SimpleQueue = queue.SimpleQueue()
        self.seen: dict[tuple[str, str], float] = {}   # (row, name) -> when merged
        self.done: dict[int, float] = {}
        self.ready = threading.Event()
        self.stopped = threading.Event()
        self.live: LiveSync | None = None
        self.store: RoadmapStore | None = None
        self.local_apply: list[float] = []
        self.online = True
        self.start()
        assert self.ready.wait(30)

    def run(self) -> None:
        store = self.store = RoadmapStore.open(self.path)
        self.live = LiveSync(store, self.url, author=self.name, device=self.name[:12])

        def on_change(change) -> None:
            if change.origin != "sync":
                return
            now = time.monotonic()
            for r in change.rows:
                if r.entity == "partner":
                    row = store.get("partner", r.id)
                    if row is not None:
                        self.seen.setdefault((r.id, row["name"]), now)

        store.subscribe(on_change)
        self.live.start()
        self.ready.set()
        try:
            while not self.stopped.is_set():
                if self.live is not None:
                    self.live.wait(0.002)
                    self.live.pump()
                try:
                    cmd = self.commands.get_nowait()
                except queue.Empty:
                    continue
                cmd(self)
        finally:
            if self.live is not None:
                self.live.stop()
            store.close()

    def call(self, fn, timeout: float = 600.0):
        box: list = []
        ev = threading.Event()

        def run(me) -> None:
            try:
                box.append(fn(me))
            except BaseException as exc:  # handed to the caller
                box.append(exc)
            ev.set()

        self.commands.put(run)
        if not ev.wait(timeout):
            raise TimeoutError("client command timed out")
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    def edit(self, row: str, name: str) -> float:
        """Store an edit; returns the moment it was given (time.monotonic)."""
        def do(me):
            t0 = time.monotonic()
            me.store.apply([Update("partner", row, {"name": name})])
            me.local_apply.append(time.monotonic() - t0)
            return t0
        return self.call(do)

    def go_offline(self) -> None:
        def do(me):
            me.live.stop()
            me.live = None
        self.call(do)

    def go_online(self) -> float:
        def do(me):
            me.live = LiveSync(me.store, me.url, author=me.name, device=me.name[:12])
            t = time.monotonic()
            me.live.start()
            return t
        return self.call(do)

    def connected(self) -> bool:
        return self.live is not None and self.live.connected

    def stop(self) -> None:
        self.stopped.set()
        self.join(30)


def wait_for(check, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.001)
    return False


def copies(base: Path, folder: Path, n: int, tag: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(n):
        p = folder / f"{tag}{k}.roadmap"
        shutil.copy(base, p)
        out.append(p)
    return out


def latency(files: list[Path], url: str, rows: list[str], rounds: int) -> dict:
    clients = [Client(p, url, f"author{k}") for k, p in enumerate(files)]
    try:
        assert wait_for(lambda: all(c.connected() for c in clients), 20), "not connected"
        time.sleep(0.3)
        editor, others = clients[0], clients[1:]
        per_receiver, all_received, lost = [], [], 0
        for i in range(rounds):
            row = rows[i % len(rows)]
            name = f"latency {i}"
            t0 = editor.edit(row, name)
            if not wait_for(lambda row=row, name=name: all((row, name) in c.seen for c in others), 10):
                lost += 1
                continue
            times = [c.seen[(row, name)] - t0 for c in others]
            per_receiver += times
            all_received.append(max(times))
            time.sleep(0.02)
        merges = [t for c in others if c.live for t in c.live.merge_seconds]
        return {"clients": len(clients), "edit_to_remote": summary(per_receiver),
                "edit_to_all_remotes": summary(all_received),
                "local_apply_floor": summary(editor.local_apply),
                "receiver_merge_call": summary(merges) if merges else None,
                "not_received_within_10s": lost}
    finally:
        for c in clients:
            c.stop()


def merge_floor(path: Path, other: Path, rows: list[str], rounds: int) -> dict:
    """apply_remote_update of one edit's update, no network (the merge alone)."""
    a, b = RoadmapStore.open(path), RoadmapStore.open(other)
    ups: list[bytes] = []
    a.crdt.doc.observe(lambda e: ups.append(e.update))
    spent = []
    try:
        for i in range(rounds):
            n = len(ups)
            a.apply([Update("partner", rows[i % len(rows)], {"name": f"floor {i}"})])
            new = ups[n:]
            update = new[0] if len(new) == 1 else merge_updates(*new)
            t = time.perf_counter()
            apply_remote_update(b, update, author="bench", check_history=False)
            spent.append(time.perf_counter() - t)
    finally:
        a.close()
        b.close()
    return summary(spent)


def throughput(files: list[Path], url: str, rows: list[str], edits: int) -> dict:
    clients = [Client(p, url, f"author{k}") for k, p in enumerate(files)]
    try:
        assert wait_for(lambda: all(c.connected() for c in clients), 20), "not connected"
        t0 = time.monotonic()
        threads = []
        for k, c in enumerate(clients):
            def work(c=c, k=k):
                def do(me):
                    for i in range(edits):
                        me.store.apply([Update("partner", rows[k % len(rows)],
                                               {"name": f"{me.name} {i}"})])
                c.call(do)
            t = threading.Thread(target=work)
            t.start()
            threads.append(t)
        for t in threads:
            t.join()
        made = time.monotonic() - t0
        finals = {rows[k % len(rows)]: f"author{k} {edits - 1}" for k in range(len(clients))}

        def converged() -> bool:
            return all(c.call(lambda me: all(me.store.get("partner", r)["name"] == v
                                             for r, v in finals.items()), 30)
                       for c in clients)

        ok = wait_for(converged, 300)
        total = time.monotonic() - t0
        return {"authors": len(clients), "edits_each": edits, "converged": ok,
                "edit_phase_s": round(made, 2), "until_all_copies_have_all_s": round(total, 2),
                "edits_per_s_end_to_end": round(len(clients) * edits / total, 1),
                "updates_merged": sum(c.live.merged_updates for c in clients if c.live),
                "merge_calls": sum(len(c.live.merge_seconds) for c in clients if c.live)}
    finally:
        for c in clients:
            c.stop()


def reconnect(files: list[Path], url: str, rows: list[str], edits: int) -> dict:
    a, b = Client(files[0], url, "author0"), Client(files[1], url, "author1")
    try:
        assert wait_for(lambda: a.connected() and b.connected(), 20)
        a.go_offline()

        def do(me):
            t = time.perf_counter()
            for i in range(edits):
                me.store.apply([Update("partner", rows[i % len(rows)], {"name": f"offline {i}"})])
            return time.perf_counter() - t
        offline_s = a.call(do)
        last = (rows[(edits - 1) % len(rows)], f"offline {edits - 1}")
        t0 = a.go_online()
        ok = wait_for(lambda: last in b.seen, 120)
        return {"offline_edits": edits, "offline_edit_phase_s": round(offline_s, 2),
                "reconnect_to_remote_has_all_s": round((b.seen[last] - t0) if ok else -1, 3),
                "merged_on_remote": ok}
    finally:
        a.stop()
        b.stop()


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def server_memory(tmp: Path, url: str, pid: int, n: int = 5) -> dict:
    tmp.mkdir(parents=True, exist_ok=True)
    before = rss_kb(pid)
    sizes = []
    for k in range(n):
        path = tmp / f"room{k}.roadmap"
        demo_roadmap(path)  # a new roadmap id each time: its own room
        s = RoadmapStore.open(path, read_only=True)
        sizes.append(len(s.crdt.state()))
        s.close()
        c = Client(path, url, f"mem{k}")
        assert wait_for(c.connected, 20)
        time.sleep(1.0)  # the room gets the whole roadmap
        c.stop()
    time.sleep(0.5)
    after = rss_kb(pid)
    return {"rooms": n, "roadmap_state_bytes": statistics.median(sizes),
            "server_rss_before_mb": round(before / 1024, 1),
            "server_rss_after_mb": round(after / 1024, 1),
            "server_rss_per_roadmap_mb": round((after - before) / 1024 / n, 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=40)
    ap.add_argument("--quick", action="store_true", help="fewer rounds and edits (a smoke run)")
    ap.add_argument("--latency-only", action="store_true",
                    help="only latency and merge floors (bench/results/live-latency.json)")
    args = ap.parse_args()
    if args.quick:
        args.edits, args.rounds = 100, 10
    results: dict = {"python": platform.python_version(), "machine": platform.machine(),
                     "cpus": __import__("os").cpu_count(), "rounds": args.rounds}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        server = Server(tmp / "server")
        try:
            results["demo_state_bytes"] = None
            for label in ("small", "demo"):
                for n in (2, 8):
                    files, rows = room(label, tmp / f"lat-{label}-{n}", n)
                    if label == "demo" and results["demo_state_bytes"] is None:
                        st = RoadmapStore.open(files[0], read_only=True)
                        results["demo_state_bytes"] = len(st.crdt.state())
                        st.close()
                    results[f"latency_{label}_{n}_clients"] = latency(files, server.url, rows,
                                                                      args.rounds)
                files, rows = room(label, tmp / f"floor-{label}", 2)
                results[f"merge_floor_{label}"] = merge_floor(files[0], files[1], rows, args.rounds)
            if not args.latency_only:
                files, rows = room("small", tmp / "throughput", 8)
                results["throughput_small_8_authors"] = throughput(files, server.url, rows,
                                                                   args.edits)
                offline = 100 if args.quick else 1000
                for label in ("small", "demo"):
                    files, rows = room(label, tmp / f"reconnect-{label}", 2)
                    results[f"reconnect_{label}"] = reconnect(files, server.url, rows, offline)
                results["server_memory"] = server_memory(tmp / "mem", server.url,
                                                         server.proc.pid)
        finally:
            server.stop()
    print(f"Live co-editing benchmark (routekaart serve on loopback, {results['cpus']} cores)")
    for label in ("small", "demo"):
        floor = results[f"merge_floor_{label}"]
        for n in (2, 8):
            r = results[f"latency_{label}_{n}_clients"]
            e, la = r["edit_to_remote"], r["local_apply_floor"]
            rm = r["receiver_merge_call"] or {"median_ms": float("nan")}
            print(f"  {label:5} {n} clients: edit -> remote median {e['median_ms']:.1f} ms, "
                  f"p95 {e['p95_ms']:.1f} ms (goal 50/150); same run: local apply "
                  f"{la['median_ms']:.1f} ms (ratio {e['median_ms'] / max(la['median_ms'], 0.01):.1f}x), "
                  f"receiver's merge call {rm['median_ms']:.1f} ms; merge alone, no network "
                  f"{floor['median_ms']:.1f} ms")
    out = ROOT / "bench" / "results" / ("live-quick.json" if args.quick else "live.json")
    if args.latency_only:
        out = out.with_name("live-latency.json")
        out.write_text(json.dumps(results, indent=1) + "\n")
        print(f"  wrote {out.relative_to(ROOT)}")
        return
    tp = results["throughput_small_8_authors"]
    print(f"  throughput: {tp['authors']} authors x {tp['edits_each']} edits: all copies have "
          f"all in {tp['until_all_copies_have_all_s']} s ({tp['edits_per_s_end_to_end']} edits/s; "
          f"edit phase {tp['edit_phase_s']} s; converged {tp['converged']})")
    for label in ("small", "demo"):
        rc = results[f"reconnect_{label}"]
        print(f"  reconnect after {rc['offline_edits']} offline edits ({label}): other client has "
              f"them {rc['reconnect_to_remote_has_all_s']} s after reconnecting (making them took "
              f"{rc['offline_edit_phase_s']} s)")
    m = results["server_memory"]
    print(f"  server memory: {m['server_rss_per_roadmap_mb']} MB per demo-sized roadmap "
          f"({m['roadmap_state_bytes'] / 1e6:.2f} MB state; RSS {m['server_rss_before_mb']} -> "
          f"{m['server_rss_after_mb']} MB for {m['rooms']} rooms)")
    out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"  wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
