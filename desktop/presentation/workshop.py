"""What a workshop does in the presentation window: scenarios (diverging / converging),
dot voting and live edits (quick-add, sticky notes, the parking lot, moving milestones)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer

from db.errors import RoadmapError
from desktop.domain.presentation import edits as edit
from desktop.domain.presentation import workshop_live as live
from desktop.domain.presentation.path import path_refs
from desktop.domain.reasons import refusal_text


class WorkshopTools:
    """The workshop tools of PresentationWindow (`self` is the window)."""

    # -- scenarios (diverging / converging workshops) -----------------------------------------

    def set_scenario(self, scenario_id: str | None) -> None:
        """Show only the programmes of scenario `scenario_id` and their actions (None: all)."""
        key = self.cache.scenes[self.nav.index].key if len(self.cache) else None
        found = [s for s in live.scenarios(self._full_document()) if s[0] == scenario_id]
        self.scenario = found[0] if found else None
        self.cache.set_document(self._document(), self.nav.index, schedule=False)
        self._after_document(key, self.nav.step)
        if self.scenario is None:
            self._show_flash(self.tr("All scenarios"))
        else:
            n = sum(1 for a in self.cache.doc.get("action") or ())
            self._show_flash(self.tr("Scenario: %1 (programmes: %2, actions: %3)")
                             .replace("%1", self.scenario[1]).replace("%2", str(len(self.scenario[2])))
                             .replace("%3", str(n)))

    def next_scenario(self) -> None:
        """All → the first scenario → … → the last → all again (C)."""
        ids = [s[0] for s in live.scenarios(self._full_document())]
        if not ids:
            self._show_flash(self.tr("No scenario has programmes yet"))
            return
        current = self.scenario[0] if self.scenario else None
        i = ids.index(current) + 1 if current in ids else 0
        self.set_scenario(ids[i] if i < len(ids) else None)

    def _full_document(self) -> dict:
        """The scenario lists of the whole roadmap (what the scenario switch chooses from)."""
        return {name: self.rows.rows(name) for name in ("scenario", "programme_scenario")}

    def _after_document(self, key: str | None, step: int) -> None:
        if self.path_objective:
            self.path = path_refs(self.cache.doc, self.path_objective)
        i = self.cache.index_of(key) if key else None
        self.nav.reset(len(self.cache))
        if i is not None:
            self.nav.index = i
            self.nav.step = min(step, self.nav.last_step())
        self._clamp_pan()
        self.update()
        QTimer.singleShot(200, self, lambda: self.cache.schedule(self.nav.index))

    # -- dot voting ------------------------------------------------------------------------------

    def toggle_voting(self) -> None:
        """Show or hide the dot-voting board (V)."""
        self.voting = not self.voting
        self.vote_cursor = 0
        self.update()

    def vote_options(self) -> list[tuple[str, str]]:
        return live.options(self.cache.doc, self.vote_subject)

    def vote_totals(self):
        return live.tally(self.rows.rows("dot_vote"), self.vote_subject, self.vote_workshop)

    def next_subject(self, step: int = 1) -> None:
        i = live.SUBJECTS.index(self.vote_subject)
        self.vote_subject = live.SUBJECTS[(i + step) % len(live.SUBJECTS)]
        self.vote_cursor = 0
        self.update()

    def move_cursor(self, step: int) -> None:
        n = len(self.vote_options())
        if n:
            self.vote_cursor = (self.vote_cursor + step) % n
        self.update()

    def vote(self, index: int | None = None, *, take_back: bool = False) -> bool:
        """One dot more (or, with `take_back`, one less) from the current participant for
        option `index` (None: the one under the cursor)."""
        opts = self.vote_options()
        i = self.vote_cursor if index is None else index
        if not 0 <= i < len(opts):
            return False
        self.vote_cursor = i
        oid, label = opts[i]
        if take_back:
            ops = live.unvote_ops(self.rows.rows("dot_vote"), self.vote_subject, oid, self.participant,
                                  self.vote_workshop)
            if not ops:
                self._show_flash(self.tr("No dot of this participant on %1").replace("%1", label))
                return False
            return self._apply(ops, self.tr("Take back a dot"))
        return self._apply(live.vote_ops(self.vote_subject, oid, self.participant, self.vote_workshop),
                           self.tr("Dot vote"))

    def ask_participant(self) -> None:
        """Type the name of the participant whose dots follow (Enter)."""
        self._edit_kind, self._edit_at = "participant", QPointF()
        self.editor.setPlaceholderText(self.tr("Participant: type a name, Enter to confirm, Esc to cancel"))
        self.editor.setText(self.participant)
        w = min(max(self.width() * 0.4, 320), self.width() - 20)
        h = max(self.height() * 0.05, 36)
        self.editor.setGeometry(int((self.width() - w) / 2), int(self.height() * 0.12), int(w), int(h))
        self.editor.show()
        self.editor.setFocus()
        self.update()

    def _vote_key(self, event) -> bool:
        """Keys of the voting board; False when the key is not one of them."""
        K = Qt.Key
        key, mods = event.key(), event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            return False
        if key in (K.Key_V, K.Key_Escape):
            self.toggle_voting()
        elif key == K.Key_Right:
            self.next_subject(1)
        elif key == K.Key_Left:
            self.next_subject(-1)
        elif key == K.Key_Down:
            self.move_cursor(1)
        elif key == K.Key_Up:
            self.move_cursor(-1)
        elif key in (K.Key_Space, K.Key_Plus, K.Key_Equal):
            self.vote()
        elif key in (K.Key_Minus, K.Key_Underscore, K.Key_Backspace, K.Key_Delete):
            self.vote(take_back=True)
        elif K.Key_1 <= key <= K.Key_9:
            self.vote(key - K.Key_1)
        elif key in (K.Key_Return, K.Key_Enter):
            self.ask_participant()
        else:
            return False
        return True

    # -- live edits ----------------------------------------------------------------------------

    def start_quick_add(self, kind: str = "action", at: QPointF | None = None) -> bool:
        """Open the in-scene line edit for a new action (kind "action") or sticky note
        ("note" / "parking") at widget point `at` (default: the pointer)."""
        sv = self.scene_visual()
        if sv is None or sv.scene.kind != "part_b":
            self._show_flash(self.tr("Quick-add works on a Part B scene"))
            return False
        if kind != "action" and not edit.has_workshop_notes():
            return False
        at = at if at is not None else self.pointer
        if not self.rect().contains(at.toPoint()):
            at = QPointF(self.width() / 2, self.height() / 2)
        fig = self.to_figure(at)
        if kind == "action" and sv.lane_at(fig.y()) is None:
            self._show_flash(self.tr("Point at a lane first"))
            return False
        self.nav.reveal_all()
        self._edit_kind, self._edit_at = kind, fig
        placeholders = {"action": self.tr("New action: type a title, Enter to add, Esc to cancel"),
                        "note": self.tr("Sticky note: type, Enter to add, Esc to cancel"),
                        "parking": self.tr("Parking lot: type, Enter to add, Esc to cancel")}
        self.editor.setPlaceholderText(placeholders[kind])
        self.editor.clear()
        w = min(max(self.width() * 0.4, 320), self.width() - 20)
        h = max(self.height() * 0.05, 36)
        below = at.y() + h * 0.8 if at.y() + h * 1.8 < self.height() else at.y() - h * 1.8
        self.editor.setGeometry(int(min(max(at.x() + 12, 10), self.width() - w - 10)),
                                int(min(max(below, 10), self.height() - h - 10)), int(w), int(h))
        self.editor.show()
        self.editor.setFocus()
        self.update()
        return True

    def _commit_editor(self) -> None:
        text = self.editor.text()
        kind, at = self._edit_kind, self._edit_at
        self._close_editor()
        if kind == "participant":
            self.participant = text.strip()
            self._show_flash(self.tr("Dots now from %1").replace("%1", self.participant) if self.participant
                             else self.tr("Dots now anonymous"))
            return
        sv = self.scene_visual()
        if sv is None or not text.strip():
            return
        if kind == "action":
            ops = edit.quick_add_ops(sv, at.x(), at.y(), text, self.lang)
            label = self.tr("Add action")
        else:
            ops = edit.note_ops(sv, at.x(), at.y(), text, kind == "parking", self.lang)
            label = self.tr("Add sticky note")
        self._apply(ops, label)

    def _close_editor(self) -> None:
        self.editor.hide()
        self._edit_kind = ""
        self.setFocus()

    def _apply(self, ops, label: str) -> bool:
        if not ops:
            return False
        try:
            self.session.apply(ops, label)
        except RoadmapError as exc:
            self._show_flash(refusal_text(exc, self.lang))
            return False
        return True

    def move_milestone(self, action_id: str, dx_figure: float) -> bool:
        """Move milestone `action_id` by `dx_figure` points, snapped to a month start."""
        sv = self.scene_visual()
        if sv is None:
            return False
        new = edit.milestone_date(sv, action_id, dx_figure)
        row = self.session.store.get("action", action_id)
        if new is None or row is None:
            return False
        return self._apply(edit.milestone_move_ops(row, new), self.tr("Move milestone"))

    def note_at(self, pos: QPointF) -> str | None:
        """The id of the workshop note under widget point `pos`, if any."""
        sv = self.scene_visual()
        if sv is None:
            return None
        f = self.to_figure(pos)
        for p, b in zip(sv.visual.items, sv.boxes):
            if (p.ref and p.ref[0] == "workshop_note" and b[0] <= f.x() <= b[2]
                    and b[1] <= f.y() <= b[3]):
                return p.ref[1]
        return None

    def toggle_parking(self, note_id: str) -> bool:
        """Put workshop note `note_id` on the parking lot, or take it off."""
        row = self.session.store.get("workshop_note", note_id)
        if row is None:
            return False
        from db.ops import Update

        op = Update("workshop_note", note_id, {"parking_lot": not row.get("parking_lot")})
        return self._apply([op], self.tr("Parking lot"))

    def _on_change(self, change) -> None:
        key = self.cache.scenes[self.nav.index].key if len(self.cache) else None
        if self.scenario is not None and change.entities & {"scenario", "programme_scenario"}:
            found = [s for s in live.scenarios(self._full_document()) if s[0] == self.scenario[0]]
            self.scenario = found[0] if found else None
            rows = None  # another cut of the roadmap: lay out again
        else:
            rows = [(rc.entity, rc.id) for rc in change.rows]
        if "workshop" in change.entities:
            self.vote_workshop = live.current_workshop(self.rows.rows("workshop"))
        self.cache.set_document(self._document(), self.nav.index, schedule=False, rows=rows)
        # lay out the other scenes once this one is back on screen
        self._after_document(key, self.nav.step)
