"""The QGraphicsScene of a Part B timeline: keeps one item per bar and per arrow, reusing
items by id when the layout is rebuilt so selection and scene state survive edits."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from desktop.canvas.items import LABEL_W, ArrowLayer, ArrowRef, BarItem, ChartBackground, OverviewItem
from desktop.domain.part_b_layout import TimelineLayout
from desktop.domain.routing import Box, route


class TimelineScene(QGraphicsScene):
    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.layout: TimelineLayout | None = None
        self.background: ChartBackground | None = None
        self.bars: dict[str, BarItem] = {}
        self.arrows: dict[str, ArrowRef] = {}
        self.arrows_of: dict[str, list[str]] = {}  # action id -> dependency ids
        self.setBackgroundBrush(QColor("#ffffff"))
        self.arrow_layer = ArrowLayer()
        self.addItem(self.arrow_layer)
        self.overview = OverviewItem()
        self.overview.setVisible(False)
        self.addItem(self.overview)
        self.overview_mode = False

    def set_overview(self, on: bool) -> None:
        """Zoomed far out: one block item instead of the bar items and no arrows."""
        if on != self.overview_mode:
            self.overview_mode = on
            for item in self.bars.values():
                item.setVisible(not on)
            self.arrow_layer.setVisible(not on)
            self.overview.setVisible(on)

    def clearSelection(self) -> None:  # noqa: N802
        super().clearSelection()
        if self.arrow_layer.selected:
            self.arrow_layer.selected.clear()
            self.arrow_layer.update()

    def sync(self, layout: TimelineLayout) -> None:
        """Show `layout`: update items that stay, add new ones, drop the rest."""
        self.layout = layout
        if self.background is None:
            self.background = ChartBackground(layout, self.lang)
            self.addItem(self.background)
        else:
            self.background.set_layout(layout)
        for key in [k for k in self.bars if k not in layout.bars]:
            self.removeItem(self.bars.pop(key))
        for key, geom in layout.bars.items():
            item = self.bars.get(key)
            if item is None:
                item = self.bars[key] = BarItem(geom, layout.metrics)
                item.setVisible(not self.overview_mode)
                self.addItem(item)
            elif item.geom != geom or item.preview_w is not None or \
                    item.pos().x() != geom.x or item.pos().y() != geom.y:
                item.metrics = layout.metrics
                item.set_geom(geom)
        self.arrows = self.arrow_layer.set_arrows(layout.arrows)
        self.arrows_of = {}
        for key, geom in layout.arrows.items():
            self.arrows_of.setdefault(geom.src, []).append(key)
            self.arrows_of.setdefault(geom.dst, []).append(key)
        self.overview.set_bars(layout.bars.values())
        right = max([layout.width] + [b.x + b.foot_dx1 for b in layout.bars.values()])
        left = min([-LABEL_W] + [b.x + b.foot_dx0 for b in layout.bars.values()])
        self.setSceneRect(QRectF(left - 16, -12, right - left + 32, layout.height + 24))

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

