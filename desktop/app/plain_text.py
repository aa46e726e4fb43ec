"""Showing text from co-authors, files and the shared folder as plain text.

Qt guesses "rich text" for strings that look like HTML (QMessageBox, QLabel and tool tips
use Qt::AutoText), so a co-author called `<h1 style="color:red">X</h1>` would be shown as
a large red heading, a link or a local image. Everything that can hold such text goes
through these helpers.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

mightBeRichText = QtGuiNamespace.mightBeRichText


def literal(text: str | None) -> str:
    """`text` for a place that guesses rich text (tool tips, static QMessageBox functions):
    unchanged when Qt would show it as plain text anyway, else escaped inside a rich-text
    wrapper so it is shown exactly as written (line breaks kept)."""
    if not text:
        return ""
    if not mightBeRichText(text):
        return text
    body = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{body}</qt>"


tooltip = literal


def action_text(text: str | None) -> str:
    """`text` for a QAction or menu entry: an "&" is shown, not taken as a shortcut mark."""
    return (text or "").replace("&", "&&")


def label(widget: QLabel) -> QLabel:
    """Make `widget` show its text literally (and let the user select and copy it)."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.StandardButton.Ok,
                default=QMessageBox.StandardButton.NoButton) -> QMessageBox.StandardButton:
    """QMessageBox.warning/question/... with the text shown literally and selectable."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.NoButton
