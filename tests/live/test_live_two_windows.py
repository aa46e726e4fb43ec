"""The Done-when of live co-editing: two app windows, in two processes, edit the demo live
through `routekaart serve` and through the npm y-websocket server (loopback only).

One window runs in the test's process, the other in its own (tests/live/window_peer.py);
both connect through Collaboration → Connect to server… and edit through the wizard with
typed keys and clicks."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop.app.main_window import MainWindow
from desktop.demo import fresh_demo
from tests.live.live_helpers import NpmServer, Server, WindowPeer, until
from tests.live.test_live_app import connect_through_menu

TOKEN = "team-token-0123456789abcdef"
SHOTS = os.environ.get("LIVE_SHOTS")


def _server(kind: str, tmp_path):
    if kind == "npm":
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed (scripts/setup.sh installs nodejs and npm)")
        return NpmServer(), ""
    tokens = tmp_path / "tokens.txt"
    tokens.write_text(TOKEN + "\n", encoding="utf-8")
    return Server(tmp_path / "server", token_file=tokens), TOKEN


@pytest.mark.parametrize("kind", ["serve", "npm"])
def test_two_app_windows_in_two_processes_edit_the_demo_live(qtbot, tmp_path, monkeypatch, kind):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    base = tmp_path / "demo.roadmap"
    fresh_demo(base).close()
    mine, theirs = tmp_path / "ann.roadmap", tmp_path / "bob.roadmap"
    shutil.copy(base, mine)
    shutil.copy(base, theirs)
    server, token = _server(kind, tmp_path)
    made = [server]
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    try:
        assert w.open_file(mine)
        bob = WindowPeer(theirs, server.url, "Bob", tmp_path / "bob-home", token)
        made.append(bob)
        connect_through_menu(qtbot, w, "Ann", server.url, token)
        # connected, and each window names the other (awareness)
        qtbot.waitUntil(lambda: w.live_actions.status.text().startswith("Live: connected")
                        and "Bob" in w.live_actions.status.text(), timeout=15000)
        until(lambda: "Ann" in bob.state()["status"], timeout=15)
        # Ann types a new title in her wizard: Bob's window has it
        wizard = w.show_view("wizard")
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow, timeout=5000)
        assert wizard.show_target("roadmap", None, "title") is not False
        field = QApplication.focusWidget()
        assert isinstance(field, QLineEdit) and field.window() is w
        field.selectAll()
        QTest.keyClicks(field, "Roadmap typed by Ann")
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert w.session.store.roadmap()["title"] == "Roadmap typed by Ann"
        until(lambda: bob.state()["title"] == "Roadmap typed by Ann", timeout=15)
        # Bob types a subtitle and adds a partner (a new row) in his window: Ann's has both
        assert bob.cmd(op="type", field="subtitle", text="Subtitle typed by Bob")["stored"] \
            == "Subtitle typed by Bob"
        added = bob.cmd(op="add_partner")
        assert added["ok"], added
        (new,) = added["new"]
        qtbot.waitUntil(lambda: w.session.store.roadmap()["subtitle"] == "Subtitle typed by Bob"
                        and w.session.store.get("partner", new) is not None, timeout=15000)
        # both files end with the same roadmap
        theirs_state = bob.state()
        assert theirs_state["partners"] == {r["id"]: r["name"]
                                            for r in w.session.store.rows("partner")}
        assert theirs_state["title"] == w.session.store.roadmap()["title"]
        assert not theirs_state["messages"]
        # Bob's subtitle took nothing out of Ann's title step (no "Undo history" notice)
        assert "Undo history" not in w.statusBar().currentMessage()
        assert w.session.undo_stack.count() == 1
        if SHOTS:  # LIVE_SHOTS=folder: both windows' pictures, to look at
            w.show_view("wizard")
            w.grab().save(str(Path(SHOTS) / f"two_windows_{kind}_ann.png"))
            assert bob.cmd(op="grab", path=str(Path(SHOTS) / f"two_windows_{kind}_bob.png"))["ok"]
    finally:
        w.close_roadmap()
        for thing in reversed(made):
            thing.stop()
    qt_noise = [line for line in bob.err if line.strip() and "propagateSizeHints" not in line]
    assert not qt_noise, qt_noise
