"""File ▸ Print report… (Ctrl+P) and File ▸ Print visual… : the system print dialog,
then the report (as laid out for the Word and PDF export) or the visual of the view in
front (Part A or Part B, as filtered) on the chosen printer or PDF file.

    from desktop.app import printing as print_ui
    print_ui.install(window)   # once, when the main window is built
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog


class PrintActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.report_action = QAction(self.tr("&Print report…"), window)
        self.report_action.setObjectName("print_report_action")
        self.report_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.report_action.setStatusTip(self.tr("Print the roadmap report on a printer or to a PDF file"))
        self.report_action.triggered.connect(self.print_report)
        self.visual_action = QAction(self.tr("Print &visual…"), window)
        self.visual_action.setObjectName("print_visual_action")
        self.visual_action.setStatusTip(self.tr("Print the visual shown in front (Part A or Part B)"))
        self.visual_action.triggered.connect(self.print_visual)
        for a in (self.report_action, self.visual_action):
            window.add_file_action(a)
        window.menu("file").aboutToShow.connect(self.update)
        window.session_changed.connect(lambda _s: self.update())
        self.update()
        self.printed: list[str] = []  # what was printed (titles), newest last

    def current_visual_view(self):
        tabs = getattr(self.window, "tabs", None)
        if tabs is None:
            return None
        view = tabs.view(tabs.current_key() or "")
        return view if view is not None and hasattr(view, "visual") else None

    def update(self) -> None:
        has = getattr(self.window, "session", None) is not None
        self.report_action.setEnabled(has)
        self.visual_action.setEnabled(has and self.current_visual_view() is not None)

    def _ask(self, title: str, landscape: bool) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        if landscape:
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def _done(self, printer: QPrinter, what: str) -> None:
        self.printed.append(what)
        target = printer.outputFileName()
        text = (self.tr("Printed %1 to %2").replace("%1", what).replace("%2", target) if target
                else self.tr("Sent %1 to the printer").replace("%1", what))
        self.window.statusBar().showMessage(text, 10000)

    def print_report(self) -> bool:
        session = getattr(self.window, "session", None)
        if session is None:
            return False
        printer = self._ask(self.tr("Print report"), landscape=False)
        if printer is None:
            return False
        from db.interchange import export_document
        from desktop.app.print_document import report_document
        from desktop.domain.wizard.default_names import content_language
        from desktop.export.graphics.visuals import layouts_available, report_visuals
        from desktop.export.report.build import build_report

        self.window.commit_pending()
        doc = export_document(session.store)
        lang = content_language(doc.get("roadmap"), getattr(self.window, "lang", "nl"))
        visuals = report_visuals(doc, lang) if any(layouts_available().values()) else {}
        report = build_report(doc, lang, visuals=visuals)
        report_document(report).print_(printer)
        self._done(printer, self.tr("the report"))
        return True

    def print_visual(self) -> bool:
        view = self.current_visual_view()
        if view is None:
            return False
        visual = view.visual()
        if visual is None:
            return False
        printer = self._ask(self.tr("Print visual"), landscape=visual.width >= visual.height)
        if printer is None:
            return False
        from desktop.export_ui.visual_png import paint_visual

        painter = QPainter()
        if not painter.begin(printer):
            self.window.show_error(self.tr("The printer could not be started."))
            return False
        try:
            page = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))  # origin: top-left
            scale = min(page.width() / visual.width, page.height() / visual.height)
            painter.translate((page.width() - visual.width * scale) / 2, 0)
            painter.scale(scale, scale)
            paint_visual(painter, visual)
        finally:
            painter.end()
        self._done(printer, self.tr("the visual"))
        return True


def install(window) -> PrintActions:
    actions = PrintActions(window)
    window.print_actions = actions
    return actions
