"""Small helpers to set text in Visual primitives: wrapped paragraphs, plain Markdown,
numbers in the user's language (Qt-free)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.visuals.textmetrics import wrap
from desktop.domain.visuals.visual import Text
from desktop.domain.words import in_language

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPH = re.compile(r"(\*\*|__|\*|_|`)")


@dataclass(frozen=True)
class Block:
    """A block of a Markdown text: kind is 'heading', 'para' or 'bullet'."""

    kind: str
    text: str


def plain(text: str) -> str:
    """Markdown inline marks removed (links keep their text)."""
    return _EMPH.sub("", _LINK.sub(r"\1", text)).strip()


def markdown_blocks(md: str | None) -> list[Block]:
    """Headings, paragraphs and bullet items of a CommonMark text, as plain text."""
    out: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(Block("para", plain(" ".join(para))))
            para.clear()

    for raw in (md or "").splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("#"):
            flush()
            out.append(Block("heading", plain(line.lstrip("#"))))
        elif line[:2] in ("- ", "* ", "+ ") or re.match(r"^\d+[.)] ", line):
            flush()
            out.append(Block("bullet", plain(re.sub(r"^(\d+[.)]|[-*+]) ", "", line))))
        elif line.startswith(">"):
            para.append(line.lstrip("> "))
        else:
            para.append(line)
    flush()
    return [b for b in out if b.text]


def number(value: float | None, lang: str) -> str:
    """A number the way people write it (1.234,5 in Dutch, 1,234.5 in English)."""
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def paragraph(x: float, y: float, w: float, text: str, *, size: float, colour: str,
              bold: bool = False, line_h: float | None = None, max_lines: int | None = None,
              align: str = "left", ref=None) -> tuple[list[Text], float]:
    """Wrapped lines of `text` from (x, y) down; returns the Texts and their height."""
    lh = line_h or size * 1.3
    lines = wrap(text, w, size, bold, max_lines=max_lines)
    items = [Text(x, y + i * lh, w, lh, line, size=size, colour=colour, bold=bold, align=align,
                  ref=ref) for i, line in enumerate(lines)]
    return items, lh * len(lines)


NOUNS = {
    "nl": {"challenge": ("maatschappelijke uitdaging", "maatschappelijke uitdagingen"),
           "vision": ("toekomstbeeld", "toekomstbeelden"), "objective": ("doelstelling", "doelstellingen"),
           "chain": ("waardeketen", "waardeketens"), "action": ("actie", "acties"),
           "milestone": ("mijlpaal", "mijlpalen"), "dependency": ("afhankelijkheid", "afhankelijkheden")},
    "en": {"challenge": ("societal challenge", "societal challenges"),
           "vision": ("future vision", "future visions"), "objective": ("objective", "objectives"),
           "chain": ("value chain", "value chains"), "action": ("action", "actions"),
           "milestone": ("milestone", "milestones"), "dependency": ("dependency", "dependencies")},
}


def counted(n: int, noun: str, lang: str) -> str:
    """"1 mijlpaal", "3 mijlpalen": a number with its noun in the right form."""
    one, many = in_language(NOUNS, lang)[noun]
    return f"{n} {one if n == 1 else many}"
