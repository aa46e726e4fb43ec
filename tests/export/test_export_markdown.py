"""The Markdown subset of narrative fields."""

from __future__ import annotations

from desktop.export.report.document import BulletList, Heading, Paragraph, Run, Table, plain_text
from desktop.export.report.markdown import inline, parse, to_plain


def test_emphasis_runs():
    assert inline("a **b** *c* ***d*** e") == [
        Run("a "), Run("b", bold=True), Run(" "), Run("c", italic=True), Run(" "),
        Run("d", bold=True, italic=True), Run(" e")]
    assert inline(r"snake_case_name and \*not italic\*") == [Run("snake_case_name and *not italic*")]
    assert inline("unclosed **bold") == [Run("unclosed **bold")]


def test_blocks():
    blocks = parse("Intro line\nsame paragraph\n\n## Kop\n- een\n- twee\n  verder\n  - dieper\n\n"
                   "1. eerste\n2. tweede\n\n### Klein\n> citaat **vet**\n")
    kinds = [type(b).__name__ for b in blocks]
    assert kinds == ["Paragraph", "Heading", "BulletList", "BulletList", "Heading", "Paragraph"]
    assert blocks[0].text == "Intro line same paragraph"
    assert (blocks[1].level, blocks[1].text) == (4, "Kop")
    bullets = blocks[2]
    assert not bullets.ordered and [(i.text, i.level) for i in bullets.items] == [
        ("een", 0), ("twee verder", 0), ("dieper", 1)]
    assert blocks[3].ordered and [i.text for i in blocks[3].items] == ["eerste", "tweede"]
    assert blocks[4].level == 5
    assert blocks[5].style == "quote" and Run("vet", bold=True) in blocks[5].runs


def test_pipe_table_and_hard_break():
    blocks = parse("Tekst  \nnieuwe regel\n| Naam | Score |\n|---|--:|\n| a **b** | 4,6 |\n")
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "Tekst\nnieuwe regel"
    table = blocks[1]
    assert isinstance(table, Table) and table.header == ["Naam", "Score"] and table.numeric == (1,)
    assert to_plain("| A | B |\n|---|---|\n| x | y |") == ["A", "B", "x", "y"]


def test_empty_and_plain():
    assert parse(None) == [] and parse("  \n ") == []
    assert isinstance(parse("- a")[0], BulletList)
    assert isinstance(parse("# Titel")[0], Heading)


def test_unsupported_syntax_stays_literal():
    """Links, images, HTML, reference definitions and code keep all the text the user typed."""
    text = ("See [site](https://example.org/a_b) and ![logo](l.png), <b>x</b> & `a*b*c`.\n\n"
            "[ref]: https://example.org\n\n```\nline  one\nline two\n```\n\n~~old~~")
    blocks = parse(text)
    assert [b.text for b in blocks] == [
        "See [site](https://example.org/a_b) and ![logo](l.png), <b>x</b> & `a*b*c`.",
        "[ref]: https://example.org", "line  one\nline two", "~~old~~"]
    assert all(not r.bold and not r.italic for b in blocks for r in b.runs)


def test_commonmark_structure():
    # a setext heading, a list item with two paragraphs and a nested ordered list
    blocks = parse("Titel\n=====\n\n- a **vet**\n\n  tweede alinea\n  1. x\n  2. y\n- b\n")
    assert isinstance(blocks[0], Heading) and (blocks[0].level, blocks[0].text) == (4, "Titel")
    items = blocks[1].items
    assert [(i.text, i.level) for i in items] == [
        ("a vet\ntweede alinea", 0), ("x", 1), ("y", 1), ("b", 0)]
    assert Run("vet", bold=True) in items[0].runs
    # a header row and delimiter row with different cell counts is no table: kept as text
    assert to_plain("| a | b |\n|---|\n| x |") == ["| a | b | |---| | x |"]
    # short body rows are padded, long ones cut to the header's columns
    table = parse("| a | b |\n|:-:|--:|\n| x |\n| 1 | 2 | 3 |")[0]
    assert table.numeric == (1,) and [[plain_text(c) for c in r] for r in table.rows] == [
        ["x", ""], ["1", "2"]]
