"""The lane labels of the Part B canvas kept at the left edge of the window.

When the chart's own label column is scrolled out of view (or zoomed too small to read),
the timeline view paints this column over the left edge, in window pixels: a fixed-width
strip with each visible lane's colour and name at the lane's height, whatever the zoom.
Names are painted as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from desktop.domain.visuals import style


def lane_rows(view, width: int) -> list[tuple[object, QRectF]]:
    """The visible lanes with the rectangle (window pixels) their pinned label takes."""
    lay = view.layout_
    if lay is None:
        return []
    h = view.viewport().height()
    top, bottom = view.mapToScene(0, 0).y(), view.mapToScene(0, h).y()
    out = []
    for ln in lay.lanes:
        if ln.y1 < top or ln.y > bottom:
            continue
        y0 = view.mapFromScene(QPointF(0, ln.y)).y()
        y1 = view.mapFromScene(QPointF(0, ln.y1)).y()
        out.append((ln, QRectF(0, y0, width, max(y1 - y0, 1))))
    return out


def paint_sticky_lanes(painter: QPainter, view, width: int) -> None:
    h = view.viewport().height()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(QRectF(0, 0, width, h), QColor(style.HEADER_BG))
    base = QFont(view.font())
    bold = QFont(base)
    bold.setBold(True)
    bold.setPointSizeF(8.5)
    for ln, r in lane_rows(view, width):
        if ln.kind == "chain":
            painter.fillRect(r.adjusted(0, 1, 0, 0), QColor(style.mix(ln.colour, style.PAPER, 0.85)))
            painter.fillRect(QRectF(0, r.top() + 1, 4, r.height() - 1), QColor(ln.colour))
            ink = style.mix(ln.colour, style.INK, 0.45)
            text_rect = r.adjusted(9, 0, -4, 0)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ln.colour))
            painter.drawRoundedRect(r.adjusted(2, 1, -4, -1), 2.5, 2.5)
            ink = style.mix(ln.colour, style.INK, 0.82)
            text_rect = r.adjusted(8, 1, -8, -1)
        # the name in the part of the lane that is in view (a tall lane scrolled half out
        # of the window keeps its name readable)
        text_rect = text_rect.intersected(QRectF(0, 0, width, h))
        if text_rect.height() >= 11:
            painter.setFont(bold)
            painter.setPen(QColor(ink))
            fm = painter.fontMetrics()
            lines = max(1, int(text_rect.height() // fm.lineSpacing()))
            text = ln.name if lines > 1 else fm.elidedText(
                ln.name, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                             | (Qt.TextFlag.TextWordWrap if lines > 1 else 0), text)
    painter.setPen(QPen(QColor(style.RULE), 1))
    painter.drawLine(QPointF(width - 0.5, 0), QPointF(width - 0.5, h))
