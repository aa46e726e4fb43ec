"""Write a Report as PDF with reportlab platypus.

A4, DejaVu Sans embedded everywhere with its fallback fonts for emoji, symbols and CJK
(`fonts.with_fallback`), also inside tables and the TOC (so no unembedded
Helvetica sneaks in), a bookmark per heading, a table of contents with page numbers, a
running header with the roadmap title and "page n of N" footers. The layout is done in
ONE pass: the numbers that are only known at the end (the contents' page numbers, the
page total) are PDF form XObjects that each page references while it is laid out and
that are defined once the last page is done (`_Numbers`). The
roadmap visuals are vector drawings (`figures_pdf`) that never print text under
FIGURE_MIN_PT: a figure too large for the text column gets landscape pages of its own (A4,
laid out at the page width and split between rows with its head and legend repeated; A3
fold-out pages for a figure that is too wide for A4).
"""

from __future__ import annotations

import os
import re
from ast import literal_eval
from pathlib import Path
from xml.sax.saxutils import escape, unescape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import LongTable as _PlatypusTable
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as _PlatypusParagraph
from reportlab.platypus.tableofcontents import TableOfContents as RLTableOfContents

from desktop.export.atomic import write_atomically
from desktop.export.bidi_text import base_is_rtl, display_indexes, has_rtl
from desktop.export.column_widths import fitted_cells, fitted_widths
from desktop.export.fonts import (
    BOLD,
    BOLD_ITALIC,
    FONT,
    ITALIC,
    BoldAwareText,
    draw_runs,
    register_fonts,
    with_fallback,
)
from desktop.export.gcpause import gc_paused
from desktop.export.pdf.cells import PlainCell
from desktop.export.pdf.figures import VisualFlowable
from desktop.export.pdf.styles import ACCENT, FONTS, GRID, GROUP, MUTED, STRIPE, sized_styles, styles
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
)
from desktop.export.report.figure_plan import Frames, plan_figure
from desktop.export.resources import report_labels

MARGIN_LR, MARGIN_TOP, MARGIN_BOTTOM = 2.2 * cm, 2.4 * cm, 2.2 * cm
PAGE_W, PAGE_H = A4
TEXT_W = PAGE_W - 2 * MARGIN_LR
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
WIDE_W, WIDE_H = PAGE_H - 2 * MARGIN_LR, PAGE_W - MARGIN_TOP - MARGIN_BOTTOM  # landscape frame
FOLD_W, FOLD_H = A3[1] - 2 * MARGIN_LR, A3[0] - MARGIN_TOP - MARGIN_BOTTOM  # landscape A3 fold-out
CAPTION_ROOM = 30.0
PDF_FRAMES = Frames(column=(TEXT_W, TEXT_H - CAPTION_ROOM), wide=(WIDE_W, WIDE_H - CAPTION_ROOM),
                    fold=(FOLD_W, FOLD_H - CAPTION_ROOM))
LANG_TAGS = {"nl": "nl-BE", "en": "en-GB"}


class RLParagraph(_PlatypusParagraph):
    """A platypus Paragraph that remembers its last line breaking. Tables re-measure every
    cell each time they split at a page end; the lines of a paragraph only depend on the
    width, so a repeated wrap at the same width reuses them (a large report is several
    times faster)."""

    _wrapped_at: float | None = None
    _rtl: bool | None = None  # None: no right-to-left text; else the paragraph's base direction
    _logical: list | None = None

    def __init__(self, text, style=None, *args, **kw) -> None:
        if isinstance(text, str):  # None when platypus splits a paragraph into its frags
            font = style.fontName if style is not None else FONT
            if has_rtl(text):  # wrapped in logical order, each line reordered after (see wrap)
                self._rtl = base_is_rtl(unescape(_TAG.sub("", text)))
                if self._rtl and style is not None and style.alignment == TA_LEFT:
                    style = ParagraphStyle(style.name + "_rtl", parent=style, alignment=TA_RIGHT)
                text = with_fallback(text, font, reorder=False)
            else:
                text = with_fallback(text, font)
        super().__init__(text, style, *args, **kw)

    def beginText(self, x, y):  # noqa: N802 - platypus' name: bold fallback text emboldened
        return BoldAwareText(self.canv, x, y)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - platypus signature
        if self._wrapped_at == availWidth and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        if self._rtl is not None:
            self._logical = self.blPara.lines
            self.blPara.lines = [_display_line(line, self._rtl) for line in self._logical]
        return result

    def split(self, availWidth, availHeight):  # noqa: N803 - platypus signature
        if self._rtl is None:
            return super().split(availWidth, availHeight)
        if getattr(self, "blPara", None) is None or self._logical is None:
            self.wrap(availWidth, availHeight)
        shown = self.blPara.lines
        self.blPara.lines = self._logical  # the parts take the logical lines, and reorder them
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            if getattr(self, "blPara", None) is not None:
                self.blPara.lines = shown
        for part in parts:
            if part is not self:
                part._rtl, part._wrapped_at, part._logical = self._rtl, None, None
        return parts


