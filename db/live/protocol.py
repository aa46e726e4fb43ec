"""The y-websocket wire format, as pycrdt writes it, plus the checks both ends run.

A message is one binary websocket frame::

    0 (sync)      0 (step 1)  varbytes(state vector)   "what I have"
    0 (sync)      1 (step 2)  varbytes(update)         "what you lack", the reply to step 1
    0 (sync)      2 (update)  varbytes(update)         a live edit
    1 (awareness) varbytes(awareness update)           who is here and what they edit

Anything else, a truncated length, or a payload pycrdt cannot read is *malformed*: it is
dropped with a log line and never reaches a document.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from pycrdt import (
    Doc,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_update_message,
    write_var_uint,
)

log = logging.getLogger("routekaart.live")

#: default limits (the server takes them from the command line)
MESSAGE_LIMIT = 8 * 1024 * 1024      # one websocket message
ROOM_LIMIT = 64 * 1024 * 1024        # everything a room has stored since it was loaded

STEP1, STEP2, UPDATE, AWARENESS = "step1", "step2", "update", "awareness"
_SYNC_KINDS: dict[int, str] = {YSyncMessageType.SYNC_STEP1: STEP1,
                               YSyncMessageType.SYNC_STEP2: STEP2,
                               YSyncMessageType.SYNC_UPDATE: UPDATE}


class Malformed(ValueError):
    """A message that does not follow the protocol (it is dropped)."""


@dataclass(frozen=True)
class Message:
    kind: str
    payload: bytes


def _read_varbytes(data: bytes, start: int) -> bytes:
    value = shift = 0
    i = start
    while True:
        if i >= len(data) or shift > 35:
            raise Malformed("truncated length")
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            break
        shift += 7
    end = i + value
    if end > len(data):
        raise Malformed(f"length {value} runs past the end of a {len(data)}-byte message")
    return bytes(data[i:end])


def varbytes(data: bytes) -> bytes:
    return write_var_uint(len(data)) + data


def parse(message: bytes | str) -> Message:
    """Split a frame into its kind and payload; raise `Malformed` when it is not one."""
    if isinstance(message, str) or len(message) < 2:
        raise Malformed("not a binary y-websocket message")
    if message[0] == YMessageType.SYNC:
        kind = _SYNC_KINDS.get(message[1])
        if kind is None:
            raise Malformed(f"unknown sync message type {message[1]}")
        return Message(kind, _read_varbytes(message, 2))
    if message[0] == YMessageType.AWARENESS:
        return Message(AWARENESS, _read_varbytes(message, 1))
    raise Malformed(f"unknown message type {message[0]}")


def _safely(call) -> None:
    try:
        call()
    except BaseException as exc:  # pycrdt panics are BaseExceptions
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise Malformed(f"pycrdt could not read it ({type(exc).__name__}: {exc})") from None


def check(msg: Message) -> None:
    """Raise `Malformed` unless pycrdt can read the payload (without touching a real doc)."""
    if msg.kind == STEP1:
        _safely(lambda: Doc().get_update(msg.payload))
    elif msg.kind in (STEP2, UPDATE):
        _safely(lambda: Doc().apply_update(msg.payload))
    else:
        decode_awareness(msg.payload)


def decode_awareness(payload: bytes) -> dict[int, tuple[int, dict | None]]:
    """{client id: (clock, state or None when the client left)} of an awareness update."""
    out: dict[int, tuple[int, dict | None]] = {}
    nums = _Reader(payload)
    count = nums.uint()
    if count > 10_000:
        raise Malformed("too many awareness entries")
    for _ in range(count):
        client, clock = nums.uint(), nums.uint()
        text = nums.string()
        try:
            state = json.loads(text)
        except ValueError:
            raise Malformed("awareness state is not JSON") from None
        if state is not None and not isinstance(state, dict):
            raise Malformed("awareness state is not an object")
        out[client] = (clock, state)
    return out


def encode_awareness(entries: dict[int, tuple[int, dict | None]]) -> bytes:
    parts = [write_var_uint(len(entries))]
    for client, (clock, state) in entries.items():
        text = json.dumps(state, ensure_ascii=False).encode("utf-8")
        parts += [write_var_uint(client), write_var_uint(clock), write_var_uint(len(text)), text]
    return b"".join(parts)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.i = data, 0

    def uint(self) -> int:
        value = shift = 0
        while True:
            if self.i >= len(self.data) or shift > 63:
                raise Malformed("truncated number")
            byte = self.data[self.i]
            self.i += 1
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7

    def string(self) -> str:
        n = self.uint()
        if self.i + n > len(self.data):
            raise Malformed("truncated text")
        raw, self.i = self.data[self.i:self.i + n], self.i + n
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Malformed("text is not UTF-8") from None


def step1(state_vector: bytes) -> bytes:
    return bytes([YMessageType.SYNC, YSyncMessageType.SYNC_STEP1]) + varbytes(state_vector)


def step2(update: bytes) -> bytes:
    return bytes([YMessageType.SYNC, YSyncMessageType.SYNC_STEP2]) + varbytes(update)


def update(data: bytes) -> bytes:
    return create_update_message(data)


def awareness(payload: bytes) -> bytes:
    return create_awareness_message(payload)
