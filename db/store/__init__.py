"""RoadmapStore: the one package that talks SQL.

One roadmap is one SQLite file (``*.roadmap``). Every mutation goes through
`RoadmapStore.apply`, which validates a batch of operations, applies it in one
transaction, commits at once (WAL, synchronous=FULL) and returns a `Change` carrying
the batch's inverse. Listeners (undo stack, views) are told after each commit.
Opening checks the file read-only first, so a wrong, damaged or too-new file is
reported without a single byte of it being changed.

Co-editing (schema v2): every batch is also recorded in the roadmap's pycrdt document
(db/crdt/document.py) and its update is stored in the same transaction (tables crdt_state,
crdt_update, coedit_meta). Merged states come back in through `commit_merge` (origin
"sync": stored and announced, not recorded again). Merging logic lives in db/crdt/merge.py
and db/coedit/sync_folder.py; this package stays the only one that talks SQL.

Its modules: `core` (the RoadmapStore class: opening with the check of a -wal beside the
file, closing, `apply`), `file_checks` (the read-only checks on opening, setting a -wal
aside, a full disk, SQLite's errors in words), and the class's mixins `reading` (rows,
listeners), `crdt_log` (the co-editing document beside the tables), `copies` (`backup_to`,
debris of interrupted copies) and `write_batch` (the operations of one batch). Import the
names below from `db.store`.
"""

from db.store.copies import STALE_TEMP_SECONDS, remove_stale_copies
from db.store.core import CRDT_LOG_LIMIT, NO_STATUS_HISTORY, RoadmapStore
from db.store.file_checks import (
    APPLICATION_ID,
    DISK_FULL_BYTES,
    MIN_READABLE_SCHEMA,
    SQLITE_HEADER,
    WAL_REASONS,
    disk_full,
    sqlite_version,
)
from db.store.reading import Listener
from db.store.write_batch import new_id

__all__ = [
    "APPLICATION_ID", "CRDT_LOG_LIMIT", "DISK_FULL_BYTES", "MIN_READABLE_SCHEMA", "NO_STATUS_HISTORY",
    "SQLITE_HEADER", "STALE_TEMP_SECONDS", "WAL_REASONS", "Listener", "RoadmapStore", "disk_full",
    "new_id", "remove_stale_copies", "sqlite_version",
]
