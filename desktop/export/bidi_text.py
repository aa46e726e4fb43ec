"""Right-to-left text (Arabic, Hebrew) for writers that draw characters as given (Qt-free).

reportlab draws a string's characters left to right as they are stored, so Arabic came
out reversed and unjoined. `visual_order` gives the string as it must be drawn: letters in
their joined forms (arabic-reshaper: Arabic Presentation Forms, which DejaVu Sans has) and
in display order (python-bidi: the Unicode bidi algorithm, in a left-to-right document).
Both are small, maintained libraries; reportlab's own route needs rlbidi (fribidi) next to
uharfbuzz, which this platform's package index does not carry.

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
