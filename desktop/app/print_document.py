"""The report as a QTextDocument, for printing (File ▸ Print report…).

Built from the same render-neutral `Report` the Word and PDF writers use, with a text
cursor: every text of the roadmap is inserted as plain text (never parsed as HTML), so a
co-author's "<b>" or an image reference stays the characters it is. Headings get heading
formats, runs their bold/italic, lists and tables their Qt structures, figures an image of
the visual, and page breaks break the printed page.

`ReportPrint` does the same in steps (one report block, or one printed page, a step), so
File ▸ Print report… can show its progress and be cancelled between two steps; it prints
the pages itself (`print_page`), with a page number at the foot of each page and the page
of every chapter beside its entry in the table of contents (drawn, so the laid-out
document is not changed, and laid out again, after it was paginated).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from desktop.export.report.document import (
    BulletList,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Report,
    Table,
    TableOfContents,
    TitlePage,
    plain_text,
)

TEXT_WIDTH = 640.0  # layout width of the document (pixels); printing scales it to the page
HEADING_PT = {1: 17.0, 2: 14.0, 3: 12.0, 4: 11.0, 5: 10.5}
BODY_PT = 10.0
FIGURE_DPI = 150
TOC_NUMBER_W = 36.0  # room at the right of a contents entry for its page number


def _char(size: float = BODY_PT, bold: bool = False, italic: bool = False,
          colour: str | None = None) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setFontPointSize(size)
    f.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    f.setFontItalic(italic)
    if colour:
        from PySide6.QtGui import QColor

        f.setForeground(QColor(colour))
    return f


def _block(top: float = 0, bottom: float = 6, page_break: bool = False, level: int = 0) -> QTextBlockFormat:
    b = QTextBlockFormat()
    b.setTopMargin(top)
    b.setBottomMargin(bottom)
    if level:
        b.setHeadingLevel(level)
    if page_break:
        b.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    return b


class _Writer:
    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.first = True
        self.break_next = False
        self.figures = 0
        self.toc_entries: list[tuple[int, int]] = []  # (contents block, heading id)
        self.heading_blocks: dict[int, int] = {}  # heading id -> its block number

    def _new_block(self, fmt: QTextBlockFormat, char: QTextCharFormat | None = None) -> None:
        if self.break_next:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.break_next = False
        if self.first:
            self.cursor.setBlockFormat(fmt)
            if char is not None:
                self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, char or _char())

    def text(self, text: str, fmt: QTextCharFormat) -> None:
        self.cursor.insertText(text, fmt)  # plain text: no markup is interpreted

    def runs(self, runs, size: float = BODY_PT, colour: str | None = None) -> None:
        for r in runs:
            self.text(r.text.replace("\n", "\u2028"), _char(size, r.bold, r.italic, colour))

    def heading(self, h: Heading) -> None:
        size = HEADING_PT.get(h.level, BODY_PT)
        self._new_block(_block(top=14 if h.level <= 2 else 8, bottom=4, level=h.level),
                        _char(size, True))
        self.heading_blocks[id(h)] = self.cursor.block().blockNumber()
        self.text(h.display, _char(size, True))

    def paragraph(self, p: Paragraph) -> None:
        size = BODY_PT - 1 if p.style == "note" else BODY_PT
        colour = "#52606d" if p.style in ("note", "empty") else None
        fmt = _block()
        if p.style == "quote":
            fmt.setLeftMargin(18)
        self._new_block(fmt)
        if p.style == "lead":
            self.runs([type(r)(r.text, True, r.italic) for r in p.runs], size, colour)
        else:
            self.runs(p.runs, size, colour)

    def bullets(self, lst: BulletList) -> None:
        lists: dict[int, object] = {}
        for item in lst.items:
            self._new_block(_block(bottom=2))
            lf = QTextListFormat()
            lf.setIndent(item.level + 1)
            lf.setStyle(QTextListFormat.Style.ListDecimal if lst.ordered else
                        (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                         QTextListFormat.Style.ListSquare)[item.level % 3])
            existing = lists.get(item.level)
            if existing is None:
                lists[item.level] = self.cursor.createList(lf)
            else:
                existing.add(self.cursor.block())
            self.runs(item.runs)

    def table(self, t: Table) -> None:
        if t.caption:
            self._new_block(_block(top=6, bottom=2))
            self.text(t.caption, _char(BODY_PT - 0.5, True))
        self._new_block(_block(bottom=0))
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setCellPadding(3)
        fmt.setCellSpacing(0)
        fmt.setBorder(0.5)
        fmt.setBorderCollapse(True)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 100 * w)
                                       for w in t.widths])
        table = self.cursor.insertTable(len(t.rows) + 1, len(t.header), fmt)
        for c, head in enumerate(t.header):
            cell = table.cellAt(0, c)
            cf = cell.format()
            from PySide6.QtGui import QColor

            cf.setBackground(QColor("#e4e7eb"))
            cell.setFormat(cf)
            cell.firstCursorPosition().insertText(head, _char(BODY_PT - 1, True))
        for r, row in enumerate(t.rows, start=1):
            if r - 1 in t.group_rows:
                table.mergeCells(r, 0, 1, len(t.header))
            for c, value in enumerate(row):
                if r - 1 in t.group_rows and c > 0:
                    break
                text = value if isinstance(value, str) else plain_text(value)
                table.cellAt(r, c).firstCursorPosition().insertText(
                    text, _char(BODY_PT - 1, r - 1 in t.group_rows))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.first = False

    def figure(self, f: Figure) -> None:
        if f.visual is None:
            return
        from desktop.export_ui.visual_png import render_image

        image = render_image(f.visual, FIGURE_DPI)
        self.figures += 1
        name = f"figure://{self.figures}"
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        width = TEXT_WIDTH
        height = width * image.height() / max(image.width(), 1)
        if height > TEXT_WIDTH * 1.3:  # a tall figure: keep it on one page
            height = TEXT_WIDTH * 1.3
            width = height * image.width() / max(image.height(), 1)
        self._new_block(_block(top=6, bottom=2))
        img = QTextImageFormat()
        img.setName(name)
        img.setWidth(width)
        img.setHeight(height)
        self.cursor.insertImage(img)
        self._new_block(_block(bottom=8))
        self.text(f.display_caption, _char(BODY_PT - 1, italic=True))

    def title_page(self, tp: TitlePage) -> None:
        self._new_block(_block(top=120, bottom=12), _char(24, True))
        self.text(tp.title, _char(24, True))
        if tp.subtitle:
            self._new_block(_block(bottom=24))
            self.text(tp.subtitle, _char(13, colour="#52606d"))
        for label, value in tp.lines:
            self._new_block(_block(bottom=2))
            self.text(f"{label}: ", _char(BODY_PT, True))
            self.text(value, _char(BODY_PT))

    def contents(self, toc: TableOfContents, report: Report) -> None:
        self._new_block(_block(bottom=8, level=1), _char(HEADING_PT[1], True))
        self.text(toc.title, _char(HEADING_PT[1], True))
        for h in report.headings(2):
            fmt = _block(bottom=1)
            fmt.setLeftMargin(14 * (h.level - 1))
            fmt.setRightMargin(TOC_NUMBER_W)  # the page number is drawn there when printing
            self._new_block(fmt)
            self.toc_entries.append((self.cursor.block().blockNumber(), id(h)))
            self.text(h.display, _char(BODY_PT, h.level == 1))

    def toc_pages(self, page_of_block) -> list[tuple[int, int]]:
        """(contents entry block, page of its chapter) for each entry whose chapter is written."""
        return [(toc_block, page_of_block(self.heading_blocks[hid]))
                for toc_block, hid in self.toc_entries if hid in self.heading_blocks]


def report_document(report: Report) -> QTextDocument:
    """A QTextDocument of `report`, ready for QTextDocument.print_()."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setTextWidth(TEXT_WIDTH)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
    w = _Writer(doc)
    for block in report.blocks:
        _write(w, block, report)
    return doc


