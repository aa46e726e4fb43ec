"""Interoperability: the app syncs through the npm y-websocket server (@y/websocket-server,
Yjs 13), installed from the npm registry into .venv/npm by the first test that needs it.

Skipped only when npm itself is missing (scripts/setup.sh installs nodejs and npm)."""

from __future__ import annotations

import shutil

import pytest

from db.store import RoadmapStore
from desktop.demo import fresh_demo
from tests.live.live_helpers import NpmServer, Peer, converged, until

pytestmark = pytest.mark.skipif(shutil.which("npm") is None,
                                reason="npm is not installed (scripts/setup.sh installs nodejs "
                                       "and npm); the y-websocket interop test needs it")


@pytest.fixture
def demo_files(tmp_path):
    base = tmp_path / "demo.roadmap"
    s = fresh_demo(base)
    partners = [r["id"] for r in s.rows("partner")]
    s.close()
    files = []
    for k in range(3):
        p = tmp_path / f"author{k}.roadmap"
        shutil.copy(base, p)
        files.append(p)
    return files, partners


@pytest.fixture
def stop_later():
    made: list = []
    yield made
    for thing in reversed(made):
        thing.stop()


def test_sessions_edit_the_demo_live_through_the_npm_server(demo_files, stop_later):
    (f0, f1, f2), partners = demo_files
    p0, p1, p2 = partners[:3]
    server = NpmServer()
    stop_later.append(server)
    a = Peer(f0, server.url, "Ann", "aaaaaaaaaaaa")
    b = Peer(f1, server.url, "Bob", "bbbbbbbbbbbb")
    stop_later += [a, b]
    until(lambda: a.state()["status"] == b.state()["status"] == "connected", timeout=15)
    a.set("partner", p0, name="Ann via npm")
    until(lambda: b.state()["rows"]["partner"][p0]["name"] == "Ann via npm", timeout=15)
    b.cmd(op="create", entity="partner", id="bob-new", values={"name": "Bob's new partner"})
    until(lambda: "bob-new" in a.state()["rows"]["partner"], timeout=15)
    # awareness goes through the npm server as well
    until(lambda: a.state()["peers"] == ["Bob"] and b.state()["peers"] == ["Ann"], timeout=15)
    b.cmd(op="editing", what={"entity": "partner", "row": p1, "field": "name"})
    until(lambda: any(p1 in e for e in a.state()["editing"]), timeout=15)
    # the same field at the same moment: one value everywhere, the other listed for review
    a.cmd(op="hold", seconds=0.5)
    b.cmd(op="hold", seconds=0.5)
    a.set("partner", p1, role="role by Ann")
    b.set("partner", p1, role="role by Bob")
    until(lambda: converged(a, b), timeout=15)
    until(lambda: all(["partner", p1, "role"] in s["conflicts"] for s in (a.state(), b.state())),
          timeout=15)
    # offline edits merge on reconnect
    b.cmd(op="offline")
    b.set("partner", p2, name="Bob offline")
    a.set("partner", p0, name="Ann while Bob was away")
    b.cmd(op="online")
    states = until(lambda: converged(a, b) if a.state()["rows"]["partner"][p2]["name"]
                   == "Bob offline" else None, timeout=15)
    assert states[1]["rows"]["partner"][p0]["name"] == "Ann while Bob was away"
    # the npm server keeps rooms in memory only: a restart loses them, the sessions upload
    # everything again, and a third session gets every edit from the fresh server
    port = server.port
    server.stop()
    until(lambda: a.state()["status"] in ("reconnecting", "offline"), timeout=15)
    a.set("partner", p2, role="while the server was down")
    again = NpmServer(port)
    stop_later.append(again)
    c = Peer(f2, again.url, "Cas", "cccccccccccc")
    stop_later.append(c)
    states = until(lambda: converged(a, b, c) if c.state()["rows"]["partner"][p2]["role"]
                   == "while the server was down" else None, timeout=20)
    assert states[2]["rows"]["partner"]["bob-new"]["name"] == "Bob's new partner"
    assert states[2]["rows"]["partner"][p0]["name"] == "Ann while Bob was away"
    assert all(s["dropped"] == 0 for s in states)


def test_app_window_edits_live_with_a_session_through_the_npm_server(qtbot, demo_files,
                                                                     stop_later, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from db.ops import Update
    from desktop.app.main_window import MainWindow
    from tests.live.test_live_app import connect_through_menu

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    (f0, f1, _f2), partners = demo_files
    server = NpmServer()
    stop_later.append(server)
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(f0)
    try:
        connect_through_menu(qtbot, w, "Ann", server.url, "")
        qtbot.waitUntil(lambda: w.live_actions.status.text().startswith("Live: connected"),
                        timeout=15000)
        bob = Peer(f1, server.url, "Bob", "bbbbbbbbbbbb")
        stop_later.append(bob)
        qtbot.waitUntil(lambda: "Bob" in w.live_actions.status.text(), timeout=15000)
        w.session.apply([Update("partner", partners[0], {"name": "from the window"})], "edit")
        until(lambda: bob.state()["rows"]["partner"][partners[0]]["name"] == "from the window",
              timeout=15)
        bob.set("partner", partners[1], name="from Bob's session")
        qtbot.waitUntil(lambda: w.session.store.get("partner", partners[1])["name"]
                        == "from Bob's session", timeout=15000)
    finally:
        w.close_roadmap()
    check = RoadmapStore.open(f0, read_only=True)
    assert check.get("partner", partners[1])["name"] == "from Bob's session"  # stored in the file
    check.close()
