"""QGraphicsItems of the Part B timeline: bars and milestones, dependency arrows, and the
chart background (lanes, term bands, grid, today-line).

Items draw the Qt-free geometry of desktop.domain.visuals.part_b_layout in scene units (points).
Level of detail: when a bar is only a few pixels tall on screen it is drawn as a plain
rectangle without label; arrows are left out when zoomed far out.
"""

from __future__ import annotations

import bisect

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
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from desktop.domain.visuals import style
from desktop.domain.visuals.part_b import bar_texts
from desktop.domain.visuals.part_b_layout import ArrowGeom, BarGeom, TimelineLayout
from desktop.domain.visuals.routing import arrow_head
from desktop.domain.visuals.timeline import ticks
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
MANY_ARROWS = 300  # more arrows than this: index their ends, draw without antialiasing
CELL = 400.0  # grid cell of the arrow-end index, in points
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


class BarItem(QGraphicsItem):
    """An action bar or a milestone diamond with its label and TRL badge.

    The item's position is the bar's top-left corner; the bar spans (0, 0, w, h) locally.
    """

    def __init__(self, geom: BarGeom, metrics) -> None:
        super().__init__()
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
        self.prepareGeometryChange()
        self._texts = None
        self.geom = geom
        self.preview_w: float | None = None  # width while an edge is dragged
        self.preview_dx = 0.0  # left edge offset while the left edge is dragged
        self.move_to(geom.x, geom.y)
        self._bounds = self._compute_bounds()

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
        self.prepareGeometryChange()
        self.preview_dx, self.preview_w = dx, w
        self._bounds = self._compute_bounds()
        self.update()

    def clear_preview(self) -> None:
        if self.preview_w is not None:
            self.prepareGeometryChange()
            self.preview_w, self.preview_dx = None, 0.0
            self._bounds = self._compute_bounds()
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

    def boundingRect(self) -> QRectF:
        return self._bounds

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


#: Around an arrow's legs, what a repaint covers (scene units): the selected 2 px pen and
#: the antialiased edge at the smallest zoom the arrows are drawn at.
ARROW_PAD = 4.0
#: More changed arrows than this in one update: the arrow layer is repainted as a whole.
LEG_REPAINT_MAX = 200


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


