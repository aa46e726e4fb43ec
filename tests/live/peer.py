"""One app session in its own process, driven line by line over stdin (JSON commands).

    python -m tests.live.peer FILE URL AUTHOR DEVICE [TOKEN [MAX_MESSAGE]]

Commands: {"op": "set", "entity", "id", "values"} | {"op": "create", "entity", "id",
"values"} | {"op": "state"} | {"op": "offline"} | {"op": "online"} | {"op": "editing",
"what"} | {"op": "hold", "seconds"} | {"op": "quit"}. Every command is answered by one JSON line. The session is
the real core: a RoadmapStore file and db.live.client.LiveSync; nothing is mocked.
It stops by itself when stdin closes or after 120 s.
"""

from __future__ import annotations

import json
import logging
import queue
import sys
import threading
import time

from db.live import protocol
from db.live.client import LiveSync
from db.ops import Create, Update
from db.store import RoadmapStore
from tests.coedit.coedit_helpers import conflict_fields, doc_matches_tables

LIFETIME = 120.0


def state(store, live) -> dict:
    rows = {e: {r["id"]: {k: v for k, v in r.items() if k != "id"} for r in store.rows(e)}
            for e in ("partner", "indicator")}
    return {"status": live.status, "rows": rows, "dropped": live.dropped,
            "echoes": live.echoes, "merged_updates": live.merged_updates,
            "problems": list(live.problems),
            "conflicts": sorted(list(c) for c in conflict_fields(store)),
            "doc_matches_tables": doc_matches_tables(store),
            "peers": sorted(p.get("user", {}).get("name", "?") for p in live.peers.values()),
            "editing": sorted(json.dumps(p.get("editing"), sort_keys=True)
                              for p in live.peers.values() if p.get("editing"))}


def main() -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="peer %(levelname)s %(message)s")
    path, url, author, device = sys.argv[1:5]
    token = (sys.argv[5] if len(sys.argv) > 5 else None) or None
    max_message = int(sys.argv[6]) if len(sys.argv) > 6 else protocol.MESSAGE_LIMIT
    store = RoadmapStore.open(path)
    make = lambda: LiveSync(store, url, token=token, author=author, device=device,  # noqa: E731
                            max_message=max_message)
    live = make()
    live.start()
    commands: queue.SimpleQueue = queue.SimpleQueue()

    def read() -> None:
        for line in sys.stdin:
            commands.put(json.loads(line))
        commands.put({"op": "quit"})

    threading.Thread(target=read, daemon=True).start()
    end = time.monotonic() + LIFETIME
    hold = 0.0
    try:
        while time.monotonic() < end:
            live.wait(0.005)
            if time.monotonic() >= hold:
                live.pump()
            try:
                cmd = commands.get_nowait()
            except queue.Empty:
                continue
            op = cmd["op"]
            reply: dict = {"ok": True}
            if op == "set":
                store.apply([Update(cmd["entity"], cmd["id"], cmd["values"])])
            elif op == "create":
                store.apply([Create(cmd["entity"], cmd["values"], id=cmd["id"])])
            elif op == "state":
                reply = state(store, live)
            elif op == "offline":
                live.stop()
            elif op == "online":
                live = make()
                live.start()
            elif op == "hold":  # leave received messages unread for a while (a slow network)
                hold = time.monotonic() + float(cmd["seconds"])
            elif op == "editing":
                live.set_editing(cmd.get("what"))
            elif op == "quit":
                break
            print(json.dumps(reply, default=str), flush=True)
    finally:
        live.stop()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
