"""kill -9 during edits and publishing, at >= 30 random points (real processes, SIGKILL;
forked from one process that has the store imported, so a kill costs no Python start-up).

After every kill the reopened file passes integrity_check, holds every acknowledged
edit, its CRDT document matches its tables, and the published state file in the shared
folder is a complete old or new version (never half written)."""

from __future__ import annotations

import random
import time

from db.coedit.sync_folder import SharedFolder, decode_state
from db.store import RoadmapStore
from tests.coedit.coedit_helpers import doc_matches_tables
from tests.forked import Zygote

WRITER = r"""
import sys
from db.store import RoadmapStore
from db.ops import Create, Delete, Move, Update
from db.coedit.sync_folder import SharedFolder
s = RoadmapStore.open(sys.argv[1])
folder = SharedFolder(sys.argv[2], author="Killer", device="00000000beef")
start = int(sys.argv[3])
print("ready", flush=True)
for i in range(start, start + 100000):
    s.apply([Create("partner", {"name": f"P{i} 😀"}, id=f"p{i}")])
    if i % 3 == 0:
        s.apply([Update("partner", f"p{i}", {"role": "edited"}), Move("partner", f"p{i}", -i)])
    if i % 7 == 0:
        s.apply([Delete("partner", f"p{i}")])
    if i % 5 == 0:
        folder.publish(s)
    print(i, flush=True)
"""


def test_kill_at_30_random_points_keeps_every_acknowledged_edit(tmp_path):
    path = tmp_path / "k.roadmap"
    share = tmp_path / "share"
    with RoadmapStore.create(path) as s:
        SharedFolder(share, author="Killer", device="00000000beef").share(s)
    rnd = random.Random(2026)
    next_id = 0
    rounds = 30
    with Zygote(("db.store", "db.coedit.sync_folder")) as zygote:
        for _round in range(rounds):
            proc = zygote.start(WRITER, tmp_path / f"acks{_round}.txt", str(path), str(share), str(next_id))
            proc.wait_for("ready")
            time.sleep(rnd.uniform(0.02, 0.3))
            acknowledged = [int(x) for x in proc.kill() if x != "ready"]
            with RoadmapStore.open(path) as s:
                assert s.integrity_check() == ["ok"]
                stored = {r["id"]: r for r in s.rows("partner")}
                for i in acknowledged:
                    if i % 7 == 0:
                        assert f"p{i}" not in stored
                        continue
                    assert f"p{i}" in stored
                    if i % 3 == 0:
                        assert stored[f"p{i}"]["role"] == "edited"
                        assert stored[f"p{i}"]["position"] == -i
                assert doc_matches_tables(s)
                own = share / "devices" / "killer--00000000beef.ystate"
                header, _state = decode_state(own.read_bytes(), doc_id=s.roadmap_id)
                assert header["author"] == "Killer"
            next_id = (max(acknowledged) if acknowledged else next_id) + 2
    assert next_id > rounds  # edits were really made between the kills
