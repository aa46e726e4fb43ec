"""Pausing Python's cyclic garbage collector while a large document is built.

Laying out a report creates hundreds of thousands of small, long-lived objects (flowables,
lines, cells); the collector then runs over and over without finding garbage, which
costs a fifth of the export time of a big roadmap. Reference counting still frees what
is dropped; the collector is switched back on (and run once) when the outermost export
ends. Safe with exports in several threads: it stays paused until the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            restore = _depth == 0 and _was_enabled
            if restore:
                gc.enable()
        if restore:
            gc.collect(1)
