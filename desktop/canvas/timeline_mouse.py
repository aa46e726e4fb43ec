"""The timeline canvas's mouse handling: press, drag (move, resize, link, draw), release,
double-click and wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem

from db.ops import Update
from desktop.canvas.items import BarItem
from desktop.domain.visuals import style
from desktop.domain.visuals.timeline import DAY, move_span, resize_end, resize_start, snap, unit_add

EDGE_PX = 6.0  # how close (screen pixels) to a bar end a press starts a resize
DRAG_PX = 3.0


class TimelineMouse:
    """The mouse handling of TimelineView (mixed into it; `self` is the view)."""

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


def _with_ctrl(event: QMouseEvent) -> QMouseEvent:
    mods = (event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier) | Qt.KeyboardModifier.ControlModifier
    return QMouseEvent(event.type(), event.position(), event.scenePosition(),
                       event.globalPosition(), event.button(), event.buttons(), mods)
