"""The app shell through its widgets: editing, undo/redo, files, window state, bad files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from db.interchange import export_document
from db.store import RoadmapStore
from desktop.app.main_window import MainWindow
from tests.helpers import basic_rows, sha256


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot, tmp_path, warnings):
    path = tmp_path / "r.roadmap"
    s = RoadmapStore.create(path)
    basic_rows(s)
    s.close()
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    assert w.open_file(path)
    w.show()
    w.activateWindow()  # key events reach cell editors only in the active window
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()


def _cell(w, field: str, row: int):
    model = w.outline.model
    col = [f.name for f in model.fields].index(field)
    return model.index(row, col), col


def _editor(table):
    """The open cell editor (found as the view's child: offscreen windows have no focus)."""
    editors = [e for e in table.viewport().findChildren(QWidget) if e.isVisible()
               and isinstance(e, (QLineEdit, QComboBox))]
    assert len(editors) == 1, editors
    return editors[0]


def _wait_closed(qtbot, table):
    """Return commits through a queued call: wait until the editor has closed."""
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _edit_cell(qtbot, w, field: str, row: int, text: str) -> None:
    table = w.outline.table
    index, _ = _cell(w, field, row)
    table.setCurrentIndex(index)
    table.edit(index)
    qtbot.waitUntil(lambda: isinstance(table.focusWidget(), QLineEdit))
    editor = _editor(table)
    editor.selectAll()
    typed = "".join(c for c in text if ord(c) < 0x80)
    qtbot.keyClicks(editor, typed)
    if typed != text:  # QTest types ASCII only (it aborts otherwise): paste the rest
        editor.selectAll()
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _wait_closed(qtbot, table)


def test_typing_in_a_cell_stores_the_edit_and_undo_redo_restore_it(qtbot, window):
    w = window
    w.outline.show_entity("action")
    _edit_cell(qtbot, w, "title", 0, "Sensorplatform v2 — ë € 😀")
    store = w.session.store
    assert store.get("action", "a1")["title"] == "Sensorplatform v2 — ë € 😀"
    assert w.outline.model.data(_cell(w, "title", 0)[0]) == "Sensorplatform v2 — ë € 😀"
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get("action", "a1")["title"] == "Sensorplatform"
    assert w.outline.model.data(_cell(w, "title", 0)[0]) == "Sensorplatform"
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.get("action", "a1")["title"] == "Sensorplatform v2 — ë € 😀"


def test_bad_input_in_a_cell_is_refused_with_a_message(qtbot, window):
    w = window
    w.outline.show_entity("action")
    store = w.session.store
    before = export_document(store)
    # the window speaks Dutch: field labels and reasons alike
    _edit_cell(qtbot, w, "start_date", 0, "2026-02-30")
    assert w.statusBar().currentMessage() == "Start: geen bestaande datum"
    _edit_cell(qtbot, w, "trl_start", 0, "twaalf")
    assert "geheel getal" in w.statusBar().currentMessage()
    _edit_cell(qtbot, w, "trl_start", 0, "12")
    assert w.statusBar().currentMessage() == "TRL bij start: mag hoogstens 9 zijn"
    assert export_document(store) == before
    assert not w.session.undo_stack.canUndo()


def test_numbers_accept_a_decimal_comma(qtbot, window):
    w = window
    w.outline.show_entity("action")
    _edit_cell(qtbot, w, "budget_eur", 0, "125000,50")
    assert w.session.store.get("action", "a1")["budget_eur"] == 125000.5
    assert w.outline.model.data(_cell(w, "budget_eur", 0)[0]) == "125000,5"


def test_choice_cells_use_a_drop_down(qtbot, window):
    w = window
    w.outline.show_entity("action")
    table = w.outline.table
    index, _ = _cell(w, "status", 0)
    table.setCurrentIndex(index)
    table.edit(index)
    qtbot.waitUntil(lambda: isinstance(table.focusWidget(), QComboBox))
    box = _editor(table)
    box.setCurrentIndex(box.findData("ongoing"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    _wait_closed(qtbot, table)
    assert w.session.store.get("action", "a1")["status"] == "ongoing"
    assert w.outline.model.data(index) == "lopend"


def test_add_delete_and_reorder_rows_are_undoable(qtbot, window):
    w = window
    store = w.session.store
    w.outline.show_entity("partner")
    qtbot.mouseClick(w.outline.add_button, Qt.MouseButton.LeftButton)
    assert store.count("partner") == 3
    w.outline.table.selectRow(0)
    w.outline.move_row(+1)
    assert [r["name"] for r in store.rows("partner")][:2] == ["Zorgbedrijf", "Imec"]
    w.outline.table.selectRow(1)  # Imec: owner of a1
    qtbot.mouseClick(w.outline.delete_button, Qt.MouseButton.LeftButton)
    assert store.count("partner") == 2 and store.get("action", "a1")["owner_id"] is None
    stack = w.session.undo_stack
    stack.undo()
    assert store.get("action", "a1")["owner_id"] == "p1"
    stack.undo()
    assert [r["name"] for r in store.rows("partner")][:2] == ["Imec", "Zorgbedrijf"]
    stack.undo()
    assert store.count("partner") == 2
    assert w.outline.model.rowCount() == 2


def test_adding_a_row_that_needs_a_parent_explains_what_is_missing(qtbot, window):
    w = window
    w.outline.show_entity("vision")
    qtbot.mouseClick(w.outline.add_button, Qt.MouseButton.LeftButton)
    assert "Maatschappelijke uitdagingen" in w.statusBar().currentMessage()
    assert w.session.store.count("vision") == 0


def test_outline_counts_follow_changes(qtbot, window):
    w = window
    item = w.outline._items["partner"]
    assert item.text(0).endswith("(2)")
    w.outline.show_entity("partner")
    qtbot.mouseClick(w.outline.add_button, Qt.MouseButton.LeftButton)
    assert item.text(0).endswith("(3)")


def test_opening_a_bad_file_warns_and_leaves_it_untouched(qtbot, tmp_path, warnings):
    bad = tmp_path / "bad.roadmap"
    bad.write_bytes(b"PK\x03\x04 this is a docx, not a roadmap" * 40)
    digest = sha256(bad)
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    assert not w.open_file(bad)
    assert warnings == ["bad.roadmap is geen Routekaart-roadmap."]  # told in the window's Dutch
    assert w.session is None and sha256(bad) == digest


def test_save_as_copies_and_continues_in_the_copy(qtbot, window, tmp_path, monkeypatch):
    w = window
    original = w.session.path
    target = tmp_path / "kopie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.save_as()
    assert w.session.path.endswith("kopie.roadmap")
    assert export_document(w.session.store) == export_document(RoadmapStore.open(original, read_only=True))
    assert "kopie.roadmap" in w.windowTitle()


def test_window_geometry_and_recent_files_are_remembered(qtbot, window, tmp_path):
    w = window
    path = w.session.path
    w.resize(701, 502)
    w.close()
    w2 = MainWindow(lang="nl")
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (701, 502)
    assert w2.settings.recent_files()[0] == path
    assert w2.recent_list.count() == 1


def test_undo_is_disabled_when_there_is_nothing_to_undo(qtbot, window):
    w = window
    assert not w.undo_action.isEnabled()
    w.outline.show_entity("partner")
    qtbot.mouseClick(w.outline.add_button, Qt.MouseButton.LeftButton)
    assert w.undo_action.isEnabled() and "Partners" in w.undo_action.text()
    w.outline.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def test_preferences_are_saved_and_read_back(qtbot, window):
    from desktop.settings.dialog import PreferencesDialog
    from desktop.settings.preferences import Preferences

    dlg = PreferencesDialog(Preferences(), window)
    qtbot.addWidget(dlg)
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.snapshots.setValue(30)
    dlg.author.setText("Katrien")
    dlg.accept()
    again = Preferences()
    assert (again.language, again.snapshot_minutes, again.author) == ("en", 30, "Katrien")


def test_shortcuts_dialog_lists_the_menu_shortcuts(qtbot, window):
    from desktop.app.shortcuts_dialog import ShortcutsDialog, key_table_rows, shortcut_rows

    rows = shortcut_rows(window)
    commands = {r[1] for r in rows}
    assert {"Undo", "Open…", "Keyboard shortcuts"} <= {c.split(" ")[0] if c.startswith("Undo") else c
                                                       for c in commands}
    dlg = ShortcutsDialog(window)
    qtbot.addWidget(dlg)
    # the menu shortcuts, then the timeline and presentation keys
    assert dlg.table.rowCount() == len(rows) + len(key_table_rows()) and len(rows) >= 8


def test_about_names_the_versions(window):
    from desktop.app.main_window import about_text

    text = about_text("Routekaart %1")
    assert "Qt 6.11" in text and "SQLite" in text and "Python 3." in text


def test_new_roadmap_gets_the_extension_and_never_overwrites(qtbot, tmp_path, monkeypatch, warnings):
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "nieuw"), ""))
    w.new_file()
    assert w.session.path.endswith("nieuw.roadmap") and w.session.store.count("partner") == 0
    w.close_roadmap()
    w.new_file()  # the same name again: refused, file kept
    assert warnings and "already exists" in warnings[-1] and w.session is None


def test_import_json_through_the_menu(qtbot, tmp_path, monkeypatch, warnings):
    from db.interchange import dumps
    from tests.generate import generate_document

    src = tmp_path / "in.json"
    src.write_text(dumps(generate_document(20)), encoding="utf-8")
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "uit"), ""))
    w.import_json()
    assert w.session.store.count("action") == 20 and not warnings
