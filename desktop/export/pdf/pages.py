"""The pages of the PDF: the A4 geometry and figure frames, the page templates (title page,
body pages with running header and footer, landscape and A3 fold-out pages), and the
numbers known only at the end (the contents' page numbers, the page total) as form
XObjects each page references while it is laid out (`_Numbers`, `_Contents`)."""

from __future__ import annotations

from ast import literal_eval

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents as RLTableOfContents

from desktop.export.fonts import FONT, draw_runs, with_fallback
from desktop.export.pdf.styles import ACCENT, GRID, MUTED
from desktop.export.report.document import Report
from desktop.export.report.figure_plan import Frames
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
