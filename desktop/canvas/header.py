"""The time header above the timeline: term bands, years, and quarters or months
depending on the zoom. It stays put while the chart scrolls vertically."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.domain.visuals import style
from desktop.domain.visuals.timeline import _label, header_levels, ticks

ROW_TERM, ROW_YEAR, ROW_SUB = 18, 18, 15
TERM_WORDS = {"nl": {"short": "Korte termijn", "medium": "Middellange termijn",
                     "long": "Lange termijn", "today": "Vandaag"},
              "en": {"short": "Short term", "medium": "Medium term", "long": "Long term",
                     "today": "Today"}}


class TimeHeader(QWidget):
    def __init__(self, view, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.lang = lang
        self.words = TERM_WORDS["nl" if lang == "nl" else "en"]
        self.setFixedHeight(ROW_TERM + ROW_YEAR + ROW_SUB + 2)
        self.setAccessibleName(self.tr("Time axis"))
        view.zoomed.connect(self.update)

    def _x(self, scene_x: float) -> float:
        p = self.view.mapFromScene(QPointF(scene_x, 0))
        return self.mapFromGlobal(self.view.viewport().mapToGlobal(p)).x()

    def paintEvent(self, _event) -> None:  # noqa: N802
        lay = self.view.timeline.layout
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(style.HEADER_BG))
        if lay is None:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        s = lay.scale
        zoom = self.view.zoom()
        x_left = self.view.mapToScene(0, 0).x()
        x_right = self.view.mapToScene(self.view.viewport().width(), 0).x()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(8)
        small = QFont(self.font())
        small.setPointSizeF(7.5)
        for band in lay.bands:
            x0, x1 = self._x(s.to_x(band.start)), self._x(s.x_after(band.end))
            r = QRectF(x0 + 1, 1, x1 - x0 - 2, ROW_TERM - 3)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(style.TERM_FILL[band.term]))
            p.drawRoundedRect(r, 2, 2)
            p.setPen(QColor(style.TERM_INK))
            p.setFont(bold)
            text = self.words[band.term]
            if band.end.year > band.start.year:
                text += f"  {band.start.year}–{band.end.year}"
            visible = r.intersected(QRectF(0, 0, self.width(), ROW_TERM))
            p.drawText(visible, Qt.AlignmentFlag.AlignCenter, p.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(max(visible.width() - 4, 0))))
        levels = header_levels(s.px_per_day * zoom)
        y = ROW_TERM
        for level in levels:
            h = ROW_YEAR if level == "year" else ROW_SUB
            p.setFont(bold if level == "year" else small)
            for t in ticks(s, level, self.lang, x_from=max(x_left, 0.0), x_to=max(x_right, 0.0)):
                x0, x1 = self._x(t.x0), self._x(t.x1)
                p.setPen(QPen(QColor(style.RULE), 0))
                p.drawLine(QPointF(x0, y + 2), QPointF(x0, y + h))
                p.setPen(QColor(style.INK if level == "year" else style.MUTED))
                label = tick_label(t.start, level, self.lang, x1 - x0)
                p.drawText(QRectF(x0, y, x1 - x0, h), Qt.AlignmentFlag.AlignCenter, label)
            y += h
        p.setPen(QPen(QColor(style.RULE), 1))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        tx = lay.today_x
        if tx is not None:
            x = self._x(tx)
            r = QRectF(x - 24, ROW_TERM + ROW_YEAR + 1, 48, ROW_SUB - 2)  # on the sub row
            p.setPen(QPen(QColor(style.TODAY), 1.2))
            p.drawLine(QPointF(x, ROW_TERM + ROW_YEAR), QPointF(x, self.height()))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(style.TODAY))
            p.drawRoundedRect(r, 3, 3)
            p.setPen(QColor(style.PAPER))
            p.setFont(small)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, self.words["today"])
        p.end()


def tick_label(start, level: str, lang: str, width_px: float) -> str:
    """The label of a header cell `width_px` wide on screen (shortened when narrow)."""
    return _label(start, level, lang, width_px)
