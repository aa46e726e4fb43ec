"""Keeping an open roadmap's objects out of the cyclic garbage collector's way.

An open 20,000-action roadmap holds millions of long-lived Python objects (rows, the
layout, the co-editing document). Python's collector walks all of them on every full
collection, which a single edit's few thousand new objects can trigger: a ~300 ms pause
in the middle of a drag's commit. Once a roadmap is open and painted, `settle()` collects
once and moves everything alive to the collector's permanent generation (gc.freeze);
reference counting still frees what is dropped. `release()` (a roadmap closes) gives the
collector everything back, so cycles left by a closed roadmap are collected again.
"""

from __future__ import annotations

import gc

#: Smaller roadmaps: a full collection is quick, nothing to settle.
SETTLE_MIN_ACTIONS = 2000

_settled = 0


def settle() -> None:
    global _settled
    gc.collect()
    gc.freeze()
    _settled += 1


def release() -> None:
    global _settled
    if _settled:
        _settled -= 1
        if not _settled:
            gc.unfreeze()
