"""The timeline canvas's edits on the selection: link, add, delete, cut, copy, paste, nudge,
change lane, and the selection kept after a sync."""

from __future__ import annotations

import datetime as dt

from db.ops import Create, Delete, Update
from db.store import new_id
from desktop.domain.visuals.timeline import DAY, shift_span, unit_add

COPY_FIELDS = ("value_chain_id", "lane_id", "programme_id", "code", "title", "description", "kind",
               "category", "start_date", "end_date", "owner_id", "trl_start", "trl_end", "status",
               "budget_eur", "fte", "deliverable")
_clipboard: list[dict] = []


class TimelineEdits:
    """The edits of TimelineView (mixed into it; `self` is the view)."""

    # -- edits ---------------------------------------------------------------------------

    def link(self, src: str, dst: str) -> bool:
        return self._apply([Create("dependency", {"from_action_id": src, "to_action_id": dst,
                                                  "kind": "finish_start"})],
                           self.tr("Add dependency"))

    def add_action(self, lane, start: dt.date, end: dt.date) -> str | None:
        ops = []
        lane_id = lane.lane_id
        if lane_id is None and lane.layer != "other":  # a default layer: make it a lane row
            lane_id = new_id()
            ops.append(Create("lane", {"name": lane.name, "layer": lane.layer,
                                       "value_chain_id": lane.chain_id}, id=lane_id))
        action_id = new_id()
        from desktop.domain.wizard.default_names import new_name

        title = new_name("action", self.session.store.roadmap(), self.lang)
        ops.append(Create("action", {"title": title, "kind": "action",
                                     "value_chain_id": lane.chain_id, "lane_id": lane_id,
                                     "start_date": start.isoformat(), "end_date": end.isoformat(),
                                     "status": "planned"}, id=action_id))
        self.select_after = {action_id}
        return action_id if self._apply(ops, self.tr("Add action")) else None

    def _delete_ops(self) -> list:
        bars = self.timeline.selected_bars()
        gone = {b.action_id for b in bars}
        ops = [Delete("action", b.action_id) for b in bars]
        ops += [Delete("dependency", a.dependency_id) for a in self.timeline.selected_arrows()
                if a.geom.src not in gone and a.geom.dst not in gone]
        return ops

    def delete_selected(self) -> None:
        ops = self._delete_ops()
        if ops:
            self._apply(ops, self.tr("Delete"))

    def cut(self) -> None:
        """Copy the selected actions and delete the selection (one undo step)."""
        if not self.timeline.selected_bars():
            return
        self.copy()
        self._apply(self._delete_ops(), self.tr("Cut"))

    # what the Edit menu asks before it offers Cut, Copy, Paste and Delete
    def can_copy(self) -> bool:
        return bool(self.timeline.selected_bars())

    def can_cut(self) -> bool:
        return self.can_copy() and not self.session.store.read_only

    def can_paste(self) -> bool:
        return bool(_clipboard) and not self.session.store.read_only

    def can_delete(self) -> bool:
        return bool(self.timeline.selected_bars() or self.timeline.selected_arrows()) and \
            not self.session.store.read_only

    def nudge(self, n: int, resize: bool = False) -> None:
        ops = []
        for item in self.timeline.selected_bars():
            g = item.geom
            if resize and g.kind == "action":
                after = unit_add(g.end + DAY, self.snap_unit, n)
                if after <= g.start:
                    continue
                span = (g.start, after - DAY)
            else:
                span = shift_span(g.start, g.end, n, self.snap_unit)
            ops.append(Update("action", g.id, {"start_date": span[0].isoformat(),
                                                "end_date": span[1].isoformat()}))
        self._apply(ops, self.tr("Resize action") if resize else self.tr("Move action"))

    def change_lane(self, step: int) -> None:
        lanes = [ln for ln in self.layout_.lanes if ln.kind == "lane" and ln.lane_id]
        ops = []
        for item in self.timeline.selected_bars():
            g = item.geom
            keys = [ln.key for ln in lanes]
            here = self.layout_.lane(g.lane_key)
            if here is None:
                continue
            i = keys.index(g.lane_key) if g.lane_key in keys else \
                max([k for k, ln in enumerate(lanes) if ln.y < here.y] or [-1])
            j = i + step
            if 0 <= j < len(lanes):
                target = lanes[j]
                values = {"lane_id": target.lane_id}
                if target.chain_id != g.chain_id:
                    values["value_chain_id"] = target.chain_id
                ops.append(Update("action", g.id, values))
        self._apply(ops, self.tr("Change lane"))

    def copy(self) -> None:
        rows = []
        for item in self.timeline.selected_bars():
            row = self.session.store.get("action", item.action_id)
            if row:
                rows.append({k: row.get(k) for k in COPY_FIELDS if row.get(k) is not None})
        if rows:
            _clipboard[:] = rows
            self.message.emit(self.tr("%n item(s) copied", "", len(rows)))

    def paste(self) -> None:
        ops, ids = [], set()
        for row in _clipboard:
            values = dict(row)
            for ref, entity in (("lane_id", "lane"), ("owner_id", "partner"),
                                ("value_chain_id", "value_chain"), ("programme_id", "programme")):
                if values.get(ref) and self.session.store.get(entity, values[ref]) is None:
                    values.pop(ref)
            aid = new_id()
            ids.add(aid)
            ops.append(Create("action", values, id=aid))
        if ops:
            self.select_after = ids
            if self._apply(ops, self.tr("Paste")):
                self.timeline.clearSelection()
                for aid in ids:
                    item = self.timeline.bars.get(aid)
                    if item is not None:
                        item.setSelected(True)

    def apply_selection_after_sync(self) -> None:
        if self.select_after:
            present = [self.timeline.bars[i] for i in self.select_after if i in self.timeline.bars]
            if present:
                self.timeline.clearSelection()
                for item in present:
                    item.setSelected(True)
            self.select_after = set()
