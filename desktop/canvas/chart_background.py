"""The Part B chart's background (lanes, labels, term tints, time grid, today-line) and the
overview blocks drawn instead of the bars when zoomed far out."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from desktop.canvas.items import LABEL_W, colour, exposed_rect, font, lod
from desktop.domain.visuals import style
from desktop.domain.visuals.part_b_layout import TimelineLayout
from desktop.domain.visuals.timeline import ticks


class OverviewItem(QGraphicsItem):
    """Every bar as a plain block, drawn in one call per colour: what the chart shows when
    zoomed so far out that single bars are a few pixels (the bar items are hidden then).
    Blocks are kept by bar id, so an edit replaces only the blocks of the bars it moved."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(0)
        self._rects: dict[str, dict[str, QRectF]] = {}  # colour -> bar id -> block
        self._colour_of: dict[str, str] = {}
        self._lists: list[tuple[str, list[QRectF]]] | None = None
        self._bounds = QRectF()

    def _block(self, g) -> tuple[str, QRectF]:
        return (g.style.fill if g.kind == "action" else g.owner_colour,
                QRectF(g.x, g.y - self.y(), max(g.w, 1.0), g.h))

    def set_bars(self, bars) -> None:
        """Show exactly the blocks of `bars` (the item at y = 0)."""
        self.prepareGeometryChange()
        self.setPos(0.0, 0.0)
        self._rects, self._colour_of = {}, {}
        x0 = y0 = float("inf")
        x1 = y1 = float("-inf")
        for g in bars:
            c, r = self._block(g)
            self._rects.setdefault(c, {})[g.id] = r
            self._colour_of[g.id] = c
            x0, y0 = min(x0, r.left()), min(y0, r.top())
            x1, y1 = max(x1, r.right()), max(y1, r.bottom())
        self._bounds = QRectF(x0, y0, x1 - x0, y1 - y0) if self._colour_of else QRectF()
        self._lists = None
        self.update()

    def update_bars(self, geoms, removed) -> None:
        """Replace the blocks of the bars `geoms` and drop those of the ids `removed`."""
        bounds = QRectF(self._bounds)
        for key in removed:
            c = self._colour_of.pop(key, None)
            if c is not None:
                self._rects[c].pop(key, None)
        for g in geoms:
            c = self._colour_of.get(g.id)
            if c is not None:
                self._rects[c].pop(g.id, None)
            c, r = self._block(g)
            self._rects.setdefault(c, {})[g.id] = r
            self._colour_of[g.id] = c
            bounds = bounds.united(r) if bounds.isValid() else r
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._lists = None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: N802
        if self._lists is None:
            self._lists = [(c, list(d.values())) for c, d in self._rects.items() if d]
        # blocks of a pixel or less: antialiasing them costs most of the frame and shows nothing
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for c, rects in self._lists:
            painter.setBrush(colour(c))
            painter.drawRects(rects)


class ChartBackground(QGraphicsItem):
    """Lanes with their labels, chain headers, term tints, the time grid and the today-line.

    Paints only what is exposed, finding the visible lanes by bisection.
    """

    def __init__(self, layout: TimelineLayout, lang: str) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(-10)
        self.lang = lang
        self.set_layout(layout)

    def set_layout(self, layout: TimelineLayout) -> None:
        self.prepareGeometryChange()
        self.layout = layout
        self._tops = [ln.y for ln in layout.lanes]
        self._bounds = QRectF(-LABEL_W, 0, LABEL_W + layout.width + 1, max(layout.height, 40))
        self._years = ticks(layout.scale, "year", self.lang)
        self._quarters = ticks(layout.scale, "quarter", self.lang)
        self._months = None  # made when first zoomed in that far
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: N802
        lay = self.layout
        exposed = exposed_rect(painter, option)
        if not exposed.isValid():
            exposed = self._bounds
        top, bottom = exposed.top(), exposed.bottom()
        scale = lod(painter)
        s = lay.scale
        right = lay.width
        for band in lay.bands:
            x0, x1 = s.to_x(band.start), s.x_after(band.end)
            painter.fillRect(QRectF(x0, top, x1 - x0, bottom - top), colour(style.TERM_TINT[band.term]))
        pen_grid = QPen(colour(style.GRID), 0)
        painter.setPen(pen_grid)
        for t in self._years:
            painter.drawLine(QPointF(t.x0, top), QPointF(t.x0, bottom))
        if scale * 91 * s.px_per_day > 18:
            painter.setPen(QPen(colour(style.GRID_MINOR), 0))
            months = scale * 30.4 * s.px_per_day > 26
            if months and self._months is None:
                self._months = ticks(s, "month", self.lang)
            for t in (self._months if months else self._quarters):
                if t.start.month != 1:
                    painter.drawLine(QPointF(t.x0, top), QPointF(t.x0, bottom))
        i = max(0, bisect.bisect_right(self._tops, top) - 1)
        lanes = lay.lanes
        text_ok = scale * 9 >= 5
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, scale > 0.5)
        while i < len(lanes) and lanes[i].y <= bottom:
            ln = lanes[i]
            i += 1
            if ln.kind == "chain":
                painter.fillRect(QRectF(-LABEL_W, ln.y + 3, LABEL_W + right, ln.h - 3),
                                 colour(style.mix(ln.colour, style.PAPER, 0.85)))
                painter.fillRect(QRectF(-LABEL_W, ln.y + 3, 4, ln.h - 3), colour(ln.colour))
                if text_ok:
                    painter.setPen(colour(style.mix(ln.colour, style.INK, 0.45)))
                    painter.setFont(font(9.5, True, painter))
                    painter.drawText(QRectF(-LABEL_W + 10, ln.y + 3, 600, ln.h - 3),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                     ln.name)
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(ln.colour))
            painter.drawRoundedRect(QRectF(-LABEL_W, ln.y + 1, LABEL_W - 8, ln.h - 2), 2.5, 2.5)
            if text_ok:
                painter.setPen(colour(style.mix(ln.colour, style.INK, 0.82)))
                painter.setFont(font(8.5, True, painter))
                painter.drawText(QRectF(-LABEL_W + 7, ln.y + 1, LABEL_W - 20, min(ln.h - 2, 60)),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                 | Qt.TextFlag.TextWordWrap, ln.name)
            painter.setPen(QPen(colour(style.RULE), 0))
            painter.drawLine(QPointF(-LABEL_W, ln.y1), QPointF(right, ln.y1))
        tx = lay.today_x
        if tx is not None:
            pen = QPen(colour(style.TODAY), 1.2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(QPointF(tx, top), QPointF(tx, bottom))
