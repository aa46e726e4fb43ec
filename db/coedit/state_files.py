"""The files of a shared folder, checked before use (Qt-free): the size limits of everything
read from other computers, atomic writes, the state-file format (`encode_state`,
`decode_state`, a checksum in the header), the content check of a received document, and
this device's identity (`local_device`, `device_for`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import socket
import time
import uuid
from pathlib import Path

from db.crdt.document import CrdtError, RoadmapDoc
from db.errors import CoeditError

MAGIC = b"RKYSTAT1"
FORMAT = 1
MANIFEST = "manifest.json"
STATE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*--[0-9a-f]{12}\.ystate$")
PRESENCE_STALE_SECONDS = 600

# Everything in the shared folder is input from other computers: it is checked before it
# is used, and its size is checked before a byte of it is read (docs/collaboration.md,
# "Files from the shared folder").
#: a state file larger than this is set aside unread (a large roadmap's state is ~1-5 MB)
MAX_STATE_BYTES = 64 * 1024 * 1024
#: the JSON header inside a state file
MAX_STATE_HEADER_BYTES = 64 * 1024
#: a presence file larger than this is ignored unread (a real one is ~200 bytes)
MAX_PRESENCE_BYTES = 16 * 1024
#: manifest.json larger than this is refused unread
MAX_MANIFEST_BYTES = 64 * 1024
#: set-aside files up to this size are copied to the quarantine folder; larger ones get a
#: short note there instead (name, size, time), so junk never fills the local disk
MAX_QUARANTINE_COPY_BYTES = 8 * 1024 * 1024


class TooLarge(OSError):
    """A file from the shared folder is larger than its limit; it was not read."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} bytes, more than the limit of {limit}")
        self.size, self.limit = size, limit


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of `path`, or TooLarge without reading them when it holds more than
    `limit` (checked before reading and while reading: the file may still be growing)."""
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise TooLarge(size, limit)
        parts = [fh.read(size)]  # read(n) reserves n bytes: never ask for the limit itself
        total = len(parts[0])
        while True:  # the file may have grown since fstat
            more = fh.read(min(1 << 20, limit + 1 - total))
            if not more:
                break
            parts.append(more)
            total += len(more)
            if total > limit:
                raise TooLarge(total, limit)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def author_of_name(name: str) -> str:
    """The author part of a state or presence file name ("carol--0123456789ab.ystate")."""
    head = name.split("--", 1)[0] if "--" in name else ""
    return head[:40] if re.fullmatch(r"[a-z0-9-]{1,40}", head or "") else ""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-")
    return s[:40] or "author"


# -- atomic files ------------------------------------------------------------------------


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` via a temp file beside it, fsync, rename, fsync the folder."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        for attempt in range(6):  # Windows: a sync client or virus scanner may hold the target
            try:
                os.replace(tmp, target)
                break
            except PermissionError:
                if attempt == 5:
                    raise
                time.sleep(0.05 * 2 ** attempt)
        if hasattr(os, "O_DIRECTORY"):
            dfd = os.open(target.parent, os.O_DIRECTORY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if exc.errno == 28:
            raise CoeditError(f"The disk holding {target.parent} is full; {target.name} was not "
                              "written. Your roadmap is unchanged. Free some space and sync "
                              "again.") from None
        raise CoeditError(f"Could not write {target}: {exc.strerror or exc}. "
                          "Your roadmap is unchanged.") from None


# -- state files -------------------------------------------------------------------------


def encode_state(state: bytes, *, doc_id: str, author: str, device: str) -> bytes:
    header = {"format": FORMAT, "doc_id": doc_id, "author": author, "device": device,
              "written_at": _now(), "size": len(state),
              "sha256": hashlib.sha256(state).hexdigest()}
    h = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return MAGIC + len(h).to_bytes(4, "big") + h + state


class BadStateFile(CoeditError):
    """A state file that must not be merged (damaged, truncated, foreign, too new).

    `code` says why ("not_state", "bad_header", "too_new", "incomplete", "other_roadmap",
    "unreadable", "unrelated"); `author` is the author its header names, when readable."""

    def __init__(self, message: str, code: str = "", author: str = "") -> None:
        super().__init__(message, code)
        self.author = author


def _header_author(header: object) -> str:
    if isinstance(header, dict) and isinstance(header.get("author"), str):
        return header["author"][:60]
    return ""


def decode_state(data: bytes, *, doc_id: str | None = None,
                 name: str = "state file") -> tuple[dict, bytes]:
    """Check a state file and return (header, state); raise BadStateFile when it is not sound."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise BadStateFile(f"{name} is not a Routekaart state file (or it is empty).", "not_state")
    n = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    start = len(MAGIC) + 4
    if n > MAX_STATE_HEADER_BYTES or start + n > len(data):
        raise BadStateFile(f"{name} has a damaged header.", "bad_header")
    try:
        header = json.loads(data[start:start + n].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadStateFile(f"{name} has a damaged header.", "bad_header") from None
    if not isinstance(header, dict):
        raise BadStateFile(f"{name} has a damaged header.", "bad_header")
    who = _header_author(header)
    fmt = header.get("format", 0)
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise BadStateFile(f"{name} has a damaged header.", "bad_header", who)
    if fmt > FORMAT:
        raise BadStateFile(f"{name} was written by a newer Routekaart; update to merge it.",
                           "too_new", who)
    state = data[start + n:]
    if (len(state) != header.get("size")
            or hashlib.sha256(state).hexdigest() != header.get("sha256")):
        raise BadStateFile(f"{name} is incomplete or damaged (checksum mismatch); it was probably "
                           "still being copied.", "incomplete", who)
    if doc_id is not None and header.get("doc_id") != doc_id:
        raise BadStateFile(f"{name} belongs to another roadmap.", "other_roadmap", who)
    try:
        # pycrdt must be able to read it, without touching the real document
        doc = RoadmapDoc([state])
    except CrdtError as exc:
        raise BadStateFile(f"{name} could not be read: {exc}", "unreadable", who) from None
    why = content_problem(doc)
    if why:
        raise BadStateFile(f"{name} holds data that is not roadmap data ({why}).", "bad_content",
                           who)
    return header, state


_SCALAR = (str, int, float, bool, type(None))


def content_problem(doc: RoadmapDoc) -> str:
    """Why the rows in a received document cannot be roadmap rows ("" when they can).

    Values of fields must be plain values and a row's position a finite number: a state
    that breaks this (damaged or hostile) is never merged, because once merged it would
    be in every author's document."""
    import math

    from db.crdt.document import DELETED, POSITION

    for entity, rows in doc.flatten().items():
        for row_id, fields in rows.items():
            for name, value in fields.items():
                if name == POSITION:
                    if (isinstance(value, bool) or not isinstance(value, (int, float))
                            or not math.isfinite(value)):
                        return f"the position of {entity} {row_id[:40]} is not a number"
                elif name == DELETED:
                    if not isinstance(value, (bool, type(None))):
                        return f"the deleted mark of {entity} {row_id[:40]} is not yes or no"
                elif not isinstance(value, _SCALAR):
                    return f"{entity} {row_id[:40]} has a {name[:40]} that is not a plain value"
    return ""


# -- device identity ---------------------------------------------------------------------


def local_device(folder: Path) -> str:
    """This computer's device id (12 hex digits), kept in `folder`/device.json.

    A copied profile on another computer is detected by its host name and gets a new id,
    so two computers never write the same state file.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "device.json"
    host = socket.gethostname()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("host") == host and re.fullmatch(r"[0-9a-f]{12}", data.get("id", "")):
            return data["id"]
    except (OSError, ValueError):
        pass
    device = uuid.uuid4().hex[:12]
    write_atomic(path, json.dumps({"id": device, "host": host}).encode("utf-8"))
    return device


def device_for(store, machine: str) -> str:
    """The device id this working copy publishes under (12 hex digits).

    It combines the computer's id with an id of this working copy, so a copy of the file
    (File > Save As, a backup restored next to it) never writes the same state file as
    the original: a copy is noticed by its different path and gets its own id.
    """
    if store.read_only or store.path.startswith(":"):
        return machine
    replica = store.meta("replica")
    here = str(Path(store.path).resolve())
    if not replica or store.meta("replica_path") != here:
        replica = uuid.uuid4().hex
        store.set_meta("replica", replica)
        store.set_meta("replica_path", here)
    return hashlib.sha256(f"{machine}:{replica}".encode()).hexdigest()[:12]
