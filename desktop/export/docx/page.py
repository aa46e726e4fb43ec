"""The Word report's page: A4 size and margins (shared by the writer and the figures)."""

from __future__ import annotations

from docx.shared import Cm

PAGE_W, PAGE_H = Cm(21.0), Cm(29.7)
MARGIN_LR, MARGIN_TOP, MARGIN_BOTTOM = Cm(2.2), Cm(2.5), Cm(2.2)
