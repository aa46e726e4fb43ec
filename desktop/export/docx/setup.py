"""Setting up the Word document: page size and margins, styles and their fonts, the running
header and the page-number footer, the document language, and fields (page numbers, the
table of contents) that Word updates on opening."""

from __future__ import annotations

import datetime as dt

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from desktop.export.docx.fonts import set_fonts
from desktop.export.docx.page import MARGIN_BOTTOM, MARGIN_LR, MARGIN_TOP, PAGE_H, PAGE_W
from desktop.export.report.document import Report
from desktop.export.resources import report_labels

#: The Word heading styles: font size and the space before it, in points, by level (the
#: figures measure the headings they carry onto a landscape page with these).
HEADING_SIZES = {1: (17, 18), 2: (13.5, 12), 3: (11.5, 12), 4: (11, 8), 5: (10.5, 8)}
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x59, 0x59, 0x59)


LANG_TAGS = {"nl": "nl-BE", "en": "en-GB"}
# settings.xml children that must come after w:updateFields (schema order)
_AFTER_UPDATE_FIELDS = {"hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
                        "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping"}


# -- document setup ------------------------------------------------------------------------
def _setup(doc, report: Report) -> None:
    sec = doc.sections[0]
    sec.page_width, sec.page_height = PAGE_W, PAGE_H
    sec.left_margin = sec.right_margin = MARGIN_LR
    sec.top_margin, sec.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    sec.header_distance = sec.footer_distance = Cm(1.1)
    sec.different_first_page_header_footer = True  # a clean title page

    lang = _set_language(doc, report)
    _update_fields_on_open(doc)
    set_fonts(doc)  # DejaVu Sans named everywhere, not left to the template's theme
    _set_styles(doc)
    _set_properties(doc, report, lang)
    _header_and_footer(sec, report)


def _set_language(doc, report: Report) -> str:
    """The document's language (the default run properties and the theme's); its tag."""
    lang = LANG_TAGS.get(report.language, report.language)
    r_pr = doc.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0]
    lang_el = r_pr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        r_pr.append(lang_el)
    lang_el.set(qn("w:val"), lang)
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), lang)
    return lang


def _set_styles(doc) -> None:
    """Normal, the headings, the report's own paragraph styles and the TOC levels."""
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for level, (size, before) in HEADING_SIZES.items():
        st = styles[f"Heading {level}"]
        st.font.size = Pt(size)
        st.font.color.rgb = ACCENT
        st.paragraph_format.space_before = Pt(before)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.keep_with_next = True
    for name, size, bold, italic, color in (
            ("Report Lead", 10.5, True, False, None), ("Report Note", 9, False, True, MUTED),
            ("Report Empty", 10.5, False, True, MUTED), ("Table Text", 9, False, False, None),
            ("Table Header", 9, True, False, RGBColor(0xFF, 0xFF, 0xFF))):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.size, st.font.bold, st.font.italic = Pt(size), bold, italic
        if color is not None:
            st.font.color.rgb = color
        if name.startswith("Table"):
            st.paragraph_format.space_after = Pt(1)
            st.paragraph_format.line_spacing = 1.0
    styles["Report Lead"].paragraph_format.keep_with_next = True
    styles["Report Lead"].paragraph_format.space_before = Pt(6)
    for level in (1, 2, 3):
        st = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        st.paragraph_format.space_after = Pt(2 if level > 1 else 4)
        st.font.bold = level == 1


def _set_properties(doc, report: Report, lang: str) -> None:
    """The core properties: title, author, subject, keywords, language, dates."""
    cp = doc.core_properties
    cp.title = report.title
    cp.author = report.author or "Routekaart"
    cp.subject = report.subject
    cp.keywords = report.keywords
    cp.language = lang
    cp.comments = report_labels(report.language)["report.generated"]
    cp.last_modified_by = "Routekaart"
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    cp.created = cp.modified = now
    cp.revision = 1


def _header_and_footer(sec, report: Report) -> None:
    """The report title in the header, "page n of total" in the footer."""
    labels = report_labels(report.language)
    header = sec.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run(report.title)
    run.font.size, run.font.color.rgb = Pt(8.5), MUTED
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, rest = labels["report.page_of"].partition("{n}")
    middle, _, after = rest.partition("{total}")
    for text, field in ((before, None), (None, "PAGE"), (middle, None), (None, "NUMPAGES"), (after, None)):
        if field:
            _simple_field(footer, field)
        elif text:
            r = footer.add_run(text)
            r.font.size = Pt(8.5)


def _update_fields_on_open(doc) -> None:
    """Ask Word to refresh fields (the TOC's page numbers) when the document is opened."""
    settings = doc.settings.element
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    for child in settings:
        if child.tag.rpartition("}")[2] in _AFTER_UPDATE_FIELDS:
            child.addprevious(el)
            return
    settings.append(el)


def _simple_field(paragraph, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instr} ")
    r = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "17")
    r_pr.append(sz)
    r.append(r_pr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _fld_char(run, kind: str) -> None:
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    run._r.append(el)
