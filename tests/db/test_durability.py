"""Every committed edit survives the process being killed (real processes, SIGKILL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from db.store import RoadmapStore

WRITER = r"""
import sys
from db.store import RoadmapStore
from db.ops import Create, Update
s = RoadmapStore.open(sys.argv[1])
start = int(sys.argv[2])
for i in range(start, start + 100000):
    s.apply([Create("partner", {"name": f"P{i}"}, id=f"p{i}")])
    if i % 3 == 0:
        s.apply([Update("partner", f"p{i}", {"role": "edited"})])
    print(i, flush=True)
"""


def test_kill_during_edits_loses_no_committed_edit(tmp_path):
    path = tmp_path / "k.roadmap"
    RoadmapStore.create(path).close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    rnd = random.Random(42)
    next_id = 0
    for _round in range(10):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(next_id)],
                                stdout=subprocess.PIPE, text=True, env=env)
        acknowledged = []
        deadline = time.monotonic() + rnd.uniform(0.3, 0.9)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged.append(int(line))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        acknowledged += [int(x) for x in rest.split()]
        assert acknowledged, "the writer made no edit before it was killed"
        with RoadmapStore.open(path) as s:
            assert s.integrity_check() == ["ok"]
            stored = {r["id"]: r for r in s.rows("partner")}
            for i in acknowledged:
                assert f"p{i}" in stored
                if i % 3 == 0:
                    assert stored[f"p{i}"]["role"] == "edited"
        next_id = max(acknowledged) + 2