_TAG = re.compile(r"<[^>]*>")


def _display_line(line, rtl: bool):
    """One wrapped line of a paragraph (platypus' kind 0: (space, words); kind 1: a line
    of fragments) with its characters in drawing order (bidi, see bidi_text)."""
    if isinstance(line, tuple):
        text = " ".join(line[1])
        return (line[0], "".join(ch for _, ch in display_indexes(text, rtl)).split(" "))
    frags = line.words
    if any(hasattr(f, "cbDefn") or not hasattr(f, "text") for f in frags):
        return line
    owner = [i for i, f in enumerate(frags) for _ in f.text]
    text = "".join(f.text for f in frags)
    out: list = []
    for index, ch in display_indexes(text, rtl):
        f = owner[index]
        if out and out[-1][0] == f:
            out[-1][1].append(ch)
        else:
            out.append((f, [ch]))
    line.words = [frags[f].clone(text="".join(chars)) for f, chars in out]
    return line


RLTable = _PlatypusTable  # LongTable: splits long tables across pages cheaply


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


class _Numbers:
    """Numbers known only after the last page, drawn as form XObjects: each page's footer
    ("page n of N") and the page number of each contents entry. Pages reference the forms
    by name while they are laid out; `define` writes them before the PDF is saved."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels
        self.footers: list[tuple[int, float]] = []  # (page, page width)
        self.entries: dict[int, tuple[str, float, object]] = {}  # contents index -> font, size, colour
        self.entry_pages: list[int] = []  # page of each contents heading, in order

    def footer(self, canv, page: int, page_w: float) -> None:
        self.footers.append((page, page_w))
        canv.doForm(f"rk_footer_{page}")

    def entry(self, canv, index: int, x: float, y: float, style) -> None:
        self.entries[index] = (style.fontName, style.fontSize, style.textColor)
        canv.saveState()
        canv.translate(x, y)
        canv.doForm(f"rk_toc_{index}")
        canv.restoreState()

    def define(self, canv, total: int) -> None:
        for page, page_w in self.footers:
            canv.beginForm(f"rk_footer_{page}", 0, 0, page_w, 2 * cm)
            canv.setFont(FONT, 8)
            canv.setFillColor(MUTED)
            canv.drawCentredString(page_w / 2, 1.2 * cm,
                                   self.labels["report.page_of"].format(n=page, total=total))
            canv.endForm()
        for index, (font, size, colour) in self.entries.items():
            page = self.entry_pages[index] if index < len(self.entry_pages) else 0
            canv.beginForm(f"rk_toc_{index}", -60, -size, 0, 2 * size)
            canv.setFont(font, size)
            canv.setFillColor(colour)
            canv.drawRightString(0, 0, str(page) if page else "")
            canv.endForm()


class _Contents(RLTableOfContents):
    """The contents, laid out once: its entries are known up front (every heading of
    levels 1-3), so its length is final; dot leaders run to a slot at the right where
    the page number (a form, see `_Numbers`) appears."""

    def __init__(self, numbers: _Numbers, **kw) -> None:
        super().__init__(**kw)
        self.numbers = numbers

    def isIndexing(self) -> int:
        return 0

    def set_entries(self, entries: list[tuple[int, str, str]]) -> None:
        """(level, text, bookmark key) of each entry; the index goes where the page would."""
        self._lastEntries = [(level, with_fallback(text), i, key) for i, (level, text, key) in enumerate(entries)]
        self._entries = list(self._lastEntries)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - platypus signature
        result = super().wrap(availWidth, availHeight)
        self.canv.setNamedCB("drawTOCEntryEnd", self._entry_end(availWidth))
        return result

    def _entry_end(self, avail_width: float):
        def draw(canvas, kind, label) -> None:
            index, level, key = label.split(",", 2)
            style = self.getLevelStyle(int(level))
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            slot = stringWidth("000", style.fontName, style.fontSize) + 2
            dot = " . "
            dot_w = stringWidth(dot, style.fontName, style.fontSize)
            n = int((avail_width - x - slot) / dot_w)
            if n > 0:
                tx = canvas.beginText(avail_width - slot - n * dot_w, y)
                tx.setFont(style.fontName, style.fontSize)
                tx.setFillColor(style.textColor)
                tx.textLine(n * dot)
                canvas.drawText(tx)
            self.numbers.entry(canvas, int(index), avail_width, y, style)
            key = literal_eval(key)
            if key:
                canvas.linkRect("", key, (avail_width - slot, y, avail_width, y + style.leading), relative=1)
        return draw


class _DocTemplate(BaseDocTemplate):
    def __init__(self, filename: str, report: Report, numbers: _Numbers) -> None:
        lang = LANG_TAGS.get(report.language, report.language)
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN_LR, rightMargin=MARGIN_LR,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=report.title,
                         author=report.author or "Routekaart", subject=report.subject,
                         keywords=report.keywords, creator="Routekaart", lang=lang,
                         displayDocTitle=1, initialFontName=FONT, initialFontSize=9.5)
        self.report = report
        self.labels = report_labels(report.language)
        self.numbers = numbers
        frame = Frame(MARGIN_LR, MARGIN_BOTTOM, TEXT_W, TEXT_H, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        wide = Frame(MARGIN_LR, MARGIN_BOTTOM, WIDE_W, WIDE_H, id="wide",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fold = Frame(MARGIN_LR, MARGIN_BOTTOM, FOLD_W, FOLD_H, id="fold",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("title", [frame], onPage=self._title_page),
                               PageTemplate("body", [frame], onPage=self._body_page),
                               PageTemplate("wide", [wide], onPage=self._body_page,
                                            pagesize=landscape(A4)),
                               PageTemplate("fold", [fold], onPage=self._body_page,
                                            pagesize=landscape(A3))])

    def afterFlowable(self, flowable) -> None:
        key = getattr(flowable, "_bookmark", None)
        if key is None:
            return
        self.canv.bookmarkPage(key)
        level = flowable._outline_level
        self.canv.addOutlineEntry(flowable._outline_text, key, level=level, closed=level >= 1)
        if getattr(flowable, "_in_toc", False):
            self.numbers.entry_pages.append(self.page)

    def _title_page(self, canv, doc) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - 1.4 * cm, PAGE_W, 1.4 * cm, stroke=0, fill=1)
        canv.restoreState()

    def _body_page(self, canv, doc) -> None:
        page_w, page_h = canv._pagesize
        canv.saveState()
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        draw_runs(canv, page_w - MARGIN_LR, page_h - 1.5 * cm, _clip(self.report.title, 95), FONT, 8, "end")
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_LR, page_h - 1.65 * cm, page_w - MARGIN_LR, page_h - 1.65 * cm)
        self.numbers.footer(canv, doc.page, page_w)
        canv.restoreState()


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


class _Story:
    """Turns report blocks into platypus flowables."""

    def __init__(self, report: Report, numbers: _Numbers | None = None) -> None:
        self.report = report
        self.st = styles()
        self._keys = 0
        self.numbers = numbers or _Numbers(report_labels(report.language))
        self.toc: _Contents | None = None
        self._plain_styles: dict[tuple[str, str], ParagraphStyle] = {}
        self._sized: dict[tuple[float, float], dict] = {}

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
        if self.toc is not None:  # every heading that reports to the contents, in order
            self.toc.set_entries([(f._outline_level, escape(f._outline_text), f._bookmark) for f in story
                                  if getattr(f, "_in_toc", False)])
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
            toc = _Contents(self.numbers, levelStyles=st["toc"], dotsMinLevel=0, rightColumnWidth=40)
            toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                         ("TOPPADDING", (0, 0), (-1, -1), 0),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
            self.toc = toc  # its entries are set when the whole story is built
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

    def cell(self, value, right: bool, st: dict | None = None) -> object:
        st = st or self.st
        if isinstance(value, str):
            return PlainCell(value, st["cell_r" if right else "cell"])
        flow: list = []
        for b in value:
            if isinstance(b, Paragraph):
                style = st["cell_note"] if b.style == "note" else st["cell_r" if right else "cell"]
                flow.append(self._plain(b.runs, style) or RLParagraph(_markup(b.runs), style))
            elif isinstance(b, BulletList):
                flow.extend(self.bullets(b, st["cell"]))
            elif isinstance(b, Heading):
                flow.append(RLParagraph(f"<b>{escape(b.text)}</b>", st["cell"]))
            elif isinstance(b, Table):
                flow.extend(RLParagraph(_markup(p.runs), st["cell"]) for p in table_as_paragraphs(b))
        return flow or ""

    def _plain(self, runs: list[Run], style: ParagraphStyle) -> PlainCell | None:
        """A fast PlainCell for text in one formatting (most cell paragraphs), else None."""
        if not runs or any((r.bold, r.italic) != (runs[0].bold, runs[0].italic) for r in runs):
            return None
        base_bold = style.fontName in (BOLD, BOLD_ITALIC)
        base_italic = style.fontName in (ITALIC, BOLD_ITALIC)
        font = FONTS[(base_bold or runs[0].bold, base_italic or runs[0].italic)]
        key = (style.name, font)
        if key not in self._plain_styles:
            self._plain_styles[key] = ParagraphStyle(f"{style.name}_{font}", parent=style, fontName=font)
        return PlainCell("".join(r.text for r in runs), self._plain_styles[key])

    def table(self, t: Table) -> RLTable:
        cells = fitted_cells(t, TEXT_W)
        st = self._sized.setdefault((cells.header_size, cells.cell_size), sized_styles(self.st, cells))
        head = [RLParagraph(escape(h), st["head_r" if i in t.numeric else "head"]) for i, h in enumerate(t.header)]
        groups = set(t.group_rows)
        data = [head]
        for r, row in enumerate(t.rows):
            if r in groups:
                data.append([RLParagraph(f"<b>{escape(str(row[0]))}</b>", st["cell"])] + [""] * (len(row) - 1))
            else:
                data.append([self.cell(v, i in t.numeric, st) for i, v in enumerate(row)])
        widths = fitted_widths(t, TEXT_W, cells)
        table = RLTable(data, colWidths=widths, repeatRows=1, splitInRow=int(_has_tall_row(data, widths)),
                        hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), cells.cell_size),
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
        if f.visual is not None:
            return self.visual_figure(f)
        if not (isinstance(f.image, (str, Path)) and Path(f.image).is_file()):
            return []
        caption = RLParagraph(escape(f.display_caption), self.st["caption"])
        img = Image(str(f.image))
        w, h = img.imageWidth, img.imageHeight
        portrait = min(TEXT_W / w, TEXT_H * 0.75 / h)
        wide = min(WIDE_W / w, (WIDE_H - CAPTION_ROOM) / h)
        on_wide_page = wide > portrait * 1.25
        box_w, box_h = (WIDE_W, WIDE_H - CAPTION_ROOM) if on_wide_page else (TEXT_W, TEXT_H * 0.75)
        scale = min(box_w / w, box_h / h)
        img.drawWidth, img.drawHeight = w * scale, h * scale
        if not on_wide_page:
            return [KeepTogether([img, caption])]
        return [NextPageTemplate("wide"), RLPageBreak(), img, caption, NextPageTemplate("body"),
                RLPageBreak()]

    def visual_figure(self, f: Figure) -> list:
        """A vector figure printed with no text under FIGURE_MIN_PT (`figure_plan`): in the
        text column when it fits there; else on landscape A4 pages (laid out at the page
        width, split between rows when it is tall, each page with the figure's head and
        legend); else, when even a landscape A4 page is too narrow, on A3 fold-out pages."""
        plan = plan_figure(f.visual, PDF_FRAMES)
        scale, pieces = plan.scale, plan.pieces
        if plan.inline:
            caption = RLParagraph(escape(f.display_caption), self.st["caption"])
            return [KeepTogether([VisualFlowable(pieces[0], max_height=TEXT_H * 0.75, max_scale=scale),
                                  caption])]
        if plan.kind == "column":
            out: list = []
            for i, part in enumerate(pieces, 1):
                text = f.display_caption if len(pieces) == 1 else f"{f.display_caption} ({i}/{len(pieces)})"
                out.append(KeepTogether([VisualFlowable(part, max_height=TEXT_H - CAPTION_ROOM, max_scale=scale),
                                         RLParagraph(escape(text), self.st["caption"])]))
            return out
        template = plan.kind
        box_h = (WIDE_H if template == "wide" else FOLD_H) - CAPTION_ROOM
        out = [NextPageTemplate(template), RLPageBreak()]
        for i, part in enumerate(pieces, 1):
            text = f.display_caption if len(pieces) == 1 else f"{f.display_caption} ({i}/{len(pieces)})"
            out += [VisualFlowable(part, max_height=box_h, max_scale=scale),
                    RLParagraph(escape(text), self.st["caption"])]
            if i < len(pieces):
                out.append(RLPageBreak())
        return out + [NextPageTemplate("body"), RLPageBreak()]

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
    limit = TEXT_H * 0.5
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
    """Lay out and write the PDF straight to `path`, in one pass; returns the page count."""
    register_fonts()
    rl_config.useA85 = 0  # binary (zlib only) streams: smaller, and no slow ASCII85 encoding
    with gc_paused():
        numbers = _Numbers(report_labels(report.language))
        doc = _DocTemplate(str(path), report, numbers)
        story = _Story(report, numbers).build()
        doc._doSave = 0  # saved below, once the numbers are known
        doc.build(story)
        numbers.define(doc.canv, doc.page)
        doc.canv.save()
        return doc.page


def write_pdf(report: Report, path: str | os.PathLike) -> Path:
    """Write `report` to `path` (temp file + rename; raises ExportError on failure)."""
    register_fonts()
    return write_atomically(path, lambda tmp: render_pdf(report, tmp))
