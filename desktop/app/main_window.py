"""The main window: file handling, undo/redo, and the views of the open roadmap in tabs.

Its actions and menus are built by `MainWindowMenus` (main_menus.py), the commands that ask
for a file first by `FileDialogs` (file_dialogs.py), both mixed into `MainWindow`.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import RoadmapError
from db.ops import Change
from db.store import RoadmapStore
from desktop import __version__
from desktop.app.file_dialogs import FileDialogs
from desktop.app.main_menus import MainWindowMenus
from desktop.app.plain_text import literal
from desktop.app.session import RoadmapSession
from desktop.app.view_tabs import ViewTabs
from desktop.app.views import available_views, feature_installers
from desktop.settings.window_state import Settings


def ui_language() -> str:
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def about_text(first_line: str) -> str:
    """The About text: what this is, and the versions of everything it runs on."""
    import platform

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from db.store import sqlite_version

    return (f"{first_line.replace('%1', __version__)}\n\n"
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version} · "
            f"SQLite {sqlite_version()}\n{platform.system()} {platform.machine()}")


def _same_file(a: str | Path, b: str | Path) -> bool:
    """True when `a` and `b` name the same file (same device+inode, or the same path)."""
    if Path(a).resolve() == Path(b).resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


class MainWindow(MainWindowMenus, FileDialogs, QMainWindow):
    """One window showing at most one open roadmap, in tabs of views.

    Signals:
        session_changed(object): a roadmap was opened (the new RoadmapSession) or closed
            (None). Feature modules follow it to enable their actions.
    """

    session_changed = Signal(object)

    def __init__(self, settings: Settings | None = None, lang: str | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.lang = lang or ui_language()
        self.session: RoadmapSession | None = None
        self.tabs: ViewTabs | None = None
        self.view_specs = available_views()
        self.demo = False
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self._make_actions()
        self._make_menus()
        for install in feature_installers():
            install(self)
        self.saved_label = QLabel()
        self.problems_button = QPushButton()
        self.problems_button.setFlat(True)
        self.problems_button.setAccessibleName(self.tr("Problems found by the checks"))
        self.problems_button.setToolTip(self.tr("Show the problems in the wizard"))
        self.problems_button.clicked.connect(lambda: self.show_view("wizard"))
        self.problems_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.problems_button)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._show_welcome()
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        self._update_title()

    # -- opening and closing -------------------------------------------------------------

    def _show_welcome(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        title = QLabel(self.tr("Routekaart"))
        title.setStyleSheet("font-size: 26pt; font-weight: 600;")
        lay.addWidget(title)
        lay.addWidget(QLabel(self.tr("Draft, visualise and publish your cluster roadmap.")))
        for text, slot in ((self.tr("New roadmap…"), self.new_file),
                           (self.tr("Open roadmap…"), self.open_dialog)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            lay.addWidget(b)
        lay.addWidget(QLabel(self.tr("Recent roadmaps:")))
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent roadmaps"))
        for f in self.settings.recent_files():
            item = QListWidgetItem(f"{Path(f).name} — {Path(f).parent}")
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.recent_list.addItem(item)
        self.recent_list.itemActivated.connect(
            lambda it: self.open_file(it.data(Qt.ItemDataRole.UserRole)))
        lay.addWidget(self.recent_list, 1)
        self.setCentralWidget(page)

    def set_store(self, store: RoadmapStore, *, demo: bool = False, remember: bool = True) -> None:
        """Show `store` in this window (closing the roadmap shown before).

        With remember=False the file is not added to the recent files (previews, exports).
        """
        self.close_roadmap()
        self.session = RoadmapSession(store, self)
        self.session.lang = self.lang
        self.demo = demo
        self.session.changed.connect(self._on_change)
        self.session.failed.connect(self.show_error)
        self.session.notice.connect(lambda m: self.statusBar().showMessage(m, 15000))
        self.session.undo_stack.indexChanged.connect(self._update_actions)
        self.tabs = ViewTabs(self.session, self.lang, self.view_specs)
        self.tabs.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.tabs.view_built.connect(self._on_view_built)
        from desktop.app.problem_count import ProblemCount  # until the wizard counts them

        self.problem_count = ProblemCount(self.session, self.session)
        self.problem_count.counted.connect(self._show_problem_count)
        self.setCentralWidget(self.tabs)
        last = self.settings.last_view()
        self.tabs.show_view(last if last in self.tabs.keys() else self.tabs.keys()[0])
        self.tabs.currentChanged.connect(
            lambda _i: self.settings.set_last_view(self.tabs.current_key() or ""))
        if remember and not store.path.startswith(":"):
            self.settings.add_recent(store.path)
        self.saved_label.setText(self.tr("All changes are saved automatically"))
        if store.read_only:
            self.saved_label.setText(self.tr("Read-only: changes cannot be saved"))
            self._offset_read_only()
        self._update_title()
        self._update_actions()
        self.session_changed.emit(self.session)

    def _offset_read_only(self) -> None:
        """A read-only window is usually a second one on a file open elsewhere: it is put a
        little lower and to the right, so it does not hide the window that can edit."""
        if getattr(self, "_offset_done", False) or self.isMaximized() or self.isFullScreen():
            return
        self._offset_done = True
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        target = self.frameGeometry().topLeft() + QPoint(48, 48)
        if screen.contains(target + QPoint(200, 200)):
            self.move(target)

    def open_file(self, path: str | Path, *, demo: bool = False, remember: bool = True) -> bool:
        """Open the roadmap at `path` in this window, holding its single-writer lock when
        co-editing is part of the build (another Routekaart with the file open is named,
        and the user may open it read-only instead)."""
        if self.session and _same_file(self.session.path, path):
            return True  # already open here (also by another name: a link, another path)
        coedit = getattr(self, "coedit_actions", None)
        if coedit is not None:
            ok = coedit.open_file(path)
        else:
            try:
                store = RoadmapStore.open(path)
            except RoadmapError as exc:
                self.show_error(exc)
                ok = False
            else:
                self.set_store(store)
                ok = True
        if not ok:
            if not Path(path).exists():
                self.settings.remove_recent(str(path))
            return False
        if demo:
            self.demo = True
            self._update_title()
        if not remember or demo:
            self.settings.remove_recent(str(Path(path).resolve()))
        else:
            self.settings.set_last_dir(str(path))
        return True

    def _open_new(self, store: RoadmapStore) -> None:
        """Show a roadmap just created or imported: reopened through open_file, so it is
        locked like any other."""
        path = store.path
        store.close()
        self.open_file(path)

    def close_roadmap(self, *, ask: bool = False) -> bool:
        """Close the open roadmap (text still being typed is stored first). With `ask`, the
        user may keep it open when some input could not be stored; returns False then."""
        if not self.session:
            return True
        refused = self.commit_pending()
        if refused and ask and not self._confirm_losing(refused):
            return False
        session, self.session = self.session, None
        if self.tabs is not None:
            self.tabs.deleteLater()
            self.tabs = None
        self._show_welcome()
        self.problems_button.setVisible(False)
        self.session_changed.emit(None)
        session.close()
        session.deleteLater()
        self._update_title()
        self._update_actions()
        return True

    def _confirm_losing(self, refused: list[str]) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Input not stored"),
            literal(self.tr("These entries could not be stored because they are not valid: %1\n\n"
                            "Close anyway and lose them?").replace("%1", ", ".join(sorted(set(refused))))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- views ---------------------------------------------------------------------------

    def commit_pending(self) -> list[str]:
        """Store what is still being typed in any view (before closing, syncing, merging);
        returns the labels of entries that could not be stored (invalid input)."""
        refused: list[str] = []
        if self.tabs is None:
            return refused
        for view in self.tabs.views.values():
            commit = getattr(view, "commit_pending", None)
            if commit is not None:
                refused += commit() or []
        return refused

    def _on_view_built(self, key: str, view: QWidget) -> None:
        signal = getattr(view, "problems_changed", None)
        if signal is not None:
            self.problem_count.stop()
            signal.connect(self._show_problem_count)
            if getattr(view, "problems", None) is not None:  # counted while it was being built
                self._show_problem_count(len(view.problems))

    def _show_problem_count(self, n: int) -> None:
        self.problems_button.setText(self.tr("%n problem(s)", "", n))
        self.problems_button.setVisible(True)

    def show_view(self, key: str) -> QWidget | None:
        """Bring the view `key` (wizard, part_a, part_b, tables) to the front."""
        return self.tabs.show_view(key) if self.tabs else None

    @property
    def outline(self):
        """The tables view (brought to the front), or None without an open roadmap."""
        return self.show_view("tables")

    def show_item(self, entity: str, row_id: str | None, field: str | None = None) -> bool:
        """Show one item of the roadmap (e.g. the subject of a check) in a view that can."""
        return self.tabs.show_target(entity, row_id, field) if self.tabs else False

    # -- feedback ------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        self.saved_label.setText(self.tr("Saved at %1").replace("%1", time.strftime("%H:%M:%S")))
        if "roadmap" in change.entities:
            self._update_title()

    def _update_title(self) -> None:
        if not self.session:
            self.setWindowTitle("Routekaart")
            return
        title = self.session.store.roadmap()["title"] or Path(self.session.path).stem
        suffix = self.tr(" (demo)") if self.demo else ""
        ro = self.tr(" [read-only]") if self.session.store.read_only else ""
        self.setWindowTitle(f"{title}{suffix}{ro} — {Path(self.session.path).name} — Routekaart")

    def show_error(self, message: str | BaseException) -> None:
        """Tell the user what went wrong (an error is put in the interface language)."""
        if isinstance(message, BaseException):
            from desktop.domain.reasons import refusal_text

            message = refusal_text(message, self.lang)
        self.statusBar().showMessage(message, 10000)  # the status bar paints plain text
        QMessageBox.warning(self, self.tr("Routekaart"), literal(message))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Routekaart"), about_text(self.tr(
            "Routekaart %1 — draft, visualise and publish cluster innovation roadmaps "
            "(NIB method).")))

    def edit_preferences(self) -> None:
        from desktop.app import theme
        from desktop.settings.dialog import PreferencesDialog
        from desktop.settings.preferences import Preferences

        prefs = Preferences()
        before = prefs.language
        if PreferencesDialog(prefs, self).exec():
            theme.apply(prefs.theme)
            if prefs.language != before:
                QMessageBox.information(self, self.tr("Preferences"), self.tr(
                    "The new interface language is used the next time Routekaart starts."))

    def show_shortcuts(self) -> None:
        from desktop.app.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _stop_background_jobs(self) -> bool:
        """Before quitting: an export or print job still running is stopped (after asking),
        and waited for with a message, so nothing is left writing when the program ends.
        False when the user chose to keep working."""
        from desktop.app import workers

        if not workers.running():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Routekaart"),
                          self.tr("An export or a print is still running. Stop it and quit?"),
                          QMessageBox.StandardButton.NoButton, self)
        stop = box.addButton(self.tr("Stop and quit"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not stop:
            return False
        if not workers.running():
            return True  # it ended while the question was open
        from PySide6.QtWidgets import QProgressDialog

        wait = QProgressDialog(self.tr("Stopping…"), "", 0, 0, self)
        wait.setCancelButton(None)
        wait.setWindowTitle(self.tr("Routekaart"))
        wait.setMinimumDuration(0)
        wait.setWindowModality(Qt.WindowModality.WindowModal)
        wait.show()
        workers.stop_all()
        workers.wait_all()
        wait.close()
        wait.deleteLater()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._stop_background_jobs():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if not self.close_roadmap(ask=True):
            event.ignore()
            return
        event.accept()
