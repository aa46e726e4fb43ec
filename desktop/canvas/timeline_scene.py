"""The QGraphicsScene of a Part B timeline: keeps one item per bar and per arrow, reusing
items by id when the layout is rebuilt so selection and scene state survive edits."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from desktop.canvas.arrow_layer import ArrowLayer, ArrowRef
from desktop.canvas.chart_background import ChartBackground, OverviewItem
from desktop.canvas.items import LABEL_W, BarItem, LaneGroup
from desktop.canvas.reference_lane_item import ReferenceLanesItem
from desktop.canvas.scene_delta import SceneDelta
from desktop.domain.visuals.part_b_layout import TimelineLayout
from desktop.domain.visuals.routing import Box, route
from desktop.domain.visuals.timeline_incremental import target_points


class _Plane:
    """One lane's items: its bars (children of a LaneGroup) and its overview blocks, at
    the lane's offset: when the lane moves up or down as a whole, the two items move, not
    what they hold (the arrows follow through the arrow layer's `offsets`)."""

    __slots__ = ("key", "group", "overview")

    def __init__(self, key: str, scene: TimelineScene) -> None:
        self.key = key
        self.group = LaneGroup()
        self.group.key = key
        self.overview = OverviewItem()
        on = scene.overview_mode
        self.group.setVisible(not on)
        self.overview.setVisible(on)
        scene.addItem(self.group)
        scene.addItem(self.overview)

    def move(self, dy: float, offsets: dict) -> None:
        y = self.group.y() + dy
        self.group.setPos(0.0, y)
        self.overview.setPos(0.0, y)
        offsets[self.key] = y

    def remove(self, scene: QGraphicsScene) -> None:
        scene.removeItem(self.group)
        scene.removeItem(self.overview)


class LazyBars:
    """`TimelineScene.bars`: the BarItem of each bar by action id, as a read-only mapping.
    The items of lanes not shown yet are made when one is asked for (by id, or all of
    them when iterated): code that needs an item always gets it."""

    __slots__ = ("_scene",)

    def __init__(self, scene: TimelineScene) -> None:
        self._scene = scene

    def get(self, key, default=None):
        s = self._scene
        if key in s._deferred:
            s._make((key,))
        return s._built.get(key, default)

    def __getitem__(self, key) -> BarItem:
        item = self.get(key)
        if item is None:
            raise KeyError(key)
        return item

    def __contains__(self, key) -> bool:
        return key in self._scene._built or key in self._scene._deferred

    def __len__(self) -> int:
        return len(self._scene._built) + len(self._scene._deferred)

    def _all(self) -> dict:
        s = self._scene
        if s._deferred:
            s._make(list(s._deferred))
        return s._built

    def __iter__(self):
        return iter(self._all())

    def keys(self):
        return self._all().keys()

    def values(self):
        return self._all().values()

    def items(self):
        return self._all().items()


class TimelineScene(SceneDelta, QGraphicsScene):
    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.layout: TimelineLayout | None = None
        self.background: ChartBackground | None = None
        self._built: dict[str, BarItem] = {}  # the bar items made so far, by action id
        #: action id -> lane key of the bars whose lane has not been shown yet: their
        #: items are made when the lane first comes into view (or when one is asked for)
        self._deferred: dict[str, str] = {}
        self._shown_lanes: set[str] = set()  # lanes whose items are made
        self.bars = LazyBars(self)
        self.arrows: dict[str, ArrowRef] = {}
        self.arrows_of: dict[str, list[str]] = {}  # action id -> dependency ids
        self.setBackgroundBrush(QColor("#ffffff"))
        self.planes: dict[str, _Plane] = {}  # lane key -> its items
        self.arrow_layer = ArrowLayer()
        self.addItem(self.arrow_layer)
        self.offsets = self.arrow_layer.offsets  # lane key -> how far it moved since `sync`
        self.overview_mode = False
        self._previewed: set[str] = set()  # bars moved or resized by a drag preview
        self._extent: dict[str, tuple[float, float]] = {}  # bar id -> (left, right) footprint
        self._span = (0.0, 0.0)  # left and right edge of all footprints
        self.strip_rect = QRectF()  # the projects/KPI strip under the lanes (empty: none)
        #: other roadmaps' milestones under the lanes, read-only
        self.reference = ReferenceLanesItem()
        self.reference.setVisible(False)
        self.addItem(self.reference)
        self._reference_rows: tuple[list, list] = ([], [])
        self._reference_key: tuple | None = None

    def set_reference_rows(self, roadmaps: list, milestones: list) -> None:
        """The other roadmaps and their milestones (rows); those flagged as a Part B lane
        are drawn under the lanes."""
        self._reference_rows = (list(roadmaps), list(milestones))
        self._reference_key = None
        if self.layout is not None:
            self._place_reference(self.layout)
            self._set_rect(self.layout)

    def _lanes_bottom(self, layout: TimelineLayout) -> float:
        """The bottom of the action lanes and of the projects/KPI strip under them (the
        reference lanes come below both, as in the printed figure)."""
        if self.strip_rect.isEmpty():
            return layout.height
        return max(layout.height, self.strip_rect.bottom())

    def _place_reference(self, layout: TimelineLayout) -> None:
        top = self._lanes_bottom(layout)
        key = (layout.scale, top)
        if key == self._reference_key:
            return
        from desktop.domain.visuals.reference_lanes import reference_lanes

        self._reference_key = key
        lanes = reference_lanes(*self._reference_rows, layout.scale, label_col=LABEL_W)
        self.reference.set_lanes(lanes, layout.scale, top)

    def set_overview(self, on: bool) -> None:
        """Zoomed far out: one block item per lane instead of the bar items, no arrows."""
        if on != self.overview_mode:
            self.overview_mode = on
            for p in self.planes.values():
                p.group.setVisible(not on)
                p.overview.setVisible(on)
            self.arrow_layer.setVisible(not on)

    def overview_blocks(self) -> int:
        """How many bars the overview blocks show."""
        return sum(len(d) for p in self.planes.values() for d in p.overview._rects.values())

    def overview_visible(self) -> bool:
        return any(p.overview.isVisible() for p in self.planes.values())

    def clearSelection(self) -> None:  # noqa: N802
        super().clearSelection()
        if self.arrow_layer.selected:
            self.arrow_layer.selected.clear()
            self.arrow_layer.update()

    def _plane(self, key: str) -> _Plane:
        p = self.planes.get(key)
        if p is None:
            p = self.planes[key] = _Plane(key, self)
        return p

    def _arrow_lanes(self, layout: TimelineLayout):
        bars = layout.bars
        gutter = (layout.metrics.row_h - layout.metrics.bar_h) / 2

        def lanes_of(g):
            return bars[g.src].lane_key, bars[g.dst].lane_key

        def tags_of(g):
            return target_points(g.points, bars[g.src], gutter)

        return lanes_of, tags_of

    def sync(self, layout: TimelineLayout) -> None:
        """Show `layout`: update items that stay, add new ones, drop the rest (every lane
        back at offset 0: item and scene coordinates agree)."""
        self.layout = layout
        if self.background is None:
            self.background = ChartBackground(layout, self.lang)
            self.addItem(self.background)
        else:
            self.background.set_layout(layout)
        for key in [k for k in self._built if k not in layout.bars]:
            self.removeItem(self._built.pop(key))
        self._deferred.clear()
        lane_keys = {ln.key for ln in layout.lanes} | {b.lane_key for b in layout.bars.values()}
        self._shown_lanes &= lane_keys
        for p in self.planes.values():
            p.group.setPos(0.0, 0.0)  # (the blocks are set at 0 below)
        self.offsets.clear()
        by_lane: dict[str, list] = {k: [] for k in lane_keys}
        for key, geom in layout.bars.items():
            by_lane[geom.lane_key].append(geom)
            group = self._plane(geom.lane_key).group
            item = self._built.get(key)
            if item is None:
                if geom.lane_key not in self._shown_lanes:
                    self._deferred[key] = geom.lane_key  # made when its lane is shown
                    continue
                item = self._built[key] = BarItem(geom, layout.metrics)
                item.setParentItem(group)  # (at offset 0: the item's position holds)
            else:
                if item.parentItem() is not group:
                    item.setParentItem(group)
                if item.geom != geom or item.preview_w is not None or \
                        item.pos().x() != geom.x or item.pos().y() != geom.y:
                    item.metrics = layout.metrics
                    item.set_geom(geom)
        for key in [k for k in self.planes if k not in lane_keys]:
            self.planes.pop(key).remove(self)
        for lane, p in self.planes.items():
            p.overview.set_bars(by_lane.get(lane, ()))
        self._previewed.clear()
        self.arrows = self.arrow_layer.set_arrows(layout.arrows, *self._arrow_lanes(layout))
        self.arrow_layer.selected &= set(self.arrows)
        self.arrows_of = {}
        for key, geom in layout.arrows.items():
            self.arrows_of.setdefault(geom.src, []).append(key)
            self.arrows_of.setdefault(geom.dst, []).append(key)
        self._extent = {k: (b.x + b.foot_dx0, b.x + b.foot_dx1) for k, b in layout.bars.items()}
        self._span = (min([-LABEL_W] + [e[0] for e in self._extent.values()]),
                      max([layout.width] + [e[1] for e in self._extent.values()]))
        self._place_reference(layout)
        self._set_rect(layout)

    def realize(self, rect: QRectF) -> None:
        """Make the items of the bars in the lanes that `rect` (scene coordinates, what the
        view is about to paint) reaches and that were not shown before: a roadmap opens
        with items only for what is in view; the rest is made when first scrolled, zoomed
        or switched to (a lane once shown keeps its items). In the overview (zoomed far
        out) the blocks are drawn from the layout, no items are needed."""
        if not self._deferred or self.layout is None or self.overview_mode:
            return
        top, bottom = rect.top(), rect.bottom()
        new = {ln.key for ln in self.layout.lanes
               if ln.key not in self._shown_lanes and ln.y1 >= top and ln.y <= bottom}
        if new:
            self._shown_lanes |= new
            self._make([k for k, lane in self._deferred.items() if lane in new])

    def _make(self, keys) -> None:
        lay = self.layout
        for key in keys:
            self._deferred.pop(key, None)
            geom = lay.bars.get(key) if lay is not None else None
            if geom is None or key in self._built:
                continue
            item = self._built[key] = BarItem(geom, lay.metrics)
            item.setParentItem(self._plane(geom.lane_key).group)
            item.move_to(geom.x, geom.y)

    def built_bars(self) -> int:
        """How many bar items exist (the others wait until their lane is shown)."""
        return len(self._built)

    def _set_rect(self, layout: TimelineLayout) -> None:
        left, right = self._span
        rect = QRectF(left - 16, -12, right - left + 32,
                      self._lanes_bottom(layout) + self.reference.height() + 24)
        if not self.strip_rect.isEmpty():  # project labels may reach past the time axis
            rect = rect.united(self.strip_rect.adjusted(-16, 0, 16, 0))
        self.setSceneRect(rect)
        self.arrow_layer.set_extent(rect)

    def set_strip_rect(self, rect: QRectF) -> None:
        """Make room in the scene for the strip under the lanes (an empty rect: none); the
        reference lanes move below it."""
        self.strip_rect = QRectF(rect)
        if self.layout is not None:
            self._place_reference(self.layout)
            self._set_rect(self.layout)

    def restore(self) -> None:
        """Put the bars and arrows a drag preview moved back where the layout has them."""
        lay = self.layout
        if lay is None:
            return
        from desktop.domain.visuals.timeline_incremental import TimelineDelta

        self.apply_delta(lay, TimelineDelta())

    def selected_bars(self) -> list[BarItem]:
        return [i for i in self.selectedItems() if isinstance(i, BarItem)]

    def selected_arrows(self) -> list[ArrowRef]:
        return [self.arrows[k] for k in self.arrow_layer.selected if k in self.arrows]

    def reroute(self, action_ids) -> None:
        """Re-route the arrows touching `action_ids` from where their bars are now drawn."""
        if self.layout is None:
            return
        m = self.layout.metrics
        gutter = (m.row_h - m.bar_h) / 2
        done: set[str] = set()
        action_ids = list(action_ids)
        self._previewed.update(action_ids)
        for aid in action_ids:
            for dep in self.arrows_of.get(aid, ()):
                if dep in done:
                    continue
                done.add(dep)
                item = self.arrows[dep]
                src, dst = self.bars.get(item.geom.src), self.bars.get(item.geom.dst)
                if src is None or dst is None:
                    continue
                self.arrow_layer.move_arrow(dep, route(_box(src), _box(dst), item.geom.kind,
                                                       gutter=gutter))


def _box(item: BarItem) -> Box:
    r = item.scene_bar_rect()
    return Box(r.left(), r.top(), r.right(), r.bottom())

