"""File-menu actions of the export feature: "Export report…" (Ctrl+E), "Export poster…"
and "Export images…". Each opens the export dialog with that kind of export selected.
The actions are enabled only while a roadmap is open (they follow
`window.session_changed`).

    from desktop.export_ui import menu
    menu.install(window)   # once, when the main window is built
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

KINDS = ("report", "poster", "images")



class ExportActions(QObject):
    """The three actions, owned by the window; `open_dialog(kind)` shows the dialog."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("ExportActions")
        self.window = window
        self.dialog = None
        texts = {"report": QCoreApplication.translate("ExportMenu", "Export &report…"),
                 "poster": QCoreApplication.translate("ExportMenu", "Export &poster…"),
                 "images": QCoreApplication.translate("ExportMenu", "Export &images…")}
        tips = {"report": QCoreApplication.translate("ExportMenu", "Write the roadmap report as Word and/or PDF"),
                "poster": QCoreApplication.translate("ExportMenu",
                                                     "Print the roadmap visuals as an A3 or A2 landscape poster"),
                "images": QCoreApplication.translate("ExportMenu", "Save the roadmap visuals as PNG and SVG images")}
        self.actions: dict[str, QAction] = {}
        for kind in KINDS:
            a = QAction(texts[kind], window)
            a.setObjectName(f"export_{kind}_action")
            a.setStatusTip(tips[kind])
            a.setToolTip(tips[kind])
            a.triggered.connect(lambda _=False, k=kind: self.open_dialog(k))
            self.actions[kind] = a
        self.actions["report"].setShortcut(QKeySequence("Ctrl+E"))
        add = getattr(window, "add_file_action", None)
        file_menu = window.menu("file")
        for kind in KINDS:
            if add is not None:
                add(self.actions[kind])
            else:
                file_menu.addAction(self.actions[kind])
        window.session_changed.connect(self.on_session)
        self.on_session(getattr(window, "session", None))

    def on_session(self, session) -> None:
        for a in self.actions.values():
            a.setEnabled(session is not None)
        if session is None and self.dialog is not None and not self.dialog.busy:
            self.dialog.close()

    def open_dialog(self, kind: str = "report"):
        """Show the export dialog for the open roadmap with `kind` preselected; returns it."""
        session = getattr(self.window, "session", None)
        if session is None:
            return None
        from desktop.export_ui.dialog import ExportDialog

        if self.dialog is not None and self.dialog.busy:  # one export at a time
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ExportDialog(session, getattr(self.window, "lang", "nl"), self.window,
                                   settings=getattr(self.window, "settings", None))
        self.dialog.preset(kind)
        self.dialog.exported.connect(self._exported)
        self.dialog.open()
        return self.dialog

    def _exported(self, paths: list) -> None:
        bar = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if bar is not None:
            bar.showMessage(self.tr("Exported %n file(s)", "", len(paths)), 8000)


def install(window) -> ExportActions:
    """Add the export actions to the window's File menu (called once)."""
    actions = ExportActions(window)
    window.export_actions = actions
    return actions
