"""Light, dark or system colour scheme for the whole application."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

#: Lists, tables, text areas and the canvas show clearly when they have the keyboard focus
#: (line edits, buttons and combo boxes get the style's own focus frame). The border has
#: the same width with and without focus, so nothing moves when the focus does.
FOCUS_CSS = ("QAbstractScrollArea { border: 2px solid palette(midlight); }\n"
             "QAbstractScrollArea:focus { border: 2px solid palette(highlight); }\n"
             "QScrollArea { border: none; }\n")  # a page that scrolls: a container, no frame

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark,
            "system": Qt.ColorScheme.Unknown}


def apply(theme: str) -> None:
    """Switch the running application to `theme` ('system', 'light' or 'dark')."""
    app = QApplication.instance()
    if theme in ("light", "dark"):
        app.setStyle("Fusion")  # follows the colour scheme on every platform
    app.styleHints().setColorScheme(_SCHEMES.get(theme, Qt.ColorScheme.Unknown))
    if FOCUS_CSS not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_CSS)
