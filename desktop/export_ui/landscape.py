"""File ▸ Read roadmaps together (roll-up)… and File ▸ Generate working documents….

The roll-up window reads several roadmap files read-only (each opened read-only, copied
into a document and closed again: nothing in them can change) and shows the roll-up of
desktop.export.report.rollup for a government reader: the roadmaps side by side, partners
and projects in several roadmaps, overlapping value chains, shared intervention points,
KPI families, other roadmaps they share and a combined timeline. It can add roadmaps and
save the roll-up as PDF or Word.

The working-documents dialog writes the start note, a meeting report per workshop and the
synthesis of the process (desktop.export.report.process_docs) as Word files into a folder,
on a pool thread with a progress bar.

    from desktop.export_ui import landscape
    landscape.install(window)   # once, when the main window is built
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db.errors import RoadmapError
from db.interchange import export_document
from db.store import RoadmapStore
from desktop.app.workers import run_in_background


def read_roadmap(path: str | Path) -> dict:
    """The roadmap JSON document of the file at `path`, opened read-only."""
    with RoadmapStore.open(path, read_only=True) as store:
        return export_document(store)


def write_working_documents(doc: dict, lang: str, folder: Path, *, progress) -> list[Path]:
    """Write the working documents of `doc` into `folder` (a pool-thread job)."""
    from desktop.export import write_docx
    from desktop.export.report.process_docs import process_documents

    progress(0, 1, "build")
    docs = process_documents(doc, lang)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, (name, report) in enumerate(docs):
        progress(i, len(docs), name)
        out.append(write_docx(report, folder / f"{name}.docx"))
    progress(len(docs), len(docs), "done")
    return out


# -- the roll-up window ---------------------------------------------------------------------


class RollupWindow(QMainWindow):
    """Several roadmaps read together, read-only."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("RollupWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.lang = lang if lang in ("nl", "en") else "en"
        self.docs: list[dict] = []
        self.sources: list[str] = []
        self.report = None
        self.setWindowTitle(self.tr("Roadmaps read together"))
        bar = QToolBar(self)
        bar.setObjectName("rollup_toolbar")
        bar.setAccessibleName(self.tr("Roll-up tools"))
        self.add_action = bar.addAction(self.tr("Add roadmap…"))
        self.add_action.triggered.connect(lambda _=False: self.add_dialog())
        self.pdf_action = bar.addAction(self.tr("Save as PDF…"))
        self.pdf_action.triggered.connect(lambda _=False: self.save_dialog("pdf"))
        self.docx_action = bar.addAction(self.tr("Save as Word…"))
        self.docx_action.triggered.connect(lambda _=False: self.save_dialog("docx"))
        self.addToolBar(bar)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # titles as their authors wrote them
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Roadmaps in this roll-up"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("rollup_text")
        self.browser.setReadOnly(True)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Roll-up of the roadmaps"))
        body = QWidget(self)
        lay = QVBoxLayout(body)
        lay.addWidget(self.heading)
        lay.addWidget(self.browser, 1)
        self.setCentralWidget(body)
        self.resize(1000, 760)

    def add(self, doc: dict, source: str) -> None:
        self.docs.append(doc)
        self.sources.append(source)
        self.refresh()

    def add_files(self, paths) -> list[str]:
        """Read each file read-only and add it; returns the messages of those that failed."""
        problems = []
        for p in paths:
            try:
                self.add(read_roadmap(p), str(p))
            except RoadmapError as exc:
                from desktop.domain.reasons import refusal_text

                problems.append(f"{Path(p).name}: {refusal_text(exc, self.lang)}")
        return problems

    def add_dialog(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add roadmaps to the roll-up"), "",
                                                self.tr("Routekaart roadmap (*.roadmap)"))
        problems = self.add_files(paths)
        if problems:
            self.statusBar().showMessage("; ".join(problems), 10000)
        return problems

    def titles(self) -> list[str]:
        return [(d.get("roadmap") or {}).get("title") or Path(s).stem for d, s in zip(self.docs, self.sources)]

    def refresh(self) -> None:
        from desktop.app.print_document import report_document
        from desktop.export.report.rollup import build_rollup

        self.heading.setText(self.tr("Read-only: %1").replace("%1", " · ".join(self.titles())))
        if len(self.docs) < 2:
            self.report = None
            self.browser.setPlainText(self.tr("Add at least one more roadmap to read them together."))
            return
        self.report = build_rollup(self.docs, self.lang)
        document = report_document(self.report)
        document.setParent(self.browser)
        self.browser.setDocument(document)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def save_dialog(self, kind: str) -> Path | None:
        if self.report is None:
            self.statusBar().showMessage(self.tr("Add at least one more roadmap to read them together."), 8000)
            return None
        filters = {"pdf": self.tr("PDF (*.pdf)"), "docx": self.tr("Word document (*.docx)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the roll-up"), f"rollup.{kind}", filters[kind])
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_suffix(f".{kind}")
        if str(target) in self.sources:
            self.statusBar().showMessage(self.tr("That is one of the roadmap files; choose another name."), 10000)
            return None
        from desktop.export import write_docx, write_pdf

        try:
            out = (write_pdf if kind == "pdf" else write_docx)(self.report, target)
        except (OSError, RoadmapError) as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return None
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(out)), 10000)
        return out


# -- the working-documents dialog -----------------------------------------------------------


