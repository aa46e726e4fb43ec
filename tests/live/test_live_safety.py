"""Hostile input, tokens and lost servers: `routekaart serve` and app sessions in their own
processes on loopback. Nothing crashes, every dropped message leaves a log line, no edit
is lost."""

from __future__ import annotations

import asyncio
import shutil
import threading

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from db.live import protocol
from db.ops import Update
from db.store import RoadmapStore
from tests.live.live_helpers import HOST, Peer, Server, base_file, converged, copies, until

TEAM = "team-token-0123456789abcdef"
ROOM_ONLY = "room-token-0123456789abcdef"
LIMIT = 64 * 1024


def hostile_messages(limit: int) -> list:
    """Frames that break the protocol in every way we know (each must be dropped)."""
    big = b"x" * (limit + 100)
    return [
        b"",                                             # empty frame
        "a text frame",                                  # the protocol is binary
        b"\x07\x00",                                     # unknown message type
        b"\x00\x09\x01\x00",                             # unknown sync type
        b"\x00\x02\xff\xff\xff\xff\x0f",                 # a length past the end
        b"\x00\x02\x05abcde",                            # an update pycrdt cannot read
        b"\x00\x00\x03\xff\xff\xff",                     # a state vector pycrdt cannot read
        b"\x01\x07\x01\x05\x01\x03{\"u",                 # awareness: truncated JSON text
        b"\x01\x07\x01\x05\x01\x03[1]",                  # awareness: state not an object
        b"\x01\x02\xff\xff",                             # awareness: truncated numbers
        b"\x00\x02" + protocol.varbytes(big),            # above the message limit
    ]


@pytest.fixture
def files(tmp_path):
    return copies(base_file(tmp_path / "base.roadmap"), tmp_path, 3)


@pytest.fixture
def stop_later():
    made: list = []
    yield made
    for thing in reversed(made):
        thing.stop()


def test_server_drops_hostile_messages_with_a_log_line_and_keeps_serving(tmp_path, files,
                                                                         stop_later):
    server = Server(tmp_path / "server", extra=["--max-message", str(LIMIT)])
    stop_later.append(server)
    a = Peer(files[0], server.url, "Ann", "aaaaaaaaaaaa")
    stop_later.append(a)
    until(lambda: a.state()["status"] == "connected")
    room = RoadmapStore.open(files[0], read_only=True)
    room_id = room.roadmap_id
    room.close()
    bad = hostile_messages(LIMIT)
    with connect(f"{server.url}/{room_id}", max_size=None, open_timeout=5) as ws:
        for m in bad:
            ws.send(m)
        ws.send(protocol.update(b"\x00\x00"))  # a valid, empty update: still fine afterwards
    # a frame far above the limit closes that one connection in the websocket layer
    with connect(f"{server.url}/{room_id}", max_size=None, open_timeout=5) as ws:
        with pytest.raises(ConnectionClosed):
            ws.send(b"\x00\x02" + protocol.varbytes(b"y" * (5 * LIMIT)))
            for _ in range(200):  # what the room sent before it closed, then the close
                ws.recv(timeout=10)
    until(lambda: server.log().count("dropped") >= len(bad) - 1
          and "above the frame limit" in server.log())
    log = server.log()
    assert "text frame dropped" in log
    assert f"dropped (limit {LIMIT})" in log
    assert "malformed message dropped" in log
    assert "above the frame limit" in log
    assert "Traceback" not in log
    assert server.proc.poll() is None
    # the room still works for everyone
    b = Peer(files[1], server.url, "Bob", "bbbbbbbbbbbb")
    stop_later.append(b)
    a.set("partner", "p0", name="after the attack")
    states = until(lambda: converged(a, b) if b.state()["rows"]["partner"]["p0"]["name"]
                   == "after the attack" else None)
    assert states[0]["dropped"] == 0 and states[1]["dropped"] == 0


