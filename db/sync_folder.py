"""Co-editing through a shared folder (network share, Dropbox, OneDrive, USB stick).

The live SQLite file never goes into the shared folder. The folder holds::

    manifest.json                      which roadmap this is (written once, at sharing)
    devices/<author>--<device>.ystate  one full CRDT state per author/device; written ONLY
                                       by its owner, atomically (temp + fsync + rename),
                                       with a checksum in its header
    presence/<author>--<device>.json   advisory "who has it open" (heartbeat)

`sync` reads every other state file, checks it, merges it (db/merge.py: pycrdt merge,
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

from db.crdt_doc import CrdtError, RoadmapDoc
from db.errors import CoeditError, RoadmapError
from db.merge import MergeResult, materialize_into, merge_states

MAGIC = b"RKYSTAT1"
FORMAT = 1
MANIFEST = "manifest.json"
STATE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*--[0-9a-f]{12}\.ystate$")
PRESENCE_STALE_SECONDS = 600


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
    """A state file that must not be merged (damaged, truncated, foreign, too new)."""


def decode_state(data: bytes, *, doc_id: str | None = None,
                 name: str = "state file") -> tuple[dict, bytes]:
    """Check a state file and return (header, state); raise BadStateFile when it is not sound."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise BadStateFile(f"{name} is not a Routekaart state file (or it is empty).")
    n = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    start = len(MAGIC) + 4
    try:
        header = json.loads(data[start:start + n].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadStateFile(f"{name} has a damaged header.") from None
    if not isinstance(header, dict) or header.get("format", 0) > FORMAT:
        raise BadStateFile(f"{name} was written by a newer Routekaart; update to merge it.")
    state = data[start + n:]
    if (len(state) != header.get("size")
            or hashlib.sha256(state).hexdigest() != header.get("sha256")):
        raise BadStateFile(f"{name} is incomplete or damaged (checksum mismatch); it was probably "
                           "still being copied.")
    if doc_id is not None and header.get("doc_id") != doc_id:
        raise BadStateFile(f"{name} belongs to another roadmap.")
    try:
        RoadmapDoc([state])  # pycrdt must be able to read it, without touching the real document
    except CrdtError as exc:
        raise BadStateFile(f"{name} could not be read: {exc}") from None
    return header, state


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

    @property
    def own_name(self) -> str:
        return f"{slug(self.author)}--{self.device}.ystate"

    @property
    def devices(self) -> Path:
        return self.root / "devices"

    def manifest(self) -> dict:
        try:
            data = json.loads((self.root / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CoeditError(
                f"{self.root} is not a shared roadmap folder (no {MANIFEST}).") from None
        except (OSError, ValueError) as exc:
            raise CoeditError(f"The shared folder's {MANIFEST} cannot be read ({exc}).") from None
        if data.get("format", 0) > FORMAT:
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

    def _quarantine(self, path: Path, reason: str) -> str:
        msg = f"{path.name} was set aside and not merged: {reason}"
        if self.quarantine_dir is not None:
            try:
                self.quarantine_dir.mkdir(parents=True, exist_ok=True)
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                shutil.copy2(path, self.quarantine_dir / f"{stamp}-{path.name}")
                msg += f" (a copy is in {self.quarantine_dir})"
            except OSError:
                pass
        return msg

    def _read_states(self, doc_id: str, *, include_own: bool) -> tuple[list[bytes], list[str]]:
        states: list[bytes] = []
        problems: list[str] = []
        if not self.devices.is_dir():
            return states, problems
        for path in sorted(self.devices.iterdir()):
            name = path.name
            if name.startswith(".") or not path.is_file():
                continue  # temp files of a writer, hidden files of sync tools
            if name == self.own_name and not include_own:
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            stamp = (st.st_mtime_ns, st.st_size)
            if self._seen.get(name) == stamp:
                continue
            if not STATE_NAME.match(name):
                problems.append(self._quarantine(
                    path, "its name is not a state file name (a sync tool's conflicted copy?)"))
                self._seen[name] = stamp
                continue
            try:
                data = path.read_bytes()
                _header, state = decode_state(data, doc_id=doc_id, name=name)
            except BadStateFile as exc:
                problems.append(self._quarantine(path, str(exc)))
                self._seen[name] = stamp
                continue
            except OSError as exc:
                problems.append(f"{name} could not be read ({exc.strerror or exc}); will retry.")
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
        states, report.quarantined = self._read_states(doc_id, include_own=False)
        report.files_read = len(states)
        if states and not store.read_only:
            report.result = merge_states(store, states, device=self.device, author=self.author,
                                         published=self._published(store))
        elif states:  # read-only: show the merged rows without storing anything
            for s in states:
                store.crdt.apply(s)
        if not store.read_only:
            report.published = self.publish(store)
            self.heartbeat()
        report.present = self.present()
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

    def _presence_path(self) -> Path:
        return self.root / "presence" / f"{slug(self.author)}--{self.device}.json"

    def heartbeat(self) -> None:
        p = self._presence_path()
        try:
            p.parent.mkdir(exist_ok=True)
            info = {"author": self.author, "device": self.device, "host": socket.gethostname(),
                    "heartbeat": time.time(), "at": _now()}
            write_atomic(p, json.dumps(info).encode("utf-8"))
        except (OSError, RoadmapError):
            pass  # presence is advisory only

    def leave(self) -> None:
        try:
            self._presence_path().unlink()
        except OSError:
            pass

    def present(self) -> list[dict]:
        """Other authors whose presence heartbeat is recent (advisory)."""
        out: list[dict] = []
        folder = self.root / "presence"
        if not folder.is_dir():
            return out
        now = time.time()
        for p in sorted(folder.glob("*.json")):
            if p.name == self._presence_path().name:
                continue
            try:
                info = json.loads(p.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if now - float(info.get("heartbeat", 0)) < PRESENCE_STALE_SECONDS:
                out.append(info)
        return out


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
    return merge_states(store, [state], device=device, author=author)
