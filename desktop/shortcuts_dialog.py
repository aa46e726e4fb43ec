"""Help → Keyboard shortcuts: every menu action with its shortcut, read from the menus."""

from __future__ import annotations

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
            if keys and not a.isSeparator():
                rows.append((menu_name, a.text().replace("&", ""), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    """A table of the application's keyboard shortcuts."""

    def __init__(self, window: QMainWindow, extra: list[tuple[str, str, str]] = ()) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window) + list(extra)
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        lay.addWidget(buttons)
        self.resize(560, 480)
