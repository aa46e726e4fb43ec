"""`LiveSync`: a roadmap's CRDT document connected to a y-websocket room (Qt-free).

Threads: a network thread runs the websocket (connect, reconnect with back-off, read,
write); everything that touches the store runs in the *owner* thread (the one that
opened the store) when it calls `pump()`: the Qt layer calls it from a queued signal, a
headless peer from its loop. `notify` (optional) is called from the network thread
whenever there is something to pump.

Remote edits never go into the document directly: `pump` gathers the updates received
since the last call and hands them, merged into one, to `db.crdt.merge.apply_remote_update`
-- the one entry point of every co-editing channel -- which runs the same pycrdt merge,
causal conflict check and `commit_merge` as the folder mode; listeners get the `Change`
(origin "sync") and redraw. Conflicts are found from the document's causal history, so
nothing here needs to remember "what the other side had seen".

Local edits are sent as they are made (one update message per stored batch); while
offline nothing is sent, and the sync steps of the next connection carry everything the
server lacks -- also to a server that lost its data.

The network thread itself is `LiveConnection` (db/live/connection.py), a base of `LiveSync`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import urlsplit

from pycrdt import Subscription, get_update, merge_updates, write_var_uint

from db.crdt.document import CrdtError, RoadmapDoc, decode_state_vector
from db.errors import RoadmapError
from db.live import protocol
from db.live.connection import (  # noqa: F401  (the statuses are read from here too)
    CONNECTED,
    CONNECTING,
    OFFLINE,
    RECONNECTING,
    REFUSED,
    UNRELATED,
    LiveConnection,
    with_token,
)
from db.live.protocol import Malformed

log = logging.getLogger("routekaart.live")

AWARENESS_RENEW = 15.0       # y-protocols drop a peer silent for 30 s
PEER_TIMEOUT = 30.0
RESYNC_SECONDS = 10.0        # sync step 1 again now and then (heals a lost message)
#: a sync step 2, and every update that writes a row's place (creations, moves: the keys
#: the unrelated-history check compares), is checked for unrelated history (a copy with
#: separately created rows); plain field edits skip that check (it reads the whole document)
POSITION_KEY = ("\x1f" + "position").encode("utf-8")
ECHO_MEMORY = 2000           # digests of sent updates kept to recognise the server's echo


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def room_url(server: str, roadmap_id: str) -> str:
    """ws(s)://host:port[/prefix] + /<roadmap id> (one room per roadmap)."""
    return server.rstrip("/") + "/" + roadmap_id


def valid_server_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in ("ws", "wss") and bool(parts.hostname) and not parts.query


def _redundant(update: bytes, state_vector: bytes) -> bool:
    """True when `update` holds nothing a document with `state_vector` lacks."""
    try:
        return get_update(update, state_vector) == b"\x00\x00"
    except BaseException as exc:  # pycrdt panics are BaseExceptions
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return False


