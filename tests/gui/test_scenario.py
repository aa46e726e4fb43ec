"""One session of a user, with real input only: open the demo through File ▸ Open (Ctrl+O),
type in the wizard, drag and resize a bar on the Part B canvas, undo and redo with
Ctrl+Z / Ctrl+Shift+Z, present (F5, reveal steps, scenes, Esc), export through the export
dialog, close (Ctrl+W) and open the file again. What was stored is read back through the
command line (`routekaart export-json`) in a separate process.

Runs offscreen and, in CI, under Xvfb with the xcb platform (a real X display).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox

from desktop.app.crash import log_path
from desktop.app.main_window import MainWindow
from desktop.demo import fresh_demo

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO = Qt.KeyboardModifier.NoModifier
L = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english(qapp):
    """The English interface as the app installs it (plural forms from routekaart_en)."""
    from desktop.app import i18n

    i18n.install("en")
    yield
    i18n.uninstall()


def export_json(path: Path, out: Path) -> dict:
    """The roadmap at `path` as read by `routekaart export-json` in its own process."""
    subprocess.run([sys.executable, "-m", "desktop", "export-json", str(path), str(out)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    return json.loads(out.read_text(encoding="utf-8"))


def press(qtbot, key, mods=NO) -> None:
    """A key press where the keyboard focus is (as the user's keyboard delivers it)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, mods)


def back_to(qtbot, window) -> None:
    """After a dialog closed: the window manager gives the main window the focus again
    (the offscreen platform and a bare X server have no window manager to do so)."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def click(qtbot, widget, pos: QPoint | None = None) -> None:
    qtbot.mouseClick(widget, L, NO, pos if pos is not None else widget.rect().center())


def drag(viewport, start: QPoint, end: QPoint, steps: int = 6) -> None:
    QTest.mousePress(viewport, L, NO, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * (i / steps))
    QTest.mouseRelease(viewport, L, NO, end)


def bar_rect_px(part_b, action_id):
    view = part_b.view
    return view.mapFromScene(view.timeline.bars[action_id].scene_bar_rect()).boundingRect()


def test_a_session_with_real_input(qtbot, tmp_path, answerer, english):
    demo = tmp_path / "demo.roadmap"
    fresh_demo(demo).close()
    before = export_json(demo, tmp_path / "before.json")
    action = next(a for a in before["action"] if a["code"] == "DC-01")
    aid = action["id"]

    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # -- open the demo: File ▸ Open (Ctrl+O), the file dialog answered with its path
    answerer.open_with = str(demo)
    press(qtbot, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: window.session is not None)
    back_to(qtbot, window)
    assert "Roadmap Zorgzaam Wonen" in window.windowTitle()

    # -- the wizard (Ctrl+1): click the section, click into the title, type a new one
    press(qtbot, Qt.Key.Key_1, CTRL)
    wizard = window.tabs.view("wizard")
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    item = wizard._section_items["0.roadmap"]
    wizard.nav.scrollToItem(item)
    click(qtbot, wizard.nav.viewport(), wizard.nav.visualItemRect(item).center())
    assert wizard.current_key == "0.roadmap"
    title = wizard.pages["0.roadmap"].fields["title"].input
    click(qtbot, title)
    qtbot.waitUntil(title.hasFocus)
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(title, "Scenario roadmap 2026-2035")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field stores it
    assert window.session.store.roadmap()["title"] == "Scenario roadmap 2026-2035"
    qtbot.waitUntil(lambda: "Scenario roadmap" in window.windowTitle())

    # -- Part B (Ctrl+3): move DC-01 by a quarter, then make it a quarter longer
    press(qtbot, Qt.Key.Key_3, CTRL)
    part_b = window.tabs.view("part_b")
    qtbot.waitUntil(lambda: part_b is not None and part_b.isVisible())
    viewport = part_b.view.viewport()
    qtbot.waitUntil(lambda: viewport.rect().contains(bar_rect_px(part_b, aid).center()))
    click(qtbot, viewport, bar_rect_px(part_b, aid).center())  # the canvas gets the focus
    qtbot.waitUntil(part_b.view.hasFocus)
    zoom = part_b.view.zoom()
    for _ in range(3):  # Ctrl++ zooms in around the centre (1.25 each)
        press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert part_b.view.zoom() == pytest.approx(zoom * 1.25 ** 3)
    part_b.view.centerOn(part_b.view.timeline.bars[aid])  # the user scrolls to it
    r = bar_rect_px(part_b, aid)
    px_quarter = round(92 * part_b.view.timeline.layout.scale.px_per_day * part_b.view.zoom())
    drag(viewport, r.center(), r.center() + QPoint(px_quarter, 0))
    moved = window.session.store.get("action", aid)
    assert (moved["start_date"], moved["end_date"]) != (action["start_date"], action["end_date"])
    assert moved["start_date"] > action["start_date"]
    r = bar_rect_px(part_b, aid)
    edge = QPoint(r.right() - 2, r.center().y())
    drag(viewport, edge, edge + QPoint(px_quarter, 0))
    resized = window.session.store.get("action", aid)
    assert resized["start_date"] == moved["start_date"]
    assert resized["end_date"] > moved["end_date"]

    # -- undo twice, redo once, from the keyboard (focus on the canvas)
    qtbot.waitUntil(part_b.view.hasFocus)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.session.store.get("action", aid)["end_date"] == moved["end_date"]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.session.store.get("action", aid)["start_date"] == action["start_date"]
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.session.store.get("action", aid)["start_date"] == moved["start_date"]
    assert window.session.store.get("action", aid)["end_date"] == moved["end_date"]

    # -- present: F5, reveal steps with the arrow key, scene 2, reveal all, Esc
    press(qtbot, Qt.Key.Key_F5)
    pres = window.presentation_actions
    qtbot.waitUntil(lambda: pres.presentation is not None and pres.presentation.isVisible())
    w = pres.presentation
    assert w.isFullScreen()
    if QApplication.platformName() != "offscreen":
        qtbot.waitUntil(w.isActiveWindow)
    first = (w.scene_index, w.step)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert (w.scene_index, w.step) != first
    qtbot.keyClick(w, Qt.Key.Key_2)
    assert w.scene_index == 1
    qtbot.keyClick(w, Qt.Key.Key_A)
    revealed = w.step
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert w.step < revealed or w.scene_index == 0
    qtbot.keyClick(w, Qt.Key.Key_Escape)  # no path, no laser: Esc leaves at once
    assert not w.isVisible()
    qtbot.waitUntil(lambda: pres.presentation is None)  # the closed window is deleted
    qtbot.waitUntil(window.isVisible)
    back_to(qtbot, window)

    # -- export (Ctrl+E): the Word report only, to a path typed into the dialog
    from desktop.export_ui.dialog import ExportDialog

    answerer.leave_alone = (ExportDialog,)  # this dialog is answered by hand
    press(qtbot, Qt.Key.Key_E, CTRL)
    dialog = window.export_actions.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    for key, check in dialog.checks.items():
        if check.isChecked() != (key == "docx"):
            click(qtbot, check, _check_box_point(check))
    assert [k for k, c in dialog.checks.items() if c.isChecked()] == ["docx"]
    target = tmp_path / "out" / "scenario.docx"
    target.parent.mkdir()
    edit = dialog.paths["docx"]
    click(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, str(target))
    assert edit.text() == str(target)
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: bool(dialog.result_paths) or bool(answerer.messages), timeout=60000)
    assert not answerer.messages
    assert target.exists() and target.stat().st_size > 10000
    assert "1 file written" in dialog.status.text(), dialog.status.text()
    assert dialog.paths["pdf"].text().endswith("Scenario-roadmap-2026-2035.pdf")  # the dash kept
    # "Open folder" shows the folder of the export in the file manager
    assert dialog.open_folder_button.isVisible()
    opened = UrlCatcher()
    QDesktopServices.setUrlHandler("file", opened, "handle")
    try:
        click(qtbot, dialog.open_folder_button)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened.urls] == [target.parent]
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_to(qtbot, window)
    answerer.leave_alone = ()

    # -- close (Ctrl+W), read the file from outside, open it again
    press(qtbot, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: window.session is None)
    after = export_json(demo, tmp_path / "after.json")
    assert after["roadmap"]["title"] == "Scenario roadmap 2026-2035"
    row = next(a for a in after["action"] if a["id"] == aid)
    assert (row["start_date"], row["end_date"]) == (moved["start_date"], moved["end_date"])
    untouched = {a["id"]: a for a in before["action"] if a["id"] != aid}
    assert all(untouched[a["id"]] == a for a in after["action"] if a["id"] != aid)

    answerer.open_with = str(demo)
    press(qtbot, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: window.session is not None)
    back_to(qtbot, window)
    assert "Scenario roadmap 2026-2035" in window.windowTitle()
    assert window.session.store.get("action", aid)["end_date"] == moved["end_date"]
    press(qtbot, Qt.Key.Key_1, CTRL)
    wizard = window.tabs.view("wizard")
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    wizard.show_section("0.roadmap")
    assert wizard.pages["0.roadmap"].fields["title"].input.text() == "Scenario roadmap 2026-2035"
    assert not log_path().exists()
    window.close()


class UrlCatcher(QObject):
    """Stands in for the file manager: the URLs QDesktopServices was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def _check_box_point(check: QCheckBox) -> QPoint:
    """Where a click toggles the box (the indicator, left of the label)."""
    return QPoint(8, check.height() // 2)

