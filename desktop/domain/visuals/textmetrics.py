"""Text widths of DejaVu Sans without a font engine, so Qt-free layout can fit labels.

Every renderer of the visuals (Qt canvas and images, reportlab PDF) draws with the DejaVu
Sans shipped in resources/fonts, so these advance widths (per 1000 units of the em,
measured from those files) predict the rendered width closely; kerning is ignored.
"""

from __future__ import annotations

import functools
import unicodedata

_CHARS = (
    ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~'
    '\xa0¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ–—‘’“”…→✓€•·↑↓'
)
_REGULAR = (
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698,
    770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732,
    684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
    634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,
    525, 636, 337, 636, 838, 318, 401, 636, 636, 636, 636, 337, 500, 500, 1000, 471, 612, 838,
    361, 1000, 500, 500, 838, 401, 401, 500, 636, 636, 318, 500, 401, 471, 612, 969, 969, 969,
    531, 684, 684, 684, 684, 684, 684, 974, 698, 632, 632, 632, 632, 295, 295, 295, 295, 775,
    748, 787, 787, 787, 787, 787, 838, 787, 732, 732, 732, 732, 611, 605, 630, 613, 613, 613,
    613, 613, 613, 982, 550, 615, 615, 615, 615, 278, 278, 278, 278, 612, 634, 612, 612, 612,
    612, 612, 838, 612, 634, 634, 634, 634, 592, 635, 592, 500, 1000, 318, 318, 518, 518, 1000,
    838, 838, 636, 590, 318, 838, 838,
)
_BOLD = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734,
    830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812,
    774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
    712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652,
    582, 712, 365, 712, 838, 348, 456, 696, 696, 636, 696, 365, 500, 500, 1000, 564, 646, 838,
    415, 1000, 500, 500, 838, 438, 438, 500, 736, 636, 380, 500, 438, 564, 646, 1035, 1035,
    1035, 580, 774, 774, 774, 774, 774, 774, 1085, 734, 683, 683, 683, 683, 372, 372, 372, 372,
    838, 837, 850, 850, 850, 850, 850, 838, 850, 812, 812, 812, 812, 724, 738, 719, 675, 675,
    675, 675, 675, 675, 1048, 593, 678, 678, 678, 678, 343, 343, 343, 343, 687, 712, 687, 687,
    687, 687, 687, 838, 687, 712, 712, 712, 712, 652, 716, 652, 500, 1000, 380, 380, 657, 657,
    1000, 838, 838, 696, 639, 380, 838, 838,
)
_WIDTHS = {False: dict(zip(_CHARS, _REGULAR)), True: dict(zip(_CHARS, _BOLD))}
_FALLBACK = {False: 640, True: 700}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set in DejaVu Sans (bold or regular) at `size` points."""
    return _units(text, bool(bold)) * size / 1000.0


# Arrows, mathematical, technical and miscellaneous symbols, dingbats (U+2190-U+2BFF) not in
# the table above are drawn from DejaVu Sans or the bundled symbol font: an em at most
# (⚠ 896, ★ 896, ✅ 873 units), except those below, so a label measured here never comes
# out wider when a renderer draws it (and loses its last symbol to an ellipsis).
_SYMBOL = 1000
_WIDE_SYMBOLS = {  # wider than an em (regular or bold, rounded up to 50 units)
    1050: ("\u226a\u226b\u2399\u239a\u260d\u2639\u263a\u263b\u26a2\u27e2\u27e3\u29cf\u29d0\u2a09"
           "\u2b94\u2bb4\u2bb5\u2bb6\u2bb7"),
    1100: "\u2254\u2255\u26a3\u2918\u29b5\u29c2\u29c3\u2a20\u2aa3\u2ad7\u2ad8\u2b3d\u2bb9",
    1150: "\u25ef\u2700\u29c9\u29df\u2b24",
    1200: "\u22f2\u22fa\u2324\u2325\u2327\u2387\u26a4\u27d7\u27f4\u2a4a\u2a4b",
    1250: "\u260e\u2904\u2af7\u2af8",
    1300: "\u222d\u23d4\u23d5\u23d6\u260f\u27bf",
    1350: "\u2230",
    1450: ("\u22d8\u22d9\u2326\u2328\u232b\u27f5\u27f6\u27f7\u27f8\u27f9\u27fa\u27fb\u27fc\u27fd"
           "\u27fe\u27ff\u2aa5"),
    1500: "\u2a76\u2b32\u2b33",
    1650: "\u23b2\u23b3",
    1700: "\u2a0c",
}
_SYMBOL_WIDTHS = {c: w for w, chars in _WIDE_SYMBOLS.items() for c in chars}


def _char_units(c: str, table: dict, fallback: int) -> float:
    w = table.get(c)
    if w is not None:
        return w
    if c >= "\u2e80":
        return 1000  # CJK, emoji: a full em
    if unicodedata.combining(c):
        return 0  # a combining accent sits on the letter before it
    if "\u2190" <= c <= "\u2bff":
        return _SYMBOL_WIDTHS.get(c, _SYMBOL)
    return fallback


@functools.lru_cache(maxsize=1 << 16)
def _units(text: str, bold: bool) -> float:
    table = _WIDTHS[bold]
    fallback = _FALLBACK[bold]
    return sum(_char_units(c, table, fallback) for c in text)


def elide(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` cut with an ellipsis so that it fits in `width` points ("" if nothing fits)."""
    if text_width(text, size, bold) <= width:
        return text
    table = _WIDTHS[bold]
    fallback = _FALLBACK[bold]
    budget = width * 1000.0 / size - table["…"]
    used = 0.0
    for i, c in enumerate(text):
        used += _char_units(c, table, fallback)
        if used > budget:
            cut = text[:i].rstrip()
            return cut + "…" if cut else ""
    return text


def wrap(text: str, width: float, size: float, bold: bool = False,
         max_lines: int | None = None) -> list[str]:
    """Break `text` into lines of at most `width` points at spaces; the last allowed line
    is elided when the text needs more than `max_lines` lines."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = lines[:max_lines - 1] + [rest]
    return [elide(line, width, size, bold) for line in lines]


def wrap_whole(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Break `text` into lines of at most `width` points at spaces, as many lines as it
    takes: nothing is left out or elided. A word wider than `width` is broken between its
    characters (a printed label must carry the whole text)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        while text_width(word, size, bold) > width and len(word) > 1:
            if current:
                lines.append(current)
                current = ""
            cut = 1
            while cut < len(word) and text_width(word[:cut + 1], size, bold) <= width:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines
