"""The report font, DejaVu Sans, registered with reportlab from resources/fonts."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.export.errors import ExportError
from desktop.export.resources import fonts_dir

FONT = "DejaVuSans"
BOLD, ITALIC, BOLD_ITALIC = f"{FONT}-Bold", f"{FONT}-Oblique", f"{FONT}-BoldOblique"
_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}


def register_fonts() -> None:
    """Register the four DejaVu Sans variants and their family, once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = fonts_dir()
    try:
        fonts = [TTFont(name, str(folder / file)) for name, file in _FILES.items()]
    except Exception as exc:  # a missing or damaged font file in the installation
        raise ExportError(f"The report fonts could not be loaded from {folder}: {exc}") from exc
    for font in fonts:
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


def font_name(bold: bool = False, italic: bool = False) -> str:
    return {(False, False): FONT, (True, False): BOLD, (False, True): ITALIC,
            (True, True): BOLD_ITALIC}[(bold, italic)]


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    register_fonts()
    return word_width(text, font_name(bold, italic), size)


@lru_cache(maxsize=65536)
def word_width(text: str, font: str, size: float) -> float:
    """pdfmetrics.stringWidth, remembered: the words of a report repeat a lot (names,
    dates, statuses), and measuring them is much of the cost of laying out big tables."""
    return pdfmetrics.stringWidth(text, font, size)
