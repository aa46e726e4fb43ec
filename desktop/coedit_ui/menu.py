"""The "Collaboration" menu: share to a folder, sync, merge another copy, review conflicts,
snapshots and named revisions; plus automatic sync (on open and on a timer) and verified
automatic snapshots (on open and every N minutes, see Preferences).

    from desktop.coedit_ui import menu
    menu.install(window)   # once, when the main window is built
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from db import snapshots
from db.coedit.sync_folder import SharedFolder, device_for, local_device, merge_copy
from db.coedit.writer_lock import open_locked
from db.crdt import conflicts as conflict_queue
from db.errors import RoadmapError

SYNC_SECONDS = 60



def _data_dir() -> Path:
    from desktop.domain.paths import data_dir

    return data_dir()


def _prefs():
    from desktop.settings.preferences import Preferences

    return Preferences()


class CoeditActions(QObject):
    """Owns the Collaboration menu, the timers and the status-bar label of one window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("CoeditActions")
        self.window = window
        self.session = None
        self.folder: SharedFolder | None = None
        self.last_snapshot: dt.datetime | None = None
        self.dirty = False
        self.dialog = None
        self.lock = None          # db.locking.Lock of the open file (see open_file)
        self._told_bad: set[str] = set()  # conflict records already reported as unreadable
        self._lock_path: str | None = None
        self._build_menu(window)
        self._build_status(window)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_SECONDS * 1000)
        self.sync_timer.timeout.connect(lambda: self.sync_now(quiet=True))
        self.snapshot_timer = QTimer(self)
        self.snapshot_timer.timeout.connect(self.auto_snapshot)
        window.session_changed.connect(self.on_session)
        self.on_session(getattr(window, "session", None))

    def _build_menu(self, window) -> None:
        """The Collaboration menu (before Tools) with an action per command."""
        specs = [
            ("share", self.tr("&Share to folder…"),
             self.tr("Put the roadmap in a shared folder so co-authors can edit it"),
             self.share_to_folder),
            ("join", self.tr("&Open shared roadmap…"),
             self.tr("Make your own working copy of a roadmap someone shared with you"),
             self.open_shared),
            ("sync", self.tr("S&ync now"),
             self.tr("Merge the co-authors' changes from the shared folder and publish yours"),
             self.sync_now),
            ("merge", self.tr("&Merge another copy…"),
             self.tr("Merge a copy of this roadmap received by e-mail or on a USB stick"),
             self.merge_other_copy),
            ("conflicts", self.tr("&Review conflicts…"),
             self.tr("Choose the value to keep where co-authors changed the same thing"),
             self.review_conflicts),
            ("snapshots", self.tr("S&napshots and revisions…"),
             self.tr("Named revisions, restore an earlier state, compare two snapshots"),
             self.show_snapshots),
        ]
        bar = window.menuBar()
        self.menu = bar.addMenu(self.tr("&Collaboration"))
        self.menu.setObjectName("collaboration_menu")
        try:
            bar.insertMenu(window.menu("tools").menuAction(), self.menu)
        except (KeyError, AttributeError):
            pass
        self.actions: dict[str, QAction] = {}
        for key, text, tip, slot in specs:
            a = QAction(text, window)
            a.setObjectName(f"coedit_{key}_action")
            a.setStatusTip(tip)
            a.setToolTip(tip)
            a.triggered.connect(lambda _=False, s=slot: s())
            self.actions[key] = a
            self.menu.addAction(a)
            if key in ("join", "merge"):
                self.menu.addSeparator()

    def _build_status(self, window) -> None:
        """The co-editing status label in the window's status bar."""
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may name co-authors
        self.status.setObjectName("coedit_status")
        self.status.setAccessibleName(self.tr("Co-editing status"))
        window.statusBar().addPermanentWidget(self.status)

    # -- state ---------------------------------------------------------------------------

    @property
    def store(self):
        return self.session.store if self.session is not None else None

    def _file_store(self) -> bool:
        return self.store is not None and not self.store.path.startswith(":")

    def device(self) -> str:
        """This working copy's device id (computer + copy, see db.coedit.sync_folder.device_for)."""
        machine = local_device(_data_dir())
        return device_for(self.store, machine) if self.store is not None else machine

    def author(self) -> str:
        return _prefs().author

    def snapshot_folder(self) -> Path:
        return snapshots.folder_for(_data_dir(), self.store.roadmap_id)

    def on_session(self, session) -> None:
        if self.session is not None:
            try:
                self.session.changed.disconnect(self._on_change)
            except (RuntimeError, TypeError):
                pass
        if self.folder is not None:
            self.folder.leave()
        if self.lock is not None and (session is None or session.store.path != self._lock_path):
            self.lock.release()
            self.lock, self._lock_path = None, None
        self.session, self.folder, self.last_snapshot, self.dirty = session, None, None, False
        self.sync_timer.stop()
        self.snapshot_timer.stop()
        has = session is not None
        for key, a in self.actions.items():
            a.setEnabled(has or key == "join")
        if has:
            self.actions["sync"].setEnabled(False)
            session.changed.connect(self._on_change)
            if not session.store.read_only:  # edits are recorded under the author's name
                session.store.crdt.author = self.author()
            share = session.store.meta("share_folder")
            if share:
                self.folder = SharedFolder(share, author=self.author(), device=self.device(),
                                           quarantine=_data_dir() / "quarantine")
                self.actions["sync"].setEnabled(True)
                self.sync_now(quiet=True)
                self.sync_timer.start()
            if self._file_store() and not session.store.read_only:
                self.auto_snapshot(force=True)
                self.snapshot_timer.setInterval(_prefs().snapshot_minutes * 60 * 1000)
                self.snapshot_timer.start()
        self.update_status()

    def _on_change(self, change) -> None:
        if change.origin != "sync" and (change.rows or change.conflicts):  # not settings
            self.dirty = True

    def update_status(self, extra: str = "") -> None:
        if self.store is None:
            self.status.setText("")
            return
        parts = []
        if self.folder is not None:
            parts.append(self.tr("Shared"))
            try:
                others = self.folder.present()
            except OSError:
                others = []
            if others:
                names = ", ".join(sorted({o.get("author") or "?" for o in others}))
                parts.append(self.tr("also open: %1").replace("%1", names))
        n = conflict_queue.count_open(self.store)
        if n:
            parts.append(self.tr("%n conflict(s) to review", "", n))
        if extra:
            parts.append(extra)
        self.status.setText(" · ".join(parts))

    def _message(self, text: str, quiet: bool) -> None:
        if quiet:
            self.window.statusBar().showMessage(text, 10000)
        else:
            self.window.show_error(text)

    # -- opening with the single-writer lock ---------------------------------------------

    def open_file(self, path: str | Path) -> bool:
        """Open `path` in the window holding the single-writer lock (for MainWindow.open_file).

        When another Routekaart has the file open, the user is told who and may open it
        read-only instead. The lock is released when the roadmap is closed.
        """
        from db.errors import FileInUseError
        from db.store import RoadmapStore

        try:
            store, lock = open_locked(path, author=self.author())
        except FileInUseError as exc:
            from desktop.domain.reasons import refusal_text

            if not ask_read_only(self.window, refusal_text(exc, getattr(self.window, "lang", "en"))):
                return False
            try:
                store, lock = RoadmapStore.open(path, read_only=True), None
            except RoadmapError as again:
                self.window.show_error(again)
                return False
        except RoadmapError as exc:
            self.window.show_error(exc)
            return False
        self.window.set_store(store)
        self.lock, self._lock_path = lock, (store.path if lock is not None else None)
        for notice in getattr(store, "notices", []):  # e.g. a -wal that was set aside
            self.window.show_error(notice)
        return True

    # -- actions -------------------------------------------------------------------------

    def share_to_folder(self, folder: str | None = None) -> bool:
        if self.store is None:
            return False
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window,
                self.tr("Choose an empty shared folder (or one this roadmap is shared in)"))
        if not folder:
            return False
        target = Path(folder)
        try:
            sf = SharedFolder(target, author=self.author(), device=self.device(),
                              quarantine=_data_dir() / "quarantine")
            report = sf.share(self.store)
        except RoadmapError as exc:
            self.window.show_error(exc)
            return False
        self.folder = sf
        self.actions["sync"].setEnabled(True)
        self.sync_timer.start()
        self.update_status(self.tr("Shared in %1").replace("%1", str(target)))
        self._show_quarantine(report.quarantined, quiet=False)
        return True

    def open_shared(self, folder: str | None = None, local: str | None = None) -> bool:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Choose the shared roadmap folder"))
        if not folder:
            return False
        if local is None:
            local, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Where to keep your own working copy (not in the shared folder)"),
                str(Path.home()), self.tr("Roadmaps (*.roadmap)"))
            if local and not local.endswith(".roadmap"):
                local += ".roadmap"
        if not local:
            return False
        from db.locking import acquire

        lock = None
        try:
            # the working copy is locked before it exists and by device+inode once it
            # does, so no other window can open it for writing meanwhile
            lock = acquire(local, author=self.author())
            store = SharedFolder.join(folder, local, author=self.author(),
                                      device=local_device(_data_dir()),
                                      quarantine=_data_dir() / "quarantine")
            try:
                lock.bind_inode(local)
            except RoadmapError:
                store.close()
                raise
        except RoadmapError as exc:
            if lock is not None:
                lock.release()
            self.window.show_error(exc)
            return False
        self.window.set_store(store)
        self.lock, self._lock_path = lock, store.path
        return True

    def sync_now(self, quiet: bool = False) -> bool:
        if self.store is None or self.folder is None:
            return False
        self._commit_typing()
        try:
            report = self.folder.sync(self.store)
        except RoadmapError as exc:
            self._message(self.tr("Sync failed: %1").replace("%1", str(exc)), quiet)
            return False
        if report.result is not None and report.result.problems:
            self._message("\n".join(report.result.problems[:5]), True)
        told = self._show_quarantine(report.quarantined, quiet)
        summary = report.summary()
        self.update_status(self.tr("synced %1").replace("%1", dt.datetime.now().strftime("%H:%M")))
        text = self.tr("Sync: %1").replace("%1", summary)
        if told and quiet:  # keep what was set aside readable in the status bar
            text += " — " + " ".join(told)
        self.window.statusBar().showMessage(text, 15000 if told else 8000)
        return True

    def _commit_typing(self) -> None:
        """Store text still being typed before merged changes can redraw its editor."""
        commit = getattr(self.window, "commit_pending", None)
        if commit is not None:
            commit()

    def _show_quarantine(self, messages: list[str], quiet: bool) -> list[str]:
        """Say which files from the shared folder were set aside and why (each names the
        file and its author), in the interface language."""
        from desktop.domain.reasons import notice_text

        lang = getattr(self.window, "lang", "en")
        texts = [notice_text(m, lang) for m in messages]
        for bad in conflict_queue.bad_records(self.store) if self.store is not None else []:
            if bad not in self._told_bad:  # a co-author's unreadable conflict record
                self._told_bad.add(bad)
                texts.append(bad)
        if texts:
            self._message("\n".join(texts), quiet)
        return texts

    def merge_other_copy(self, path: str | None = None) -> bool:
        if self.store is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window,
                                                  self.tr("Merge another copy of this roadmap"),
                                                  "", self.tr("Roadmaps (*.roadmap)"))
        if not path:
            return False
        self._commit_typing()
        try:
            if self._file_store():
                snapshots.take(self.store, self.snapshot_folder(), kind="named",
                               label=self.tr("before merging %1").replace("%1", Path(path).name))
            result = merge_copy(self.store, path, author=self.author(), device=self.device())
        except RoadmapError as exc:
            self.window.show_error(exc)
            return False
        n_rows, n_conflicts = result.total, len(result.conflicts)
        text = (self.tr("Merged %1: %n row(s) updated", "", n_rows).replace("%1", Path(path).name)
                + "; " + self.tr("%n conflict(s) to review.", "", n_conflicts))
        self.window.statusBar().showMessage(text, 10000)
        self.update_status()
        if self.folder is not None:
            self.sync_now(quiet=True)
        return True

    def review_conflicts(self):
        if self.session is None:
            return None
        from desktop.coedit_ui.dialogs import ConflictsDialog

        dlg = ConflictsDialog(self.session, self.window)
        dlg.finished.connect(lambda _r: self.update_status())
        dlg.resolved.connect(lambda: self.update_status())
        dlg.open()
        self.dialog = dlg
        return dlg

    def show_snapshots(self):
        if self.session is None:
            return None
        from desktop.coedit_ui.dialogs import SnapshotsDialog

        if not self._file_store():
            self.window.show_error(self.tr("Snapshots are kept for roadmaps saved in a file."))
            return None
        dlg = SnapshotsDialog(self.session, self.snapshot_folder(), self.window)
        dlg.open()
        self.dialog = dlg
        return dlg

    def auto_snapshot(self, force: bool = False) -> None:
        if not self._file_store() or self.store.read_only:
            return
        if not force and not self.dirty:
            return
        try:
            info = snapshots.take(self.store, self.snapshot_folder(), kind="auto")
        except RoadmapError as exc:  # a failed snapshot never blocks work
            from desktop.domain.reasons import refusal_text

            self.window.statusBar().showMessage(self.tr("Snapshot failed: %1").replace(
                "%1", refusal_text(exc, getattr(self.window, "lang", "en"))), 10000)
            return
        self.last_snapshot = info.created_at
        self.dirty = False


def install(window) -> CoeditActions:
    """Add the Collaboration menu and the automatic sync/snapshots to `window` (once)."""
    actions = CoeditActions(window)
    window.coedit_actions = actions
    return actions


def ask_read_only(parent, message: str) -> bool:
    """Tell the user the file is in use; True when they want to open it read-only."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("CoeditMenu", "Roadmap in use"), message,
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names a co-author / holder
    box.button(QMessageBox.StandardButton.Open).setText(
        QCoreApplication.translate("CoeditMenu", "Open read-only"))
    return box.exec() == QMessageBox.StandardButton.Open
