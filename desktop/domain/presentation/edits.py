"""Live workshop edits in presentation mode (Qt-free): the operations they store.

* quick-add: an action in the lane under the pointer, starting in the pointer's month and
  running three months, status planned;
* moving a milestone: its date snapped to the first day of the nearest month;
* sticky notes (when the model has the `workshop_note` entity): a note in a lane at the
  pointer's date, optionally on the parking lot.
"""

from __future__ import annotations

import datetime as dt
import uuid

from db.ops import Create, Op, Update
from desktop.domain.presentation.scenes import LaneBand, SceneVisual
from desktop.domain.visuals.part_b_layout import layer_name

QUICK_MONTHS = 3


def month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def nearest_month_start(d: dt.date) -> dt.date:
    """The first day of the month nearest to `d` (this month's or the next one's)."""
    first = month_start(d)
    nxt = add_months(first, 1)
    return first if (d - first) <= (nxt - d) else nxt


def has_workshop_notes() -> bool:
    from db import catalogue

    return "workshop_note" in {e.name for e in catalogue.ENTITIES}


def _lane_ops(lane: LaneBand, lang: str) -> tuple[list[Op], str | None]:
    """Ops that make sure `lane` is a row of the model; returns (ops, lane id)."""
    if lane.lane_id is not None:
        return [], lane.lane_id
    if lane.layer == "other" or lane.chain_id is None:
        return [], None
    lane_id = str(uuid.uuid4())
    return [Create("lane", {"value_chain_id": lane.chain_id, "name": layer_name(lane.layer, lang),
                            "layer": lane.layer}, id=lane_id)], lane_id


def quick_add_ops(sv: SceneVisual, x: float, y: float, title: str, lang: str = "en") -> list[Op]:
    """The ops that add action `title` at figure point (x, y) of Part B scene `sv`;
    [] when the point is not in a lane or the title is empty."""
    title = title.strip()
    lane = sv.lane_at(y)
    if not title or lane is None or sv.axis is None:
        return []
    ops, lane_id = _lane_ops(lane, lang)
    x = min(max(x, sv.axis.chart_x0), sv.axis.chart_x1 - 1)
    start = month_start(sv.axis.date_at(x))
    end = add_months(start, QUICK_MONTHS) - dt.timedelta(days=1)
    values = {"title": title, "value_chain_id": lane.chain_id, "start_date": start.isoformat(),
              "end_date": end.isoformat(), "status": "planned", "kind": "action"}
    if lane_id is not None:
        values["lane_id"] = lane_id
    ops.append(Create("action", values, id=str(uuid.uuid4())))
    return ops


def milestone_date(sv: SceneVisual, bar_id: str, dx: float) -> dt.date | None:
    """The new date of milestone `bar_id` dragged `dx` figure points sideways."""
    bar = sv.bars.get(bar_id)
    if bar is None or sv.axis is None:
        return None
    moved = bar.start + dt.timedelta(days=round(dx / sv.axis.px_per_day))
    d = nearest_month_start(moved)
    return min(max(d, month_start(sv.axis.start)), sv.axis.end)


def milestone_move_ops(action: dict, new_date: dt.date) -> list[Op]:
    """Update milestone `action` to `new_date` ([] when nothing changes)."""
    iso = new_date.isoformat()
    values = {}
    if action.get("start_date") != iso:
        values["start_date"] = iso
    if action.get("end_date") != iso:
        values["end_date"] = iso
    return [Update("action", action["id"], values)] if values else []


def note_ops(sv: SceneVisual, x: float, y: float, text: str, parking_lot: bool = False,
             lang: str = "en") -> list[Op]:
    """A sticky note at (x, y) of Part B scene `sv` ([] without the entity or a lane)."""
    text = text.strip()
    lane = sv.lane_at(y)
    if not text or not has_workshop_notes() or sv.axis is None:
        return []
    ops: list[Op] = []
    lane_id = None
    if lane is not None:
        ops, lane_id = _lane_ops(lane, lang)
    x = min(max(x, sv.axis.chart_x0), sv.axis.chart_x1 - 1)
    values = {"text": text, "value_chain_id": sv.scene.chain_id,
              "date": sv.axis.date_at(x).isoformat(), "parking_lot": parking_lot}
    if lane_id is not None:
        values["lane_id"] = lane_id
    ops.append(Create("workshop_note", values, id=str(uuid.uuid4())))
    return ops
