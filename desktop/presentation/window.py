"""The presentation window: scenes of the roadmap full screen for a workshop.

Keys: Right/Space/PageDown next reveal step or scene, Left/PageUp back, Home/End, 1–9 jump
to a scene, A reveal the whole scene, Z zoom in on what each reveal step adds, F fit the
whole figure (W: fit the width), +/- zoom
(drag or the wheel to pan), P follow an objective's path (Esc clears), L laser/spotlight,
T light/dark theme, N quick-add an action in the lane under the pointer, S sticky note
(Shift+S straight onto the parking lot) and K to move the note under the pointer to or
from the parking lot, when the model has workshop notes, C the next scenario (only its
programmes and their actions; after the last, all again), V the dot-voting board (1–9 or
Space a dot for an option, − take one back, ↑↓ choose, ←→ visions / opportunities /
programmes, Enter the participant's name, V or Esc close), Ctrl+Z/Ctrl+Y undo/redo,
Esc leave. Drag a milestone sideways to move it (snapped to months).

Every edit goes through `session.apply`; the scenes redraw from `session.changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from db.errors import RoadmapError
from desktop.domain.presentation import edits as edit
from desktop.domain.presentation import workshop_live as live
from desktop.domain.presentation.cache import SceneCache
from desktop.domain.presentation.path import objectives, path_refs
from desktop.domain.presentation.scenes import Navigator
from desktop.domain.presentation.style import THEMES
from desktop.domain.reasons import refusal_text
from desktop.domain.rowcache import RowCache
from desktop.domain.visuals.visual import Visual

MARGIN = 0.025  # of the screen width, around the figure
ZOOM_STEP = 1.25
MAX_ZOOM = 8.0


class PresentationWindow(QWidget):
    """Full-screen scenes of `session`'s roadmap.

    Signals:
        message(str): a short note for the facilitator (also flashed on screen).
    """

    message = Signal(str)

    def __init__(self, session, lang: str = "nl", parent: QWidget | None = None, *,
                 theme: str = "light", precompute: bool = True) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("PresentationWindow")
        self.setAccessibleName(self.tr("Presentation"))
        self.setWindowTitle(self.tr("Routekaart – presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.session = session
        self.lang = lang
        self.theme = theme
        self.rows = RowCache(session.store)
        #: (id, title, programme ids) of the scenario shown, None: everything
        self.scenario: tuple[str, str, frozenset[str]] | None = None
        self.voting = False  # the dot-voting board is up
        self.vote_subject = live.SUBJECTS[0]
        self.vote_cursor = 0
        self.participant = ""
        self.vote_workshop = live.current_workshop(self.rows.rows("workshop"))
        self.cache = SceneCache(self._document(), lang, precompute=precompute)
        self.nav = Navigator(len(self.cache), lambda i: self.cache.get(i).n_steps)
        self.zoom = 1.0  # relative to fitting the width
        self.fit_whole = False
        self.pan = QPointF(0.0, 0.0)  # figure point shown at the top-left of the fitted view
        self.path_objective: str | None = None
        self.path: frozenset = frozenset()
        self.laser = False
        self.focus = False  # zoom in on what each reveal step adds
        self.pointer = QPointF(-1, -1)
        self._drag: dict | None = None
        self._edit_kind = ""
        self._edit_at = QPointF()
        self._flash = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._clear_flash)
        self.editor = QLineEdit(self)
        self.editor.setObjectName("presentation_quick_add")
        self.editor.setAccessibleName(self.tr("New item title"))
        self.editor.hide()
        self.editor.returnPressed.connect(self._commit_editor)
        self.editor.installEventFilter(self)
        session.changed.connect(self._on_change)
        session.failed.connect(self._show_flash)
        self._style_editor()

    def _document(self) -> dict:
        """The roadmap as a document for the scenes: lists copied from the row cache (its
        rows are replaced, never changed in place, so background layout reads a stable
        snapshot)."""
        doc = {name: list(self.rows.rows(name)) for name in self.rows}
        doc["roadmap"] = self.rows.roadmap()
        if self.scenario is not None:  # one scenario's programmes and their actions
            doc = live.scenario_document(doc, self.scenario[2])
        return doc

    # -- state -----------------------------------------------------------------------------

    @property
    def scene_index(self) -> int:
        return self.nav.index

    @property
    def step(self) -> int:
        return self.nav.step

    def scene_visual(self):
        if not len(self.cache):
            return None
        return self.cache.get(self.nav.index)

    def current_visual(self) -> Visual | None:
        """What is on screen now (reveal step, path dimming and theme applied)."""
        sv = self.scene_visual()
        if sv is None:
            return None
        items = self._items(sv)
        return Visual(sv.visual.width, sv.visual.height, sv.visual.title, items)

    def _items(self, sv, rect: QRectF | None = None) -> list:
        i = self.nav.index
        source = (self.cache.dimmed(i, self.theme, self.path) if self.path_objective
                  else self.cache.themed(i, self.theme))
        step = self.nav.step
        last = sv.n_steps - 1
        if rect is None:
            return [p for p, s in zip(source, sv.steps) if s <= step or step >= last]
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
        return [p for p, s, b in zip(source, sv.steps, sv.boxes)
                if (s <= step or step >= last) and b[2] >= x0 and b[0] <= x1
                and b[3] >= y0 and b[1] <= y1]

    # -- geometry: figure points <-> widget pixels -------------------------------------------

    def base_scale(self) -> float:
        sv = self.scene_visual()
        if sv is None or sv.visual.width <= 0:
            return 1.0
        w, h = max(self.width(), 1), max(self.height(), 1)
        avail_w = w * (1 - 2 * MARGIN)
        s = avail_w / sv.visual.width
        if self.fit_whole and sv.visual.height > 0:
            s = min(s, (h * (1 - 2 * MARGIN)) / sv.visual.height)
        return s

    def scale(self) -> float:
        return self.base_scale() * self.zoom

    def origin(self) -> QPointF:
        """Widget position of figure point (0, 0)."""
        sv = self.scene_visual()
        s = self.scale()
        if sv is None:
            return QPointF(0, 0)
        fw, fh = sv.visual.width * s, sv.visual.height * s
        w, h = self.width(), self.height()
        ox = (w - fw) / 2 if fw <= w else -self.pan.x() * s + w * MARGIN
        top = h * MARGIN
        oy = max((h - fh) / 2, top) if fh <= h - 2 * top else -self.pan.y() * s + top
        return QPointF(ox, oy)

    def to_figure(self, pos: QPointF) -> QPointF:
        o, s = self.origin(), self.scale()
        return QPointF((pos.x() - o.x()) / s, (pos.y() - o.y()) / s)

    def to_widget(self, x: float, y: float) -> QPointF:
        o, s = self.origin(), self.scale()
        return QPointF(o.x() + x * s, o.y() + y * s)

    def _clamp_pan(self) -> None:
        sv = self.scene_visual()
        if sv is None:
            return
        s = self.scale()
        vis_w = self.width() * (1 - 2 * MARGIN) / s
        vis_h = self.height() * (1 - 2 * MARGIN) / s
        px = min(max(self.pan.x(), 0.0), max(sv.visual.width - vis_w, 0.0))
        py = min(max(self.pan.y(), 0.0), max(sv.visual.height - vis_h, 0.0))
        self.pan = QPointF(px, py)

    # -- navigation --------------------------------------------------------------------------

    def next(self) -> None:
        index = self.nav.index
        if self.nav.next():
            self._after_move(index)

    def previous(self) -> None:
        index = self.nav.index
        if self.nav.previous():
            self._after_move(index)

    def home(self) -> None:
        index = self.nav.index
        self.nav.home()
        self._after_move(index)

    def end(self) -> None:
        index = self.nav.index
        self.nav.end()
        self._after_move(index)

    def jump(self, i: int) -> None:
        index = self.nav.index
        if self.nav.jump(i):
            self._after_move(index)

    def reveal_all(self) -> None:
        self.nav.reveal_all()
        self.update()

    def _after_move(self, old_index: int) -> None:
        if self.nav.index != old_index:
            self.zoom, self.fit_whole, self.pan = 1.0, False, QPointF(0, 0)
        if self.focus:
            self._focus_step()
        elif self.nav.index == old_index:
            self._scroll_to_step()
        self._clamp_pan()
        self.update()

    def toggle_focus(self) -> None:
        """Z: zoom in on what each reveal step adds (the whole scene at its last step)."""
        self.focus = not self.focus
        if self.focus:
            self._focus_step()
        else:
            self.zoom, self.pan = 1.0, QPointF(0, 0)
        self._clamp_pan()
        self.update()

    def _focus_step(self) -> None:
        sv = self.scene_visual()
        if sv is None:
            return
        box = sv.step_box(self.nav.step) if 0 < self.nav.step < sv.n_steps - 1 else None
        if box is None:
            self.zoom, self.fit_whole, self.pan = 1.0, False, QPointF(0, 0)
            return
        self.zoom_to(*box)

    def zoom_to(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Show the figure box (x0, y0)-(x1, y1) as large as the screen allows."""
        pad = 12.0
        x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
        self.fit_whole = False
        avail_w = self.width() * (1 - 2 * MARGIN)
        avail_h = self.height() * (1 - 2 * MARGIN)
        target = min(avail_w / max(x1 - x0, 1.0), avail_h / max(y1 - y0, 1.0))
        self.zoom = min(max(target / self.base_scale(), 1.0), MAX_ZOOM)
        s = self.scale()
        extra_w = avail_w / s - (x1 - x0)
        extra_h = avail_h / s - (y1 - y0)
        self.pan = QPointF(x0 - max(extra_w, 0) / 2, y0 - max(extra_h, 0) / 2)

    def _scroll_to_step(self) -> None:
        """Bring what the last reveal step added into view."""
        sv = self.scene_visual()
        extent = sv.step_extent(self.nav.step) if sv is not None else None
        if extent is None:
            return
        y0, y1 = extent
        top = self.to_figure(QPointF(0, 0)).y()
        bottom = self.to_figure(QPointF(0, self.height())).y()
        if y0 < top or y1 > bottom:
            self.pan = QPointF(self.pan.x(), y0 - 40)

    def fit(self) -> None:
        self.zoom, self.fit_whole, self.pan = 1.0, True, QPointF(0, 0)
        self.update()

    def fit_width(self) -> None:
        self.zoom, self.fit_whole, self.pan = 1.0, False, QPointF(0, 0)
        self.update()

    def zoom_by(self, factor: float, at: QPointF | None = None) -> None:
        at = at if at is not None else QPointF(self.width() / 2, self.height() / 2)
        before = self.to_figure(at)
        self.zoom = min(max(self.zoom * factor, 1.0 if not self.fit_whole else 0.2), MAX_ZOOM)
        s = self.scale()
        # keep the figure point under `at` where it is
        self.pan = QPointF(before.x() - (at.x() - self.width() * MARGIN) / s,
                           before.y() - (at.y() - self.height() * MARGIN) / s)
        self._clamp_pan()
        self.update()

    def pan_by(self, dx_px: float, dy_px: float) -> None:
        s = self.scale()
        self.pan = QPointF(self.pan.x() - dx_px / s, self.pan.y() - dy_px / s)
        self._clamp_pan()
        self.update()

    def toggle_theme(self) -> None:
        self.theme = "dark" if self.theme == "light" else "light"
        self._style_editor()
        self.update()

    def toggle_laser(self) -> None:
        self.laser = not self.laser
        self.setCursor(Qt.CursorShape.BlankCursor if self.laser else Qt.CursorShape.ArrowCursor)
        self.update()

    def follow_path(self, objective_id: str | None) -> None:
        """Highlight the path of `objective_id` (None: show everything again)."""
        self.path_objective = objective_id
        self.path = path_refs(self.cache.doc, objective_id) if objective_id else frozenset()
        self.update()

    def choose_path(self) -> QMenu:
        """Pop up the list of objectives; choosing one follows its path."""
        menu = self.path_menu()
        menu.popup(self.mapToGlobal(QPointF(self.width() / 2, self.height() / 3).toPoint()))
        return menu

    def path_menu(self) -> QMenu:
        """The menu of objectives whose path can be followed."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.setObjectName("presentation_path_menu")
        menu.setAccessibleName(self.tr("Follow the path of an objective"))
        items = objectives(self.cache.doc, self.lang)
        if not items:
            a = menu.addAction(self.tr("No objectives yet"))
            a.setEnabled(False)
        for oid, label in items:
            from desktop.app.plain_text import action_text

            a = menu.addAction(action_text(label))
            a.setCheckable(True)
            a.setChecked(oid == self.path_objective)
            a.triggered.connect(lambda _=False, o=oid: self.follow_path(o))
        if self.path_objective:
            menu.addSeparator()
            menu.addAction(self.tr("Show everything"), lambda: self.follow_path(None))
        return menu

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
        self.rows.apply(change)
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

    # -- events ----------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        K = Qt.Key
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if self.voting and self._vote_key(event):
            return
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
        elif key == K.Key_P:
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
            super().keyPressEvent(event)

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

    def resizeEvent(self, event) -> None:
        self._clamp_pan()
        super().resizeEvent(event)

    def closeEvent(self, event) -> None:
        try:
            self.session.changed.disconnect(self._on_change)
            self.session.failed.disconnect(self._show_flash)
        except (RuntimeError, TypeError):
            pass
        self.cache.close()
        super().closeEvent(event)

    # -- painting ----------------------------------------------------------------------------

    def _show_flash(self, text: str) -> None:
        self._flash = text
        self.message.emit(text)
        self._flash_timer.start(4000)
        self.update()

    def _clear_flash(self) -> None:
        self._flash = ""
        self.update()

    def _style_editor(self) -> None:
        t = THEMES[self.theme]
        px = max(int(self.height() * 0.028), 16)
        self.editor.setStyleSheet(
            f"QLineEdit {{ font-size: {px}px; padding: 4px 10px; color: {t.ink};"
            f" background: {t.background}; border: 3px solid {t.accent}; border-radius: 6px; }}")

    def paintEvent(self, event) -> None:
        from desktop.export_ui.visual_png import paint_visual

        t = THEMES[self.theme]
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), QColor(t.background))
            sv = self.scene_visual()
            if sv is None:
                self._paint_note(p, self.tr("This roadmap has nothing to present yet."))
                return
            o, s = self.origin(), self.scale()
            view = QRectF(self.to_figure(QPointF(0, 0)),
                          self.to_figure(QPointF(self.width(), self.height())))
            items = self._items(sv, view)
            p.save()
            p.translate(o)
            p.scale(s, s)
            paint_visual(p, Visual(sv.visual.width, sv.visual.height, sv.visual.title, items), None)
            self._paint_drag(p, sv, s)
            self._paint_target(p, sv, s)
            p.restore()
            self._paint_indicator(p, sv)
            if self.voting:
                self._paint_votes(p)
            if self.laser and self.rect().contains(self.pointer.toPoint()):
                self._paint_laser(p)
            if self._flash:
                self._paint_note(p, self._flash, top=True)
        finally:
            p.end()

    def _paint_drag(self, p: QPainter, sv, s: float) -> None:
        d = self._drag
        if not d or d["kind"] != "milestone":
            return
        bar = sv.bars.get(d["id"])
        if bar is None:
            return
        dx = (d["now"].x() - d["start"].x()) / s
        new = edit.milestone_date(sv, bar.id, dx)
        cx = sv.axis.x_of(new) + sv.axis.px_per_day / 2 if new else bar.x + bar.w / 2 + dx
        cy, r = bar.y + bar.h / 2, bar.h / 2 + 2
        accent = QColor(THEMES[self.theme].accent)
        p.setPen(QPen(accent, 2.0 / s * 1.5))
        p.setBrush(QBrush(QColor(accent.red(), accent.green(), accent.blue(), 90)))
        p.drawPolygon(QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r),
                                 QPointF(cx - r, cy)]))
        if new is not None:
            f = QFont(p.font())
            f.setPixelSize(max(int(14 / s * 1.0), 1))
            p.setFont(f)
            p.drawText(QPointF(cx + r + 4, cy - r - 2), new.strftime("%Y-%m"))

    def _paint_target(self, p: QPainter, sv, s: float) -> None:
        """While typing a quick-add title: where the new item will go (lane and months)."""
        if not self._edit_kind or sv.axis is None:
            return
        lane = sv.lane_at(self._edit_at.y())
        if lane is None:
            return
        start = edit.month_start(sv.axis.date_at(min(max(self._edit_at.x(), sv.axis.chart_x0),
                                                     sv.axis.chart_x1 - 1)))
        months = edit.QUICK_MONTHS if self._edit_kind == "action" else 1
        x0, x1 = sv.axis.x_of(start), sv.axis.x_of(edit.add_months(start, months))
        accent = QColor(THEMES[self.theme].accent)
        pen = QPen(accent, 2.5 / s)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        fill = QColor(accent)
        fill.setAlpha(50)
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(x0, lane.y0 + 3, max(x1 - x0, 4), lane.y1 - lane.y0 - 6), 3, 3)

    def _paint_indicator(self, p: QPainter, sv) -> None:
        t = THEMES[self.theme]
        n = len(self.cache)
        parts = [f"{self.nav.index + 1}/{n}", sv.scene.title]
        if sv.n_steps > 1:
            parts.append(f"{sv.step_names[min(self.nav.step, sv.n_steps - 1)]} "
                         f"({min(self.nav.step, sv.n_steps - 1) + 1}/{sv.n_steps})")
        if self.path_objective:
            label = dict(objectives(self.cache.doc)).get(self.path_objective, "")
            parts.append(self.tr("Path: %1").replace("%1", label))
        if self.scenario is not None:
            parts.append(self.tr("Scenario: %1").replace("%1", self.scenario[1]))
        text = "  ·  ".join(parts)
        f = QFont(p.font())
        f.setPixelSize(max(int(self.height() * 0.017), 12))
        p.setFont(f)
        fm = p.fontMetrics()
        m = int(self.height() * 0.012) + 4
        tw = min(fm.horizontalAdvance(text) + 2 * f.pixelSize(), self.width() - 2 * m)
        th = fm.height() + f.pixelSize() * 0.6
        box = QRectF(self.width() - m - tw, self.height() - m - th, tw, th)
        bg = QColor(t.background)
        bg.setAlpha(215)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(bg)
        p.drawRoundedRect(box, th / 2, th / 2)
        p.setPen(QColor(t.muted))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter,
                   fm.elidedText(text, Qt.TextElideMode.ElideMiddle, int(tw - f.pixelSize())))

    def vote_board_lines(self) -> list[tuple[str, int]]:
        """The rows of the voting board as shown: (number and label, dots)."""
        totals = self.vote_totals()
        return [(f"{i + 1}  {label}" if i < 9 else label, totals.get(oid, 0))
                for i, (oid, label) in enumerate(self.vote_options())]

    def _paint_votes(self, p: QPainter) -> None:
        """The dot-voting board over the scene: the options with their dots, live."""
        t = THEMES[self.theme]
        W, H = self.width(), self.height()
        box = QRectF(W * 0.08, H * 0.08, W * 0.84, H * 0.84)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        bg = QColor(t.background)
        bg.setAlpha(245)
        p.setPen(QPen(QColor(t.accent), 3))
        p.setBrush(bg)
        p.drawRoundedRect(box, 12, 12)
        title_px = max(int(H * 0.034), 16)
        f = QFont(p.font())
        f.setPixelSize(title_px)
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor(t.ink))
        pad = W * 0.02
        heading = self.tr("Dot voting: %1").replace("%1", live.words(self.lang)[self.vote_subject])
        p.drawText(QRectF(box.left() + pad, box.top() + pad * 0.6, box.width() - 2 * pad, title_px * 1.5),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
        f.setBold(False)
        f.setPixelSize(max(int(H * 0.018), 11))
        p.setFont(f)
        p.setPen(QColor(t.muted))
        workshop = self.rows.row("workshop", self.vote_workshop) if self.vote_workshop else None
        who = self.participant or self.tr("anonymous")
        sub = self.tr("Workshop: %1 · dots from: %2 · voters: %3").replace(
            "%1", (workshop or {}).get("title") or self.tr("none")).replace("%2", who).replace(
            "%3", str(live.voters(self.rows.rows("dot_vote"), self.vote_subject, self.vote_workshop)))
        top = box.top() + pad * 0.6 + title_px * 1.6
        p.drawText(QRectF(box.left() + pad, top, box.width() - 2 * pad, f.pixelSize() * 1.5),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sub)
        lines = self.vote_board_lines()
        hint = self.tr("1–9 or Space: a dot · − take one back · ↑↓ choose · ←→ visions / opportunities / "
                       "programmes · Enter: participant · V: close")
        bottom = box.bottom() - pad * 0.5 - f.pixelSize() * 1.6
        p.drawText(QRectF(box.left() + pad, bottom, box.width() - 2 * pad, f.pixelSize() * 1.5),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, hint)
        top += f.pixelSize() * 2.2
        if not lines:
            p.drawText(QRectF(box.left() + pad, top, box.width() - 2 * pad, f.pixelSize() * 2),
                       Qt.AlignmentFlag.AlignLeft, self.tr("Nothing to vote on yet"))
            return
        row_h = min((bottom - top) / len(lines), H * 0.06)
        most = max([n for _, n in lines] + [1])
        lf = QFont(p.font())
        lf.setPixelSize(max(int(row_h * 0.45), 9))
        p.setFont(lf)
        label_w = box.width() * 0.45
        bar_x = box.left() + pad + label_w + pad * 0.5
        bar_w = box.right() - pad - bar_x - lf.pixelSize() * 3
        for i, (label, n) in enumerate(lines):
            y = top + i * row_h
            if i == self.vote_cursor:
                sel = QColor(t.accent)
                sel.setAlpha(40)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(sel)
                p.drawRoundedRect(QRectF(box.left() + pad * 0.5, y, box.width() - pad, row_h * 0.92), 6, 6)
            p.setPen(QColor(t.ink))
            fm = p.fontMetrics()
            p.drawText(QRectF(box.left() + pad, y, label_w, row_h * 0.92), Qt.AlignmentFlag.AlignLeft
                       | Qt.AlignmentFlag.AlignVCenter, fm.elidedText(label, Qt.TextElideMode.ElideRight,
                                                                         int(label_w)))
            r = min(row_h * 0.22, bar_w / max(most, 1) / 2.4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.accent))
            for k in range(n):
                p.drawEllipse(QPointF(bar_x + r + k * r * 2.4, y + row_h * 0.46), r, r)
            p.setPen(QColor(t.ink))
            p.drawText(QRectF(box.right() - pad - lf.pixelSize() * 3, y, lf.pixelSize() * 3, row_h * 0.92),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(n))

    def _paint_laser(self, p: QPainter) -> None:
        r = max(self.height() * 0.09, 40)
        c = self.pointer
        shade = QPainterPath()
        shade.setFillRule(Qt.FillRule.OddEvenFill)
        shade.addRect(QRectF(self.rect()))
        shade.addEllipse(c, r, r)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillPath(shade, QColor(0, 0, 0, 110 if self.theme == "light" else 150))
        accent = QColor(THEMES[self.theme].accent)
        p.setPen(QPen(accent, 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(c, r, r)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent)
        p.drawEllipse(c, 6, 6)

    def _paint_note(self, p: QPainter, text: str, top: bool = False) -> None:
        t = THEMES[self.theme]
        f = QFont(p.font())
        f.setPixelSize(max(int(self.height() * 0.024), 14))
        p.setFont(f)
        box = QRectF(self.width() * 0.1, self.height() * (0.03 if top else 0.45),
                     self.width() * 0.8, f.pixelSize() * 2.2)
        if top:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.accent))
            p.drawRoundedRect(box, 8, 8)
            p.setPen(QColor("#ffffff"))
        else:
            p.setPen(QColor(t.ink))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
