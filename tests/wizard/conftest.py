"""A wizard on a fresh roadmap, shown in an active offscreen window (so keys reach editors)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QWidget

from db.store import RoadmapStore
from desktop.app.session import RoadmapSession


@pytest.fixture
def session(tmp_path):
    s = RoadmapSession(RoadmapStore.create(tmp_path / "w.roadmap"))
    yield s
    s.close()


@pytest.fixture
def make_wizard(qtbot, session):
    from desktop.app import i18n
    from desktop.wizard.view import WizardView

    installed = []

    def make(lang: str = "en"):
        if lang == "en" and not installed:  # as the app does: English plural forms ("1 error")
            i18n.install("en")
            installed.append(lang)
        w = WizardView(session, lang)
        qtbot.addWidget(w)
        w.resize(1500, 950)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        return w

    yield make
    if installed:
        i18n.uninstall()


@pytest.fixture
def wizard(make_wizard):
    return make_wizard("en")


class UI:
    """Drives the wizard like a user: clicks, keys and typed text."""

    def __init__(self, qtbot, wizard) -> None:
        self.qtbot = qtbot
        self.w = wizard

    def go(self, key: str):
        item = self.w._section_items[key]
        rect = self.w.nav.visualItemRect(item)
        self.w.nav.scrollToItem(item)
        rect = self.w.nav.visualItemRect(item)
        self.qtbot.mouseClick(self.w.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert self.w.current_key == key
        return self.w.pages[key]

    def type_field(self, key: str, field: str, text: str):
        editor = self.go(key).fields[field]
        line = editor.input
        line.setFocus()
        line.selectAll()
        self.qtbot.keyClicks(line, text)
        self.qtbot.keyClick(line, Qt.Key.Key_Return)
        return editor

    def pick_field(self, key: str, field: str, label: str):
        box = self.go(key).fields[field].input
        box.setFocus()
        while box.currentText() != label:  # arrow keys through the list, as a user would
            before = box.currentIndex()
            self.qtbot.keyClick(box, Qt.Key.Key_Down)
            assert box.currentIndex() != before, f"{label!r} not in {field}"

    def panel(self, key: str, entity: str):
        return self.go(key).tables[entity]

    def add(self, panel) -> str:
        before = set(panel.model.row_ids())
        self.qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        (new,) = set(panel.model.row_ids()) - before
        return new

    def _editor(self, table):
        editors = [e for e in table.viewport().findChildren(QWidget)
                   if e.isVisible() and isinstance(e, (QLineEdit, QComboBox))]
        assert len(editors) == 1, (editors, table.state(), table.isVisible(), table.currentIndex().row(),
                                   table.currentIndex().column(), table.model().rowCount())
        return editors[0]

    def cell(self, panel, row_id: str, field: str, text: str) -> None:
        """Type `text` into a cell (text, number, date), or choose it (choice, link)."""
        model, table = panel.model, panel.table
        row = model.row_ids().index(row_id)
        col = [f.name for f in model.fields].index(field)
        table.setCurrentIndex(model.index(row, col))
        table.setFocus()
        self.qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = self._editor(table)
        if isinstance(editor, QComboBox):
            i = editor.findText(text)
            assert i >= 0, (text, [editor.itemText(k) for k in range(editor.count())])
            editor.setCurrentIndex(0)
            while editor.currentIndex() != i:
                self.qtbot.keyClick(editor, Qt.Key.Key_Down)
        else:
            editor.selectAll()
            if text.isascii():
                self.qtbot.keyClicks(editor, text)
            else:  # QTest types ASCII only; other text arrives as if pasted
                editor.insert(text)
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)

    def check(self, panel, row_id: str, field: str) -> None:
        model, table = panel.model, panel.table
        row = model.row_ids().index(row_id)
        col = [f.name for f in model.fields].index(field)
        table.setCurrentIndex(model.index(row, col))
        table.setFocus()
        self.qtbot.keyClick(table, Qt.Key.Key_Space)

    def row(self, panel, values: dict, checks: tuple[str, ...] = ()) -> str:
        row_id = self.add(panel)
        for field, text in values.items():
            self.cell(panel, row_id, field, text)
        for field in checks:
            self.check(panel, row_id, field)
        return row_id

    def write(self, editor, text: str, *, bold: str = "") -> None:
        """Type into a rich-text editor (optionally a bold part) and leave it."""
        editor.edit.setFocus()
        self.qtbot.keyClicks(editor.edit, text)
        if bold:
            self.qtbot.mouseClick(editor.bold, Qt.MouseButton.LeftButton)
            self.qtbot.keyClicks(editor.edit, bold)
            self.qtbot.mouseClick(editor.bold, Qt.MouseButton.LeftButton)
        self.w.nav.setFocus()  # leaving the editor stores the text


@pytest.fixture
def ui(qtbot, wizard):
    return UI(qtbot, wizard)
