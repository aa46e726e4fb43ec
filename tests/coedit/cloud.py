"""A simulated file-sync cloud: one local copy of the shared folder per author.

OneDrive, Dropbox and network shares give every computer its own copy of the folder and
copy files between them later, in any order. `Cloud.deliver(i, j)` copies author i's
state file (as it is now) into author j's folder; nothing else moves between authors.

`FaultyCloud` adds what real sync tools do (used by the adversarial schedules in
tests/coedit/schedules.py): every published version of every author's file is kept, and a
delivery may be late, out of order, a duplicate, an old version again, cut off halfway,
saved under a "conflicted copy" name, or stamped with the sending computer's skewed clock
(coarse 2-second file times, as on FAT and many network shares).
"""

from __future__ import annotations

import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from db.coedit.sync_folder import SharedFolder, device_for
from db.store import RoadmapStore


class Cloud:
    def __init__(self, tmp: Path, n: int, fill) -> None:
        self.tmp = tmp
        first = RoadmapStore.create(tmp / "author0.roadmap", title="Gedeelde roadmap")
        fill(first)
        root0 = tmp / "cloud0"
        f0 = SharedFolder(root0, author="Author 0", device=f"{0:012x}", quarantine=tmp / "q0")
        f0.share(first)
        self.stores = [first]
        self.folders = [f0]
        for k in range(1, n):
            root = tmp / f"cloud{k}"
            shutil.copytree(root0, root)
            store = SharedFolder.join(root, tmp / f"author{k}.roadmap", author=f"Author {k}",
                                      device=f"{k:012x}", quarantine=tmp / f"q{k}")
            self.stores.append(store)
            self.folders.append(SharedFolder(root, author=f"Author {k}",
                                             device=device_for(store, f"{k:012x}"),
                                             quarantine=tmp / f"q{k}"))
        for k in range(n):  # everyone has everyone's first file
            for j in range(n):
                if j != k:
                    self.deliver(k, j)
        for k in range(n):
            self.sync(k)

    def own_file(self, i: int) -> Path:
        f = self.folders[i]
        return f.devices / f.own_name

    def deliver(self, i: int, j: int, data: bytes | None = None) -> None:
        """Copy author i's state file (or `data`) into author j's folder, atomically."""
        src = self.own_file(i)
        if data is None:
            if not src.exists():
                return
            data = src.read_bytes()
        target = self.folders[j].devices / src.name
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.part")
        tmp.write_bytes(data)
        os.replace(tmp, target)

    def sync(self, i: int):
        return self.folders[i].sync(self.stores[i])

    def everything(self, rounds: int = 3) -> None:
        n = len(self.stores)
        for _ in range(rounds):
            for i in range(n):
                self.sync(i)
                for j in range(n):
                    if j != i:
                        self.deliver(i, j)

    def close(self) -> None:
        for s in self.stores:
            s.close()


@dataclass
class Version:
    """One published version of an author's state file, and the edits it holds."""

    data: bytes
    mtime_ns: int
    edits: frozenset


@dataclass
class Landed:
    """What a delivery left in a receiver's folder under one name."""

    name: str
    version: Version | None   # None: not readable (cut off)
    proper: bool              # under the real state-file name (not a conflicted copy)


class FaultyCloud(Cloud):
    """A cloud that keeps every published version and delivers them badly on purpose."""

    def __init__(self, tmp: Path, n: int, fill, rnd: random.Random) -> None:
        self.rnd = rnd
        self.skew_ns = [rnd.choice((0, 0, 1, -1)) * rnd.randint(0, 36 * 3600) * 10**9
                        for _ in range(n)]
        super().__init__(tmp, n, fill)
        self.versions: list[list[Version]] = [[] for _ in range(n)]
        self.landed: list[dict[str, Landed]] = [{} for _ in range(n)]
        self.stats = {"deliveries": 0, "old": 0, "duplicates": 0, "truncated": 0,
                      "conflicted_copies": 0}

    def publish_seen(self, i: int, edits: frozenset) -> None:
        """Record author i's state file as a new version if it changed (after a sync)."""
        path = self.own_file(i)
        data = path.read_bytes()
        if self.versions[i] and self.versions[i][-1].data == data:
            return
        # the sending computer's clock, at the 2-second resolution of FAT / SMB shares
        mtime = path.stat().st_mtime_ns + self.skew_ns[i]
        mtime -= mtime % (2 * 10**9)
        self.versions[i].append(Version(data, mtime, edits))

    def _write(self, j: int, name: str, data: bytes, mtime_ns: int) -> None:
        target = self.folders[j].devices / name
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{name}.part")
        tmp.write_bytes(data)
        os.utime(tmp, ns=(mtime_ns, mtime_ns))  # sync tools keep the sender's file time
        os.replace(tmp, target)

    def deliver_random(self, i: int, j: int) -> str:
        """One delivery of author i's file to author j, with a random fault (or none)."""
        vs = self.versions[i]
        if not vs or i == j:
            return "nothing"
        name = self.own_file(i).name
        r = self.rnd.random()
        self.stats["deliveries"] += 1
        if r < 0.15 and len(vs) > 1:
            v = self.rnd.choice(vs[:-1])
            self.stats["old"] += 1
            kind = "old"
        else:
            v = vs[-1]
            kind = "latest"
            prev = self.landed[j].get(name)
            if prev is not None and prev.version is v:
                self.stats["duplicates"] += 1
                kind = "duplicate"
        r = self.rnd.random()
        if r < 0.08:
            cut = self.rnd.randint(0, max(len(v.data) - 1, 0))
            self._write(j, name, v.data[:cut], v.mtime_ns)
            self.landed[j][name] = Landed(name, None, True)
            self.stats["truncated"] += 1
            return "truncated"
        if r < 0.14:
            stem = name[:-len(".ystate")]
            odd = self.rnd.choice((f"{stem} (conflicted copy 2026-01-0{j}).ystate",
                                   f"{stem}-PC{j}.ystate", f"{name} (1)"))
            self._write(j, odd, v.data, v.mtime_ns)
            self.landed[j][odd] = Landed(odd, v, False)
            self.stats["conflicted_copies"] += 1
            return "conflicted copy"
        self._write(j, name, v.data, v.mtime_ns)
        self.landed[j][name] = Landed(name, v, True)
        return kind

    def deliver_latest(self, i: int, j: int) -> None:
        vs = self.versions[i]
        if vs and i != j:
            name = self.own_file(i).name
            v = vs[-1]
            self._write(j, name, v.data, v.mtime_ns)
            self.landed[j][name] = Landed(name, v, True)

    def readable(self, j: int) -> list[frozenset]:
        """The edits in every intact, properly named file now in author j's folder."""
        own = self.own_file(j).name
        return [ld.version.edits for ld in self.landed[j].values()
                if ld.proper and ld.version is not None and ld.name != own]
