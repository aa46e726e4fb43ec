"""Help → Keyboard shortcuts: every menu action with its shortcut, read from the menus,
then the keys of the timeline canvas and of presentation mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every menu action that has a shortcut."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        menu_name = menu.title().replace("&", "")
        for a in menu.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()]
            if not keys and a.property("help_keys"):  # shown in the menu, handled by the widget
                keys = [QKeySequence(a.property("help_keys")).toString(
                    QKeySequence.SequenceFormat.NativeText)]
            if keys and not a.isSeparator():
                # Undo/Redo carry the undo text ("Undo Move action"): the help names the command
                name = a.property("help_text") or a.text().split("\t")[0]
                rows.append((menu_name, name.replace("&", ""), ", ".join(keys)))
    return rows


def _native(keys: tuple[str, ...]) -> str:
    if keys == tuple("123456789"):
        return "1–9"
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def key_table_rows() -> list[tuple[str, str, str]]:
    """(place, command, keys) of the timeline canvas and presentation mode."""
    from desktop.canvas.keys import GESTURES
    from desktop.canvas.keys import KEYS as CANVAS
    from desktop.presentation.keys import KEYS as PRESENTATION

    translate = QCoreApplication.translate
    timeline = translate("ShortcutsDialog", "Timeline (Part B)")
    rows = [(timeline, translate("CanvasKeys", text), _native(keys)) for keys, text in CANVAS]
    rows += [(timeline, translate("CanvasKeys", text), translate("CanvasKeys", gesture))
             for gesture, text in GESTURES]
    place = translate("ShortcutsDialog", "Presentation")
    rows += [(place, translate("PresentationKeys", text), _native(keys))
             for keys, text in PRESENTATION]
    return rows


class ShortcutsDialog(QDialog):
    """A table of the application's keyboard shortcuts."""

    def __init__(self, window: QMainWindow, extra: list[tuple[str, str, str]] = ()) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window) + key_table_rows() + list(extra)
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the command takes the room left: the keys column is never pushed out of sight
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        lay.addWidget(buttons)
        self.resize(720, 560)
