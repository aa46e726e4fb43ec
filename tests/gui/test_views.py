"""The main window's views: tabs built on first use, View menu, jumping to an item,
the last view remembered, feature modules installed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from db.store import RoadmapStore
from desktop.app import views
from desktop.app.main_window import MainWindow
from tests.helpers import basic_rows


@pytest.fixture
def roadmap(tmp_path):
    path = tmp_path / "r.roadmap"
    s = RoadmapStore.create(path)
    basic_rows(s)
    s.close()
    return path


@pytest.fixture
def window(qtbot, roadmap, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected warning {a}"))
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    assert w.open_file(roadmap)
    w.show()
    yield w
    w.close()


def test_only_the_shown_view_is_built(window):
    tabs = window.tabs
    assert tabs.keys() == [s.key for s in views.available_views()]
    assert "tables" in tabs.keys()
    built = set(tabs.views)
    assert built == {tabs.current_key()}


def test_view_menu_switches_views(window):
    window.view_actions["tables"].trigger()
    assert window.tabs.current_key() == "tables"
    assert window.tabs.view("tables").isVisible()


def test_show_item_selects_the_row_in_the_tables(window):
    window.show_view("tables")
    assert window.show_item("action", "a2", "title")
    view = window.tabs.view("tables")
    assert view.current_entity() == "action"
    index = view.table.currentIndex()
    assert view.model.row_id(index.row()) == "a2"
    assert view.model.fields[index.column()].name == "title"


def test_last_view_is_remembered(qtbot, roadmap, window):
    window.show_view("tables")
    window.close()
    w2 = MainWindow(lang="en")
    qtbot.addWidget(w2)
    assert w2.open_file(roadmap)
    assert w2.tabs.current_key() == "tables"
    w2.close()


def test_closing_the_roadmap_disables_the_views_and_tells_features(qtbot, window):
    seen = []
    window.session_changed.connect(seen.append)
    window.close_roadmap()
    assert seen == [None]
    assert window.tabs is None
    assert not any(a.isEnabled() for a in window.view_actions.values())


def test_feature_modules_are_installed(qtbot, monkeypatch, tmp_path):
    import sys
    import types

    installed = []
    fake = types.ModuleType("routekaart_test_feature")
    fake.install = lambda w: (installed.append(w), w.menu("tools").addAction("Probe"))
    monkeypatch.setitem(sys.modules, "routekaart_test_feature", fake)
    monkeypatch.setattr(views, "FEATURES", (lambda: fake.install,))
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    assert installed == [w]
    assert [a.text() for a in w.menu("tools").actions()] == ["Probe"]
    w.close()


def test_every_view_and_feature_module_is_imported_plainly():
    """No probing: each view and feature loads with a plain import (a missing module is an
    ImportError at once, never a silently missing tab)."""
    assert [s.key for s in views.available_views()] == ["wizard", "part_a", "part_b",
                                                          "monitoring", "tables"]
    for spec in views.available_views():
        factory = views.view_factory(spec)
        assert callable(factory) and factory.__name__.endswith("View")
    installers = views.feature_installers()
    # edit, export, print, co-editing, live, presentation, reference lane, Part B strip, landscape
    assert [f.__module__ for f in installers] == [
        "desktop.app.edit_menu", "desktop.export_ui.menu", "desktop.app.printing", "desktop.coedit_ui.menu",
        "desktop.coedit_ui.live", "desktop.presentation.menu", "desktop.canvas.reference_menu",
        "desktop.app.part_b_menu", "desktop.export_ui.landscape"]
    assert all(f.__name__ == "install" for f in installers)


def test_the_status_bar_counts_the_problems_and_leads_to_the_wizard(qtbot, window):
    from desktop.app import i18n

    i18n.install("en")  # English plural forms
    try:
        _check_problem_count(window)
    finally:
        i18n.uninstall()


def _check_problem_count(window):
    wizard = window.show_view("wizard")
    wizard.recompute()
    n = len(wizard.problems)
    assert n > 0  # the small test roadmap misses objectives, KPIs, ...
    assert window.problems_button.isVisible()
    assert window.problems_button.text() == (f"{n} problems" if n != 1 else "1 problem")
    window.show_view("tables")
    window.problems_button.click()
    assert window.tabs.current_key() == "wizard"


@pytest.mark.parametrize("answer, closed", [("no", False), ("yes", True)])
def test_closing_with_input_that_cannot_be_stored_asks_first(qtbot, window, monkeypatch, answer, closed):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    button = QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or button)
    wizard = window.show_view("wizard")
    page = wizard.show_section("0.roadmap")
    editor = page.fields["horizon_start"]
    editor.input.setText("volgend jaar")  # typed, not yet stored, and not a date
    window.close()
    from db import catalogue

    label = catalogue.entity("roadmap").by_name["horizon_start"].label("en")
    assert len(asked) == 1 and label in asked[0]
    assert (window.session is None) == closed
    assert window.isVisible() != closed
    if not closed:
        assert window.session.store.roadmap().get("horizon_start") in (None, "")
        editor.input.setText("2026-01-01")
        window.close()
        assert window.session is None
