"""Status history of actions (Qt-free): every change of an action's status is recorded as
an `action_status_event` row in the same batch, so undo, sync and merges carry it along.

`with_status_history(ops, store, today)` returns the batch plus the events its status
updates imply; `RoadmapSession.apply` calls it for every edit made in the app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from db.ops import Create, Op, Update


def with_status_history(ops: Sequence[Op], store, today: dt.date | None = None) -> list[Op]:
    today = today or dt.date.today()
    out = list(ops)
    for op in ops:
        if isinstance(op, Update) and op.entity == "action" and "status" in op.values:
            row = store.get("action", op.id)
            before = row.get("status") if row else None
            after = op.values["status"]
            if row is not None and after and after != before:
                out.append(Create("action_status_event", {
                    "action_id": op.id, "date": today.isoformat(), "status": after,
                    "previous_status": before}))
    return out
