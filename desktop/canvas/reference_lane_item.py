"""The read-only reference lanes under the Part B canvas: other roadmaps' milestones on the
timeline's time axis, as the printed figure draws them (desktop.domain.visuals.reference_lanes).

One item paints all lanes. It takes no mouse buttons, is neither selectable nor movable,
and the timeline's tools find no bar or lane in it, so nothing in it can be dragged or edited.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from desktop.canvas.items import LABEL_W, TEXT_SCALE, colour, font, lod
from desktop.domain.visuals import reference_lanes as rl

GAP = 12.0  # between the last action lane and the first reference lane


class ReferenceLanesItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(-5)
        self.lanes: list[rl.RefLane] = []
        self.width = 0.0
        self._years: list[float] = []
        self._bounds = QRectF()

    def set_lanes(self, lanes: list[rl.RefLane], scale, top: float) -> None:
        self.prepareGeometryChange()
        self.lanes = lanes
        self.width = scale.width
        self._years = rl.year_lines(scale)
        self.setPos(0, top + GAP)
        self._bounds = QRectF(-LABEL_W, 0, LABEL_W + self.width + 1, rl.lanes_height(lanes))
        self.setVisible(bool(lanes))
        self.update()

    def height(self) -> float:
        return GAP + rl.lanes_height(self.lanes) if self.lanes else 0.0

    def milestone_titles(self) -> list[str]:
        return [m.title for ln in self.lanes for m in ln.milestones]

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: N802
        scale = lod(painter)
        text_ok = scale * rl.LABEL_SIZE >= 5
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, scale > 0.5)
        for ln in self.lanes:
            painter.fillRect(QRectF(0, ln.y, self.width, ln.h), colour("#f7f8fa"))
            painter.setPen(QPen(colour("#e4e7eb"), 0))
            for x in self._years:
                painter.drawLine(QPointF(x, ln.y), QPointF(x, ln.y + ln.h))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(rl.LANE_FILL))
            painter.drawRoundedRect(QRectF(-LABEL_W, ln.y + 1, LABEL_W - 8, ln.h - 2), 2.5, 2.5)
            if text_ok:
                painter.setPen(colour(rl.LANE_INK))
                painter.setFont(font(rl.TITLE_SIZE, True, painter))
                top = ln.y + (ln.h - rl.TITLE_LINE_H * len(ln.title_lines)) / 2
                for i, text in enumerate(ln.title_lines):
                    painter.drawText(QRectF(-LABEL_W + 7, top + i * rl.TITLE_LINE_H, LABEL_W - 20 + 4,
                                            rl.TITLE_LINE_H),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            for m in ln.milestones:
                cx, cy, r = m.cx, ln.y + m.cy, rl.DIAMOND_R
                painter.setPen(QPen(colour(rl.DIAMOND_STROKE), 0.8))
                painter.setBrush(colour(rl.DIAMOND_FILL))
                painter.drawPolygon(QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy),
                                               QPointF(cx, cy + r), QPointF(cx - r, cy)]))
                if text_ok:
                    painter.save()
                    painter.translate(m.label_x, cy - 5.5)
                    painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
                    painter.setPen(colour(rl.LANE_INK))
                    painter.setFont(font(rl.LABEL_SIZE * TEXT_SCALE, False, painter))
                    align = Qt.AlignmentFlag.AlignRight if m.label_left else Qt.AlignmentFlag.AlignLeft
                    painter.drawText(QRectF(0, 0, (m.label_w + 2) * TEXT_SCALE, 11 * TEXT_SCALE),
                                     align | Qt.AlignmentFlag.AlignVCenter, m.title)
                    painter.restore()
            painter.setPen(QPen(colour("#cbd2d9"), 0))
            painter.drawLine(QPointF(-LABEL_W, ln.y + ln.h), QPointF(self.width, ln.y + ln.h))
