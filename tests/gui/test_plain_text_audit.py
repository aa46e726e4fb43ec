"""Plain-text audit: every text of the roadmap (the title or name of every row of every
entity, as a co-author or an imported file could write it) is given `<b>x</b><img src=…>`
and an "&"; then every view of the main window is opened and everything that shows text
is read back: labels, tool tips (widgets, table cells, canvas items, the hover tip of a
bar from a real tool-tip event), menu entries (filters, presentation path menu, recent
files). Each must show the text as written: plain text, or escaped so Qt renders it
literally, and an "&" shown, not taken as a shortcut mark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsView,
    QLabel,
    QMenu,
    QToolTip,
    QWidget,
)

from db import catalogue
from db.model import Kind
from db.ops import Update
from db.store import RoadmapStore
from desktop.app.main_window import MainWindow
from desktop.app.plain_text import mightBeRichText

HOSTILE = '<b>x</b><img src="/etc/hostile.png"> R&D'
MARK = "x</b>"


def shown(text: str, fmt=Qt.TextFormat.AutoText) -> str:
    """What Qt shows for `text` in a place with text format `fmt`."""
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u00a0", " ")


@pytest.fixture
def hostile_demo(demo):
    """The demo with HOSTILE appended to the title field of every row."""
    s = RoadmapStore.open(demo)
    ops = []
    for e in catalogue.ENTITIES:
        f = e.by_name.get(e.title_field)
        if f is None or f.kind is not Kind.TEXT:
            continue
        for row in s.rows(e.name):
            ops.append(Update(e.name, row["id"], {f.name: f"{row.get(f.name) or ''} {HOSTILE}"[-480:]}))
    s.apply(ops)
    s.close()
    return demo


class Audit:
    def __init__(self) -> None:
        self.checked = {"label": 0, "tooltip": 0, "cell tip": 0, "item tip": 0, "menu": 0}
        self.bad: list[str] = []

    def text(self, kind: str, where: str, text: str, fmt=Qt.TextFormat.AutoText) -> None:
        self.checked[kind] += 1
        # a check may shorten a long title, so the tag that opens it is what must show
        if "<b>x</b>" not in shown(text, fmt) or ("<img" in HOSTILE and "<img" in text.replace("&lt;", "<")
                                                   and "<img" not in shown(text, fmt)):
            self.bad.append(f"{kind} {where}: {text[:160]!r} shows as {shown(text, fmt)[:120]!r}")

    def widgets(self, root: QWidget) -> None:
        for w in [root, *root.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            name = f"{type(w).__name__}:{w.objectName() or w.accessibleName()}"
            if isinstance(w, QLabel) and MARK in w.text():
                self.text("label", name, w.text(), w.textFormat())
            if MARK in w.toolTip() or "x&lt;/b&gt;" in w.toolTip():
                self.text("tooltip", name, w.toolTip())
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                self.cells(name, w.model())
            if isinstance(w, QGraphicsView) and w.scene() is not None:
                for item in w.scene().items():
                    tip = item.toolTip()
                    if MARK in tip or "x&lt;/b&gt;" in tip:
                        self.text("item tip", name, tip)

    def cells(self, name: str, model, parent=QModelIndex()) -> None:
        for r in range(min(model.rowCount(parent), 120)):
            from PySide6.QtCore import QAbstractListModel, QAbstractTableModel

            flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))
            cols = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
            for c in range(cols):
                index = model.index(r, c, parent)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and (MARK in tip or "x&lt;/b&gt;" in tip):
                    self.text("cell tip", f"{name}[{r},{c}]", tip)
            child = model.index(r, 0, parent)
            if not flat and model.hasChildren(child):
                self.cells(name, model, child)

    def menu(self, where: str, menu: QMenu) -> None:
        menu.aboutToShow.emit()
        for a in menu.actions():
            if a.menu() is not None:
                self.menu(f"{where}/{a.menu().title()}", a.menu())
            elif "x</b>" in a.text():
                # what the menu shows: the text with "&&" as "&" and a lone "&" as a mark
                self.checked["menu"] += 1
                if HOSTILE not in a.text().replace("&&", "\0").replace("&", "").replace("\0", "&"):
                    self.bad.append(f"menu {where}: {a.text()!r}")


def test_every_text_of_the_roadmap_is_shown_as_written(qtbot, hostile_demo, answerer, tmp_path):
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    assert w.open_file(hostile_demo)
    audit = Audit()
    try:
        assert HOSTILE in w.windowTitle()  # the roadmap title: window titles are plain text
        wizard = w.show_view("wizard")
        from desktop.domain.wizard.sections import SECTIONS

        for spec in SECTIONS:
            page = wizard.show_section(spec.key)
            qtbot.waitUntil(page.isVisible)  # the section's page is the one on screen
            audit.widgets(w)
        tables = w.show_view("tables")
        for e in catalogue.ENTITIES:
            tables.show_entity(e.name)
            audit.widgets(w)
        for key in w.tabs.keys():
            view = w.show_view(key)
            qtbot.waitUntil(view.isVisible)
            audit.widgets(w)
        part_b = w.show_view("part_b")
        audit.menu("Part B filter", part_b.filter_menu)
        # the hover tip of a bar, from the tool-tip event Qt sends after the pointer rests
        canvas = part_b.view
        bar = next(iter(canvas.timeline.bars.values()))
        pos = canvas.mapFromScene(bar.scene_bar_rect().center())
        event = QHelpEvent(QEvent.Type.ToolTip, pos, canvas.viewport().mapToGlobal(pos))
        QApplication.sendEvent(canvas.viewport(), event)
        assert QToolTip.isVisible() or QToolTip.text()
        audit.text("tooltip", "bar hover", QToolTip.text())
        QToolTip.hideText()
        # the presentation's path menu (objective titles)
        w.presentation_actions.present_action.trigger()
        pres = w.presentation_actions.presentation
        qtbot.waitUntil(lambda: pres is not None and pres.isVisible())
        audit.menu("presentation path", pres.path_menu())
        audit.widgets(pres)
        pres.close()
        qtbot.waitUntil(lambda: w.presentation_actions.presentation is None)
        # the recent files menu: a file name with the same characters
        odd = tmp_path / "R&D <b>x<b>.roadmap"
        RoadmapStore.create(odd).close()
        w.settings.add_recent(str(odd))
        w.recent_menu.aboutToShow.emit()
        names = [a.text() for a in w.recent_menu.actions()]
        assert "R&&D <b>x<b>.roadmap" in names, names
        for a in w.recent_menu.actions():
            if "R&&D" in a.text():
                assert "R&D <b>x<b>" in shown(a.toolTip()), a.toolTip()
    finally:
        w.close()
    assert not audit.bad, "\n".join(sorted(set(audit.bad)))
    # the audit did read these texts (the hostile title is on screen in all these places)
    assert audit.checked["menu"] > 3 and audit.checked["tooltip"] >= 1, audit.checked
    assert audit.checked["cell tip"] + audit.checked["item tip"] + audit.checked["tooltip"] > 3, audit.checked


def test_a_co_author_name_on_a_field_they_edit_is_shown_as_written(qtbot, demo, monkeypatch):
    """Live co-editing marks the field a co-author is in, with their name as tool tip."""
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(demo, demo=True)
    try:
        wizard = w.show_view("wizard")
        wizard.show_section("0.roadmap")
        rid = w.session.store.roadmap()["id"]
        peer = {"name": HOSTILE, "color": "#d1495b",
                "editing": {"entity": "roadmap", "row": rid, "field": "title"}}
        live = w.live_actions
        monkeypatch.setattr(live, "peers", lambda: [peer])  # what the server said
        live.awareness.show_theirs()
        marked = [x for x in wizard.findChildren(QWidget) if x.property("live_editor") == HOSTILE]
        assert marked
        for x in marked:
            assert HOSTILE in shown(x.toolTip()), x.toolTip()
        live.awareness.clear()
    finally:
        w.close()
