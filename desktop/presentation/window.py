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

The window holds the state, the geometry (figure points <-> widget pixels) and the
navigation; it mixes in its input handling (`input.py`), its workshop tools (scenarios,
dot voting, live edits: `workshop.py`) and its painting (`painting.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from desktop.domain.presentation import workshop_live as live
from desktop.domain.presentation.cache import SceneCache
from desktop.domain.presentation.navigation import Navigator
from desktop.domain.presentation.path import objectives, path_refs
from desktop.domain.visuals.visual import Visual
from desktop.presentation.input import PresentationInput
from desktop.presentation.painting import PresentationPainting
from desktop.presentation.workshop import WorkshopTools

MARGIN = 0.025  # of the screen width, around the figure
MAX_ZOOM = 8.0


class PresentationWindow(PresentationInput, WorkshopTools, PresentationPainting, QWidget):
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
        self.rows = session.rows  # the session patches it before `changed` reaches us
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