def test_refused_without_a_valid_token(tmp_path, files, stop_later):
    room = RoadmapStore.open(files[0], read_only=True)
    room_id = room.roadmap_id
    room.close()
    tokens = tmp_path / "tokens.txt"
    tokens.write_text(f"{TEAM}\nother-roadmap {ROOM_ONLY}\n", encoding="utf-8")
    server = Server(tmp_path / "server", token_file=tokens)
    stop_later.append(server)
    url = f"{server.url}/{room_id}"
    for headers, target in ((None, url), ({"Authorization": "Bearer wrong-token-012345"}, url),
                            ({"Authorization": f"Bearer {ROOM_ONLY}"}, url),
                            (None, f"{url}?token=wrong-token-012345")):
        with pytest.raises(InvalidStatus) as refused:
            connect(target, additional_headers=headers, open_timeout=5)
        assert refused.value.response.status_code == 401
    with connect(f"{url}?token={TEAM}", open_timeout=5):
        pass
    with connect(f"{server.url}/other-roadmap", additional_headers={
            "Authorization": f"Bearer {ROOM_ONLY}"}, open_timeout=5):
        pass
    assert server.log().count("no valid token") == 4
    # an app session with a wrong token is told so and its file keeps its edits
    a = Peer(files[0], server.url, "Ann", "aaaaaaaaaaaa", "wrong-token-012345")
    stop_later.append(a)
    until(lambda: a.state()["status"] == "refused")
    a.set("partner", "p0", name="kept while refused")
    assert a.state()["rows"]["partner"]["p0"]["name"] == "kept while refused"
    b = Peer(files[1], server.url, "Bob", "bbbbbbbbbbbb", TEAM)
    stop_later.append(b)
    until(lambda: b.state()["status"] == "connected")
    assert b.state()["rows"]["partner"]["p0"]["name"] == "Partner 0"


class HostileServer:
    """A y-websocket 'server' on loopback that sends garbage, then one real edit."""

    def __init__(self, first: list, then: list) -> None:
        self.first, self.then = first, then
        self.connections = 0
        self.port: int | None = None
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._main, daemon=True)
        self._thread.start()
        assert self._ready.wait(10)

    def _main(self) -> None:
        from websockets.asyncio.server import serve

        async def handler(ws) -> None:
            self.connections += 1
            for m in (self.first if self.connections == 1 else self.then):
                await ws.send(m)
            try:
                async for _ in ws:
                    pass
            except ConnectionClosed:
                pass

        async def run() -> None:
            self._stop = asyncio.Event()
            async with serve(handler, HOST, 0, max_size=None, compression=None) as srv:
                self.port = srv.sockets[0].getsockname()[1]
                self._ready.set()
                await self._stop.wait()

        self._loop.run_until_complete(run())

    @property
    def url(self) -> str:
        return f"ws://{HOST}:{self.port}"

    def stop(self) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


def test_client_drops_hostile_messages_and_still_merges_real_edits(files, stop_later):
    other = RoadmapStore.open(files[2])
    updates: list[bytes] = []
    other.crdt.doc.observe(lambda e: updates.append(e.update))
    other.apply([Update("partner", "p1", {"name": "a real edit"})])
    other.close()
    bad = hostile_messages(LIMIT)
    # first connection: garbage, then a frame far above the limit (closes it); the session
    # connects again and gets garbage plus the real edit
    server = HostileServer(bad + [b"\x00\x02" + protocol.varbytes(b"z" * (5 * LIMIT))],
                           bad + [protocol.update(updates[-1])])
    stop_later.append(server)
    a = Peer(files[0], server.url, "Ann", "aaaaaaaaaaaa", max_message=LIMIT)
    stop_later.append(a)
    state = until(lambda: (s := a.state())["rows"]["partner"]["p1"]["name"] == "a real edit"
                  and s, timeout=15)
    assert server.connections >= 2
    until(lambda: a.state()["dropped"] >= 2 * (len(bad) - 1))  # the text frame is not counted
    assert state["doc_matches_tables"]
    err = "".join(a.err)
    assert "malformed message from the server dropped" in err
    assert "above the limit" in err
    assert "Traceback" not in err
    a.set("partner", "p2", name="still editing")
    assert a.state()["rows"]["partner"]["p2"]["name"] == "still editing"


