"""Column widths that keep words whole: widen a column to its longest word (header and
cells), taking the room from columns that have some to spare."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.export.fonts import text_width
from desktop.export.report.document import BulletList, Heading, Paragraph, Run, Table

HEADER_SIZE = CELL_SIZE = 8.5
PADDING = 9.0  # left + right cell padding, and a little air
BULLET_INDENT = 14.0
MAX_SHARE = 0.45  # a single column never claims more than this share for its longest word
NOTE_CAP = 60.0
_BREAKS = re.compile(r"[ \t\n\r]+")  # where lines may break (not at no-break spaces)


def _longest(runs: list[Run], size: float) -> float:
    best = 0.0
    for r in runs:
        best = max(best, _longest_word(r.text, size, r.bold, r.italic))
    return best


#: A compound with hyphens ("ECOOM-publicatiedatabank") may break after a hyphen: Word and
#: LibreOffice do, and so does the PDF's table text (reportlab's `embeddedHyphenation`, for
#: words of letters and hyphens of at least 5 characters, the rule reimplemented here).
_LETTERS = r"A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\u024f\u1e00-\u1eff\u0410-\u044f"
_COMPOUND = re.compile(rf"^[{_LETTERS}]+(?:-[{_LETTERS}]+)+$")
_AFFIX = re.compile(r"^['\"(\[{\u2018\u201a\u201c\u201e]+|[\]'\")}?!.,;:\u2019\u201b\u201d\u201f]+$")


def pieces(word: str) -> list[str]:
    """The parts of `word` between which a line may break: after each hyphen of a compound
    of letters ("TRL-beoordeling" -> "TRL-", "beoordeling"), else the word itself."""
    core = _AFFIX.sub("", word)
    if len(core) < 5 or not _COMPOUND.match(core):
        return [word]
    parts = core.split("-")
    out = [p + "-" for p in parts[:-1]] + [parts[-1]]
    head, tail = word[: word.index(core)], word[word.index(core) + len(core):]
    out[0], out[-1] = head + out[0], out[-1] + tail
    return out


@lru_cache(maxsize=65536)
def _longest_word(text: str, size: float, bold: bool, italic: bool) -> float:
    """The width of the widest unbreakable piece of `text`: a word, or the part of a
    hyphenated compound between its hyphens (the texts of table cells repeat a lot)."""
    return max(text_width(piece, size, bold, italic) for word in _BREAKS.split(text)
               for piece in pieces(word))


def _cell_min(value, size: float, note_cap: float = NOTE_CAP) -> float:
    """The width the longest unbreakable piece of a cell needs; a note's words count up to
    `note_cap` points (secondary text may break a long word rather than crowd the table)."""
    if isinstance(value, str):
        return _longest([Run(value)], size)
    best = 0.0
    for b in value:
        if isinstance(b, Paragraph):
            if b.style == "note":
                best = max(best, min(note_cap, _longest(b.runs, size - 0.5)))
            else:
                best = max(best, _longest(b.runs, size))
        elif isinstance(b, BulletList):
            for item in b.items:
                best = max(best, BULLET_INDENT * (1 + item.level) + _longest(item.runs, size))
        elif isinstance(b, Heading):
            best = max(best, _longest([Run(b.text, bold=True)], size))
    return best


@dataclass(frozen=True)
class CellText:
    """How a writer sets table text: header and cell sizes (points) and the left + right
    cell margins plus a little air (points)."""

    header_size: float = HEADER_SIZE
    cell_size: float = CELL_SIZE
    padding: float = PADDING
    #: the padding with the narrower cell margins the writer can give a crowded table (None:
    #: it cannot); tried after the smaller sizes alone
    tight_padding: float | None = None


#: The PDF's cells (pdf_writer styles "head" and "cell", 4.5 pt padding a side).
PDF_CELLS = CellText()
#: The Word styles "Table Header" / "Table Text" (9 pt) in a "Table Grid" table, whose
#: cell margins are 108 twips (5.4 pt) a side; 1.5 pt of air for Word's and LibreOffice's
#: own rounding. Measured as 8.5 pt with 9 pt of padding, a header word that just fitted
#: in the PDF broke in the middle in Word ("Verantwoordelij|ke").
DOCX_CELLS = CellText(header_size=9.0, cell_size=9.0, padding=12.3, tight_padding=7.5)
#: The cell margins (twips, a side) of a Word table that needs DOCX_CELLS.tight_padding: 3 pt
#: (7.5 pt of padding with the same 1.5 pt of air).
TIGHT_MARGIN_TWIPS = 60


#: A table whose longest words do not all fit side by side at the writer's text size is set
#: smaller, in half-point steps down to this many points below it, when that keeps every word
#: whole ("Technologiecomponenten" in the demo's KPI annex: 7.5 pt in the PDF); past that,
#: words are broken. No table text goes below MIN_TABLE_PT (the PDF's 8 pt notes stop there).
MAX_SHRINK = 1.0
MIN_TABLE_PT = 7.5


def _heads(table: Table, cells: CellText) -> list[float]:
    """The width each column's header needs for its longest word (headers break only at spaces)."""
    return [_longest([Run(h, bold=True)], cells.header_size) + cells.padding for h in table.header]


