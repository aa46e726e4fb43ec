"""QGraphicsItems of the Part B timeline: bars and milestones, and the colours, fonts and
level of detail all the timeline's items share. The dependency arrows are in
desktop.canvas.arrow_layer, the chart background in desktop.canvas.chart_background.

Items draw the Qt-free geometry of desktop.domain.visuals.part_b_layout in scene units (points).
Level of detail: when a bar is only a few pixels tall on screen it is drawn as a plain
rectangle without label; arrows are left out when zoomed far out.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from desktop.domain.visuals import style
from desktop.domain.visuals.part_b import bar_texts
from desktop.domain.visuals.part_b_layout import BarGeom
from desktop.domain.visuals.visual import Rect
from desktop.export.bidi_text import ltr_line
from desktop.export.graphics.textfit import place

LABEL_W = 112.0  # the lane label column left of x = 0
#: Bar labels are set in a font this many times their size and drawn scaled down by as
#: much: Qt rounds a font to whole pixels (a 7.5-unit label became 8, 6.7 % wider than the
#: DejaVu metrics the layout measures with, and ran under its TRL pill); at 8x the
#: rounding is under 1 %, so the canvas text takes the room the layout gave it.
TEXT_SCALE = 8.0
SELECT = QColor(style.ACCENT)
_fonts: dict[tuple[float, bool, int], QFont] = {}
_colours: dict[str, QColor] = {}


def colour(value: str) -> QColor:
    c = _colours.get(value)
    if c is None:
        c = _colours[value] = QColor(value)
    return c


def font(size: float, bold: bool, painter: QPainter) -> QFont:
    """DejaVu Sans at `size` scene units, whatever the device resolution."""
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    key = (size, bold, dpi)
    f = _fonts.get(key)
    if f is None:
        from desktop.export_ui.visual_png import font_families, font_family

        f = QFont(font_family())
        f.setFamilies(font_families())  # emoji, symbols and CJK from the bundled fallbacks
        f.setPointSizeF(max(size * 72.0 / max(dpi, 1), 0.5))
        f.setBold(bold)
        f.setKerning(False)  # measured as the export measures (DejaVu metrics, no kerning,
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # no hinting)
        _fonts[key] = f
    return f


def exposed_rect(painter: QPainter, option) -> QRectF:
    """The exposed part of an item, limited to what the painter's device shows (a render
    into an image reports the item's whole area as exposed)."""
    rect = option.exposedRect
    device = painter.device()
    if device is not None:
        inverse, ok = painter.worldTransform().inverted()
        if ok:
            shown = inverse.mapRect(QRectF(0, 0, device.width(), device.height()))
            rect = rect.intersected(shown) if rect.isValid() else shown
    return rect


