"""`LiveSync`: a roadmap's CRDT document connected to a y-websocket room (Qt-free).

Threads: a network thread runs the websocket (connect, reconnect with back-off, read,
write); everything that touches the store runs in the *owner* thread (the one that
opened the store) when it calls `pump()`: the Qt layer calls it from a queued signal, a
headless peer from its loop. `notify` (optional) is called from the network thread
whenever there is something to pump.

Remote edits never go into the document directly. `pump` gathers them and hands them,
as one full state, to `merge_remote` -- the one boundary to the merge path -- which runs
the same pycrdt merge, three-way conflict check and `commit_merge` as the folder mode;
listeners get the `Change` (origin "sync") and redraw.

The three-way check needs the state the other author had when editing ("known"): every
update received from the server, plus those of this device's own edits the incoming
update builds on. Own edits the server has not echoed yet (`_tail`) are left out, so an
edit both made in the same moment is listed as a conflict on at least one side.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import queue
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit, urlunsplit

from pycrdt import Doc, Subscription, merge_updates

from db.crdt_doc import RoadmapDoc, decode_state_vector
from db.live import protocol
from db.live.protocol import Malformed

log = logging.getLogger("routekaart.live")

CONNECTING, CONNECTED, OFFLINE, RECONNECTING, REFUSED = (
    "connecting", "connected", "offline", "reconnecting", "refused")
ECHO_SECONDS = 5.0           # an own edit echoed by the server this long ago counts as seen
SENT_SECONDS = 60.0          # ... and one sent while connected, if the server never echoes
AWARENESS_RENEW = 15.0       # y-protocols drop a peer silent for 30 s
PEER_TIMEOUT = 30.0
RESYNC_SECONDS = 10.0        # sync step 1 again now and then (heals a lost message)


def merge_remote(store, incoming: bytes, known: bytes, *, device: str, author: str):
    """THE boundary to the merge path: merge a full remote state into `store`.

    `known` is the part of it this device already shared with the other author (the
    base of the three-way conflict check). Returns db.merge.MergeResult.
    """
    from db.merge import merge_states

    return merge_states(store, [incoming], device=device, author=author, published=known)


@dataclass
class _Own:
    update: bytes
    clock: int            # this client's clock after the edit
    at: float
    digest: bytes
    sent: float | None = None     # when it went out on a live connection
    echoed: float | None = None   # when the server sent it back

def _replay(parts) -> Doc:
    d: Doc = Doc()
    for p in parts:
        d.apply_update(p)
    return d


def _others(sv: bytes, me: int) -> dict[int, int]:
    return {c: k for c, k in decode_state_vector(sv).items() if c != me}


def _covers(outer: dict[int, int], inner: dict[int, int]) -> bool:
    return all(outer.get(c, 0) >= k for c, k in inner.items())


def with_token(url: str, token: str | None) -> str:
    if not token:
        return url
    parts = urlsplit(url)
    query = (parts.query + "&" if parts.query else "") + urlencode({"token": token})
    return urlunsplit(parts._replace(query=query))


def room_url(server: str, roadmap_id: str) -> str:
    """ws(s)://host:port[/prefix] + /<roadmap id> (one room per roadmap)."""
    return server.rstrip("/") + "/" + roadmap_id


