"""The keys of presentation mode, for the shortcut help and the interface walk.

Each entry is (keys, description): `keys` are QKeySequence strings (portable form), the
description is translated in the "PresentationKeys" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

KEYS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Right", "Space", "PgDown", "Down"), QT_TRANSLATE_NOOP("PresentationKeys", "Next reveal step or scene")),
    (("Left", "PgUp", "Up", "Backspace"), QT_TRANSLATE_NOOP("PresentationKeys", "Previous reveal step or scene")),
    (("Home", "End"), QT_TRANSLATE_NOOP("PresentationKeys", "First / last scene")),
    (tuple("123456789"), QT_TRANSLATE_NOOP("PresentationKeys", "Jump to scene 1–9")),
    (("A",), QT_TRANSLATE_NOOP("PresentationKeys", "Reveal the whole scene")),
    (("Z",), QT_TRANSLATE_NOOP("PresentationKeys", "Zoom in on what each reveal step adds")),
    (("F", "W"), QT_TRANSLATE_NOOP("PresentationKeys", "Fit the whole figure / fit the width")),
    (("+", "-"), QT_TRANSLATE_NOOP("PresentationKeys", "Zoom in / out (drag or wheel to pan)")),
    (("P",), QT_TRANSLATE_NOOP("PresentationKeys", "Follow the path of an objective")),
    (("L",), QT_TRANSLATE_NOOP("PresentationKeys", "Laser pointer / spotlight")),
    (("T",), QT_TRANSLATE_NOOP("PresentationKeys", "Light or dark theme")),
    (("N",), QT_TRANSLATE_NOOP("PresentationKeys", "Quick-add an action in the lane under the pointer")),
    (("S", "Shift+S", "K"),
     QT_TRANSLATE_NOOP("PresentationKeys",
                       "Sticky note / onto the parking lot / move a note to or from the parking lot")),
    (("C",),
     QT_TRANSLATE_NOOP("PresentationKeys",
                       "Next scenario: show only its programmes and their actions (then all again)")),
    (("V",),
     QT_TRANSLATE_NOOP("PresentationKeys",
                       "Dot-voting board: 1–9 or Space a dot, − take one back, ←→ what to vote on, Enter participant")),
    (("Ctrl+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("PresentationKeys", "Undo / redo")),
    (("Esc",), QT_TRANSLATE_NOOP("PresentationKeys", "Clear the path or laser, else leave the presentation")),
)
