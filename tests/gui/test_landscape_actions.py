"""File ▸ Read roadmaps together (roll-up)… and File ▸ Generate working documents…, reached
through their QActions with the file dialogs answered: the roll-up window shows the open
roadmap with another file read-only (neither file changes), can add one more and saves the
roll-up as PDF; the dialog writes the start note, a report per workshop and the synthesis
as Word files with its progress bar, and tells when the folder is a file."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.interchange import import_document
from desktop.app.main_window import MainWindow
from desktop.demo import fresh_demo
from tests.export.test_rollup import second_roadmap
from tests.helpers import sha256


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot, tmp_path, warnings):
    path = tmp_path / "demo.roadmap"
    fresh_demo(path).close()
    w = MainWindow(lang="nl")
    qtbot.addWidget(w)
    assert w.open_file(path)
    with qtbot.waitExposed(w):
        w.show()
    return w


def test_rollup_window_through_the_file_menu(window, qtbot, tmp_path, monkeypatch, warnings):
    w = window
    other = tmp_path / "bouw.roadmap"
    import_document(second_roadmap(), other).close()
    third = tmp_path / "derde.roadmap"
    doc3 = second_roadmap()
    doc3["roadmap"] = {**doc3["roadmap"], "id": "r3", "title": "Roadmap Derde Cluster"}
    import_document(doc3, third).close()
    before = sha256(other)
    action = w.landscape_actions.rollup_action
    assert action in w.menu("file").actions()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(other), w.session.path], ""))  # the open one is not read twice
    action.trigger()
    rw = w.landscape_actions.rollup
    assert rw is not None and rw.isVisible() and not warnings
    qtbot.addWidget(rw)
    assert len(rw.docs) == 2
    text = rw.plain_text()
    for head in ("De roadmaps naast elkaar", "Partners in meer dan één roadmap", "Gecombineerde tijdlijn"):
        assert head in text
    assert "Roadmap Bouwinnovatie 2027–2032" in text and "KU Leuven" in text
    assert rw.browser.isReadOnly()
    assert "Roadmap Zorgzaam Wonen" in rw.heading.text()

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(third)], ""))
    rw.add_action.trigger()
    assert len(rw.docs) == 3 and "Roadmap Derde Cluster" in rw.plain_text()

    out = tmp_path / "samen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    rw.pdf_action.trigger()
    pdf = out.with_suffix(".pdf")
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Roadmaps samen gelezen" in words and "Roadmap Derde Cluster" in words
    assert sha256(other) == before  # read-only: the other file is untouched
    assert w.session.undo_stack.count() == 0

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    action.trigger()  # cancelled: no new window
    assert w.landscape_actions.rollup is rw


def test_generate_working_documents_through_the_file_menu(window, qtbot, tmp_path):
    w = window
    action = w.landscape_actions.docs_action
    assert action in w.menu("file").actions() and action.isEnabled()
    action.trigger()
    dialog = w.landscape_actions.dialog
    assert dialog is not None and dialog.isVisible()
    # a file where the folder should be is refused
    (tmp_path / "bestand").write_text("x", encoding="utf-8")
    dialog.folder_edit.setText(str(tmp_path / "bestand"))
    dialog.write_button.click()
    assert "file, not a folder" in dialog.status.text() or "geen map" in dialog.status.text()
    folder = tmp_path / "werkdocumenten"
    dialog.folder_edit.setText(str(folder))
    with qtbot.waitSignal(dialog.written, timeout=120_000) as got:
        dialog.write_button.click()
    paths = got.args[0]
    n_workshops = len(w.session.store.rows("workshop"))
    assert len(paths) == n_workshops + 2
    assert all(p.suffix == ".docx" and p.parent == folder and p.stat().st_size > 5000 for p in paths)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert str(len(paths)) in dialog.status.text()
    titles = {w2["title"] for w2 in w.session.store.rows("workshop")}
    import zipfile

    text = " ".join(zipfile.ZipFile(p).read("word/document.xml").decode("utf-8") for p in paths)
    for t in titles:
        assert t.replace("&", "&amp;").replace("'", "&apos;")[:20] in text or t[:20] in text
    dialog.close()
