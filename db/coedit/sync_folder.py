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

The files themselves (size limits, atomic writes, the state-file format, device identity)
are in `db.coedit.state_files`, the presence files in `db.coedit.presence`.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from db.coedit.presence import FolderPresence
from db.coedit.state_files import (
    FORMAT,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_QUARANTINE_COPY_BYTES,
    MAX_STATE_BYTES,
    STATE_NAME,
    BadStateFile,
    TooLarge,
    _header_author,
    _mb,
    _now,
    author_of_name,
    content_problem,
    decode_state,
    device_for,
    encode_state,
    local_device,
    read_limited,
    slug,
    write_atomic,
)
from db.crdt.document import RoadmapDoc
from db.crdt.merge import MergeResult, materialize_into, merge_states
from db.errors import CoeditError, Notice, RoadmapError

__all__ = ["SharedFolder", "SyncReport", "decode_state", "device_for", "encode_state", "local_device",
           "merge_copy"]


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


class SharedFolder(FolderPresence):
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
            state = self._read_one(path, doc_id, include_own, store, problems)
            if state is not None:
                states.append(state)
        return states, problems

    def _read_one(self, path: Path, doc_id: str, include_own: bool, store,
                  problems: list[str]) -> bytes | None:
        """The state of one file of the folder, or None when it is skipped (unchanged since
        it was last read, hidden, its own) or set aside (a message in `problems`)."""
        name = path.name
        try:
            if name.startswith(".") or not path.is_file():
                return None  # temp files of a writer, hidden files of sync tools
            st = path.stat()
        except OSError:
            return None
        if name == self.own_name and not include_own:
            return None
        stamp = (st.st_mtime_ns, st.st_size)
        if self._seen.get(name) == stamp:
            return None
        author = author_of_name(name)
        if not STATE_NAME.match(name):
            problems.append(self._quarantine(
                path, "its name is not a state file name (a sync tool's conflicted copy?)",
                "name", size=st.st_size))
            self._seen[name] = stamp
            return None
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
            return None
        except BadStateFile as exc:
            problems.append(self._quarantine(path, str(exc), exc.code or "bad",
                                             exc.author or author, size=st.st_size))
            self._seen[name] = stamp
            return None
        except RoadmapError as exc:  # e.g. unrelated history: never merged, named
            problems.append(self._quarantine(path, str(exc), exc.code or "bad", author,
                                             size=st.st_size))
            self._seen[name] = stamp
            return None
        except OSError as exc:
            problems.append(Notice(f"{name} could not be read ({exc.strerror or exc}); will "
                                   "retry.", "sf_retry", file=name, author=author))
            return None
        self._seen[name] = stamp
        return state

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
