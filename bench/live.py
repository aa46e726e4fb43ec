"""Live co-editing benchmark: `routekaart serve` in its own process on loopback, each
client in a process of its own (as each author runs the app on their own computer), with
its own roadmap file and db.live.client.LiveSync.

Measures, on a small roadmap (50 partners) and on the demo roadmap:

* edit-to-remote latency with 2 and 8 clients: from the moment one author's edit is
  given to the store until each other client's store has merged it and told its
  listeners (what redraws the screen), median and p95 (goal: median <= 50 ms, p95 <= 150
  ms); times are time.monotonic(), one clock for every process on this host. Floors
  measured in the same run: a websocket echo round trip on loopback to another process,
  the local apply of the same edit, and the merge of that edit's update into a copy
  without any network (db.crdt.merge.apply_remote_update). The same for structural
  edits on the demo (create a partner, relink an action to another lane, delete);
* throughput: 8 authors x N edits (default 1,000) made as fast as they can, until every
  copy has every edit (small roadmap); floor: the same edits stored in one file;
* server memory per roadmap: the server's resident memory before and after opening 5
  demo-sized rooms; floor: the roadmap's CRDT state size;
* reconnect merge time after 1,000 offline edits: from reconnecting until the other
  client has them all; floor: merging the same edits into a copy without network.

Prints the figures and writes bench/results/live-latency.json (and live.json after a
full run; --quick: live-quick.json).

    .venv/bin/python bench/live.py [--edits 1000] [--rounds 40] [--quick] [--latency-only]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
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


class Client:
    """One author in a process of its own (as each author runs the app on their own
    computer): its store and db.live.client.LiveSync live in `client_main`; this proxy
    sends it commands over a pipe. The client reports, as it happens, when its store
    merged a watched row and told its listeners (what redraws the screen), with
    time.monotonic(): one clock for every process on this host."""

    def __init__(self, path: Path, url: str, name: str) -> None:
        import multiprocessing as mp

        self.path, self.url, self.name = path, url, name
        self.conn, child = mp.get_context("spawn").Pipe()
        self.proc = mp.get_context("spawn").Process(
            target=client_main, args=(str(path), url, name, child), daemon=True)
        self.proc.start()
        child.close()
        self.seen: dict[tuple, float] = {}   # (entity, row, probe) -> when it was on screen
        assert self.call("ready", timeout=60)

    def _read(self, timeout: float):
        if not self.conn.poll(timeout):
            raise TimeoutError(f"{self.name}: no answer")
        msg = self.conn.recv()
        if msg[0] == "seen":
            self.seen.setdefault(msg[1], msg[2])
            return None
        return msg

    def drain(self, timeout: float = 0.0) -> None:
        """Take in the "seen" reports that arrived (waiting up to `timeout` for one)."""
        while self.conn.poll(timeout):
            msg = self._read(0)
            if msg is not None:
                raise RuntimeError(f"{self.name}: unexpected {msg!r}")
            timeout = 0.0

    def call(self, *command, timeout: float = 600.0):
        self.conn.send(command)
        end = time.monotonic() + timeout
        while True:
            msg = self._read(max(0.0, end - time.monotonic()))
            if msg is None:
                continue
            if msg[0] == "error":
                raise RuntimeError(f"{self.name}: {msg[1]}")
            return msg[1]

    def edit(self, entity: str, row: str, values: dict | None) -> float:
        """Store an edit (None: delete the row); the moment it was given (monotonic)."""
        return self.call("edit", entity, row, values)

    def connected(self) -> bool:
        return self.call("connected")

    def stop(self) -> None:
        try:
            self.call("stop", timeout=30)
        except (TimeoutError, EOFError, OSError, BrokenPipeError):
            pass
        self.proc.join(30)
        if self.proc.is_alive():
            self.proc.kill()


PROBE = {"partner": "name", "action": "lane_id"}  # what a watched row is recognised by


def client_main(path: str, url: str, name: str, conn) -> None:
    """The client process: a RoadmapStore file and LiveSync, pumped in this loop."""
    sys.path.insert(0, str(ROOT))
    from db.live.client import LiveSync
    from db.ops import Create, Delete, Update
    from db.store import RoadmapStore

    store = RoadmapStore.open(Path(path))
    live: LiveSync | None = LiveSync(store, url, author=name, device=name[:12])
    watch = [True]
    local_apply: list[float] = []

    def on_change(change) -> None:
        if change.origin != "sync" or not watch[0]:
            return
        now = time.monotonic()
        for r in change.rows:
            probe = PROBE.get(r.entity)
            if probe is None:
                continue
            row = store.get(r.entity, r.id)
            conn.send(("seen", (r.entity, r.id, None if row is None else row[probe]), now))

    store.subscribe(on_change)
    live.start()

    def apply(ops) -> None:
        store.apply(ops)

    def run(cmd):
        nonlocal live
        op = cmd[0]
        if op == "ready":
            return True
        if op == "connected":
            return live is not None and live.connected
        if op == "edit":
            _op, entity, row, values = cmd
            t0 = time.monotonic()
            if values is None:
                apply([Delete(entity, row)])
            elif store.get(entity, row) is None:
                apply([Create(entity, values, id=row)])
            else:
                apply([Update(entity, row, values)])
            local_apply.append(time.monotonic() - t0)
            return t0
        if op == "burst":  # `edits` edits of one row, as fast as this author can
            _op, row, edits = cmd
            t0 = time.perf_counter()
            for i in range(edits):
                apply([Update("partner", row, {"name": f"{name} {i}"})])
            return time.perf_counter() - t0
        if op == "has":  # {row: name}: does this copy show every one?
            return all((store.get("partner", r) or {}).get("name") == v for r, v in cmd[1].items())
        if op == "watch":
            watch[0] = cmd[1]
            return True
        if op == "offline":
            live.stop()
            live = None
            return True
        if op == "online":
            live = LiveSync(store, url, author=name, device=name[:12])
            t = time.monotonic()
            live.start()
            return t
        if op == "stats":
            return {"merge_seconds": list(live.merge_seconds) if live else [],
                    "merged_updates": live.merged_updates if live else 0,
                    "local_apply": list(local_apply)}
        raise ValueError(op)

    try:
        while True:
            if live is not None:
                live.wait(0.002)
                live.pump()
            if not conn.poll(0 if live is not None else 0.002):
                continue
            cmd = conn.recv()
            if cmd[0] == "stop":
                conn.send(("reply", True))
                break
            try:
                conn.send(("reply", run(cmd)))
            except Exception as exc:  # handed to the benchmark
                conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        if live is not None:
            live.stop()
        store.close()


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


def start_clients(files: list[Path], url: str) -> list[Client]:
    clients = []
    try:
        for k, p in enumerate(files):
            clients.append(Client(p, url, f"author{k}"))
        assert wait_for(lambda: all(c.connected() for c in clients), 30), "not connected"
    except BaseException:
        for c in clients:
            c.stop()
        raise
    time.sleep(0.5)
    return clients


def await_seen(clients: list[Client], key: tuple, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if all(key in c.seen for c in clients):
            return True
        for c in clients:
            if key not in c.seen:
                c.drain(0.001)
    return False


def latency(files: list[Path], url: str, rows: list[str], rounds: int,
            edits=None) -> dict:
    """Edit -> every other client's screen. `edits(i)` gives round i's edit as
    (entity, row, values or None, the key the receivers will report); plain renames of
    a partner by default."""
    if edits is None:
        def edits(i):
            row, name = rows[i % len(rows)], f"latency {i}"
            return "partner", row, {"name": name}, ("partner", row, name)
    clients = start_clients(files, url)
    try:
        editor, others = clients[0], clients[1:]
        # the first received edit of a session reads the causal history once (later
        # ones extend it): measured apart, not in the figures of the rounds
        key = ("partner", rows[0] if rows else "bench-first", "first edit")
        t0 = editor.edit("partner", key[1], {"name": "first edit"})
        first = [c.seen[key] - t0 for c in others] if await_seen(others, key, 30) else None
        skip = [len(c.call("stats")["merge_seconds"]) for c in others]
        per_receiver, all_received, lost = [], [], 0
        for i in range(rounds):
            entity, row, values, key = edits(i)
            t0 = editor.edit(entity, row, values)
            if not await_seen(others, key, 10):
                lost += 1
                continue
            times = [c.seen[key] - t0 for c in others]
            per_receiver += times
            all_received.append(max(times))
            time.sleep(0.02)
        merges = [t for c, n in zip(others, skip)
                  for t in c.call("stats")["merge_seconds"][n:]]
        return {"clients": len(clients), "edit_to_remote": summary(per_receiver),
                "edit_to_all_remotes": summary(all_received),
                "local_apply_floor": summary(editor.call("stats")["local_apply"][1:]),
                "receiver_merge_call": summary(merges) if merges else None,
                "not_received_within_10s": lost,
                "first_edit_of_session_ms": None if first is None else
                round(1000 * statistics.median(first), 1)}
    finally:
        for c in clients:
            c.stop()


def structural_edits(store_path: Path) -> tuple[list[str], list[str], list[str]]:
    s = RoadmapStore.open(store_path, read_only=True)
    try:
        return ([r["id"] for r in s.rows("action")], [r["id"] for r in s.rows("lane")],
                [r["id"] for r in s.rows("partner")])
    finally:
        s.close()


def structural_latency(files: list[Path], url: str, rounds: int) -> dict:
    """The same, for edits that create, relink and delete rows (demo): round i creates a
    partner, relinks an action to another lane, or deletes the partner made before."""
    actions, lanes, _partners = structural_edits(files[0])

    def edits(i):
        kind = i % 3
        if kind == 0:
            row = f"bench-partner-{i}"
            return "partner", row, {"name": f"new {i}"}, ("partner", row, f"new {i}")
        if kind == 1:
            row, lane = actions[i % len(actions)], lanes[(i // 3) % len(lanes)]
            lane = lane if lane != lanes[0] or len(lanes) == 1 else lanes[-1]
            return "action", row, {"lane_id": lane}, ("action", row, lane)
        row = f"bench-partner-{i - 2}"
        return "partner", row, None, ("partner", row, None)

    return latency(files, url, [], rounds, edits)


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
    clients = start_clients(files, url)
    try:
        for c in clients:
            c.call("watch", False)
        t0 = time.monotonic()
        for k, c in enumerate(clients):  # all at once: each process makes its own edits
            c.conn.send(("burst", rows[k % len(rows)], edits))
        made = []
        for c in clients:
            while True:
                msg = c._read(600)
                if msg is not None:
                    made.append(msg[1])
                    break
        edit_phase = time.monotonic() - t0
        finals = {rows[k % len(rows)]: f"author{k} {edits - 1}" for k in range(len(clients))}
        ok = wait_for(lambda: all(c.call("has", finals) for c in clients), 300)
        total = time.monotonic() - t0
        stats = [c.call("stats") for c in clients]
        return {"authors": len(clients), "edits_each": edits, "converged": ok,
                "edit_phase_s": round(edit_phase, 2),
                "one_author_edit_time_s": {"median": round(statistics.median(made), 2),
                                           "max": round(max(made), 2)},
                "until_all_copies_have_all_s": round(total, 2),
                "edits_per_s_end_to_end": round(len(clients) * edits / total, 1),
                "updates_merged": sum(s["merged_updates"] for s in stats),
                "merge_calls": sum(len(s["merge_seconds"]) for s in stats)}
    finally:
        for c in clients:
            c.stop()


def local_edits_floor(path: Path, rows: list[str], edits: int) -> float:
    """The same number of edits stored in one file, no network (seconds)."""
    s = RoadmapStore.open(path)
    try:
        t = time.perf_counter()
        for i in range(edits):
            s.apply([Update("partner", rows[i % len(rows)], {"name": f"floor {i}"})])
        return time.perf_counter() - t
    finally:
        s.close()


def reconnect(files: list[Path], url: str, rows: list[str], edits: int) -> dict:
    a, b = start_clients(files[:2], url)
    try:
        a.call("offline")
        t = time.perf_counter()
        for i in range(edits - 1):
            a.call("edit", "partner", rows[i % len(rows)], {"name": f"offline {i}"})
        last_row = rows[(edits - 1) % len(rows)]
        a.call("edit", "partner", last_row, {"name": f"offline {edits - 1}"})
        offline_s = time.perf_counter() - t
        key = ("partner", last_row, f"offline {edits - 1}")
        t0 = a.call("online")
        ok = await_seen([b], key, 120)
        return {"offline_edits": edits, "offline_edit_phase_s": round(offline_s, 2),
                "reconnect_to_remote_has_all_s": round((b.seen[key] - t0) if ok else -1, 3),
                "merged_on_remote": ok}
    finally:
        a.stop()
        b.stop()


def reconnect_floor(path: Path, other: Path, rows: list[str], edits: int) -> float:
    """The merge alone of `edits` offline edits into the other copy, no network (s)."""
    a, b = RoadmapStore.open(path), RoadmapStore.open(other)
    try:
        sv = b.crdt.state_vector()
        for i in range(edits):
            a.apply([Update("partner", rows[i % len(rows)], {"name": f"offline {i}"})])
        update = a.crdt.doc.get_update(sv)
        t = time.perf_counter()
        apply_remote_update(b, update, author="bench")
        return time.perf_counter() - t
    finally:
        a.close()
        b.close()


def _echo_server(port_box) -> None:
    import asyncio

    from websockets.asyncio.server import serve

    async def echo(ws):
        async for message in ws:
            await ws.send(message)

    async def main():
        async with serve(echo, "127.0.0.1", 0, compression=None) as server:
            port_box.put(server.sockets[0].getsockname()[1])
            await asyncio.Future()

    asyncio.run(main())


def echo_floor(rounds: int = 200, size: int = 120) -> dict:
    """Round trip of a `size`-byte message to a websocket echo server in another process
    on loopback (what any live edit pays at least, twice over: to the server and on)."""
    import multiprocessing as mp

    from websockets.sync.client import connect

    ctx = mp.get_context("spawn")
    box = ctx.Queue()
    proc = ctx.Process(target=_echo_server, args=(box,), daemon=True)
    proc.start()
    try:
        port = box.get(timeout=30)
        spent = []
        with connect(f"ws://127.0.0.1:{port}", compression=None) as ws:
            message = b"x" * size
            for _ in range(rounds):
                t = time.perf_counter()
                ws.send(message)
                ws.recv()
                spent.append(time.perf_counter() - t)
        return summary(spent)
    finally:
        proc.kill()
        proc.join(10)


def window_latency(files: list[Path], url: str, rows: list[str], rounds: int,
                   home: Path) -> dict:
    """Edit in a headless client -> a real main window in its own process (offscreen,
    tests/live/window_peer.py, connected through Collaboration -> Connect to server...):
    when every view had handled the merged change, and when its event loop was next idle."""
    from tests.live.live_helpers import WindowPeer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    window = WindowPeer(files[1], url, "window", home)
    editor = None
    try:
        editor = Client(files[0], url, "author0")
        assert wait_for(lambda: editor.connected()
                        and window.state()["status"].startswith("Live: connected"), 30)
        time.sleep(0.5)
        window.cmd(op="watch")
        handled, idle, lost = [], [], 0
        seen: dict[tuple, tuple[float, float]] = {}
        for i in range(rounds + 1):  # round 0: the first edit of the session, not counted
            row, name = rows[i % len(rows)], f"window {i}"
            t0 = editor.edit("partner", row, {"name": name})
            key = ("partner", row, name)
            end = time.monotonic() + 10
            while key not in seen and time.monotonic() < end:
                time.sleep(0.005)
                for k, h, d in window.cmd(op="seen")["seen"]:
                    seen.setdefault(tuple(k), (h, d))
            if key not in seen:
                lost += 1
                continue
            if i:
                handled.append(seen[key][0] - t0)
                idle.append(seen[key][1] - t0)
            time.sleep(0.02)
        return {"clients": 2, "edit_to_window_views_handled": summary(handled),
                "edit_to_window_event_loop_idle": summary(idle),
                "local_apply_floor": summary(editor.call("stats")["local_apply"][1:]),
                "not_received_within_10s": lost}
    finally:
        if editor is not None:
            editor.stop()
        window.stop()


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
                    help="only latency and its floors")
    args = ap.parse_args()
    if args.quick:
        args.edits, args.rounds = 100, 10
    results: dict = {"python": platform.python_version(), "machine": platform.machine(),
                     "cpus": os.cpu_count(), "rounds": args.rounds,
                     "clients": "one process each (multiprocessing, spawn)",
                     "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        results["websocket_echo_floor"] = echo_floor()
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
            files, rows = room("demo", tmp / "window", 2)
            results["latency_demo_to_app_window"] = window_latency(
                files, server.url, rows, args.rounds, tmp / "window-home")
            for n in (2, 8):
                files, _rows = room("demo", tmp / f"struct-{n}", n)
                results[f"latency_demo_structural_{n}_clients"] = structural_latency(
                    files, server.url, args.rounds - args.rounds % 3)
            if not args.latency_only:
                files, rows = room("small", tmp / "throughput", 9)
                results["throughput_small_8_authors"] = throughput(files[:8], server.url, rows,
                                                                   args.edits)
                results["throughput_small_8_authors"]["floor_same_edits_in_one_file_s"] = round(
                    local_edits_floor(files[8], rows, 8 * args.edits), 2)
                offline = 100 if args.quick else 1000
                for label in ("small", "demo"):
                    files, rows = room(label, tmp / f"reconnect-{label}", 4)
                    rc = reconnect(files, server.url, rows, offline)
                    rc["floor_merge_alone_s"] = round(reconnect_floor(files[2], files[3], rows,
                                                                      offline), 3)
                    results[f"reconnect_{label}"] = rc
                results["server_memory"] = server_memory(tmp / "mem", server.url,
                                                         server.proc.pid)
        finally:
            server.stop()
    results["load_after"] = os.getloadavg()
    report(results, args)


def report(results: dict, args) -> None:
    echo = results["websocket_echo_floor"]
    print(f"Live co-editing benchmark (routekaart serve on loopback, {results['cpus']} cores, "
          f"each client its own process; load {results['load_before'][0]:.2f} -> "
          f"{results['load_after'][0]:.2f})")
    print(f"  floor: websocket echo round trip on loopback (another process) median "
          f"{echo['median_ms']:.2f} ms, p95 {echo['p95_ms']:.2f} ms")
    for label in ("small", "demo", "demo_structural"):
        floor = results[f"merge_floor_{'small' if label == 'small' else 'demo'}"]
        for n in (2, 8):
            r = results[f"latency_{label}_{n}_clients"]
            e, la = r["edit_to_remote"], r["local_apply_floor"]
            rm = r["receiver_merge_call"] or {"median_ms": float("nan")}
            print(f"  {label:15} {n} clients: edit -> remote screen median {e['median_ms']:.1f} ms, "
                  f"p95 {e['p95_ms']:.1f} ms (goal 50/150; lost {r['not_received_within_10s']}); "
                  f"same run: local apply {la['median_ms']:.1f} ms "
                  f"(x{e['median_ms'] / max(la['median_ms'], 0.01):.1f}), receiver's merge call "
                  f"{rm['median_ms']:.1f} ms, field merge alone {floor['median_ms']:.1f} ms; "
                  f"first edit of the session {r['first_edit_of_session_ms']} ms")
    wl = results["latency_demo_to_app_window"]
    print(f"  demo, receiver a main window (offscreen): edit -> views handled it median "
          f"{wl['edit_to_window_views_handled']['median_ms']:.1f} ms, p95 "
          f"{wl['edit_to_window_views_handled']['p95_ms']:.1f} ms; event loop idle again median "
          f"{wl['edit_to_window_event_loop_idle']['median_ms']:.1f} ms, p95 "
          f"{wl['edit_to_window_event_loop_idle']['p95_ms']:.1f} ms (lost "
          f"{wl['not_received_within_10s']}); same run: local apply "
          f"{wl['local_apply_floor']['median_ms']:.1f} ms")
    outs = [ROOT / "bench" / "results" / "live-latency.json"]
    if args.quick:
        outs = [ROOT / "bench" / "results" / "live-quick.json"]
    elif not args.latency_only:
        outs.append(ROOT / "bench" / "results" / "live.json")
    if not args.latency_only:
        tp = results["throughput_small_8_authors"]
        print(f"  throughput: {tp['authors']} authors x {tp['edits_each']} edits: all copies have "
              f"all in {tp['until_all_copies_have_all_s']} s ({tp['edits_per_s_end_to_end']} "
              f"edits/s; edit phase {tp['edit_phase_s']} s; converged {tp['converged']}); floor: "
              f"the same {tp['authors'] * tp['edits_each']} edits stored in one file "
              f"{tp['floor_same_edits_in_one_file_s']} s")
        for label in ("small", "demo"):
            rc = results[f"reconnect_{label}"]
            print(f"  reconnect after {rc['offline_edits']} offline edits ({label}): the other "
                  f"client has them {rc['reconnect_to_remote_has_all_s']} s after reconnecting; "
                  f"floor: the same merge alone {rc['floor_merge_alone_s']} s")
        m = results["server_memory"]
        print(f"  server memory: {m['server_rss_per_roadmap_mb']} MB per demo-sized roadmap "
              f"(floor: its state {m['roadmap_state_bytes'] / 1e6:.2f} MB; RSS "
              f"{m['server_rss_before_mb']} -> {m['server_rss_after_mb']} MB for {m['rooms']} rooms)")
    for out in outs:
        out.write_text(json.dumps(results, indent=1) + "\n")
        print(f"  wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
