"""Servers and peer processes for the live tests (loopback only, every wait bounded)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from db.ops import Create
from db.store import RoadmapStore

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("QT_QPA_PLATFORM", None)
    return env


class Server:
    """`routekaart serve` in its own process; stop() kills it (always called by the tests)."""

    def __init__(self, data: Path, *, port: int = 0, token_file: Path | None = None,
                 extra: list[str] | None = None) -> None:
        args = [sys.executable, "-m", "desktop", "serve", "--host", HOST, "--port", str(port),
                "--data", str(data)]
        if token_file:
            args += ["--token-file", str(token_file)]
        self.proc = subprocess.Popen(args + (extra or []), cwd=ROOT, env=_env(),
                                     stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.lines: list[str] = []
        self.port: int | None = None
        ready = threading.Event()

        def read() -> None:
            for line in self.proc.stderr:
                self.lines.append(line)
                m = re.search(r"serving wss?://[\d.]+:(\d+)/", line)
                if m:
                    self.port = int(m.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(20) or self.port is None:
            self.stop()
            raise RuntimeError("the server did not start:\n" + "".join(self.lines))

    @property
    def url(self) -> str:
        return f"ws://{HOST}:{self.port}"

    def log(self) -> str:
        return "".join(self.lines)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


class Peer:
    """One app session (store + LiveSync) in its own process (tests/live/peer.py)."""

    def __init__(self, path: Path, url: str, author: str, device: str, token: str | None = None,
                 max_message: int | None = None):
        args = [sys.executable, "-m", "tests.live.peer", str(path), url, author, device]
        if token or max_message:
            args.append(token or "")
        if max_message:
            args.append(str(max_message))
        self.proc = subprocess.Popen(args, cwd=ROOT, env=_env(), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.err: list[str] = []
        threading.Thread(target=lambda: self.err.extend(self.proc.stderr), daemon=True).start()

    def cmd(self, **command) -> dict:
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("peer died:\n" + "".join(self.err))
        return json.loads(line)

    def state(self) -> dict:
        return self.cmd(op="state")

    def set(self, entity: str, row: str, **values) -> None:
        self.cmd(op="set", entity=entity, id=row, values=values)

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait(5)


def until(check, timeout: float = 10.0, every: float = 0.05):
    """Poll `check()` until it returns something truthy; fail after `timeout` seconds."""
    end = time.monotonic() + timeout
    last = None
    while time.monotonic() < end:
        last = check()
        if last:
            return last
        time.sleep(every)
    raise AssertionError(f"not reached within {timeout} s (last: {last!r})")


def base_file(path: Path, rows: int = 5) -> Path:
    s = RoadmapStore.create(path, title="Live roadmap")
    s.apply([Create("partner", {"name": f"Partner {i}", "role": "base"}, id=f"p{i}",
                    position=float(i)) for i in range(rows)])
    s.close()
    return path


def copies(base: Path, folder: Path, n: int) -> list[Path]:
    out = []
    for k in range(n):
        p = folder / f"author{k}.roadmap"
        shutil.copy(base, p)
        out.append(p)
    return out


def converged(*peers: Peer):
    states = [p.state() for p in peers]
    rows = [s["rows"] for s in states]
    if all(r == rows[0] for r in rows) and all(s["doc_matches_tables"] for s in states):
        return states
    return None


# -- the npm y-websocket server (interoperability) ------------------------------------------

NPM_PACKAGES = ("@y/websocket-server@0.1.1", "yjs@13.6.33")  # the classic server, Yjs 13
NPM_DIR = ROOT / ".venv" / "npm" / "y-websocket-server-0.1.1"


def npm_server_script() -> Path:
    """Install the npm y-websocket server into a cache folder once; its server.js.

    Raises RuntimeError with npm's output when the install fails (the test then fails:
    only a machine without npm skips it)."""
    import fcntl

    script = NPM_DIR / "node_modules" / "@y" / "websocket-server" / "src" / "server.js"
    NPM_DIR.mkdir(parents=True, exist_ok=True)
    with open(NPM_DIR.parent / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if script.exists() and (NPM_DIR / ".complete").exists():
            return script
        env = dict(os.environ)
        ca = Path("/etc/ssl/certs/ca-certificates.crt")
        if ca.exists() and "npm_config_cafile" not in env:
            env["npm_config_cafile"] = str(ca)  # the system's CAs (with a proxy's, if any)
        done = subprocess.run(
            [shutil.which("npm") or "npm", "install", "--prefix", str(NPM_DIR), "--no-audit",
             "--no-fund", "--no-save", "--ignore-scripts", "--loglevel=error", *NPM_PACKAGES],
            cwd=NPM_DIR, env=env, capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or not script.exists():
            raise RuntimeError(f"npm install {' '.join(NPM_PACKAGES)} failed "
                               f"(exit {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        (NPM_DIR / ".complete").write_text("ok\n")
    return script


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class NpmServer:
    """The npm y-websocket server (`node server.js`, HOST/PORT from the environment, GC off so
    replaced values stay for the conflict review) in its own process on loopback."""

    def __init__(self, port: int | None = None) -> None:
        script = npm_server_script()
        node = shutil.which("node") or shutil.which("nodejs")
        if node is None:
            raise RuntimeError("npm is installed but node is not")
        self.port = port or free_port()
        env = dict(os.environ, HOST=HOST, PORT=str(self.port), GC="false")
        env.pop("YPERSISTENCE", None)
        self.proc = subprocess.Popen([node, str(script)], cwd=script.parent, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        ready = threading.Event()

        def read() -> None:
            for line in self.proc.stdout:
                self.lines.append(line)
                if "running at" in line:
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(30) or self.proc.poll() is not None:
            self.stop()
            raise RuntimeError("the npm y-websocket server did not start:\n" + "".join(self.lines))

    @property
    def url(self) -> str:
        return f"ws://{HOST}:{self.port}"

    def log(self) -> str:
        return "".join(self.lines)

    stop = Server.stop


class WindowPeer:
    """A Routekaart main window in its own process (tests/live/window_peer.py), with its
    own settings folder, on the same Qt platform as the test (offscreen or xcb)."""

    def __init__(self, path: Path, url: str, author: str, home: Path, token: str = ""):
        env = _env()
        if os.environ.get("QT_QPA_PLATFORM"):
            env["QT_QPA_PLATFORM"] = os.environ["QT_QPA_PLATFORM"]
        env["XDG_CONFIG_HOME"] = str(home / "config")
        env["XDG_DATA_HOME"] = str(home / "data")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.live.window_peer", str(path), url, author, token],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        self.err: list[str] = []
        threading.Thread(target=lambda: self.err.extend(self.proc.stderr), daemon=True).start()
        first = self._read()
        if not first.get("ready"):
            raise RuntimeError(f"the window did not open: {first}\n" + "".join(self.err))

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait(10)
            raise RuntimeError("the window's process ended:\n" + "".join(self.err))
        return json.loads(line)

    def cmd(self, **command) -> dict:
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def state(self) -> dict:
        return self.cmd(op="state")

    stop = Peer.stop
