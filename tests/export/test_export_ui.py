"""The export dialog, its File-menu actions and the background worker (pytest-qt)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu
from roadmap_sample import sample_store

from desktop.app.session import RoadmapSession
from desktop.app.workers import run_in_background
from desktop.export_ui import dialog as dialog_mod
from desktop.export_ui import menu
from desktop.export_ui.dialog import ExportDialog
from desktop.settings.window_state import Settings


class FakeWindow(QMainWindow):
    """The part of the main window the export feature uses."""

    session_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.session = None
        self.lang = "en"
        self.settings = Settings()
        self.file_menu = QMenu("File", self)
        self.menuBar().addMenu(self.file_menu)

    def menu(self, name: str) -> QMenu:
        assert name == "file"
        return self.file_menu

    def set_session(self, session) -> None:
        self.session = session
        self.session_changed.emit(session)


@pytest.fixture
def session():
    store = sample_store()
    s = RoadmapSession(store)
    yield s
    s.close()


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(dialog_mod.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


def make_dialog(qtbot, session, tmp_path, **formats) -> ExportDialog:
    d = ExportDialog(session, "en")
    qtbot.addWidget(d)
    for key, check in d.checks.items():
        check.setChecked(key in formats)
        if key in formats:
            d.paths[key].setText(str(formats[key]))
    return d


def wait_done(qtbot, d: ExportDialog) -> None:
    qtbot.waitUntil(lambda: not d.busy, timeout=30_000)


def test_menu_actions_follow_the_session(qtbot, session):
    w = FakeWindow()
    qtbot.addWidget(w)
    actions = menu.install(w)
    texts = [a.text().replace("&", "") for a in w.file_menu.actions()]
    assert texts == ["Export report…", "Export poster…", "Export images…"]
    assert actions.actions["report"].shortcut() == QKeySequence("Ctrl+E")
    assert not any(a.isEnabled() for a in actions.actions.values())
    assert actions.open_dialog("report") is None  # nothing open, nothing to export
    w.set_session(session)
    assert all(a.isEnabled() for a in actions.actions.values())
    actions.actions["poster"].trigger()
    d = actions.dialog
    assert d is not None and d.isVisible()
    on = {k for k, c in d.checks.items() if c.isChecked()}
    assert on == ({"poster"} if d.checks["poster"].isEnabled() else set())
    actions.open_dialog("report")
    assert {k for k, c in actions.dialog.checks.items() if c.isChecked()} == {"docx", "pdf"}
    w.set_session(None)
    assert not any(a.isEnabled() for a in actions.actions.values())
    assert not actions.dialog.isVisible()


def test_every_control_has_an_accessible_name(qtbot, session):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QProgressBar

    d = ExportDialog(session, "en")
    qtbot.addWidget(d)
    for widget in d.findChildren(QComboBox) + d.findChildren(QLineEdit) + d.findChildren(QProgressBar):
        assert widget.accessibleName(), widget
    for button in d.findChildren(QAbstractButton):
        assert button.accessibleName() or button.text().replace("&", ""), button


def test_dialog_exports_in_the_background_with_progress(qtbot, session, tmp_path, errors):
    d = make_dialog(qtbot, session, tmp_path, docx=tmp_path / "r.docx", pdf=tmp_path / "r.pdf",
                    poster=tmp_path / "poster.pdf", images=tmp_path / "img")
    d._select(d.language, "en")
    d._select(d.paper, "A2")
    seen: list[int] = []
    d.progress.valueChanged.connect(seen.append)
    main_thread = threading.current_thread()
    threads = []
    real = dialog_mod.run_export

    def spy(snap, progress=None, **kwargs):
        threads.append(threading.current_thread())
        return real(snap, progress, **kwargs)

    dialog_mod.run_export = spy
    try:
        with qtbot.waitSignal(d.exported, timeout=30_000) as blocker:
            d.start_export()
            assert d.busy and not d.export_button.isEnabled()
    finally:
        dialog_mod.run_export = real
    wait_done(qtbot, d)
    assert errors == [] and threads and threads[0] is not main_thread
    names = {p.name for p in blocker.args[0]}
    assert {"r.docx", "r.pdf", "poster.pdf"} <= names
    assert (tmp_path / "r.docx").stat().st_size > 10_000 and (tmp_path / "r.pdf").read_bytes()[:4] == b"%PDF"
    assert list((tmp_path / "img").glob("*.png")) and list((tmp_path / "img").glob("*.svg"))
    assert seen and d.progress.value() == d.progress.maximum()
    assert "complete" in d.status.text()
    remembered = Settings().export_options()
    assert remembered["lang"] == "en" and remembered["paper"] == "A2"
    assert Settings().export_dir() == str(tmp_path)


def test_missing_folder_gives_a_clear_message_and_no_file(qtbot, session, tmp_path, errors):
    target = tmp_path / "nope" / "r.pdf"
    d = make_dialog(qtbot, session, tmp_path, pdf=target)
    d.start_export()
    wait_done(qtbot, d)
    assert len(errors) == 1 and "does not exist" in errors[0]
    assert not target.parent.exists() and "failed" in d.status.text()
    assert d.export_button.isEnabled()


def test_locked_target_keeps_the_old_file(qtbot, session, tmp_path, errors, monkeypatch):
    import errno

    from desktop.export import atomic

    target = tmp_path / "r.pdf"
    target.write_bytes(b"old report")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    d = make_dialog(qtbot, session, tmp_path, pdf=target)
    d.start_export()
    wait_done(qtbot, d)
    assert len(errors) == 1 and "open in Word" in errors[0]
    assert target.read_bytes() == b"old report" and [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_nothing_chosen_is_refused_before_starting(qtbot, session, tmp_path, errors):
    d = make_dialog(qtbot, session, tmp_path, docx=tmp_path / "r.docx")
    for check in d.sections.values():
        check.setChecked(False)
    assert not d.export_button.isEnabled()
    d.start_export()
    assert errors and not d.busy and not (tmp_path / "r.docx").exists()


def test_dialog_cannot_be_closed_while_busy(qtbot, session, tmp_path, errors):
    d = make_dialog(qtbot, session, tmp_path, pdf=tmp_path / "r.pdf")
    d.show()
    d.start_export()
    d.reject()
    assert d.isVisible() and "wait" in d.status.text()
    wait_done(qtbot, d)
    d.reject()
    assert not d.isVisible()


def test_worker_reports_progress_result_and_errors(qtbot):
    def job(n, progress):
        for i in range(n):
            progress(i, n, "step")
        if n == 0:
            raise ValueError("nothing to do")
        return n * 2

    steps, results, errors = [], [], []
    signals = run_in_background(job, 3, on_progress=lambda d, t, s: steps.append((d, t, s)),
                                on_finished=results.append, on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=5000)
    assert results == [6] and errors == [] and steps == [(0, 3, "step"), (1, 3, "step"), (2, 3, "step")]
    run_in_background(job, 0, on_finished=results.append, on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and results == [6]
    assert signals is not None


def test_changes_since_a_revision_go_into_the_report(qtbot, tmp_path):
    import subprocess

    from db import snapshots
    from db.ops import Update
    from db.store import RoadmapStore
    from desktop.domain.paths import data_dir

    path = tmp_path / "r.roadmap"
    store = RoadmapStore.create(path, title="Proef")
    store.apply([Update("roadmap", store.roadmap()["id"], {"mission": "Oude missie"})])
    snapshots.take(store, snapshots.folder_for(data_dir(), store.roadmap_id), kind="named",
                   label="na workshop 2")
    store.apply([Update("roadmap", store.roadmap()["id"], {"title": "Proef 2"})])
    s = RoadmapSession(store)
    d = make_dialog(qtbot, s, tmp_path, pdf=tmp_path / "r.pdf")
    assert d.changes_since.count() == 2
    d.changes_since.setCurrentIndex(1)
    d.language.setCurrentIndex(d.language.findData("en"))
    snap = d.snapshot()
    assert snap["since"].endswith("na workshop 2")
    assert snap["changes"] == [("changed", "Roadmap", "Proef 2: Title")]
    d.start_export()
    wait_done(qtbot, d)
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Changes since" in text and "na workshop 2" in text and "Proef 2: Title" in text
    s.close()
    store.close()
