"""File ▸ Print report… (Ctrl+P) and File ▸ Print visual… : the system print dialog,
then the report (as laid out for the Word and PDF export) or the visual of the view in
front (Part A or Part B, as filtered) on the chosen printer or PDF file.

The report is prepared off the UI thread (figures laid out, report built: desktop.app.workers)
and then written and printed in steps on the UI thread (one report block or one page per
step, desktop.app.print_document.ReportPrint), with a progress dialog whose Cancel stops it
between two steps (a half-written PDF file is removed). The window stays usable meanwhile;
quitting stops a print that is still running (MainWindow asks first).

    from desktop.app import printing as print_ui
    print_ui.install(window)   # once, when the main window is built
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog


def _prepare_report(doc: dict, lang: str, progress=None):
    """Off the UI thread: the report's figures and the report itself (Qt-free)."""
    from desktop.export.graphics.visuals import layouts_available, report_visuals
    from desktop.export.report.build import build_report

    progress(0, 2, "layout")
    visuals = report_visuals(doc, lang) if any(layouts_available().values()) else {}
    progress(1, 2, "report")
    report = build_report(doc, lang, visuals=visuals)
    progress(2, 2, "report")
    return report


class ReportPrintJob(QObject):
    """One Print report run: prepare (pool thread), write and print (UI thread, in steps)."""

    PREPARE = 10  # progress units for the preparation, before the blocks and the pages

    def __init__(self, actions: PrintActions, printer: QPrinter, doc: dict, lang: str) -> None:
        super().__init__(actions)
        from desktop.app import workers

        self.actions = actions
        self.window = actions.window
        self.printer = printer
        self.running = True
        self.stop_requested = False
        self.printing: object | None = None
        self.painter: QPainter | None = None
        self.page = 0
        self.pages = 0
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)
        self.dialog = QProgressDialog(self.tr("Preparing the report…"), self.tr("Cancel"),
                                      0, self.PREPARE, self.window)
        self.dialog.setObjectName("print_progress")
        self.dialog.setWindowTitle(self.tr("Print report"))
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.show()
        workers.track(self)
        self._signals = workers.run_in_background(
            _prepare_report, doc, lang, on_finished=self._prepared,
            on_failed=self._failed, on_cancelled=lambda: self._end(self.tr("Printing stopped.")))

    def cancel(self) -> None:
        """Stop at the next step (what Cancel and quitting do)."""
        self.stop_requested = True
        self._signals.cancel()
        if self.printing is not None:
            self._end(self.tr("Printing stopped."), remove_output=True)

    def _prepared(self, report) -> None:
        if self.stop_requested:
            self._end(self.tr("Printing stopped."))
            return
        from desktop.app.print_document import ReportPrint

        self.printing = ReportPrint(report)
        self.dialog.setMaximum(self.PREPARE + self.printing.total)
        self.dialog.setValue(self.PREPARE)
        self.dialog.setLabelText(self.tr("Writing the report…"))
        self.timer.start()

    def _failed(self, exc: BaseException) -> None:
        self._end(None)
        self.window.show_error(exc)

    def _step(self) -> None:
        p = self.printing
        if p is None or self.stop_requested:
            return
        if self.painter is None:  # still writing the document
            if p.build_step():
                self.dialog.setValue(self.PREPARE + p.done)
                return
            painter = QPainter()
            if not painter.begin(self.printer):
                self._end(None)
                self.window.show_error(self.tr("The printer could not be started."))
                return
            self.painter = painter
            rect = self.printer.pageRect(QPrinter.Unit.DevicePixel)
            self.pages = p.paginate(QSizeF(rect.width(), rect.height()))
            self.dialog.setMaximum(self.PREPARE + p.total + self.pages)
            self.dialog.setLabelText(self.tr("Printing page %1 of %2…").replace("%1", "1")
                                     .replace("%2", str(self.pages)))
            return
        p.print_page(self.painter, self.page)
        self.page += 1
        self.dialog.setValue(self.PREPARE + p.total + self.page)
        if self.page < self.pages:
            self.printer.newPage()
            self.dialog.setLabelText(self.tr("Printing page %1 of %2…").replace(
                "%1", str(self.page + 1)).replace("%2", str(self.pages)))
            return
        self.painter.end()
        self.painter = None
        self.actions._done(self.printer, self.tr("the report"))
        self._end(None)

    def _end(self, message: str | None, remove_output: bool = False) -> None:
        from desktop.app import workers

        if not self.running:
            return
        self.running = False
        self.timer.stop()
        if self.painter is not None:
            self.painter.end()
            self.painter = None
        target = self.printer.outputFileName()
        if remove_output and target:
            Path(target).unlink(missing_ok=True)  # a half-written PDF is no use
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        if message:
            self.window.statusBar().showMessage(message, 10000)
        self.actions.job = None
        workers.untrack(self)
        self.deleteLater()


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
        self.job: ReportPrintJob | None = None  # the report print under way

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
        if self.job is not None:  # one at a time: show the one under way
            self.job.dialog.raise_()
            return False
        printer = self._ask(self.tr("Print report"), landscape=False)
        if printer is None:
            return False
        from db.interchange import export_document
        from desktop.domain.wizard.default_names import content_language

        self.window.commit_pending()
        doc = export_document(session.store)  # the snapshot the job works on
        lang = content_language(doc.get("roadmap"), getattr(self.window, "lang", "nl"))
        self.job = ReportPrintJob(self, printer, doc, lang)
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
