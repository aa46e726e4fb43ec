"""Reading an exported PDF the way a reader sees it: every word's box per page, from
poppler's `pdftotext -bbox-layout` (a word box's height is its printed font size)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


@dataclass
class Page:
    number: int
    width: float
    height: float
    words: list[tuple[float, float, float, float, str]]

    @property
    def smallest(self) -> float:
        return min((d - b for _, b, _, d, _ in self.words), default=99.0)

    @property
    def largest(self) -> float:
        return max((d - b for _, b, _, d, _ in self.words), default=0.0)

    @property
    def text(self) -> str:
        return " ".join(w[4] for w in self.words)

    def extent(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the text as fractions of the page."""
        xs0, ys0, xs1, ys1 = zip(*((a, b, c, d) for a, b, c, d, _ in self.words))
        return min(xs0) / self.width, min(ys0) / self.height, max(xs1) / self.width, max(ys1) / self.height


def pages(pdf: Path) -> list[Page]:
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                         errors="replace", check=True).stdout
    result = []
    for n, (w, h, body) in enumerate(_PAGE.findall(out), 1):
        words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in _WORD.findall(body)]
        result.append(Page(n, float(w), float(h), words))
    return result
