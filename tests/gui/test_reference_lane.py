"""File ▸ Import reference lane…: another roadmap's milestones (from its roadmap JSON) as a
read-only lane under Part B, through the menu action with the file dialog answered; the lane
on the canvas ignores drags and double-clicks, undo/redo take it away and back, File ▸ Remove
reference lane… clears it, and the exported Part B figure (PDF) carries the milestone labels."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.interchange import export_json
from db.ops import Create, Update
from db.store import RoadmapStore
from desktop.app.main_window import MainWindow
from tests.helpers import basic_rows

MILESTONES = (("Oproep slimme zorg", "2026-09-30"), ("Tussentijdse evaluatie partnerschap", "2027-03-31"),
              ("Proeftuinen gestart", "2027-04-15"), ("Buiten de horizon", "2041-01-01"))


def other_roadmap_json(tmp_path):
    """The roadmap JSON of another cluster's roadmap with four milestones and an action."""
    with RoadmapStore.create(tmp_path / "other.roadmap") as s:
        s.apply([Update("roadmap", s.roadmap()["id"], {"title": "Roadmap Slim Textiel",
                                                       "cluster_name": "Textielcluster",
                                                       "horizon_start": "2026-01-01", "horizon_end": "2030-12-31"}),
                 Create("value_chain", {"name": "Zorgtextiel"}, "ovc"),
                 Create("action", {"title": "Gewone actie", "value_chain_id": "ovc", "start_date": "2026-01-01",
                                   "end_date": "2026-12-31"}, "oa0"),
                 *(Create("action", {"title": t, "kind": "milestone", "value_chain_id": "ovc",
                                     "start_date": d, "end_date": d}, f"om{i}")
                   for i, (t, d) in enumerate(MILESTONES))])
        return export_json(s, tmp_path / "other.json")


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot, tmp_path, warnings):
    path = tmp_path / "r.roadmap"
    with RoadmapStore.create(path) as s:
        basic_rows(s)
        s.apply([Update("roadmap", s.roadmap()["id"], {"title": "Eigen roadmap", "horizon_start": "2026-01-01",
                                                       "horizon_end": "2030-12-31"})])
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    assert w.open_file(path)
    w.resize(1400, 900)
    with qtbot.waitExposed(w):
        w.show()
    return w


def test_import_reference_lane_through_the_file_menu(window, qtbot, tmp_path, monkeypatch, warnings):
    src = other_roadmap_json(tmp_path)
    w = window
    part_b = w.show_view("part_b")
    qtbot.waitUntil(part_b.isVisible)  # a tab of the window (a child: it has no window of its own)
    action = w.reference_lane_actions.import_action
    assert action in w.menu("file").actions() and action.isEnabled()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (asked.append(a[1]), (str(src), ""))[1])
    action.trigger()
    assert asked and not warnings
    store = w.session.store
    [rr] = store.rows("reference_roadmap")
    assert rr["title"] == "Roadmap Slim Textiel" and rr["owner"] == "Textielcluster" and rr["part_b_lane"]
    assert sorted(m["title"] for m in store.rows("reference_milestone")) == sorted(t for t, _ in MILESTONES)
    assert "Gewone actie" not in {m["title"] for m in store.rows("reference_milestone")}

    # drawn on the canvas, under the lanes, inside the scene
    scene = part_b.view.timeline
    item = scene.reference
    assert item.isVisible()
    assert sorted(item.milestone_titles()) == sorted(t for t, _ in MILESTONES[:3])
    [lane] = part_b.reference_lanes()
    assert lane.outside == 1  # 2041 lies outside the horizon
    assert item.pos().y() > scene.layout.height
    assert scene.sceneRect().bottom() >= item.mapToScene(item.boundingRect().bottomLeft()).y()

    # read-only: a drag or double-click on a milestone changes nothing and selects nothing
    m = lane.milestones[0]
    at = item.mapToScene(QPointF(m.cx, lane.y + m.cy))
    part_b.view.centerOn(at)
    vp = part_b.view.mapFromScene(at)
    before = w.session.undo_stack.count()
    viewport = part_b.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp)
    for dx in (10, 40, 90):
        QTest.mouseMove(viewport, vp + type(vp)(dx, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp + type(vp)(90, 0))
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp)
    assert w.session.undo_stack.count() == before
    assert not scene.selectedItems()
    assert {(r["title"], r["date"]) for r in store.rows("reference_milestone")} == set(MILESTONES)

    # undo takes the import away (canvas too), redo brings it back
    w.undo_action.trigger()
    assert store.rows("reference_roadmap") == [] and not item.isVisible()
    w.redo_action.trigger()
    assert len(store.rows("reference_milestone")) == 4 and item.isVisible()

    # the exported Part B figure shows the lane's milestones
    out = tmp_path / "part_b.pdf"
    from desktop.cli import main

    w.close_roadmap()
    assert main(["export", str(tmp_path / "r.roadmap"), "--poster", str(out), "--paper", "A3", "--lang", "en"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for title, _ in MILESTONES[:3]:
        assert title in text
    assert "Buiten de horizon" not in text
    assert "Roadmap Slim" in text and "Milestone of another roadmap (read-only)" in text


def test_remove_reference_lane_and_a_json_without_milestones(window, qtbot, tmp_path, monkeypatch, warnings):
    w = window
    part_b = w.show_view("part_b")
    src = other_roadmap_json(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    w.reference_lane_actions.import_action.trigger()
    assert part_b.view.timeline.reference.isVisible()
    w.reference_lane_actions.remove_action.trigger()  # one lane: no question
    [rr] = w.session.store.rows("reference_roadmap")
    assert not rr["part_b_lane"]  # the other roadmap stays in the inventory
    assert not part_b.view.timeline.reference.isVisible() and part_b.reference_lanes() == []
    w.undo_action.trigger()
    assert part_b.view.timeline.reference.isVisible()

    # a roadmap JSON without milestones is refused with a message, nothing stored
    with RoadmapStore.create(tmp_path / "bare.roadmap") as s:
        basic_rows(s)
        bare = export_json(s, tmp_path / "bare.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bare), ""))
    w.reference_lane_actions.import_action.trigger()
    assert warnings and "no dated milestones" in warnings[-1]
    assert len(w.session.store.rows("reference_roadmap")) == 1
    # and a file that is no roadmap JSON is refused too
    junk = tmp_path / "junk.json"
    junk.write_text("{\"format\": \"iets anders\"}", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    w.reference_lane_actions.import_action.trigger()
    assert len(warnings) == 2 and len(w.session.store.rows("reference_roadmap")) == 1