FOOTER = 26.0  # document units under each page's text for its page number


class ReportPrint:
    """The report printed in steps: `build_step()` until it returns False (one report
    block each), then `paginate(page_size)`, then `print_page(painter, i)` for each page."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.setTextWidth(TEXT_WIDTH)
        self.doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
        self.writer = _Writer(self.doc)
        self.done = 0
        self.page_h = 0.0

    @property
    def total(self) -> int:
        return len(self.report.blocks)

    def build_step(self) -> bool:
        """Write the next report block; False when all are written."""
        if self.done >= self.total:
            return False
        _write(self.writer, self.report.blocks[self.done], self.report)
        self.done += 1
        return self.done < self.total

    def paginate(self, page: QSizeF) -> int:
        """Lay the document out on pages of `page` (device units, the printable area) and
        put the chapters' pages in the contents; returns the number of pages."""
        scale = page.width() / TEXT_WIDTH
        self.scale = scale
        self.page_h = page.height() / scale - FOOTER
        self.doc.setPageSize(QSizeF(TEXT_WIDTH, self.page_h))
        layout = self.doc.documentLayout()

        def page_of(block_number: int) -> int:
            rect = layout.blockBoundingRect(self.doc.findBlockByNumber(block_number))
            return int(rect.top() // self.page_h) + 1

        pages = self.doc.pageCount()  # lays the document out (one step: Qt does it at once)
        self.toc = self.writer.toc_pages(page_of)
        self.numbered = len(self.toc)
        return pages

    def page_of_heading(self, heading) -> int | None:
        block = self.writer.heading_blocks.get(id(heading))
        if block is None:
            return None
        rect = self.doc.documentLayout().blockBoundingRect(self.doc.findBlockByNumber(block))
        return int(rect.top() // self.page_h) + 1

    def print_page(self, painter, i: int) -> None:
        """Paint page `i` (from 0) with its number at the foot."""
        from PySide6.QtGui import QAbstractTextDocumentLayout

        painter.save()
        painter.scale(self.scale, self.scale)
        painter.save()
        painter.translate(0, -i * self.page_h)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = QRectF(0, i * self.page_h, TEXT_WIDTH, self.page_h)
        painter.setClipRect(ctx.clip)
        self.doc.documentLayout().draw(painter, ctx)
        painter.restore()
        from PySide6.QtGui import QColor, QFont

        def sized(pt: float) -> QFont:  # in document units, as the document's own text
            from PySide6.QtGui import QGuiApplication

            screen = QGuiApplication.primaryScreen()
            dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
            f = QFont()
            f.setPixelSize(max(1, round(pt * dpi / 72)))
            return f

        painter.setFont(sized(BODY_PT))
        painter.setPen(QColor("#1f2933"))
        layout = self.doc.documentLayout()
        for toc_block, page in self.toc:  # the chapters' pages beside the contents entries
            rect = layout.blockBoundingRect(self.doc.findBlockByNumber(toc_block))
            top = rect.top() - i * self.page_h
            if 0 <= top < self.page_h:
                painter.drawText(QRectF(0, top, TEXT_WIDTH, rect.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(page))
        painter.setFont(sized(BODY_PT - 1.5))
        painter.setPen(QColor("#52606d"))
        painter.drawText(QRectF(0, self.page_h, TEXT_WIDTH, FOOTER),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(i + 1))
        painter.restore()


def _write(w: _Writer, block, report: Report) -> None:
    if isinstance(block, PageBreak):
        w.break_next = True
    elif isinstance(block, TitlePage):
        w.title_page(block)
    elif isinstance(block, TableOfContents):
        w.contents(block, report)
    elif isinstance(block, Heading):
        w.heading(block)
    elif isinstance(block, Paragraph):
        w.paragraph(block)
    elif isinstance(block, BulletList):
        w.bullets(block)
    elif isinstance(block, Table):
        w.table(block)
    elif isinstance(block, Figure):
        w.figure(block)
