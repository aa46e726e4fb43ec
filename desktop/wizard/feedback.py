"""Inline feedback under an editor: why an edit was not stored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from db.errors import RoadmapError, ValidationError

ERROR_STYLE = "color: #b3261e; font-size: 9pt;"


def explain(exc: Exception, label: str, lang: str = "en") -> str:
    """A message for a refused edit: the field's label and the reason (in `lang`), without
    ids."""
    from desktop.domain.reasons import reason_text

    reason = reason_text(exc, lang) if isinstance(exc, ValidationError) else str(exc)
    if isinstance(exc, ValueError) and ": " in reason:
        reason = reason.split(": ", 1)[1]
    text = QCoreApplication.translate("Wizard", "Not stored — %1: %2")
    return text.replace("%1", label).replace("%2", reason)


class InlineError(QLabel):
    """A red one-line message, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote the roadmap's own text
        self.setAccessibleName(QCoreApplication.translate("Wizard", "Input problem"))
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


__all__ = ["InlineError", "RoadmapError", "explain"]
