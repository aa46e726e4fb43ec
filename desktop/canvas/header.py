"""The time header above the timeline: term bands, years, and quarters or months
depending on the zoom. It stays put while the chart scrolls vertically.

What it paints is worked out first (`TimeHeader.boxes`: every label with the box its text
takes in Qt's font metrics, and the Today badge) and then painted, so the badge can be put
where it covers no label: on the quarter/month row beside the today line when there is
room, else on the year row, else on the term row, else on the year row with that year's
label moved to a side of its cell, else a small marker at the bottom edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from desktop.domain.visuals import style
from desktop.domain.visuals.timeline import _label, header_levels, ticks
from desktop.domain.words import in_language

ROW_TERM, ROW_YEAR, ROW_SUB = 18, 18, 15
BADGE_GAP = 2.0  # free space kept between the badge and a label's text
TERM_WORDS = {"nl": {"short": "Korte termijn", "medium": "Middellange termijn",
                     "long": "Lange termijn", "today": "Vandaag"},
              "en": {"short": "Short term", "medium": "Medium term", "long": "Long term",
                     "today": "Today"}}


@dataclass
class HeaderLabel:
    cell: QRectF  # where the text is centred
    text: str
    font: QFont
    ink: str
    ink_box: QRectF  # what the text covers (Qt's metrics)
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter


@dataclass
class HeaderBoxes:
    bands: list[tuple[QRectF, str]] = field(default_factory=list)  # fill rect, term
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # x, y0, y1
    labels: list[HeaderLabel] = field(default_factory=list)
    today_x: float | None = None
    badge: QRectF | None = None  # the Today badge with its word, or None
    marker: QPolygonF | None = None  # the small marker used when no badge fits
    today_line: list[tuple[float, float]] = field(default_factory=list)  # y0, y1 pieces


class TimeHeader(QWidget):
    def __init__(self, view, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.lang = lang
        self.words = in_language(TERM_WORDS, lang)
        self.setFixedHeight(ROW_TERM + ROW_YEAR + ROW_SUB + 2)
        self.setAccessibleName(self.tr("Time axis"))
        view.zoomed.connect(self.update)

    def _x(self, scene_x: float) -> float:
        p = self.view.mapFromScene(QPointF(scene_x, 0))
        return self.mapFromGlobal(self.view.viewport().mapToGlobal(p)).x()

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(8)
        small = QFont(self.font())
        small.setPointSizeF(7.5)
        return bold, small

    def boxes(self) -> HeaderBoxes:
        """Everything the header paints, in widget coordinates."""
        out = HeaderBoxes()
        lay = self.view.timeline.layout
        if lay is None:
            return out
        s = lay.scale
        zoom = self.view.zoom()
        x_left = self.view.mapToScene(0, 0).x()
        x_right = self.view.mapToScene(self.view.viewport().width(), 0).x()
        bold, small = self._fonts()

        def add(cell: QRectF, text: str, font: QFont, ink: str) -> None:
            if not text:
                return
            fm = QFontMetricsF(font)
            ink_box = fm.boundingRect(cell, int(Qt.AlignmentFlag.AlignCenter), text)
            out.labels.append(HeaderLabel(cell, text, font, ink, ink_box))

        bold_fm = QFontMetricsF(bold)
        for band in lay.bands:
            x0, x1 = self._x(s.to_x(band.start)), self._x(s.x_after(band.end))
            r = QRectF(x0 + 1, 1, x1 - x0 - 2, ROW_TERM - 3)
            out.bands.append((r, band.term))
            text = self.words[band.term]
            if band.end.year > band.start.year:
                text += f"  {band.start.year}–{band.end.year}"
            visible = r.intersected(QRectF(0, 0, self.width(), ROW_TERM))
            add(visible, bold_fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                            max(visible.width() - 4, 0)), bold, style.TERM_INK)
        y = ROW_TERM
        for level in header_levels(s.px_per_day * zoom):
            h = ROW_YEAR if level == "year" else ROW_SUB
            for t in ticks(s, level, self.lang, x_from=max(x_left, 0.0), x_to=max(x_right, 0.0)):
                x0, x1 = self._x(t.x0), self._x(t.x1)
                out.rules.append((x0, y + 2, y + h))
                add(QRectF(x0, y, x1 - x0, h), tick_label(t.start, level, self.lang, x1 - x0),
                    bold if level == "year" else small,
                    style.INK if level == "year" else style.MUTED)
            y += h
        if lay.today_x is not None:
            out.today_x = self._x(lay.today_x)
            self._place_today(out, small)
        return out

    def _place_today(self, out: HeaderBoxes, font: QFont) -> None:
        """Put the Today badge beside the today line where it covers no label."""
        x = out.today_x
        if not 0 <= x <= self.width():
            return  # scrolled out of sight
        fm = QFontMetricsF(font)
        w = fm.horizontalAdvance(self.words["today"]) + 8
        inks = [lb.ink_box.adjusted(-BADGE_GAP, -1, BADGE_GAP, 1) for lb in out.labels]
        rows = ((ROW_TERM + ROW_YEAR + 1, ROW_SUB - 2), (ROW_TERM + 2, ROW_YEAR - 4),
                (2, ROW_TERM - 5))

        def spot(top: float, h: float, inks: list[QRectF]) -> QRectF | None:
            return _badge_spot(x, w, self.width(), top, h, inks)

        for top, h in rows:
            out.badge = spot(top, h, inks)
            if out.badge is not None:
                break
        else:  # no free place: the year label under the line moves to a side of its cell
            top, h = rows[1]
            year = next((lb for lb in out.labels if lb.cell.top() == ROW_TERM
                         and lb.cell.left() <= x <= lb.cell.right()), None)
            if year is not None:
                fm_year = QFontMetricsF(year.font)
                for side in (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight):
                    align = side | Qt.AlignmentFlag.AlignVCenter
                    cell = year.cell.adjusted(3, 0, -3, 0)
                    ink = fm_year.boundingRect(cell, int(align), year.text)
                    moved = [i for lb, i in zip(out.labels, inks) if lb is not year]
                    moved.append(ink.adjusted(-BADGE_GAP, -1, BADGE_GAP, 1))
                    badge = spot(top, h, moved)
                    if badge is not None:
                        year.cell, year.align, year.ink_box = cell, align, ink
                        inks = moved
                        out.badge = badge
                        break
        if out.badge is None:
            bottom = float(self.height() - 1)
            marker = QPolygonF([QPointF(x - 4, bottom), QPointF(x + 4, bottom),
                                QPointF(x, bottom - 5)])
            if not any(marker.boundingRect().intersects(ink) for ink in inks):
                out.marker = marker
        out.today_line.extend(_line_segments(out.badge, x, inks, float(self.height())))

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(style.HEADER_BG))
        if self.view.timeline.layout is None:
            return
        b = self.boxes()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        for r, term in b.bands:
            p.setBrush(QColor(style.TERM_FILL[term]))
            p.drawRoundedRect(r, 2, 2)
        p.setPen(QPen(QColor(style.RULE), 0))
        for x, y0, y1 in b.rules:
            p.drawLine(QPointF(x, y0), QPointF(x, y1))
        for lb in b.labels:
            p.setPen(QColor(lb.ink))
            p.setFont(lb.font)
            p.drawText(lb.cell, lb.align, lb.text)
        p.setPen(QPen(QColor(style.RULE), 1))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        if b.today_x is not None:
            x = b.today_x
            p.setPen(QPen(QColor(style.TODAY), 1.2))
            for y0, y1 in b.today_line:
                p.drawLine(QPointF(x, y0), QPointF(x, y1))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(style.TODAY))
            if b.badge is not None:
                p.drawRoundedRect(b.badge, 3, 3)
                p.setPen(QColor(style.PAPER))
                p.setFont(self._fonts()[1])
                p.drawText(b.badge, Qt.AlignmentFlag.AlignCenter, self.words["today"])
            elif b.marker is not None:
                p.drawPolygon(b.marker)
        p.end()


def tick_label(start, level: str, lang: str, width_px: float) -> str:
    """The label of a header cell `width_px` wide on screen (shortened when narrow)."""
    return _label(start, level, lang, width_px)


def _badge_spot(x: float, w: float, width: float, top: float, h: float, inks: list[QRectF]) -> QRectF | None:
    """The place of a badge `w` wide in the row `top`..`top + h` nearest to the today line
    at `x` (the line inside it or at an edge) that covers none of `inks`, or None."""
    best = None
    steps = max(int(w), 1)
    for i in range(steps + 1):  # left edges with the line inside or at an edge
        a = x - w + i * (w / steps)
        if a < 0 or a + w > width:
            continue
        r = QRectF(a, top, w, h)
        if any(r.intersects(ink) for ink in inks):
            continue
        d = abs(a + w / 2 - x)
        if best is None or d < best[0]:
            best = (d, r)
    return best[1] if best else None


def _line_segments(badge: QRectF | None, x: float, inks: list[QRectF], height: float) -> list[tuple[float, float]]:
    """The today line's segments from the badge down, with a gap where it would cross a label."""
    segments: list[tuple[float, float]] = []
    y0 = badge.bottom() if badge is not None else float(ROW_TERM + ROW_YEAR)
    cuts = sorted((ink.top(), ink.bottom()) for ink in inks
                  if ink.left() <= x <= ink.right() and ink.bottom() > y0)
    for top, bottom in cuts:
        if top > y0:
            segments.append((y0, top))
        y0 = max(y0, bottom)
    if y0 < height:
        segments.append((y0, height))
    return segments
