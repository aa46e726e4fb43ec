"""Who else has a shared roadmap open (advisory): each author/device rewrites a small presence
file at every sync, and `present` lists the others whose file changed recently by this
computer's clock."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

from db.coedit.state_files import (
    MAX_PRESENCE_BYTES,
    PRESENCE_STALE_SECONDS,
    TooLarge,
    _now,
    author_of_name,
    read_limited,
    slug,
    write_atomic,
)
from db.errors import Notice, RoadmapError


def _clock() -> float:
    """This computer's clock (a function, so tests can move it)."""
    return time.time()


class FolderPresence:
    """The presence half of SharedFolder (mixed into it; `self` is the SharedFolder)."""

    root: Path
    author: str
    device: str
    _session: str
    _beat: int
    _presence_seen: dict[str, tuple[object, float]]
    _presence_bad: dict[str, tuple[int, int, int]]
    presence_problems: list[str]

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
