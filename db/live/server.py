"""`routekaart serve`: a Yjs websocket server for a team (pycrdt-websocket + pycrdt-store).

One room per roadmap id (the URL path, ``wss://host:port/<roadmap id>``). Every room is
persisted in ``DATA/rooms.ystore`` (pycrdt-store's SQLiteYStore: updates plus squashed
checkpoints) and loaded again when the first client comes back, so a restart loses
nothing; a server that lost its data is refilled by the clients (the sync protocol sends
the server whatever it lacks).

Guards, in the order a message meets them:

* the token (``Authorization: Bearer T`` or ``?token=T``), from ``--token-file``: a line
  ``TOKEN`` lets a team in to every room, a line ``ROOM TOKEN`` only into that room;
  anything else is refused with HTTP 401 before the websocket opens;
* room names: letters, digits, ``-``, ``_``, ``.``, at most 100 characters (else 404);
* a message above ``--max-message`` bytes is dropped with a log line (frames above four
  times that close the connection in the websocket layer);
* a malformed message (db.live.protocol.check) is dropped with a log line;
* a room whose accepted updates exceed ``--max-room`` bytes takes no more updates (log line);
* a daily backup of the room store (SQLite backup API) into ``DATA/backups/``, 14 kept.

Run it behind a reverse proxy or with ``--tls-cert/--tls-key`` (see docs/live-server.md).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import logging
import re
import signal
import sqlite3
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from db.live import protocol
from db.live.protocol import Malformed

log = logging.getLogger("routekaart.live.server")

ROOM_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
STORE_NAME = "rooms.ystore"
BACKUPS_KEPT = 14


@dataclass
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8765
    data: Path = Path("routekaart-server")
    token_file: Path | None = None
    tls_cert: Path | None = None
    tls_key: Path | None = None
    max_message: int = protocol.MESSAGE_LIMIT
    max_room: int = protocol.ROOM_LIMIT
    backup_every: float = 24 * 3600.0
    tokens: dict[str | None, list[str]] = field(default_factory=dict)


class TokenFileError(ValueError):
    pass


def read_tokens(path: Path) -> dict[str | None, list[str]]:
    """{None: team tokens, room: room tokens} from a token file (# starts a comment)."""
    out: dict[str | None, list[str]] = {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TokenFileError(f"cannot read the token file {path}: {exc}") from None
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) == 1:
            room, token = None, parts[0]
        elif len(parts) == 2 and ROOM_NAME.match(parts[0]):
            room, token = parts
        else:
            raise TokenFileError(f"{path}:{n}: expected 'TOKEN' or 'ROOM TOKEN'")
        if len(token) < 16:
            raise TokenFileError(f"{path}:{n}: a token needs at least 16 characters")
        out.setdefault(room, []).append(token)
    if not out:
        raise TokenFileError(f"the token file {path} holds no token")
    return out


def token_allows(tokens: dict[str | None, list[str]], room: str, given: str | None) -> bool:
    if not tokens:
        return True
    if not given:
        return False
    ok = False
    for t in tokens.get(None, []) + tokens.get(room, []):
        ok |= hmac.compare_digest(t.encode("utf-8"), given.encode("utf-8"))
    return ok


def split_target(target: str) -> tuple[str, str | None]:
    """(room name, token from the query) of a request target like '/abc?token=x'."""
    parts = urlsplit(target)
    room = parts.path.strip("/")
    tokens = parse_qs(parts.query).get("token")
    token = tokens[0] if tokens else None
    return room, token


class _Channel:
    """A websockets connection as the pycrdt `Channel` the rooms serve."""

    def __init__(self, ws, path: str) -> None:
        self._ws, self._path = ws, path

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self):
        return self

    async def __anext__(self) -> bytes:
        from websockets.exceptions import ConnectionClosed

        while True:
            try:
                msg = await self._ws.recv()
            except ConnectionClosed as exc:
                codes = {f.code for f in (exc.sent, exc.rcvd) if f is not None}
                if 1009 in codes:
                    log.warning("room %s: a message above the frame limit closed the connection",
                                self._path)
                raise StopAsyncIteration from None
            if isinstance(msg, str):
                log.warning("room %s: text frame dropped (the protocol is binary)", self._path)
                continue
            return msg

    async def recv(self) -> bytes:
        return await self.__anext__()

    async def send(self, message: bytes) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            await self._ws.send(message)
        except ConnectionClosed:
            pass


