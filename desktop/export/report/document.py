"""A render-neutral report model: the builder produces it, the DOCX and PDF writers consume it.

A `Report` is a flat list of blocks (headings, paragraphs, lists, tables, figures, page
breaks, the title page and the table-of-contents marker). Inline formatting lives in `Run`s;
a "\\n" inside a run's text is a line break. Qt-free and dependency-free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import cache
from pathlib import Path

from desktop.domain.visuals.visual import Visual


@dataclass(frozen=True)
class Run:
    """A piece of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Heading:
    """A numbered heading. Levels 1-3 are the report's structure (TOC, bookmarks, navigation);
    levels 4-5 come from headings inside narrative Markdown and stay out of the TOC."""

    level: int
    text: str
    number: str = ""

    @property
    def display(self) -> str:
        return f"{self.number} {self.text}" if self.number else self.text

    @property
    def in_toc(self) -> bool:
        return self.level <= 3


@dataclass
class Paragraph:
    """A paragraph of runs. `style` is a hint: "body", "lead" (bold item title),
    "note" (small, muted), "quote" (a block quote), "empty" (the not-yet-filled-in marker)."""

    runs: list[Run]
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class ListItem:
    runs: list[Run]
    level: int = 0  # nesting depth, 0-based

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class BulletList:
    items: list[ListItem]
    ordered: bool = False


#: A table cell: plain text, or rich content (paragraphs and lists).
Cell = str | list


@dataclass
class Table:
    """A table with one header row (repeated on every page).

    `widths` are fractions of the text width, one per column (they are normalised). A group
    row is a sub-header such as a lane or a category: its first cell spans the table."""

    header: list[str]
    rows: list[list[Cell]]
    widths: list[float]
    caption: str = ""
    numeric: tuple[int, ...] = ()  # column indices to right-align
    group_rows: tuple[int, ...] = ()  # row indices shown as a spanning sub-header (first cell)

    def __post_init__(self) -> None:
        if len(self.widths) != len(self.header):
            raise ValueError("one width per column is needed")
        total = sum(self.widths)
        self.widths = [w / total for w in self.widths]
        for row in self.rows:
            if len(row) != len(self.header):
                raise ValueError(f"row has {len(row)} cells, table has {len(self.header)} columns")


@dataclass
class Figure:
    """A visual of the roadmap. `key` names it ("overview", "value_chain:<id>").

    A writer draws `visual` (a `desktop.domain.visuals.visual.Visual`) as vector graphics when it
    can (PDF), else embeds `image` (a PNG rendered by the Qt side, DOCX); a figure with
    neither is left out. The builder numbers the figures that will be shown: `label` and
    `number` give "Figure 2 – <caption>"."""

    key: str
    caption: str
    image: Path | None = None
    visual: Visual | None = None
    number: int = 0
    label: str = ""

    @property
    def display_caption(self) -> str:
        if self.number and self.label:
            return f"{self.label} {self.number} – {self.caption}"
        return self.caption

    @property
    def shown(self) -> bool:
        if self.visual is not None:
            return True
        if self.image is None:
            return False
        image = self.image if hasattr(self.image, "images") else Path(self.image)  # PagedImages or a file
        return image.is_file()


class FigureNumbering:
    """Makes a report's figures in order and numbers those that will be shown.

    `numbering(key, caption)` gives the Figure (image from `figures`, visual from `visuals`,
    both keyed like the figure) numbered after the previous shown one, or None when it has
    nothing to show."""

    def __init__(self, label: str, figures: dict | None = None, visuals: dict | None = None):
        self.label, self.figures, self.visuals = label, figures or {}, visuals or {}
        self.count = 0

    def __call__(self, key: str, caption: str) -> Figure | None:
        f = Figure(key, caption, self.figures.get(key), self.visuals.get(key))
        if not f.shown:
            return None
        self.count += 1
        f.number, f.label = self.count, self.label
        return f


@dataclass
class PageBreak:
    pass


@dataclass
class TableOfContents:
    title: str
    note: str = ""  # shown in DOCX until Word updates the field


@dataclass
class TitlePage:
    title: str
    subtitle: str = ""
    lines: list[tuple[str, str]] = field(default_factory=list)  # (label, value)


Block = Heading | Paragraph | BulletList | Table | Figure | PageBreak | TableOfContents | TitlePage


@dataclass
class Report:
    """The whole report and its document properties."""

    title: str
    author: str
    language: str  # "nl" or "en"
    blocks: list[Block]
    subject: str = ""
    keywords: str = ""

    def headings(self, max_level: int = 3) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading) and b.level <= max_level]

    def figures(self) -> list[Figure]:
        return [b for b in self.blocks if isinstance(b, Figure)]


def table_as_paragraphs(t: Table) -> list[Paragraph]:
    """A table flattened to one paragraph per row (for tables nested in a table cell)."""
    out = [Paragraph([Run(" | ".join(t.header), bold=True)])]
    for row in t.rows:
        out.append(Paragraph([Run(" | ".join(plain_text(c).replace("\n", " ") for c in row))]))
    return out


def plain_text(cell: Cell) -> str:
    """The text of a cell or block list, paragraphs separated by newlines."""
    if isinstance(cell, str):
        return cell
    out: list[str] = []
    for b in cell:
        if isinstance(b, BulletList):
            out.extend(i.text for i in b.items)
        elif isinstance(b, (Paragraph, ListItem)):
            out.append(b.text)
        elif isinstance(b, Heading):
            out.append(b.display)
    return "\n".join(out)


# Characters XML 1.0 does not allow (C0 controls except tab, newline and carriage return; the
# two non-characters U+FFFE/U+FFFF). A roadmap may hold them (imported or pasted text is kept
# as written); a Word file cannot.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value):
    """`value` (a report, block, run, list or string) with every string freed of characters
    that XML cannot carry; other values (figures' drawings, paths, numbers) are returned as
    they are. What holds no such character is returned itself (no copy)."""
    if _clean(value):
        return value
    return _cleaned(value)


def _clean(root) -> bool:
    """True when no string in `root` (walked without recursion; a big report holds some
    200,000 objects) has a character XML cannot carry."""
    stack = [root]
    pop, push, search = stack.pop, stack.extend, _XML_ILLEGAL.search
    while stack:
        v = pop()
        t: type = type(v)
        if t is str:
            if search(v):
                return False
        elif t is list or t is tuple:
            push(v)
        elif t is dict:
            push(v.values())
        elif _model_fields(t):
            push(v.__dict__.values())
        elif isinstance(v, (list, tuple)):
            push(v)
        elif isinstance(v, str) and search(v):
            return False
    return True


def _cleaned(value):
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value) if _XML_ILLEGAL.search(value) else value
    if isinstance(value, (list, tuple)):
        cleaned = [_cleaned(v) for v in value]
        if all(c is v for c, v in zip(cleaned, value, strict=True)):
            return value
        return cleaned if isinstance(value, list) else tuple(cleaned)
    if isinstance(value, dict):
        items = {k: _cleaned(v) for k, v in value.items()}
        return value if all(items[k] is v for k, v in value.items()) else items
    names = _model_fields(type(value))
    if names:
        changed = {}
        for name in names:
            v = getattr(value, name)
            c = _cleaned(v)
            if c is not v:
                changed[name] = c
        return replace(value, **changed) if changed else value
    return value


@cache
def _model_fields(cls: type) -> tuple[str, ...]:
    """The init fields of a dataclass of the report model (none for any other type)."""
    if is_dataclass(cls) and cls.__module__ == __name__:
        return tuple(f.name for f in fields(cls) if f.init)
    return ()
