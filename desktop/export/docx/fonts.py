"""Explicit fonts for the Word report, so every reader sees the intended sans (Qt-free).

python-docx's template leaves the fonts to its theme (Cambria body, Calibri headings), so
LibreOffice, which has neither, set the body in a serif substitute. Here every style and
the document defaults name DejaVu Sans for Latin, complex-script (Arabic, Hebrew) and
East-Asian text, the theme's fonts are the same, and the font table describes DejaVu
Sans (a swiss, variable-pitch face with its PANOSE number) with Verdana as the alternate:
LibreOffice and most Linux systems have DejaVu Sans itself, and Word on a system without
it picks the nearest sans from that description instead of a serif. Characters DejaVu
lacks (emoji, CJK) are found by Word's and LibreOffice's own font fallback.
"""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FAMILY = "DejaVu Sans"
ALTERNATE = "Verdana"
PANOSE = "020B0603030804020204"  # DejaVu Sans
_SLOTS = ("ascii", "hAnsi", "cs", "eastAsia")
_THEMES = ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme")

_FONT_ENTRY = (f'<w:font w:name="{FAMILY}"><w:altName w:val="{ALTERNATE}"/>'
               f'<w:panose1 w:val="{PANOSE}"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
               '<w:pitch w:val="variable"/></w:font>')


def _explicit(r_fonts) -> None:
    for attr in _THEMES:
        r_fonts.attrib.pop(qn(f"w:{attr}"), None)
    for slot in _SLOTS:
        r_fonts.set(qn(f"w:{slot}"), FAMILY)


def set_fonts(doc) -> None:
    """Name DejaVu Sans in the defaults, in every style and in the theme and font table."""
    styles = doc.styles.element
    r_pr = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0]
    r_fonts = r_pr.find(qn("w:rFonts"))
    if r_fonts is None:
        r_fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, r_fonts)
    _explicit(r_fonts)
    for style in styles.findall(qn("w:style")):
        for found in style.iter(qn("w:rFonts")):
            if any(found.get(qn(f"w:{a}")) for a in _THEMES) or found.get(qn("w:ascii")) not in (None, "Courier"):
                _explicit(found)
    for part in doc.part.package.iter_parts():
        name = str(part.partname)
        if name.endswith("/theme1.xml"):
            xml = part.blob.decode("utf-8")
            xml = re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*(")', rf"\g<1>{FAMILY}\g<2>", xml)
            part._blob = xml.encode("utf-8")
        elif name.endswith("/fontTable.xml"):
            xml = part.blob.decode("utf-8")
            if f'w:name="{FAMILY}"' not in xml:
                xml = re.sub(r"(<w:fonts\b[^>]*>)", rf"\g<1>{_FONT_ENTRY}", xml, count=1)
            part._blob = xml.encode("utf-8")
