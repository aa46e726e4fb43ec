"""Printing through the system print dialog: File ▸ Print report… (Ctrl+P) and File ▸
Print visual…, the dialog answered as a user does (the PDF printer chosen, a file name
typed, Print pressed); the PDF that comes out is read back."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

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
    qtbot.waitUntil(lambda: bool(window.print_actions.printed), timeout=60000)
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
