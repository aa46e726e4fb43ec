"""Menu actions of presentation mode: View ▸ Present (F5) and File ▸ Export presentation
deck (PPTX)…, enabled while a roadmap is open (they follow `window.session_changed`).

    from desktop.presentation import menu
    menu.install(window)   # once, when the main window is built
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget


def choose_screen(parent: QWidget | None = None) -> QScreen | None:
    """The screen to present on: asks when there are several (a second screen or beamer
    is offered first); None when the user cancels."""
    screens = QGuiApplication.screens()
    if len(screens) <= 1:
        return screens[0] if screens else None
    own = parent.screen() if parent is not None else None
    ordered = [s for s in screens if s is not own] + ([own] if own in screens else [])
    labels = [f"{s.name()} – {s.size().width()}×{s.size().height()}" for s in ordered]
    dialog = QInputDialog(parent)
    dialog.setObjectName("presentation_screen_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("PresentationMenu", "Present on which screen?"))
    dialog.setLabelText(QCoreApplication.translate("PresentationMenu", "Screen:"))
    dialog.setComboBoxItems(labels)
    dialog.setComboBoxEditable(False)
    dialog.setAccessibleName(QCoreApplication.translate("PresentationMenu", "Choose the screen to present on"))
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return ordered[labels.index(dialog.textValue())] if dialog.textValue() in labels else ordered[0]


def present(session, lang: str = "nl", screen: QScreen | None = None, parent: QWidget | None = None,
            *, theme: str = "light", full_screen: bool = True):
    """Open presentation mode for `session` on `screen` (full screen); returns the window."""
    from desktop.presentation.window import PresentationWindow

    w = PresentationWindow(session, lang, None, theme=theme)
    if parent is not None:
        w.message.connect(lambda text: _status(parent, text))
    if screen is not None:
        w.setScreen(screen)
        w.setGeometry(screen.geometry())
    if full_screen:
        w.showFullScreen()
    else:
        w.show()
    if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
        w.raise_()
        w.activateWindow()
    w.setFocus()
    return w


def _status(window, text: str) -> None:
    bar = window.statusBar() if hasattr(window, "statusBar") else None
    if bar is not None:
        bar.showMessage(text, 6000)


class PresentationActions(QObject):
    """The Present and Export-deck actions, owned by the main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("PresentationActions")
        self.window = window
        self.presentation = None
        self.present_action = QAction(QCoreApplication.translate("PresentationMenu", "&Present"), window)
        self.present_action.setObjectName("present_action")
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        tip = QCoreApplication.translate("PresentationMenu",
                                         "Show the roadmap full screen for a workshop (scenes, reveal, live edits)")
        self.present_action.setStatusTip(tip)
        self.present_action.setToolTip(tip)
        self.present_action.triggered.connect(lambda _checked=False: self.start())
        self.deck_action = QAction(
            QCoreApplication.translate("PresentationMenu", "Export presentation &deck (PPTX)…"), window)
        self.deck_action.setObjectName("export_deck_action")
        tip = QCoreApplication.translate("PresentationMenu",
                                         "Save the presentation scenes as a PowerPoint deck with speaker notes")
        self.deck_action.setStatusTip(tip)
        self.deck_action.setToolTip(tip)
        self.deck_action.triggered.connect(self.export_dialog)
        window.menu("view").addAction(self.present_action)
        add = getattr(window, "add_file_action", None)
        if add is not None:
            add(self.deck_action)
        else:
            window.menu("file").addAction(self.deck_action)
        window.session_changed.connect(self.on_session)
        self.on_session(getattr(window, "session", None))

    def on_session(self, session) -> None:
        for a in (self.present_action, self.deck_action):
            a.setEnabled(session is not None)
        current = self.presentation
        if current is not None and (session is None or current.session is not session):
            try:
                self.presentation.close()
            except RuntimeError:  # already deleted
                pass
            self.presentation = None

    def start(self, screen: QScreen | None = None):
        """Present on `screen` (None: ask when there are several). Connected to the action
        through a lambda: QAction.triggered passes a bool that is no screen."""
        if not isinstance(screen, QScreen):
            screen = None
        session = getattr(self.window, "session", None)
        if session is None:
            return None
        if screen is None:
            screen = choose_screen(self.window)
            if screen is None and len(QGuiApplication.screens()) > 1:
                return None
        self.presentation = present(session, getattr(self.window, "lang", "nl"), screen,
                                    self.window)
        self.presentation.destroyed.connect(self._gone)
        return self.presentation

    def _gone(self, *_args) -> None:
        self.presentation = None

    def export_dialog(self) -> Path | None:
        session = getattr(self.window, "session", None)
        if session is None:
            return None
        settings = getattr(self.window, "settings", None)
        folder = settings.export_dir() if hasattr(settings, "export_dir") else ""
        stem = Path(session.path).stem if session.path and session.path != ":memory:" else "roadmap"
        start = str(Path(folder or ".") / f"{stem}-presentation.pptx")
        title = QCoreApplication.translate("PresentationMenu", "Export presentation deck")
        kinds = QCoreApplication.translate("PresentationMenu", "PowerPoint deck (*.pptx)")
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, kinds)
        if not path:
            return None
        if not path.lower().endswith(".pptx"):
            path += ".pptx"
        return self.export_to(path)

    def export_to(self, path: str | Path) -> Path | None:
        """Write the deck of the open roadmap to `path` (errors are shown, not raised)."""
        from db.interchange import export_document
        from desktop.export.errors import ExportError
        from desktop.presentation.deck import export_deck

        session = getattr(self.window, "session", None)
        if session is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            lang = getattr(self.window, "lang", "nl")
            out = export_deck(export_document(session.store), lang, path)
        except (ExportError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self.window.show_error(exc)  # told in the window's language
            return None
        QApplication.restoreOverrideCursor()
        _status(self.window,
                QCoreApplication.translate("PresentationMenu", "Presentation deck saved: %1").replace("%1", str(out)))
        return out


def install(window) -> PresentationActions:
    """Add the presentation actions to the window (called once)."""
    actions = PresentationActions(window)
    window.presentation_actions = actions
    return actions
