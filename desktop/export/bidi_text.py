"""Right-to-left text (Arabic, Hebrew) for writers that draw characters as given (Qt-free).

reportlab draws a string's characters left to right as they are stored, so Arabic came
out reversed and unjoined. `visual_order` gives the string as it must be drawn: letters in
their joined forms (arabic-reshaper: Arabic Presentation Forms, which DejaVu Sans has) and
in display order (python-bidi: the Unicode bidi algorithm, in a left-to-right document).
Both are small, maintained libraries; reportlab's own route needs rlbidi (fribidi) next to
uharfbuzz, which this platform's package index does not carry.

A wrapped paragraph cannot be reordered as a whole: its lines would come out in reverse
order. `shaped` gives the joined letters in logical order, for a line breaker to wrap;
`display_indexes` then gives each line's characters in drawing order, with the paragraph's
own base direction (`base_is_rtl`: an all-Arabic paragraph reads from the right).

Renderers with their own bidi (Qt, SVG viewers) get `ltr_line`: the line marked
left-to-right, so a status marker at its start ("! ") stays at the left like on every
other bar instead of jumping to the right end of an Arabic title.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
LRM = "\u200e"


def has_rtl(text: str) -> bool:
    return not text.isascii() and _RTL.search(text) is not None


@lru_cache(maxsize=16384)
def _visual(text: str) -> str:
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text), base_dir="L")


def visual_order(text: str) -> str:
    """`text` in the order and letter forms to draw it left to right (unchanged when it
    holds no right-to-left characters)."""
    return _visual(text) if has_rtl(text) else text


def ltr_line(text: str) -> str:
    """`text` for a renderer that orders bidi text itself, set in a left-to-right line."""
    return LRM + text if has_rtl(text) else text


def base_is_rtl(text: str) -> bool:
    """Whether a paragraph of `text` reads right to left (its first strong letter does)."""
    if not has_rtl(text):
        return False
    from bidi import get_base_level

    return get_base_level(text) == 1


def shaped(text: str) -> str:
    """`text` with Arabic letters in their joined forms, still in logical order."""
    if not has_rtl(text):
        return text
    import arabic_reshaper

    return arabic_reshaper.reshape(text)


def display_indexes(line: str, rtl: bool) -> list[tuple[int, str]]:
    """The characters of one laid-out line of a paragraph in the order to draw them left
    to right: (index in `line`, character, mirrored where a right-to-left run wants it:
    an opening bracket in Arabic draws as the closing one). `rtl`: the paragraph's base
    direction (see `base_is_rtl`)."""
    from bidi import algorithm as uax9

    storage = uax9.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uax9.get_embedding_levels(line, storage, False, False)
    for i, ch in enumerate(storage["chars"]):
        ch["index"] = i
    for step in (uax9.explicit_embed_and_overrides, uax9.resolve_weak_types, uax9.resolve_neutral_types,
                 uax9.resolve_implicit_levels, uax9.reorder_resolved_levels, uax9.apply_mirroring):
        step(storage, False)
    return [(ch["index"], ch["ch"]) for ch in storage["chars"]]
