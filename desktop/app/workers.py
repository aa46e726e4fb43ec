"""Running slow work (exports) off the UI thread on Qt's global thread pool.

    signals = run_in_background(job, snapshot,
                                on_progress=bar_update,   # (done, total, step)
                                on_finished=on_done,      # the job's return value
                                on_failed=on_error)       # the exception it raised

The job receives its arguments plus a `progress(done, total, step)` callable as keyword
argument `progress`. It must not touch widgets or the roadmap store: hand it a plain
snapshot made on the UI thread. The signals are delivered on the UI thread (queued
connections, because `WorkerSignals` lives there); exactly one of finished/failed/cancelled
fires, then done.

A job can be stopped (`signals.cancel()`, or `stop_all()` for every running job, which the
main window does when the user quits during an export): its next `progress(...)` call
raises JobCancelled inside the job, which then ends with `cancelled` instead of a result.
`wait_all()` waits for the running jobs while the event loop keeps running. Signals are
never emitted on a deleted object (that printed "Signal source has been deleted" when the
application quit during an export).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)
_running: set[WorkerSignals] = set()  # keeps the signal objects alive until the job ends


class JobCancelled(Exception):
    """Raised inside a job by its progress callback once the job was asked to stop."""


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()  # after finished, failed or cancelled

    def __init__(self) -> None:
        super().__init__()
        self.running = True
        self.stop_requested = False

    def cancel(self) -> None:
        """Ask the job to stop at its next progress step."""
        self.stop_requested = True

    def emit(self, name: str, *args) -> None:
        """Emit signal `name`, unless the object is already gone (the application quit)."""
        try:
            getattr(self, name).emit(*args)
        except RuntimeError:  # the C++ object was deleted: nobody is listening any more
            log.debug("background job signal %s after its object was deleted", name)


class _Task(QRunnable):
    def __init__(self, fn: Callable, args: tuple, kwargs: dict, signals: WorkerSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.args, self.kwargs, self.signals = fn, args, kwargs, signals

    def run(self) -> None:
        s = self.signals

        def progress(done, total, step="") -> None:
            if s.stop_requested:
                raise JobCancelled()
            s.emit("progress", int(done), int(total), step)

        try:
            result = self.fn(*self.args, progress=progress, **self.kwargs)
        except JobCancelled:
            s.running = False
            s.emit("cancelled")
        except BaseException as exc:  # reported to the UI thread, never lost in the pool
            if not isinstance(exc, Exception):
                log.error("background job interrupted: %r", exc)
            s.running = False
            s.emit("failed", exc)
        else:
            s.running = False
            s.emit("finished", result)
        s.emit("done")


def run_in_background(fn: Callable, *args, pool: QThreadPool | None = None,
                      on_progress: Callable | None = None, on_finished: Callable | None = None,
                      on_failed: Callable | None = None, on_cancelled: Callable | None = None,
                      **kwargs) -> WorkerSignals:
    """Start `fn(*args, progress=..., **kwargs)` on a pool thread; returns its signals.
    Call on the UI thread (the signals object belongs to it). Pass the slots as
    `on_progress` / `on_finished` / `on_failed`: they are connected before the job starts,
    so even a job that ends at once is never missed (connecting to the returned signals
    afterwards races with a fast job)."""
    signals = WorkerSignals()
    for signal, slot in ((signals.progress, on_progress), (signals.finished, on_finished),
                         (signals.failed, on_failed), (signals.cancelled, on_cancelled)):
        if slot is not None:
            signal.connect(slot)
    _running.add(signals)
    # queued: released on the UI thread after the finished/failed slots have run
    signals.done.connect(lambda: _running.discard(signals), Qt.ConnectionType.QueuedConnection)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, args, kwargs, signals))
    return signals


def track(job) -> None:
    """Count `job` (an object with `running` and `cancel()`, such as a print done in steps
    on the UI thread) among the running jobs until `untrack(job)`."""
    _running.add(job)


def untrack(job) -> None:
    _running.discard(job)


def running() -> list[WorkerSignals]:
    """The jobs that have not ended yet."""
    return [s for s in _running if s.running]


def stop_all() -> int:
    """Ask every running job to stop; returns how many there were."""
    jobs = running()
    for s in jobs:
        s.cancel()
    return len(jobs)


def wait_all(timeout_ms: int = 120_000) -> bool:
    """Wait until no job runs (or `timeout_ms` passed), the event loop running meanwhile
    so queued signals are delivered and the window keeps painting. True when all ended."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if not _running else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    if _running:  # emptied once each job's last signal reached the UI thread
        poll.start()
        loop.exec()
        poll.stop()
    QThreadPool.globalInstance().waitForDone(1000)  # the pool thread leaves run() right after
    return not _running
