"""What a professional expects of the main window and the wizard, reached through real
input on the demo: plural counters, the problem count after reopening, a problem click that
shows the row, unique section numbers, header tool tips, an edit dialog wide enough for a
long title, formatted text in the Tables tab, the export name's dash, a new objective under
a selected vision (or a warning), and a read-only second window that is offset and lets text
be selected and copied."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from db.ops import Update
from desktop.app.main_window import MainWindow
from desktop.domain.checks.engine import CheckRunner, counts
from desktop.domain.rowcache import RowCache

CTRL = Qt.KeyboardModifier.ControlModifier
L = Qt.MouseButton.LeftButton


def make_window(qtbot, lang: str):
    from desktop.app import i18n

    i18n.install(lang)
    w = MainWindow(lang=lang)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


@pytest.fixture
def window(qtbot, demo, answerer):
    from desktop.app import i18n

    w = make_window(qtbot, "en")
    assert w.open_file(demo)
    yield w
    w.close()
    i18n.uninstall()


@pytest.fixture
def dutch_window(qtbot, demo, answerer):
    from desktop.app import i18n

    w = make_window(qtbot, "nl")
    assert w.open_file(demo)
    yield w
    w.close()
    i18n.uninstall()


def expected_counts(path) -> dict:
    from db.store import RoadmapStore

    s = RoadmapStore.open(path, read_only=True)
    try:
        return counts(CheckRunner(RowCache(s)).run())
    finally:
        s.close()


def show(qtbot, window, digit):
    qtbot.keyClick(window, digit, CTRL)
    key = {Qt.Key.Key_1: "wizard", Qt.Key.Key_3: "part_b", Qt.Key.Key_5: "tables"}[digit]
    qtbot.waitUntil(lambda: window.tabs.view(key) is not None and window.tabs.view(key).isVisible())
    return window.tabs.view(key)


def test_counters_are_plural_correct_in_dutch_and_english(qtbot, dutch_window, demo):
    c = expected_counts(demo)
    wizard = show(qtbot, dutch_window, Qt.Key.Key_1)
    text = wizard.problem_panel.summary.text()

    def nl(n, one, many):
        return f"{n} {one if n == 1 else many}"
    assert text == (f"Problemen: {nl(c['error'], 'fout', 'fouten')}, "
                    f"{nl(c['warning'], 'waarschuwing', 'waarschuwingen')}, "
                    f"{nl(c['hint'], 'tip', 'tips')}"), text
    total = sum(c.values())
    assert dutch_window.problems_button.text() == nl(total, "probleem", "problemen")
    # one error more: "1 fout" (the demo has none)
    assert c["error"] == 0
    row = dutch_window.session.store.rows("action")[0]
    dutch_window.session.apply([Update("action", row["id"], {"owner_id": None})], "x")  # R2
    qtbot.waitUntil(lambda: counts(wizard.problems)["error"] > 0, timeout=3000)
    assert counts(wizard.problems)["error"] == 1
    assert wizard.problem_panel.summary.text().startswith("Problemen: 1 fout, ")
    assert dutch_window.problems_button.text() == nl(total + 1, "probleem", "problemen")


def test_english_counters(qtbot, window, demo):
    c = expected_counts(demo)
    wizard = show(qtbot, window, Qt.Key.Key_1)
    text = wizard.problem_panel.summary.text()
    assert "(s)" not in text and "(s)" not in window.problems_button.text()
    assert f"{c['warning']} warning{'s' if c['warning'] != 1 else ''}" in text


def test_problem_count_after_reopening_on_part_b(qtbot, window, demo, answerer):
    show(qtbot, window, Qt.Key.Key_3)
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: window.session is None)
    answerer.open_with = str(demo)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.tabs.current_key() == "part_b" and window.tabs.view("wizard") is None
    total = sum(expected_counts(demo).values())
    qtbot.waitUntil(window.problems_button.isVisible, timeout=5000)
    assert window.problems_button.text() == f"{total} problems"
    # it follows edits while the wizard is closed
    row = next(a for a in window.session.store.rows("action") if a["status"] == "delayed")
    window.session.apply([Update("action", row["id"], {"status": "ongoing"})], "x")
    qtbot.waitUntil(lambda: window.problems_button.text() == f"{total - 1} problems", timeout=5000)
    # a click on it opens the wizard, which keeps counting
    qtbot.mouseClick(window.problems_button, L)
    qtbot.waitUntil(lambda: window.tabs.current_key() == "wizard")
    assert window.problems_button.text() == f"{total - 1} problems"


def test_a_problem_click_shows_the_row_and_focuses_the_field(qtbot, window):
    wizard = show(qtbot, window, Qt.Key.Key_1)
    wizard.resize(900, 700)  # narrow: the table scrolls sideways
    panel = wizard.problem_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    row = next(i for i, p in enumerate(panel.model.problems)
               if p.entity == "kpi" and p.field == "objective_id")
    p = panel.model.problems[row]
    index = panel.model.index(row, 0)
    panel.list.scrollTo(index)
    qtbot.mouseClick(panel.list.viewport(), L, pos=panel.list.visualRect(index).center())
    assert wizard.current_key == p.section
    table_panel = wizard.pages[p.section].tables["kpi"]
    table = table_panel.table
    assert QApplication.focusWidget() is table
    current = table.currentIndex()
    assert table_panel.model.row_id(current.row()) == p.row_id
    assert table_panel.model.fields[current.column()].name == "objective_id"
    assert table.viewport().rect().intersects(table.visualRect(current))
    names = [f.name for f in table_panel.model.fields]
    first = table_panel.model.index(current.row(), 0)  # the row's first column: which row
    rect = table.visualRect(first)
    if table.visualRect(current).right() - rect.left() <= table.viewport().width():
        assert table.viewport().rect().contains(rect), names


def test_section_numbers_follow_the_method_and_never_repeat(qtbot, window):
    wizard = show(qtbot, window, Qt.Key.Key_1)
    numbers = []
    for i in range(wizard.nav.topLevelItemCount()):
        top = wizard.nav.topLevelItem(i)
        for j in range(top.childCount()):
            numbers.append(top.child(j).text(0).split()[0])
    assert len(numbers) == len(set(numbers)), [n for n in numbers if numbers.count(n) > 1]
    keys = [tuple(int(x) for x in n.split(".")) for n in numbers]
    assert keys == sorted(keys)
    # the report chapter is still told: in the tool tip and the guidance
    item = wizard._section_items["3.actions"]
    assert "4.3" in item.toolTip(0)
    wizard.nav.scrollToItem(item)
    qtbot.mouseClick(wizard.nav.viewport(), L, pos=wizard.nav.visualItemRect(item).center())
    assert "4.3" in wizard.guidance.toPlainText()


def test_column_headers_have_their_full_name_as_tool_tip(qtbot, window):
    wizard = show(qtbot, window, Qt.Key.Key_1)
    panel = wizard.show_section("3.actions").tables["action"]
    header = panel.table.horizontalHeader()
    col = [f.name for f in panel.model.fields].index("trl_start")
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    pos = QPoint(x, header.height() // 2)
    QApplication.sendEvent(header.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, pos,
                                                        header.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith(panel.model.fields[col].label("en"))
    assert "number from 1 to 9" in QToolTip.text()
    QToolTip.hideText()


def test_the_edit_dialog_shows_a_long_title_whole(qtbot, window):
    part_b = show(qtbot, window, Qt.Key.Key_3)
    store = window.session.store
    aid = max(store.rows("action"), key=lambda a: len(a["title"]))["id"]
    view = part_b.view
    view.centerOn(view.timeline.bars[aid])
    r = view.mapFromScene(view.timeline.bars[aid].scene_bar_rect()).boundingRect()
    qtbot.mouseDClick(view.viewport(), L, pos=r.center())
    from desktop.canvas.action_dialog import ActionDialog

    dialog = part_b.findChild(ActionDialog)  # the dialog the double-click opened
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert dialog.row["id"] == aid
    title = dialog.title
    assert title.fontMetrics().horizontalAdvance(title.text()) < title.width()
    dialog.reject()


def test_tables_tab_shows_text_not_markdown(qtbot, window):
    outline = show(qtbot, window, Qt.Key.Key_5)
    item = outline._items["vision"]
    outline.tree.scrollToItem(item)
    qtbot.mouseClick(outline.tree.viewport(), L, pos=outline.tree.visualItemRect(item).center())
    model = outline.table.model()
    assert model.entity.name == "vision"
    col = [f.name for f in model.fields].index("narrative")
    shown = [model.data(model.index(r, col)) for r in range(model.rowCount())]
    raw = [v.get("narrative") or "" for v in window.session.store.rows("vision")]
    assert any("**" in t for t in raw)  # the demo's narratives use Markdown
    assert shown and all(t for t in shown) and not any("**" in t for t in shown), shown


def test_export_name_keeps_the_dash(qtbot, window):
    from desktop.export_ui.dialog import ExportDialog

    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    dialog = window.export_actions.dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.paths["docx"].text().endswith("Roadmap-Zorgzaam-Wonen-2026-2035.docx")
    assert dialog.paths["images"].text().endswith("Roadmap-Zorgzaam-Wonen-2026-2035-visuals")


def test_a_new_objective_goes_under_a_selected_vision_or_warns(qtbot, window):
    wizard = show(qtbot, window, Qt.Key.Key_1)
    store = window.session.store
    panel = wizard.show_section("1.objectives").tables["objective"]
    selected = [v["id"] for v in store.rows("vision") if v["selected"]]
    qtbot.mouseClick(panel.add_button, L)
    new = panel.current_id()
    assert store.get("objective", new)["vision_id"] in selected
    assert store.get("objective", new)["title"] == "Nieuw"  # the roadmap's language
    assert not panel.error.isVisible()
    # no vision selected any more: a new objective gets a clear warning
    window.session.apply([Update("vision", v, {"selected": False}) for v in selected], "x")
    qtbot.mouseClick(panel.add_button, L)
    assert panel.error.isVisible() and "Part A" in panel.error.text()
    assert panel.error.textFormat() == Qt.TextFormat.PlainText  # it quotes the vision's title


def test_read_only_second_window_is_offset_and_text_can_be_copied(qtbot, window, demo, answerer):
    second = MainWindow(lang="en")
    qtbot.addWidget(second)
    second.resize(1400, 900)
    second.move(window.pos())
    second.show()
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    before = second.frameGeometry().topLeft()
    answerer.open_with = str(demo)
    qtbot.keyClick(second, Qt.Key.Key_O, CTRL)  # the file is in use: "Open read-only"
    qtbot.waitUntil(lambda: second.session is not None)
    assert second.session.store.read_only
    assert any("Roadmap in use" in s for s in answerer.seen), answerer.seen
    assert second.frameGeometry().topLeft() != before
    assert second.frameGeometry().topLeft() - before == QPoint(48, 48) or \
        QApplication.platformName() != "offscreen"
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    qtbot.keyClick(second, Qt.Key.Key_1, CTRL)
    wizard = second.tabs.view("wizard")
    field = wizard.show_section("0.roadmap").fields["title"].input
    assert field.isReadOnly()
    qtbot.mouseClick(field, L)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    QApplication.clipboard().clear()
    qtbot.keyClick(field, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "Roadmap Zorgzaam Wonen 2026–2035"
    assert re.search("read-only", second.windowTitle())
    second.close()
