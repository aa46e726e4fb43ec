"""The session's undo history and merges from colleagues."""

from __future__ import annotations

from db.ops import Create, Update


def test_a_merge_into_edited_rows_clears_the_undo_history(qtbot, file_store):
    """Undo must never silently overwrite a colleague's merged value."""
    from desktop.app.session import RoadmapSession

    file_store.apply([Create("action", {"title": "Pilot"}, id="a1"),
                      Create("action", {"title": "Studie"}, id="a2")])
    session = RoadmapSession(file_store)
    notices = []
    session.notice.connect(notices.append)
    session.apply([Update("action", "a1", {"title": "Pilot mine"})], "edit")
    file_store.commit_merge([Update("action", "a2", {"title": "Studie theirs"})])
    assert session.undo_stack.count() == 1 and not notices  # unrelated row: history kept
    file_store.commit_merge([Update("action", "a1", {"title": "Pilot theirs"})])
    assert session.undo_stack.count() == 0 and notices
    assert file_store.get("action", "a1")["title"] == "Pilot theirs"


def test_a_merge_of_other_fields_of_my_row_keeps_the_step_and_says_nothing(qtbot, file_store):
    """A colleague's subtitle merged into the roadmap row whose title I edited: my step is
    untouched and no "taken out or narrowed" notice appears (two authors typing different
    fields of the roadmap live got that notice for every received field)."""
    from desktop.app.session import RoadmapSession

    file_store.apply([Create("action", {"title": "Pilot", "description": "old"}, id="a1")])
    session = RoadmapSession(file_store)
    notices = []
    session.notice.connect(notices.append)
    undo = session.undo_stack.createUndoAction(session)
    session.apply([Update("action", "a1", {"title": "Pilot mine"})], "title")
    step = session.undo_stack.command(0)._change
    file_store.commit_merge([Update("action", "a1", {"description": "theirs"})])
    assert not notices
    assert session.undo_stack.count() == 1 and session.undo_stack.command(0)._change is step
    undo.trigger()
    assert file_store.get("action", "a1")["title"] == "Pilot"
    assert file_store.get("action", "a1")["description"] == "theirs"


def test_a_merge_takes_out_only_the_merged_fields_and_the_rest_still_undoes(qtbot, file_store):
    """The colleague's merged title stays; my other edits (other rows, other fields of the
    same row, also in the same step) still undo through the Undo action."""
    from desktop.app.session import RoadmapSession

    file_store.apply([Create("action", {"title": "Pilot", "description": "old"}, id="a1"),
                      Create("action", {"title": "Studie"}, id="a2")])
    session = RoadmapSession(file_store)
    notices = []
    session.notice.connect(notices.append)
    undo = session.undo_stack.createUndoAction(session)
    session.apply([Update("action", "a1", {"title": "Pilot mine"})], "title")
    session.apply([Update("action", "a2", {"title": "Studie mine"})], "other row")
    session.apply([Update("action", "a1", {"title": "Pilot mine 2", "description": "mine"})],
                  "both fields")
    file_store.commit_merge([Update("action", "a1", {"title": "Pilot theirs"})])
    assert notices
    # the first step only set the merged field: gone; the others stay, the last narrowed
    assert [session.undo_stack.text(i) for i in range(session.undo_stack.count())] == [
        "other row", "both fields"]
    undo.trigger()
    assert file_store.get("action", "a1")["description"] == "old"
    assert file_store.get("action", "a1")["title"] == "Pilot theirs"
    undo.trigger()
    assert file_store.get("action", "a2")["title"] == "Studie"
    assert file_store.get("action", "a1")["title"] == "Pilot theirs"
    assert not undo.isEnabled()


def test_a_merge_that_deletes_my_row_drops_only_the_steps_on_that_row(qtbot, file_store):
    from db.ops import Delete
    from desktop.app.session import RoadmapSession

    file_store.apply([Create("action", {"title": "Pilot"}, id="a1"),
                      Create("action", {"title": "Studie"}, id="a2")])
    session = RoadmapSession(file_store)
    undo = session.undo_stack.createUndoAction(session)
    session.apply([Update("action", "a2", {"title": "Studie mine"})], "other row")
    session.apply([Update("action", "a1", {"description": "mine"})], "deleted row")
    file_store.commit_merge([Delete("action", "a1")])
    assert session.undo_stack.count() == 1
    undo.trigger()
    assert file_store.get("action", "a2")["title"] == "Studie"
    assert file_store.get("action", "a1") is None  # the colleague's delete stays