class WorkingDocumentsDialog(QDialog):
    """Write the start note, the meeting reports and the synthesis as Word files.

    Signals:
        written(list): the paths written.
        failed(str): the message shown when writing failed.
    """

    written = Signal(list)
    failed = Signal(str)

    def __init__(self, session, lang: str, parent: QWidget | None = None, *, folder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("WorkingDocumentsDialog")
        self.session = session
        self.busy = False
        self.paths: list[Path] = []
        self.doc = export_document(session.store)
        self.setWindowTitle(self.tr("Generate working documents"))
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setAccessibleName(self.tr("Folder for the working documents"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(lambda _=False: self.browse())
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Language of the documents"))
        self.lang_combo.addItem(self.tr("Dutch"), "nl")
        self.lang_combo.addItem(self.tr("English"), "en")
        road_lang = (self.doc.get("roadmap") or {}).get("language") or lang
        self.lang_combo.setCurrentIndex(0 if road_lang == "nl" else 1)
        n = len(self.doc.get("workshop") or [])
        self.what = QLabel(self.tr("Start note, meeting reports (workshops: %1) and the synthesis, as Word files.")
                           .replace("%1", str(n)))
        self.what.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), row)
        form.addRow(self.tr("&Language:"), self.lang_combo)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Working documents status"))
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(self.tr("&Write documents"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.write_button.clicked.connect(lambda _=False: self.start())
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.what)
        lay.addLayout(form)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def browse(self) -> str:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the working documents"),
                                                self.folder_edit.text())
        if path:
            self.folder_edit.setText(path)
        return path

    def start(self) -> bool:
        if self.busy:
            return False
        text = self.folder_edit.text().strip()
        if not text:
            self._show_error(self.tr("Choose a folder for the working documents."))
            return False
        folder = Path(text).expanduser()
        if folder.exists() and not folder.is_dir():
            self._show_error(self.tr("%1 is a file, not a folder.").replace("%1", str(folder)))
            return False
        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing the working documents…"))
        self._signals = run_in_background(write_working_documents, self.doc, self.lang_combo.currentData(),
                                          folder, on_progress=self._on_progress,
                                          on_finished=self._on_finished, on_failed=self._on_failed)
        return True

    def _on_progress(self, done: int, total: int, step: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if step not in ("build", "done"):
            self.status.setText(self.tr("Writing %1…").replace("%1", f"{step}.docx"))

    def _on_finished(self, paths: list) -> None:
        self._set_busy(False)
        self.paths = [Path(p) for p in paths]
        self.progress.setValue(self.progress.maximum())
        self.status.setText(self.tr("Wrote %1 documents in %2").replace("%1", str(len(paths)))
                            .replace("%2", str(self.paths[0].parent) if paths else ""))
        self.written.emit(self.paths)

    def _on_failed(self, exc) -> None:
        self._set_busy(False)
        from desktop.domain.reasons import refusal_text

        self._show_error(refusal_text(exc, self.lang_combo.currentData())
                         if isinstance(exc, RoadmapError) else str(exc))

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)
        self.failed.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.folder_edit, self.browse_button, self.lang_combo, self.write_button):
            w.setEnabled(not busy)


# -- the actions ------------------------------------------------------------------------------


class LandscapeActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("LandscapeActions")
        self.window = window
        self.rollup: RollupWindow | None = None
        self.dialog: WorkingDocumentsDialog | None = None
        self.rollup_action = QAction(self.tr("Read roadmaps &together (roll-up)…"), window)
        self.rollup_action.setObjectName("rollup_action")
        tip = self.tr("Open several roadmaps read-only side by side: overlaps, shared partners and projects, "
                      "a combined timeline")
        self.rollup_action.setStatusTip(tip)
        self.rollup_action.setToolTip(tip)
        self.rollup_action.triggered.connect(lambda _=False: self.open_rollup())
        self.docs_action = QAction(self.tr("Generate &working documents…"), window)
        self.docs_action.setObjectName("working_documents_action")
        tip = self.tr("Write the start note, the meeting reports and the synthesis of the process as Word files")
        self.docs_action.setStatusTip(tip)
        self.docs_action.setToolTip(tip)
        self.docs_action.triggered.connect(lambda _=False: self.open_documents())
        for a in (self.rollup_action, self.docs_action):
            window.add_file_action(a)
        window.session_changed.connect(self.on_session)
        self.on_session(getattr(window, "session", None))

    def on_session(self, session) -> None:
        self.docs_action.setEnabled(session is not None)

    def open_rollup(self) -> RollupWindow | None:
        """Ask for roadmap files and show them together with the open roadmap (if any)."""
        session = getattr(self.window, "session", None)
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Roadmaps to read together"), "",
                                                self.window.roadmap_filter())
        own = str(Path(session.path).resolve()) if session is not None and session.path != ":memory:" else None
        paths = [p for p in paths if own is None or str(Path(p).resolve()) != own]
        if not paths:
            return None
        w = RollupWindow(getattr(self.window, "lang", "nl"), self.window)
        if session is not None:
            w.docs.append(export_document(session.store))
            w.sources.append(session.path)
        problems = w.add_files(paths)
        if problems:
            self.window.show_error("\n".join(problems))
        if not w.docs:
            w.deleteLater()
            return None
        w.refresh()
        w.show()
        self.rollup = w
        return w

    def open_documents(self) -> WorkingDocumentsDialog | None:
        session = getattr(self.window, "session", None)
        if session is None:
            return None
        settings = getattr(self.window, "settings", None)
        base = settings.export_dir() if hasattr(settings, "export_dir") else ""
        stem = Path(session.path).stem if session.path != ":memory:" else "roadmap"
        folder = str(Path(base or Path(session.path).parent) / f"{stem}-working-documents")
        self.dialog = WorkingDocumentsDialog(session, getattr(self.window, "lang", "nl"), self.window,
                                             folder=folder)
        self.dialog.open()
        return self.dialog


def install(window) -> LandscapeActions:
    actions = LandscapeActions(window)
    window.landscape_actions = actions
    return actions