class LiveSync(LiveConnection):
    def __init__(self, store, server_url: str, *, token: str | None = None, author: str = "",
                 device: str = "", notify: Callable[[], None] | None = None,
                 ssl_context=None, max_message: int = protocol.MESSAGE_LIMIT,
                 user: dict | None = None, token_in_query: bool = False) -> None:
        self.store = store
        self.server_url = server_url
        self.url = room_url(server_url, store.roadmap_id)
        self.token = token
        self.token_in_query = token_in_query  # for servers that read ?token= only
        self.author, self.device = author, device
        self.notify = notify
        self.ssl_context = ssl_context
        self.max_message = max_message
        self.status = OFFLINE
        self.status_detail = ""
        self.results: list = []          # MergeResults of this session (tests, UI)
        self.problems: list[str] = []    # what could not be merged (shown to the user)
        self.dropped = 0                 # malformed messages dropped
        self.received_updates = 0
        self.merged_updates = 0
        self.echoes = 0
        self.merge_seconds: list[float] = []
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
        self._me = 0
        self._sent: OrderedDict[bytes, int] = OrderedDict()
        self._before_merge: Callable[[], None] | None = None
        self._observe()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        self._stopping.clear()
        self.status = CONNECTING
        self._thread = threading.Thread(target=self._thread_main, name="routekaart-live",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Disconnect (telling the others this user left) and stop the network thread."""
        if self._connected:
            self._send(protocol.awareness(protocol.encode_awareness(
                {self._me: (self._aw_clock + 1, None)})))
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
        self.peers.clear()
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

    def pump(self, before_merge: Callable[[], None] | None = None) -> list:
        """Handle everything the network thread received; returns this call's MergeResults.

        `before_merge` is called just before received edits are merged (not for echoes,
        awareness or nothing new): the app stores text still being typed then."""
        self._before_merge = before_merge
        self._wake.clear()
        if self.store.crdt is not self._rdoc:  # the store reloaded its document
            self._observe()
            self._send(protocol.update(self.store.crdt.state()))
        batch: list[bytes] = []
        full = False
        out = []
        while True:
            try:
                event, data = self._inbox.get_nowait()
            except queue.Empty:
                break
            if event == "open":
                out += self._merge(batch, full)
                batch, full = [], False
                self._connected = True
                self._synced_at = time.monotonic()
                self._send(protocol.step1(self.store.crdt.state_vector()))
                self._send_awareness()
            elif event == "closed":
                self._connected = False
                self.peers.clear()
            elif event == "msg":
                if len(data) > self.max_message:
                    self.dropped += 1
                    log.warning("live: a %d-byte message from the server is above the limit "
                                "(%d) and was dropped", len(data), self.max_message)
                    continue
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
                    full |= msg.kind == protocol.STEP2
                else:
                    self._on_awareness(msg.payload)
        out += self._merge(batch, full)
        now = time.monotonic()
        if self._connected and now - self._aw_sent > AWARENESS_RENEW:
            self._send_awareness()
        if self._connected and now - self._synced_at > RESYNC_SECONDS:
            self._synced_at = now
            self._send(protocol.step1(self.store.crdt.state_vector()))
        self._expire_peers()
        self.results += out
        return out

    def set_editing(self, editing: dict | None) -> None:
        """What this user is editing now (e.g. {"entity": .., "row": .., "field": ..})."""
        if editing != self.editing:
            self.editing = editing
            self._send_awareness()

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
            return  # a received update (what the merge adds itself is sent afterwards)
        self._send_update(event.update)

    def _send_update(self, upd: bytes) -> None:
        if self._send(protocol.update(upd)):
            d = _digest(upd)
            self._sent[d] = self._sent.get(d, 0) + 1
            self._sent.move_to_end(d)
            while len(self._sent) > ECHO_MEMORY:
                self._sent.popitem(last=False)

    def _send(self, message: bytes) -> bool:
        if not self._connected or self._loop is None or self._out is None:
            return False  # offline: the next connection's sync steps carry it
        if len(message) > self.max_message:
            log.warning("live: a %d-byte message is above the limit and was not sent; "
                        "the edits stay in this file", len(message))
            return False
        try:
            self._loop.call_soon_threadsafe(self._out.put_nowait, message)
        except (RuntimeError, AttributeError):
            return False
        return True

    # -- remote edits ------------------------------------------------------------------------

    def _is_echo(self, payload: bytes) -> bool:
        d = _digest(payload)
        n = self._sent.get(d)
        if not n:
            return False
        if n == 1:
            del self._sent[d]
        else:
            self._sent[d] = n - 1
        return True

    def _merge(self, batch: list[bytes], full: bool) -> list:
        """Merge received updates through db.crdt.merge.apply_remote_update (one call per batch)."""
        if not batch or self.status == UNRELATED:
            return []  # after a room with another history: nothing more from it, ever
        self.received_updates += len(batch)
        sv = self.store.crdt.state_vector()
        rest = []
        for p in batch:
            if self._is_echo(p):
                self.echoes += 1
            elif not _redundant(p, sv):
                rest.append(p)
        if not rest or self.store.read_only:
            return []
        if self._before_merge is not None:
            self._before_merge()
        try:
            update = rest[0] if len(rest) == 1 else merge_updates(*rest)
        except BaseException as exc:  # checked one by one, so this is not expected
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            log.warning("live: received updates could not be combined (%s); merging one by one",
                        exc)
            return [r for p in rest for r in self._merge_one([p], full)]
        return self._merge_one([update], full or POSITION_KEY in update, count=len(rest))

    def _merge_one(self, updates: list[bytes], check: bool, count: int = 1) -> list:
        from db.crdt.merge import UnrelatedHistoryError, apply_remote_update

        before = self.store.crdt.state_vector()
        started = time.perf_counter()
        self._merging = True
        if self.status == UNRELATED:
            return []
        try:
            result = apply_remote_update(self.store, updates[0], author=self.author,
                                         device=self.device, check_history=check)
        except UnrelatedHistoryError as exc:
            self.status, self.status_detail = UNRELATED, str(exc)
            self.problems.append(str(exc))
            log.warning("live: the room holds a roadmap with another history; disconnected: %s",
                        exc)
            self._stopping.set()
            self._connected = False
            return []
        except CrdtError as exc:
            self.dropped += 1
            log.warning("live: a received update could not be merged and was dropped: %s", exc)
            return []
        except RoadmapError as exc:  # e.g. the file cannot be written: it stays as it was
            self.problems.append(str(exc))
            log.warning("live: a received update could not be stored: %s", exc)
            return []
        finally:
            self._merging = False
        self.merge_seconds.append(time.perf_counter() - started)
        self.merged_updates += count
        if self.store.crdt is not self._rdoc:
            self._observe()
        self.problems += result.problems
        self._publish_own_since(before)
        return [result]

    def _publish_own_since(self, before: bytes) -> None:
        """Send what the merge itself added as this client (conflict records)."""
        sv_before = decode_state_vector(before)
        after = decode_state_vector(self.store.crdt.state_vector())
        if after.get(self._me, 0) <= sv_before.get(self._me, 0):
            return
        after[self._me] = sv_before.get(self._me, 0)
        enc = write_var_uint(len(after)) + b"".join(
            write_var_uint(c) + write_var_uint(k) for c, k in after.items())
        self._send_update(self.store.crdt.doc.get_update(enc))

    # -- awareness ---------------------------------------------------------------------------

    def _send_awareness(self) -> None:
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
        newcomer = False
        for client, (clock, state) in entries.items():
            if client == self._me:
                continue
            newcomer |= state is not None and client not in self.peers
            if clock < self._peer_clock.get(client, -1):
                continue
            self._peer_clock[client] = clock
            if state is None or not isinstance(state.get("user"), dict):
                self.peers.pop(client, None)
                self._peer_seen.pop(client, None)
            else:
                self.peers[client] = state
                self._peer_seen[client] = now
        if newcomer:  # not every server tells a newcomer who is there: say it ourselves
            self._send_awareness()

    def _expire_peers(self) -> None:
        now = time.monotonic()
        for client in [c for c, t in self._peer_seen.items() if now - t > PEER_TIMEOUT]:
            self.peers.pop(client, None)
            self._peer_seen.pop(client, None)