class ArrowRef:
    """A handle on one arrow of the ArrowLayer (what views select, delete and centre on).

    The arrow is kept relative to the lanes of its two bars: each point's y relative to
    the offset of the lane it moves with (`tags`: True for the target's lane), so when
    lanes move as a whole (TimelineScene moves their LaneGroups) the arrow follows them
    without being touched; `points`, `bounds` and the polygons are derived for the lanes'
    offsets now, when asked. `geom` names the dependency, its ends and kind (its points
    are those of the last time the arrow was placed)."""

    __slots__ = ("layer", "geom", "lanes", "tags", "local", "_key", "_points", "_bounds", "_poly",
                 "_head")

    def __init__(self, layer: ArrowLayer, geom: ArrowGeom, lanes: tuple = (None, None),
                 tags: tuple[bool, ...] | None = None) -> None:
        self.layer = layer
        self.geom = geom
        self.place(geom.points, lanes, tags)

    def place(self, points, lanes: tuple = (None, None), tags: tuple[bool, ...] | None = None) -> None:
        """Put the arrow along `points` (scene coordinates now)."""
        off = self.layer.offsets
        self.lanes = lanes
        self.tags = tags if tags is not None and lanes[0] != lanes[1] else None
        os_ = off.get(lanes[0], 0.0)
        if self.tags is None:
            self.local = tuple([(x, y - os_) for x, y in points]) if os_ else tuple(points)
        else:
            od = off.get(lanes[1], 0.0)
            self.local = tuple([(x, y - (od if t else os_)) for (x, y), t in zip(points, self.tags)])
        self._key = None

    def end_lanes(self) -> tuple:
        """The lanes the first and the last point move with."""
        s, d = self.lanes
        return s, (d if self.tags is not None and self.tags[-1] else s)

    def _fresh(self) -> None:
        off = self.layer.offsets
        s, d = self.lanes
        key = (off.get(s, 0.0), off.get(d, 0.0))
        if key == self._key:
            return
        os_, od = key
        if self.tags is None:
            pts = tuple([(x, y + os_) for x, y in self.local]) if os_ else self.local
        else:
            pts = tuple([(x, y + (od if t else os_)) for (x, y), t in zip(self.local, self.tags)])
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        x0, y0 = min(xs, default=0.0), min(ys, default=0.0)
        self._bounds = QRectF(x0 - 4, y0 - 4, max(xs, default=0.0) - x0 + 8, max(ys, default=0.0) - y0 + 8)
        self._points = pts
        self._poly = self._head = None
        self._key = key

    @property
    def points(self) -> tuple:
        """The polyline in scene coordinates."""
        self._fresh()
        return self._points

    def scene_points(self) -> tuple:
        return self.points

    @property
    def bounds(self) -> QRectF:
        self._fresh()
        return self._bounds

    @property
    def poly(self) -> QPolygonF:
        self._fresh()
        if self._poly is None:
            self._poly = QPolygonF([QPointF(x, y) for x, y in self._points])
        return self._poly

    @property
    def head(self) -> QPolygonF:
        self._fresh()
        if self._head is None:
            pts = self._points
            self._head = QPolygonF([QPointF(*p) for p in arrow_head(pts[-1], pts[-2])]) \
                if len(pts) >= 2 else QPolygonF()
        return self._head

    @property
    def dependency_id(self) -> str:
        return self.geom.id

    def isSelected(self) -> bool:  # noqa: N802 - mirrors QGraphicsItem
        return self.geom.id in self.layer.selected

    def setSelected(self, on: bool) -> None:  # noqa: N802
        (self.layer.selected.add if on else self.layer.selected.discard)(self.geom.id)
        self.layer.repaint_arrow(self)

    def dirty_rects(self) -> list[QRectF]:
        """What to repaint for this arrow: a thin box around each leg and the head. An
        arrow's bounding box can span the whole chart; its legs cover a sliver of it."""
        pad = ARROW_PAD
        pts = self.points
        out = [QRectF(min(x0, x1) - pad, min(y0, y1) - pad, abs(x1 - x0) + 2 * pad, abs(y1 - y0) + 2 * pad)
               for (x0, y0), (x1, y1) in zip(pts, pts[1:])]
        if not self.head.isEmpty():
            out.append(self.head.boundingRect().adjusted(-pad, -pad, pad, pad))
        return out

    def center(self) -> QPointF:
        return self.bounds.center()

    def distance(self, x: float, y: float) -> float:
        """Distance from (x, y) to the polyline."""
        best = float("inf")
        pts = self.points
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            dx, dy = x1 - x0, y1 - y0
            t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
            px, py = x0 + t * dx, y0 + t * dy
            best = min(best, ((x - px) ** 2 + (y - py) ** 2) ** 0.5)
        return best