def lod(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class BarItem(QGraphicsRectItem):
    """An action bar or a milestone diamond with its label and TRL badge.

    The item's position is the bar's top-left corner; the bar spans (0, 0, w, h) locally.
    """

    def __init__(self, geom: BarGeom, metrics) -> None:
        super().__init__()
        # the item's rect is its bounding box, with no pen: Qt reads boundingRect() in C++
        # (the scene's index and every frame ask each item in a lane for it), paint() is ours
        self.setPen(Qt.PenStyle.NoPen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(False)
        # painted once into a pixmap at the view's zoom and then copied: a scroll or a
        # repaint next to the bar does not lay out its texts again (Qt's pixmap cache
        # bounds the memory; a new zoom, geometry or selection paints it afresh)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.metrics = metrics
        self.set_geom(geom)

    # -- geometry ------------------------------------------------------------------------

    def set_geom(self, geom: BarGeom) -> None:
        self._texts = None
        self.geom = geom
        self.preview_w: float | None = None  # width while an edge is dragged
        self.preview_dx = 0.0  # left edge offset while the left edge is dragged
        self.move_to(geom.x, geom.y)
        self.setRect(self._compute_bounds())
        self.update()  # (a new look in the same box: the cached pixmap is stale)

    def move_to(self, x: float, y: float) -> None:
        """Put the bar's top-left corner at scene point (x, y) (the item sits in its
        lane's LaneGroup, which is moved as a whole when the lane moves)."""
        parent = self.parentItem()
        self.setPos(x, y - parent.y() if parent is not None else y)

    def _compute_bounds(self) -> QRectF:
        g = self.geom
        x0 = min(0.0, g.foot_dx0, g.badge_dx) - 3
        x1 = max(g.w, g.foot_dx1) + 3
        if self.preview_w is not None:
            x0 = min(x0, self.preview_dx - 3)
            x1 = max(x1, self.preview_dx + self.preview_w + 3)
        return QRectF(x0, -3, x1 - x0, g.h + 6)

    def set_preview(self, dx: float, w: float) -> None:
        """Show the bar from local x = dx, `w` wide (while its edges are dragged)."""
        self.preview_dx, self.preview_w = dx, w
        self.setRect(self._compute_bounds())
        self.update()

    def clear_preview(self) -> None:
        if self.preview_w is not None:
            self.preview_w, self.preview_dx = None, 0.0
            self.setRect(self._compute_bounds())
            self.update()

    @property
    def action_id(self) -> str:
        return self.geom.id

    def bar_rect(self) -> QRectF:
        """The bar (or diamond box) in local coordinates."""
        if self.preview_w is not None:
            return QRectF(self.preview_dx, 0, self.preview_w, self.geom.h)
        return QRectF(0, 0, self.geom.w, self.geom.h)

    def scene_bar_rect(self) -> QRectF:
        return self.bar_rect().translated(self.scenePos())

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.bar_rect().adjusted(-2, -2, 2, 2))
        g = self.geom
        if g.label_side != "inside" and g.label_w:
            path.addRect(QRectF(g.label_dx, 0, g.label_w, g.h))
        return path

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: N802
        g = self.geom
        st = g.style
        scale = lod(painter)
        rect = self.bar_rect()
        selected = self.isSelected()
        if scale * g.h < 5:  # far out: a plain block (a few pixels: no antialiasing)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(rect, colour(st.fill if g.kind == "action" else g.owner_colour))
            if selected:
                painter.fillRect(rect, SELECT)
            return
        if g.kind == "milestone":
            c = rect.center()
            r = g.h / 2
            poly = QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                              QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())])
            painter.setPen(QPen(colour(style.mix(g.owner_colour, style.INK, 0.5)), 0.8))
            painter.setBrush(colour(st.fill if st.fill != style.PAPER else g.owner_colour))
            painter.drawPolygon(poly)
        else:
            painter.setPen(QPen(colour(st.stroke), st.stroke_width))
            painter.setBrush(colour(st.fill))
            painter.drawRoundedRect(rect, 3.0, 3.0)
        if selected:
            painter.setPen(QPen(SELECT, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4.0, 4.0)
            if g.kind == "action":
                painter.setBrush(SELECT)
                painter.setPen(Qt.PenStyle.NoPen)
                for hx in (rect.left() - 1.5, rect.right() - 1.5):
                    painter.drawRect(QRectF(hx, rect.center().y() - 4, 3, 8))
        if scale * g.h < 11 or self.preview_w is not None:
            return
        m = self.metrics
        label_font = font(m.label_size * TEXT_SCALE, False, painter)
        badge_font = font(m.badge_size * TEXT_SCALE, False, painter)
        key = (id(label_font), id(badge_font))
        if self._texts is None or self._texts[0] != key:
            self._texts = (key, self._prepare(label_font, badge_font))
        labels, badge = self._texts[1]
        if badge is not None:
            painter.setPen(QPen(colour(style.RULE), 0.4))
            painter.setBrush(colour(style.PAPER))
            painter.drawRoundedRect(badge[0], m.badge_h / 2, m.badge_h / 2)
        painter.save()
        painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)  # text set large, drawn scaled (see TEXT_SCALE)
        painter.setFont(label_font)
        _draw_lines(painter, labels)
        if badge is not None:
            painter.setFont(badge_font)
            _draw_lines(painter, badge[1])
        painter.restore()

    def _prepare(self, label_font: QFont, badge_font: QFont):
        """Static texts of the label lines and the TRL pill, placed once per font: the
        same boxes as the exported figure (part_b.bar_texts) with the lines fitted to them
        by the same code (textfit), so a label never runs under its pill."""
        g, m = self.geom, self.metrics
        labels: list = []
        box, badge_texts = None, []
        for item in bar_texts(g, m):
            if isinstance(item, Rect):
                box = QRectF(item.x, item.y, item.w, item.h)
                continue
            in_pill = box is not None
            f = badge_font if in_pill else label_font
            ascent = QFontMetricsF(f).ascent() / TEXT_SCALE
            for ln in place(item):
                x = ln.x - (ln.width / 2 if ln.anchor == "middle" else ln.width if ln.anchor == "end" else 0.0)
                st = QStaticText(ltr_line(ln.text))  # a status marker stays at the left of an RTL title
                st.setTextFormat(Qt.TextFormat.PlainText)
                st.prepare(font=f)
                drawn = st.size().width() / TEXT_SCALE
                squeeze = ln.width / drawn if drawn > ln.width + 0.2 else 1.0
                (badge_texts if in_pill else labels).append(
                    (QPointF(x * TEXT_SCALE, (ln.baseline - ascent) * TEXT_SCALE), st,
                     colour(item.colour or style.INK), squeeze))
        return labels, (box, badge_texts) if box is not None else None


def _draw_lines(painter: QPainter, lines) -> None:
    """Static text lines (pos, text, colour, squeeze). A line Qt sets wider than the
    layout measured it (Qt gives some emoji of the fallback font a wider advance) is
    drawn condensed to the measured width, so it still ends where its box ends."""
    for pos, text, ink, squeeze in lines:
        painter.setPen(ink)
        if squeeze == 1.0:
            painter.drawStaticText(pos, text)
        else:
            painter.save()
            painter.translate(pos)
            painter.scale(squeeze, 1.0)
            painter.drawStaticText(QPointF(0, 0), text)
            painter.restore()


class LaneGroup(QGraphicsItem):
    """The parent of one lane's bar items, drawing nothing: when the lane moves up or
    down (a lane above it grew or shrank) the group moves, not every bar in it."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: N802
        pass
