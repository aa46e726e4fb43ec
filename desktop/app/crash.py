"""Unexpected errors: a bug must never take the user's work (or the app) down silently.

`install()` replaces sys.excepthook while the app runs. An exception that escapes a slot or
an event handler is written with its traceback to routekaart.log in the data folder, and
the user is told in plain words. Edits are already stored (every edit is committed at
once), so the message can say so.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.paths import data_dir

_previous = None
_showing = False


def log_path() -> Path:
    return data_dir() / "routekaart.log"


def write_log(exc_type, exc, tb) -> Path:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as f:
        f.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
        f.write("".join(traceback.format_exception(exc_type, exc, tb)))
    return path


def _hook(exc_type, exc, tb) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    try:
        path = write_log(exc_type, exc, tb)
    except OSError:
        path = None
    traceback.print_exception(exc_type, exc, tb)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        text = QCoreApplication.translate(
            "Crash", "Something went wrong inside Routekaart: %1\n\nYour edits up to now are "
            "stored. Details were written to %2; please send that file with a description "
            "of what you were doing.").replace("%1", f"{exc_type.__name__}: {exc}").replace(
            "%2", str(path) if path else "-")
        from desktop.app.plain_text import literal

        QMessageBox.critical(QApplication.activeWindow(),
                             QCoreApplication.translate("Crash", "Unexpected error"), literal(text))
    finally:
        _showing = False


def install() -> None:
    global _previous
    if sys.excepthook is not _hook:
        _previous = sys.excepthook
        sys.excepthook = _hook


def uninstall() -> None:
    if sys.excepthook is _hook and _previous is not None:
        sys.excepthook = _previous
