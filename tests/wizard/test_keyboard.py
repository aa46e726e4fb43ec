"""The wizard from the keyboard: arrow keys in the section list where the focus starts,
Tab from the list into the page's form (before the guidance and the problems), and every
field of every page reached with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.wizard.sections import SECTIONS


def test_arrow_keys_walk_the_sections(qtbot, wizard):
    wizard.nav.setFocus()
    qtbot.waitUntil(wizard.nav.hasFocus)
    first = wizard.current_key
    qtbot.keyClick(wizard.nav, Qt.Key.Key_Down)
    assert wizard.current_key != first
    qtbot.keyClick(wizard.nav, Qt.Key.Key_Up)
    assert wizard.current_key == first


def tab_through(qtbot, wizard, limit: int = 400) -> list:
    """The widgets Tab visits from the section list until it comes back to it."""
    wizard.nav.setFocus()
    qtbot.waitUntil(wizard.nav.hasFocus)
    seen = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is wizard.nav or w in seen:
            break
        seen.append(w)
    return seen


def test_tab_goes_through_the_form_first_and_reaches_every_field(qtbot, wizard):
    for spec in SECTIONS:
        page = wizard.show_section(spec.key)
        visited = tab_through(qtbot, wizard)
        fields = [e.input for e in page.fields.values()] + [e.edit for e in page.narratives.values()] \
            + [p.table for p in page.tables.values()]
        for f in fields:
            assert f in visited, (spec.key, f.accessibleName())
        # the page's own controls come before the guidance and the problems
        inside = [page.isAncestorOf(w) for w in visited]
        assert inside[0], (spec.key, type(visited[0]).__name__)
        assert inside == sorted(inside, reverse=True), spec.key



def test_the_focus_is_visible_on_lists_and_text_areas(qtbot, wizard):
    from PySide6.QtWidgets import QApplication

    from desktop.app import theme

    app = QApplication.instance()
    before = app.styleSheet()
    theme.apply("system")
    try:
        panel = wizard.guidance  # a text browser: the style draws no focus frame of its own
        wizard.nav.setFocus()
        qtbot.waitUntil(wizard.nav.hasFocus)
        off = panel.grab().toImage().pixelColor(1, panel.height() // 2)
        qtbot.keyClick(wizard.nav, Qt.Key.Key_Tab)
        while QApplication.focusWidget() is not panel:  # Tab through the form to it
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        on = panel.grab().toImage().pixelColor(1, panel.height() // 2)
        highlight = panel.palette().highlight().color()
        assert on != off
        assert abs(on.hue() - highlight.hue()) < 20 or on == highlight, (on.name(), highlight.name())
    finally:
        app.setStyleSheet(before)
