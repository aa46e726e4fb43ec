"""The Markdown of narrative fields as report blocks (Qt-free), parsed with markdown-it-py.

CommonMark plus GFM pipe tables. Mapped to the report model: paragraphs (soft breaks become
spaces, hard breaks "\\n"), ``**bold**``/``*italic*`` runs, bullet and numbered lists (nested
lists become deeper items of the top-level list), ``#``-``######`` and setext headings
(report levels 4 for ``#``/``##``, 5 deeper, below the report's own structure), block quotes
(paragraphs of style "quote") and pipe tables (right-aligned columns become numeric).
Nothing the user typed is lost: HTML, links, images and reference definitions stay literal
text, code spans keep their backticks and code blocks become plain paragraphs.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from desktop.export.report.document import (
    BulletList,
    Heading,
    ListItem,
    Paragraph,
    Run,
    Table,
    plain_text,
    table_as_paragraphs,
)

# Links, images, autolinks and reference definitions are switched off so they stay literal
# text (a reference definition would otherwise vanish from the report).
_MD = (MarkdownIt("commonmark", {"html": False}).enable("table")
       .disable(["link", "image", "autolink", "reference"]))
_LISTS = ("bullet_list", "ordered_list")
_MAX_LEVEL = 2  # deepest list level the writers distinguish


def parse(text: str | None) -> list:
    """Parse Markdown text into report blocks (Heading, Paragraph, BulletList, Table)."""
    if not text or not text.strip():
        return []
    out: list = []
    _blocks(SyntaxTreeNode(_MD.parse(text)).children, out, "body")
    return out


def inline(text: str) -> list[Run]:
    """Parse the inline Markdown of one paragraph into runs (adjacent equal runs merged)."""
    return _merge(_runs(SyntaxTreeNode(_MD.parseInline(text)).children[0]))


def to_plain(text: str | None) -> list[str]:
    """The visible text of each block of a Markdown field (used by tests and summaries)."""
    out: list[str] = []
    for b in parse(text):
        if isinstance(b, BulletList):
            out.extend(i.text for i in b.items)
        elif isinstance(b, Table):
            out.extend(b.header)
            out.extend(plain_text(c) for row in b.rows for c in row if plain_text(c))
        else:
            out.append(b.text)
    return out


def _blocks(nodes, out: list, style: str) -> None:
    for node in nodes:
        kind = node.type
        if kind == "paragraph":
            out.append(Paragraph(_inline_of(node), style))
        elif kind == "heading":
            text = _text(_inline_of(node))
            if text.strip():
                out.append(Heading(4 if node.tag in ("h1", "h2") else 5, text))
        elif kind in _LISTS:
            lst = BulletList([], ordered=kind == "ordered_list")
            _items(node, lst, 0)
            out.append(lst)
        elif kind == "blockquote":
            _blocks(node.children, out, "quote")
        elif kind == "table":
            out.append(_table(node))
        elif kind in ("fence", "code_block"):
            if node.content.strip():
                out.append(Paragraph([Run(node.content.rstrip("\n"))], style))
        elif kind != "hr" and node.content.strip():  # anything else: keep its text
            out.append(Paragraph([Run(node.content)], style))


def _items(list_node, lst: BulletList, level: int) -> None:
    """Append the items of a list (and, after each, its nested lists one level deeper)."""
    for item in list_node.children:
        entry = ListItem([], min(level, _MAX_LEVEL))
        lst.items.append(entry)
        parts: list[list[Run]] = []
        for child in item.children:
            if child.type in _LISTS:
                _items(child, lst, level + 1)
                continue
            inner: list = []
            _blocks([child], inner, "body")
            for block in inner:
                if isinstance(block, Table):
                    parts.extend(p.runs for p in table_as_paragraphs(block))
                elif isinstance(block, Heading):
                    parts.append([Run(block.text, bold=True)])
                else:
                    parts.append(block.runs)
        runs: list[Run] = []
        for part in parts:
            runs += ([Run("\n")] if runs else []) + part
        entry.runs = _merge(runs)


def _table(node) -> Table:
    """A GFM pipe table as a report table (right-aligned columns become numeric)."""
    sections = {child.type: child for child in node.children}
    head = sections["thead"].children[0].children
    header = [_text(_inline_of(cell)) for cell in head]
    body = sections["tbody"].children if "tbody" in sections else []
    rows = [[_inline_of(cell) for cell in tr.children] for tr in body]
    lengths = [max([len(header[k])] + [len(_text(row[k])) for row in rows]) for k in range(len(header))]
    numeric = tuple(k for k, cell in enumerate(head) if "right" in str(cell.attrs.get("style", "")))
    return Table(header, [[[Paragraph(runs)] if _text(runs) else "" for runs in row] for row in rows],
                 [min(max(length, 4), 60) for length in lengths], numeric=numeric)


def _inline_of(node) -> list[Run]:
    """The runs of a block node's inline content (a paragraph, heading or table cell)."""
    return _merge([run for child in node.children if child.type == "inline" for run in _runs(child)])


def _runs(node, bold: bool = False, italic: bool = False) -> list[Run]:
    out: list[Run] = []
    for child in node.children:
        kind = child.type
        if kind == "softbreak":
            out.append(Run(" ", bold, italic))
        elif kind == "hardbreak":
            out.append(Run("\n", bold, italic))
        elif kind == "code_inline":
            out.append(Run(child.markup + child.content + child.markup, bold, italic))
        elif child.children:
            out += _runs(child, bold or kind == "strong", italic or kind == "em")
        else:
            out.append(Run(child.content, bold, italic))
    return out


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for r in runs:
        if not r.text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic) == (r.bold, r.italic):
            merged[-1] = Run(merged[-1].text + r.text, r.bold, r.italic)
        else:
            merged.append(r)
    return merged


def _text(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)
