"""Edit ▸ Cut / Copy / Paste / Delete / Select All on table rows (the Tables tab, a wizard
table), on the boxes of the Part A overview and in a text field, reached the way a user
reaches them: a mouse click selects, then the menu action is triggered or the key pressed
in the focused widget. Each edit is one undo step (Edit ▸ Undo). The entries are enabled
as the focus and the selection allow."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.app.crash import log_path
from desktop.app.row_clipboard import ROWS_MIME

L = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def empty_clipboard(qapp):
    QApplication.clipboard().clear()


@pytest.fixture
def window(empty_clipboard, demo_window):  # the clipboard is emptied before the window opens
    yield demo_window
    demo_window.close()
    assert not log_path().exists()


def enabled(window) -> set[str]:
    c = window.edit_commands
    c.update()
    return {n for n, a in c.actions.items() if a.isEnabled()}


def click_row(qtbot, table, row: int, mods=NO) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), L, mods, rect.center())
    qtbot.waitUntil(table.hasFocus)


def clipboard_rows() -> list[dict]:
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat(ROWS_MIME)
    return json.loads(bytes(mime.data(ROWS_MIME)).decode())["rows"]


def test_rows_in_the_tables_tab(qtbot, window):
    store = window.session.store
    tables = window.show_view("tables")
    tables.show_entity("partner")
    table = tables.table
    qtbot.waitUntil(table.isVisible)
    names = [r["name"] for r in store.rows("partner")]
    n = len(names)
    # the outline tree has the focus: nothing to cut or copy there
    qtbot.mouseClick(tables.tree.viewport(), L, NO, QPoint(5, 5))
    qtbot.waitUntil(tables.tree.hasFocus)
    assert not {"cut", "copy", "delete"} & enabled(window)
    click_row(qtbot, table, 1)
    assert {"cut", "copy", "delete", "select_all"} <= enabled(window)
    assert "paste" not in enabled(window)  # nothing on the clipboard yet
    window.edit_commands.actions["copy"].trigger()
    text = QApplication.clipboard().text()
    assert text.splitlines()[0].startswith("Name") and names[1] in text.splitlines()[1]
    assert [r["values"]["name"] for r in clipboard_rows()] == [names[1]]
    assert "paste" in enabled(window)
    window.edit_commands.actions["paste"].trigger()
    assert store.count("partner") == n + 1
    assert [r["name"] for r in store.rows("partner")].count(names[1]) == 2
    new_id = tables.selected_ids()[0]
    assert store.get("partner", new_id)["name"] == names[1]
    window.undo_action.trigger()  # one step takes the pasted row away
    assert store.count("partner") == n
    # two rows (Ctrl+click), Edit ▸ Delete: one undo step brings both back
    click_row(qtbot, table, 0)
    click_row(qtbot, table, 2, CTRL)
    assert len(tables.selected_ids()) == 2
    window.edit_commands.actions["delete"].trigger()
    assert store.count("partner") == n - 2
    window.undo_action.trigger()
    assert store.count("partner") == n
    # the keys in the table: Ctrl+X cuts, Ctrl+V pastes the row back (new id)
    click_row(qtbot, table, 0)
    cut_name = store.get("partner", tables.selected_ids()[0])["name"]
    qtbot.keyClick(table, Qt.Key.Key_X, CTRL)
    assert store.count("partner") == n - 1 and cut_name not in [r["name"] for r in store.rows("partner")]
    qtbot.keyClick(table, Qt.Key.Key_V, CTRL)
    assert store.count("partner") == n and cut_name in [r["name"] for r in store.rows("partner")]
    # Select All selects every row; Copy then copies them all
    window.edit_commands.actions["select_all"].trigger()
    assert len(tables.selected_ids()) == n
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    assert len(clipboard_rows()) == n
    # the roadmap (one row, cannot be added or removed): copy yes, cut/delete/paste no
    tables.show_entity("roadmap")
    click_row(qtbot, table, 0)
    assert "copy" in enabled(window) and not {"cut", "delete", "paste"} & enabled(window)


def test_rows_in_a_wizard_table_and_a_text_field(qtbot, window):
    from desktop.wizard.table_panel import TablePanel

    store = window.session.store
    wizard = window.show_view("wizard")
    page = wizard.show_section("0.partners")
    panel = next(p for p in page.findChildren(TablePanel) if p.entity.name == "partner")
    table = panel.table
    qtbot.waitUntil(table.isVisible)
    n = store.count("partner")
    click_row(qtbot, table, 0)
    first = store.get("partner", panel.selected_ids()[0])
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    assert clipboard_rows()[0]["values"]["name"] == first["name"]
    window.edit_commands.actions["paste"].trigger()
    assert store.count("partner") == n + 1
    pasted = panel.selected_ids()
    assert len(pasted) == 1 and pasted[0] != first["id"]
    assert store.get("partner", pasted[0])["type"] == first["type"]
    window.edit_commands.actions["delete"].trigger()
    assert store.count("partner") == n and store.get("partner", pasted[0]) is None
    window.undo_action.trigger()
    assert store.get("partner", pasted[0]) is not None
    # a text field: Select All and Copy act on its text, not on rows
    page = wizard.show_section("0.roadmap")
    title = page.fields["title"].input
    qtbot.mouseClick(title, L)
    qtbot.waitUntil(title.hasFocus)
    assert "select_all" in enabled(window) and "copy" not in enabled(window)
    window.edit_commands.actions["select_all"].trigger()
    assert title.selectedText() == title.text()
    window.edit_commands.actions["copy"].trigger()
    assert QApplication.clipboard().text() == title.text()
    mime = QApplication.clipboard().mimeData()
    assert not mime.hasFormat(ROWS_MIME)


def test_boxes_of_the_part_a_overview(qtbot, window):
    store = window.session.store
    part_a = window.show_view("part_a")
    qtbot.waitUntil(part_a.isVisible)
    part_a.fit_all()
    view = part_a.view
    key = next(k for k in part_a.nodes if k[0] == "challenge")
    n = store.count("challenge")
    title = store.get("challenge", key[1])["title"]
    view.setFocus()
    assert not {"cut", "copy", "delete"} & enabled(window)  # nothing selected
    item = part_a.nodes[key]
    pos = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), L, NO, pos)
    qtbot.waitUntil(lambda: item.isSelected())
    assert {"cut", "copy", "delete"} <= enabled(window)
    window.edit_commands.actions["copy"].trigger()
    assert title in QApplication.clipboard().text()
    assert [r["entity"] for r in clipboard_rows()] == ["challenge"]
    assert "paste" in enabled(window)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert store.count("challenge") == n - 1 and store.get("challenge", key[1]) is None
    window.undo_action.trigger()
    assert store.count("challenge") == n
    part_a.view.setFocus()
    window.edit_commands.actions["paste"].trigger()
    assert store.count("challenge") == n + 1
    assert [r["title"] for r in store.rows("challenge")].count(title) == 2
    pasted = part_a.selected_keys()
    assert len(pasted) == 1 and pasted[0] != key
    window.undo_action.trigger()
    assert store.count("challenge") == n
    # the roadmap box: copied as text, never cut or deleted
    road = next(k for k in part_a.nodes if k[0] == "roadmap")
    part_a.scene.clearSelection()
    part_a.nodes[road].setSelected(True)
    assert "copy" in enabled(window) and not {"cut", "delete"} & enabled(window)
