"""The main window's file commands that ask for a file first: open, new, save as, import
and export roadmap JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from db.errors import RoadmapError
from db.interchange import export_json, import_document, load_json
from db.store import RoadmapStore


class FileDialogs:
    """The file dialogs of MainWindow (`self` is the window)."""

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open roadmap"),
                                              self.settings.last_dir(), self.roadmap_filter())
        if path:
            self.open_file(path)

    def _ask_roadmap_path(self, title: str, start: str | None = None) -> str | None:
        """Ask where to put a roadmap file; adds the .roadmap extension when missing."""
        path, _ = QFileDialog.getSaveFileName(self, title, start or self.settings.last_dir(), self.roadmap_filter())
        if not path:
            return None
        return path if path.endswith(".roadmap") else path + ".roadmap"

    def new_file(self) -> None:
        path = self._ask_roadmap_path(self.tr("New roadmap"))
        if not path:
            return
        try:
            store = RoadmapStore.create(path, title=self.tr("New roadmap"))
        except RoadmapError as exc:
            self.show_error(exc)
            return
        self._open_new(store)

    def save_as(self) -> None:
        """Copy the roadmap to a new file (SQLite backup API) and continue in the copy."""
        if not self.session:
            return
        path = self._ask_roadmap_path(self.tr("Save roadmap as"))
        if not path or Path(path).resolve() == Path(self.session.path).resolve():
            return
        try:
            self.session.store.backup_to(path)
        except RoadmapError as exc:
            self.show_error(exc)
            return
        self.open_file(path)

    def import_json(self) -> None:
        src, _ = QFileDialog.getOpenFileName(self, self.tr("Import roadmap JSON"),
                                             self.settings.last_dir(), self.json_filter())
        if not src:
            return
        target = self._ask_roadmap_path(self.tr("Save the imported roadmap as"),
                                        str(Path(src).with_suffix(".roadmap")))
        if not target:
            return
        try:
            store = import_document(load_json(src), target)
        except RoadmapError as exc:
            self.show_error(exc)
            return
        self._open_new(store)

    def export_json(self) -> None:
        if not self.session:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export roadmap JSON"),
            str(Path(self.session.path).with_suffix(".json")), self.json_filter())
        if not target:
            return
        try:
            export_json(self.session.store, target)
        except RoadmapError as exc:
            self.show_error(exc)
            return
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", target), 8000)
