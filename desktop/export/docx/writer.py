"""Write a Report as a Word document (.docx) with python-docx.

A4 with real Heading 1-3 styles (navigation pane, TOC), a TOC field that Word fills in
when the document is opened, tables with repeated header rows and fixed column widths,
page numbers and a running title, and the core document properties.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor

from desktop.export.atomic import write_atomically
from desktop.export.column_widths import DOCX_CELLS, fitted_widths
from desktop.export.docx.figures import add_figure
from desktop.export.docx.fonts import set_fonts
from desktop.export.docx.page import MARGIN_BOTTOM, MARGIN_LR, MARGIN_TOP, PAGE_H, PAGE_W
from desktop.export.gcpause import gc_paused
from desktop.export.report.document import (
    BulletList,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Report,
    Run,
    Table,
    TableOfContents,
    TitlePage,
    table_as_paragraphs,
    xml_safe,
)
from desktop.export.resources import report_labels

TEXT_W = Emu(PAGE_W - 2 * MARGIN_LR)
TEXT_H_PT = Emu(PAGE_H - MARGIN_TOP - MARGIN_BOTTOM).pt
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL = "1F4E79"
GROUP_FILL = "DCE6F1"
LANG_TAGS = {"nl": "nl-BE", "en": "en-GB"}
# settings.xml children that must come after w:updateFields (schema order)
_AFTER_UPDATE_FIELDS = {"hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
                        "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping"}


def write_docx(report: Report, path: str | os.PathLike) -> Path:
    """Write `report` to `path` (temp file + rename; raises ExportError on failure)."""
    def produce(tmp: Path) -> None:
        with gc_paused():
            render_docx(report).save(str(tmp))

    return write_atomically(path, produce)


def render_docx(report: Report):
    """The python-docx Document of a report (not yet saved)."""
    report = xml_safe(report)
    doc = Document()
    _setup(doc, report)
    w = _Writer(doc, report)
    for block in report.blocks:
        w.block(block)
    return doc


def _row_height(values, widths: list[float]) -> float:
    """A rough height of a table row in points (9 pt text, about 5 pt a character)."""
    def text_of(v) -> str:
        if isinstance(v, str):
            return v
        out = []
        for b in v or []:
            if hasattr(b, "runs"):
                out.append("".join(r.text for r in b.runs))
            elif hasattr(b, "items"):
                out.extend("".join(r.text for r in i.runs) for i in b.items)
            else:
                out.append(str(getattr(b, "text", "")))
        return "\n".join(out)
    tallest = 0.0
    for v, w in zip(values, widths):
        per_line = max(int((w - 8) / 5.0), 1)
        lines = sum(max(1, -(-len(part) // per_line)) for part in text_of(v).split("\n"))
        tallest = max(tallest, lines * 11.0 + 6)
    return tallest


# -- document setup ------------------------------------------------------------------------
def _setup(doc, report: Report) -> None:
    sec = doc.sections[0]
    sec.page_width, sec.page_height = PAGE_W, PAGE_H
    sec.left_margin = sec.right_margin = MARGIN_LR
    sec.top_margin, sec.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    sec.header_distance = sec.footer_distance = Cm(1.1)
    sec.different_first_page_header_footer = True  # a clean title page

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
    _update_fields_on_open(doc)
    set_fonts(doc)  # DejaVu Sans named everywhere, not left to the template's theme

    styles = doc.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for level, size in ((1, 17), (2, 13.5), (3, 11.5), (4, 11), (5, 10.5)):
        st = styles[f"Heading {level}"]
        st.font.size = Pt(size)
        st.font.color.rgb = ACCENT
        st.paragraph_format.space_before = Pt(18 if level == 1 else 12 if level <= 3 else 8)
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


# -- runs and styles written as XML (python-docx's object layer costs ~20 s for the tables
# of 2,000 actions; the elements are the same ones it writes) ---------------------------------
_PPR, _PSTYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_R, _RPR, _B, _I, _T, _BR = qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:i"), qn("w:t"), qn("w:br")
_SPACE = qn("xml:space")


def SubElement(parent, tag: str):  # noqa: N802 - as lxml.etree.SubElement, without importing lxml
    el = parent.makeelement(tag, {})
    parent.append(el)
    return el


def _add_run(para, text: str, bold: bool = False, italic: bool = False, *, br: bool = False):
    """Append a run with `text` to paragraph `para` as python-docx's `add_run(text)` with
    bold/italic set and `add_break()` writes it; text with tabs or returns goes through
    python-docx itself."""
    if "\t" in text or "\r" in text or "\n" in text:
        run = para.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if br:
            run.add_break()
        return
    r = SubElement(para._p, _R)
    if bold or italic:
        rpr = SubElement(r, _RPR)
        if bold:
            SubElement(rpr, _B)
        if italic:
            SubElement(rpr, _I)
    if text:
        t = SubElement(r, _T)
        t.text = text
        if len(text.strip()) < len(text):
            t.set(_SPACE, "preserve")
    if br:
        SubElement(r, _BR)


# -- blocks --------------------------------------------------------------------------------
class _Writer:
    def __init__(self, doc, report: Report) -> None:
        self.doc = doc
        self.report = report
        self._style_ids: dict[str, str] = {}
        self._fresh_page = False  # True right after a section break (a new page)

    def set_style(self, para, name: str | None) -> None:
        """Set a paragraph style by name (python-docx's own lookup is slow for big reports)."""
        if name is None:
            return
        sid = self._style_ids.get(name)
        if sid is None:
            sid = self._style_ids[name] = self.doc.styles[name].style_id
        p = para._p
        if len(p) == 0:  # a new, empty paragraph: write <w:pPr><w:pStyle/></w:pPr> directly
            SubElement(SubElement(p, _PPR), _PSTYLE).set(_VAL, sid)
        else:
            p.style = sid

    def para(self, container, style: str | None, text: str = ""):
        p = container.add_paragraph()
        self.set_style(p, style)
        if text:
            _add_run(p, text)
        return p

    def block(self, b) -> None:
        doc = self.doc
        fresh, self._fresh_page = self._fresh_page, False
        if isinstance(b, Heading):
            self.para(doc, f"Heading {min(b.level, 9)}", b.display)
        elif isinstance(b, Paragraph):
            self.paragraph(doc, b)
        elif isinstance(b, BulletList):
            self.bullets(doc, b)
        elif isinstance(b, Table):
            self.table(b)
        elif isinstance(b, Figure):
            placed = add_figure(self, b)
            self._fresh_page = placed == "page" or (fresh and not placed)
        elif isinstance(b, PageBreak):
            if not fresh:  # after a landscape figure a new section has started the page
                doc.add_page_break()
        elif isinstance(b, TableOfContents):
            self.toc(b)
        elif isinstance(b, TitlePage):
            self.title_page(b)
        else:  # pragma: no cover - every block kind is handled above
            raise TypeError(f"unknown block {b!r}")

    def paragraph(self, container, p: Paragraph, *, in_table: bool = False, align=None):
        style = {"lead": "Report Lead", "note": "Report Note", "empty": "Report Empty",
                 "quote": "Quote"}.get(p.style)
        if in_table:
            style = "Report Note" if p.style == "note" else "Table Text"
        para = self.para(container, style)
        if align is not None:
            para.alignment = align
        self.runs(para, p.runs)
        return para

    @staticmethod
    def runs(para, runs: list[Run]) -> None:
        for r in runs:
            parts = r.text.split("\n")
            last = len(parts) - 1
            for i, part in enumerate(parts):
                _add_run(para, part, r.bold, r.italic, br=i < last)

    def bullets(self, container, lst: BulletList, *, in_table: bool = False) -> None:
        base = "List Number" if lst.ordered else "List Bullet"
        num_id = self._restart_numbering() if lst.ordered else None
        for k, item in enumerate(lst.items):
            style = base if item.level == 0 else f"{base} {min(item.level + 1, 3)}"
            para = self.para(container, style)
            if k + 1 < len(lst.items) and lst.items[k + 1].level > item.level:
                para.paragraph_format.keep_with_next = True
            if in_table:
                para.paragraph_format.space_after = Pt(1)
            if num_id is not None and item.level == 0:
                num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id
            self.runs(para, item.runs)
            if in_table:
                for run in para.runs:
                    run.font.size = Pt(9)

    def _restart_numbering(self) -> int:
        """A new numbering instance of the "List Number" style that starts again at 1."""
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles["List Number"].element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId

    def table(self, t: Table) -> None:
        doc = self.doc
        ncols = len(t.header)
        table = doc.add_table(rows=1 + len(t.rows), cols=ncols)
        table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        col_pts = fitted_widths(t, TEXT_W.pt, DOCX_CELLS)
        widths = [Emu(int(Pt(w))) for w in col_pts]
        for i, col in enumerate(table.columns):
            col.width = widths[i]
        rows = list(table.rows)  # indexing table.rows builds every row each time (quadratic)
        header = rows[0]
        tr_pr = header._tr.get_or_add_trPr()
        tbl_header = OxmlElement("w:tblHeader")
        tbl_header.set(qn("w:val"), "true")
        tr_pr.append(tbl_header)
        for i, c in enumerate(header.cells):
            c.width = widths[i]
            _shade(c, HEADER_FILL)
            para = c.paragraphs[0]
            self.set_style(para, "Table Header")
            para.add_run(t.header[i])
            if i in t.numeric:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        groups = set(t.group_rows)
        for k, row in enumerate(rows):  # a row is not cut at a page foot (unless taller than half a page)
            if k == 0 or _row_height(t.rows[k - 1], col_pts) < TEXT_H_PT * 0.5:
                row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))
        for r, values in enumerate(t.rows, start=1):
            cells = rows[r].cells
            for i, c in enumerate(cells):
                c.width = widths[i]
            if r - 1 in groups:
                merged = cells[0].merge(cells[-1])
                _shade(merged, GROUP_FILL)
                para = merged.paragraphs[0]
                self.set_style(para, "Table Text")
                para.paragraph_format.keep_with_next = True
                para.add_run(str(values[0])).bold = True
                continue
            for i, c in enumerate(cells):
                self.cell(c, values[i], WD_ALIGN_PARAGRAPH.RIGHT if i in t.numeric else None)
        self.para(doc, "Table Text")  # breathing room after the table

    def cell(self, c, value, align) -> None:
        first = c.paragraphs[0]
        if isinstance(value, str):
            self.set_style(first, "Table Text")
            if align is not None:
                first.alignment = align
            self.runs(first, [Run(value)])
            return
        for b in value:
            if isinstance(b, Paragraph):
                self.paragraph(c, b, in_table=True, align=align)
            elif isinstance(b, BulletList):
                self.bullets(c, b, in_table=True)
            elif isinstance(b, Heading):
                self.paragraph(c, Paragraph([Run(b.text, bold=True)]), in_table=True)
            elif isinstance(b, Table):
                for p in table_as_paragraphs(b):
                    self.paragraph(c, p, in_table=True)
        if len(c.paragraphs) > 1 and not first.text:
            first._p.getparent().remove(first._p)
        elif not value:
            self.set_style(first, "Table Text")

    def toc(self, toc: TableOfContents) -> None:
        doc = self.doc
        self.para(doc, "TOC Heading", toc.title)
        note = self.para(doc, "Report Note")
        run = note.add_run()
        _fld_char(run, "begin")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = ' TOC \\o "1-3" \\h \\z \\u '
        run._r.append(instr)
        _fld_char(note.add_run(), "separate")
        note.add_run(toc.note)
        last = note
        # Until Word updates the field, show the headings (without page numbers).
        for h in self.report.headings(3):
            last = self.para(doc, f"toc {h.level}", h.display)
        _fld_char(last.add_run(), "end")

    def title_page(self, tp: TitlePage) -> None:
        doc = self.doc
        for _ in range(6):
            doc.add_paragraph()
        title = self.para(doc, "Title", tp.title)
        title.runs[0].font.color.rgb = ACCENT
        if tp.subtitle:
            self.para(doc, "Subtitle", tp.subtitle)
        for _ in range(3):
            doc.add_paragraph()
        for label, value in tp.lines:
            p = doc.add_paragraph()
            p.add_run(f"{label}: ").bold = True
            p.add_run(value)
        p = self.para(doc, "Report Note")
        p.add_run(report_labels(self.report.language)["report.generated"])


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)
