"""Undo, refused input, keyboard table editing, no text lost when leaving a page, jumps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.model import MARKDOWN_MAX, TEXT_MAX
from db.ops import Create
from desktop.domain.checks.engine import Problem


def test_undo_and_redo_reach_the_widgets(ui, wizard, session):
    store = session.store
    editor = ui.type_field("0.roadmap", "title", "First title")
    ui.type_field("0.roadmap", "title", "Second title")
    partners = ui.panel("0.partners", "partner")
    pid = ui.row(partners, {"name": "BouwCo"})
    assert store.get("partner", pid)["name"] == "BouwCo"
    stack = session.undo_stack
    stack.undo()  # the name
    stack.undo()  # the new row
    assert store.rows("partner") == [] and partners.model.rowCount() == 0
    stack.undo()
    assert store.roadmap()["title"] == "First title"
    assert editor.input.text() == "First title"
    stack.redo()
    assert editor.input.text() == "Second title"
    stack.redo()
    stack.redo()
    assert [p["name"] for p in store.rows("partner")] == ["BouwCo"]


def test_narrative_undo_reloads_the_editor(ui, wizard, session):
    editor = ui.go("4.mission").narratives["mission"]
    ui.write(editor, "Our mission.")
    assert session.store.roadmap()["mission"] == "Our mission."
    session.undo_stack.undo()
    assert session.store.roadmap()["mission"] is None
    assert editor.edit.toPlainText() == ""


def test_bad_input_in_forms_is_refused_inline(ui, wizard, session):
    store = session.store
    before = store.roadmap()
    editor = ui.type_field("0.roadmap", "horizon_start", "eind 2026")
    assert editor.error.isVisible() and "YYYY-MM-DD" in editor.error.text()
    assert editor.input.text() == "eind 2026"  # kept so the user can fix it
    ui.type_field("0.roadmap", "horizon_start", "2026-02-30")
    assert "calendar date" in editor.error.text()
    ui.type_field("0.roadmap", "horizon_start", "28-02-2026")  # the Dutch way is read too
    assert not editor.error.isVisible()
    assert store.roadmap()["horizon_start"] == "2026-02-28"
    title = ui.go("0.roadmap").fields["title"]
    title.input.setFocus()
    title.input.selectAll()
    QApplication.clipboard().setText("x" * (TEXT_MAX + 1))
    ui.qtbot.keyClick(title.input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ui.qtbot.keyClick(title.input, Qt.Key.Key_Return)
    assert title.error.isVisible() and "too long" in title.error.text()
    assert store.roadmap()["title"] == before["title"]
    assert session.undo_stack.count() == 1  # only the good date


def test_bad_input_in_tables_is_refused_inline(ui, wizard, session):
    store = session.store
    store.apply([Create("action", {"title": "Kit"}, id="a1")])
    panel = ui.panel("3.actions", "action")
    for field, text, reason in (("trl_start", "12", "at most 9"), ("trl_end", "six", "whole number"),
                                ("start_date", "2026-13-01", "calendar date"),
                                ("end_date", "tomorrow", "YYYY-MM-DD")):
        ui.cell(panel, "a1", field, text)
        assert panel.error.isVisible() and reason in panel.error.text(), panel.error.text()
        assert store.get("action", "a1")[field] is None
        assert "[a1]" not in panel.error.text()  # named by its label, not by ids
    budget = ui.panel("4.activities", "action")
    ui.cell(budget, "a1", "budget_eur", "-5")
    assert "at least 0" in budget.error.text()
    ui.cell(budget, "a1", "budget_eur", "12,5 €")
    assert not budget.error.isVisible()
    assert store.get("action", "a1")["budget_eur"] == 12.5
    panel = ui.panel("3.actions", "action")
    ui.cell(panel, "a1", "title", "y" * (TEXT_MAX + 10))
    assert "too long" in panel.error.text() and store.get("action", "a1")["title"] == "Kit"


def test_odd_unicode_paste(ui, wizard, session):
    panel = ui.panel("0.partners", "partner")
    pid = ui.add(panel)
    odd = "Zo\u0308rg\u200b 🚀 \u202eשלום\u202c\x00\x1b[31m\ttab\r\nnext"
    col = [f.name for f in panel.model.fields].index("name")
    panel.table.setCurrentIndex(panel.model.index(0, col))
    ui.qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    line = ui._editor(panel.table)
    line.selectAll()
    line.insert(odd)  # what a paste does
    ui.qtbot.keyClick(line, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: panel.table.state() != panel.table.State.EditingState)
    name = session.store.get("partner", pid)["name"]
    assert name == "Zo\u0308rg\u200b 🚀 \u202eשלום\u202c[31m tab next"
    editor = ui.go("0.coalition").narratives["coalition"]
    editor.edit.setFocus()
    QApplication.clipboard().setText("Line\x00one\r\n🚀 \u202eabc\x07")
    ui.qtbot.keyClick(editor.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.edit.toPlainText() == "Lineone\n🚀 \u202eabc"
    wizard.commit_pending()
    assert session.store.roadmap()["coalition"] == "Lineone\n\n🚀 \u202eabc"


def test_too_long_narrative_is_not_stored(ui, wizard, session):
    editor = ui.go("0.coalition").narratives["coalition"]
    ui.write(editor, "Short.")
    editor.edit.setPlainText("z" * (MARKDOWN_MAX + 1))
    assert not editor.commit()
    assert editor.error.isVisible() and "too long" in editor.error.text()
    assert session.store.roadmap()["coalition"] == "Short."


def test_rich_text_formats_become_markdown(ui, wizard, session):
    editor = ui.go("3.intro").narratives["paths_intro"]
    edit = editor.edit
    edit.setFocus()
    editor.set_heading(2)
    ui.qtbot.keyClicks(edit, "Paths")
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    editor.set_heading(0)
    ui.qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    ui.qtbot.keyClicks(edit, "first")
    ui.qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    ui.qtbot.mouseClick(editor.bullets, Qt.MouseButton.LeftButton)
    ui.qtbot.keyClicks(edit, "one")
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    ui.qtbot.keyClicks(edit, "two")
    ui.go("3.actions")  # leaving the page stores the text
    assert session.store.roadmap()["paths_intro"] == "## Paths\n\n*first*\n\n- one\n- two"


def test_keyboard_add_delete_reorder(ui, wizard, session):
    panel = ui.panel("1.challenges", "challenge")
    table = panel.table
    table.setFocus()
    ids = []
    for _ in range(3):
        ui.qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        ids.append(panel.current_id())
    assert len(set(ids)) == 3 and session.store.count("challenge") == 3
    ui.cell(panel, ids[2], "title", "Third")
    table.selectRow(2)
    ui.qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [r["id"] for r in session.store.rows("challenge")] == [ids[0], ids[2], ids[1]]
    assert panel.current_id() == ids[2]
    table.selectRow(0)
    ui.qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [r["id"] for r in session.store.rows("challenge")] == [ids[2], ids[1]]
    session.undo_stack.undo()
    assert session.store.count("challenge") == 3


def test_links_are_chosen_from_lists(ui, wizard, session):
    session.store.apply([Create("challenge", {"title": "Climate"}, id="c1"),
                         Create("challenge", {"title": "Ageing"}, id="c2")])
    panel = ui.panel("1.visions", "vision")
    vid = ui.add(panel)
    assert session.store.get("vision", vid)["challenge_id"] in {"c1", "c2"}
    ui.cell(panel, vid, "challenge_id", "Ageing")
    assert session.store.get("vision", vid)["challenge_id"] == "c2"
    # a table whose required link has no target yet says so instead of failing
    kpm = ui.panel("5.monitoring", "kpi_measurement")
    ui.qtbot.mouseClick(kpm.add_button, Qt.MouseButton.LeftButton)
    assert kpm.error.isVisible() and "KPI" in kpm.error.text()


def test_text_is_kept_when_switching_pages(ui, wizard, session):
    editor = ui.go("2.synthesis").narratives["current_situation"]
    editor.edit.setFocus()
    ui.qtbot.keyClicks(editor.edit, "Typed, then left at once")
    wizard.show_section("4.kpis")
    assert session.store.roadmap()["current_situation"] == "Typed, then left at once"
    ui.qtbot.keyClicks(ui.go("2.synthesis").narratives["current_situation"].edit, " more")
    wizard.commit_pending()  # what closing the roadmap calls
    assert session.store.roadmap()["current_situation"].endswith("more")


def test_problem_jumps_to_its_field(ui, wizard, session):
    session.store.apply([
        Create("partner", {"name": "BouwCo"}, id="p1"),
        Create("risk", {"title": "Supply", "owner_id": "p1"}, id="r1"),
        Create("risk", {"title": "Staff", "owner_id": "p1", "mitigation": "Hire"}, id="r2"),
        Create("challenge", {"title": "C"}, id="c1"),
        Create("vision", {"challenge_id": "c1", "title": "V"}, id="v1"),
        Create("objective", {"vision_id": "v1", "title": "Waste", "unit": "%"}, id="o1"),
        Create("objective", {"vision_id": "v1", "title": "Reuse", "unit": "t"}, id="o2")])
    ui.qtbot.waitUntil(lambda: any(p.code == "RK1" for p in wizard.problems), timeout=2000)
    wizard.show_section("0.roadmap")
    lst = wizard.problem_panel.list
    model = wizard.problem_panel.model
    row = next(i for i, p in enumerate(model.problems) if p.code == "RK1")
    lst.scrollTo(model.index(row))
    ui.qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualRect(model.index(row)).center())
    assert wizard.current_key == "4.risks"
    panel = wizard.pages["4.risks"].tables["risk"]
    assert panel.current_id() == "r1"
    assert QApplication.focusWidget() is panel.details["mitigation"].edit
    # a field shown as a column: the cell is selected
    p = next(p for p in wizard.problems if p.code == "O1" and p.row_id == "o2")
    wizard.show_problem(p)
    table = wizard.pages["1.objectives"].tables["objective"]
    index = table.table.currentIndex()
    assert table.current_id() == "o2" and table.model.fields[index.column()].name == "target_value"
    # roadmap fields and problems without a row
    assert wizard.show_target("roadmap", None, "horizon_end")
    assert wizard.current_key == "0.roadmap"
    assert QApplication.focusWidget() is wizard.pages["0.roadmap"].fields["horizon_end"].input
    wizard.show_problem(Problem("warning", "K8", "x", "x", "4.kpis", "kpi", None, "category"))
    assert wizard.current_key == "4.kpis"
    assert not wizard.show_target("no_such_entity", None, None)


def test_checks_are_debounced_and_progress_updates(ui, wizard, session, qtbot):
    step0 = wizard._step_items[0].text(1)
    assert wizard._section_items["0.partners"].text(1) == "0 %"
    ui.row(ui.panel("0.partners", "partner"), {"name": "A", "type": "SME", "ring": "project team"})
    assert wizard._timer.isActive()
    qtbot.waitUntil(lambda: not wizard._timer.isActive(), timeout=2000)
    assert wizard._section_items["0.partners"].text(1) != "0 %"
    assert wizard._step_items[0].text(1) != step0
    assert "A1" in wizard.open_codes  # triple helix incomplete


def test_dutch_labels(make_wizard):
    w = make_wizard("nl")
    assert "Voorbereiding" in w._step_items[0].text(0)
    page = w.show_section("3.actions")
    assert page.tables["action"].model.headerData(1, Qt.Orientation.Horizontal) == "Titel *"
    assert "elke actie" in w.guidance.toPlainText().lower()


def test_read_only_roadmap_cannot_be_edited(qtbot, tmp_path):
    from db.store import RoadmapStore
    from desktop.app.session import RoadmapSession
    from desktop.wizard.view import WizardView

    path = tmp_path / "ro.roadmap"
    s = RoadmapStore.create(path)
    s.apply([Create("partner", {"name": "BouwCo"}, id="p1")])
    s.close()
    session = RoadmapSession(RoadmapStore.open(path, read_only=True))
    w = WizardView(session, "en")
    qtbot.addWidget(w)
    page = w.show_section("0.roadmap")
    # read-only, not disabled: the text can be selected and copied, typing changes nothing
    title = page.fields["title"].input
    assert title.isReadOnly() and title.isEnabled()
    before = title.text()
    title.setFocus()
    qtbot.keyClicks(title, "typed")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert title.text() == before and session.store.roadmap()["title"] == before
    intro = page.narratives["introduction"].edit
    assert intro.isReadOnly()
    intro.setFocus()
    qtbot.keyClicks(intro, "typed")
    assert "typed" not in intro.toPlainText()
    panel = w.show_section("0.partners").tables["partner"]
    assert not panel.add_button.isEnabled()
    assert not panel.model.flags(panel.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    session.close()


def test_problem_filter(ui, wizard, session, qtbot):
    session.store.apply([Create("partner", {"name": "BouwCo"}, id="p1"),
                         Create("risk", {"title": "Supply"}, id="r1")])
    qtbot.waitUntil(lambda: not wizard._timer.isActive(), timeout=2000)
    panel = wizard.problem_panel
    total = panel.model.rowCount()
    wizard.show_section("4.risks")
    panel.scope.setCurrentIndex(panel.scope.findData("section"))
    assert 0 < panel.model.rowCount() < total
    assert {p.section for p in panel.model.problems} == {"4.risks"}
    wizard.show_section("0.partners")
    assert {p.section for p in panel.model.problems} == {"0.partners"}
    panel.scope.setCurrentIndex(panel.scope.findData("error"))
    assert all(p.severity == "error" for p in panel.model.problems)
    assert "errors" in panel.summary.text()


def test_closing_the_roadmap_with_pending_work(qtbot, tmp_path):
    from db.store import RoadmapStore
    from desktop.app.session import RoadmapSession
    from desktop.wizard.view import WizardView

    session = RoadmapSession(RoadmapStore.create(tmp_path / "c.roadmap"))
    w = WizardView(session, "en")
    qtbot.addWidget(w)
    w.show()
    editor = w.show_section("4.mission").narratives["mission"]
    editor.edit.insertPlainText("Not yet stored")
    w.commit_pending()  # what the window calls before it closes the roadmap
    assert session.store.roadmap()["mission"] == "Not yet stored"
    editor.edit.insertPlainText(" more")
    session.store.apply([Create("partner", {"name": "P"})])  # the checks timer is running
    assert w._timer.isActive() and editor._idle.isActive()
    before = list(w.problems)
    session.close()
    # the session told its views: no check and no store is left waiting to run
    assert not w._timer.isActive() and not editor._idle.isActive()
    w.hide()  # commits nothing, raises nothing
    w.recompute()  # a late check is a no-op, not a database error
    assert w.problems == before
    assert editor.commit() is False  # refused quietly: the roadmap is closed
    assert not editor.error.isVisible()
    with RoadmapStore.open(tmp_path / "c.roadmap", read_only=True) as again:
        assert again.roadmap()["mission"] == "Not yet stored"
        assert [p["name"] for p in again.rows("partner")] == ["P"]

