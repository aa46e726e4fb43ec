"""Paragraphs and tables of the PDF: platypus' Paragraph and LongTable with the report's
fonts (a bold fallback text emboldened, right-to-left lines in display order), and the
markup for a list of text runs."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, unescape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable as _PlatypusTable
from reportlab.platypus import Paragraph as _PlatypusParagraph

from desktop.export.bidi_text import base_is_rtl, display_indexes, has_rtl
from desktop.export.fonts import FONT, BoldAwareText, with_fallback
from desktop.export.report.document import Run


class RLParagraph(_PlatypusParagraph):
    """A platypus Paragraph that remembers its last line breaking. Tables re-measure every
    cell each time they split at a page end; the lines of a paragraph only depend on the
    width, so a repeated wrap at the same width reuses them (a large report is several
    times faster)."""

    _wrapped_at: float | None = None
    _rtl: bool | None = None  # None: no right-to-left text; else the paragraph's base direction
    _logical: list | None = None

    def __init__(self, text, style=None, *args, **kw) -> None:
        if isinstance(text, str):  # None when platypus splits a paragraph into its frags
            font = style.fontName if style is not None else FONT
            if has_rtl(text):  # wrapped in logical order, each line reordered after (see wrap)
                self._rtl = base_is_rtl(unescape(_TAG.sub("", text)))
                if self._rtl and style is not None and style.alignment == TA_LEFT:
                    style = ParagraphStyle(style.name + "_rtl", parent=style, alignment=TA_RIGHT)
                text = with_fallback(text, font, reorder=False)
            else:
                text = with_fallback(text, font)
        super().__init__(text, style, *args, **kw)

    def beginText(self, x, y):  # noqa: N802 - platypus' name: bold fallback text emboldened
        return BoldAwareText(self.canv, x, y)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - platypus signature
        if self._wrapped_at == availWidth and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        if self._rtl is not None:
            self._logical = self.blPara.lines
            self.blPara.lines = [_display_line(line, self._rtl) for line in self._logical]
        return result

    def split(self, availWidth, availHeight):  # noqa: N803 - platypus signature
        if self._rtl is None:
            return super().split(availWidth, availHeight)
        if getattr(self, "blPara", None) is None or self._logical is None:
            self.wrap(availWidth, availHeight)
        shown = self.blPara.lines
        self.blPara.lines = self._logical  # the parts take the logical lines, and reorder them
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            if getattr(self, "blPara", None) is not None:
                self.blPara.lines = shown
        for part in parts:
            if part is not self:
                part._rtl, part._wrapped_at, part._logical = self._rtl, None, None
        return parts


_TAG = re.compile(r"<[^>]*>")


def _display_line(line, rtl: bool):
    """One wrapped line of a paragraph (platypus' kind 0: (space, words); kind 1: a line
    of fragments) with its characters in drawing order (bidi, see bidi_text)."""
    if isinstance(line, tuple):
        text = " ".join(line[1])
        return (line[0], "".join(ch for _, ch in display_indexes(text, rtl)).split(" "))
    frags = line.words
    if any(hasattr(f, "cbDefn") or not hasattr(f, "text") for f in frags):
        return line
    owner = [i for i, f in enumerate(frags) for _ in f.text]
    text = "".join(f.text for f in frags)
    out: list = []
    for index, ch in display_indexes(text, rtl):
        f = owner[index]
        if out and out[-1][0] == f:
            out[-1][1].append(ch)
        else:
            out.append((f, [ch]))
    line.words = [frags[f].clone(text="".join(chars)) for f, chars in out]
    return line


RLTable = _PlatypusTable  # LongTable: splits long tables across pages cheaply


def _markup(runs: list[Run]) -> str:
    out = []
    for r in runs:
        text = escape(r.text).replace("\n", "<br/>")
        if r.italic:
            text = f"<i>{text}</i>"
        if r.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)
