"""File ▸ Import reference lane… and File ▸ Remove reference lane…: another roadmap's
milestones, read from its roadmap JSON, drawn as a read-only lane under Part B.

The import stores the other roadmap and its milestones as rows (`reference_roadmap` with
`part_b_lane` set, `reference_milestone`) in one `apply`, so undo, sync and every view see
it; removing the lane clears the flag (the other roadmap stays in the step 0 inventory).

    from desktop.canvas import reference_menu
    reference_menu.install(window)   # once, when the main window is built
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog

from db.errors import RoadmapError
from db.interchange import export_document, import_document, load_json
from db.ops import Update
from desktop.domain.visuals.reference_lanes import import_ops, lane_roadmaps


class ReferenceLaneActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("ReferenceLaneActions")
        self.window = window
        self.import_action = QAction(self.tr("Import reference &lane…"), window)
        self.import_action.setObjectName("import_reference_lane_action")
        tip = self.tr("Show another roadmap's milestones, from its roadmap JSON, as a read-only lane under Part B")
        self.import_action.setStatusTip(tip)
        self.import_action.setToolTip(tip)
        self.import_action.triggered.connect(lambda _c=False: self.import_dialog())
        self.remove_action = QAction(self.tr("Remove reference lane…"), window)
        self.remove_action.setObjectName("remove_reference_lane_action")
        self.remove_action.setStatusTip(self.tr("Stop showing another roadmap as a lane in Part B"))
        self.remove_action.triggered.connect(lambda _c=False: self.remove_dialog())
        for a in (self.import_action, self.remove_action):
            window.add_file_action(a)
        window.session_changed.connect(self.on_session)
        self.on_session(getattr(window, "session", None))

    def on_session(self, session) -> None:
        self.import_action.setEnabled(session is not None)
        self.remove_action.setEnabled(session is not None)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def import_dialog(self) -> str | None:
        """Ask for a roadmap JSON file and import its milestones as a lane; returns the id
        of the new other roadmap (None when cancelled or refused)."""
        session = self.window.session
        if session is None:
            return None
        settings = getattr(self.window, "settings", None)
        start = settings.last_dir() if hasattr(settings, "last_dir") else ""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import reference lane from roadmap JSON"), start,
                                              self.window.json_filter())
        if not path:
            return None
        return self.import_file(path)

    def import_file(self, path: str | Path) -> str | None:
        session = self.window.session
        try:
            raw = load_json(path)
            with import_document(raw, ":memory:") as other:  # checks it as a roadmap JSON
                doc = export_document(other)
        except RoadmapError as exc:
            self.window.show_error(exc)
            return None
        ops, rid = import_ops(doc, source=Path(path).stem)
        n = len(ops) - 1
        if n == 0:
            self.window.show_error(self.tr("%1 has no dated milestones to show as a lane.")
                                   .replace("%1", Path(path).name))
            return None
        title = ops[0].values["title"]
        try:
            session.apply(ops, self.tr("Import reference lane"))
        except RoadmapError as exc:
            self.window.show_error(exc)
            return None
        self._status(self.tr("Reference lane %1 added under Part B (milestones: %2)")
                     .replace("%1", title).replace("%2", str(n)))
        return rid

    def remove_dialog(self) -> str | None:
        """Ask which lane to remove (when there are several) and clear its flag."""
        session = self.window.session
        if session is None:
            return None
        lanes = lane_roadmaps(session.store.rows("reference_roadmap"))
        if not lanes:
            self._status(self.tr("Part B shows no reference lane."))
            return None
        labels = [r.get("title") or "?" for r in lanes]
        if len(lanes) == 1:
            chosen = lanes[0]
        else:
            label, ok = QInputDialog.getItem(self.window, self.tr("Remove reference lane"), self.tr("Lane:"), labels, 0,
                                             False)
            if not ok or label not in labels:
                return None
            chosen = lanes[labels.index(label)]
        session.apply([Update("reference_roadmap", chosen["id"], {"part_b_lane": False})],
                      self.tr("Remove reference lane"))
        self._status(self.tr("Reference lane %1 removed from Part B").replace("%1", chosen.get("title") or ""))
        return chosen["id"]


def install(window) -> ReferenceLaneActions:
    actions = ReferenceLaneActions(window)
    window.reference_lane_actions = actions
    return actions
