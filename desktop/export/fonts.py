"""The report font, DejaVu Sans, registered with reportlab from resources/fonts, and its
fallback fonts for characters DejaVu lacks (emoji and symbols, Chinese/Japanese/Korean).

reportlab draws a string in one font, so text is set in runs: `font_runs` cuts a string
into pieces that each font has glyphs for (`word_width` measures them that way,
`draw_runs` draws them, `with_fallback` marks them up for a platypus Paragraph). The
fallback fonts are cut-down copies of Symbola and Droid Sans Fallback
(scripts/make_fallback_fonts.py); their characters stay real text in the PDF.

Neither fallback font has a bold face, so bold text in them is emboldened the way word
processors do it: the glyphs are filled and stroked with a thin outline of the text
colour (PDF text render mode 2, `SYNTH_BOLD_WIDTH` of the size). In paragraphs the bold
style of a fallback font is registered under its own name (`SYNTHETIC_BOLD`), and
`BoldAwareText` strokes what is set in it; `draw_runs` does the same for figures and cells.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject

from desktop.export.bidi_text import has_rtl, shaped, visual_order
from desktop.export.errors import ExportError
from desktop.export.resources import fonts_dir

FONT = "DejaVuSans"
BOLD, ITALIC, BOLD_ITALIC = f"{FONT}-Bold", f"{FONT}-Oblique", f"{FONT}-BoldOblique"
_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
SYMBOLS, CJK = "RoutekaartSymbols", "RoutekaartCJK"
FALLBACK_FILES = {SYMBOLS: "RoutekaartSymbols.ttf", CJK: "RoutekaartCJK.ttf"}
#: The bold style of each fallback font: the same glyphs, drawn emboldened.
SYNTHETIC_BOLD = {SYMBOLS: f"{SYMBOLS}-Bold", CJK: f"{CJK}-Bold"}
SYNTH_BOLD_WIDTH = 0.04  # outline width as a share of the font size (about DejaVu Bold's extra stem)
#: Family names of the fallback fonts, for Qt and SVG.
FALLBACK_FAMILIES = ("Routekaart Symbols", "Routekaart CJK")
_cover: dict[str, frozenset[int]] = {}
_registered = False  # register_fonts has run (it is called for every measured word)
_TAGS = re.compile(r"(<[^>]*>)")


def _to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode map of a font subset, with characters beyond U+FFFF (emoji)
    written as UTF-16 surrogate pairs as the PDF format wants: reportlab writes their code
    point as is, so pdftotext and copy-paste read 🤖 (U+1F916) as U+1F91."""
    def utf16(v: int) -> str:
        return "".join(f"{b:02X}" for b in chr(v).encode("utf-16-be", "surrogatepass")) if v > 0xFFFF \
            else f"{v:04X}"
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
             f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
             f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
             f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar"]
    lines += [f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def register_fonts() -> None:
    """Register the four DejaVu Sans variants and their family, once per process."""
    global _registered
    if _registered:
        return
    if FONT in pdfmetrics.getRegisteredFontNames():
        _registered = True
        return
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # emoji in the text layer (see above)
    folder = fonts_dir()
    try:
        fonts = [TTFont(name, str(folder / file)) for name, file in _FILES.items()]
        fallbacks = [TTFont(name, str(folder / file)) for name, file in FALLBACK_FILES.items()]
    except Exception as exc:  # a missing or damaged font file in the installation
        raise ExportError(f"The report fonts could not be loaded from {folder}: {exc}") from exc
    for font in fonts + fallbacks:
        _cover[font.fontName] = frozenset(font.face.charToGlyph)
    for font in fallbacks:  # upright in every style; bold is emboldened (see BoldAwareText)
        name, bold = font.fontName, SYNTHETIC_BOLD[font.fontName]
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFont(TTFont(bold, str(folder / FALLBACK_FILES[name])))
        _cover[bold] = _cover[name]
        pdfmetrics.registerFontFamily(name, normal=name, bold=bold, italic=name, boldItalic=bold)
    for font in fonts:  # the report font last: its name says "registered"
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    _registered = True


_FONT_NAMES = {(False, False): FONT, (True, False): BOLD, (False, True): ITALIC, (True, True): BOLD_ITALIC}


def font_name(bold: bool = False, italic: bool = False) -> str:
    return _FONT_NAMES[(bool(bold), bool(italic))]


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    if not _registered:
        register_fonts()
    return word_width(text, _FONT_NAMES[(bool(bold), bool(italic))], size)


@lru_cache(maxsize=65536)
def word_width(text: str, font: str, size: float) -> float:
    """pdfmetrics.stringWidth, remembered: the words of a report repeat a lot (names,
    dates, statuses), and measuring them is much of the cost of laying out big tables.
    Characters the font lacks are measured in the fallback font that draws them."""
    if text.isascii():
        return pdfmetrics.stringWidth(text, font, size)
    return sum(pdfmetrics.stringWidth(run, f, size) for run, f in font_runs(text, font))


def _font_for(ch: str, font: str) -> str:
    code = ord(ch)
    if code < 0x250 or code in _cover.get(font, ()) or ch in "\n\t":
        return font
    for name in (FONT, SYMBOLS, CJK):  # a bold or oblique face lacks some of what the regular has
        if code in _cover.get(name, ()):
            return name
    return font


@lru_cache(maxsize=65536)
def font_runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """`text` cut into (piece, font name) runs: the characters `font` has in `font`, the
    others in the fallback font that has them (or in `font` when none has)."""
    register_fonts()
    if text.isascii():
        return ((text, font),) if text else ()
    runs: list[list[str]] = []
    for ch in text:
        name = _font_for(ch, font)
        if runs and runs[-1][1] == name:
            runs[-1][0] += ch
        else:
            runs.append([ch, name])
    return tuple((t, f) for t, f in runs)


def needs_fallback(text: str, font: str = FONT) -> bool:
    return not text.isascii() and any(f != font for _, f in font_runs(text, font))


def with_fallback(markup: str, font: str = FONT, reorder: bool = True) -> str:
    """Paragraph markup with every run of characters `font` lacks wrapped in a <font> tag
    of the fallback font that has them (tags and entities are ASCII, so stay as they are).
    Right-to-left runs come in display order, or with `reorder=False` only joined (for a
    paragraph that reorders each line after wrapping, see pdf_writer.RLParagraph)."""
    if markup.isascii():
        return markup
    if has_rtl(markup):  # right-to-left runs in display order; the tags stay as they are
        form = visual_order if reorder else shaped
        markup = "".join(part if part.startswith("<") else form(part) for part in _TAGS.split(markup))
    # a <font face> tag resets bold in platypus, so bold text names the fallback's bold style
    depth = 1 if font in (BOLD, BOLD_ITALIC) else 0
    out = []
    for part in _TAGS.split(markup):
        if part.startswith("<"):
            tag = part.strip("<>/ ").split()[0].lower() if part.strip("<>/ ") else ""
            if tag in ("b", "strong"):
                depth += -1 if part.startswith("</") else 1
            out.append(part)
            continue
        base = BOLD if depth > 0 and font == FONT else font  # what <b> sets the text in
        for t, f in font_runs(part, base):
            if f == base:
                out.append(t)
            else:
                face = SYNTHETIC_BOLD.get(f, f) if depth > 0 else f
                out.append(f'<font face="{face}">{t}</font>')
    return "".join(out)


def draw_runs(canv, x: float, y: float, text: str, font: str, size: float, anchor: str = "start") -> None:
    """Draw `text` on a reportlab canvas in runs of the font and its fallbacks; `anchor`
    start | middle | end says whether x is the left edge, the centre or the right edge."""
    text = visual_order(text)
    runs = font_runs(text, font)
    if not runs or (len(runs) == 1 and runs[0][1] == font):  # a text all in a fallback font takes the loop
        canv.setFont(font, size)
        if anchor == "middle":
            canv.drawCentredString(x, y, text)
        elif anchor == "end":
            canv.drawRightString(x, y, text)
        else:
            canv.drawString(x, y, text)
        return
    total = sum(pdfmetrics.stringWidth(t, f, size) for t, f in runs)
    x -= total / 2 if anchor == "middle" else total if anchor == "end" else 0.0
    bold = font in (BOLD, BOLD_ITALIC)
    for t, f in runs:
        if bold and f in SYNTHETIC_BOLD:
            _draw_emboldened(canv, x, y, t, f, size)
        else:
            canv.setFont(f, size)
            canv.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, f, size)
    canv.setFont(font, size)


