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
