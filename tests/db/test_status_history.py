"""Status history: a status change of an action is recorded by the store, in the same batch,
whoever makes the edit (the app, the command line, an import, a co-author's copy), so undo,
sync and merges carry it along."""

from __future__ import annotations

import datetime as dt

import pytest

from db.errors import ValidationError
from db.ops import Create, Update

DAY = dt.date(2027, 3, 31)


@pytest.fixture
def pilot(store):
    store.today = lambda: DAY
    store.apply([Create("action", {"title": "Pilot", "status": "planned"}, id="a1")])
    return store


def _history(store) -> list[tuple]:
    return [(e["action_id"], e["date"], e["previous_status"], e["status"])
            for e in store.rows("action_status_event")]


def test_only_real_status_changes_are_recorded(pilot):
    change = pilot.apply([Update("action", "a1", {"status": "delayed", "title": "Pilot 2"})])
    assert _history(pilot) == [("a1", "2027-03-31", "planned", "delayed")]
    event = change.ops[-1]
    assert isinstance(event, Create) and event.entity == "action_status_event"
    assert event.values == {"action_id": "a1", "date": "2027-03-31", "status": "delayed",
                            "previous_status": "planned", "note": None}
    assert {r.entity for r in change.rows} == {"action", "action_status_event"}
    pilot.apply([Update("action", "a1", {"status": "delayed"})])  # the same status again
    pilot.apply([Update("action", "a1", {"title": "x"})])
    with pytest.raises(ValidationError):
        pilot.apply([Update("action", "nope", {"status": "done"})])
    assert len(_history(pilot)) == 1


def test_two_changes_in_one_batch_each_leave_an_event(pilot):
    pilot.apply([Update("action", "a1", {"status": "ongoing"}),
                 Update("action", "a1", {"status": "done"})])
    assert [(p, s) for _a, _d, p, s in _history(pilot)] == [("planned", "ongoing"), ("ongoing", "done")]


def test_undo_removes_the_event_and_redo_brings_the_same_one_back(pilot):
    change = pilot.apply([Update("action", "a1", {"status": "done"})])
    [event] = pilot.rows("action_status_event")
    pilot.apply(change.inverse, origin="undo")
    assert pilot.get("action", "a1")["status"] == "planned"
    assert _history(pilot) == []  # and undo made no "done → planned" event
    pilot.apply(change.ops, origin="redo")
    assert pilot.rows("action_status_event") == [event]


def test_an_import_records_the_history_of_status_changes(pilot):
    pilot.apply([Update("action", "a1", {"status": "ongoing"})], origin="import")
    assert _history(pilot) == [("a1", "2027-03-31", "planned", "ongoing")]


def test_the_history_of_a_coauthors_edit_arrives_with_the_merge(tmp_path):
    from db.crdt.merge import store_rows
    from tests.coedit.coedit_helpers import shared_pair

    a, fa, b, fb = shared_pair(tmp_path)
    before = b.get("action", "a1")["status"]
    b.apply([Update("action", "a1", {"status": "done"})])  # e.g. the command line, no app
    fb.sync(b)
    fa.sync(a)
    assert [(e["previous_status"], e["status"]) for e in a.rows("action_status_event")] == \
        [(before, "done")]
    assert store_rows(a) == store_rows(b)
    for s in (a, b):
        s.close()


def test_session_records_history_and_undo_removes_it(qtbot, file_store):
    from desktop.app.session import RoadmapSession

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
