"""The dialog that writes the yearly progress report from the monitoring view.

    dialog = ProgressReportDialog(session, "nl", parent)
    dialog.open()

The user picks the reporting year, the revision to compare with (by default the newest
named revision made before that year, kept in the file or on disk), the report language
and where to save (PDF or Word, through a file dialog). The report is written on a pool
thread with a progress bar; a problem is shown in the dialog in the interface language and
nothing else is touched (the roadmap file is never a target).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.interchange import export_document
from desktop.app.workers import run_in_background
from desktop.export.report.progress import report_years
from desktop.settings.window_state import Settings

AUTOMATIC = "auto"


class ProgressReportDialog(QDialog):
    """Write the progress report of `session`'s roadmap.

    Signals:
        written(str): the path of the report, after it was written.
        failed(str): the message shown when writing failed.
    """

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, session, lang: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang if lang in ("nl", "en") else "en"
        self.today = today or dt.date.today()
        self.settings = settings or Settings()
        self.busy = False
        self._signals = None
        self.doc = export_document(session.store)
        self.setWindowTitle(self.tr("Progress report for the funder"))
        self.setObjectName("ProgressReportDialog")

        path_row = self._build_choices(session)
        self._build_form(path_row)
        self.inputs = (self.year_combo, self.revision_combo, self.lang_combo, self.path_edit,
                       self.browse_button, self.write_button)
        self.resize(560, self.sizeHint().height())

    def _build_choices(self, session) -> QHBoxLayout:
        """The year, revision and language choices and the path with its Browse button;
        the row of the path."""
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Reporting year"))
        years = report_years(self.doc) or [self.today.year - 1]
        for y in years:
            self.year_combo.addItem(str(y), y)
        default = self.today.year - 1 if self.today.year - 1 in years else years[-1]
        self.year_combo.setCurrentIndex(years.index(default))
        self.revision_combo = QComboBox()
        self.revision_combo.setAccessibleName(self.tr("Revision to compare with"))
        self.revision_combo.addItem(self.tr("The newest named revision before the reporting year"), AUTOMATIC)
        from desktop.domain.changes import revision_choices

        for ref in revision_choices(session.store):
            if ref.kind == "named":
                suffix = self.tr(" (kept in the file)") if ref.in_file else ""
                self.revision_combo.addItem(ref.title() + suffix, ref.key)
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Report language"))
        self.lang_combo.addItem(self.tr("Dutch"), "nl")
        self.lang_combo.addItem(self.tr("English"), "en")
        road_lang = (self.doc.get("roadmap") or {}).get("language") or self.lang
        self.lang_combo.setCurrentIndex(0 if road_lang == "nl" else 1)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to write (PDF or Word)"))
        self.path_edit.setPlaceholderText(self.tr("…/progress-report.pdf or .docx"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the progress report"))
        self.browse_button.setAutoDefault(False)  # Enter writes the report, it does not browse
        self.browse_button.clicked.connect(lambda _=False: self.browse())
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        return path_row

    def _build_form(self, path_row: QHBoxLayout) -> None:
        """The form of choices, the progress bar, the status line and the buttons."""
        form = QFormLayout()
        form.addRow(self.tr("Reporting &year:"), self.year_combo)
        form.addRow(self.tr("Compare &with:"), self.revision_combo)
        form.addRow(self.tr("&Language:"), self.lang_combo)
        form.addRow(self.tr("&Save as:"), path_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names as written
        self.status.setAccessibleName(self.tr("Progress report status"))
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(self.tr("&Write report"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.write_button.clicked.connect(lambda _=False: self.start())
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)

    # -- choosing ------------------------------------------------------------------------

    def year(self) -> int:
        data = self.year_combo.currentData()
        return int(data) if data is not None else self.today.year - 1

    def browse(self) -> str:
        start = self.path_edit.text().strip() or str(
            Path(self.settings.export_dir()) / self.tr("progress-report-%1.pdf").replace("%1", str(self.year())))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the progress report"), start,
                                              self.tr("PDF (*.pdf);;Word document (*.docx)"))
        if path:
            if Path(path).suffix.lower() not in (".pdf", ".docx"):
                path = str(Path(path).with_suffix(".pdf"))
            self.path_edit.setText(path)
        return path

    def _problem(self, target: Path | None) -> str | None:
        if target is None:
            return self.tr("Choose where to save the progress report.")
        own = getattr(self.session.store, "path", None)
        try:
            if own and target.resolve() == Path(own).resolve():
                return self.tr("That is the roadmap file itself; choose another name for the report.")
        except OSError:
            pass
        if target.suffix.lower() not in (".pdf", ".docx"):
            return self.tr("Choose a file name ending in .pdf or .docx.")
        if target.exists() and target.is_dir():
            return self.tr("%1 is a folder; choose a file name.").replace("%1", str(target))
        return None

    # -- writing -------------------------------------------------------------------------

    def start(self) -> bool:
        """Check the choices and start writing; False (with the reason shown) if they do not do."""
        if self.busy:
            return False
        text = self.path_edit.text().strip()
        target = Path(text).expanduser() if text else None
        problem = self._problem(target)
        if problem:
            self._show_error(problem)
            return False
        from desktop.domain.revisions import snapshot_folder
        from desktop.monitoring.progress_job import write_progress

        key = self.revision_combo.currentData()
        self._set_busy(True)
        self.progress.setRange(0, 2)
        self.progress.setValue(0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing the progress report…"))
        self.target = target
        self._signals = run_in_background(
            write_progress, self.doc, self.year(), lang=self.lang_combo.currentData(), target=target,
            folder=snapshot_folder(self.doc), revision_key=None if key == AUTOMATIC else key,
            today=self.today, on_progress=self._on_progress, on_finished=self._on_finished,
            on_failed=self._on_failed)
        return True

    def _on_progress(self, done: int, total: int, step: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText({"layout": self.tr("Laying out the KPI charts…"),
                             "pdf": self.tr("Writing the PDF report…"),
                             "docx": self.tr("Writing the Word report…")}.get(step, self.tr("Writing…")))

    def _on_finished(self, paths: list) -> None:
        self._set_busy(False)
        self.progress.setValue(self.progress.maximum())
        path = str(paths[0]) if paths else str(self.target)
        self.settings.set_export_dir(str(Path(path).parent))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Wrote %1").replace("%1", path))
        self.written.emit(path)

    def _on_failed(self, exc: BaseException) -> None:
        from db.errors import RoadmapError
        from desktop.domain.reasons import refusal_text

        self._set_busy(False)
        self.progress.setValue(0)
        if isinstance(exc, (RoadmapError, ValueError)):
            message = refusal_text(exc, self.lang)
        else:
            message = self.tr("The progress report could not be written: %1").replace(
                "%1", f"{type(exc).__name__}: {exc}")
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #b42318;")
        self.status.setText(message)
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in self.inputs:
            w.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def reject(self) -> None:
        if self.busy:  # the report finishes on its own; closing halfway would lose it
            self.status.setText(self.tr("Please wait until the report has been written."))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.busy:
            event.ignore()
            self.status.setText(self.tr("Please wait until the report has been written."))
            return
        super().closeEvent(event)
