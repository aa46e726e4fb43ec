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
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsView

from db.errors import RoadmapError
from db.ops import Update
from desktop.canvas.items import BarItem
from desktop.canvas.timeline_edits import TimelineEdits
from desktop.canvas.timeline_mouse import TimelineMouse
from desktop.canvas.timeline_scene import TimelineScene
from desktop.domain.reasons import refusal_text
from desktop.domain.words import nl_en

MIN_ZOOM, MAX_ZOOM = 0.001, 400.0  # hard bounds; zoom_limits() gives the sensible ones
MAX_DAY_PX = 48.0  # zoomed in at most until one day is this wide on screen
MIN_FIT = 0.5  # zoomed out at most until the whole chart takes half the window
STICKY_PX = 128  # width of the lane-label column kept at the left edge while scrolling
OVERVIEW_PX = 4.0  # bars shorter than this on screen: draw the overview blocks


class TimelineView(TimelineMouse, TimelineEdits, QGraphicsView):
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

        if event.type() == QEvent.Type.Paint:  # the bars of lanes coming into view first
            self.timeline.realize(self.mapToScene(self.viewport().rect()).boundingRect())
        elif event.type() == QEvent.Type.ToolTip and self._drag is None:
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

__all__ = ["TimelineView"]
