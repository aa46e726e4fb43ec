"""Running slow work (exports) off the UI thread on Qt's global thread pool.

    signals = run_in_background(job, snapshot,
                                on_progress=bar_update,   # (done, total, step)
                                on_finished=on_done,      # the job's return value
                                on_failed=on_error)       # the exception it raised

The job receives its arguments plus a `progress(done, total, step)` callable as keyword
argument `progress`. It must not touch widgets or the roadmap store: hand it a plain
snapshot made on the UI thread. The signals are delivered on the UI thread (queued
connections, because `WorkerSignals` lives there); exactly one of finished/failed fires.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)
_running: set[WorkerSignals] = set()  # keeps the signal objects alive until the job ends


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    done = Signal()  # after finished or failed

    def __init__(self) -> None:
        super().__init__()
        self.running = True


class _Task(QRunnable):
    def __init__(self, fn: Callable, args: tuple, kwargs: dict, signals: WorkerSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.args, self.kwargs, self.signals = fn, args, kwargs, signals

    def run(self) -> None:
        s = self.signals
        try:
            result = self.fn(*self.args, progress=lambda d, t, step="": s.progress.emit(int(d), int(t), step),
                             **self.kwargs)
        except BaseException as exc:  # reported to the UI thread, never lost in the pool
            if not isinstance(exc, Exception):
                log.error("background job interrupted: %r", exc)
            s.running = False
            s.failed.emit(exc)
        else:
            s.running = False
            s.finished.emit(result)
        s.done.emit()


def run_in_background(fn: Callable, *args, pool: QThreadPool | None = None,
                      on_progress: Callable | None = None, on_finished: Callable | None = None,
                      on_failed: Callable | None = None, **kwargs) -> WorkerSignals:
    """Start `fn(*args, progress=..., **kwargs)` on a pool thread; returns its signals.
    Call on the UI thread (the signals object belongs to it). Pass the slots as
    `on_progress` / `on_finished` / `on_failed`: they are connected before the job starts,
    so even a job that ends at once is never missed (connecting to the returned signals
    afterwards races with a fast job)."""
    signals = WorkerSignals()
    for signal, slot in ((signals.progress, on_progress), (signals.finished, on_finished),
                         (signals.failed, on_failed)):
        if slot is not None:
            signal.connect(slot)
    _running.add(signals)
    # queued: released on the UI thread after the finished/failed slots have run
    signals.done.connect(lambda: _running.discard(signals), Qt.ConnectionType.QueuedConnection)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, args, kwargs, signals))
    return signals
