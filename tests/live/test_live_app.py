"""Collaboration → Connect to server… in real main windows, against `routekaart serve`
running in its own process on loopback: the dialog answered like a user, edits both ways,
a concurrent edit listed for review, the status bar through a server restart, a wrong
token refused, disconnect."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from db.ops import Update
from desktop.app.main_window import MainWindow
from desktop.coedit_ui.live import ConnectDialog
from desktop.settings.preferences import Preferences
from tests.live.live_helpers import Peer, Server, base_file, copies, until

TOKEN = "team-token-0123456789abcdef"
SHOTS = os.environ.get("LIVE_SHOTS")  # a folder: save screenshots there to look at them


@pytest.fixture
def env(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    tokens = tmp_path / "tokens.txt"
    tokens.write_text(f"# the team\n{TOKEN}\n", encoding="utf-8")
    files = copies(base_file(tmp_path / "base.roadmap"), tmp_path, 3)
    made: list = []
    server = Server(tmp_path / "server", token_file=tokens)
    made.append(server)
    windows = []

    def window(k: int) -> MainWindow:
        w = MainWindow(lang="en")
        qtbot.addWidget(w)
        w.show()
        assert w.open_file(files[k])
        windows.append(w)
        return w

    yield server, window, made, files, tokens
    for w in windows:
        w.close_roadmap()
    for thing in reversed(made):
        thing.stop()


def connect_through_menu(qtbot, window, author: str, url: str, token: str) -> None:
    """Collaboration → Connect to server…, the dialog filled in and confirmed by mouse."""
    Preferences().author = author
    action = window.findChild(type(window.live_actions.connect_action), "live_connect_action")
    assert action is window.live_actions.connect_action and action.isEnabled()
    answered = []

    def answer() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, ConnectDialog):
            QTimer.singleShot(20, answer)
            return
        dlg.url.clear()
        QTest.keyClicks(dlg.url, url)
        dlg.token.clear()
        QTest.keyClicks(dlg.token, token)
        button = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        answered.append(dlg.result())

    QTimer.singleShot(0, answer)
    action.trigger()
    assert answered, "the connect dialog was not shown"


def status(window) -> str:
    return window.live_actions.status.text()


def test_two_windows_edit_live_through_the_menu(qtbot, env):
    server, window, made, files, _tokens = env
    a, b = window(0), window(1)
    connect_through_menu(qtbot, a, "Ann", server.url, TOKEN)
    connect_through_menu(qtbot, b, "Bob", server.url, TOKEN)
    qtbot.waitUntil(lambda: status(a).startswith("Live: connected")
                    and status(b).startswith("Live: connected"), timeout=10000)
    # awareness: each window names the other author in its status bar
    qtbot.waitUntil(lambda: "Bob" in status(a) and "Ann" in status(b), timeout=10000)
    # A's edit shows in B and B's in A
    a.session.apply([Update("partner", "p0", {"name": "Ann's partner"})], "edit")
    qtbot.waitUntil(lambda: b.session.store.get("partner", "p0")["name"] == "Ann's partner",
                    timeout=10000)
    b.session.apply([Update("partner", "p1", {"name": "Bob's partner"})], "edit")
    qtbot.waitUntil(lambda: a.session.store.get("partner", "p1")["name"] == "Bob's partner",
                    timeout=10000)
    # a third author in another process sees both, and both windows see its edit
    peer = Peer(files[2], server.url, "Cas", "cccccccccccc", TOKEN)
    made.append(peer)
    qtbot.waitUntil(lambda: peer.state()["rows"]["partner"]["p1"]["name"] == "Bob's partner"
                    and peer.state()["rows"]["partner"]["p0"]["name"] == "Ann's partner",
                    timeout=10000)
    peer.set("partner", "p2", name="Cas's partner")
    qtbot.waitUntil(lambda: a.session.store.get("partner", "p2")["name"] == "Cas's partner"
                    and b.session.store.get("partner", "p2")["name"] == "Cas's partner",
                    timeout=10000)
    # the same field changed in both windows before either saw the other: one value is kept
    # in both, the other is listed for review (Collaboration → Review conflicts…)
    a.session.apply([Update("partner", "p3", {"role": "role by Ann"})], "edit")
    b.session.apply([Update("partner", "p3", {"role": "role by Bob"})], "edit")
    qtbot.waitUntil(lambda: "conflict" in a.coedit_actions.status.text()
                    and "conflict" in b.coedit_actions.status.text(), timeout=10000)
    kept = a.session.store.get("partner", "p3")["role"]
    qtbot.waitUntil(lambda: b.session.store.get("partner", "p3")["role"] == kept, timeout=10000)
    assert kept in ("role by Ann", "role by Bob")
    review = a.coedit_actions.actions["conflicts"]
    review.trigger()
    dlg = a.coedit_actions.dialog
    values = sorted(dlg.values.item(i).text() for i in range(dlg.values.count()))
    assert values == ["role by Ann", "role by Bob"]
    dlg.reject()
    # Disconnect: the status goes, the others stop listing Ann
    a.live_actions.disconnect_action.trigger()
    assert status(a) == ""
    qtbot.waitUntil(lambda: "Ann" not in status(b), timeout=10000)
    assert "malformed" not in server.log()


def test_status_through_a_server_restart_and_offline_edits(qtbot, env, tmp_path):
    server, window, made, _files, tokens = env
    a, b = window(0), window(1)
    connect_through_menu(qtbot, a, "Ann", server.url, TOKEN)
    connect_through_menu(qtbot, b, "Bob", server.url, TOKEN)
    qtbot.waitUntil(lambda: status(a).startswith("Live: connected")
                    and status(b).startswith("Live: connected"), timeout=10000)
    port = server.port
    server.stop()
    qtbot.waitUntil(lambda: "reconnecting" in status(a) or "offline" in status(a), timeout=10000)
    a.session.apply([Update("partner", "p4", {"name": "edited while the server was down"})], "edit")
    again = Server(tmp_path / "server", port=port, token_file=tokens)
    made.append(again)
    qtbot.waitUntil(lambda: b.session.store.get("partner", "p4")["name"]
                    == "edited while the server was down", timeout=15000)
    assert status(a).startswith("Live: connected")


def test_remembered_per_roadmap_and_wrong_token_refused(qtbot, env):
    server, window, _made, _files, _tokens = env
    a = window(0)
    connect_through_menu(qtbot, a, "Ann", server.url, "wrong-token-0123456789")
    qtbot.waitUntil(lambda: "refused" in status(a), timeout=10000)
    assert "refused" in server.log()
    assert a.session.store.get("partner", "p0")["name"] == "Partner 0"  # the file is untouched
    # the dialog offers what was given last time for this roadmap
    seen = []

    def look() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, ConnectDialog):
            QTimer.singleShot(20, look)
            return
        seen.append((dlg.url.text(), dlg.token.text()))
        dlg.reject()

    QTimer.singleShot(0, look)
    a.live_actions.connect_action.trigger()
    assert seen == [(server.url, "wrong-token-0123456789")]
    # a roadmap that was connected opens connected again
    path = a.session.store.path
    a.live_actions.disconnect(forget=False)
    connect_through_menu(qtbot, a, "Ann", server.url, TOKEN)
    qtbot.waitUntil(lambda: status(a).startswith("Live: connected"), timeout=10000)
    a.close_roadmap()
    assert a.open_file(path)
    qtbot.waitUntil(lambda: status(a).startswith("Live: connected"), timeout=10000)


def test_awareness_outline_on_the_canvas_and_marker_on_the_wizard_field(qtbot, env, tmp_path):
    """Bob selects a bar on Part B and then types in a wizard field: Ann's window outlines
    that bar in Bob's colour and marks that field; when Bob disconnects both go."""
    import shutil

    from db.store import RoadmapStore
    from desktop.coedit_ui.awareness import Outline
    from desktop.coedit_ui.live import colour_for
    from tests.helpers import basic_rows

    server, window, _made, files, _tokens = env
    for f in files[:2]:
        f.unlink()
    s = RoadmapStore.create(files[0], title="Awareness")
    basic_rows(s)
    s.close()
    shutil.copy(files[0], files[1])
    a, b = window(0), window(1)
    connect_through_menu(qtbot, a, "Ann", server.url, TOKEN)
    connect_through_menu(qtbot, b, "Bob", server.url, TOKEN)
    qtbot.waitUntil(lambda: "Bob" in status(a) and "Ann" in status(b), timeout=10000)
    a_part_b = a.show_view("part_b")
    # Bob clicks the first bar on his Part B canvas
    b.activateWindow()
    qtbot.waitUntil(b.isActiveWindow, timeout=5000)
    b_part_b = b.show_view("part_b")
    qtbot.waitUntil(b_part_b.isVisible)  # in front: the click lands on the canvas Bob sees
    assert QTest.qWaitForWindowExposed(b)
    bar = b_part_b.view.timeline.bars["a1"]
    b_part_b.view.centerOn(bar)
    point = b_part_b.view.mapFromScene(bar.scene_bar_rect().center())
    QTest.mouseClick(b_part_b.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert bar.isSelected()

    def outlines():
        return [i for i in a_part_b.view.timeline.items() if isinstance(i, Outline)]

    qtbot.waitUntil(lambda: len(outlines()) == 1, timeout=10000)
    outline = outlines()[0]
    assert outline.name == "Bob" and outline.colour == colour_for("Bob")
    a_bar = a_part_b.view.timeline.bars["a1"]
    assert outline.sceneBoundingRect().contains(a_bar.scene_bar_rect())
    if SHOTS:
        a.show_view("part_b")
        a.grab().save(str(Path(SHOTS) / "live_outline.png"))
    # Bob clicks into the roadmap title field of his wizard
    wizard_b = b.show_view("wizard")
    assert wizard_b.show_target("roadmap", None, "title") is not False
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is b
    QTest.mouseClick(focus, Qt.MouseButton.LeftButton)
    wizard_a = a.show_view("wizard")
    assert wizard_a.show_target("roadmap", None, "title") is not False

    def marked():
        return [w for w in wizard_a.findChildren(QWidget) if w.property("live_editor") == "Bob"]

    from PySide6.QtWidgets import QWidget

    qtbot.waitUntil(lambda: len(marked()) == 1, timeout=10000)
    assert "Bob is editing this" in marked()[0].toolTip()
    assert colour_for("Bob") in marked()[0].styleSheet()
    if SHOTS:
        a.grab().save(str(Path(SHOTS) / "live_field_marker.png"))
    qtbot.waitUntil(lambda: not outlines(), timeout=10000)  # Bob left the canvas
    # Bob clicks the title cell of action a1 in his wizard's actions table: Ann's table
    # frames that row in his colour (and it follows her scrolling)
    from desktop.coedit_ui.awareness import RowMarker
    from desktop.wizard.table_panel import TablePanel

    def actions_table(wizard):
        assert wizard.show_target("action", "a1", "title") is not False
        panels = [p for p in wizard.findChildren(TablePanel)
                  if p.spec.entity == "action" and p.isVisible()]
        assert panels
        return panels[0]

    panel_b = actions_table(wizard_b)
    cell = panel_b.model.index(panel_b.model.row_ids().index("a1"),
                               [f.name for f in panel_b.model.fields].index("title"))
    QTest.mouseClick(panel_b.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel_b.table.visualRect(cell).center())
    assert panel_b.live_editing() == {"entity": "action", "row": "a1", "field": "title"}
    panel_a = actions_table(wizard_a)

    def row_markers():
        return [m for m in panel_a.table.viewport().findChildren(RowMarker)
                if m.property("live_editor") == "Bob" and m.isVisible()]

    qtbot.waitUntil(lambda: len(row_markers()) == 1, timeout=10000)
    marker = row_markers()[0]
    assert marker.geometry() == panel_a.row_rect("a1")
    assert "Bob is editing this" in marker.toolTip() and colour_for("Bob") in marker.styleSheet()
    if SHOTS:
        a.grab().save(str(Path(SHOTS) / "live_row_marker.png"))
    # Bob disconnects: the marker goes
    b.live_actions.disconnect_action.trigger()
    qtbot.waitUntil(lambda: not marked() and not row_markers(), timeout=10000)
    if SHOTS:
        a.grab().save(str(Path(SHOTS) / "live_awareness.png"))


def test_text_being_typed_is_kept_until_a_remote_edit_is_merged(qtbot, env):
    """Awareness traffic never stores half-typed text; a received edit stores it first (so
    the redraw cannot lose it), like a folder sync does."""
    from PySide6.QtWidgets import QLineEdit

    server, window, made, files, _tokens = env
    a = window(0)
    connect_through_menu(qtbot, a, "Ann", server.url, TOKEN)
    qtbot.waitUntil(lambda: status(a).startswith("Live: connected"), timeout=10000)
    a.activateWindow()
    qtbot.waitUntil(a.isActiveWindow, timeout=5000)
    wizard = a.show_view("wizard")
    assert wizard.show_target("roadmap", None, "title") is not False
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field.window() is a
    before = a.session.store.roadmap()["title"]
    field.selectAll()
    QTest.keyClicks(field, "Typed by Ann")
    peer = Peer(files[1], server.url, "Bob", "bbbbbbbbbbbb", TOKEN)
    made.append(peer)
    qtbot.waitUntil(lambda: "Bob" in status(a), timeout=10000)  # awareness arrived
    # one more round of the live pump (its timer's slot runs before the test's) and what
    # that round queued: awareness traffic has been handled, the text is still not stored
    with qtbot.waitSignal(a.live_actions.timer.timeout, timeout=5000):
        pass
    QApplication.sendPostedEvents()
    assert a.session.store.roadmap()["title"] == before  # still only in the editor
    assert field.text() == "Typed by Ann"
    peer.set("partner", "p0", name="Bob's edit")
    qtbot.waitUntil(lambda: a.session.store.get("partner", "p0")["name"] == "Bob's edit",
                    timeout=10000)
    assert a.session.store.roadmap()["title"] == "Typed by Ann"
    until(lambda: peer.state()["status"] == "connected")
