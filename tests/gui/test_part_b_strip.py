"""The Part B canvas's strip of projects and KPI yearly targets, reached through the View
menu's toggles on the demo: the strip appears and disappears, is remembered in the settings,
and follows edits of a project and of a KPI target made through the session's apply path."""

from __future__ import annotations

import pytest

from db.ops import Create, Delete, Update
from db.store import new_id
from desktop.app.main_window import MainWindow
from desktop.demo import fresh_demo
from desktop.settings.window_state import Settings


def _window(qtbot, path):
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    assert w.open_file(path)
    return w


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.roadmap"
    fresh_demo(path).close()
    return path


@pytest.fixture
def window(qtbot, demo_path):
    from desktop.app import i18n

    i18n.install("en")
    w = _window(qtbot, demo_path)
    yield w
    w.close()
    i18n.uninstall()


def _action(window, key):
    found = [a for a in window.menu("view").actions() if a.objectName() == f"part_b_{key}_action"]
    assert len(found) == 1, [a.objectName() for a in window.menu("view").actions()]
    return found[0]


def _part_b(qtbot, window):
    window.view_actions["part_b"].trigger()  # View > Part B: timeline
    view = window.tabs.view("part_b")
    qtbot.waitUntil(lambda: view is not None and view.isVisible())
    return view


def _kinds(view) -> set[str]:
    return {entity for entity, _id in view.strip.refs()}


def test_the_view_menu_toggles_show_and_hide_the_strip(qtbot, window):
    store = window.session.store
    view = _part_b(qtbot, window)
    projects, kpis = _action(window, "projects"), _action(window, "kpi_milestones")
    assert projects.isCheckable() and not projects.isChecked() and projects.isEnabled()
    assert not view.strip.isVisible()
    lanes_bottom = view.layouter.layout.height
    rect_before = view.view.timeline.sceneRect()

    projects.trigger()
    assert projects.isChecked()
    assert view.strip.isVisible()
    dated = {p["id"] for p in store.rows("project") if p.get("start_date") and p.get("end_date")}
    assert dated and {("project", pid) for pid in dated} <= view.strip.refs()
    assert _kinds(view) == {"project"}  # only what was asked for
    strip = view.strip.boundingRect()
    assert strip.top() >= lanes_bottom - 1  # under the lanes, not over them
    assert view.view.timeline.sceneRect().bottom() > rect_before.bottom()
    assert view.view.timeline.sceneRect().contains(strip)
    reference = view.view.timeline.reference
    assert reference.lanes  # the demo shows another roadmap's milestones: they come below the strip
    assert reference.mapRectToScene(reference.boundingRect()).top() >= strip.bottom() - 0.5
    assert Settings().part_b_strip() == {"projects": True, "kpi_milestones": False}

    kpis.trigger()
    assert _kinds(view) == {"project", "kpi"}
    with_targets = {t["kpi_id"] for t in store.rows("kpi_target")}
    assert {("kpi", k) for k in with_targets} & view.strip.refs()

    projects.trigger()
    kpis.trigger()
    assert not projects.isChecked() and not kpis.isChecked()
    assert not view.strip.isVisible()
    assert view.view.timeline.sceneRect().bottom() == pytest.approx(rect_before.bottom())
    assert Settings().part_b_strip() == {"projects": False, "kpi_milestones": False}


def test_the_strip_follows_edits_through_apply(qtbot, window):
    store = window.session.store
    view = _part_b(qtbot, window)
    _action(window, "projects").trigger()
    _action(window, "kpi_milestones").trigger()
    project = next(p for p in store.rows("project") if p.get("start_date") and p.get("end_date"))
    assert not any("Renamed portfolio project" in t for t in view.strip.texts())

    window.session.apply([Update("project", project["id"], {"title": "Renamed portfolio project"})],
                         "Rename project")
    assert any("Renamed portfolio project" in t for t in view.strip.texts())

    shown_kpi = next(k for e, k in view.strip.refs() if e == "kpi")
    target = max((t for t in store.rows("kpi_target") if t["kpi_id"] == shown_kpi), key=lambda t: t["year"])
    assert "4321" not in view.strip.texts()
    window.session.apply([Update("kpi_target", target["id"], {"value": 4321.0})], "Edit target")
    assert any(t.replace(".", "").replace(",", "").replace("\u202f", "").replace(" ", "") == "4321"
               for t in view.strip.texts())

    window.session.apply([Delete("project", project["id"])], "Delete project")
    assert ("project", project["id"]) not in view.strip.refs()
    window.session.undo_stack.undo()
    assert ("project", project["id"]) in view.strip.refs()

    pid = new_id()
    window.session.apply([Create("project", {"code": "PJ-99", "title": "Fresh project", "status": "idea",
                                             "start_date": "2027-01-01", "end_date": "2028-12-31"}, pid)],
                         "Add project")
    assert ("project", pid) in view.strip.refs()


def test_an_edit_made_while_the_tab_is_hidden_shows_when_it_comes_back(qtbot, window):
    store = window.session.store
    view = _part_b(qtbot, window)
    _action(window, "projects").trigger()
    window.view_actions["wizard"].trigger()
    qtbot.waitUntil(lambda: not view.isVisible())
    project = next(p for p in store.rows("project") if p.get("start_date") and p.get("end_date"))
    window.session.apply([Update("project", project["id"], {"title": "Edited while hidden"})], "Rename")
    _part_b(qtbot, window)
    assert any("Edited while hidden" in t for t in view.strip.texts())


def test_the_choice_is_remembered_for_the_next_window(qtbot, window, demo_path, tmp_path):
    _action(window, "kpi_milestones").trigger()
    window.close()
    other = tmp_path / "other.roadmap"
    fresh_demo(other).close()
    w2 = _window(qtbot, other)
    try:
        assert _action(w2, "kpi_milestones").isChecked() and not _action(w2, "projects").isChecked()
        view = _part_b(qtbot, w2)
        assert view.strip.isVisible() and _kinds(view) == {"kpi"}
    finally:
        w2.close()


def test_the_exported_figure_shows_what_the_canvas_shows(qtbot, window):
    view = _part_b(qtbot, window)
    plain = {i.ref[0] for i in view.visual().items if getattr(i, "ref", None)}
    assert "project" not in plain
    _action(window, "projects").trigger()
    shown = {i.ref[0] for i in view.visual().items if getattr(i, "ref", None)}
    assert "project" in shown
