"""Write a Report as a Word document (.docx) with python-docx.

A4 with real Heading 1-3 styles (navigation pane, TOC), a TOC field that Word fills in
when the document is opened, tables with repeated header rows and fixed column widths,
page numbers and a running title, and the core document properties.
"""

from __future__ import annotations

import os
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop.export.atomic import write_atomically
from desktop.export.column_widths import DOCX_CELLS, TIGHT_MARGIN_TWIPS, fitted_cells, fitted_widths
from desktop.export.docx.figures import add_figure
from desktop.export.docx.page import MARGIN_BOTTOM, MARGIN_LR, MARGIN_TOP, PAGE_H, PAGE_W
from desktop.export.docx.setup import ACCENT, _fld_char, _setup
from desktop.export.docx.xml_parts import (
    keep_table_end_with,
    p_xml,
    run_xml,
    runs_xml,
    set_cell_margins,
    tc_open,
    tr_open,
)
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
HEADER_FILL = "1F4E79"
GROUP_FILL = "DCE6F1"


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


# -- runs and styles written as XML (python-docx's object layer costs ~20 s for the tables
# of 2,000 actions; the elements are the same ones it writes) ---------------------------------
_PPR, _PSTYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_R, _RPR, _B, _I, _T, _BR = qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:i"), qn("w:t"), qn("w:br")
_SPACE = qn("xml:space")


def SubElement(parent, tag: str):  # noqa: N802 - as lxml.etree.SubElement, without importing lxml
    el = parent.makeelement(tag, {})
    parent.append(el)
    return el


def _add_run(para: DocxParagraph, text: str, bold: bool = False, italic: bool = False, *, br: bool = False):
    """Append a run with `text` to the python-docx paragraph `para` as its `add_run(text)`
    with bold/italic set and `add_break()` writes it; text with tabs or returns goes
    through python-docx itself."""
    if "\t" in text or "\r" in text or "\n" in text:
        run = para.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if br:
            run.add_break()
        return
    p = para._p
    r = SubElement(p, _R)
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


