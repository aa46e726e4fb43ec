"""Text from co-authors and files is shown literally: a name that looks like HTML never
becomes a heading, a link or a local image (message boxes, tool tips, labels)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from db.ops import Update
from desktop.app.main_window import MainWindow
from desktop.app.plain_text import literal, mightBeRichText
from tests.gui.walk import Answerer
from tests.helpers import basic_rows

HOSTILE = '<h1 style="color:red">X</h1><a href="https://evil.example">klik</a><img src=/etc/passwd>'


def shown(text: str) -> str:
    """What Qt shows for `text` in a place that guesses rich text (AutoText)."""
    if not mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def test_literal_shows_the_text_as_written(qapp):
    assert shown(HOSTILE) != HOSTILE  # what Qt would do without help: heading, link, image
    assert shown(literal(HOSTILE)) == HOSTILE
    assert literal("a < b & c") == "a < b & c"  # plain-looking text is left alone


def test_hostile_names_in_tooltips_and_message_boxes(qtbot, tmp_path):
    from db.store import RoadmapStore

    path = tmp_path / "r.roadmap"
    s = RoadmapStore.create(path)
    basic_rows(s)
    s.apply([Update("partner", "p1", {"name": HOSTILE}),
             Update("action", "a1", {"title": HOSTILE})])
    s.apply([Update("roadmap", s.roadmap()["id"], {"introduction": HOSTILE})])
    s.close()
    answerer = Answerer(tmp_path / "answers")
    boxes = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            plain = box.textFormat() == Qt.TextFormat.PlainText
            boxes.append((box.text() if plain else shown(box.text())) == f"Cannot store {HOSTILE}")

    answerer.timer.timeout.disconnect(answerer.answer)
    answerer.timer.timeout.connect(look)
    answerer.timer.timeout.connect(answerer.answer)
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(path)
    try:
        # the Tables tab: a Markdown cell's tool tip
        tables = w.show_view("tables")
        tables.show_entity("roadmap")
        model = tables.model
        col = [f.name for f in model.fields].index("introduction")
        tip = model.data(model.index(0, col), Qt.ItemDataRole.ToolTipRole)
        assert shown(tip) == HOSTILE
        # the problems list of the wizard: tool tips naming the objective
        wizard = w.show_view("wizard")
        wizard.recompute()
        pm = wizard.problem_panel.model
        tips = [pm.data(pm.index(r, 0), Qt.ItemDataRole.ToolTipRole) for r in range(pm.rowCount())]
        assert tips
        for t in tips:  # whatever a problem quotes is shown as written
            if t and "evil.example" in t:
                assert "https://evil.example" in shown(t) and "<h1" in shown(t)
        # a message naming the co-author's text
        w.show_error(f"Cannot store {HOSTILE}")
        assert boxes and all(boxes), boxes
        assert HOSTILE in w.statusBar().currentMessage()
    finally:
        answerer.stop()
        w.close()
