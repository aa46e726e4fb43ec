"""The Collaboration menu in a real main window (offscreen): share, sync, review, snapshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from db.coedit.sync_folder import SharedFolder, device_for
from db.ops import Update
from db.store import RoadmapStore
from desktop.app.main_window import MainWindow
from tests.helpers import basic_rows

SHOTS = os.environ.get("COEDIT_SHOTS")  # a folder: save screenshots there to look at them


@pytest.fixture
def shown(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: messages.append(text))
    return messages


@pytest.fixture
def window(qtbot, tmp_path, shown):
    path = tmp_path / "mine.roadmap"
    s = RoadmapStore.create(path)
    basic_rows(s)
    s.close()
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(path)
    yield w
    w.close_roadmap()


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_menu_share_sync_conflict_review_and_snapshots(qtbot, tmp_path, window, shown):
    actions = window.coedit_actions
    names = [a.text().replace("&", "") for a in actions.menu.actions() if a.text()]
    assert names[:2] == ["Share to folder…", "Open shared roadmap…"]
    assert {"Sync now", "Merge another copy…", "Review conflicts…", "Snapshots and revisions…"} <= set(names)
    assert actions.last_snapshot is not None  # verified snapshot taken on open
    share = tmp_path / "share"
    assert actions.share_to_folder(str(share))
    assert actions.actions["sync"].isEnabled()
    assert "Shared" in actions.status.text()
    # a co-author joins and edits the same field
    bob = SharedFolder.join(share, tmp_path / "bob.roadmap", author="Bob", device="bbbbbbbbbbbb")
    bob.apply([Update("action", "a1", {"title": "Bob's title"})])
    window.session.apply([Update("action", "a1", {"title": "My title"})], "edit")
    SharedFolder(share, author="Bob", device=device_for(bob, "bbbbbbbbbbbb")).sync(bob)
    undo_before = window.session.undo_stack.count()
    assert actions.sync_now()
    # merged edits are never my undo steps. Which of the two titles wins depends on the
    # CRDT's client ids: when Bob's wins, undoing my edit would overwrite it, so that step
    # (it set only the merged field) is taken out; when mine stays, nothing changed here
    # and my history is kept
    if window.session.store.get("action", "a1")["title"] == "My title":
        assert window.session.undo_stack.count() == undo_before
    else:
        assert window.session.undo_stack.count() == undo_before - 1
    assert "conflict" in actions.status.text() and "Bob" in actions.status.text()
    dlg = actions.review_conflicts()
    assert dlg.table.rowCount() == 1
    qtbot.waitUntil(dlg.isVisible)  # open(): shown over the window, which waits for it
    assert dlg.isModal() and dlg.parentWidget() is window
    _shot(window, "coedit_window")
    _shot(dlg, "coedit_conflicts")
    values = [dlg.values.item(i).text() for i in range(dlg.values.count())]
    assert sorted(values) == ["Bob's title", "My title"]
    dlg.values.setCurrentRow(values.index("Bob's title"))
    merged = window.session.store.get("action", "a1")["title"]  # whichever the merge kept
    assert dlg.use_selected()
    assert window.session.store.get("action", "a1")["title"] == "Bob's title"
    assert dlg.table.rowCount() == 0
    assert "conflict" not in actions.status.text()
    # the resolution is one undoable step: undo brings back the value and the open conflict
    from db.crdt.conflicts import open_conflicts

    window.session.undo_stack.undo()
    assert len(open_conflicts(window.session.store)) == 1
    assert window.session.store.get("action", "a1")["title"] == merged
    window.session.undo_stack.redo()
    assert open_conflicts(window.session.store) == []
    assert window.session.store.get("action", "a1")["title"] == "Bob's title"
    dlg.close()
    snaps = actions.show_snapshots()
    assert snaps.name_revision("after workshop 2")
    window.session.apply([Update("action", "a2", {"title": "later"})], "edit")
    assert snaps.name_revision("later")
    snaps.list.selectAll()
    snaps.list.item(2).setSelected(False) if snaps.list.count() > 2 else None
    assert snaps.compare_selected()
    assert "Changed" in snaps.report.toPlainText()
    _shot(snaps, "coedit_snapshots")
    snaps.list.clearSelection()
    idx = [i for i in range(snaps.list.count()) if "after workshop 2" in snaps.list.item(i).text()][0]
    snaps.list.item(idx).setSelected(True)
    assert snaps.restore_selected()
    assert window.session.store.get("action", "a2")["title"] == "Pilot thuiszorg"
    window.session.undo_stack.undo()  # the restore is an ordinary undoable edit
    assert window.session.store.get("action", "a2")["title"] == "later"
    snaps.close()
    assert not shown, shown


def test_share_errors_are_shown_not_raised(qtbot, tmp_path, window, shown):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "something.txt").write_text("x")
    assert not window.coedit_actions.share_to_folder(str(busy))
    assert shown and "not empty" in shown[0]


def test_open_shared_roadmap_and_merge_another_copy(qtbot, tmp_path, window, shown):
    actions = window.coedit_actions
    share = tmp_path / "share"
    assert actions.share_to_folder(str(share))
    mine = window.session.store.path
    copy = tmp_path / "copy.roadmap"
    window.session.store.backup_to(copy)
    with RoadmapStore.open(copy) as other:
        other.apply([Update("action", "a2", {"title": "from the copy"})])
    assert actions.merge_other_copy(str(copy))
    assert window.session.store.get("action", "a2")["title"] == "from the copy"
    # a second person joins through the menu; the window switches to the new working copy
    assert actions.open_shared(str(share), str(tmp_path / "joined.roadmap"))
    assert window.session.store.path == str(tmp_path / "joined.roadmap")
    assert window.session.store.get("action", "a2")["title"] == "from the copy"
    assert window.session.store.path != mine
    assert "Shared" in actions.status.text()
    assert not shown, shown


def test_second_window_on_the_same_file_is_offered_read_only(qtbot, tmp_path, shown, monkeypatch):
    from desktop.coedit_ui import menu

    path = tmp_path / "locked.roadmap"
    RoadmapStore.create(path).close()
    first, second = MainWindow(lang="en"), MainWindow(lang="en")
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    asked: list[str] = []
    monkeypatch.setattr(menu, "ask_read_only", lambda parent, text: asked.append(text) or True)
    assert first.coedit_actions.open_file(path)
    assert first.coedit_actions.lock is not None and not first.session.store.read_only
    assert second.coedit_actions.open_file(path)
    assert asked and "already open for editing" in asked[0]
    assert second.session.store.read_only and second.coedit_actions.lock is None
    second.close_roadmap()
    first.close_roadmap()  # releases the lock
    assert first.coedit_actions.lock is None
    assert second.coedit_actions.open_file(path)
    assert not second.session.store.read_only
    second.close_roadmap()
    assert not shown, shown


def test_text_being_typed_is_stored_before_a_sync_or_merge(qtbot, tmp_path, window, monkeypatch):
    """A sync may redraw the editor someone is typing in: the typing is stored first."""
    calls: list[str] = []
    monkeypatch.setattr(window, "commit_pending", lambda: calls.append("commit"))
    actions = window.coedit_actions
    assert actions.share_to_folder(str(tmp_path / "share"))
    calls.clear()
    assert actions.sync_now()
    assert calls == ["commit"]
    other = tmp_path / "other.roadmap"
    window.session.store.backup_to(other)
    actions.merge_other_copy(str(other))
    assert len(calls) >= 2 and calls[0] == "commit"  # once for the sync, then for the merge


def test_restored_value_chain_is_explained_in_the_review_dialog_opened_from_its_action(qtbot, tmp_path, window, shown):
    """A value chain I deleted while Bob added an action under it comes back; the dialog
    (opened through Collaboration → Review conflicts…) says so in words, names both of
    us and the added action, and Keep current (a real click) settles it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from db.ops import Create, Delete

    actions = window.coedit_actions
    share = tmp_path / "share"
    assert actions.share_to_folder(str(share))
    bob = SharedFolder.join(share, tmp_path / "bob.roadmap", author="Bob", device="bbbbbbbbbbbb")
    window.session.apply([Delete("value_chain", "vc1")], "delete")
    bob.apply([Create("action", {"title": "Bob's new action", "value_chain_id": "vc1"}, id="a9")])
    SharedFolder(share, author="Bob", device=device_for(bob, "bbbbbbbbbbbb")).sync(bob)
    assert actions.sync_now()
    store = window.session.store
    assert store.get("value_chain", "vc1") is not None and store.get("action", "a9") is not None
    actions.actions["conflicts"].trigger()
    dlg = actions.dialog
    assert dlg.isVisible() and dlg.table.rowCount() == 1
    cells = [dlg.table.item(0, c).text() for c in range(dlg.table.columnCount())]
    assert cells[0] == "Value chains: Digitale zorg"
    assert cells[1] == "restored: deleted while items were added under it"
    assert cells[3] == "Actions and milestones: Bob's new action"
    assert cells[4] == "restored"
    text = dlg.detail.text()
    assert "brought back so that nothing added is lost" in text
    assert "Bob" in text.split(": this item")[0]          # who was involved, by name
    assert not dlg.restore_btn.isEnabled() and dlg.keep_btn.isEnabled()
    _shot(dlg, "coedit_restored")
    QTest.mouseClick(dlg.keep_btn, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == 0
    assert store.get("value_chain", "vc1") is not None      # keeping it means it stays
    dlg.close()
    bob.close()
    assert not shown, shown


@pytest.fixture
def dutch(qapp):
    from desktop.app import i18n

    i18n.install("nl")
    yield
    i18n.uninstall()


def test_review_dialog_wording_is_dutch_in_a_dutch_window(qtbot, tmp_path, shown, dutch):
    from db.ops import Create, Delete

    path = tmp_path / "mijn.roadmap"
    s = RoadmapStore.create(path)
    basic_rows(s)
    s.close()
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(path)
    actions = w.coedit_actions
    share = tmp_path / "gedeeld"
    assert actions.share_to_folder(str(share))
    bob = SharedFolder.join(share, tmp_path / "bob.roadmap", author="Bob", device="bbbbbbbbbbbb")
    w.session.apply([Delete("value_chain", "vc1")], "delete")
    bob.apply([Create("action", {"title": "Nieuwe actie", "value_chain_id": "vc1"}, id="a9")])
    SharedFolder(share, author="Bob", device=device_for(bob, "bbbbbbbbbbbb")).sync(bob)
    assert actions.sync_now()
    actions.actions["conflicts"].trigger()
    dlg = actions.dialog
    assert dlg.table.item(0, 1).text() == "teruggezet: verwijderd terwijl er items onder werden toegevoegd"
    assert "teruggezet zodat niets" in dlg.detail.text()
    dlg.close()
    bob.close()
    w.close_roadmap()
    assert not shown, shown