def _need(table: Table, cells: CellText, note_cap: float = NOTE_CAP) -> list[float]:
    """The width each column needs for its longest unbreakable piece, header included (a
    note's words counted up to `note_cap` points)."""
    need = _heads(table, cells)
    groups = set(table.group_rows)
    for r, row in enumerate(table.rows):
        if r in groups:
            continue
        for i, value in enumerate(row):
            need[i] = max(need[i], _cell_min(value, cells.cell_size, note_cap) + cells.padding)
    return need


def fitted_cells(table: Table, total: float, cells: CellText = PDF_CELLS) -> CellText:
    """The text sizes (and padding) to set `table` in: `cells`, or up to MAX_SHRINK points
    smaller (in half points), or that with the writer's narrower cell margins
    (`tight_padding`), the first that lets every word of every column fit side by side
    within `total` points (each column at most MAX_SHARE of it)."""
    def fits(c: CellText) -> bool:
        need = _need(table, c)
        return sum(need) <= total and all(w <= total * MAX_SHARE for w in need)

    if not table.header or fits(cells):
        return cells
    steps = int(MAX_SHRINK / 0.5 + 1e-9)
    paddings = [cells.padding] + ([cells.tight_padding] if cells.tight_padding is not None else [])
    for padding in paddings:
        for k in range(0 if padding != cells.padding else 1, steps + 1):
            smaller = CellText(max(cells.header_size - 0.5 * k, MIN_TABLE_PT),
                               max(cells.cell_size - 0.5 * k, MIN_TABLE_PT), padding, cells.tight_padding)
            if fits(smaller):
                return smaller
    return cells


def fitted_widths(table: Table, total: float, cells: CellText = PDF_CELLS) -> list[float]:
    """Column widths in points (summing to `total`) for `table`, based on its fractions.
    Every column is at least as wide as its header's longest word (headers break only at
    spaces) where the page has the room for that."""
    heads = _heads(table, cells)
    need = [min(w, total * MAX_SHARE) for w in _need(table, cells)]
    whole = [min(w, total * MAX_SHARE) for w in _need(table, cells, note_cap=float("inf"))]  # notes' words too
    if whole != need and sum(whole) < total:  # the room is there: a note's long word stays whole
        need = whole
    floor = [min(h, total * MAX_SHARE) for h in heads]
    preferred = [f * total for f in table.widths]
    if sum(need) >= total:
        # Not every word fits. Share the width out fairly ("water filling"): every column
        # whose longest word is shorter than a common level gets room for it; only the
        # columns with the longest words are capped at that level (and break those words),
        # but never below their header's longest word while the headers fit side by side.
        if sum(floor) < total:
            return _level_above(need, floor, total)
        return _level(need, total)
    return _widen(preferred, need)


def _level_above(need: list[float], floor: list[float], total: float) -> list[float]:
    """max(floor_i, min(need_i, L)) for the level L at which the widths sum to `total`
    (sum(floor) < total <= sum(need))."""
    lo, hi = 0.0, max(need)
    for _ in range(60):
        mid = (lo + hi) / 2
        if sum(max(f, min(w, mid)) for f, w in zip(floor, need)) > total:
            hi = mid
        else:
            lo = mid
    widths = [max(f, min(w, lo)) for f, w in zip(floor, need)]
    rest = total - sum(widths)  # the last fraction of a point, to the capped columns
    capped = [i for i, w in enumerate(widths) if w < need[i] - 1e-6] or list(range(len(widths)))
    for i in capped:
        widths[i] += rest / len(capped)
    return widths


def _level(need: list[float], total: float) -> list[float]:
    """min(need_i, L) for the level L at which the widths sum to `total`."""
    rest, left = total, len(need)
    for w in sorted(need):
        if w * left > rest:
            level = rest / left
            return [min(x, level) for x in need]
        rest -= w
        left -= 1
    return list(need)  # pragma: no cover - only reached when sum(need) < total


def _widen(widths: list[float], need: list[float]) -> list[float]:
    """Raise columns to their need, taking the room from columns with slack (sum(need) < total)."""
    n = len(widths)
    widths = list(widths)
    for _ in range(n):
        short = [i for i in range(n) if widths[i] < need[i] - 0.01]
        if not short:
            break
        deficit = sum(need[i] - widths[i] for i in short)
        for i in short:
            widths[i] = need[i]
        slack = {i: widths[i] - need[i] for i in range(n) if i not in short and widths[i] > need[i]}
        room = sum(slack.values())
        for i, s in slack.items():
            widths[i] -= deficit * s / room
    return widths
