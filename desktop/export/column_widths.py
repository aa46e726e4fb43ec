"""Column widths that keep words whole: widen a column to its longest word (header and
cells), taking the room from columns that have some to spare."""

from __future__ import annotations

import re

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
        for word in _BREAKS.split(r.text):
            best = max(best, text_width(word, size, r.bold, r.italic))
    return best


def _cell_min(value, size: float) -> float:
    if isinstance(value, str):
        return _longest([Run(value)], size)
    best = 0.0
    for b in value:
        if isinstance(b, Paragraph):
            if b.style == "note":  # secondary text may break a long word rather than widen
                best = max(best, min(NOTE_CAP, _longest(b.runs, size - 0.5)))
            else:
                best = max(best, _longest(b.runs, size))
        elif isinstance(b, BulletList):
            for item in b.items:
                best = max(best, BULLET_INDENT * (1 + item.level) + _longest(item.runs, size))
        elif isinstance(b, Heading):
            best = max(best, _longest([Run(b.text, bold=True)], size))
    return best


def fitted_widths(table: Table, total: float) -> list[float]:
    """Column widths in points (summing to `total`) for `table`, based on its fractions."""
    n = len(table.header)
    need = [_longest([Run(table.header[i], bold=True)], HEADER_SIZE) for i in range(n)]
    groups = set(table.group_rows)
    for r, row in enumerate(table.rows):
        if r in groups:
            continue
        for i, value in enumerate(row):
            need[i] = max(need[i], _cell_min(value, CELL_SIZE))
    need = [min(w + PADDING, total * MAX_SHARE) for w in need]
    preferred = [f * total for f in table.widths]
    if sum(need) >= total:
        # Not every word fits. Share the width out fairly ("water filling"): every column
        # whose longest word is shorter than a common level gets room for it; only the
        # columns with the longest words are capped at that level (and break those words).
        return _level(need, total)
    return _widen(preferred, need)


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