class LiveServer:
    """The running server (also used in-process by tests and the bench)."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.data = Path(config.data)
        self.data.mkdir(parents=True, exist_ok=True)
        self.store_path = self.data / STORE_NAME
        self.room_bytes: dict[str, int] = {}
        self.dropped = 0
        self.port: int | None = None
        self._ws_server: Any = None  # websockets' Server while running
        self._yserver: Any = None  # the pycrdt-websocket server of the rooms
        self._stop = asyncio.Event()
        self._rooms_lock = asyncio.Lock()

    # -- rooms -----------------------------------------------------------------------------

    def _make_yserver(self):
        from pycrdt import Doc
        from pycrdt.store import SQLiteYStore
        from pycrdt.websocket import WebsocketServer, YRoom

        outer = self

        class _Store(SQLiteYStore):
            db_path = str(outer.store_path)
            squash_after_inactivity_of = 60

        class _Server(WebsocketServer):
            async def get_room(self, name: str) -> YRoom:
                async with outer._rooms_lock:  # a second client waits until the room is loaded
                    return await self._get_room(name)

            async def _get_room(self, name: str) -> YRoom:
                if name not in self.rooms:
                    store = _Store(path=name, log=log)
                    # skip_gc as in db/crdt/document.py: replaced values stay in the room, so a
                    # client that syncs from it can still show both sides of a conflict
                    room = YRoom(ready=False, ystore=store, log=log, ydoc=Doc(skip_gc=True),
                                 exception_handler=_log_exception)
                    self.rooms[name] = room
                    await self.start_room(room)
                    async with store.start_lock:
                        if not store.started.is_set():
                            group = room._task_group
                            assert group is not None  # start_room made it
                            await group.start(store.start)
                    initialized = store.db_initialized
                    assert initialized is not None  # made by store.start
                    await initialized.wait()
                    try:
                        await store.apply_updates(room.ydoc)
                    except Exception as exc:  # YDocNotFound for a new room
                        if type(exc).__name__ != "YDocNotFound":
                            log.error("room %s: stored updates could not be loaded: %s", name, exc)
                    outer.room_bytes[name] = len(room.ydoc.get_update())
                    room.on_message = lambda message, _n=name: outer._filter(_n, message)
                    room.on_message_error = lambda exc, message, ch, _n=name: outer._error(_n, exc)
                    room.ready = True
                    log.info("room %s opened (%d bytes)", name, outer.room_bytes[name])
                return self.rooms[name]

        return _Server(rooms_ready=False, auto_clean_rooms=False, log=log,
                       exception_handler=_log_exception)

    def _filter(self, room: str, message: bytes) -> bool:
        """True = drop the message (with a log line)."""
        if len(message) > self.config.max_message:
            self.dropped += 1
            log.warning("room %s: message of %d bytes dropped (limit %d)", room, len(message),
                        self.config.max_message)
            return True
        try:
            msg = protocol.parse(message)
            protocol.check(msg)
        except Malformed as exc:
            self.dropped += 1
            log.warning("room %s: malformed message dropped: %s", room, exc)
            return True
        if msg.kind in (protocol.STEP2, protocol.UPDATE):
            size = self.room_bytes.get(room, 0) + len(msg.payload)
            if size > self.config.max_room:
                self.dropped += 1
                log.warning("room %s: update dropped, the room is full (%d of %d bytes)",
                            room, size, self.config.max_room)
                return True
            self.room_bytes[room] = size
        return False

    def _error(self, room: str, exc: Exception) -> bool:
        self.dropped += 1
        log.warning("room %s: message dropped: %s: %s", room, type(exc).__name__, exc)
        return True

    # -- connections -----------------------------------------------------------------------

    def _process_request(self, connection, request):
        from http import HTTPStatus

        room, query_token = split_target(request.path)
        if not ROOM_NAME.match(room):
            log.warning("refused %s: no such room name", _peer(connection))
            return connection.respond(HTTPStatus.NOT_FOUND, "No such room.\n")
        auth = request.headers.get("Authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else query_token
        if not token_allows(self.config.tokens, room, token):
            log.warning("refused %s for room %s: no valid token", _peer(connection), room)
            return connection.respond(HTTPStatus.UNAUTHORIZED, "A valid token is needed.\n")
        return None

    async def _handler(self, ws) -> None:
        room, _ = split_target(ws.request.path)
        log.info("client %s joined room %s", _peer(ws), room)
        await self._yserver.serve(_Channel(ws, room))
        log.info("client %s left room %s", _peer(ws), room)

    def _ssl(self) -> ssl.SSLContext | None:
        if not self.config.tls_cert:
            return None
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_cert_chain(str(self.config.tls_cert), str(self.config.tls_key))
        return ctx

    async def run(self, ready: asyncio.Event | None = None) -> None:
        from websockets.asyncio.server import serve

        self._yserver = self._make_yserver()
        async with self._yserver:
            async with serve(self._handler, self.config.host, self.config.port,
                             process_request=self._process_request, ssl=self._ssl(),
                             max_size=4 * self.config.max_message, compression=None,
                             ping_interval=20, ping_timeout=20) as ws_server:
                self._ws_server = ws_server
                self.port = ws_server.sockets[0].getsockname()[1]
                scheme = "wss" if self.config.tls_cert else "ws"
                log.info("serving %s://%s:%d/<roadmap id>, data in %s", scheme, self.config.host,
                         self.port, self.data)
                if ready is not None:
                    ready.set()
                backup = asyncio.create_task(self._backups())
                try:
                    await self._stop.wait()
                finally:
                    backup.cancel()

    def stop(self) -> None:
        self._stop.set()

    # -- backups ---------------------------------------------------------------------------

    async def _backups(self) -> None:
        while True:
            try:
                path = await asyncio.to_thread(self.backup_now)
                if path:
                    log.info("backup written: %s", path)
            except (OSError, sqlite3.Error) as exc:
                log.error("backup failed: %s", exc)
            await asyncio.sleep(self.config.backup_every)

    def backup_now(self, day: dt.date | None = None) -> Path | None:
        """Copy the room store to backups/rooms-YYYY-MM-DD.ystore (once a day), keep 14."""
        if not self.store_path.exists():
            return None
        folder = self.data / "backups"
        folder.mkdir(exist_ok=True)
        day = day or dt.date.today()
        target = folder / f"rooms-{day.isoformat()}.ystore"
        if target.exists():
            return None
        tmp = target.with_suffix(".tmp")
        src = sqlite3.connect(f"file:{self.store_path}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("the backup copy failed its integrity check")
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(target)
        for old in sorted(folder.glob("rooms-*.ystore"))[:-BACKUPS_KEPT]:
            old.unlink()
        return target


def _peer(ws) -> str:
    try:
        host, port = ws.remote_address[:2]
        return f"{host}:{port}"
    except Exception:
        return "?"


def _log_exception(exc: Exception, logger) -> bool:
    logger.warning("server task error: %s: %s", type(exc).__name__, exc)
    return True


def main(config: ServerConfig) -> int:
    """Run until SIGINT/SIGTERM (the `routekaart serve` command)."""
    if config.token_file:
        config.tokens = read_tokens(config.token_file)
    else:
        log.warning("no --token-file: anyone who reaches %s:%d can edit", config.host, config.port)
    server = LiveServer(config)

    async def _run() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, server.stop)
            except (NotImplementedError, RuntimeError):
                pass
        await server.run()

    asyncio.run(_run())
    return 0
