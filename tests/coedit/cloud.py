"""A simulated file-sync cloud: one local copy of the shared folder per author.

OneDrive, Dropbox and network shares give every computer its own copy of the folder and
copy files between them later, in any order. `Cloud.deliver(i, j)` copies author i's
state file (as it is now) into author j's folder; nothing else moves between authors.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from db.store import RoadmapStore
from db.sync_folder import SharedFolder, device_for


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
