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
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Image, KeepTogether, NextPageTemplate, Spacer, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak

from desktop.domain.visuals.visual import Visual
from desktop.export.atomic import write_atomically
from desktop.export.column_widths import fitted_cells, fitted_widths
from desktop.export.fonts import BOLD, BOLD_ITALIC, FONT, ITALIC, register_fonts
from desktop.export.gcpause import gc_paused
from desktop.export.pdf.cells import PlainCell
from desktop.export.pdf.figures import VisualFlowable
from desktop.export.pdf.pages import (
    CAPTION_ROOM,
    FOLD_H,
    PDF_FRAMES,
    TEXT_H,
    TEXT_W,
    WIDE_H,
    WIDE_W,
    _Contents,
    _DocTemplate,
    _Numbers,
)
from desktop.export.pdf.paragraphs import RLParagraph, RLTable, _markup
from desktop.export.pdf.styles import ACCENT, FONTS, GRID, GROUP, STRIPE, sized_styles, styles
from desktop.export.pdf.table_note import notes_kept_with_tables
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
from desktop.export.report.figure_plan import carried_headings, plan_figure
from desktop.export.resources import report_labels


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
        p._heading = True
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
            if not (isinstance(b, Figure) and b.visual is not None):
                story.extend(self.block(b))
                continue
            carried, room = _carried(story)
            flows = self.visual_figure(b, b.visual, room)
            if not (flows[:1] and isinstance(flows[0], NextPageTemplate)):
                story.extend(carried)  # the figure flows with the text: so do its headings
            else:  # a figure on pages of its own: the headings right before it go with it
                if carried and story and isinstance(story[-1], RLPageBreak):  # already a new page
                    story.insert(len(story) - 1, flows[0])
                    flows = flows[2:]
                    flows[0:0] = carried
                else:
                    flows[2:2] = carried
            story.extend(flows)
        story = notes_kept_with_tables(_without_double_breaks(story))
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
            table = self.table(b)
            table.spaceAfter = 8  # not a Spacer: one moved to the next page takes its top, and a
            return [table]        # KeepTogether that follows then breaks again (an empty page)
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

    def cell(self, value, right: bool, st: dict | None = None) -> PlainCell | list | str:
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
        data: list[list] = [head]
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
            return self.visual_figure(f, f.visual)
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

    def visual_figure(self, f: Figure, visual: Visual, heading_room: float = 0.0) -> list:
        """A vector figure printed with no text under FIGURE_MIN_PT (`figure_plan`): in the
        text column when it fits there; else on landscape A4 pages (laid out at the page
        width, split between rows when it is tall, each page with the figure's head and
        legend); else, when even a landscape A4 page is too narrow, on A3 fold-out pages."""
        plan = plan_figure(visual, PDF_FRAMES, heading_room=heading_room)  # column: as without it
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


def _carried(story: list) -> tuple[list, float]:
    """The headings at the end of `story` that may move onto the first page of the figure
    that follows (`carried_headings`), taken off the story, and the room they need."""
    n = 0
    while n < len(story) and getattr(story[-1 - n], "_heading", False):
        n += 1
    heights = [h.wrap(WIDE_W, 1e6)[1] + h.style.spaceBefore * (i > 0) + h.style.spaceAfter
               for i, h in enumerate(story[len(story) - n:])]  # no space above the first, at the page top
    k = carried_headings(heights)
    if not k:
        return [], 0.0
    moved = story[len(story) - k:]
    del story[len(story) - k:]
    return moved, sum(heights[len(heights) - k:])


def _without_double_breaks(story: list) -> list:
    """The story less every page break that follows another with only page-template
    switches between them (a figure on pages of its own ends with a break, and so may the
    block before the next chapter): each such break would print a page with only the
    running header and footer."""
    out: list = []
    after_break = False
    for f in story:
        if isinstance(f, RLPageBreak):
            if after_break:
                continue
            after_break = True
        elif not isinstance(f, NextPageTemplate):
            after_break = False
        out.append(f)
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
    """Lay out and write the PDF straight to `path`, in one pass; returns the page count.
    Control characters (kept in the roadmap as imported) are left out, as in the Word file:
    no font draws them, so they would print as empty boxes."""
    register_fonts()
    report = xml_safe(report)
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
