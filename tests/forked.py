"""Real writer processes to kill with SIGKILL, forked from one process that has imported
the store already: a kill test pays Python's start-up and the imports once, not per kill.

Each child is a separate process (its own SQLite connection, opened after the fork), so a
SIGKILL stops it exactly as it would stop the app. A child's output goes to its own file
(every line written straight through, so a printed line means the statement before it
returned); the forking process reports on its own stdout when the child has died.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ZYGOTE = r"""
import json, os, sys, traceback
for name in json.loads(sys.argv[1]):
    __import__(name)
print("zygote", flush=True)
for request in sys.stdin:
    code, out, argv = json.loads(request)
    pid = os.fork()
    if pid == 0:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        os.dup2(fd, 1)
        sys.stdout = open(1, "w", buffering=1, closefd=False)
        sys.argv = ["-c", *argv]
        try:
            exec(compile(code, "<child>", "exec"), {"__name__": "__main__"})
        except BaseException:
            traceback.print_exc()
            os._exit(1)
        os._exit(0)
    print(f"child {pid}", flush=True)
    os.waitpid(pid, 0)
    print("dead", flush=True)
"""


class Child:
    def __init__(self, zygote: Zygote, pid: int, out: Path) -> None:
        self.zygote = zygote
        self.pid = pid
        self.out = out
        self.dead = False

    def lines(self) -> list[str]:
        """The complete lines the child has printed so far."""
        text = self.out.read_text(encoding="utf-8") if self.out.exists() else ""
        return text.split("\n")[:-1]

    def wait_for(self, line: str, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while line not in self.lines():
            assert time.monotonic() < end, f"the child did not print {line!r}"
            time.sleep(0.002)

    def kill(self) -> list[str]:
        """SIGKILL the child (if it is still running), wait until it is gone; returns
        every line it printed."""
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it ended on its own
        assert self.zygote.proc.stdout.readline() == "dead\n"
        self.dead = True
        return self.lines()


class Zygote:
    """One Python process with `preload` imported; `start(code, out, *argv)` forks a child
    that runs `code` with `sys.argv[1:] == argv`, printing into the file `out`."""

    def __init__(self, preload: tuple[str, ...] = ("db.store",)) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen([sys.executable, "-c", ZYGOTE, json.dumps(list(preload))],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdout.readline() == "zygote\n"

    def start(self, code: str, out: Path, *argv: str) -> Child:
        self.proc.stdin.write(json.dumps([code, str(out), list(argv)]) + "\n")
        self.proc.stdin.flush()
        first = self.proc.stdout.readline()
        assert first.startswith("child "), first
        return Child(self, int(first.split()[1]), Path(out))

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