def _draw_emboldened(canv, x: float, y: float, text: str, font: str, size: float) -> None:
    canv.saveState()
    canv.setStrokeColor(canv._fillColorObj)
    canv.setLineWidth(size * SYNTH_BOLD_WIDTH)
    canv.setLineJoin(1)
    t = canv.beginText(x, y)
    t.setFont(font, size)
    t.setTextRenderMode(2)  # fill, then stroke the outline
    t.textOut(text)
    canv.drawText(t)
    canv.restoreState()


class BoldAwareText(PDFTextObject):
    """A text object that emboldens what is set in a `SYNTHETIC_BOLD` font (fill and
    stroke in the fill colour) and sets everything else as usual. For platypus paragraphs:
    they set fonts and colours through `_setFont` and `setFillColor`."""

    _embolden = False

    def _setFont(self, psfontname, size):  # noqa: N803 - reportlab's name
        super()._setFont(psfontname, size)
        embolden = psfontname in _BOLD_NAMES
        if embolden != self._embolden or embolden:
            self._embolden = embolden
            if embolden:
                fill = getattr(self, "_fillColorObj", None) or self._canvas._fillColorObj
                self._code.append(f"{fp_str(size * SYNTH_BOLD_WIDTH)} w 1 j")
                PDFTextObject.setStrokeColor(self, fill)
            self.setTextRenderMode(2 if embolden else 0)

    def setFillColor(self, aColor, alpha=None):  # noqa: N802, N803 - reportlab's names
        super().setFillColor(aColor, alpha)
        if self._embolden:
            PDFTextObject.setStrokeColor(self, aColor)


_BOLD_NAMES = frozenset(SYNTHETIC_BOLD.values())