class ArrowLayer(QGraphicsItem):
    """All dependency arrows, drawn by one item: one Python call per frame instead of one
    per arrow, and only arrows with an end near the exposed area are stroked.

    Arrows are kept relative to their lanes (ArrowRef): `offsets` (lane key -> how far the
    lane moved since the scene was last set up in full) is shared with the scene, and the
    index of arrow ends is by lane, in the lane's own coordinates, so a lane that moves
    as a whole does not touch its arrows. The item spans the chart (`set_extent`).

    A changed arrow is repainted leg by leg through the scene (`repaint_arrow`): the item's
    own update() would unite every rect asked for into one box, most of the view when an
    arrow runs far down the chart."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(-1)
        self.arrows: dict[str, ArrowRef] = {}
        self.selected: set[str] = set()
        self.offsets: dict = {}
        self._bounds = QRectF()
        self._grid: dict[tuple, set[str]] = {}  # (lane, i, j) -> arrows with an end there
        self._cells: dict[str, tuple[tuple, ...]] = {}
        self._lanes: set = set()  # lanes with an indexed arrow end

    def set_extent(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(rect)

    def set_arrows(self, geoms: dict[str, ArrowGeom], lanes_of=None, tags_of=None) -> dict[str, ArrowRef]:
        """Show exactly the arrows `geoms`; `lanes_of(geom)` gives the lanes of its two bars,
        `tags_of(geom)` which points move with the target's lane."""
        old = self.arrows
        arrows: dict[str, ArrowRef] = {}
        for k, g in geoms.items():
            lanes = lanes_of(g) if lanes_of is not None else (None, None)
            a = old.get(k)
            if a is not None and a.lanes == lanes and a.points == g.points:
                a.geom = g  # unchanged: keep its polygon and its place in the index
            else:
                if a is not None:
                    self._unindex(k)
                a = ArrowRef(self, g, lanes, tags_of(g) if tags_of is not None and lanes[0] != lanes[1]
                             else None)
                self._index(k, a)
            arrows[k] = a
        for k in old.keys() - arrows.keys():
            self._unindex(k)
        self.arrows = arrows
        self.update()
        return self.arrows

    def put(self, g: ArrowGeom, lanes: tuple, tags: tuple[bool, ...] | None) -> ArrowRef:
        """Add or update the arrow of `g` (scene coordinates); returns its handle (the
        caller repaints)."""
        a = self.arrows.get(g.id)
        if a is not None:
            a.geom = g
            if a.lanes == lanes and a.points == g.points:
                return a
            self._unindex(g.id)
            a.place(g.points, lanes, tags)
        else:
            a = self.arrows[g.id] = ArrowRef(self, g, lanes, tags)
        self._index(g.id, a)
        return a

    def drop(self, key: str) -> ArrowRef | None:
        a = self.arrows.pop(key, None)
        if a is not None:
            self._unindex(key)
            self.selected.discard(key)
        return a

    def _index(self, key: str, a: ArrowRef) -> None:
        ls, ld = a.end_lanes()
        (x0, y0), (x1, y1) = a.local[0], a.local[-1]
        cells = tuple({(ls, int(x0 // CELL), int(y0 // CELL)), (ld, int(x1 // CELL), int(y1 // CELL))})
        self._cells[key] = cells
        for c in cells:
            self._grid.setdefault(c, set()).add(key)
        self._lanes.add(ls)
        self._lanes.add(ld)

    def _unindex(self, key: str) -> None:
        for c in self._cells.pop(key, ()):
            self._grid.get(c, set()).discard(key)

    def near(self, rect: QRectF) -> set[str]:
        """Arrows with an end inside the grid cells that `rect` (scene) touches."""
        out: set[str] = set()
        grid, off = self._grid, self.offsets
        i0, i1 = int(rect.left() // CELL), int(rect.right() // CELL) + 1
        for lane in self._lanes:
            dy = off.get(lane, 0.0)
            for j in range(int((rect.top() - dy) // CELL), int((rect.bottom() - dy) // CELL) + 1):
                for i in range(i0, i1):
                    keys = grid.get((lane, i, j))
                    if keys:
                        out |= keys
        return out

    def move_arrow(self, dep_id: str, points) -> None:
        """Draw arrow `dep_id` along `points` (scene coordinates) for now (a drag)."""
        a = self.arrows[dep_id]
        self.repaint_arrow(a)
        self._unindex(dep_id)
        a.place(points, a.lanes, None)
        self._index(dep_id, a)
        self.repaint_arrow(a)

    def repaint_arrow(self, a: ArrowRef) -> None:
        """Ask the views to repaint where arrow `a` is drawn now (its legs and head)."""
        scene = self.scene()
        if scene is None or not self.isVisible():
            return
        for r in a.dirty_rects():
            scene.update(r)  # the layer sits at (0, 0): item and scene coordinates agree

    def boundingRect(self) -> QRectF:
        return self._bounds

    def arrow_at(self, x: float, y: float, tolerance: float) -> ArrowRef | None:
        best, best_d = None, tolerance
        for a in self.arrows.values():
            b = a.bounds
            if b.left() - tolerance <= x <= b.right() + tolerance and \
                    b.top() - tolerance <= y <= b.bottom() + tolerance:
                d = a.distance(x, y)
                if d <= best_d:
                    best, best_d = a, d
        return best

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: N802
        scale = lod(painter)
        if scale < 0.25:
            return
        exposed = exposed_rect(painter, option)
        if len(self.arrows) <= MANY_ARROWS:
            visible = [a for a in self.arrows.values() if a.bounds.intersects(exposed)]
        else:  # draw the arrows with an end near the view; those only passing through are left out
            w, h = exposed.width(), exposed.height()
            near = exposed.adjusted(-w, -h, w, h)
            keys = self.near(near) | self.selected
            arrows = self.arrows
            visible = [arrows[k] for k in keys if k in arrows and arrows[k].bounds.intersects(exposed)]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, len(visible) < MANY_ARROWS and scale > 0.5)
        pen = QPen(colour(style.ARROW), 1.0)
        pen.setCosmetic(True)  # a one-pixel line at every zoom: the fast path
        painter.setPen(pen)
        heads = []
        chosen = []
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for a in visible:
            if a.geom.id in self.selected:
                chosen.append(a)
                continue
            painter.drawPolyline(a.poly)
            heads.append(a.head)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(style.ARROW))
        for head in heads:
            painter.drawPolygon(head)
        for a in chosen:
            sel = QPen(SELECT, 2.0)
            sel.setCosmetic(True)
            painter.setPen(sel)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(a.poly)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECT)
            painter.drawPolygon(a.head)


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
