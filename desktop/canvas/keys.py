"""The keys and mouse gestures of the Part B timeline, for the shortcut help.

Each entry is (keys, description); `keys` are QKeySequence strings where they are keys,
descriptions are translated in the "CanvasKeys" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

KEYS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Left", "Right"), QT_TRANSLATE_NOOP("CanvasKeys", "Move the selection by one snap unit")),
    (("Shift+Left", "Shift+Right"), QT_TRANSLATE_NOOP("CanvasKeys", "Make the selected action shorter / longer")),
    (("Up", "Down"), QT_TRANSLATE_NOOP("CanvasKeys", "Move the selection to the lane above / below")),
    (("Del", "Backspace"), QT_TRANSLATE_NOOP("CanvasKeys", "Delete the selection")),
    (("Ctrl+X", "Ctrl+C", "Ctrl+V"), QT_TRANSLATE_NOOP("CanvasKeys", "Cut, copy, paste actions")),
    (("Ctrl+A",), QT_TRANSLATE_NOOP("CanvasKeys", "Select all actions")),
    (("F",), QT_TRANSLATE_NOOP("CanvasKeys", "Fit the whole chart")),
    (("Esc",), QT_TRANSLATE_NOOP("CanvasKeys", "Cancel a drag, clear the selection")),
)

#: Mouse gestures: shown as text (not key sequences).
GESTURES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("CanvasKeys", "Ctrl+wheel"), QT_TRANSLATE_NOOP("CanvasKeys", "Zoom in or out")),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Space+drag, middle button"), QT_TRANSLATE_NOOP("CanvasKeys", "Pan")),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Alt+drag"),
     QT_TRANSLATE_NOOP("CanvasKeys", "Draw a dependency between two items")),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Double-click"),
     QT_TRANSLATE_NOOP("CanvasKeys", "Edit an action, or add one in an empty lane")),
)
