"""A tiny parser for the Markdown subset of narrative fields (Qt-free).

Supported: paragraphs (lines joined, a blank line separates), hard line breaks (two trailing
spaces or a trailing backslash), ``**bold**``, ``*italic*``, ``***both***``, ``__bold__``,
``_italic_`` (not inside words), backslash escapes, ``- ``/``* ``/``+ `` bullet lists and
``1. ``/``1) `` numbered lists (nesting by indentation), ``#``-``######`` headings,
``> `` block quotes and GFM pipe tables (``| a | b |`` over ``|---|--:|``).
Headings become report headings at level 4 (``#``, ``##``) or 5 (deeper), below the report's
own structure. Anything else is kept as literal text.
"""

from __future__ import annotations

import re

from desktop.export.document import BulletList, Heading, ListItem, Paragraph, Run, Table, plain_text

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_ESCAPABLE = "\\*_#-+.!`[]()|>"
# Escaped characters are swapped for private-use code points while parsing emphasis.
_PUA = 0xE000


def parse(text: str | None) -> list:
    """Parse Markdown text into report blocks (Heading, Paragraph, BulletList, Table)."""
    if not text or not text.strip():
        return []
    blocks: list = []
    para: list[str] = []
    quote: list[str] = []
    current: BulletList | None = None
    lines = [raw.expandtabs(4) for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]

    def flush() -> None:
        nonlocal para, quote
        if para:
            blocks.append(Paragraph(inline(_join(para))))
        if quote:
            blocks.append(Paragraph(inline(_join(quote)), "quote"))
        para, quote = [], []

    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            flush()
            current = None
            continue
        quoted = _QUOTE.match(line)
        if quoted:
            if para:
                flush()
            current = None
            if quoted.group(1).strip():
                quote.append(quoted.group(1))
            elif quote:
                flush()
            continue
        if quote:  # a lazy continuation line of the quote
            quote.append(line)
            continue
        if "|" in line and i < len(lines) and "|" in lines[i] and _TABLE_SEP.match(lines[i]):
            flush()
            current = None
            end = i + 1
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            blocks.append(_table(line, lines[i], lines[i + 1:end]))
            i = end
            continue
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if _RULE.match(line) and not item:
            flush()
            current = None
            continue
        if heading:
            flush()
            current = None
            level = 4 if len(heading.group(1)) <= 2 else 5
            blocks.append(Heading(level, _plain(heading.group(2))))
            continue
        if item and (not para or _can_interrupt(item.group(2))):
            flush()
            indent, marker, body = item.groups()
            ordered = marker[0].isdigit()
            level = min(len(indent) // 2, 2)
            if current is None or (level == 0 and current.ordered != ordered):
                current = BulletList([], ordered=ordered)
                blocks.append(current)
            current.items.append(ListItem([], level))
            current.items[-1].runs = [Run(body)]  # raw for now, parsed below
            continue
        if current is not None:
            # continuation of the last list item (indented or lazy)
            last = current.items[-1]
            last.runs = [Run(_join([last.runs[0].text, line]))]
            continue
        para.append(line)
    flush()
    for b in blocks:
        if isinstance(b, BulletList):
            for it in b.items:
                it.runs = inline(it.runs[0].text)
    return blocks


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)]


def _table(head: str, sep: str, body: list[str]) -> Table:
    """A GFM pipe table as a report table (right-aligned columns become numeric)."""
    header = [_plain(c) for c in _cells(head)]
    n = len(header)
    aligns = _cells(sep) + [""] * n
    rows = []
    for line in body:
        cells = (_cells(line) + [""] * n)[:n]
        rows.append([[Paragraph(inline(c))] if c else "" for c in cells])
    lengths = [max([len(header[k])] + [len(_plain(_cells(line)[k])) if k < len(_cells(line)) else 0
                                       for line in body]) for k in range(n)]
    widths = [min(max(length, 4), 60) for length in lengths]
    numeric = tuple(k for k in range(n) if aligns[k].endswith(":") and not aligns[k].startswith(":"))
    return Table(header, rows, widths, numeric=numeric)


def _can_interrupt(marker: str) -> bool:
    """A bullet, or a numbered item starting at 1, may start a list right after a paragraph."""
    return not marker[0].isdigit() or int(marker[:-1]) == 1


def _join(lines: list[str]) -> str:
    """Join source lines: soft breaks become spaces, hard breaks become newlines."""
    out = ""
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        if not last and (line.endswith("  ") or line.endswith("\\")):
            out += line.rstrip().rstrip("\\").rstrip() + "\n"
        else:
            out += line.strip() + ("" if last else " ")
    return out.strip(" ")


def _protect(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            out.append(chr(_PUA + _ESCAPABLE.index(text[i + 1])))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _restore(text: str) -> str:
    return "".join(_ESCAPABLE[ord(c) - _PUA] if _PUA <= ord(c) < _PUA + len(_ESCAPABLE) else c
                   for c in text)


_EMPHASIS = [
    (re.compile(r"\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*", re.S), True, True),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S), True, False),
    (re.compile(r"(?<![A-Za-z0-9])__(?=\S)(.+?)(?<=\S)__(?![A-Za-z0-9])", re.S), True, False),
    (re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*", re.S), False, True),
    (re.compile(r"(?<![A-Za-z0-9])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![A-Za-z0-9])", re.S), False, True),
]


def inline(text: str) -> list[Run]:
    """Parse emphasis in one paragraph's text into runs (adjacent equal runs merged)."""
    runs = _inline(_protect(text), False, False)
    merged: list[Run] = []
    for r in runs:
        r = Run(_restore(r.text), r.bold, r.italic)
        if not r.text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic) == (r.bold, r.italic):
            merged[-1] = Run(merged[-1].text + r.text, r.bold, r.italic)
        else:
            merged.append(r)
    return merged


def _inline(text: str, bold: bool, italic: bool) -> list[Run]:
    best = None
    for pattern, b, i in _EMPHASIS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, b, i)
    if best is None:
        return [Run(text, bold, italic)]
    m, b, i = best
    return ([Run(text[:m.start()], bold, italic)]
            + _inline(m.group(1), bold or b, italic or i)
            + _inline(text[m.end():], bold, italic))


def _plain(text: str) -> str:
    return "".join(r.text for r in inline(text))


def to_plain(text: str | None) -> list[str]:
    """The visible text of each block of a Markdown field (used by tests and summaries)."""
    out = []
    for b in parse(text):
        if isinstance(b, BulletList):
            out.extend(i.text for i in b.items)
        elif isinstance(b, Table):
            out.extend(b.header)
            out.extend(plain_text(c) for row in b.rows for c in row if plain_text(c))
        else:
            out.append(b.text)
    return out
