"""Fast plain-text table cells for the PDF writer.

Most cells of the big tables (the action list, the KPI table ...) are plain strings.
A platypus Paragraph parses markup and is measured by a general line breaker; for a
2,000-action roadmap that is tens of thousands of paragraphs. `PlainCell` wraps plain
text itself (at spaces; a word wider than the column is broken between letters, as
Paragraph does), draws it with the canvas's text operators in the style's font, size,
leading, colour and alignment, and can split between lines when a tall row has to
break across pages. It looks the same as a Paragraph with that style.
"""

from __future__ import annotations

import re

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import Flowable

from desktop.export.column_widths import pieces
from desktop.export.fonts import draw_runs, needs_fallback
from desktop.export.fonts import word_width as stringWidth

_SPACES = re.compile(r"[ \t\r]+")  # break opportunities (a no-break space is not one)


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` (hard breaks at newlines). A compound
    with hyphens may break after a hyphen (as in Word, `column_widths.pieces`); only a word
    too long for any line even so is broken between letters."""
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for para in text.split("\n"):
        words = [w for w in _SPACES.split(para) if w]
        if not words:
            lines.append("")
            continue
        line, line_w = "", 0.0
        todo = list(reversed(words))
        while todo:
            word = todo.pop()
            w = stringWidth(word, font, size)
            gap = space if line else 0.0
            if line_w + gap + w <= width:
                line, line_w = (f"{line} {word}" if line else word), line_w + gap + w
                continue
            parts = pieces(word)
            head = next((k for k in range(len(parts) - 1, 0, -1)
                         if line_w + gap + stringWidth("".join(parts[:k]), font, size) <= width), 0)
            if head:  # the start of the compound on this line, the rest on the next
                lines.append(f"{line} {''.join(parts[:head])}" if line else "".join(parts[:head]))
                line, line_w = "", 0.0
                todo.append("".join(parts[head:]))
                continue
            if line:
                lines.append(line)
                line, line_w = "", 0.0
                todo.append(word)
                continue
            broken = _break_word(word, font, size, width)  # too long for any line
            lines.extend(broken[:-1])
            line, line_w = broken[-1], stringWidth(broken[-1], font, size)
        lines.append(line)
    return lines


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces, start = [], 0
    while start < len(word):
        end = start + 1
        while end < len(word) and stringWidth(word[start:end + 1], font, size) <= width:
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


class PlainCell(Flowable):
    """Plain text in a ParagraphStyle (font, size, leading, colour, left/right/centre)."""

    def __init__(self, text: str, style, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.lines: list[str] = [] if lines is None else lines  # None: wrapped when laid out
        self._wrapped_at: float | None = None if lines is None else -1.0

    def wrap(self, availWidth, availHeight):  # noqa: N803 - platypus signature
        if self._wrapped_at != availWidth:
            if self._wrapped_at != -1.0:  # a split part keeps its lines
                st = self.style
                self.lines = wrap_text(self.text, st.fontName, st.fontSize, availWidth)
            self._wrapped_at = availWidth
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - platypus API
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 - platypus API
        return self.style.spaceAfter

    def split(self, availWidth, availHeight):  # noqa: N803 - platypus signature
        self.wrap(availWidth, availHeight)
        n = int(availHeight // self.style.leading)
        if n <= 0 or n >= len(self.lines):
            return []
        return [PlainCell("\n".join(self.lines[:n]), self.style, self.lines[:n]),
                PlainCell("\n".join(self.lines[n:]), self.style, self.lines[n:])]

    def draw(self) -> None:
        st = self.style
        canv = self.canv
        y = self.height - st.fontSize
        if any(needs_fallback(line, st.fontName) for line in self.lines):  # runs in several fonts
            canv.setFillColor(st.textColor)
            anchor = "end" if st.alignment == TA_RIGHT else "middle" if st.alignment == TA_CENTER else "start"
            x = self.width if anchor == "end" else self.width / 2 if anchor == "middle" else 0.0
            for line in self.lines:
                if line:
                    draw_runs(canv, x, y, line, st.fontName, st.fontSize, anchor)
                y -= st.leading
            return
        if st.alignment not in (TA_RIGHT, TA_CENTER):  # one text object for all lines
            tx = canv.beginText(0, y)
            tx.setFont(st.fontName, st.fontSize, st.leading)
            tx.setFillColor(st.textColor)
            for line in self.lines:
                tx.textLine(line)
            canv.drawText(tx)
            return
        canv.setFont(st.fontName, st.fontSize)
        canv.setFillColor(st.textColor)
        for line in self.lines:
            if line:
                if st.alignment == TA_RIGHT:
                    canv.drawRightString(self.width, y, line)
                else:
                    canv.drawCentredString(self.width / 2, y, line)
            y -= st.leading
