"""Quitting (File ▸ Quit, the QAction) while the export dialog is writing files: the user
is asked; "Stop and quit" stops the job at its next step and waits for it with a message,
so nothing prints "Signal source has been deleted" or a traceback; "Keep working" leaves
the window open and the export finishes. Qt warnings fail these tests (pyproject)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import workers
from desktop.app.crash import log_path
from desktop.app.main_window import MainWindow
from desktop.export_ui.dialog import ExportDialog

L = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, demo, answerer):
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(demo, demo=True)
    yield w
    w.close()


def _start_export(qtbot, window, answerer, tmp_path, formats=("pdf", "poster")) -> ExportDialog:
    """File ▸ Export report…, `formats` on, Export clicked: a job of several steps."""
    answerer.leave_alone = (ExportDialog,)
    window.export_actions.actions["report"].trigger()
    dialog = window.export_actions.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    out = tmp_path / "out"
    out.mkdir()
    for key, check in dialog.checks.items():
        check.setChecked(key in formats)
        name = "images" if key == "images" else f"report-{key}.{'docx' if key == 'docx' else 'pdf'}"
        dialog.paths[key].setText(str(out / name))
    qtbot.mouseClick(dialog.export_button, L)
    assert dialog.busy and workers.running()
    return dialog


def test_quit_during_an_export_stops_it_cleanly(qtbot, window, answerer, tmp_path, capfd):
    dialog = _start_export(qtbot, window, answerer, tmp_path, ("docx", "pdf", "poster", "images"))
    window.quit_action.trigger()  # the answerer clicks the default: "Stop and quit"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=120000)
    assert any("Stop it and quit?" in m for m in answerer.messages), answerer.messages
    assert not workers.running() and not workers._running
    assert window.session is None
    assert not dialog.busy
    assert "stopped" in dialog.status.text() or dialog.result_paths, dialog.status.text()
    assert any("QMessageBox" in s for s in answerer.seen)
    # deliver what the stopped worker left queued (its last signals, deferred deletes): a
    # signal from a deleted source would print its warning now
    QCoreApplication.sendPostedEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err and "Traceback" not in err, err
    assert not log_path().exists()


def test_keep_working_leaves_the_window_open_and_the_export_finishes(qtbot, window, answerer,
                                                                       tmp_path, capfd):
    dialog = _start_export(qtbot, window, answerer, tmp_path)
    asked = []

    def keep() -> None:  # the user clicks "Keep working"
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            qtbot.mouseClick(box.escapeButton(), L)

    answerer.leave_alone = (ExportDialog, QMessageBox)
    timer = QTimer()
    timer.timeout.connect(keep)
    timer.start(25)
    window.quit_action.trigger()
    timer.stop()
    assert asked and "Stop it and quit?" in asked[0]
    assert window.isVisible() and window.session is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=180000)
    assert dialog.result_paths and all(p.exists() for p in dialog.result_paths)
    answerer.leave_alone = ()
    window.quit_action.trigger()  # nothing runs any more: no question
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(asked) == 1
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err and "Traceback" not in err, err
    assert not log_path().exists()
