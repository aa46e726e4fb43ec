"""The monitoring view: KPI lights follow the measurements typed in; action status."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db.ops import Create
from desktop.app.session import RoadmapSession
from desktop.domain.monitoring import status as mon
from desktop.monitoring.view import MonitoringView

TODAY = dt.date(2028, 2, 1)


@pytest.fixture
def view(qtbot, file_store):
    file_store.apply([
        Create("kpi", {"name": "Pilots", "unit": "pilots", "baseline_value": 0.0, "baseline_year": 2026,
                       "target_value": 100.0, "target_date": "2030-01-01"}, id="k1"),
        Create("kpi", {"name": "Jobs"}, id="k2"),
        Create("value_chain", {"name": "Digitale zorg"}, id="vc1"),
        Create("action", {"title": "Late one", "value_chain_id": "vc1", "status": "ongoing",
                          "end_date": "2027-06-30"}, id="a1"),
        Create("action", {"title": "Fine one", "value_chain_id": "vc1", "status": "planned",
                          "end_date": "2029-06-30"}, id="a2"),
    ])
    session = RoadmapSession(file_store)
    v = MonitoringView(session, "en", today=TODAY)
    qtbot.addWidget(v)
    with qtbot.waitExposed(v):
        v.show()
    return v


def _status(view, kpi_id):
    return view.status_of(kpi_id).light


def test_adding_and_typing_a_measurement_updates_the_light_and_is_undoable(qtbot, view):
    assert view.current_kpi_id() == "k1"
    assert _status(view, "k1") == mon.NO_DATA
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    rows = view.session.store.rows("kpi_measurement")
    assert len(rows) == 1 and rows[0]["date"] == TODAY.isoformat() and rows[0]["kpi_id"] == "k1"
    # the new value cell is open for typing
    editor = view.measure_table.focusWidget()
    assert editor is not view.measure_table
    editor.selectAll()
    qtbot.keyClicks(editor, "45")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.session.store.rows("kpi_measurement")[0]["value"] == 45.0)
    qtbot.waitUntil(lambda: _status(view, "k1") == mon.ON_TRACK)
    assert set(view.chart.series) == {"plan", "baseline", "actual", "target"}
    view.session.undo_stack.undo()  # the typed value
    qtbot.waitUntil(lambda: _status(view, "k1") == mon.OFF_TRACK)  # 0 of 100 halfway through
    view.session.undo_stack.undo()  # the new row
    qtbot.waitUntil(lambda: _status(view, "k1") == mon.NO_DATA)
    assert view.session.store.rows("kpi_measurement") == []


def test_bad_measurement_value_is_refused_with_a_message(qtbot, view):
    view.add_measurement()
    messages = []
    view.message.connect(messages.append)
    index = view.measurements.index(0, 1)
    assert not view.measurements.setData(index, "veel")
    assert messages and view.session.store.rows("kpi_measurement")[0]["value"] == 0.0


def test_measurements_are_shown_per_kpi_and_deleted(qtbot, view):
    view.session.apply([Create("kpi_measurement", {"kpi_id": "k2", "date": "2027-01-01", "value": 3})],
                       "m")
    assert view.measurements.rowCount() == 0  # k1 is chosen
    assert view.show_target("kpi", "k2")
    assert view.measurements.rowCount() == 1
    assert _status(view, "k2") == mon.INCOMPLETE
    view.measure_table.selectRow(0)
    view.delete_measurements()
    assert view.session.store.rows("kpi_measurement") == []


def test_late_actions_filter_and_status_edit(qtbot, view):
    assert "2 actions" in view.action_summary_label.text() and "1 late" in view.action_summary_label.text()
    view.late_only.setChecked(True)
    assert view.action_model.row_ids() == ["a1"]
    col = [f.name for f in view.action_model.fields].index("status")
    assert view.action_model.setData(view.action_model.index(0, col), "done")
    qtbot.waitUntil(lambda: "0 late" in view.action_summary_label.text())
    assert view.session.store.get("action", "a1")["status"] == "done"
    assert view.action_model.rowCount() == 0  # a1 is no longer late
    view.late_only.setChecked(False)
    assert view.action_model.rowCount() == 2
    view.action_table.setCurrentIndex(view.action_model.index(view.action_model.row_ids().index("a1"), 0))
    assert view.history.rowCount() == 1  # the change was recorded in the status history
    status_col = [f.name for f in view.history.fields].index("status")
    assert view.history.data(view.history.index(0, status_col)) == "done"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_monitoring_report_is_written_off_the_ui_thread(qtbot, view, tmp_path, suffix):
    import subprocess

    import docx

    target = tmp_path / f"monitoring{suffix}"
    view.session.apply([Create("kpi_measurement", {"kpi_id": "k1", "date": "2027-12-31",
                                                   "value": 44.0})], "m")
    with qtbot.waitSignal(view.report_written, timeout=30000) as blocker:
        view.export_report(str(target))
    assert blocker.args == [str(target)] and view.report_button.isEnabled()
    if suffix == ".pdf":
        text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
    else:
        d = docx.Document(str(target))
        text = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows
                                                            for c in r.cells])
        assert d.inline_shapes, "the KPI figures are embedded"
    for expected in ("Pilots", "Jobs", "Late one", "on track"):
        assert expected in text


def test_changes_since_a_named_revision_are_listed_and_reported(qtbot, view, tmp_path):
    import subprocess

    from db import snapshots
    from db.ops import Update
    from desktop.domain.paths import data_dir

    store = view.session.store
    snapshots.take(store, snapshots.folder_for(data_dir(), store.roadmap_id), kind="named",
                   label="after workshop 2")
    view.session.apply([Update("action", "a2", {"end_date": "2030-06-30"}),
                        Create("kpi", {"name": "Langer thuis"}, id="k9")], "edit")
    view.tabs.setCurrentIndex(2)
    assert view.revision_combo.count() == 2
    view.revision_combo.setCurrentIndex(1)
    whats = [(x.kind, x.what) for x in view.change_lines]
    assert ("added", "Langer thuis") in whats
    assert ("changed", "Fine one: End / deadline") in whats
    assert view.changes_label.text().startswith("2 change")
    target = tmp_path / "m.pdf"
    with qtbot.waitSignal(view.report_written, timeout=30000):
        view.export_report(str(target))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Changes since" in text and "after workshop 2" in text and "Langer thuis" in text
