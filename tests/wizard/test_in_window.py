"""The wizard as the main window's first view: Ctrl+Z undoes a wizard edit, show_item jumps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from db.store import RoadmapStore
from desktop.app.main_window import MainWindow
from desktop.wizard.view import WizardView
from tests.helpers import basic_rows


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    path = tmp_path / "r.roadmap"
    s = RoadmapStore.create(path)
    basic_rows(s)
    s.close()
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    assert w.open_file(path)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()


def test_wizard_edit_undone_with_ctrl_z(qtbot, window):
    wizard = window.show_view("wizard")
    assert isinstance(wizard, WizardView)
    editor = wizard.show_section("0.roadmap").fields["title"]
    editor.input.setFocus()
    editor.input.selectAll()
    qtbot.keyClicks(editor.input, "Typed in the wizard")
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    assert window.session.store.roadmap()["title"] == "Typed in the wizard"
    wizard.nav.setFocus()
    qtbot.keyClick(wizard.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.roadmap()["title"] != "Typed in the wizard"
    assert editor.input.text() == window.session.store.roadmap()["title"]


def test_show_item_picks_the_wizard(qtbot, window):
    wizard = window.show_view("wizard")
    assert window.show_item("action", "a2", "owner_id")
    assert wizard.current_key == "3.actions"
    panel = wizard.pages["3.actions"].tables["action"]
    assert panel.current_id() == "a2"
    assert panel.model.fields[panel.table.currentIndex().column()].name == "owner_id"
    assert QApplication.focusWidget() is panel.table
