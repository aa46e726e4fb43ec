"""The dependency arrows of the Part B timeline: one ArrowLayer item draws them all, an
ArrowRef is the handle on one arrow (what views select, delete and centre on)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from desktop.canvas.items import SELECT, colour, exposed_rect, lod
from desktop.domain.visuals import style
from desktop.domain.visuals.part_b_layout import ArrowGeom
from desktop.domain.visuals.routing import arrow_head

MANY_ARROWS = 300  # more arrows than this: index their ends, draw without antialiasing
CELL = 400.0  # grid cell of the arrow-end index, in points


#: Around an arrow's legs, what a repaint covers (scene units): the selected 2 px pen and
#: the antialiased edge at the smallest zoom the arrows are drawn at.
ARROW_PAD = 4.0
#: More changed arrows than this in one update: the arrow layer is repainted as a whole.
LEG_REPAINT_MAX = 200


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
