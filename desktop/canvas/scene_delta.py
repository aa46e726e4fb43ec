"""Showing an incremental Part B layout in the timeline scene (`SceneDelta`, mixed into
desktop.canvas.timeline_scene.TimelineScene): only the lanes, bars and arrows a
desktop.domain.visuals.timeline_delta.TimelineDelta names are touched."""

from __future__ import annotations

from desktop.canvas.arrow_layer import LEG_REPAINT_MAX
from desktop.canvas.items import LABEL_W
from desktop.domain.visuals.part_b_layout import BarGeom, TimelineLayout


class SceneDelta:
    """The incremental update of TimelineScene (which holds the state it reads: `layout`,
    `background`, `planes`, `_built`, `_deferred`, `arrows`, `arrows_of`, `_extent`, ...; its
    `_make` makes a bar item)."""

    def apply_delta(self, layout: TimelineLayout, delta) -> None:
        """Show `layout`, which differs from the shown one only by `delta` (a
        desktop.domain.visuals.timeline_incremental.TimelineDelta): only the bars and arrows it
        names are touched (plus those a drag preview moved). Lanes that moved as a whole
        (`delta.lane_dy`) move their items' parents; their `shifted` bars and the
        `arrows_shifted` between them are then in place already."""
        if delta.full or self.layout is None or self.background is None:
            self.sync(layout)
            return
        self.layout = layout
        if delta.lanes:
            self.background.set_layout(layout)
        else:
            self.background.layout = layout
        planes = self.planes
        for key, dy in delta.lane_dy.items():
            p = planes.get(key)
            if p is not None:
                p.move(dy, self.offsets)
        if delta.lane_dy:
            self.arrow_layer.update()  # arrows follow their lanes through the offsets
        previewed, self._previewed = self._previewed, set()
        self._remove_bars(delta.bars_removed)
        changed = self._update_bars(layout, delta, previewed)
        self._update_arrows(layout, delta, previewed)
        self._update_span(layout, delta.bars_removed, changed)
        self._place_reference(layout)
        self._set_rect(layout)

    def _remove_bars(self, removed) -> None:
        """Take the removed bars out of the scene (or, never made, out of the deferred ones)
        and out of their lanes' overview blocks."""
        planes = self.planes
        deferred = self._deferred
        for key in removed:
            item = self._built.pop(key, None)
            lane = deferred.pop(key, None)
            if lane is not None and lane in planes:  # never made: only its overview block
                planes[lane].overview.update_bars((), (key,))
            if item is not None:
                p = planes[item.parentItem().key]
                p.overview.update_bars((), (key,))
                self.removeItem(item)

    def _update_bars(self, layout: TimelineLayout, delta, previewed: set[str]) -> list[BarGeom]:
        """Bring the bars `delta` names (and those a preview moved) up to date: made, moved
        into another lane, or given their new geometry; the geometries of the changed bars."""
        planes = self.planes
        deferred = self._deferred
        changed = []
        bars = self._built
        shifted = delta.shifted
        for key in shifted - previewed:  # moved with their lane: their group moved
            item = bars.get(key)
            if item is not None:
                item.geom = layout.bars[key]
        for key in (delta.bars - shifted) | previewed:
            geom = layout.bars.get(key)
            if geom is None:
                continue
            item = bars.get(key)
            p = self._plane(geom.lane_key)
            if item is None:
                was = deferred.pop(key, None)
                if was is not None and was != geom.lane_key and was in planes:
                    planes[was].overview.update_bars((), (key,))
                if geom.lane_key not in self._shown_lanes:
                    deferred[key] = geom.lane_key  # made when its lane is shown
                else:
                    self._make((key,))
            else:
                old = item.parentItem()
                if old is not p.group:  # into another lane
                    planes[old.key].overview.update_bars((), (key,))
                    item.setParentItem(p.group)
                    item.set_geom(geom)
                elif key not in previewed and item.geom == geom and item.preview_w is None and \
                        item.metrics is layout.metrics and item.pos().y() + p.group.y() == geom.y:
                    pass  # laid out again to the same place and look: nothing to repaint
                else:
                    item.metrics = layout.metrics
                    item.set_geom(geom)
            if key in delta.bars:
                changed.append(geom)
                p.overview.update_bars((geom,), ())
        return changed

    def _update_arrows(self, layout: TimelineLayout, delta, previewed: set[str]) -> None:
        """Put the arrows `delta` names, and those of the bars that changed, in the arrow
        layer again (or drop them), repainting where they were and are (the whole layer when
        there are many)."""
        shifted = delta.shifted
        arrow_keys = set(delta.arrows) - delta.arrows_shifted  # (the others moved with their lanes)
        for key in previewed | (delta.bars - shifted):  # (a bar that stayed in a lane that moved)
            arrow_keys.update(self.arrows_of.get(key, ()))
        arrows = self.arrows
        for key in arrow_keys | delta.arrows_removed:  # forget the old ends
            ref = arrows.get(key)
            if ref is not None:
                for end in (ref.geom.src, ref.geom.dst):
                    keys = self.arrows_of.get(end)
                    if keys is not None and key in keys:
                        keys.remove(key)
        layer = self.arrow_layer
        many = len(arrow_keys) + len(delta.arrows_removed) > LEG_REPAINT_MAX
        lanes_of, tags_of = self._arrow_lanes(layout)
        for key in delta.arrows_removed | arrow_keys:
            ref = arrows.get(key)
            geom = layout.arrows.get(key)
            if ref is not None and not many:
                layer.repaint_arrow(ref)  # where it was
            if geom is None:
                if ref is not None:
                    layer.drop(key)
                continue
            lanes = lanes_of(geom)
            ref = layer.put(geom, lanes, tags_of(geom) if lanes[0] != lanes[1] else None)
            if not many:
                layer.repaint_arrow(ref)
            self.arrows_of.setdefault(geom.src, []).append(key)
            self.arrows_of.setdefault(geom.dst, []).append(key)
        if many:
            layer.update()

    def _update_span(self, layout: TimelineLayout, removed, changed: list[BarGeom]) -> None:
        """Keep the horizontal span of the bars' footprints current (measured again when a
        bar at an edge moved or went)."""
        edge = False
        left, right = self._span
        for key in removed:
            old = self._extent.pop(key, None)
            edge |= old is not None and (old[0] <= left or old[1] >= right)
        for g in changed:
            old = self._extent.get(g.id)
            edge |= old is not None and (old[0] <= left or old[1] >= right)
            new = self._extent[g.id] = (g.x + g.foot_dx0, g.x + g.foot_dx1)
            left, right = min(left, new[0]), max(right, new[1])
        if edge:  # a bar at the edge moved: measure again
            left = min([-LABEL_W] + [e[0] for e in self._extent.values()])
            right = max([layout.width] + [e[1] for e in self._extent.values()])
        self._span = (left, right)
