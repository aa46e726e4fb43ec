"""Cut, Copy, Paste, Delete and Select All in the Edit menu, for whatever has the focus.

On the Part B canvas they act on the selected actions, on the Part A overview on the
selected boxes, in a wizard table or the Tables tab on the selected rows (each one undo
step, through `RoadmapSession.apply`); in a text field on its text. The menu shows the
usual keys but does not take them over: the focused widget keeps handling Ctrl+X/C/V, Del
and Ctrl+A itself, so text fields, tables and the canvas behave as they do without the menu.
The entries are enabled as the focus, the selection and the clipboard allow.

An object that wants these commands offers can_cut/can_copy/can_paste/can_delete (and
can_select_all) and cut/copy/paste/delete_selected (select_all): the timeline view, the
Part A view and the table views (desktop.app.row_clipboard.RowCommands) do.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QGraphicsView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

COMMANDS = ("cut", "copy", "paste", "delete", "select_all")


def _text_widget(w):
    if isinstance(w, QAbstractSpinBox):
        return w.findChild(QLineEdit)
    return w if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)) else None


class EditCommands(QObject):
    def __init__(self, window, menu: QMenu, before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.target: QWidget | None = None
        K = QKeySequence.StandardKey
        texts = {"cut": (self.tr("Cu&t"), K.Cut), "copy": (self.tr("&Copy"), K.Copy),
                 "paste": (self.tr("&Paste"), K.Paste), "delete": (self.tr("&Delete"), K.Delete),
                 "select_all": (self.tr("Select &All"), K.SelectAll)}
        self.actions: dict[str, QAction] = {}
        self._watched: set[int] = set()
        if before is not None:
            menu.insertSeparator(before)  # Undo, Redo | Cut … Delete | the rest
        for name in COMMANDS:
            text, key = texts[name]
            keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            a = QAction(f"{text}\t{keys}", window)  # the key is shown, the widget handles it
            a.setObjectName(f"edit_{name}_action")
            a.setProperty("help_keys", QKeySequence(key).toString())
            a.triggered.connect(lambda _=False, n=name: self.run(n))
            self.actions[name] = a
            if before is not None:
                menu.insertAction(before, a)
            else:
                menu.addAction(a)
        menu.aboutToShow.connect(self.update)
        QApplication.instance().focusChanged.connect(self._on_focus)
        QApplication.clipboard().dataChanged.connect(self.update)
        self.update()

    def _on_focus(self, _old, new) -> None:
        if new is None or isinstance(new, QMenu):
            return  # a menu opened: the command is for what had the focus before
        try:
            if new.window() is not self.window:
                return
        except RuntimeError:
            return
        self.target = new
        # follow the selection of a canvas or a table too
        watched = None
        if isinstance(new, QGraphicsView):
            watched = new.scene()
        elif isinstance(new, QAbstractItemView):
            watched = new.selectionModel()  # a new one when the table gets another model
        if watched is not None and id(watched) not in self._watched:
            key = id(watched)
            self._watched.add(key)
            watched.selectionChanged.connect(self.update)
            watched.destroyed.connect(lambda _=None, k=key: self._watched.discard(k))
        self.update()

    def _target(self):
        """The widget the commands go to: a text field, or the nearest owner of
        can_*/cut/... (the canvas), or None."""
        w = self.target
        try:
            if w is None or w.window() is not self.window or not w.isVisible():
                return None
        except RuntimeError:  # deleted with its view
            self.target = None
            return None
        text = _text_widget(w)
        if text is not None:
            return text
        while w is not None:
            if hasattr(w, "can_copy"):
                return w
            w = w.parentWidget()
        return None

    def can(self, name: str) -> bool:
        t = self._target()
        if t is None or getattr(self.window, "session", None) is None:
            return False
        if isinstance(t, QLineEdit):
            has = t.hasSelectedText()
            return {"cut": has and not t.isReadOnly(), "copy": has,
                    "paste": not t.isReadOnly() and bool(QApplication.clipboard().text()),
                    "delete": has and not t.isReadOnly(), "select_all": bool(t.text())}[name]
        if isinstance(t, (QTextEdit, QPlainTextEdit)):
            has = t.textCursor().hasSelection()
            return {"cut": has and not t.isReadOnly(), "copy": has,
                    "paste": not t.isReadOnly() and t.canPaste(),
                    "delete": has and not t.isReadOnly(),
                    "select_all": not t.document().isEmpty()}[name]
        can = getattr(t, f"can_{name}", None)
        return bool(can is not None and can())

    def update(self) -> None:
        for name, a in self.actions.items():
            a.setEnabled(self.can(name))

    def run(self, name: str) -> None:
        t = self._target()
        if t is None or not self.can(name):
            return
        if isinstance(t, QLineEdit):
            {"cut": t.cut, "copy": t.copy, "paste": t.paste, "delete": t.del_,
             "select_all": t.selectAll}[name]()
        elif isinstance(t, (QTextEdit, QPlainTextEdit)):
            if name == "delete":
                t.textCursor().removeSelectedText()
            elif name == "select_all":
                t.selectAll()
            else:
                getattr(t, name)()
        else:
            getattr(t, "delete_selected" if name == "delete" else name)()
        t.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()


def install(window) -> EditCommands:
    edit = window.menu("edit")
    before = next((a for a in edit.actions() if a.isSeparator()), None)
    commands = EditCommands(window, edit, before)
    window.edit_commands = commands
    return commands
