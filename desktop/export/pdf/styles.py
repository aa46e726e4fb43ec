"""The PDF report's paragraph styles and colours (reportlab), and the smaller table styles
of a table set smaller so that its words stay whole."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop.export.column_widths import MIN_TABLE_PT, PDF_CELLS, CellText
from desktop.export.fonts import BOLD, BOLD_ITALIC, FONT, ITALIC

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#595959")
GRID = colors.HexColor("#A6A6A6")
STRIPE = colors.HexColor("#F2F5F9")
GROUP = colors.HexColor("#DCE6F1")

FONTS = {(False, False): FONT, (True, False): BOLD, (False, True): ITALIC, (True, True): BOLD_ITALIC}


def style(name: str, size: float, *, bold=False, italic=False, color=colors.black, leading=None,
           **kw) -> ParagraphStyle:
    font = FONTS[(bool(bold), bool(italic))]
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.35,
                          textColor=color, bulletFontName=FONT, **kw)


def styles() -> dict[str, ParagraphStyle]:
    s = {
        "body": style("body", 9.5, spaceAfter=5),
        "lead": style("lead", 9.5, bold=True, spaceBefore=5, spaceAfter=3, keepWithNext=1),
        "note": style("note", 8.5, italic=True, color=MUTED, spaceAfter=4),
        "empty": style("empty", 9.5, italic=True, color=MUTED, spaceAfter=5),
        "quote": style("quote", 9.5, color=colors.HexColor("#333333"), backColor=STRIPE, leftIndent=6,
                        rightIndent=6, borderPadding=(4, 6, 5, 6), spaceBefore=4, spaceAfter=10),
        "h1": style("h1", 17, bold=True, color=ACCENT, spaceAfter=10, keepWithNext=1, leading=21),
        "h2": style("h2", 13, bold=True, color=ACCENT, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h3": style("h3", 11, bold=True, color=ACCENT, spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "h4": style("h4", 10, bold=True, spaceBefore=7, spaceAfter=3, keepWithNext=1),
        "h5": style("h5", 9.5, bold=True, italic=True, spaceBefore=5, spaceAfter=2, keepWithNext=1),
        # table text may break a compound after its hyphens, as Word does (column_widths.pieces)
        "cell": style("cell", 8.5, leading=11, embeddedHyphenation=1),
        "cell_r": style("cell_r", 8.5, leading=11, alignment=TA_RIGHT, embeddedHyphenation=1),
        "cell_note": style("cell_note", 8, italic=True, color=MUTED, leading=10.5, embeddedHyphenation=1),
        "head": style("head", 8.5, bold=True, color=colors.white, leading=11, embeddedHyphenation=1),
        "head_r": style("head_r", 8.5, bold=True, color=colors.white, leading=11, alignment=TA_RIGHT,
                         embeddedHyphenation=1),
        "title": style("title", 26, bold=True, color=ACCENT, leading=32, spaceAfter=12),
        "subtitle": style("subtitle", 14, color=MUTED, leading=19, spaceAfter=30),
        "title_line": style("title_line", 11, leading=16),
        "caption": style("caption", 8.5, italic=True, color=MUTED, spaceBefore=3, spaceAfter=8),
    }
    s["toc"] = [style("toc0", 10.5, bold=True, spaceBefore=5, leading=14),
                style("toc1", 9.5, leftIndent=14, leading=13),
                style("toc2", 9, leftIndent=28, leading=12, color=MUTED)]
    return s


def sized_styles(st: dict, cells: CellText) -> dict:
    """The styles `st` with its table styles at the sizes `cells` gives (`st` itself when
    they are the report's own): a table set smaller so that its words stay whole
    (column_widths.fitted_cells); no text under MIN_TABLE_PT."""
    if cells == PDF_CELLS:
        return st
    d = PDF_CELLS.cell_size - cells.cell_size
    out = dict(st)
    for name in ("cell", "cell_r", "cell_note", "head", "head_r"):
        base = st[name]
        size = max(base.fontSize - d, MIN_TABLE_PT)
        out[name] = ParagraphStyle(f"{name}_{cells.cell_size}", parent=base, fontSize=size,
                                   leading=base.leading * size / base.fontSize)
    return out
