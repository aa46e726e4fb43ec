"""Printing through the system print dialog: File ▸ Print report… (Ctrl+P) and File ▸
Print visual…, the dialog answered as a user does (the PDF printer chosen, a file name
typed, Print pressed); the PDF that comes out is read back."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.app.crash import log_path
from desktop.app.main_window import MainWindow
from desktop.demo import fresh_demo
from tests.gui.walk import Answerer

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path):
    from desktop.app import i18n

    i18n.install("en")
    answerer = Answerer(tmp_path / "answers")
    path = tmp_path / "demo.roadmap"
    fresh_demo(path).close()
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    assert w.open_file(path)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.answerer = answerer
    yield w
    answerer.stop()
    w.close()
    i18n.uninstall()


def pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def pdf_text(path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:  # poppler-utils is installed by scripts/setup.sh
        pytest.fail("pdftotext (poppler-utils) is missing: run scripts/setup.sh")
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_print_report_with_ctrl_p_to_a_pdf_file(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(window.print_actions.printed), timeout=180000)
    (pdf,) = window.answerer.printed
    assert any("QPrintDialog" in s for s in window.answerer.seen)
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert pdf_pages(pdf) >= 10
    text = pdf_text(pdf)
    assert "Roadmap Zorgzaam Wonen" in text and "2026–2035" in text
    assert "Toekomstbeelden" in text or "Toekomstbeeld" in text  # the Dutch report, in its language
    assert str(pdf) in window.statusBar().currentMessage()
    assert not log_path().exists()


def test_print_the_visual_in_front(qtbot, window):
    window.menu("file").aboutToShow.emit()
    assert not window.print_actions.visual_action.isEnabled()  # the wizard has no visual
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: window.tabs.view("part_b") is not None)
    window.menu("file").aboutToShow.emit()  # the user opens the File menu
    assert window.print_actions.visual_action.isEnabled()
    window.print_actions.visual_action.trigger()
    (pdf,) = window.answerer.printed
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    assert "Digitale zorg" in text and "TRL" in text
    assert not log_path().exists()


def test_cancelling_the_print_dialog_prints_nothing(qtbot, window):
    window.answerer.cancel_print = True
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    assert any("QPrintDialog" in s for s in window.answerer.seen)
    assert window.print_actions.printed == [] and window.answerer.printed == []


def _wait_for_progress(qtbot, window):
    qtbot.waitUntil(lambda: window.print_actions.job is not None)
    job = window.print_actions.job
    assert job.dialog.isVisible() and job.dialog.objectName() == "print_progress"
    return job


def test_print_report_shows_progress_and_numbers_the_contents(qtbot, window):
    """Ctrl+P: the report is prepared off the UI thread and printed page by page with a
    progress dialog (not modal: the window stays usable); the contents list the page of
    every chapter and each page has its number at the foot."""
    values = []
    window.print_actions.report_action.trigger()
    job = _wait_for_progress(qtbot, window)
    dialog = job.dialog
    maximum = []

    def look() -> None:  # what the user sees in the progress dialog
        if window.print_actions.job is not None:
            values.append(dialog.value())
            maximum[:] = [dialog.maximum()]
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    assert QApplication.activeModalWidget() is None  # the window can still be used
    qtbot.waitUntil(lambda: window.print_actions.job is None, timeout=180000)
    timer.stop()
    assert window.print_actions.printed == ["the report"]
    (pdf,) = window.answerer.printed
    assert values == sorted(values) and len(set(values)) > 20, values
    assert maximum[0] - values[-1] < 5  # it went (nearly) to the end before closing
    assert job.pages == pdf_pages(pdf) >= 10
    # the contents: "<chapter> .... <page>", the page is where the chapter is printed
    pages = pdf_text(pdf).split("\f")
    numbered = job.printing.numbered
    assert numbered >= 5
    heads = [h for h in job.printing.report.headings(2)]
    checked = 0
    for h in heads[:8]:
        page = job.printing.page_of_heading(h)
        assert page is not None and 1 <= page <= len(pages)
        first_words = " ".join(h.display.split()[:3])
        assert any(first_words in line and line.rstrip().endswith(str(page))
                   for line in "\n".join(pages[:4]).splitlines()), (h.display, page)
        assert first_words in " ".join(pages[page - 1].split()), (h.display, page)
        checked += 1
    assert checked >= 5
    for i, text in enumerate(pages[:-1], start=1):  # the page number at the foot
        assert text.rstrip().endswith(str(i)), (i, text[-200:])
    assert not log_path().exists()


def test_cancel_stops_the_print_and_removes_the_half_written_file(qtbot, window):
    window.print_actions.report_action.trigger()
    job = _wait_for_progress(qtbot, window)
    (pdf,) = window.answerer.printed
    qtbot.waitUntil(lambda: job.painter is not None, timeout=120000)  # printing pages now
    cancel = job.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.print_actions.job is None)
    assert window.print_actions.printed == []
    assert not pdf.exists()
    assert "stopped" in window.statusBar().currentMessage()
    assert not log_path().exists()


def test_quit_while_printing_stops_the_print(qtbot, window, capfd):
    from desktop.app import workers

    window.print_actions.report_action.trigger()
    job = _wait_for_progress(qtbot, window)
    assert workers.running()
    window.quit_action.trigger()  # the answerer clicks "Stop and quit"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=120000)
    assert any("Stop it and quit?" in m for m in window.answerer.messages)
    assert not workers.running() and window.print_actions.job is None and not job.running
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Signal source" not in err, err
