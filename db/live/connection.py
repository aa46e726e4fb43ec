"""The network thread of a live connection: connect to the room's websocket (the token as a
bearer header, or in the query for servers that read only that), reconnect with back-off,
read and write messages, and post what happened to the owner thread's inbox."""

from __future__ import annotations

import asyncio
import logging
import queue
import random
import threading
import time
from collections.abc import Callable
from urllib.parse import urlencode, urlsplit, urlunsplit

log = logging.getLogger("routekaart.live")

CONNECTING, CONNECTED, OFFLINE, RECONNECTING, REFUSED, UNRELATED = (
    "connecting", "connected", "offline", "reconnecting", "refused", "unrelated")


def with_token(url: str, token: str | None) -> str:
    if not token:
        return url
    parts = urlsplit(url)
    query = (parts.query + "&" if parts.query else "") + urlencode({"token": token})
    return urlunsplit(parts._replace(query=query))


class LiveConnection:
    """The network-thread half of LiveSync (a base of it; `self` is the LiveSync)."""

    url: str
    token: str | None
    token_in_query: bool
    ssl_context: object
    max_message: int
    notify: Callable[[], None] | None
    status: str
    status_detail: str
    _inbox: queue.SimpleQueue
    _wake: threading.Event
    _stopping: threading.Event
    _loop: asyncio.AbstractEventLoop | None
    _out: asyncio.Queue | None

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
        url = with_token(self.url, self.token) if self.token_in_query else self.url
        while not self._stopping.is_set():
            try:
                async with connect(url, additional_headers=headers, ssl=self.ssl_context,
                                   max_size=4 * self.max_message, open_timeout=5,
                                   ping_interval=10, ping_timeout=10, compression=None,
                                   close_timeout=1) as ws:
                    attempt = 0
                    self._out = asyncio.Queue()
                    if self._stopping.is_set():
                        break
                    self.status, self.status_detail = CONNECTED, ""
                    self._post("open")
                    await self._serve(ws)
            except InvalidStatus as exc:
                code = exc.response.status_code
                self.status = REFUSED
                self.status_detail = f"HTTP {code}"
                log.warning("live: the server refused the connection (HTTP %s)", code)
                self._out = None
                self._post("closed")
                await self._sleep(30.0)
                continue
            except (TimeoutError, OSError, WebSocketException) as exc:
                self.status_detail = str(exc)
            except Exception as exc:  # never let the network thread die silently
                self.status_detail = f"{type(exc).__name__}: {exc}"
                log.warning("live: connection failed: %s", self.status_detail)
            self._out = None
            if self._stopping.is_set():
                break
            self.status = RECONNECTING if attempt or self.status == CONNECTED else OFFLINE
            self._post("closed")
            attempt += 1
            self.status = RECONNECTING
            await self._sleep(min(5.0, 0.1 * 2 ** min(attempt, 6)) * random.uniform(0.8, 1.2))
        if self.status != UNRELATED:
            self.status = OFFLINE
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
            while not out.empty():  # the last messages (e.g. "I left") go out first
                await ws.send(out.get_nowait())

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
