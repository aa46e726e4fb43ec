"""How the presentation window answers the keyboard, the mouse and the wheel (the keys are
listed in desktop.presentation.window's docstring and desktop.presentation.keys)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.domain.presentation import edits as edit

ZOOM_STEP = 1.25


class PresentationInput:
    """The input handling of PresentationWindow (`self` is the window)."""

    # -- events ----------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if self.voting and self._vote_key(event):
            return
        if self._view_key(event, key, ctrl) or self._tool_key(key, mods):
            return
        super().keyPressEvent(event)

    def _view_key(self, event, key, ctrl: bool) -> bool:
        """Undo and redo, going through the scenes, revealing, fitting and zooming; whether
        `key` was one of those."""
        K = Qt.Key
        if event.matches(QKeySequence.StandardKey.Undo):
            self.session.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (ctrl and key == K.Key_Y):
            self.session.undo_stack.redo()
        elif key in (K.Key_Right, K.Key_Space, K.Key_PageDown, K.Key_Down):
            self.next()
        elif key in (K.Key_Left, K.Key_PageUp, K.Key_Up, K.Key_Backspace):
            self.previous()
        elif key == K.Key_Home:
            self.home()
        elif key == K.Key_End:
            self.end()
        elif K.Key_1 <= key <= K.Key_9 and not ctrl:
            self.jump(key - K.Key_1)
        elif key == K.Key_A:
            self.reveal_all()
        elif key == K.Key_F:
            self.focus = False
            self.fit()
        elif key == K.Key_Z and not ctrl:
            self.toggle_focus()
        elif key == K.Key_W:
            self.fit_width()
        elif key in (K.Key_Plus, K.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (K.Key_Minus, K.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        else:
            return False
        return True

    def _tool_key(self, key, mods) -> bool:
        """Paths, the laser, the theme, quick add, scenarios, voting, notes and Escape;
        whether `key` was one of those."""
        K = Qt.Key
        if key == K.Key_P:
            self.choose_path()
        elif key == K.Key_L:
            self.toggle_laser()
        elif key == K.Key_T:
            self.toggle_theme()
        elif key == K.Key_N:
            self.start_quick_add("action")
        elif key == K.Key_C:
            self.next_scenario()
        elif key == K.Key_V:
            self.toggle_voting()
        elif key == K.Key_K and edit.has_workshop_notes():
            note = self.note_at(self.pointer)
            if note is not None:
                self.toggle_parking(note)
        elif key == K.Key_S and edit.has_workshop_notes():
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self.start_quick_add("parking" if shift else "note")
        elif key == K.Key_Escape:
            if self.path_objective:
                self.follow_path(None)
            elif self.laser:
                self.toggle_laser()
            else:
                self.close()
        else:
            return False
        return True

    def eventFilter(self, obj, event) -> bool:
        from PySide6.QtCore import QEvent

        if obj is self.editor and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            self._close_editor()
            self.update()
            return True
        if obj is self.editor and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # taken here: a line edit passes Return on to its parent, where the voting
            # board would open the name field again
            self._commit_editor()
            self.update()
            return True
        return super().eventFilter(obj, event)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        sv = self.scene_visual()
        fig = self.to_figure(pos)
        bar = None
        if sv is not None and sv.bars:
            bar = sv.bar_at(fig.x(), fig.y(), "milestone", slack=4.0)
        if bar is not None and self._shown(("action", bar.id)):
            self._drag = {"kind": "milestone", "id": bar.id, "start": pos, "now": pos}
        else:
            self._drag = {"kind": "pan", "start": pos, "now": pos}
        event.accept()

    def _shown(self, ref) -> bool:
        sv = self.scene_visual()
        step = self.nav.step
        if step >= sv.n_steps - 1:
            return True
        return any(p.ref == ref and s <= step for p, s in zip(sv.visual.items, sv.steps))

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        self.pointer = pos
        if self._drag is not None:
            if self._drag["kind"] == "pan":
                d = pos - self._drag["now"]
                self.pan_by(d.x(), d.y())
            self._drag["now"] = pos
            self.update()
        elif self.laser:
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        drag, self._drag = self._drag, None
        if drag is not None and drag["kind"] == "milestone":
            dx = (event.position().x() - drag["start"].x()) / self.scale()
            if abs(dx) * self.scale() >= 3:
                self.move_milestone(drag["id"], dx)
        self.update()

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if delta.y() > 0 else 1 / ZOOM_STEP, event.position())
        else:
            self.pan_by(delta.x() / 2, delta.y() / 2)
