"""The interactive QGraphicsView of the Part B timeline.

Mouse: drag a bar to move it (snapped; a single bar can also change lane), drag its
ends to resize, Alt-drag (or the link tool) from bar to bar to add a dependency, drag on
empty space for a rubber band (Shift adds), the draw tool drags a new action in a lane,
middle button or Space-drag pans, Ctrl+wheel zooms, double-click edits (or adds on an
empty lane). Keys: Delete, arrows (move by one snap unit; Shift+left/right resizes;
up/down changes lane), Ctrl+C / Ctrl+V, Ctrl+A, F fits all, Escape.

Every change goes through `RoadmapSession.apply`; store errors become `message`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsView

from db.errors import RoadmapError
from db.ops import Create, Delete, Update
from db.store import new_id
from desktop.canvas.items import BarItem
from desktop.canvas.timeline_scene import TimelineScene
from desktop.domain.reasons import refusal_text
from desktop.domain.visuals import style
from desktop.domain.visuals.timeline import (
    DAY,
    move_span,
    resize_end,
    resize_start,
    shift_span,
    snap,
    unit_add,
)
from desktop.domain.words import nl_en

EDGE_PX = 6.0  # how close (screen pixels) to a bar end a press starts a resize
DRAG_PX = 3.0
MIN_ZOOM, MAX_ZOOM = 0.001, 400.0  # hard bounds; zoom_limits() gives the sensible ones
MAX_DAY_PX = 48.0  # zoomed in at most until one day is this wide on screen
MIN_FIT = 0.5  # zoomed out at most until the whole chart takes half the window
STICKY_PX = 128  # width of the lane-label column kept at the left edge while scrolling
OVERVIEW_PX = 4.0  # bars shorter than this on screen: draw the overview blocks
COPY_FIELDS = ("value_chain_id", "lane_id", "programme_id", "code", "title", "description", "kind",
               "category", "start_date", "end_date", "owner_id", "trl_start", "trl_end", "status",
               "budget_eur", "fte", "deliverable")
_clipboard: list[dict] = []


class TimelineView(QGraphicsView):
    message = Signal(str)
    edit_requested = Signal(str)  # action id
    zoomed = Signal()

    def __init__(self, session, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.timeline = TimelineScene(lang, self)
        self.setScene(self.timeline)
        self.snap_unit = "month"
        self.tool = "select"  # select | link | draw
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAccessibleName(self.tr("Timeline of actions"))
        self._drag: dict | None = None
        self._space = False
        self.select_after: set[str] = set()
        self.live_dates = ""  # the dates shown while dragging (last shown)
        self.rename_editor = None  # the inline title field after drawing an action
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.zoomed.emit())
        self.zoomed.connect(self.update_detail)

    # -- helpers -------------------------------------------------------------------------

    @property
    def layout_(self):
        return self.timeline.layout

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_limits(self) -> tuple[float, float]:
        """The zoom range that makes sense for this chart: out until the whole chart takes
        half the window, in until one day is MAX_DAY_PX pixels wide."""
        lay, rect = self.layout_, self.timeline.sceneRect()
        if lay is None or rect.isEmpty():
            return MIN_ZOOM, MAX_ZOOM
        vp = self.viewport().rect()
        fit = min(vp.width() / rect.width(), vp.height() / rect.height())
        lo = max(MIN_ZOOM / 10, MIN_FIT * fit)
        hi = max(lo * 2, MAX_DAY_PX / max(lay.scale.px_per_day, 1e-9))
        return lo, min(hi, MAX_ZOOM)

    def zoom_by(self, f: float, anchor: QPointF | None = None) -> None:
        """What the user's zoom does (Ctrl+wheel, Zoom in/out): zoom by `f`, within
        zoom_limits(); a zoom already outside them only moves back towards them."""
        lo, hi = self.zoom_limits()
        now = self.zoom()
        target = now * f
        if f > 1:
            target = min(target, max(hi, now))
        else:
            target = max(target, min(lo, now))
        if target != now:
            self.set_zoom(target, anchor)

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to `factor` (scene units per pixel), keeping the scene point under `anchor`."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        anchor = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self.resetTransform()
        self.scale(factor, factor)
        after = self.mapToScene(anchor.toPoint())
        d = after - before
        self.translate(d.x(), d.y())
        self.zoomed.emit()

    def fit_all(self) -> None:
        """Show the whole chart. A chart much taller than the window is squeezed only
        vertically (the overview then draws plain blocks), so time keeps its width."""
        rect = self.timeline.sceneRect()
        if rect.isEmpty():
            return
        vp = self.viewport().rect()
        sx, sy = vp.width() / rect.width(), vp.height() / rect.height()
        if sy < sx / 2:
            self.resetTransform()
            self.scale(sx * 0.98, sy * 0.98)
            self.centerOn(rect.center())
        else:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomed.emit()

    def bar_at(self, pos: QPoint) -> BarItem | None:
        for item in self.items(pos):
            if isinstance(item, BarItem):
                return item
        return None

    def arrow_at(self, pos: QPoint):
        if self.timeline.overview_mode:
            return None
        p = self.mapToScene(pos)
        return self.timeline.arrow_layer.arrow_at(p.x(), p.y(), 4.0 / max(self.zoom(), 1e-6))

    def update_detail(self) -> None:
        """Level of detail: plain blocks when bars would be a few pixels tall."""
        lay = self.layout_
        if lay is not None:
            self.timeline.set_overview(self.transform().m22() * lay.metrics.bar_h < OVERVIEW_PX)

    def _apply(self, ops, text: str) -> bool:
        if not ops:
            return False
        try:
            self.session.apply(ops, text)
        except RoadmapError as exc:
            self.message.emit(refusal_text(exc, self.lang))
            self._restore()
            return False
        return True

    def _restore(self) -> None:
        """Put previewed items back where the layout has them."""
        self.timeline.restore()

    def _days(self, dx_scene: float) -> float:
        return dx_scene / self.layout_.scale.px_per_day

    # -- feedback: tool tips and live dates ------------------------------------------------

    def bar_text(self, action_id: str) -> str:
        """What the hover tool tip says about an action: title, dates, owner, TRL, status."""
        from db.catalogue import STATUS

        store = self.session.store
        row = store.get("action", action_id) or {}
        lines = [row.get("title") or ""]
        start, end = row.get("start_date") or "", row.get("end_date") or ""
        lines.append(start if row.get("kind") == "milestone" or start == end else f"{start} – {end}")
        owner = store.get("partner", row["owner_id"]) if row.get("owner_id") else None
        if owner:
            lines.append(self.tr("Owner: %1").replace(
                "%1", owner.get("short_name") or owner.get("name") or ""))
        if row.get("trl_start") is not None or row.get("trl_end") is not None:
            lines.append(self.tr("TRL %1 → %2").replace("%1", str(row.get("trl_start") or "–"))
                         .replace("%2", str(row.get("trl_end") or "–")))
        status = {c.code: nl_en(self.lang, c.nl, c.en) for c in STATUS}
        if row.get("status"):
            lines.append(self.tr("Status: %1").replace("%1", status.get(row["status"], row["status"])))
        return "\n".join(lines)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ToolTip and self._drag is None:
            bar = self.bar_at(event.pos())
            if bar is not None:
                from PySide6.QtWidgets import QToolTip

                from desktop.app.plain_text import literal

                QToolTip.showText(event.globalPos(), literal(self.bar_text(bar.action_id)),
                                  self.viewport())
                return True
        return super().viewportEvent(event)

    def _show_dates(self, start: dt.date, end: dt.date) -> None:
        """While dragging: the dates the action will get, next to the pointer."""
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QToolTip

        text = start.isoformat() if start >= end else f"{start.isoformat()} – {end.isoformat()}"
        QToolTip.showText(QCursor.pos(), text, self.viewport())
        self.live_dates = text

    # -- lane labels that stay in view ---------------------------------------------------

    def sticky_lanes(self) -> bool:
        """Whether the lane labels are drawn pinned to the left edge: the chart's own label
        column is scrolled (partly) out of view, or zoomed too small to read."""
        lay = self.layout_
        if lay is None or not lay.lanes:
            return False
        from desktop.canvas.items import LABEL_W

        left = self.mapFromScene(QPointF(-LABEL_W, 0)).x()
        return left < 0 or self.transform().m11() < 0.75

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        if not self.sticky_lanes():
            return
        from desktop.canvas.sticky_lanes import paint_sticky_lanes

        painter.save()
        painter.resetTransform()
        paint_sticky_lanes(painter, self, STICKY_PX)
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        if self.sticky_lanes() or dx:  # the pinned column was moved with the pixels
            self.viewport().update(0, 0, STICKY_PX + abs(dx) + 2, self.viewport().height())

    # -- inline rename ---------------------------------------------------------------------

    def start_rename(self, action_id: str):
        """A text field over the bar of `action_id`, its title selected: typing renames it
        (Return or leaving the field stores it as its own undo step; Esc keeps the name)."""
        from desktop.canvas.rename import InlineRename

        item = self.timeline.bars.get(action_id)
        row = self.session.store.get("action", action_id)
        if item is None or row is None or self.session.store.read_only:
            return None
        self.finish_rename()
        self.centerOn(item)
        self.rename_editor = InlineRename(self, action_id, row.get("title") or "")
        return self.rename_editor

    def finish_rename(self) -> None:
        editor = getattr(self, "rename_editor", None)
        self.rename_editor = None
        if editor is not None:
            editor.done()

    def rename(self, action_id: str, title: str) -> bool:
        row = self.session.store.get("action", action_id)
        if row is None or not title.strip() or title == row.get("title"):
            return False
        return self._apply([Update("action", action_id, {"title": title})],
                           self.tr("Rename action"))

    # -- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.layout_ is None:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.MiddleButton or (
                event.button() == Qt.MouseButton.LeftButton and self._space):
            self._drag = {"mode": "pan", "last": pos}
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        scene_pos = self.mapToScene(pos)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        bar = self.bar_at(pos)
        if bar is not None:
            if self.tool == "link" or event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self._start_link(bar, scene_pos)
                return
            if shift:
                bar.setSelected(not bar.isSelected())
                self._drag = None
                return
            if not bar.isSelected():
                self.timeline.clearSelection()
                bar.setSelected(True)
            self._start_bar_drag(bar, scene_pos, pos)
            return
        arrow = self.arrow_at(pos)
        if arrow is not None:
            if not shift:
                self.timeline.clearSelection()
            arrow.setSelected(not arrow.isSelected() if shift else True)
            return
        if self.tool == "draw":
            lane = self.layout_.lane_at(scene_pos.y())
            if lane is not None and scene_pos.x() >= 0:
                self._start_draw(lane, scene_pos)
                return
        if shift:  # rubber band that adds to the selection (Qt adds with Ctrl)
            event = _with_ctrl(event)
        super().mousePressEvent(event)

    def _start_bar_drag(self, bar: BarItem, scene_pos: QPointF, pos: QPoint) -> None:
        rect = self.mapFromScene(bar.scene_bar_rect()).boundingRect()
        mode = "move"
        if bar.geom.kind == "action" and rect.width() > 3 * EDGE_PX:
            if abs(pos.x() - rect.left()) <= EDGE_PX:
                mode = "resize_l"
            elif abs(pos.x() - rect.right()) <= EDGE_PX:
                mode = "resize_r"
        self._drag = {"mode": mode, "anchor": bar, "press": scene_pos, "press_px": pos,
                      "items": self.timeline.selected_bars() if mode == "move" else [bar],
                      "active": False, "delta": 0.0}

    def _start_link(self, bar: BarItem, scene_pos: QPointF) -> None:
        c = bar.scene_bar_rect().center()
        line = QGraphicsLineItem(c.x(), c.y(), scene_pos.x(), scene_pos.y())
        pen = QPen(QColor(style.ACCENT), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        line.setPen(pen)
        line.setZValue(100)
        self.timeline.addItem(line)
        self._drag = {"mode": "link", "anchor": bar, "line": line}

    def _start_draw(self, lane, scene_pos: QPointF) -> None:
        ghost = QGraphicsRectItem()
        pen = QPen(QColor(style.ACCENT), 1.2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        ghost.setPen(pen)
        ghost.setBrush(QColor(style.mix(style.ACCENT, style.PAPER, 0.8)))
        ghost.setZValue(100)
        self.timeline.addItem(ghost)
        self._drag = {"mode": "draw", "lane": lane, "press": scene_pos, "ghost": ghost,
                      "span": None}
        self._update_draw(scene_pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        d = self._drag
        if d is None:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                event = _with_ctrl(event)
            return super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        scene_pos = self.mapToScene(pos)
        mode = d["mode"]
        if mode == "pan":
            delta = pos - d["last"]
            d["last"] = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
        elif mode == "link":
            line = d["line"].line()
            d["line"].setLine(line.x1(), line.y1(), scene_pos.x(), scene_pos.y())
        elif mode == "draw":
            self._update_draw(scene_pos)
        else:
            if not d["active"] and (pos - d["press_px"]).manhattanLength() < DRAG_PX:
                return
            d["active"] = True
            self.drag_to(scene_pos)

    def drag_to(self, scene_pos: QPointF, d: dict | None = None) -> None:
        """Preview a move or resize with the pointer at `scene_pos` (snapped)."""
        d = d or self._drag
        lay = self.layout_
        s = lay.scale
        anchor: BarItem = d["anchor"]
        g = anchor.geom
        delta = self._days(scene_pos.x() - d["press"].x())
        d["delta"] = delta
        unit = self.snap_unit
        if d["mode"] == "move":
            ns, _ne = move_span(g.start, g.end, delta, unit)
            self._show_dates(ns, _ne)
            dx = s.to_x(ns) - s.to_x(g.start)
            dy = scene_pos.y() - d["press"].y() if len(d["items"]) == 1 else 0.0
            for item in d["items"]:
                item.move_to(item.geom.x + dx, item.geom.y + dy)
            self.timeline.reroute([i.action_id for i in d["items"]])
        else:
            fn = resize_start if d["mode"] == "resize_l" else resize_end
            ns, ne = fn(g.start, g.end, delta, unit)
            self._show_dates(ns, ne)
            x0 = s.to_x(ns)
            anchor.set_preview(x0 - g.x, s.x_after(ne) - x0)
            self.timeline.reroute([anchor.action_id])

    def _update_draw(self, scene_pos: QPointF) -> None:
        d = self._drag
        s = self.layout_.scale
        a = snap(s.to_date(max(0.0, d["press"].x())), self.snap_unit)
        b = snap(s.to_date(max(0.0, scene_pos.x())), self.snap_unit)
        if b < a:
            a, b = b, a
        if b == a:
            b = unit_add(a, self.snap_unit)
        d["span"] = (a, b - DAY)
        lane = d["lane"]
        m = self.layout_.metrics
        d["ghost"].setRect(QRectF(s.to_x(a), lane.y + m.lane_pad, s.to_x(b) - s.to_x(a), m.bar_h))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        d, self._drag = self._drag, None
        if d is None:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                event = _with_ctrl(event)
            return super().mouseReleaseEvent(event)
        mode = d["mode"]
        pos = event.position().toPoint()
        if mode == "pan":
            self.viewport().unsetCursor()
        elif mode == "link":
            self.timeline.removeItem(d["line"])
            target = self.bar_at(pos)
            if target is not None and target is not d["anchor"]:
                self.link(d["anchor"].action_id, target.action_id)
        elif mode == "draw":
            self.timeline.removeItem(d["ghost"])
            if d["span"] is not None:
                new = self.add_action(d["lane"], *d["span"])
                if new is not None:
                    self.start_rename(new)
        elif d["active"]:
            self.drag_to(self.mapToScene(pos), d)
            self._commit_drag(d, self.mapToScene(pos))

    def _commit_drag(self, d: dict, scene_pos: QPointF) -> None:
        unit, delta = self.snap_unit, d["delta"]
        ops = []
        if d["mode"] == "move":
            lane_values: dict = {}
            if len(d["items"]) == 1:
                lane_values = self._lane_change(d["anchor"], scene_pos.y())
            for item in d["items"]:
                g = item.geom
                ns, ne = move_span(g.start, g.end, delta, unit)
                values = dict(lane_values)
                if (ns, ne) != (g.start, g.end):
                    values.update(start_date=ns.isoformat(), end_date=ne.isoformat())
                if values:
                    ops.append(Update("action", g.id, values))
            text = self.tr("Move action") if len(ops) <= 1 else self.tr("Move actions")
        else:
            g = d["anchor"].geom
            fn = resize_start if d["mode"] == "resize_l" else resize_end
            ns, ne = fn(g.start, g.end, delta, unit)
            if (ns, ne) != (g.start, g.end):
                ops.append(Update("action", g.id, {"start_date": ns.isoformat(),
                                                    "end_date": ne.isoformat()}))
            text = self.tr("Resize action")
        if not ops:
            self._restore()
            return
        self._apply(ops, text)

    def _lane_change(self, bar: BarItem, y: float) -> dict:
        lane = self.layout_.lane_at(y)
        g = bar.geom
        if lane is None or lane.key == g.lane_key or lane.lane_id is None:
            return {}
        values = {"lane_id": lane.lane_id}
        if lane.chain_id != g.chain_id:
            values["value_chain_id"] = lane.chain_id
        return values

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        bar = self.bar_at(pos)
        if bar is not None:
            self._drag = None
            self.edit_requested.emit(bar.action_id)
            return
        lay = self.layout_
        scene_pos = self.mapToScene(pos)
        if lay is not None and scene_pos.x() >= 0 and self.arrow_at(pos) is None:
            lane = lay.lane_at(scene_pos.y())
            if lane is not None:
                start = snap(lay.scale.to_date(scene_pos.x()), self.snap_unit)
                new = self.add_action(lane, start, unit_add(start, "quarter") - DAY)
                if new is not None:
                    self.start_rename(new)
                return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.zoom_by(1.15 ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)
        self.zoomed.emit()

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            return
        if event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            for item in self.timeline.bars.values():
                item.setSelected(True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            n = -1 if key == Qt.Key.Key_Left else 1
            self.nudge(n, resize=bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.change_lane(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_F and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self.fit_all()
        elif key == Qt.Key.Key_Escape:
            self._cancel()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            return
        super().keyReleaseEvent(event)

    def _cancel(self) -> None:
        d, self._drag = self._drag, None
        if d and d["mode"] == "link":
            self.timeline.removeItem(d["line"])
        elif d and d["mode"] == "draw":
            self.timeline.removeItem(d["ghost"])
        elif d is None:
            self.timeline.clearSelection()
        self._restore()

    # -- edits ---------------------------------------------------------------------------

    def link(self, src: str, dst: str) -> bool:
        return self._apply([Create("dependency", {"from_action_id": src, "to_action_id": dst,
                                                  "kind": "finish_start"})],
                           self.tr("Add dependency"))

    def add_action(self, lane, start: dt.date, end: dt.date) -> str | None:
        ops = []
        lane_id = lane.lane_id
        if lane_id is None and lane.layer != "other":  # a default layer: make it a lane row
            lane_id = new_id()
            ops.append(Create("lane", {"name": lane.name, "layer": lane.layer,
                                       "value_chain_id": lane.chain_id}, id=lane_id))
        action_id = new_id()
        from desktop.domain.wizard.default_names import new_name

        title = new_name("action", self.session.store.roadmap(), self.lang)
        ops.append(Create("action", {"title": title, "kind": "action",
                                     "value_chain_id": lane.chain_id, "lane_id": lane_id,
                                     "start_date": start.isoformat(), "end_date": end.isoformat(),
                                     "status": "planned"}, id=action_id))
        self.select_after = {action_id}
        return action_id if self._apply(ops, self.tr("Add action")) else None

    def _delete_ops(self) -> list:
        bars = self.timeline.selected_bars()
        gone = {b.action_id for b in bars}
        ops = [Delete("action", b.action_id) for b in bars]
        ops += [Delete("dependency", a.dependency_id) for a in self.timeline.selected_arrows()
                if a.geom.src not in gone and a.geom.dst not in gone]
        return ops

    def delete_selected(self) -> None:
        ops = self._delete_ops()
        if ops:
            self._apply(ops, self.tr("Delete"))

    def cut(self) -> None:
        """Copy the selected actions and delete the selection (one undo step)."""
        if not self.timeline.selected_bars():
            return
        self.copy()
        self._apply(self._delete_ops(), self.tr("Cut"))

    # what the Edit menu asks before it offers Cut, Copy, Paste and Delete
    def can_copy(self) -> bool:
        return bool(self.timeline.selected_bars())

    def can_cut(self) -> bool:
        return self.can_copy() and not self.session.store.read_only

    def can_paste(self) -> bool:
        return bool(_clipboard) and not self.session.store.read_only

    def can_delete(self) -> bool:
        return bool(self.timeline.selected_bars() or self.timeline.selected_arrows()) and \
            not self.session.store.read_only

    def nudge(self, n: int, resize: bool = False) -> None:
        ops = []
        for item in self.timeline.selected_bars():
            g = item.geom
            if resize and g.kind == "action":
                after = unit_add(g.end + DAY, self.snap_unit, n)
                if after <= g.start:
                    continue
                span = (g.start, after - DAY)
            else:
                span = shift_span(g.start, g.end, n, self.snap_unit)
            ops.append(Update("action", g.id, {"start_date": span[0].isoformat(),
                                                "end_date": span[1].isoformat()}))
        self._apply(ops, self.tr("Resize action") if resize else self.tr("Move action"))

    def change_lane(self, step: int) -> None:
        lanes = [ln for ln in self.layout_.lanes if ln.kind == "lane" and ln.lane_id]
        ops = []
        for item in self.timeline.selected_bars():
            g = item.geom
            keys = [ln.key for ln in lanes]
            here = self.layout_.lane(g.lane_key)
            if here is None:
                continue
            i = keys.index(g.lane_key) if g.lane_key in keys else \
                max([k for k, ln in enumerate(lanes) if ln.y < here.y] or [-1])
            j = i + step
            if 0 <= j < len(lanes):
                target = lanes[j]
                values = {"lane_id": target.lane_id}
                if target.chain_id != g.chain_id:
                    values["value_chain_id"] = target.chain_id
                ops.append(Update("action", g.id, values))
        self._apply(ops, self.tr("Change lane"))

    def copy(self) -> None:
        rows = []
        for item in self.timeline.selected_bars():
            row = self.session.store.get("action", item.action_id)
            if row:
                rows.append({k: row.get(k) for k in COPY_FIELDS if row.get(k) is not None})
        if rows:
            _clipboard[:] = rows
            self.message.emit(self.tr("%n item(s) copied", "", len(rows)))

    def paste(self) -> None:
        ops, ids = [], set()
        for row in _clipboard:
            values = dict(row)
            for ref, entity in (("lane_id", "lane"), ("owner_id", "partner"),
                                ("value_chain_id", "value_chain"), ("programme_id", "programme")):
                if values.get(ref) and self.session.store.get(entity, values[ref]) is None:
                    values.pop(ref)
            aid = new_id()
            ids.add(aid)
            ops.append(Create("action", values, id=aid))
        if ops:
            self.select_after = ids
            if self._apply(ops, self.tr("Paste")):
                self.timeline.clearSelection()
                for aid in ids:
                    item = self.timeline.bars.get(aid)
                    if item is not None:
                        item.setSelected(True)

    def apply_selection_after_sync(self) -> None:
        if self.select_after:
            present = [self.timeline.bars[i] for i in self.select_after if i in self.timeline.bars]
            if present:
                self.timeline.clearSelection()
                for item in present:
                    item.setSelected(True)
            self.select_after = set()


def _with_ctrl(event: QMouseEvent) -> QMouseEvent:
    mods = (event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier) | Qt.KeyboardModifier.ControlModifier
    return QMouseEvent(event.type(), event.position(), event.scenePosition(),
                       event.globalPosition(), event.button(), event.buttons(), mods)


__all__ = ["TimelineView"]
