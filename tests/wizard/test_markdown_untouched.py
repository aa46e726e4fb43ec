"""Typing in a narrative editor never rewrites text the user did not change, and the editor
never loads an image a text refers to (CommonMark + GFM: strikethrough, tables, images,
links, code, footnotes)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextCursor, QTextDocument

from db.ops import Update
from desktop.wizard.markdown_io import keep_untouched, load_markdown, to_markdown
from desktop.wizard.richtext import MarkdownEditor

UNTOUCHED = [
    "~~EUR 2 M~~ EUR 1.5 M, see ![chart](chart.png).",
    "| Jaar | Budget |\n|:-----|-------:|\n| 2026 | ~~2 M~~ 1,5 M |",
    "![only an image](https://example.org/logo.png)",
    "A [reference link][nib] and an autolink <https://example.org>.\n\n[nib]: https://nib.example",
    "Inline `code *not emphasis*` and\n\n```python\nprint('fenced')\n```",
    "A claim.[^1]\n\n[^1]: The footnote, with *emphasis*.",
    "Soft\nwrapped  lines\n  stay as they are.",
    "* star bullets\n* kept\n\n1) paren numbers",
    "Setext heading\n==============",
    "<span>raw html</span> & entities &amp; &copy;",
]


@pytest.fixture
def editor(qtbot, session):
    row = session.store.roadmap()
    ed = MarkdownEditor(session, "roadmap", "introduction", "en")
    qtbot.addWidget(ed)
    ed.resize(700, 400)
    ed.show()
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow)
    return ed, row["id"]


def _store(session, rid, text):
    session.apply([Update("roadmap", rid, {"introduction": text})], "set")


def _type_at_end_of_first_block(qtbot, ed, text: str) -> None:
    ed.edit.setFocus()
    qtbot.waitUntil(ed.edit.hasFocus)
    cursor = ed.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    ed.edit.setTextCursor(cursor)
    qtbot.keyClicks(ed.edit, text)
    ed.edit.clearFocus()  # leaving the field stores it
    qtbot.waitUntil(lambda: not ed.dirty())


@pytest.mark.parametrize("text", UNTOUCHED)
def test_typing_in_another_paragraph_keeps_the_text_byte_identical(qtbot, session, editor, text):
    ed, rid = editor
    source = "Intro paragraph.\n\n" + text + "\n"
    _store(session, rid, source)
    ed.set_row(rid)
    _type_at_end_of_first_block(qtbot, ed, " More")
    stored = session.store.roadmap()["introduction"]
    assert stored == "Intro paragraph. More\n\n" + text + "\n"


def test_the_issue_example_in_its_own_paragraph(qtbot, session, editor):
    ed, rid = editor
    text = "~~EUR 2 M~~ EUR 1.5 M, see ![chart](chart.png)."
    _store(session, rid, text)
    ed.set_row(rid)
    _type_at_end_of_first_block(qtbot, ed, " Updated")
    stored = session.store.roadmap()["introduction"]
    # the edited paragraph itself keeps its strikethrough and its image
    assert stored == "~~EUR 2 M~~ EUR 1.5 M, see ![chart](chart.png). Updated"


def test_without_typing_nothing_is_written(qtbot, session, editor):
    ed, rid = editor
    source = "\n\n".join(UNTOUCHED)
    _store(session, rid, source)
    ed.set_row(rid)
    ed.edit.setFocus()
    qtbot.waitUntil(ed.edit.hasFocus)
    ed.edit.clearFocus()
    assert not ed.dirty()
    assert session.store.roadmap()["introduction"] == source


def test_images_are_never_loaded(qtbot, session, editor, tmp_path):
    ed, rid = editor
    big = QImage(300, 200, QImage.Format.Format_RGB32)
    big.fill(Qt.GlobalColor.red)
    local = tmp_path / "secret.png"
    assert big.save(str(local))
    _store(session, rid, f"![local]({local}) and ![remote](https://example.org/x.png)")
    ed.set_row(rid)
    ed.edit.viewport().repaint()  # painting asks the document for its images, now
    doc = ed.edit.document()
    from PySide6.QtCore import QUrl

    for url in (str(local), "https://example.org/x.png"):
        res = doc.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
        assert res is not None and not isinstance(res, bytes)
        image = res if isinstance(res, QImage) else QImage(res)
        assert image.width() < 100, url  # the placeholder, not the 300 px file


def test_new_blocks_are_added_and_removed_blocks_dropped(qapp):
    source = "One.\n\nTwo ~~x~~.\n\nThree."
    doc = QTextDocument()
    load_markdown(doc, "One.\n\nInserted.\n\nThree.")
    assert keep_untouched(source, to_markdown(doc)) == "One.\n\nInserted.\n\nThree."
    load_markdown(doc, "One.\n\nThree.")
    assert keep_untouched(source, to_markdown(doc)) == "One.\n\nThree."
