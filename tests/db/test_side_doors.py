"""No side doors around `apply`: file settings and conflict marks are operations too, so
they come back as a `Change` with an exact inverse and every listener hears of them."""

from __future__ import annotations

import pytest

from db.errors import ReadOnlyError, ValidationError
from db.ops import SetConflictRecords, SetMeta, Update
from db.store import RoadmapStore


def test_a_file_setting_is_a_change_with_an_inverse(file_store):
    heard = []
    file_store.subscribe(heard.append)
    state = file_store.crdt.state()
    change = file_store.set_meta("share_folder", "/tmp/share")
    assert heard == [change]
    assert change.meta == ("share_folder",) and change.rows == () and change.origin == "meta"
    assert change.ops == (SetMeta("share_folder", "/tmp/share"),)
    assert change.inverse == (SetMeta("share_folder", None),)
    assert file_store.meta("share_folder") == "/tmp/share"
    assert file_store.crdt.state() == state  # a setting of this copy is not shared
    file_store.apply(change.inverse, origin="undo")
    assert file_store.meta("share_folder") is None
    again = file_store.apply([SetMeta("share_folder", "/a"), SetMeta("share_folder", "/b")])
    assert file_store.meta("share_folder") == "/b"
    file_store.apply(again.inverse, origin="undo")
    assert file_store.meta("share_folder") is None


def test_a_setting_in_a_refused_batch_is_not_stored(file_store):
    with pytest.raises(ValidationError):
        file_store.apply([SetMeta("share_folder", "/x"), Update("action", "nope", {"title": "t"})])
    assert file_store.meta("share_folder") is None
    with pytest.raises(ValidationError):
        file_store.apply([SetMeta("share_folder", 42)])


def test_a_read_only_file_refuses_settings(tmp_path):
    RoadmapStore.create(tmp_path / "r.roadmap").close()
    with RoadmapStore.open(tmp_path / "r.roadmap", read_only=True) as ro:
        with pytest.raises(ReadOnlyError):
            ro.set_meta("share_folder", "/x")


def test_the_store_has_no_door_around_apply():
    assert not hasattr(RoadmapStore, "record_document_edit")


def _conflict(tmp_path):
    from db.crdt import conflicts
    from tests.coedit.coedit_helpers import shared_pair

    a, fa, b, fb = shared_pair(tmp_path)
    a.apply([Update("action", "a1", {"title": "A"})])
    b.apply([Update("action", "a1", {"title": "B"})])
    fa.sync(a)
    fb.sync(b)
    fa.sync(a)
    [group] = conflicts.open_conflicts(a)
    return a, fa, b, fb, group


def test_resolving_a_conflict_is_one_batch_and_undo_reopens_it(tmp_path):
    from db.crdt import conflicts

    a, fa, b, fb, group = _conflict(tmp_path)
    heard = []
    a.subscribe(heard.append)
    change = a.apply([*conflicts.resolution_ops(a, group, "A and B"), *conflicts.mark_ops(a, group)])
    assert heard == [change] and set(change.conflicts) == set(group.keys)
    assert isinstance(change.inverse[0], SetConflictRecords)  # reopened before the value returns
    assert conflicts.open_conflicts(a) == []
    a.apply(change.inverse, origin="undo")
    assert [g.keys for g in conflicts.open_conflicts(a)] == [group.keys]
    assert a.get("action", "a1")["title"] in ("A", "B")
    a.apply(change.ops, origin="redo")
    assert conflicts.open_conflicts(a) == []
    path = a.path
    a.close()
    with RoadmapStore.open(path) as again:  # stored with the edit, not only in memory
        assert conflicts.open_conflicts(again) == []
        assert again.get("action", "a1")["title"] == "A and B"
        fa.sync(again)
    fb.sync(b)
    assert conflicts.open_conflicts(b) == []  # and every author sees it resolved
    b.close()


def test_a_refused_resolution_leaves_the_conflict_open(tmp_path):
    from db.crdt import conflicts

    a, fa, b, fb, group = _conflict(tmp_path)
    with pytest.raises(ValidationError):
        a.apply([*conflicts.mark_ops(a, group), Update("action", "nope", {"title": "x"})])
    assert [g.keys for g in conflicts.open_conflicts(a)] == [group.keys]
    with pytest.raises(ValidationError):  # only records that exist can be rewritten
        a.apply([SetConflictRecords((("no such record", "{}"),))])
    for s in (a, b):
        s.close()
