"""Fitting a visual's text into its box: elide or wrap, then place each line.

One layout for every renderer (PDF, SVG, PNG), computed with the metrics of the bundled
DejaVu Sans, so a label is cut at the same place in the report, the poster, the SVG and
the image. Qt-free.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from desktop.domain.visuals.visual import Text
from desktop.export.fonts import BOLD, FONT, register_fonts, word_width

ELLIPSIS = "…"
LEADING = 1.2  # line height as a multiple of the font size
CAP_HEIGHT = 0.729  # DejaVu Sans cap height (em); labels centre their capitals on a line
_SPACES = re.compile(r"[ \t]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")  # and the two non-characters


@dataclass(frozen=True)
class PlacedLine:
    """One line of a fitted text: draw `text` with its baseline at `baseline`, anchored at
    `x` (the left edge, the centre or the right edge, as `anchor` says)."""

    text: str
    x: float
    baseline: float
    anchor: str  # start | middle | end
    width: float


def font_of(t: Text) -> str:
    return BOLD if t.bold else FONT


def _width(text: str, font: str, size: float) -> float:
    return word_width(text, font, size)  # remembered there; fallback fonts measured too


def width(text: str, font: str, size: float) -> float:
    register_fonts()
    return _width(text, font, size)


def clean(text: str) -> str:
    """Text without control characters (tabs become spaces; newlines are kept)."""
    return _CONTROL.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


def elide(text: str, font: str, size: float, limit: float) -> str:
    """`text` if it fits in `limit` points, else its longest prefix that fits with "…";
    "" when not even the ellipsis fits."""
    if width(text, font, size) <= limit:
        return text
    if width(ELLIPSIS, font, size) > limit:
        return ""
    lo, hi = 0, len(text)  # the longest prefix length that fits, by bisection
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(text[:mid].rstrip() + ELLIPSIS, font, size) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def _break_word(word: str, font: str, size: float, limit: float) -> list[str]:
    """A word wider than the line, cut into pieces that fit."""
    pieces, current = [], ""
    for ch in word:
        if current and width(current + ch, font, size) > limit:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """Greedy word wrap to `limit` points; "\\n" forces a break, long words are cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = _SPACES.split(paragraph.strip())
        current = ""
        for word in words:
            if not word:
                continue
            candidate = f"{current} {word}" if current else word
            if width(candidate, font, size) <= limit:
                current = candidate
                continue
            if current:
                lines.append(current)
            if width(word, font, size) <= limit:
                current = word
            else:
                *full, current = _break_word(word, font, size, limit)
                lines.extend(full)
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def fit_lines(t: Text) -> list[str]:
    """The lines of `t` that are drawn: wrapped or elided to its box."""
    font, size = font_of(t), t.size
    text = clean(t.text)
    if not text.strip() or t.w <= 0 or size <= 0:
        return []
    if not t.wrap:
        line = elide(" ".join(text.split()), font, size, t.w)
        return [line] if line else []
    lines = wrap(text, font, size, t.w)
    room = max(1, math.floor(t.h / (size * LEADING) + 0.05))
    if len(lines) > room:
        rest = " ".join(lines[room - 1:])
        last = elide(rest, font, size, t.w)
        if not last.endswith(ELLIPSIS):  # the rest fits once its hard breaks are joined
            last = elide(rest + ELLIPSIS, font, size, t.w)
        lines = [ln for ln in lines[:room - 1] + [last] if ln]
    return lines


def place(t: Text) -> list[PlacedLine]:
    """The fitted lines of `t` with their positions (points, y downwards)."""
    lines = fit_lines(t)
    if not lines:
        return []
    font, size = font_of(t), t.size
    leading = size * LEADING
    block = leading * len(lines)
    if t.valign == "top":
        top = t.y
    elif t.valign == "bottom":
        top = t.y + t.h - block
    else:
        top = t.y + (t.h - block) / 2
    if t.align == "center":
        x, anchor = t.x + t.w / 2, "middle"
    elif t.align == "right":
        x, anchor = t.x + t.w, "end"
    else:
        x, anchor = t.x, "start"
    return [PlacedLine(line, x, top + i * leading + leading / 2 + size * CAP_HEIGHT / 2, anchor,
                       width(line, font, size))
            for i, line in enumerate(lines)]
