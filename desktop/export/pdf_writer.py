"""Write a Report as PDF with reportlab platypus.

A4, DejaVu Sans embedded everywhere (also inside tables and the TOC, so no unembedded
Helvetica sneaks in), a bookmark per heading, a table of contents with page numbers
(multiBuild), a running header with the roadmap title and "page n of N" footers.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, Image, KeepTogether, NextPageTemplate, PageTemplate, Spacer,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle
from reportlab.platypus.tableofcontents import TableOfContents as RLTableOfContents

from desktop.export.atomic import write_atomically
from desktop.export.document import (
    BulletList, Figure, Heading, PageBreak, Paragraph, Report, Run, Table, TableOfContents, TitlePage,
    table_as_paragraphs,
)
from desktop.export.fonts import BOLD, BOLD_ITALIC, FONT, ITALIC, register_fonts
from desktop.export.layout import fitted_widths
from desktop.export.resources import report_labels

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#595959")
GRID = colors.HexColor("#A6A6A6")
STRIPE = colors.HexColor("#F2F5F9")
GROUP = colors.HexColor("#DCE6F1")
MARGIN_LR, MARGIN_TOP, MARGIN_BOTTOM = 2.2 * cm, 2.4 * cm, 2.2 * cm
PAGE_W, PAGE_H = A4
TEXT_W = PAGE_W - 2 * MARGIN_LR
LANG_TAGS = {"nl": "nl-BE", "en": "en-GB"}


def _style(name: str, size: float, *, bold=False, italic=False, color=colors.black, leading=None,
           **kw) -> ParagraphStyle:
    font = {(False, False): FONT, (True, False): BOLD, (False, True): ITALIC,
            (True, True): BOLD_ITALIC}[(bool(bold), bool(italic))]
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.35,
                          textColor=color, bulletFontName=FONT, **kw)


def _styles() -> dict[str, ParagraphStyle]:
    s = {
        "body": _style("body", 9.5, spaceAfter=5),
        "lead": _style("lead", 9.5, bold=True, spaceBefore=5, spaceAfter=3, keepWithNext=1),
        "note": _style("note", 8.5, italic=True, color=MUTED, spaceAfter=4),
        "empty": _style("empty", 9.5, italic=True, color=MUTED, spaceAfter=5),
        "quote": _style("quote", 9.5, color=colors.HexColor("#333333"), backColor=STRIPE, leftIndent=6,
                        rightIndent=6, borderPadding=(4, 6, 5, 6), spaceBefore=4, spaceAfter=10),
        "h1": _style("h1", 17, bold=True, color=ACCENT, spaceAfter=10, keepWithNext=1, leading=21),
        "h2": _style("h2", 13, bold=True, color=ACCENT, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h3": _style("h3", 11, bold=True, color=ACCENT, spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "h4": _style("h4", 10, bold=True, spaceBefore=7, spaceAfter=3, keepWithNext=1),
        "h5": _style("h5", 9.5, bold=True, italic=True, spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "cell": _style("cell", 8.5, leading=11),
        "cell_r": _style("cell_r", 8.5, leading=11, alignment=TA_RIGHT),
        "cell_note": _style("cell_note", 8, italic=True, color=MUTED, leading=10.5),
        "head": _style("head", 8.5, bold=True, color=colors.white, leading=11),
        "head_r": _style("head_r", 8.5, bold=True, color=colors.white, leading=11, alignment=TA_RIGHT),
        "title": _style("title", 26, bold=True, color=ACCENT, leading=32, spaceAfter=12),
        "subtitle": _style("subtitle", 14, color=MUTED, leading=19, spaceAfter=30),
        "title_line": _style("title_line", 11, leading=16),
        "caption": _style("caption", 8.5, italic=True, color=MUTED, spaceBefore=3, spaceAfter=8),
    }
    s["toc"] = [_style("toc0", 10.5, bold=True, spaceBefore=5, leading=14),
                _style("toc1", 9.5, leftIndent=14, leading=13),
                _style("toc2", 9, leftIndent=28, leading=12, color=MUTED)]
    return s


def _markup(runs: list[Run]) -> str:
    out = []
    for r in runs:
        text = escape(r.text).replace("\n", "<br/>")
        if r.italic:
            text = f"<i>{text}</i>"
        if r.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


class _PageCount(Flowable):
    """An invisible indexing flowable: multiBuild repeats the layout until the page count
    used in the footers ("page n of N") equals the real one."""

    def __init__(self) -> None:
        super().__init__()
        self.doc = None
        self.used: int | None = None  # N printed during the current pass
        self.counted: int | None = None  # pages of the last finished pass

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.used = self.counted

    def afterBuild(self) -> None:
        self.counted = self.doc.page

    def isSatisfied(self) -> bool:
        return self.used == self.counted

    def notify(self, kind, stuff) -> None:
        pass

    def wrap(self, *_):
        return 0, 0

    def draw(self) -> None:
        pass


class _DocTemplate(BaseDocTemplate):
    def __init__(self, filename: str, report: Report, counter: _PageCount) -> None:
        lang = LANG_TAGS.get(report.language, report.language)
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN_LR, rightMargin=MARGIN_LR,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=report.title,
                         author=report.author or "Routekaart", subject=report.subject,
                         keywords=report.keywords, creator="Routekaart", lang=lang,
                         displayDocTitle=1, initialFontName=FONT, initialFontSize=9.5)
        self.report = report
        self.labels = report_labels(report.language)
        self.counter = counter
        counter.doc = self
        frame = Frame(MARGIN_LR, MARGIN_BOTTOM, TEXT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("title", [frame], onPage=self._title_page),
                               PageTemplate("body", [frame], onPage=self._body_page)])

    def afterFlowable(self, flowable) -> None:
        key = getattr(flowable, "_bookmark", None)
        if key is None:
            return
        self.canv.bookmarkPage(key)
        level = flowable._outline_level
        self.canv.addOutlineEntry(flowable._outline_text, key, level=level, closed=level >= 1)
        if getattr(flowable, "_in_toc", False):
            self.notify("TOCEntry", (level, escape(flowable._outline_text), self.page, key))

    def _title_page(self, canv, doc) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - 1.4 * cm, PAGE_W, 1.4 * cm, stroke=0, fill=1)
        canv.restoreState()

    def _body_page(self, canv, doc) -> None:
        canv.saveState()
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        canv.drawRightString(PAGE_W - MARGIN_LR, PAGE_H - 1.5 * cm, _clip(self.report.title, 95))
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_LR, PAGE_H - 1.65 * cm, PAGE_W - MARGIN_LR, PAGE_H - 1.65 * cm)
        if self.counter.used:
            text = self.labels["report.page_of"].format(n=doc.page, total=self.counter.used)
        else:
            text = self.labels["report.page"].format(n=doc.page)
        canv.drawCentredString(PAGE_W / 2, 1.2 * cm, text)
        canv.restoreState()


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


class _Story:
    """Turns report blocks into platypus flowables."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.st = _styles()
        self._keys = 0

    def _heading(self, text: str, style: str, outline_level: int | None, in_toc: bool) -> RLParagraph:
        p = RLParagraph(escape(text), self.st[style])
        if outline_level is not None:
            self._keys += 1
            p._bookmark = f"h{self._keys}"
            p._outline_level = outline_level
            p._outline_text = text
            p._in_toc = in_toc
        return p

    def build(self) -> list:
        story: list = []
        for b in self.report.blocks:
            story.extend(self.block(b))
        return story

    def block(self, b) -> list:
        st = self.st
        if isinstance(b, Heading):
            level = min(b.level, 5)
            return [self._heading(b.display, f"h{level}", level - 1 if b.in_toc else None, b.in_toc)]
        if isinstance(b, Paragraph):
            return [RLParagraph(_markup(b.runs), st.get(b.style, st["body"]))]
        if isinstance(b, BulletList):
            return self.bullets(b, st["body"])
        if isinstance(b, Table):
            return [self.table(b), Spacer(1, 8)]
        if isinstance(b, Figure):
            return self.figure(b)
        if isinstance(b, PageBreak):
            return [RLPageBreak()]
        if isinstance(b, TableOfContents):
            toc = RLTableOfContents(levelStyles=st["toc"], dotsMinLevel=0, rightColumnWidth=40)
            toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                         ("TOPPADDING", (0, 0), (-1, -1), 0),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
            return [self._heading(b.title, "h1", 0, False), toc]
        if isinstance(b, TitlePage):
            return self.title_page(b)
        raise TypeError(f"unknown block {b!r}")  # pragma: no cover

    def bullets(self, lst: BulletList, base: ParagraphStyle) -> list:
        out = []
        counters = [0, 0, 0]
        for k, item in enumerate(lst.items):
            level = min(item.level, 2)
            counters[level] += 1
            for deeper in range(level + 1, 3):
                counters[deeper] = 0
            bullet = f"{counters[level]}." if lst.ordered else ("•", "–", "·")[level]
            nxt = lst.items[k + 1] if k + 1 < len(lst.items) else None
            style = ParagraphStyle(f"{base.name}_li{level}", parent=base, leftIndent=14 + 14 * level,
                                   bulletIndent=3 + 14 * level, spaceAfter=2, bulletFontName=FONT,
                                   keepWithNext=int(nxt is not None and nxt.level > item.level))
            out.append(RLParagraph(_markup(item.runs), style, bulletText=bullet))
        if out:
            out[-1].style = ParagraphStyle(out[-1].style.name + "_last", parent=out[-1].style,
                                           spaceAfter=max(base.spaceAfter, 4))
        return out

    def cell(self, value, right: bool) -> object:
        st = self.st
        if isinstance(value, str):
            return RLParagraph(escape(value).replace("\n", "<br/>"), st["cell_r" if right else "cell"])
        flow: list = []
        for b in value:
            if isinstance(b, Paragraph):
                style = st["cell_note"] if b.style == "note" else st["cell_r" if right else "cell"]
                flow.append(RLParagraph(_markup(b.runs), style))
            elif isinstance(b, BulletList):
                flow.extend(self.bullets(b, st["cell"]))
            elif isinstance(b, Heading):
                flow.append(RLParagraph(f"<b>{escape(b.text)}</b>", st["cell"]))
            elif isinstance(b, Table):
                flow.extend(RLParagraph(_markup(p.runs), st["cell"]) for p in table_as_paragraphs(b))
        return flow or ""

    def table(self, t: Table) -> RLTable:
        st = self.st
        head = [RLParagraph(escape(h), st["head_r" if i in t.numeric else "head"]) for i, h in enumerate(t.header)]
        groups = set(t.group_rows)
        data = [head]
        for r, row in enumerate(t.rows):
            if r in groups:
                data.append([RLParagraph(f"<b>{escape(str(row[0]))}</b>", st["cell"])] + [""] * (len(row) - 1))
            else:
                data.append([self.cell(v, i in t.numeric) for i, v in enumerate(row)])
        widths = fitted_widths(t, TEXT_W)
        table = RLTable(data, colWidths=widths, repeatRows=1, splitInRow=int(_has_tall_row(data, widths)),
                        hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ] + [cmd for r in t.group_rows for cmd in (
            ("SPAN", (0, r + 1), (-1, r + 1)),
            ("BACKGROUND", (0, r + 1), (-1, r + 1), GROUP),
            ("NOSPLIT", (0, r + 1), (-1, min(r + 2, len(t.rows)))),
        )]))
        return table

    def figure(self, f: Figure) -> list:
        if not f.image or not Path(f.image).is_file():
            return []
        img = Image(str(f.image))
        max_h = (PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) * 0.75
        scale = min(TEXT_W / img.imageWidth, max_h / img.imageHeight)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        return [KeepTogether([img, RLParagraph(escape(f.caption), self.st["caption"])])]

    def title_page(self, tp: TitlePage) -> list:
        st = self.st
        out = [Spacer(1, 5.5 * cm), RLParagraph(escape(tp.title), st["title"])]
        if tp.subtitle:
            out.append(RLParagraph(escape(tp.subtitle), st["subtitle"]))
        out.append(Spacer(1, 1.5 * cm))
        for label, value in tp.lines:
            out.append(RLParagraph(f"<b>{escape(label)}:</b> {escape(value)}", st["title_line"]))
        out += [Spacer(1, 1 * cm),
                RLParagraph(escape(report_labels(self.report.language)["report.generated"]), st["note"]),
                NextPageTemplate("body")]
        return out


def _has_tall_row(data: list, widths: list[float]) -> bool:
    """True when a row may not fit on one page; only then may rows split across pages
    (splitting every row that meets a page end looks ragged)."""
    limit = (PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) * 0.5
    for row in data:
        for value, width in zip(row, widths):
            flows = value if isinstance(value, list) else [value]
            height = 0.0
            for f in flows:
                if hasattr(f, "wrap"):
                    height += f.wrap(width - 8, 1e6)[1] + getattr(f.style, "spaceAfter", 0)
            if height > limit:
                return True
    return False


def render_pdf(report: Report, path: str | os.PathLike) -> int:
    """Lay out and write the PDF straight to `path`; returns the page count."""
    register_fonts()
    counter = _PageCount()
    doc = _DocTemplate(str(path), report, counter)
    doc.multiBuild([counter] + _Story(report).build())
    return doc.page


def write_pdf(report: Report, path: str | os.PathLike) -> Path:
    """Write `report` to `path` (temp file + rename; raises ExportError on failure)."""
    register_fonts()
    return write_atomically(path, lambda tmp: render_pdf(report, tmp))
