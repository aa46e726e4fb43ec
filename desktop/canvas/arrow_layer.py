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


def _no_repaint(_arrow) -> None:
    pass


class ArrowRef:
    """A handle on one arrow of the ArrowLayer (what views select, delete and centre on)."""

    __slots__ = ("layer", "geom", "poly", "head", "bounds", "points")

    def __init__(self, layer: ArrowLayer, geom: ArrowGeom) -> None:
        self.layer = layer
        self.geom = geom
        self.set_points(geom.points)

    @property
    def dependency_id(self) -> str:
        return self.geom.id

    def set_points(self, points) -> None:
        points = tuple(points)
        self.poly = QPolygonF([QPointF(x, y) for x, y in points])
        self.head = QPolygonF([QPointF(*p) for p in arrow_head(points[-1], points[-2])]) \
            if len(points) >= 2 else QPolygonF()
        self.bounds = self.poly.boundingRect().adjusted(-4, -4, 4, 4)
        self.points = points

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
    per arrow, and only arrows whose box meets the exposed area are stroked.

    A changed arrow is repainted leg by leg through the scene (`repaint_arrow`): the item's
    own update() would unite every rect asked for into one box, most of the view when an
    arrow runs far down the chart."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(-1)
        self.arrows: dict[str, ArrowRef] = {}
        self.selected: set[str] = set()
        self._bounds = QRectF()
        self._grid: dict[tuple[int, int], set[str]] = {}  # arrow ends by grid cell
        self._cells: dict[str, tuple[tuple[int, int], ...]] = {}

    def set_arrows(self, geoms: dict[str, ArrowGeom]) -> dict[str, ArrowRef]:
        self.prepareGeometryChange()
        old = self.arrows
        arrows: dict[str, ArrowRef] = {}
        for k, g in geoms.items():
            a = old.get(k)
            if a is not None and a.points == g.points:
                a.geom = g  # unchanged: keep its polygon and its place in the index
            else:
                if a is not None:
                    self._unindex(k)
                a = ArrowRef(self, g)
                self._index(k, a)
            arrows[k] = a
        for k in old.keys() - arrows.keys():
            self._unindex(k)
        self.arrows = arrows
        self.selected &= set(arrows)
        self._recompute_bounds()
        self.update()
        return self.arrows

    def update_arrows(self, geoms: dict[str, ArrowGeom], keys, removed) -> dict[str, ArrowRef]:
        """Update only the arrows `keys` (from `geoms`, the layout's arrows) and drop the
        arrows `removed`: the incremental counterpart of `set_arrows`."""
        arrows = self.arrows
        grown = QRectF(self._bounds)
        # many arrows (a lane grew and everything below moved): one repaint of the layer
        many = len(keys) + len(removed) > LEG_REPAINT_MAX
        repaint = _no_repaint if many else self.repaint_arrow
        for k in removed:
            gone = arrows.pop(k, None)
            if gone is not None:
                repaint(gone)
                self._unindex(k)
                self.selected.discard(k)
        for k in keys:
            g = geoms.get(k)
            a = arrows.get(k)
            if g is None:
                if a is not None:
                    repaint(a)
                    del arrows[k]
                    self._unindex(k)
                    self.selected.discard(k)
                continue
            if a is not None:
                a.geom = g
                if a.points == g.points:
                    continue  # drawn as before: nothing to repaint
                repaint(a)
                self._unindex(k)
                a.set_points(g.points)
                self._index(k, a)
            else:
                a = arrows[k] = ArrowRef(self, g)
                self._index(k, a)
            grown = grown.united(a.bounds) if grown.isValid() else QRectF(a.bounds)
            repaint(a)
        if grown != self._bounds:
            self.prepareGeometryChange()
            self._bounds = grown
        if many:
            self.update()
        return arrows

    def _index(self, key: str, a: ArrowRef) -> None:
        cells = tuple({(int(x // CELL), int(y // CELL)) for x, y in (a.points[0], a.points[-1])})
        self._cells[key] = cells
        for c in cells:
            self._grid.setdefault(c, set()).add(key)

    def _unindex(self, key: str) -> None:
        for c in self._cells.pop(key, ()):
            self._grid.get(c, set()).discard(key)

    def near(self, rect: QRectF) -> set[str]:
        """Arrows with an end inside the grid cells that `rect` touches."""
        out: set[str] = set()
        for i in range(int(rect.left() // CELL), int(rect.right() // CELL) + 1):
            for j in range(int(rect.top() // CELL), int(rect.bottom() // CELL) + 1):
                out |= self._grid.get((i, j), set())
        return out

    def _recompute_bounds(self) -> None:
        rect = QRectF()
        for a in self.arrows.values():
            rect = rect.united(a.bounds)
        self._bounds = rect

    def move_arrow(self, dep_id: str, points) -> None:
        a = self.arrows[dep_id]
        self.repaint_arrow(a)
        self._unindex(dep_id)
        a.set_points(points)
        self._index(dep_id, a)
        if not self._bounds.contains(a.bounds):
            self.prepareGeometryChange()
            self._bounds = self._bounds.united(a.bounds)
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
