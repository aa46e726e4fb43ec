"""The monitoring view's progress-report action: trigger it, answer the dialog, get the report."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from db.ops import Create
from desktop.app.session import RoadmapSession
from desktop.monitoring.view import MonitoringView

TODAY = dt.date(2028, 2, 1)


@pytest.fixture
def view(qtbot, file_store):
    from db.ops import Update

    file_store.apply([Update("roadmap", file_store.roadmap()["id"],
                             {"horizon_start": "2026-01-01", "horizon_end": "2030-12-31"})])
    file_store.apply([
        Create("kpi", {"name": "Pilots", "unit": "pilots", "baseline_value": 0.0, "baseline_year": 2026,
                       "target_value": 100.0, "target_date": "2030-01-01"}, id="k1"),
        Create("kpi_target", {"kpi_id": "k1", "year": 2027, "value": 30.0}),
        Create("kpi_measurement", {"kpi_id": "k1", "date": "2027-12-15", "value": 34.0, "year": 2027}),
        Create("value_chain", {"name": "Digitale zorg"}, id="vc1"),
        Create("programme", {"name": "Thuismonitoring", "value_chain_id": "vc1"}, id="pg1"),
        Create("partner", {"name": "Zorggroep Noord"}, id="p1"),
        Create("project", {"title": "Slimme sensoren", "kind": "icon", "status": "running", "programme_id": "pg1",
                           "public_eur": 400000.0, "private_eur": 600000.0}, id="pj1"),
        Create("commitment", {"partner_id": "p1", "programme_id": "pg1", "kind": "loi",
                              "status": "signed", "signed_date": "2027-03-01", "amount_eur": 50000.0}),
        Create("action", {"title": "Late one", "value_chain_id": "vc1", "status": "ongoing",
                          "end_date": "2027-06-30"}, id="a1"),
    ])
    session = RoadmapSession(file_store)
    v = MonitoringView(session, "en", today=TODAY)
    qtbot.addWidget(v)
    with qtbot.waitExposed(v):
        v.show()
    return v


def _open(qtbot, view):
    view.progress_action.trigger()
    dialog = view.progress_dialog
    assert QTest.qWaitForWindowExposed(dialog)
    return dialog


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_triggering_the_action_and_answering_the_dialog_writes_the_report(qtbot, view, tmp_path, monkeypatch):
    target = tmp_path / "out" / "voortgang"
    target.parent.mkdir()
    asked = []

    def answer(parent, caption, start, filters):
        asked.append((caption, start))
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    dialog = _open(qtbot, view)
    assert view.progress_button.defaultAction() is view.progress_action
    assert dialog.year() == 2027  # the last full year before today
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0][1].endswith("progress-report-2027.pdf")
    assert dialog.path_edit.text() == str(target) + ".pdf"  # no suffix given: PDF
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    with qtbot.waitSignal(dialog.written, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        assert not dialog.write_button.isEnabled()  # busy while writing
    assert blocker.args == [str(target) + ".pdf"]
    assert dialog.write_button.isEnabled() and dialog.progress.value() == dialog.progress.maximum()
    assert "Wrote" in dialog.status.text()
    text = _pdf_text(target.with_suffix(".pdf"))
    for expected in ("Progress report 2027", "Pilots", "Slimme sensoren", "Zorggroep Noord", "Late one"):
        assert expected in text, expected


def test_a_word_report_for_another_year_typed_in(qtbot, view, tmp_path):
    import docx

    dialog = _open(qtbot, view)
    dialog.year_combo.setFocus()
    qtbot.keyClick(dialog.year_combo, Qt.Key.Key_Up)  # one year earlier than the default
    assert dialog.year() == 2026
    target = tmp_path / "report.docx"
    dialog.path_edit.setFocus()
    qtbot.keyClicks(dialog.path_edit, str(target))
    with qtbot.waitSignal(dialog.written, timeout=60000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Enter presses the default button
    d = docx.Document(str(target))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Voortgangsrapport 2026" in text  # the roadmap's language
    assert "Geen KPI met een streefwaarde voor 2026." in text  # the only target is for 2027


def test_problems_are_shown_in_the_dialog_and_the_roadmap_is_untouched(qtbot, view, tmp_path):
    store = view.session.store
    before = json.dumps({e: store.rows(e) for e in ("kpi", "project", "commitment", "action")}, sort_keys=True)
    dialog = _open(qtbot, view)
    with qtbot.waitSignal(dialog.failed) as blocker:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Choose where to save the progress report."]
    dialog.path_edit.setText(str(store.path))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "roadmap file itself" in dialog.status.text()
    dialog.path_edit.setText(str(tmp_path / "report.txt"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert ".pdf or .docx" in dialog.status.text()
    missing = tmp_path / "no such folder" / "r.pdf"
    dialog.path_edit.setText(str(missing))
    with qtbot.waitSignal(dialog.failed, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in blocker.args[0] and "no such folder" in blocker.args[0]
    assert dialog.status.text() == blocker.args[0] and dialog.write_button.isEnabled()
    assert not missing.parent.exists()
    after = json.dumps({e: store.rows(e) for e in ("kpi", "project", "commitment", "action")}, sort_keys=True)
    assert after == before


def test_revisions_on_disk_and_in_the_file_are_offered_in_both_places(qtbot, view, tmp_path):
    from db import snapshots
    from db.interchange import export_document
    from db.ops import Update
    from desktop.domain.paths import data_dir

    store = view.session.store
    old = export_document(store)
    view.session.apply([Create("snapshot", {"name": "Jaarrapport 2026", "kind": "named",
                                            "created_at": "2026-12-20T10:00:00",
                                            "content": json.dumps(old)})], "keep revision")
    snapshots.take(store, snapshots.folder_for(data_dir(), store.roadmap_id), kind="named",
                   label="after workshop 2")
    view.session.apply([Update("project", "pj1", {"status": "finished"}),
                        Create("project", {"title": "Nieuw project", "status": "submitted"})], "edit")
    view.tabs.setCurrentIndex(2)
    titles = [view.revision_combo.itemText(i) for i in range(view.revision_combo.count())]
    assert any("after workshop 2" in t for t in titles)
    row_index = next(i for i, t in enumerate(titles) if "Jaarrapport 2026" in t)
    assert "kept in the file" in titles[row_index]
    view.revision_combo.setCurrentIndex(row_index)
    whats = {(x.kind, x.what) for x in view.change_lines}
    assert ("added", "Nieuw project") in whats and ("changed", "Slimme sensoren: Status") in whats

    dialog = _open(qtbot, view)
    offered = [dialog.revision_combo.itemText(i) for i in range(dialog.revision_combo.count())]
    assert any("after workshop 2" in t for t in offered) and any("Jaarrapport 2026" in t for t in offered)
    target = tmp_path / "p.pdf"
    dialog.path_edit.setText(str(target))
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    with qtbot.waitSignal(dialog.written, timeout=60000):  # automatic: the in-file one of 2026
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    text = _pdf_text(target)
    assert "Changes since ‘Jaarrapport 2026’" in text and "Nieuw project" in text