class LiveSync:
    def __init__(self, store, server_url: str, *, token: str | None = None, author: str = "",
                 device: str = "", notify: Callable[[], None] | None = None,
                 ssl_context=None, max_message: int = protocol.MESSAGE_LIMIT,
                 user: dict | None = None) -> None:
        self.store = store
        self.url = room_url(server_url, store.roadmap_id)
        self.token = token
        self.author, self.device = author, device
        self.notify = notify
        self.ssl_context = ssl_context
        self.max_message = max_message
        self.status = OFFLINE
        self.status_detail = ""
        self.results: list = []          # MergeResults of this session (tests, UI)
        self.dropped = 0                 # malformed messages dropped
        self.received_updates = 0
        self.echoes = 0
        self.peers: dict[int, dict] = {}
        self._peer_seen: dict[int, float] = {}
        self._peer_clock: dict[int, int] = {}
        self.user = dict(user or {"name": author or "?"})
        self.editing: dict | None = None
        self._aw_clock = 0
        self._aw_sent = 0.0
        self._synced_at = 0.0
        self._inbox: queue.SimpleQueue = queue.SimpleQueue()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._out: asyncio.Queue | None = None
        self._thread: threading.Thread | None = None
        self._connected = False
        self._merging = False
        self._rdoc: RoadmapDoc | None = None
        self._sub: Subscription | None = None
        self._known: Doc = Doc()   # what the server has shown us (set up below)
        self._tail: list[_Own] = []      # own edits the server may not have shown to others
        self._sent: dict[bytes, int] = {}
        self._setup_known()
        self._observe()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        self._stopping.clear()
        self.status = CONNECTING
        self._thread = threading.Thread(target=self._thread_main, name="routekaart-live",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self._loop is not None:
            try:
                self._loop.call_soon_threadsafe(lambda: None)
            except RuntimeError:
                pass
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None
        if self._sub is not None and self._rdoc is not None:
            try:
                self._rdoc.doc.unobserve(self._sub)
            except Exception:
                pass
        self._sub = None
        self._connected = False
        self.status = OFFLINE

    @property
    def connected(self) -> bool:
        return self._connected

    # -- the owner thread --------------------------------------------------------------------

    def wait(self, timeout: float) -> bool:
        """Block until there is something to pump (headless peers)."""
        got = self._wake.wait(timeout)
        self._wake.clear()
        return got

    def pump(self) -> list:
        """Handle everything the network thread received; returns this call's MergeResults."""
        self._wake.clear()
        if self.store.crdt is not self._rdoc:
            self._observe()
            self._send(protocol.update(self.store.crdt.state()))
        batch: list[bytes] = []
        out = []
        while True:
            try:
                event, data = self._inbox.get_nowait()
            except queue.Empty:
                break
            if event == "open":
                if batch:
                    out += self._merge(batch)
                    batch = []
                self._connected = True
                self._synced_at = time.monotonic()
                self._send(protocol.step1(self.store.crdt.state_vector()))
                self._send_awareness(force=True)
            elif event == "closed":
                self._connected = False
            elif event == "msg":
                try:
                    msg = protocol.parse(data)
                    protocol.check(msg)
                except Malformed as exc:
                    self.dropped += 1
                    log.warning("live: malformed message from the server dropped: %s", exc)
                    continue
                if msg.kind == protocol.STEP1:
                    self._send(protocol.step2(self.store.crdt.doc.get_update(msg.payload)))
                elif msg.kind in (protocol.STEP2, protocol.UPDATE):
                    batch.append(msg.payload)
                else:
                    self._on_awareness(msg.payload)
        if batch:
            out += self._merge(batch)
        self._fold_tail()
        if self._connected and time.monotonic() - self._aw_sent > AWARENESS_RENEW:
            self._send_awareness(force=True)
        if self._connected and time.monotonic() - self._synced_at > RESYNC_SECONDS:
            self._synced_at = time.monotonic()
            self._send(protocol.step1(self.store.crdt.state_vector()))
        self._expire_peers()
        self.results += out
        return out

    def set_editing(self, editing: dict | None) -> None:
        """What this user is editing now (e.g. {"entity": .., "row": .., "field": ..})."""
        if editing != self.editing:
            self.editing = editing
            self._send_awareness(force=True)

    # -- local edits -------------------------------------------------------------------------

    def _observe(self) -> None:
        if self._sub is not None and self._rdoc is not None:
            try:
                self._rdoc.doc.unobserve(self._sub)
            except Exception:
                pass
        self._rdoc = self.store.crdt
        self._me = self._rdoc.doc.client_id
        self._sub = self._rdoc.doc.observe(self._on_local)

    def _on_local(self, event) -> None:
        if self._merging:
            return
        upd = event.update
        clock = decode_state_vector(event.after_state).get(self._me, 0)
        digest = hashlib.blake2b(upd, digest_size=16).digest()
        own = _Own(upd, clock, time.monotonic(), digest)
        self._tail.append(own)
        if self._send(protocol.update(upd), digest):
            own.sent = own.at

    def _send(self, message: bytes, digest: bytes | None = None) -> bool:
        if not self._connected or self._loop is None or self._out is None:
            return False  # offline: the next connection's sync steps carry it
        if len(message) > self.max_message:
            log.warning("live: a %d-byte message is above the limit and was not sent; "
                        "the edits stay in this file", len(message))
            return False
        if digest is not None:
            self._sent[digest] = self._sent.get(digest, 0) + 1
        try:
            self._loop.call_soon_threadsafe(self._out.put_nowait, message)
        except RuntimeError:
            return False
        return True

    # -- remote edits ------------------------------------------------------------------------

    def _setup_known(self) -> None:
        base = self.store.sync_base()
        self._known = _replay([base] if base else [])
        checkpoint, log_ = self.store.crdt_history()
        me = self.store.crdt.doc.client_id
        parts = ([checkpoint] if checkpoint and checkpoint != base else []) + log_
        now = time.monotonic()
        for p in parts:
            d = hashlib.blake2b(p, digest_size=16).digest()
            self._tail.append(_Own(p, 1 << 62, now, d))  # clock unknown: kept until folded
        del me

    def _fold_tail(self) -> None:
        if not self._tail:
            return
        mine = decode_state_vector(self._known.get_state()).get(self._me, 0)
        now = time.monotonic()
        keep: list[_Own] = []
        fold: list[_Own] = []
        for own in self._tail:
            if own.clock <= mine:
                continue
            seen = ((own.echoed is not None and now - own.echoed > ECHO_SECONDS)
                    or (own.sent is not None and self._connected and now - own.sent > SENT_SECONDS))
            (fold if seen else keep).append(own)
        for own in fold:
            self._known.apply_update(own.update)
        self._tail = keep

    def _merge(self, batch: list[bytes]) -> list:
        self.received_updates += len(batch)
        own = []
        rest = []
        for p in batch:
            d = hashlib.blake2b(p, digest_size=16).digest()
            if self._sent.get(d):
                self._sent[d] -= 1
                if not self._sent[d]:
                    del self._sent[d]
                own.append(p)
            else:
                rest.append(p)
        if own:  # the server echoed own edits: the others see them from now on
            echoed = {hashlib.blake2b(p, digest_size=16).digest() for p in own}
            now = time.monotonic()
            for t in self._tail:
                if t.digest in echoed and t.echoed is None:
                    t.echoed = now
            self.echoes += len(own)
        if not rest:
            return []
        u = rest[0] if len(rest) == 1 else merge_updates(*rest)
        me = self._me
        known_state = self._known.get_update()
        tail = [t.update for t in self._tail]
        full = _replay([known_state, *tail, u])
        local_sv = decode_state_vector(self.store.crdt.state_vector())
        self._known.apply_update(u)
        if _covers(local_sv, decode_state_vector(full.get_state())):
            return []  # nothing new (it came in another way, e.g. the shared folder)
        target = _others(full.get_state(), me)
        n = self._needed(known_state, tail, u, target)
        if n is None:
            known = self.store.crdt.state()
        else:
            known = _replay([known_state, *tail[:n]]).get_update()
            for t in self._tail[:n]:
                self._known.apply_update(t.update)
            self._tail = self._tail[n:]
        incoming = _replay([known, u]).get_update()
        before = self.store.crdt.state_vector()
        self._merging = True
        try:
            result = merge_remote(self.store, incoming, known, device=self.device,
                                  author=self.author)
        finally:
            self._merging = False
        if self.store.crdt is not self._rdoc:
            self._observe()
        self._publish_own_since(before)
        return [result]

    def _needed(self, known_state: bytes, tail: list[bytes], u: bytes,
                target: dict[int, int]) -> int | None:
        """How many own tail edits `u` builds on (None: it needs more than we can name)."""
        def fits(n: int) -> bool:
            return _covers(_others(_replay([known_state, *tail[:n], u]).get_state(), self._me),
                           target)
        if fits(0):
            return 0
        if not tail or not fits(len(tail)):
            return None
        lo, hi = 1, len(tail)
        while lo < hi:
            mid = (lo + hi) // 2
            if fits(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo

    def _publish_own_since(self, before: bytes) -> None:
        """Send what the merge itself added as this client (conflict records)."""
        sv_before = decode_state_vector(before)
        after = decode_state_vector(self.store.crdt.state_vector())
        if after.get(self._me, 0) <= sv_before.get(self._me, 0):
            return
        after[self._me] = sv_before.get(self._me, 0)
        from pycrdt import write_var_uint

        enc = write_var_uint(len(after)) + b"".join(
            write_var_uint(c) + write_var_uint(k) for c, k in after.items())
        upd = self.store.crdt.doc.get_update(enc)
        d = hashlib.blake2b(upd, digest_size=16).digest()
        self._tail.append(_Own(upd, decode_state_vector(self.store.crdt.state_vector())[self._me],
                               time.monotonic(), d))
        self._send(protocol.update(upd), d)

    # -- awareness ---------------------------------------------------------------------------

    def _send_awareness(self, force: bool = False) -> None:
        if not self._connected:
            return
        self._aw_clock += 1
        self._aw_sent = time.monotonic()
        state = {"user": self.user, "editing": self.editing, "device": self.device}
        encoded = protocol.encode_awareness({self._me: (self._aw_clock, state)})
        self._send(protocol.awareness(encoded))

    def _on_awareness(self, payload: bytes) -> None:
        try:
            entries = protocol.decode_awareness(payload)
        except Malformed as exc:
            self.dropped += 1
            log.warning("live: malformed awareness message dropped: %s", exc)
            return
        now = time.monotonic()
        for client, (clock, state) in entries.items():
            if client == self._me:
                continue
            if clock < self._peer_clock.get(client, -1):
                continue
            self._peer_clock[client] = clock
            if state is None:
                self.peers.pop(client, None)
                self._peer_seen.pop(client, None)
            else:
                self.peers[client] = state
                self._peer_seen[client] = now

    def _expire_peers(self) -> None:
        now = time.monotonic()
        for client in [c for c, t in self._peer_seen.items() if now - t > PEER_TIMEOUT]:
            self.peers.pop(client, None)
            self._peer_seen.pop(client, None)

    # -- the network thread ------------------------------------------------------------------

    def _post(self, event: str, data=None) -> None:
        self._inbox.put((event, data))
        self._wake.set()
        if self.notify is not None:
            try:
                self.notify()
            except Exception:  # the UI may be closing
                pass

    def _thread_main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._run())
        finally:
            self._loop = None
            loop.close()

    async def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self._stopping.is_set() and time.monotonic() < end:
            await asyncio.sleep(min(0.05, end - time.monotonic()))

    async def _run(self) -> None:
        from websockets.asyncio.client import connect
        from websockets.exceptions import InvalidStatus, WebSocketException

        attempt = 0
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else None
        while not self._stopping.is_set():
            try:
                async with connect(self.url, additional_headers=headers, ssl=self.ssl_context,
                                   max_size=4 * self.max_message, open_timeout=5,
                                   ping_interval=10, ping_timeout=10, compression=None,
                                   close_timeout=1) as ws:
                    attempt = 0
                    self._out = asyncio.Queue()
                    self.status, self.status_detail = CONNECTED, ""
                    self._post("open")
                    await self._serve(ws)
            except InvalidStatus as exc:
                code = exc.response.status_code
                self.status = REFUSED
                self.status_detail = f"HTTP {code}"
                log.warning("live: the server refused the connection (HTTP %s)", code)
                self._post("closed")
                await self._sleep(30.0)
                continue
            except (TimeoutError, OSError, WebSocketException) as exc:
                self.status_detail = str(exc)
            self._out = None
            if self._stopping.is_set():
                break
            was_connected = self.status == CONNECTED
            self.status = RECONNECTING if was_connected or attempt else OFFLINE
            self._post("closed")
            attempt += 1
            self.status = RECONNECTING
            await self._sleep(min(5.0, 0.1 * 2 ** min(attempt, 6)) * random.uniform(0.8, 1.2))
        self._post("closed")

    async def _serve(self, ws) -> None:
        from websockets.exceptions import ConnectionClosed

        async def reader() -> None:
            try:
                async for message in ws:
                    self._post("msg", message)
            except ConnectionClosed:
                pass

        out = self._out
        assert out is not None  # made when the connection opened

        async def writer() -> None:
            while True:
                message = await out.get()
                await ws.send(message)

        async def stopper() -> None:
            while not self._stopping.is_set():
                await asyncio.sleep(0.05)

        tasks = [asyncio.create_task(t()) for t in (reader, writer, stopper)]
        try:
            done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        for t in done:
            exc = t.exception()
            if exc is not None and not isinstance(exc, ConnectionClosed):
                log.warning("live: connection error: %s", exc)
