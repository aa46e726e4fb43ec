"""An unexpected exception is logged and explained, not fatal."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.app import crash


def test_unexpected_error_is_logged_and_explained(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        raise ValueError("boom ë")
    except ValueError as exc:
        crash._hook(type(exc), exc, exc.__traceback__)
    log = crash.log_path().read_text(encoding="utf-8")
    assert "ValueError: boom ë" in log and "test_crash.py" in log
    assert len(shown) == 1 and "boom ë" in shown[0] and str(crash.log_path()) in shown[0]


def test_install_and_uninstall_restore_the_previous_hook():
    import sys

    before = sys.excepthook
    crash.install()
    assert sys.excepthook is crash._hook
    crash.uninstall()
    assert sys.excepthook is before
