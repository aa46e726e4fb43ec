"""RoadmapSession: the Qt face of one open roadmap.

It owns the store and a QUndoStack. Every edit made in the app goes through
`RoadmapSession.apply`, which stores it at once (the store commits each batch) and puts
it on the undo stack. Views listen to `changed` and redraw what the `Change` names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from db.errors import RoadmapError
from db.ops import Change, Op
from db.store import RoadmapStore
from desktop.domain.status_history import with_status_history
from desktop.reasons import refusal_text

#: Milliseconds after opening when the co-editing document is read (the store leaves it
#: for later, so the window paints first; an edit before then reads it at once).
CRDT_LOAD_DELAY_MS = 300


class StoreCommand(QUndoCommand):
    """An applied batch on the undo stack; undo applies its inverse, redo replays it."""

    def __init__(self, session: RoadmapSession, change: Change, text: str, *,
                 on_redo: Callable[[], None] | None = None,
                 on_undo: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self._session = session
        self._change = change
        self._first = True
        self._on_redo, self._on_undo = on_redo, on_undo

    def redo(self) -> None:
        if self._first:  # already applied by RoadmapSession.apply
            self._first = False
            return
        self._session._replay(self._change.ops, "redo")
        if self._on_redo is not None:
            self._session._guard(self._on_redo)

    def undo(self) -> None:
        self._session._replay(self._change.inverse, "undo")
        if self._on_undo is not None:
            self._session._guard(self._on_undo)


class RoadmapSession(QObject):
    """One open roadmap in the app.

    Signals:
        changed(Change): emitted after every committed batch (edits, undo, redo).
        failed(str): an undo/redo could not be stored (message for the user).
    """

    changed = Signal(object)
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

    def apply(self, ops: Sequence[Op], text: str, *, on_redo: Callable[[], None] | None = None,
              on_undo: Callable[[], None] | None = None) -> Change:
        """Store a batch of operations and make it undoable under the name `text`.

        A change of an action's status also records an `action_status_event` (the status
        history) in the same batch. Raises the store's RoadmapError (with a message for the
        user) when the batch is refused; nothing is stored then and the undo stack is
        unchanged. `on_redo` runs after the batch (now and on every redo) and `on_undo`
        after its undo: for a step outside the tables that belongs to the edit, such as
        marking a reviewed conflict resolved.
        """
        change = self.store.apply(with_status_history(ops, self.store))
        if on_redo is not None:  # a step outside the tables that belongs to this edit
            on_redo()
        self.undo_stack.push(StoreCommand(self, change, text, on_redo=on_redo, on_undo=on_undo))
        return change

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except RoadmapError as exc:
            self.failed.emit(refusal_text(exc, self.lang))

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

    def close(self) -> None:
        self._closed = True
        self.store.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.store.close()