def test_no_edit_lost_when_the_server_is_killed_while_edits_stream(tmp_path, files, stop_later):
    server = Server(tmp_path / "server")
    stop_later.append(server)
    a = Peer(files[0], server.url, "Ann", "aaaaaaaaaaaa")
    b = Peer(files[1], server.url, "Bob", "bbbbbbbbbbbb")
    stop_later += [a, b]
    until(lambda: a.state()["status"] == b.state()["status"] == "connected")
    for i in range(30):
        a.set("partner", "p0", name=f"A {i}")
        b.set("partner", "p1", name=f"B {i}")
        if i == 15:
            server.proc.kill()  # no clean shutdown: the room store may miss the last updates
            server.proc.wait(10)
    port = server.port
    for i in range(30, 40):
        a.set("partner", "p0", name=f"A {i}")
    again = Server(tmp_path / "server", port=port)
    stop_later.append(again)
    states = until(lambda: converged(a, b) if b.state()["rows"]["partner"]["p0"]["name"] == "A 39"
                   else None, timeout=20)
    assert states[0]["rows"]["partner"]["p1"]["name"] == "B 29"
    # and the server, killed and then emptied, is refilled by the sessions
    again.stop()
    shutil.rmtree(tmp_path / "server")
    fresh = Server(tmp_path / "server", port=port)
    stop_later.append(fresh)
    c = Peer(files[2], fresh.url, "Cas", "cccccccccccc")
    stop_later.append(c)
    states = until(lambda: converged(a, b, c), timeout=20)
    assert states[2]["rows"]["partner"]["p0"]["name"] == "A 39"
    assert states[2]["rows"]["partner"]["p1"]["name"] == "B 29"


def test_a_full_room_takes_no_more_updates_and_the_edits_stay_in_the_files(tmp_path, files,
                                                                           stop_later):
    server = Server(tmp_path / "server", extra=["--max-room", "6000"])
    stop_later.append(server)
    a = Peer(files[0], server.url, "Ann", "aaaaaaaaaaaa")
    stop_later.append(a)
    until(lambda: a.state()["status"] == "connected")
    for i in range(40):
        a.cmd(op="create", entity="partner", id=f"big{i}", values={"name": "x" * 400 + str(i)})
    until(lambda: "the room is full" in server.log(), timeout=15)
    assert server.proc.poll() is None
    assert len(a.state()["rows"]["partner"]) == 45  # every edit is in Ann's file
    a.stop()
    check = RoadmapStore.open(files[0], read_only=True)
    assert len(check.rows("partner")) == 45
    check.close()


def test_a_room_with_another_history_of_the_same_roadmap_is_not_merged(tmp_path, files,
                                                                      stop_later):
    """A copy made by JSON export and import has the id but not the history: merging it
    field by field could undo edits silently, so the session stops and says so."""
    from db.interchange import export_document, import_document

    src = RoadmapStore.open(files[1])
    doc = export_document(src)
    src.close()
    other = tmp_path / "reimported.roadmap"
    import_document(doc, other).close()
    server = Server(tmp_path / "server")
    stop_later.append(server)
    a = Peer(files[0], server.url, "Ann", "aaaaaaaaaaaa")
    stop_later.append(a)
    until(lambda: a.state()["status"] == "connected")
    b = Peer(other, server.url, "Bob", "bbbbbbbbbbbb")
    stop_later.append(b)
    states = until(lambda: [s for s in (a.state(), b.state()) if s["status"] == "unrelated"],
                   timeout=15)
    assert "not its history" in states[0]["problems"][0]
    sa, sb = a.state(), b.state()
    assert sa["doc_matches_tables"] and sb["doc_matches_tables"]
    # both sides refuse: the one that was there first gets the newcomer's rows as a live
    # update, the newcomer gets the room's state as sync step 2
    until(lambda: a.state()["status"] == "unrelated" and b.state()["status"] == "unrelated",
          timeout=15)
    assert a.state()["rows"]["partner"] == {f"p{i}": {"name": f"Partner {i}", "role": "base",
                                                      **_rest(a, f"p{i}")} for i in range(5)}


def _rest(peer, row):
    return {k: v for k, v in peer.state()["rows"]["partner"][row].items()
            if k not in ("name", "role")}
