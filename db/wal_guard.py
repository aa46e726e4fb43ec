"""Does the -wal beside a roadmap belong to it? Read before SQLite ever opens the file.

SQLite applies whatever valid write-ahead log it finds beside a database: the WAL format
has no field naming the database it belongs to (sqlite.org/fileformat2.html, "The
Write-Ahead Log"; "How To Corrupt An SQLite Database File" lists a journal or WAL that is
renamed, moved or mismatched as a way to lose data). A WAL is only tied to itself:
its header holds a magic number, the format version 3007000, the page size, a checkpoint
sequence number and two salts; every frame repeats both salts and carries a cumulative
checksum, and SQLite uses the frames up to the last valid commit frame. So another
database's WAL placed beside a roadmap, or an old WAL left beside a newer copy of the
file (a backup restored, a sync tool delivering only the main file) is applied silently.

This module reads the WAL header and frame headers as bytes (never through SQLite) and
compares them with the database header: the page size must be the database's, a page-1
image in the WAL must carry the roadmap's application id and must not be older than the
database's own page 1 (file change counter). db/store/core.py adds a check of the contents on
copies (same roadmap id, CRDT history not behind the file's) before the real file is
opened. Only reading here: nothing is moved or changed.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

WAL_MAGIC = (0x377F0682, 0x377F0683)  # low bit: checksums in big-endian words
WAL_VERSION = 3007000
WAL_HEADER = 32
FRAME_HEADER = 24
DB_HEADER = 100


@dataclass
class DbHeader:
    page_size: int
    change_counter: int
    pages: int
    application_id: int


@dataclass
class WalInfo:
    """What a WAL file holds, read from its headers (see module docs)."""

    size: int
    valid_header: bool = False
    page_size: int = 0
    checkpoint_seq: int = 0
    salts: tuple[int, int] = (0, 0)
    frames: int = 0              # valid frames (salts and checksums right)
    committed: int = 0           # valid frames up to and including the last commit frame
    page1: list[DbHeader] = field(default_factory=list)  # page-1 images in committed frames

    @property
    def applies(self) -> bool:
        """True when SQLite would apply something from this WAL."""
        return self.valid_header and self.committed > 0


def db_header(data: bytes) -> DbHeader | None:
    """The fields of a database header we compare with (None when it is not one)."""
    if len(data) < DB_HEADER or not data.startswith(b"SQLite format 3\x00"):
        return None
    ps = struct.unpack(">H", data[16:18])[0]
    return DbHeader(65536 if ps == 1 else ps, struct.unpack(">I", data[24:28])[0],
                    struct.unpack(">I", data[28:32])[0], struct.unpack(">I", data[68:72])[0])


def _checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(path: str | Path) -> WalInfo:
    """Read the WAL at `path` frame by frame (a page at a time, never the whole file)."""
    p = Path(path)
    size = p.stat().st_size
    info = WalInfo(size)
    with p.open("rb") as fh:
        head = fh.read(WAL_HEADER)
        if len(head) < WAL_HEADER:
            return info
        magic, version, page_size, seq, salt1, salt2, c1, c2 = struct.unpack(">8I", head)
        if magic not in WAL_MAGIC or version != WAL_VERSION:
            return info
        if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
            return info
        big = bool(magic & 1)
        if _checksum(head[:24], 0, 0, big) != (c1, c2):
            return info
        info.valid_header = True
        info.page_size, info.checkpoint_seq, info.salts = page_size, seq, (salt1, salt2)
        s0, s1 = c1, c2
        pending: list[DbHeader] = []
        while True:
            fh_bytes = fh.read(FRAME_HEADER)
            page = fh.read(page_size)
            if len(fh_bytes) < FRAME_HEADER or len(page) < page_size:
                break
            pgno, commit, fs1, fs2, fc1, fc2 = struct.unpack(">6I", fh_bytes)
            if (fs1, fs2) != (salt1, salt2) or pgno == 0:
                break
            s0, s1 = _checksum(fh_bytes[:8], s0, s1, big)
            s0, s1 = _checksum(page, s0, s1, big)
            if (s0, s1) != (fc1, fc2):
                break
            info.frames += 1
            if pgno == 1:
                h = db_header(page[:DB_HEADER])
                if h is not None:
                    pending.append(h)
            if commit:
                info.committed = info.frames
                info.page1.extend(pending)
                pending = []
    return info


def mismatch(db_path: str | Path, wal_path: str | Path, *, application_id: int) -> str:
    """Why the WAL at `wal_path` does not belong to the database at `db_path` ("" when
    nothing in the headers says so; the contents are checked by db/store/core.py)."""
    with Path(db_path).open("rb") as fh:
        db = db_header(fh.read(DB_HEADER))
    if db is None:
        return ""  # not a database: the open reports that itself
    wal = read_wal(wal_path)
    if not wal.applies:
        return ""  # SQLite ignores a WAL without a valid committed frame
    if wal.page_size != db.page_size:
        return "page_size"
    for image in wal.page1:
        if image.page_size != db.page_size:
            return "page_size"
        if db.application_id == application_id and image.application_id != application_id:
            return "foreign"
    if wal.page1 and wal.page1[-1].change_counter < db.change_counter:
        return "older"
    return ""
