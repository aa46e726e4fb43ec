"""The number of problems the checks find, for the status bar, while the wizard (which
counts them itself) has not been opened: a roadmap reopened on Part B shows its count too.

Runs the same Qt-free checks as the wizard's problems panel on the session's row cache, once
just after the roadmap is shown and again 300 ms after the last change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.checks.engine import CheckRunner

DELAY_MS = 300


class ProblemCount(QObject):
    counted = Signal(int)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.count: int | None = None
        self.cache = session.rows  # kept current by the session
        self.runner = CheckRunner(self.cache)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.run)
        session.changed.connect(self._on_change)
        QTimer.singleShot(0, self.run)  # after the window has painted
        self._stopped = False

    def _on_change(self, change) -> None:
        if not self._stopped:
            self.timer.start()

    def run(self) -> None:
        if self._stopped or not getattr(self.session, "is_open", True):
            return  # closed meanwhile
        problems = self.runner.run()
        self.count = len(problems)
        self.counted.emit(self.count)

    def stop(self) -> None:
        """The wizard counts from now on."""
        self._stopped = True
        self.timer.stop()
        try:
            self.session.changed.disconnect(self._on_change)
        except (RuntimeError, TypeError):
            pass
