"""RoadmapSession: the Qt face of one open roadmap.

It owns the store and a QUndoStack. Every edit made in the app goes through
`RoadmapSession.apply`, which stores it at once (the store commits each batch) and puts
it on the undo stack. Views listen to `changed` and redraw what the `Change` names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from db.errors import RoadmapError
from db.ops import Change, Move, Op, Update
from db.store import RoadmapStore
from desktop.app import heap
from desktop.domain.reasons import refusal_text
from desktop.domain.rowcache import RowCache

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


def _rebase(edit: Change, merged: dict[tuple[str, str], set[str] | None]) -> Change | None:
    """`edit` without what a merge set (see RoadmapSession._forget_overtaken_edits): the
    same Change when the merge did not touch it, None when it must be dropped."""
    mine = {(r.entity, r.id) for r in edit.rows}
    hit = {k: v for k, v in merged.items() if k in mine}
    if not hit:
        return edit

    def strip(ops: Sequence[Op]) -> list[Op] | None:
        out: list[Op] = []
        for op in ops:
            row = (getattr(op, "entity", None), getattr(op, "id", None))
            if row not in hit:
                out.append(op)
                continue
            fields = hit[row]
            if fields is None or not isinstance(op, (Update, Move)):
                return None  # a created/deleted row, or a merged row created/deleted here
            if isinstance(op, Move):
                if "position" not in fields:
                    out.append(op)
                continue
            rest = {k: v for k, v in op.values.items() if k not in fields}
            if rest:
                out.append(Update(op.entity, op.id, rest))
        return out

    ops, inverse = strip(edit.ops), strip(edit.inverse)
    if ops is None or inverse is None or not inverse:
        return None
    rows = []
    for r in edit.rows:
        fields = hit.get((r.entity, r.id), set())
        if fields is None:
            return None
        if r.kind == "move" and "position" in fields:
            continue
        left = tuple(f for f in r.fields if f not in fields)
        if r.kind == "update" and not left:
            continue
        rows.append(replace(r, fields=left) if r.kind == "update" else r)
    if (tuple(ops), tuple(inverse), tuple(rows)) == (tuple(edit.ops), tuple(edit.inverse),
                                                     tuple(edit.rows)):
        return edit  # the merge set other fields of the same rows: nothing taken out
    return replace(edit, ops=tuple(ops), inverse=tuple(inverse), rows=tuple(rows))


class RoadmapSession(QObject):
    """One open roadmap in the app.

    Signals:
        changed(Change): emitted after every committed batch (edits, undo, redo); `rows`
            is already up to date with it when the signal is emitted.
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
        #: the one row cache of this roadmap, read by every view (wizard, presentation,
        #: problem count), patched from each change before `changed` is emitted
        self.rows = RowCache(store)
        self._closed = False
        store.subscribe(self._on_change)
        self._settled = False
        self._frozen = False  # this roadmap's objects are out of the collector's way
        QTimer.singleShot(CRDT_LOAD_DELAY_MS, self, self.settle)

    def settle(self) -> None:
        """Once the window has painted: read the co-editing document (when the store left
        it for later) and keep what is now open out of the garbage collector's full
        collections (desktop.app.heap)."""
        if self._closed or self._settled or self.store.is_closed:
            return
        self._settled = True
        if not getattr(self.store, "crdt_loaded", True):
            try:
                self.store.load_crdt()
            except RoadmapError as exc:
                self.failed.emit(refusal_text(exc, self.lang))
        if self.store.count("action") >= heap.SETTLE_MIN_ACTIONS:
            heap.settle()
            self._frozen = True

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
        self.rows.apply(change)
        self.changed.emit(change)

    def _forget_overtaken_edits(self, change: Change) -> None:
        """A merge (sync, another copy, a restored snapshot) changed rows the user also
        edited. Undoing those edits must never silently overwrite the merged values, and
        the rest of the history stays: in every undo step, the fields the merge set are
        taken out of the step (its other fields still undo); a step left empty, or one
        that created, deleted or moved a row the merge created, deleted or changed in a
        way a field cannot be taken out of, is dropped, and the user is told."""
        merged: dict[tuple[str, str], set[str] | None] = {}
        for r in change.rows:
            key = (r.entity, r.id)
            if r.kind in ("create", "delete") or merged.get(key, set()) is None:
                merged[key] = None  # the whole row
            elif r.kind == "move":
                merged.setdefault(key, set()).add("position")
            else:
                merged.setdefault(key, set()).update(r.fields)
        stack = self.undo_stack
        kept: list[tuple[StoreCommand, Change]] = []  # the steps that can be undone
        later: list[tuple[StoreCommand, Change]] = []  # the steps that can be redone
        dropped = stripped = 0
        foreign = False
        for i in range(stack.count()):
            command = stack.command(i)
            edit = getattr(command, "_change", None)
            if not isinstance(command, StoreCommand) or edit is None:
                foreign = True
                continue
            rebased = _rebase(edit, merged)
            if rebased is None:
                dropped += 1
                continue
            if rebased is not edit:
                stripped += 1
            (kept if i < stack.index() else later).append((command, rebased))
        if not dropped and not stripped:
            return
        if dropped or foreign:  # QUndoStack cannot take out one step: rebuilt from the kept
            # ones (the steps that could be redone go: redoing is pushing them again)
            dropped += len(later)
            texts = [(c.text(), e) for c, e in kept]
            stack.clear()
            for text, edit in texts if not foreign else ():
                stack.push(StoreCommand(self, edit, text))
        else:
            for command, edit in kept + later:
                command._change = edit
        self.notice.emit(self.tr(
            "Undo history: %n step(s) taken out or narrowed, because changes from colleagues "
            "were merged into the same fields.", "", dropped + stripped))

    @property
    def is_open(self) -> bool:
        return not self.store.is_closed

    def close(self) -> None:
        self._closed = True
        if self._frozen:
            self._frozen = False
            heap.release()
        if self.store.is_closed:
            return
        self.closing.emit()
        self.store.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.store.close()
