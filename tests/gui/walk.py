"""Helpers for walking the interface the way a user does: every action through
QAction.trigger(), every shortcut through a key event, modal dialogs answered by a timer.

The `Answerer` stands in for the user at a modal dialog. It polls (every 25 ms, also inside
the nested event loop of QDialog.exec / QMessageBox / QFileDialog static functions) for the
active modal widget or popup and answers it:

- QFileDialog in save mode: a fresh file name in the answer folder, accepted;
  directory mode: a fresh empty folder, accepted; open mode: cancelled
  (or `open_with` when set);
- QMessageBox: its default button (else its escape button) is clicked;
- QMenu popup (a context or path menu): it is closed and each of its actions triggered;
- QPrintDialog: the "Print to File (PDF)" printer chosen and a fresh file name typed, then
  accepted (or cancelled with `cancel_print`);
- any other dialog (our own, QInputDialog): its QActions are triggered when it is one of
  ours, then it is rejected.

Native dialogs are switched off (AA_DontUseNativeDialogs) so the Qt widget dialogs are
shown on every platform; nothing is monkeypatched.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
    QWidget,
)


class Answerer(QObject):
    def __init__(self, folder: Path, parent=None) -> None:
        super().__init__(parent)
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.counter = itertools.count(1)
        self.seen: list[str] = []  # one line per answered dialog: class and title
        self.popup_actions: list[str] = []  # texts of the popup-menu actions triggered
        self.written: list[Path] = []
        self.open_with: str | None = None
        self.messages: list[str] = []  # the texts of the message boxes answered
        self.leave_alone: tuple[type, ...] = ()  # dialogs the test answers itself
        self.printed: list[Path] = []  # the PDF files the print dialog was told to write
        self.cancel_print = False
        self.timer = QTimer(self)
        self.timer.setInterval(25)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def answer(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            self.seen.append(f"QMenu {popup.objectName() or popup.title()}")
            actions = [a for a in popup.actions()
                       if a.isEnabled() and not a.isSeparator() and a.menu() is None]
            popup.close()  # may delete it (WA_DeleteOnClose): the actions are triggered below
            for a in actions:
                try:
                    text = a.text()
                except RuntimeError:
                    continue
                self.popup_actions.append(text)
                a.trigger()
            return
        w = QApplication.activeModalWidget()
        if w is None or not w.isVisible() or isinstance(w, self.leave_alone):
            return
        self.seen.append(f"{type(w).__name__} {w.windowTitle()}")
        if len(self.seen) > 2000:
            raise AssertionError(f"a dialog does not go away: {self.seen[-3:]}")
        if isinstance(w, QFileDialog):
            self._answer_file(w)
        elif isinstance(w, QPrintDialog):
            self._answer_print(w)
        elif isinstance(w, QMessageBox):
            self.messages.append(w.text())
            button = w.defaultButton() or w.escapeButton()
            if button is None and w.buttons():
                button = w.buttons()[0]
            if button is not None:
                button.click()
            else:
                w.reject()
        elif isinstance(w, QDialog):
            if type(w).__module__.startswith("desktop."):
                for a in w.findChildren(QAction):
                    if a.isEnabled() and not a.isSeparator() and a.menu() is None:
                        a.trigger()
            w.reject()
        else:
            w.close()

    def _answer_print(self, w: QPrintDialog) -> None:
        if self.cancel_print:
            w.reject()
            return
        printers = w.findChild(QComboBox, "printers")
        if printers is not None:  # what a user picks: the PDF printer, not a real one
            for i in range(printers.count()):
                if "PDF" in printers.itemText(i) or "file" in printers.itemText(i).lower():
                    printers.setCurrentIndex(i)
                    break
        target = self.folder / f"{next(self.counter)}-print.pdf"
        edit = w.findChild(QLineEdit, "filename")
        if edit is None:
            w.printer().setOutputFileName(str(target))
        else:
            edit.setText(str(target))
        self.printed.append(target)
        self.written.append(target)
        w.accept()

    def _answer_file(self, w: QFileDialog) -> None:
        n = next(self.counter)
        mode = w.fileMode()
        if mode == QFileDialog.FileMode.Directory:
            target = self.folder / f"folder-{n}"
            target.mkdir()
        elif w.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            suggested = (w.selectedFiles() or ["file"])[0]
            target = self.folder / f"{n}-{Path(suggested).name or 'file'}"
            self.written.append(target)
        elif self.open_with:
            target = Path(self.open_with)
        else:
            w.reject()
            return
        w.setDirectory(str(target.parent))
        edit = w.findChild(QLineEdit, "fileNameEdit")
        if edit is not None:  # what typing the name does
            edit.setText(target.name)
        else:
            w.selectFile(target.name)
        w.accept()


def key_events(seq: QKeySequence) -> list[tuple[Qt.Key, Qt.KeyboardModifier]]:
    """The (key, modifiers) presses of a shortcut."""
    out = []
    for i in range(seq.count()):
        combo = seq[i]
        out.append((combo.key(), combo.keyboardModifiers()))
    return out


def menu_actions(menu: QMenu, path: str = "") -> list[tuple[str, QAction]]:
    """Every action of `menu` and its submenus (dynamic menus are filled by showing them)."""
    menu.aboutToShow.emit()  # what Qt does when the user opens it: dynamic menus fill up
    out = []
    title = f"{path}/{menu.title().replace('&', '')}"
    for a in menu.actions():
        if a.isSeparator():
            continue
        if a.menu() is not None:
            out += menu_actions(a.menu(), title)
        else:
            out.append((f"{title}/{a.text().replace('&', '')}", a))
    return out


def window_actions(window: QWidget) -> list[tuple[str, QAction]]:
    """Menu bar, tool bars (visible ones), tool-button menus and context-menu actions."""
    out: list[tuple[str, QAction]] = []
    if hasattr(window, "menuBar"):
        for top in window.menuBar().actions():
            if top.menu() is not None and top.isVisible():
                out += menu_actions(top.menu())
    for bar in window.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        name = bar.accessibleName() or bar.objectName()
        for a in bar.actions():
            if a.isSeparator() or not a.isVisible():
                continue
            if a.menu() is not None:
                out += menu_actions(a.menu(), name)
            elif bar.widgetForAction(a) is not None and not isinstance(
                    bar.widgetForAction(a), QToolButton):
                continue  # an embedded widget (combo box): reached by its own tests
            else:
                out.append((f"{name}/{a.text()}", a))
    for button in window.findChildren(QToolButton):
        if button.isVisible() and button.menu() is not None:
            out += menu_actions(button.menu(), button.accessibleName() or button.text())
    for w in window.findChildren(QWidget):
        if w.isVisible() and w.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
            for a in w.actions():
                if not a.isSeparator():
                    out.append((f"context:{w.accessibleName() or w.objectName()}/{a.text()}", a))
    seen, unique = set(), []
    for name, a in out:
        if id(a) not in seen:
            seen.add(id(a))
            unique.append((name, a))
    return unique
