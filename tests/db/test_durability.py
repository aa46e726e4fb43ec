"""Every committed edit survives the process being killed (real processes, SIGKILL;
forked from one process that has the store imported: tests/forked.py)."""

from __future__ import annotations

import random
import time

from db.store import RoadmapStore
from tests.forked import Zygote

WRITER = r"""
import sys
from db.store import RoadmapStore
from db.ops import Create, Update
s = RoadmapStore.open(sys.argv[1])
start = int(sys.argv[2])
print("ready", flush=True)
for i in range(start, start + 100000):
    s.apply([Create("partner", {"name": f"P{i}"}, id=f"p{i}")])
    if i % 3 == 0:
        s.apply([Update("partner", f"p{i}", {"role": "edited"})])
    print(i, flush=True)
"""


def test_kill_during_edits_loses_no_committed_edit(tmp_path):
    path = tmp_path / "k.roadmap"
    RoadmapStore.create(path).close()
    rnd = random.Random(42)
    next_id = 0
    with Zygote() as zygote:
        for _round in range(10):
            proc = zygote.start(WRITER, tmp_path / f"acks{_round}.txt", str(path), str(next_id))
            proc.wait_for("ready")
            time.sleep(rnd.uniform(0.15, 0.55))  # of editing: the old window of 0.3-0.9 s also held the start-up
            acknowledged = [int(x) for x in proc.kill() if x != "ready"]
            assert acknowledged, "the writer made no edit before it was killed"
            with RoadmapStore.open(path) as s:
                assert s.integrity_check() == ["ok"]
                stored = {r["id"]: r for r in s.rows("partner")}
                for i in acknowledged:
                    assert f"p{i}" in stored
                    if i % 3 == 0:
                        assert stored[f"p{i}"]["role"] == "edited"
            next_id = max(acknowledged) + 2
