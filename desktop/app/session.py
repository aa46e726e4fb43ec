"""RoadmapSession: the Qt face of one open roadmap.

It owns the store and a QUndoStack. Every edit made in the app goes through
`RoadmapSession.apply`, which stores it at once (the store commits each batch) and puts
it on the undo stack. Views listen to `changed` and redraw what the `Change` names.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from db.errors import RoadmapError
from db.ops import Change, Op
from db.store import RoadmapStore
from desktop.domain.reasons import refusal_text

#: Milliseconds after opening when the co-editing document is read (the store leaves it
#: for later, so the window paints first; an edit before then reads it at once).
CRDT_LOAD_DELAY_MS = 300


class StoreCommand(QUndoCommand):
    """An applied batch on the undo stack; undo applies its inverse, redo replays it."""

    def __init__(self, session: RoadmapSession, change: Change, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._change = change
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied by RoadmapSession.apply
            self._first = False
            return
        self._session._replay(self._change.ops, "redo")

    def undo(self) -> None:
        self._session._replay(self._change.inverse, "undo")


class RoadmapSession(QObject):
    """One open roadmap in the app.

    Signals:
        changed(Change): emitted after every committed batch (edits, undo, redo).
        failed(str): an undo/redo could not be stored (message for the user).
        closing(): the roadmap is about to close; views stop their timers and store nothing
            after it (their text still being typed was stored before, by the window).
    """

    changed = Signal(object)
    closing = Signal()
    failed = Signal(str)
    notice = Signal(str)

    def __init__(self, store: RoadmapStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = "en"  # language of the messages of `failed` (the window sets its own)
        self.undo_stack = QUndoStack(self)
        self._closed = False
        store.subscribe(self._on_change)
        if not getattr(store, "crdt_loaded", True):
            QTimer.singleShot(CRDT_LOAD_DELAY_MS, self, self._load_document)

    def _load_document(self) -> None:
        if self._closed:
            return
        try:
            self.store.load_crdt()
        except RoadmapError as exc:
            self.failed.emit(refusal_text(exc, self.lang))

    @property
    def path(self) -> str:
        return self.store.path

    def apply(self, ops: Sequence[Op], text: str) -> Change:
        """Store a batch of operations and make it undoable under the name `text`.

        Everything that belongs to the edit is an operation of the batch (the store adds
        the status history of an action; a conflict's "resolved" mark is a
        `SetConflictRecords`), so undo and redo replay exactly the batch and its inverse.
        Raises the store's RoadmapError (with a message for the user) when the batch is
        refused; nothing is stored then and the undo stack is unchanged.
        """
        change = self.store.apply(ops)
        self.undo_stack.push(StoreCommand(self, change, text))
        return change

    def _replay(self, ops: Sequence[Op], origin: str) -> None:
        try:
            self.store.apply(ops, origin=origin)
        except RoadmapError as exc:
            self.failed.emit(refusal_text(exc, self.lang))

    def _on_change(self, change: Change) -> None:
        if change.origin not in ("user", "undo", "redo") and change.rows:
            self._forget_overtaken_edits(change)
        self.changed.emit(change)

    def _forget_overtaken_edits(self, change: Change) -> None:
        """A merge (sync, another copy, a restored snapshot) changed rows the user also
        edited: undoing those edits now would silently overwrite the merged values, so the
        undo history is cleared and the user is told."""
        touched = {(r.entity, r.id) for r in change.rows}
        stack = self.undo_stack
        for i in range(stack.count()):
            command = stack.command(i)
            edit = getattr(command, "_change", None)
            if edit is not None and touched & {(r.entity, r.id) for r in edit.rows}:
                stack.clear()
                self.notice.emit(self.tr(
                    "Undo history cleared: changes from colleagues were merged into items you "
                    "had edited."))
                return

    @property
    def is_open(self) -> bool:
        return not self.store.is_closed

    def close(self) -> None:
        self._closed = True
        if self.store.is_closed:
            return
        self.closing.emit()
        self.store.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.store.close()