# -- table rows written as XML text (parsed in one go by `_Writer.table`) ---------------------
class _Writer:
    def __init__(self, doc, report: Report) -> None:
        self.doc = doc
        self.report = report
        self._style_ids: dict[str, str] = {}
        self._fresh_page = False  # True right after a section break (a new page)
        #: the headings written since the last other block: (paragraph element, level, text);
        #: those that fit go onto the first page of a figure that gets pages of its own
        self.headings: list[tuple[object, int, str]] = []

    def set_style(self, para, name: str | None) -> None:
        """Set a paragraph style by name (python-docx's own lookup is slow for big reports)."""
        if name is None:
            return
        sid = self.style_id(name)
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
        if not isinstance(b, (Heading, Figure)):
            self.headings = []
        if isinstance(b, Heading):
            level = min(b.level, 9)
            self.headings.append((self.para(doc, f"Heading {level}", b.display)._p, level, b.display))
        elif isinstance(b, Paragraph):
            self.paragraph(doc, b)
        elif isinstance(b, BulletList):
            self.bullets(doc, b)
        elif isinstance(b, Table):
            self.table(b)
        elif isinstance(b, Figure):
            placed = add_figure(self, b)
            self.headings = []
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

    def paragraph(self, container, p: Paragraph):
        style = {"lead": "Report Lead", "note": "Report Note", "empty": "Report Empty",
                 "quote": "Quote"}.get(p.style)
        para = self.para(container, style)
        self.runs(para, p.runs)
        if p.style == "note":  # a note explains the table above it: it keeps with its last row
            keep_table_end_with(para._p)
        return para

    @staticmethod
    def runs(para, runs: list[Run]) -> None:
        for r in runs:
            parts = r.text.split("\n")
            last = len(parts) - 1
            for i, part in enumerate(parts):
                _add_run(para, part, r.bold, r.italic, br=i < last)

    def bullets(self, container, lst: BulletList) -> None:
        base = "List Number" if lst.ordered else "List Bullet"
        num_id = self._restart_numbering() if lst.ordered else None
        for k, item in enumerate(lst.items):
            style = base if item.level == 0 else f"{base} {min(item.level + 1, 3)}"
            para = self.para(container, style)
            if k + 1 < len(lst.items) and lst.items[k + 1].level > item.level:
                para.paragraph_format.keep_with_next = True
            if num_id is not None and item.level == 0:
                num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id
            self.runs(para, item.runs)

    def _restart_numbering(self) -> int:
        """A new numbering instance of the "List Number" style that starts again at 1."""
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles["List Number"].element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId

    def table(self, t: Table) -> None:
        """The table, its rows written as XML text and parsed in one go (python-docx's `rows[r].cells`,
        `cell.width` and `cell.paragraphs` walk the whole table or row each time; for the annexes of
        2,000 actions that was most of the writer's time). The elements are the ones python-docx's
        own calls wrote: fixed column widths, a repeated header row, shaded header and group rows,
        rows kept whole at a page foot; a crowded table smaller (`fitted_cells`)."""
        doc = self.doc
        ncols = len(t.header)
        table = doc.add_table(rows=0, cols=ncols)
        table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        cells = fitted_cells(t, TEXT_W.pt, DOCX_CELLS)
        col_pts = fitted_widths(t, TEXT_W.pt, cells)
        size = None if cells == DOCX_CELLS else round(cells.cell_size * 2)  # smaller: words stay whole
        if cells.padding != DOCX_CELLS.padding:  # and narrower cell margins
            set_cell_margins(table._tbl.tblPr, TIGHT_MARGIN_TWIPS)
        widths = [Emu(int(Pt(w))) for w in col_pts]
        for i, col in enumerate(table.columns):
            col.width = widths[i]
        twips = [w.twips for w in widths]
        header_id = self.style_id("Table Header")
        out = [tr_open(cant_split=True, header=True)]
        for i, text in enumerate(t.header):
            out.append(tc_open(twips[i], fill=HEADER_FILL))
            out.append(p_xml(header_id, run_xml(text, size=size), jc="right" if i in t.numeric else None))
            out.append("</w:tc>")
        out.append("</w:tr>")
        groups = set(t.group_rows)
        text_id = self.style_id("Table Text")
        full = sum(twips)
        for r, values in enumerate(t.rows):
            # a row is not cut at a page foot (unless taller than half a page)
            out.append(tr_open(cant_split=_row_height(values, col_pts) < TEXT_H_PT * 0.5))
            if r in groups:
                out.append(tc_open(full, fill=GROUP_FILL, span=ncols))
                out.append(p_xml(text_id, run_xml(str(values[0]), bold=True, size=size), keep_next=True))
                out.append("</w:tc></w:tr>")
                continue
            for i, value in enumerate(values):
                out.append(tc_open(twips[i]))
                out.append(self.cell(value, "right" if i in t.numeric else None, size))
                out.append("</w:tc>")
            out.append("</w:tr>")
        rows = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(out)}</w:tbl>")
        table._tbl.extend(list(rows))
        self.para(doc, "Table Text")  # breathing room after the table

    def style_id(self, name: str) -> str:
        sid = self._style_ids.get(name)
        if sid is None:
            sid = self._style_ids[name] = self.doc.styles[name].style_id
        return sid

    def cell(self, value, align: str | None, size: int | None = None) -> str:
        """The paragraphs of a table cell, as XML (`size`: of its text, in half points, when not
        the styles')."""
        text_id = self.style_id("Table Text")
        if isinstance(value, str):
            return p_xml(text_id, runs_xml([Run(value)], size), jc=align)
        note_id = self.style_id("Report Note")
        out = []
        for b in value:
            if isinstance(b, Paragraph):
                out.append(p_xml(note_id if b.style == "note" else text_id, runs_xml(b.runs, size), jc=align))
            elif isinstance(b, BulletList):
                out.append(self.cell_bullets(b, size))
            elif isinstance(b, Heading):
                out.append(p_xml(text_id, run_xml(b.text, bold=True, size=size)))
            elif isinstance(b, Table):
                for q in table_as_paragraphs(b):
                    out.append(p_xml(note_id if q.style == "note" else text_id, runs_xml(q.runs, size)))
        xml = "".join(out)
        if xml:
            return xml
        return p_xml(text_id, "") if not value else "<w:p/>"  # a cell holds a paragraph

    def cell_bullets(self, lst: BulletList, size: int | None = None) -> str:
        """A list in a table cell: the body's list styles, 1 pt after each item, 9 pt text."""
        base = "List Number" if lst.ordered else "List Bullet"
        num_id = self._restart_numbering() if lst.ordered else None
        items = lst.items
        out = []
        for k, item in enumerate(items):
            style = base if item.level == 0 else f"{base} {min(item.level + 1, 3)}"
            out.append(p_xml(self.style_id(style), runs_xml(item.runs, size=size or 18),
                              keep_next=k + 1 < len(items) and items[k + 1].level > item.level,
                              num_id=num_id if item.level == 0 else None, space_after=20))
        return "".join(out)

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
