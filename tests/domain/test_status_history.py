"""Status history: a status change of an action is recorded in the same undoable batch."""

from __future__ import annotations

import datetime as dt

from db.ops import Create, Update
from desktop.domain.status_history import with_status_history


def test_only_real_status_changes_are_recorded(store):
    store.apply([Create("action", {"title": "Pilot", "status": "planned"}, id="a1")])
    day = dt.date(2027, 3, 31)
    ops = with_status_history([Update("action", "a1", {"status": "delayed", "title": "Pilot 2"})], store, day)
    assert len(ops) == 2
    event = ops[1]
    assert isinstance(event, Create) and event.entity == "action_status_event"
    assert event.values == {"action_id": "a1", "date": "2027-03-31", "status": "delayed",
                            "previous_status": "planned"}
    assert with_status_history([Update("action", "a1", {"status": "planned"})], store, day) == \
        [Update("action", "a1", {"status": "planned"})]
    assert len(with_status_history([Update("action", "a1", {"title": "x"})], store, day)) == 1
    assert len(with_status_history([Update("action", "nope", {"status": "done"})], store, day)) == 1


def test_session_records_history_and_undo_removes_it(qtbot, file_store):
    from desktop.session import RoadmapSession

    file_store.apply([Create("action", {"title": "Pilot"}, id="a1")])
    session = RoadmapSession(file_store)
    session.apply([Update("action", "a1", {"status": "ongoing"})], "status")
    session.apply([Update("action", "a1", {"status": "done"})], "status")
    events = file_store.rows("action_status_event")
    assert [(e["previous_status"], e["status"]) for e in events] == [("planned", "ongoing"), ("ongoing", "done")]
    session.undo_stack.undo()
    assert [e["status"] for e in file_store.rows("action_status_event")] == ["ongoing"]
    assert file_store.get("action", "a1")["status"] == "ongoing"
    session.undo_stack.redo()
    assert len(file_store.rows("action_status_event")) == 2

