"""Markdown in and out of a QTextDocument, for the narrative editors.

Narrative fields hold the Markdown subset the exporters render (paragraphs, **bold**,
*italic*, ~~strikethrough~~, images, "- " and "1. " lists, "#" headings, "> " quotes,
pipe tables). Qt reads it with
`QTextDocument.setMarkdown`; for writing we do not use `toMarkdown`, which hard-wraps
lines at 80 columns and renumbers freely. `to_markdown` writes one line per paragraph and
only the constructs of the subset, escaping characters that would otherwise turn into
markup, so reading its output back gives the same document. `keep_untouched` then puts
back the original bytes of every block the user did not change, so Markdown the editor
cannot show (footnotes, reference links, raw spacing) is never rewritten.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextListFormat

FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)

_BULLETS = {QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
            QTextListFormat.Style.ListSquare}
_INLINE_ESCAPES = str.maketrans({c: "\\" + c for c in "\\*_`[~"})
_QUOTE = QTextFormat.Property.BlockQuoteLevel
_BOLD = 600


def load_markdown(doc: QTextDocument, text: str | None) -> None:
    """Show Markdown `text` in `doc` (raw HTML stays literal text)."""
    doc.setMarkdown(text or "", FEATURES)


def _escape_line_start(line: str) -> str:
    """Escape what would make a line start a heading, list, quote, rule or table row."""
    stripped = line.lstrip(" ")
    if not stripped:
        return line
    pad = line[:len(line) - len(stripped)]
    first, rest = stripped[0], stripped[1:]
    if first in "#>|" or (first in "-+" and (not rest or rest[0] in " \t-+")):
        return f"{pad}\\{stripped}"
    digits = len(stripped) - len(stripped.lstrip("0123456789"))
    if 0 < digits <= 9 and stripped[digits:digits + 1] in (".", ")") \
            and stripped[digits + 1:digits + 2] in ("", " ", "\t"):
        return f"{pad}{stripped[:digits]}\\{stripped[digits:]}"
    return line


def _image(cf) -> str:
    """An image of the text as Markdown (the editor shows a placeholder, never the file)."""
    f = cf.toImageFormat()
    alt = f.property(QTextFormat.Property.ImageAltText) or ""
    title = f.property(QTextFormat.Property.ImageTitle) or ""
    alt = str(alt).translate(_INLINE_ESCAPES).replace("]", "\\]")
    target = f.name() + (f' "{title}"' if title else "")
    return f"![{alt}]({target})"


def _runs(block: QTextBlock, *, plain_bold: bool) -> list[tuple[str, bool, bool, str, str]]:
    """(text, bold, italic, code, href, strike) runs of a block, adjacent equal styles merged;
    an image is a run of its own with code "!" (its Markdown as text)."""
    runs: list[list] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        it += 1
        if not frag.isValid():
            continue
        cf = frag.charFormat()
        if cf.isImageFormat():
            runs.append([_image(cf), False, False, "!", "", False])
            continue
        text = frag.text().replace("\u2028", "\n").replace("\ufffc", "")
        style = [text, cf.fontWeight() >= _BOLD and not plain_bold, cf.fontItalic(),
                 "`" if cf.fontFixedPitch() else "", cf.anchorHref() if cf.isAnchor() else "",
                 cf.fontStrikeOut()]
        if runs and runs[-1][3] != "!" and runs[-1][1:] == style[1:]:
            runs[-1][0] += text
        else:
            runs.append(style)
    return [tuple(r) for r in runs if r[0]]


def _inline(block: QTextBlock, *, plain_bold: bool = False) -> str:
    """The block's text as inline Markdown.

    Emphasis markers open and close as the style changes, nested ("**a *b* c**"), and are
    kept off white space so that they stay valid delimiters.
    """
    out: list[str] = []
    stack: list[str] = []  # open markers, outermost first

    def close_to(keep: int) -> None:
        if len(stack) <= keep:
            return
        text = "".join(out)
        core = text.rstrip()
        out[:] = [core, "".join(reversed(stack[keep:])), text[len(core):]]
        del stack[keep:]

    for text, bold, italic, code, href, strike in _runs(block, plain_bold=plain_bold):
        if code == "!":
            body = text
        elif code:
            tick = "``" if "`" in text else "`"
            body = f"{tick}{text}{tick}"
        else:
            body = text.translate(_INLINE_ESCAPES)
        if href:
            body = f"[{body}]({href})"
        if not body.strip():
            out.append(body)
            continue
        wanted = (["**"] if bold else []) + (["*"] if italic else []) + (["~~"] if strike else [])
        if wanted != stack:
            spaced = body[:1].isspace() or "".join(out)[-1:].isspace()
            keep = 0
            if not spaced:  # glued to the previous run: nest ("**a*b*c**"), "**" outside "*"
                while keep < len(stack) and keep < len(wanted) and stack[keep] == wanted[keep]:
                    keep += 1
            close_to(keep)  # at white space: close all and reopen ("**a** ***b***")
        lead = body[:len(body) - len(body.lstrip())]
        out.append(lead + "".join(m for m in wanted if m not in stack) + body.lstrip())
        stack.extend(m for m in wanted if m not in stack)
    close_to(0)
    text = "".join(out)
    return "\n".join(_escape_line_start(line) if i else line for i, line in enumerate(text.split("\n")))


def _table(cursor: QTextCursor) -> list[str]:
    table = cursor.currentTable()
    lines = []
    for r in range(table.rows()):
        cells = []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            texts = []
            block = cell.firstCursorPosition().block()
            end = cell.lastCursorPosition().block()
            while block.isValid():
                texts.append(_inline(block, plain_bold=r == 0).replace("\n", " "))
                if block == end:
                    break
                block = block.next()
            cells.append(" ".join(t for t in texts if t).replace("|", "\\|"))
        lines.append("| " + " | ".join(cells) + " |")
        if r == 0:
            lines.append("|" + "|".join("---" for _ in cells) + "|")
    return lines


def _list_item(block: QTextBlock, body: str) -> tuple[int, str]:
    """(indent level, Markdown line) of a list item."""
    lst = block.textList()
    lf = lst.format()
    level = max(lf.indent(), 1)
    indent = "    " * (level - 1)
    if lf.style() in _BULLETS:
        marker = "-"
    else:
        marker = lst.itemText(block).strip()
        if not (marker[:-1].isdigit() and marker[-1:] in ".)"):
            marker = f"{lst.itemNumber(block) + 1}."
    cont = "\\\n" + indent + " " * (len(marker) + 1)
    return level, f"{indent}{marker} {_escape_line_start(body.strip()).replace(chr(10), cont)}"


def to_markdown(doc: QTextDocument) -> str:
    """The document as Markdown of the narrative subset (no hard wraps, no trailing newline)."""
    chunks: list[tuple[str, str]] = []  # (group, text): chunks of one list join with "\n"
    seen_tables: set[int] = set()
    block = doc.begin()
    while block.isValid():
        current, block = block, block.next()
        cursor = QTextCursor(current)
        table = cursor.currentTable()
        if table is not None:
            if table.firstPosition() not in seen_tables:
                seen_tables.add(table.firstPosition())
                chunks.append(("", "\n".join(_table(cursor))))
            continue
        fmt = current.blockFormat()
        if fmt.headingLevel():
            text = _inline(current, plain_bold=True).replace("\n", " ").strip()
            if text:
                chunks.append(("", "#" * min(fmt.headingLevel(), 6) + " " + text))
            continue
        body = _inline(current)
        if current.textList() is not None:
            if not body.strip():
                continue
            level, line = _list_item(current, body)
            first = current.textList().item(0).position()
            group = f"list{first}" if level == 1 or not chunks or not chunks[-1][0] else chunks[-1][0]
            chunks.append((group, line))
            continue
        if not body.strip():
            continue
        lines = body.strip().split("\n")
        quote = int(fmt.property(_QUOTE) or 0)
        if quote:
            lines[0] = _escape_line_start(lines[0])
            chunks.append(("", "\\\n".join("> " * quote + line for line in lines)))
        else:
            chunks.append(("", "\\\n".join([_escape_line_start(lines[0]), *lines[1:]])))
    out: list[str] = []
    for i, (group, text) in enumerate(chunks):
        if i:
            out.append("\n" if group and group == chunks[i - 1][0] else "\n\n")
        out.append(text)
    return "".join(out)


# -- keeping what the user did not change ------------------------------------------------

def _source_pieces(text: str) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is_block): top-level Markdown blocks (CommonMark + GFM
    tables and strikethrough, by markdown-it-py) and the text between them, so that
    joining the pieces gives `text` back byte for byte."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    lines = text.splitlines(keepends=True)
    spans = [t.map for t in parser.parse(text) if t.level == 0 and t.map and t.nesting >= 0]
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans:
        if start < at:
            continue
        if start > at:
            pieces.append(("".join(lines[at:start]), False))
        block = "".join(lines[start:end])
        core = block.rstrip("\n")
        pieces.append((core, True))
        if len(block) > len(core):
            pieces.append((block[len(core):], False))
        at = end
    if at < len(lines):
        pieces.append(("".join(lines[at:]), False))
    return pieces


def _normalised(block: str) -> str:
    """How the editor writes `block` back when nobody touched it."""
    doc = QTextDocument()
    load_markdown(doc, block)
    return to_markdown(doc)


def _generated_blocks(markdown: str) -> list[str]:
    return [p for p, is_block in _source_pieces(markdown) if is_block]


def keep_untouched(source: str | None, current: str) -> str:
    """The Markdown to store for the editor's `current` text (written by `to_markdown`)
    when it was loaded from `source`: blocks the user did not change keep the bytes of
    `source` (strikethrough, images, footnotes, links, spacing exactly as they were);
    only changed blocks are written anew. Text the editor cannot show (an image-only
    paragraph, link or footnote definitions) is kept as it was."""
    if not source:
        return current
    pieces = _source_pieces(source)
    # link reference definitions (between blocks, no block of their own) apply everywhere
    defs = "".join("\n\n" + p.strip("\n") for p, is_block in pieces if not is_block and p.strip())
    norms = [(_normalised(p + defs) if is_block else None) for p, is_block in pieces]
    blocks = [i for i, (p, is_block) in enumerate(pieces) if is_block and norms[i]]
    current_blocks = _generated_blocks(current)
    import difflib

    matcher = difflib.SequenceMatcher(None, [norms[i] for i in blocks], current_blocks,
                                      autojunk=False)
    keep: set[int] = set()     # source pieces kept as they are
    new_after: dict[int, list[str]] = {}  # new blocks, after source piece index (-1: start)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            keep.update(blocks[a1:a2])
        if op in ("replace", "insert"):
            anchor = blocks[a1 - 1] if a1 > 0 else -1
            if op == "replace":
                anchor = blocks[a1]  # in the place of the first replaced block
            new_after.setdefault(anchor, []).extend(current_blocks[b1:b2])
    # what the editor never showed stays (image-only paragraphs, definitions, gaps text)
    for i, (p, is_block) in enumerate(pieces):
        if (is_block and not norms[i]) or (not is_block and p.strip()):
            keep.add(i)
    out: list[str] = []
    prev_kept = None

    def emit(text: str, source_index: int | None) -> None:
        nonlocal prev_kept
        between = (pieces[prev_kept + 1:source_index]
                   if source_index is not None and prev_kept is not None else None)
        if out:
            if between is not None and all(not is_block for _p, is_block in between) \
                    and (between or not pieces[prev_kept][1] or not pieces[source_index][1]):
                out.extend(p for p, _b in between)  # the original space between them
            else:
                out.append("\n\n")
        out.append(text)
        prev_kept = source_index

    for text in new_after.get(-1, []):
        emit(text, None)
    for i, (p, is_block) in enumerate(pieces):
        if i in keep and (is_block or p.strip()):
            emit(p, i)
        for text in new_after.get(i, []):
            emit(text, None)
    result = "".join(out).strip("\n")
    if result:
        result += source[len(source.rstrip("\n")):]
    return result
