"""Light, dark or system colour scheme for the whole application."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark,
            "system": Qt.ColorScheme.Unknown}


def apply(theme: str) -> None:
    """Switch the running application to `theme` ('system', 'light' or 'dark')."""
    app = QApplication.instance()
    if theme in ("light", "dark"):
        app.setStyle("Fusion")  # follows the colour scheme on every platform
    app.styleHints().setColorScheme(_SCHEMES.get(theme, Qt.ColorScheme.Unknown))
