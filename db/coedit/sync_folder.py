"""Co-editing through a shared folder (network share, Dropbox, OneDrive, USB stick).

The live SQLite file never goes into the shared folder. The folder holds::

    manifest.json                      which roadmap this is (written once, at sharing)
    devices/<author>--<device>.ystate  one full CRDT state per author/device; written ONLY
                                       by its owner, atomically (temp + fsync + rename),
                                       with a checksum in its header
    presence/<author>--<device>.json   advisory "who has it open" (heartbeat)

`sync` reads every other state file, checks it, merges it (db/crdt/merge.py: pycrdt merge,
conflict records, rows stored through the store so views redraw) and then publishes
this device's state. Full states merge idempotently and in any order, so stale,
duplicated or late files never lose anything. Damaged, truncated, foreign and
"conflicted copy" files are copied to a local quarantine folder and skipped, with a
message; nothing in the shared folder is ever deleted by sync.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import socket
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from db.crdt.document import CrdtError, RoadmapDoc
from db.crdt.merge import MergeResult, materialize_into, merge_states
from db.errors import CoeditError, Notice, RoadmapError

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


# -- the shared folder -------------------------------------------------------------------


@dataclass
class SyncReport:
    """What one sync did."""

    result: MergeResult | None = None
    files_read: int = 0
    quarantined: list[str] = field(default_factory=list)
    present: list[dict] = field(default_factory=list)
    published: Path | None = None
    seconds: float = 0.0

    def summary(self) -> str:
        parts = []
        if self.result is not None and self.result.total:
            parts.append(f"{self.result.total} rows updated")
        if self.result is not None and self.result.conflicts:
            parts.append(f"{len(self.result.conflicts)} new conflicts to review")
        if self.quarantined:
            parts.append(f"{len(self.quarantined)} files set aside")
        return ", ".join(parts) or "up to date"


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
        return True
    except ValueError:
        return False


class SharedFolder:
    """One shared roadmap folder as seen from one device."""

    def __init__(self, root: str | Path, *, author: str, device: str,
                 quarantine: str | Path | None = None) -> None:
        self.root = Path(root)
        self.author = author or "author"
        self.device = device
        self.quarantine_dir = Path(quarantine) if quarantine else None
        self._seen: dict[str, tuple[int, int]] = {}  # name -> (mtime_ns, size) already merged
        self._published_sv: bytes | None = None
        self._session = uuid.uuid4().hex[:12]  # this run's presence heartbeat ...
        self._beat = 0                          # ... and its counter
        #: presence file name -> (what it said, when THIS computer saw that change)
        self._presence_seen: dict[str, tuple[object, float]] = {}
        self._presence_bad: dict[str, tuple[int, int, int]] = {}
        #: messages about presence files that were left out (see `present`)
        self.presence_problems: list[str] = []

    @property
    def own_name(self) -> str:
        return f"{slug(self.author)}--{self.device}.ystate"

    @property
    def devices(self) -> Path:
        return self.root / "devices"

    def manifest(self) -> dict:
        try:
            raw = read_limited(self.root / MANIFEST, MAX_MANIFEST_BYTES)
            data = json.loads(raw.decode("utf-8"))
        except FileNotFoundError:
            raise CoeditError(
                f"{self.root} is not a shared roadmap folder (no {MANIFEST}).") from None
        except TooLarge as exc:
            raise CoeditError(f"The shared folder's {MANIFEST} is {exc.size} bytes, far larger "
                              "than a real one; it was not read.", "manifest_bad",
                              file=MANIFEST) from None
        except (OSError, ValueError, RecursionError) as exc:
            raise CoeditError(f"The shared folder's {MANIFEST} cannot be read ({exc}).",
                              "manifest_bad", file=MANIFEST) from None
        if not isinstance(data, dict) or not isinstance(data.get("doc_id"), str):
            raise CoeditError(
                f"The shared folder's {MANIFEST} cannot be read (it names no roadmap).",
                "manifest_bad", file=MANIFEST)
        fmt = data.get("format", 0)
        if not isinstance(fmt, int) or fmt > FORMAT:
            raise CoeditError(
                "This shared folder was made by a newer Routekaart; update to use it.")
        return data

    # -- setting up ----------------------------------------------------------------------

    def share(self, store) -> SyncReport:
        """Make this folder the shared copy of `store` (or join it if it already is)."""
        if store.path != ":memory:" and _inside(Path(store.path), self.root):
            raise CoeditError("Keep your roadmap file outside the shared folder; the shared "
                              "folder only holds state files.")
        self.root.mkdir(parents=True, exist_ok=True)
        if (self.root / MANIFEST).exists():
            if self.manifest().get("doc_id") != store.roadmap_id:
                raise CoeditError(f"{self.root.name} already holds another roadmap.")
        else:
            if any(p for p in self.root.iterdir() if not p.name.startswith(".")):
                raise CoeditError(f"{self.root} is not empty; choose a new, empty folder.")
            manifest = {"format": FORMAT, "app": "Routekaart", "doc_id": store.roadmap_id,
                        "title": store.roadmap().get("title"), "created_by": self.author,
                        "created_at": _now()}
            write_atomic(self.root / MANIFEST, json.dumps(manifest, indent=2).encode("utf-8"))
        self.devices.mkdir(exist_ok=True)
        (self.root / "presence").mkdir(exist_ok=True)
        if not store.read_only:
            store.set_meta("share_folder", str(self.root.resolve()))
            store.commit_merge([])  # what is shared now is the common base of every author
        return self.sync(store)

    @classmethod
    def join(cls, root: str | Path, local_path: str | Path, *, author: str, device: str,
             quarantine: str | Path | None = None):
        """Make a local working copy of a shared roadmap at `local_path` and return its store."""
        from db.store import RoadmapStore

        folder = cls(root, author=author, device=device, quarantine=quarantine)
        if _inside(Path(local_path), folder.root):
            raise CoeditError("Save your own copy outside the shared folder.")
        doc_id = folder.manifest()["doc_id"]
        states, _ = folder._read_states(doc_id, include_own=True)
        if not states:
            raise CoeditError(f"{folder.root.name} holds no readable state files yet.")
        seed = RoadmapDoc(states).state()
        store = RoadmapStore.create(local_path, roadmap_id=doc_id, seed_state=seed)
        materialize_into(store)
        store.set_meta("share_folder", str(folder.root.resolve()))
        if not str(local_path).startswith(":"):
            folder.device = device_for(store, device)
        folder.sync(store)
        return store

    # -- syncing -------------------------------------------------------------------------

    def _quarantine(self, path: Path, reason: str, code: str = "", author: str = "",
                    size: int | None = None, **params) -> Notice:
        """Set a file from the shared folder aside: a copy (or, for a large file, a note)
        goes to the local quarantine folder; the shared folder is never changed."""
        who = f" (from {author})" if author else ""
        text = f"{path.name}{who} was set aside and not merged: {reason}"
        kept = ""
        if self.quarantine_dir is not None:
            try:
                self.quarantine_dir.mkdir(parents=True, exist_ok=True)
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                if size is None:
                    size = path.stat().st_size
                if size <= MAX_QUARANTINE_COPY_BYTES:
                    shutil.copy2(path, self.quarantine_dir / f"{stamp}-{path.name}")
                    text += f" (a copy is in {self.quarantine_dir})"
                    kept = "copy"
                else:
                    note = {"file": path.name, "folder": str(path.parent), "bytes": size,
                            "reason": reason, "noted_at": _now()}
                    write_atomic(self.quarantine_dir / f"{stamp}-{path.name}.too-large.json",
                                 json.dumps(note, ensure_ascii=False, indent=1).encode("utf-8"))
                    text += (f" (too large to copy; a note about it is in {self.quarantine_dir})")
                    kept = "note"
            except (OSError, RoadmapError):
                pass
        return Notice(text, f"sf_{code}" if code else "sf_set_aside", file=path.name,
                      author=author, reason=reason, kept=kept,
                      folder=str(self.quarantine_dir or ""), **params)

    def _read_states(self, doc_id: str, *, include_own: bool,
                     store=None) -> tuple[list[bytes], list[str]]:
        """The sound state files of the folder (checked one by one: one bad file never
        stops the others) and a message for each file set aside, naming file and author."""
        states: list[bytes] = []
        problems: list[str] = []
        if not self.devices.is_dir():
            return states, problems
        try:
            entries = sorted(self.devices.iterdir())
        except OSError as exc:
            problems.append(Notice(f"The folder {self.devices} could not be read "
                                   f"({exc.strerror or exc}); will retry.", "sf_folder_unreadable",
                                   folder=str(self.devices)))
            return states, problems
        for path in entries:
            name = path.name
            try:
                if name.startswith(".") or not path.is_file():
                    continue  # temp files of a writer, hidden files of sync tools
                st = path.stat()
            except OSError:
                continue
            if name == self.own_name and not include_own:
                continue
            stamp = (st.st_mtime_ns, st.st_size)
            if self._seen.get(name) == stamp:
                continue
            author = author_of_name(name)
            if not STATE_NAME.match(name):
                problems.append(self._quarantine(
                    path, "its name is not a state file name (a sync tool's conflicted copy?)",
                    "name", size=st.st_size))
                self._seen[name] = stamp
                continue
            try:
                data = read_limited(path, MAX_STATE_BYTES)
                header, state = decode_state(data, doc_id=doc_id, name=name)
                author = _header_author(header) or author
                if store is not None:
                    from db.crdt.merge import check_related

                    check_related(store, state, name=name)
            except TooLarge as exc:
                problems.append(self._quarantine(
                    path, f"it is {_mb(exc.size)} MB, more than the {_mb(MAX_STATE_BYTES)} MB a "
                    "state file may hold; it was not read", "too_large", author, size=exc.size,
                    size_mb=_mb(exc.size), limit_mb=_mb(MAX_STATE_BYTES)))
                self._seen[name] = stamp
                continue
            except BadStateFile as exc:
                problems.append(self._quarantine(path, str(exc), exc.code or "bad",
                                                 exc.author or author, size=st.st_size))
                self._seen[name] = stamp
                continue
            except RoadmapError as exc:  # e.g. unrelated history: never merged, named
                problems.append(self._quarantine(path, str(exc), exc.code or "bad", author,
                                                 size=st.st_size))
                self._seen[name] = stamp
                continue
            except OSError as exc:
                problems.append(Notice(f"{name} could not be read ({exc.strerror or exc}); will "
                                       "retry.", "sf_retry", file=name, author=author))
                continue
            states.append(state)
            self._seen[name] = stamp
        return states, problems

    def sync(self, store) -> SyncReport:
        """Merge every other device's state into `store`, then publish this device's state."""
        t0 = time.perf_counter()
        report = SyncReport()
        doc_id = self.manifest().get("doc_id")
        if doc_id != store.roadmap_id:
            raise CoeditError("This shared folder holds another roadmap.")
        if not store.read_only and self.author and store.crdt.author != self.author:
            store.crdt.author = self.author  # the name this device's edits are recorded under
        states, report.quarantined = self._read_states(doc_id, include_own=False, store=store)
        report.files_read = len(states)
        if states and not store.read_only:
            # each state was checked on its own (history included): one co-author's bad
            # file is set aside above and never stops the merge of the others
            report.result = merge_states(store, states, device=self.device, author=self.author,
                                         published=self._published(store), check_history=False)
        elif states:  # read-only: show the merged rows without storing anything
            for s in states:
                store.crdt.apply(s)
        if not store.read_only:
            report.published = self.publish(store)
            self.heartbeat()
        report.present = self.present()
        report.quarantined += self.presence_problems
        self.presence_problems = []
        report.seconds = time.perf_counter() - t0
        return report

    def _published(self, store) -> bytes | None:
        text = store.meta("published_state")
        if not text:
            return None
        try:
            return base64.b64decode(text)
        except ValueError:
            return None

    def publish(self, store, *, force: bool = False) -> Path:
        """Write this device's full state (only this device ever writes this file).

        Skipped when nothing changed since the last publish and the file is still as we
        wrote it, so sync tools do not upload an unchanged file every minute.
        """
        self.devices.mkdir(parents=True, exist_ok=True)
        target = self.devices / self.own_name
        sv = store.crdt.state_vector()
        if not force and sv == self._published_sv:
            try:
                st = target.stat()
                if self._seen.get(target.name) == (st.st_mtime_ns, st.st_size):
                    return target
            except OSError:
                pass
        state = store.crdt.state()
        data = encode_state(state, doc_id=store.roadmap_id, author=self.author, device=self.device)
        write_atomic(target, data)
        if not store.read_only:  # the base of the next conflict check with who has seen it
            published = base64.b64encode(state).decode("ascii")
            store.set_meta("published_state", published, origin="sync")
        st = target.stat()
        self._seen[target.name] = (st.st_mtime_ns, st.st_size)
        self._published_sv = sv
        return target

    # -- presence ------------------------------------------------------------------------
    #
    # Who has the roadmap open is told by a small file per author/device that its owner
    # rewrites at every sync (a heartbeat with a counter). Other computers' clocks are never
    # compared with ours: a file counts as fresh when THIS computer saw it change within
    # PRESENCE_STALE_SECONDS, measured with this computer's clock, or - the first time it is
    # seen - when it arrived here that recently (its inode change time, which the local
    # file system sets when a sync tool writes the file and which no tool can set back).

    def _presence_path(self) -> Path:
        return self.root / "presence" / f"{slug(self.author)}--{self.device}.json"

    def heartbeat(self) -> None:
        p = self._presence_path()
        self._beat += 1
        try:
            p.parent.mkdir(exist_ok=True)
            info = {"author": self.author, "device": self.device, "host": socket.gethostname(),
                    "session": self._session, "beat": self._beat, "at": _now()}
            write_atomic(p, json.dumps(info).encode("utf-8"))
        except (OSError, RoadmapError):
            pass  # presence is advisory only

    def leave(self) -> None:
        try:
            self._presence_path().unlink()
        except OSError:
            pass

    @staticmethod
    def _arrived(st: os.stat_result) -> float:
        """When the file was last written on THIS computer, by this computer's clock."""
        if os.name == "posix":
            return st.st_ctime  # set by the local kernel; utime() cannot set it back
        return st.st_mtime  # pragma: no cover - Windows: creation/change times can be copied

    def present(self) -> list[dict]:
        """Other authors whose presence file changed recently by this computer's clock
        (advisory). A malformed or oversized presence file is left out with a message in
        `presence_problems` naming the file and author (once per version of the file)."""
        out: list[dict] = []
        folder = self.root / "presence"
        if not folder.is_dir():
            return out
        now = _clock()
        own = self._presence_path().name
        try:
            entries = sorted(folder.glob("*.json"))
        except OSError:
            return out
        for p in entries:
            name = p.name
            if name == own:
                continue
            try:
                st = p.stat()
            except OSError:
                continue
            author = author_of_name(name)
            version = (st.st_mtime_ns, st.st_size, st.st_ino)
            try:
                info = json.loads(read_limited(p, MAX_PRESENCE_BYTES).decode("utf-8"))
                if not isinstance(info, dict) or not isinstance(info.get("author"), str):
                    raise ValueError("it is not a presence record")
            except (OSError, ValueError, RecursionError) as exc:
                if isinstance(exc, FileNotFoundError):
                    continue
                why = (f"it is larger than {MAX_PRESENCE_BYTES} bytes" if isinstance(exc, TooLarge)
                       else "it could not be read" if isinstance(exc, OSError)
                       else "it is not a valid presence record")
                if self._presence_bad.get(name) != version:
                    self._presence_bad[name] = version
                    who = f" (from {author})" if author else ""
                    self.presence_problems.append(Notice(
                        f"The presence file {name}{who} was ignored: {why}.", "presence_bad",
                        file=name, author=author, why=why))
                continue
            key = (info.get("session"), info.get("beat"), version)
            seen = self._presence_seen.get(name)
            if seen is None:
                changed_at = min(now, self._arrived(st))  # first sight: when it arrived here
            elif seen[0] != key:
                changed_at = now  # this computer saw it change just now
            else:
                changed_at = seen[1]
            self._presence_seen[name] = (key, changed_at)
            if now - changed_at < PRESENCE_STALE_SECONDS:
                clean = {k: info[k][:80] for k in ("author", "device", "host", "at")
                         if isinstance(info.get(k), str)}
                clean["file"] = name
                clean["changed_at"] = changed_at
                out.append(clean)
        return out


def _clock() -> float:
    """This computer's clock (a function, so tests can move it)."""
    return time.time()


def merge_copy(store, other_path: str | Path, *, author: str, device: str) -> MergeResult:
    """Merge another .roadmap file (received by mail or on a USB stick) into `store`."""
    from db.store import RoadmapStore

    if Path(other_path).resolve() == Path(store.path).resolve():
        raise CoeditError("That is the roadmap you have open; choose the other copy.")
    with RoadmapStore.open(other_path, read_only=True) as other:
        if other.roadmap_id != store.roadmap_id:
            raise CoeditError(f"{Path(other_path).name} is a different roadmap, not a copy of this "
                              "one; use import instead.")
        state = other.crdt.state()
        why = content_problem(other.crdt)
    if why:
        raise CoeditError(f"{Path(other_path).name} holds data that is not roadmap data ({why}); "
                          "nothing was merged.", "bad_content", name=Path(other_path).name)
    return merge_states(store, [state], device=device, author=author)
