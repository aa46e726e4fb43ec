"""The export dialog: reports (Word, PDF), posters and images of the open roadmap.

    dialog = ExportDialog(session, lang="nl", parent=window)
    dialog.exec()

The user picks formats and target paths, the report language, the chapters, how empty
sections are shown, the poster paper and the image resolution. Export takes a plain
snapshot of the roadmap on the UI thread and runs `desktop.export.job.run_export` on
a pool thread, with a progress bar; errors come back as a message box with the
exporter's explanation. The folder and the choices are remembered in Settings.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.interchange import export_document
from desktop.app.workers import run_in_background
from desktop.export.errors import ExportError
from desktop.export.graphics.visuals import layouts_available, visual_keys
from desktop.export.job import plan, run_export
from desktop.export.naming import report_base_name
from desktop.export.report.build import SECTION_KEYS
from desktop.export_ui.visual_png import save_png
from desktop.settings.window_state import Settings

FORMATS = ("docx", "pdf", "poster", "images")


class ExportDialog(QDialog):
    """Export the roadmap of `session` (a RoadmapSession); `lang` is the UI language
    ("nl"/"en"), used as the report language when the roadmap names none."""

    exported = Signal(list)  # the paths written, after a successful export

    def __init__(self, session, lang: str = "nl", parent: QWidget | None = None, *,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang if lang in ("nl", "en") else "en"
        self.settings = settings or Settings()
        self.busy = False
        self.result_paths: list[Path] = []
        self._signals = None
        self.doc_preview = export_document(session.store)
        self.setWindowTitle(self.tr("Export roadmap"))
        self.setObjectName("ExportDialog")
        self._build()
        self._restore()
        self._update_enabled()

    # -- widgets -------------------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        formats = self._build_formats()
        lay.addWidget(formats)
        content = QGroupBox(self.tr("Content"))
        form = QFormLayout(content)
        self._build_report_options(form)
        self._build_visual_options(form)
        lay.addWidget(content)
        self._build_progress_and_buttons(lay)
        self.inputs = [formats, content]
        self._check_visuals_available()

    def _build_formats(self) -> QGroupBox:
        """The formats box: a check, a path and a Browse button per format."""
        formats = QGroupBox(self.tr("Formats"))
        grid = QGridLayout(formats)
        labels = {"docx": self.tr("Word report (.docx)"), "pdf": self.tr("PDF report (.pdf)"),
                  "poster": self.tr("Poster (.pdf)"), "images": self.tr("Images (PNG and SVG) in folder")}
        self.checks: dict[str, QCheckBox] = {}
        self.paths: dict[str, QLineEdit] = {}
        for row, key in enumerate(FORMATS):
            check = QCheckBox(labels[key])
            edit = QLineEdit()
            edit.setAccessibleName(labels[key])
            edit.setMinimumWidth(360)
            browse = QPushButton(self.tr("Browse…"))
            browse.setAccessibleName(self.tr("Choose where to save: %1").replace("%1", labels[key]))
            browse.clicked.connect(lambda _=False, k=key: self._browse(k))
            check.toggled.connect(self._update_enabled)
            grid.addWidget(check, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(browse, row, 2)
            self.checks[key], self.paths[key] = check, edit
        return formats

    def _build_report_options(self, form: QFormLayout) -> None:
        """The report's language, chapters, empty sections and changes annex."""
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Report language"))
        form.addRow(self.tr("Report language:"), self.language)
        names = {"ch1": self.tr("1 Introduction"), "ch2": self.tr("2 Future visions"),
                 "ch3": self.tr("3 Current situation"), "ch4": self.tr("4 Paths"),
                 "ch5": self.tr("5 Strategic action plan"), "annex": self.tr("Annexes")}
        box = QWidget()
        sec_grid = QGridLayout(box)
        sec_grid.setContentsMargins(0, 0, 0, 0)
        self.sections: dict[str, QCheckBox] = {}
        for i, key in enumerate(SECTION_KEYS):
            self.sections[key] = QCheckBox(names[key])
            self.sections[key].setChecked(True)
            self.sections[key].toggled.connect(self._update_enabled)
            sec_grid.addWidget(self.sections[key], i // 3, i % 3)
        form.addRow(self.tr("Chapters:"), box)
        self.empty = QComboBox()
        self.empty.addItem(self.tr("Leave empty sections out"), False)
        self.empty.addItem(self.tr("Show empty sections, marked as not yet filled in"), True)
        self.empty.setAccessibleName(self.tr("Empty sections"))
        form.addRow(self.tr("Empty sections:"), self.empty)
        self.changes_since = QComboBox()
        self.changes_since.setAccessibleName(self.tr("Annex with the changes since a revision"))
        self.changes_since.addItem(self.tr("No annex of changes"), None)
        from desktop.domain.changes import revisions

        for info in revisions(self.session.store):
            self.changes_since.addItem(info.title(), str(info.path))
        form.addRow(self.tr("Changes since:"), self.changes_since)

    def _build_visual_options(self, form: QFormLayout) -> None:
        """The poster paper, the visuals the poster and images show, the image resolution."""
        self.paper = QComboBox()
        for paper in ("A3", "A2"):
            self.paper.addItem(self.tr("%1 landscape").replace("%1", paper), paper)
        self.paper.setAccessibleName(self.tr("Poster paper"))
        form.addRow(self.tr("Poster paper:"), self.paper)
        self.poster_visual = QComboBox()
        self.poster_visual.addItem(self.tr("All visuals (a poster page / an image each)"), "all")
        chains = {vc["id"]: vc.get("name") or "" for vc in self.doc_preview.get("value_chain") or []}
        for key in visual_keys(self.doc_preview):
            vc_id = key.partition(":")[2]
            text = self.tr("Part A – overview") if key == "overview" else \
                self.tr("Part B – %1").replace("%1", chains.get(vc_id, vc_id))
            self.poster_visual.addItem(text, key)
        self.poster_visual.setAccessibleName(self.tr("Visuals for the poster and the images"))
        form.addRow(self.tr("Poster and images show:"), self.poster_visual)
        self.dpi = QComboBox()
        for dpi in (150, 300, 600):
            self.dpi.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        self.dpi.setCurrentIndex(1)
        self.dpi.setAccessibleName(self.tr("Image resolution"))
        form.addRow(self.tr("Image resolution:"), self.dpi)

    def _build_progress_and_buttons(self, lay: QVBoxLayout) -> None:
        """The progress bar, the status line and the buttons."""
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(" ")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # paths and exporter messages
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = self.buttons.addButton(self.tr("Open &folder"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.setToolTip(self.tr("Show the exported files in the file manager"))
        self.open_folder_button.setVisible(False)  # shown once there is something to show
        self.open_folder_button.clicked.connect(self.open_folder)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _check_visuals_available(self) -> None:
        """Load the bundled fonts for the visuals, or turn the poster and images off when
        the visuals are not available."""
        available = layouts_available()
        if any(available.values()):
            from desktop.export_ui.visual_png import font_family

            font_family()  # load the bundled fonts into Qt here, not in the worker thread
        else:
            tip = self.tr("The roadmap visuals are not available in this version.")
            for key in ("poster", "images"):
                self.checks[key].setChecked(False)
                self.checks[key].setEnabled(False)
                self.checks[key].setToolTip(tip)

    # -- options -------------------------------------------------------------------------
    def _restore(self) -> None:
        folder = Path(self.settings.export_dir())
        if not folder.is_dir():
            folder = Path.home()
        base = report_base_name(self.doc_preview)
        defaults = {"docx": folder / f"{base}.docx", "pdf": folder / f"{base}.pdf",
                    "poster": folder / f"{base}-poster.pdf", "images": folder / f"{base}-visuals"}
        for key, path in defaults.items():
            self.paths[key].setText(str(path))
        opts = self.settings.export_options()
        for key in FORMATS:
            if self.checks[key].isEnabled():
                self.checks[key].setChecked(bool(opts.get("formats", {}).get(key, key in ("docx", "pdf"))))
        road_lang = (self.doc_preview.get("roadmap") or {}).get("language")
        self._select(self.language, opts.get("lang") or (road_lang if road_lang in ("nl", "en") else self.lang))
        self._select(self.empty, bool(opts.get("include_empty", False)))
        self._select(self.paper, opts.get("paper", "A3"))
        self._select(self.dpi, opts.get("dpi", 300))
        for key, check in self.sections.items():
            check.setChecked(key in opts.get("sections", SECTION_KEYS))

    def preset(self, kind: str) -> None:
        """Select the formats of one kind of export: "report" (Word and/or PDF, as last
        time; both when neither was chosen), "poster" or "images"."""
        wanted = {"poster": {"poster"}, "images": {"images"}}.get(kind)
        if wanted is None:
            last = self.settings.export_options().get("formats", {})
            wanted = {k for k in ("docx", "pdf") if last.get(k)} or {"docx", "pdf"}
        for key, check in self.checks.items():
            check.setChecked(key in wanted and check.isEnabled())
        titles = {"poster": self.tr("Export poster"), "images": self.tr("Export images")}
        self.setWindowTitle(titles.get(kind, self.tr("Export report")))

    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def options(self) -> dict:
        """The choices as plain data (what is remembered in Settings)."""
        return {"formats": {k: c.isChecked() for k, c in self.checks.items()},
                "lang": self.language.currentData(), "include_empty": self.empty.currentData(),
                "paper": self.paper.currentData(), "dpi": self.dpi.currentData(),
                "sections": [k for k, c in self.sections.items() if c.isChecked()]}

    def snapshot(self) -> dict:
        """A plain-data export request, made on the UI thread (the worker gets only this)."""
        on = {k: c.isChecked() and c.isEnabled() for k, c in self.checks.items()}
        path = {k: self.paths[k].text().strip() for k in FORMATS}
        return {"doc": export_document(self.session.store), "lang": self.language.currentData(),
                "include_empty": self.empty.currentData(),
                "sections": [k for k, c in self.sections.items() if c.isChecked()],
                "docx": path["docx"] if on["docx"] else None, "pdf": path["pdf"] if on["pdf"] else None,
                "poster": path["poster"] if on["poster"] else None, "paper": self.paper.currentData(),
                "visuals": self.poster_visual.currentData(),
                "png_dir": path["images"] if on["images"] else None,
                "svg_dir": path["images"] if on["images"] else None, "dpi": self.dpi.currentData(),
                **self._changes(self.language.currentData())}

    def _changes(self, lang: str) -> dict:
        """The "changes since" annex rows for the chosen revision ({} for none)."""
        revision = self.changes_since.currentData()
        if not revision:
            return {}
        from desktop.domain.changes import changes_since_file, report_rows

        lines = changes_since_file(self.session.store, revision, lang)
        return {"changes": report_rows(lines), "since": self.changes_since.currentText()}

    def _update_enabled(self) -> None:
        any_format = any(c.isChecked() and c.isEnabled() for c in self.checks.values())
        reports = self.checks["docx"].isChecked() or self.checks["pdf"].isChecked()
        any_section = any(c.isChecked() for c in self.sections.values())
        for key, edit in self.paths.items():
            edit.setEnabled(self.checks[key].isChecked())
        self.paper.setEnabled(self.checks["poster"].isChecked())
        self.poster_visual.setEnabled(self.checks["poster"].isChecked() or self.checks["images"].isChecked())
        self.dpi.setEnabled(self.checks["images"].isChecked() or self.checks["docx"].isChecked())
        self.export_button.setEnabled(not self.busy and any_format and (any_section or not reports))

    def _browse(self, key: str) -> None:
        current = self.paths[key].text().strip() or self.settings.export_dir()
        if key == "images":
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the images"), current)
        else:
            title = {"docx": self.tr("Save Word report"), "pdf": self.tr("Save PDF report"),
                     "poster": self.tr("Save poster")}[key]
            pattern = self.tr("Word document (*.docx)") if key == "docx" else self.tr("PDF (*.pdf)")
            path, _ = QFileDialog.getSaveFileName(self, title, current, pattern)
        if path:
            self.paths[key].setText(path)
            self.checks[key].setChecked(True)

    # -- running -------------------------------------------------------------------------
    def start_export(self) -> None:
        """Validate, snapshot and start the background export."""
        if self.busy:
            return
        snap = self.snapshot()
        missing = [k for k in FORMATS if self.checks[k].isChecked() and self.checks[k].isEnabled()
                   and not self.paths[k].text().strip()]
        if missing:
            self._show_error(self.tr("Choose where to save the export."))
            return
        if not snap["sections"] and (snap["docx"] or snap["pdf"]):
            self._show_error(self.tr("Choose at least one chapter for the report."))
            return
        steps = plan(snap)
        if not steps:
            self._show_error(self.tr("Choose at least one format."))
            return
        self._set_busy(True)
        self.open_folder_button.setVisible(False)
        self.result_paths = []
        self.progress.setRange(0, len(steps))
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self._signals = run_in_background(partial(run_export, png=save_png), snap, on_progress=self._on_progress,
                                          on_finished=self._on_finished, on_failed=self._on_failed,
                                          on_cancelled=self._on_cancelled)

    def _step_text(self, step: str) -> str:
        return {"layout": self.tr("Laying out the visuals…"), "png": self.tr("Rendering the images…"),
                "svg": self.tr("Writing the SVG images…"), "docx": self.tr("Writing the Word report…"),
                "pdf": self.tr("Writing the PDF report…"), "poster": self.tr("Writing the poster…"),
                "done": self.tr("Finishing…")}.get(step, self.tr("Exporting…"))

    def _on_progress(self, done: int, total: int, step: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self._step_text(step))

    def _on_finished(self, paths: list) -> None:
        self._set_busy(False)
        self.result_paths = [Path(p) for p in paths]
        self.progress.setValue(self.progress.maximum())
        folders = sorted({str(p.parent) for p in self.result_paths})
        n_files = len(self.result_paths)
        self.status.setText(self.tr("Export complete: %n file(s) written to %1.", "", n_files)
                            .replace("%1", ", ".join(folders)))
        if folders:
            self.settings.set_export_dir(folders[0])
        self.open_folder_button.setVisible(bool(folders))
        self.open_folder_button.setDefault(bool(folders))
        self.settings.set_export_options(self.options())
        self.exported.emit(self.result_paths)

    def open_folder(self) -> bool:
        """Open the folder of the exported files in the system's file manager."""
        if not self.result_paths:
            return False
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        first = self.result_paths[0]
        folder = first if first.is_dir() else first.parent
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        self._show_error(self.tr("The folder %1 could not be opened.").replace("%1", str(folder)))
        return False

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("The export was stopped."))

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("The export failed."))
        if isinstance(exc, (ExportError, ValueError)):
            from desktop.domain.reasons import refusal_text

            message = refusal_text(exc, self.lang)
        else:
            message = self.tr("The export failed unexpectedly: %1").replace("%1", f"{type(exc).__name__}: {exc}")
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        from desktop.app.plain_text import literal

        QMessageBox.warning(self, self.tr("Export"), literal(message))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in self.inputs:
            w.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self._update_enabled()

    def reject(self) -> None:
        if self.busy:  # the export cannot be abandoned halfway; it finishes on its own
            self.status.setText(self.tr("Please wait until the export has finished."))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.busy:
            event.ignore()
            self.status.setText(self.tr("Please wait until the export has finished."))
            return
        super().closeEvent(event)
