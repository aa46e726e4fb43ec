"""Narrative Markdown survives the rich-text editor unchanged (read, then written back)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from desktop.wizard.markdown_io import load_markdown, to_markdown

SAME = [
    "Plain paragraph.",
    "Two paragraphs.\n\nSecond one.",
    "Some **bold**, some *italic* and ***both***.",
    "# Heading 1\n\n## Heading 2\n\nText.",
    "- one\n- two\n- three",
    "1. first\n2. second",
    "- outer\n    - inner\n- outer again",
    "> A quote.",
    "Literal \\*stars\\* and \\_under\\_ and \\`ticks\\`.",
    "\\# not a heading",
    "1\\. not a list",
    "\\- not a bullet",
    "Unicode: Zörg, café, 🚀, עברית, 中文.",
    "| A | B |\n|---|---|\n| 1 | 2 |",
    "[a link](https://example.org)",
]


@pytest.mark.parametrize("text", SAME)
def test_round_trip(qapp, text):
    doc = QTextDocument()
    load_markdown(doc, text)
    assert to_markdown(doc) == text


def _styles(doc: QTextDocument) -> list[tuple[str, bool, bool]]:
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            cf = frag.charFormat()
            out += [(c, cf.fontWeight() >= 600, cf.fontItalic()) if not c.isspace() else (c, None, None)
                    for c in frag.text()]  # emphasis of spaces is invisible and not kept
            it += 1
        out.append(("\n", False, False))
        block = block.next()
    return out


@pytest.mark.parametrize("text", ["**bold with *italic* inside**", "Line one\\\nline two"])
def test_equivalent_and_stable(qapp, text):
    """Nested emphasis across spaces is written as separate runs and a hard line break as a
    new paragraph (Qt reads it as a new block): the same text and styles, stable afterwards."""
    first = QTextDocument()
    load_markdown(first, text)
    written = to_markdown(first)
    second = QTextDocument()
    load_markdown(second, written)
    assert _styles(second) == _styles(first)
    assert to_markdown(second) == written


def test_raw_html_stays_text(qapp):
    doc = QTextDocument()
    load_markdown(doc, "<b>not bold</b> <script>x</script>")
    assert "not bold" in doc.toPlainText() and "<b>" in doc.toPlainText()
    again = QTextDocument()
    load_markdown(again, to_markdown(doc))
    assert again.toPlainText() == doc.toPlainText()


def test_empty(qapp):
    doc = QTextDocument()
    load_markdown(doc, None)
    assert to_markdown(doc) == ""
