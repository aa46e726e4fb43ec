"""Step 5 monitoring: KPIs with their traffic light, chart and measurements; action status.

Left, every KPI with its light; right, the chosen KPI's chart (baseline → measurements →
target, plan line, today) above its measurements, editable in place. A second tab lists
the actions with their status (editable), late ones first when asked. Every edit goes
through the session (stored at once, undoable); everything redraws from `changed`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget

from db import catalogue
from db.errors import RoadmapError
from db.ops import Change, Create, Delete
from desktop.app.plain_text import literal
from desktop.app.session import RoadmapSession
from desktop.domain.monitoring.status import (
    LIGHT_COLOUR,
    LIGHT_LABEL,
    KpiStatus,
    action_summary,
    is_late,
    kpi_statuses,
)
from desktop.domain.reasons import refusal_text
from desktop.domain.visuals.figure_text import number
from desktop.monitoring.pages import MonitoringPages

WATCHED = {"kpi", "kpi_measurement", "action", "partner", "value_chain", "roadmap"}


def light_icon(light: str, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(LIGHT_COLOUR[light]))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pix)


class MonitoringView(MonitoringPages, QWidget):
    """KPI monitoring and action status of one roadmap.

    Signals:
        message(str): something to tell the user (a refused edit).
    """

    message = Signal(str)
    report_written = Signal(str)
    report_failed = Signal(str)

    def __init__(self, session: RoadmapSession, lang: str, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.today = today or dt.date.today()
        self.statuses: list[KpiStatus] = []

        kpi_page = self._build_kpi_page(session, lang)
        action_page = self._build_action_page(session, lang)
        corner = self._build_report_buttons()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Monitoring"))
        self.tabs.setCornerWidget(corner)
        self.tabs.addTab(kpi_page, self.tr("KPIs"))
        self.tabs.addTab(action_page, self.tr("Action status"))
        self.tabs.addTab(self._build_changes_page(), self.tr("Changes"))
        self.tabs.currentChanged.connect(lambda i: self._fill_revisions() if i == 2 else None)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.tabs)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        session.changed.connect(self._on_change)
        self._show_history()
        self.refresh()
        if self.kpi_table.rowCount():
            self.kpi_table.setCurrentCell(0, 0)

    # -- data ----------------------------------------------------------------------------

    def _action_rows(self, entity: str) -> list[dict]:
        rows = self.session.store.rows(entity)
        if entity == "action" and self.late_only.isChecked():
            rows = [r for r in rows if is_late(r, self.today)]
        return rows

    def _reload_actions(self) -> None:
        self.action_model.reload()

    def _on_change(self, change: Change) -> None:
        if change.entities & WATCHED:
            self._refresh_timer.start()

    def refresh(self) -> None:
        doc = {name: self.session.store.rows(name) for name in ("kpi", "kpi_measurement", "action")}
        current = self.current_kpi_id()
        self.statuses = kpi_statuses(doc, self.today)
        labels = LIGHT_LABEL[self.lang]
        self.kpi_table.blockSignals(True)
        self.kpi_table.setRowCount(len(self.statuses))
        for r, s in enumerate(self.statuses):
            name = QTableWidgetItem(s.kpi.get("name") or "")
            name.setData(Qt.ItemDataRole.UserRole, s.id)
            name.setIcon(light_icon(s.light))
            name.setToolTip(literal(s.kpi.get("name") or ""))
            latest = QTableWidgetItem(
                f"{number(s.latest.value, self.lang)} ({s.latest.date.isoformat()})" if s.latest else "–")
            light = QTableWidgetItem(labels[s.light])
            light.setForeground(QColor(LIGHT_COLOUR[s.light]).darker(130))
            for c, item in enumerate((name, latest, light)):
                self.kpi_table.setItem(r, c, item)
        self.kpi_table.blockSignals(False)
        counts: dict[str, int] = {}
        for s in self.statuses:
            counts[s.light] = counts.get(s.light, 0) + 1
        self.kpi_summary.setText(" · ".join(f"{labels[k]}: {n}" for k, n in counts.items()))
        if current is not None:
            self.select_kpi(current)
        self._show_current()
        summary = action_summary(doc, self.today)
        status_field = catalogue.entity("action").by_name["status"]
        parts = [f"{status_field.choice_label(code, self.lang)}: {n}"
                 for code, n in sorted(summary.by_status.items())]
        self.action_summary_label.setText(
            self.tr("%1 actions · %2 % done · %3 late").replace("%1", str(summary.total))
            .replace("%2", str(round(summary.done_share * 100))).replace("%3", str(len(summary.late)))
            + "\n" + " · ".join(parts))
        if self.late_only.isChecked():
            self._reload_actions()

    # -- changes since a revision --------------------------------------------------------

    def _fill_revisions(self) -> None:
        current = self.revision_combo.currentData()
        self.revision_combo.blockSignals(True)
        self.revision_combo.clear()
        self.revision_combo.addItem(self.tr("(choose a revision)"), None)
        from desktop.domain.changes import revision_choices

        self._revision_refs = {ref.key: ref for ref in revision_choices(self.session.store)}
        for ref in self._revision_refs.values():
            title = ref.title() + (self.tr(" (kept in the file)") if ref.in_file else "")
            self.revision_combo.addItem(title, ref.key)
        index = self.revision_combo.findData(current) if current else 0
        self.revision_combo.setCurrentIndex(max(index, 0))
        self.revision_combo.blockSignals(False)
        self.compare_with_revision()

    def compare_with_revision(self, path: str | None = None) -> list:
        """Compare the roadmap as it is now with a revision (a snapshot file `path`, or the
        one chosen in the list); show and return the lines."""
        from db.errors import RoadmapError as Error
        from desktop.domain.changes import changes_since_file, changes_since_revision

        key = None if path else self.revision_combo.currentData()
        ref = getattr(self, "_revision_refs", {}).get(key) if key else None
        self.change_lines = []
        try:
            if path:
                self.change_lines = changes_since_file(self.session.store, path, self.lang)
            elif ref is not None:
                self.change_lines = changes_since_revision(self.session.store, ref, self.lang)
        except Error as exc:
            self.message.emit(refusal_text(exc, self.lang))
        kinds = {"added": self.tr("added"), "changed": self.tr("changed"), "removed": self.tr("removed")}
        self.changes_table.setRowCount(len(self.change_lines))
        for r, line in enumerate(self.change_lines):
            for c, text in enumerate((kinds[line.kind], line.entity_label, line.what)):
                self.changes_table.setItem(r, c, QTableWidgetItem(text))
        self.changes_label.setText(
            self.tr("%n change(s) since this revision", "", len(self.change_lines)) if (path or ref) else "")
        return self.change_lines

    def _jump_to_change(self, row: int, _col: int) -> None:
        line = self.change_lines[row]
        window = self.window()
        if line.kind != "removed" and hasattr(window, "show_item"):
            window.show_item(line.entity, line.row_id, None)

    # -- action status history -----------------------------------------------------------

    def current_action_id(self) -> str | None:
        index = self.action_table.currentIndex()
        return self.action_model.row_id(index.row()) if index.isValid() else None

    def _show_history(self) -> None:
        self.history.set_where({"action_id": self.current_action_id()})

    # -- KPI selection -------------------------------------------------------------------

    def current_kpi_id(self) -> str | None:
        item = self.kpi_table.item(self.kpi_table.currentRow(), 0) if self.kpi_table.rowCount() else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_kpi(self, kpi_id: str) -> bool:
        for r in range(self.kpi_table.rowCount()):
            if self.kpi_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == kpi_id:
                self.kpi_table.setCurrentCell(r, 0)
                return True
        return False

    def status_of(self, kpi_id: str | None) -> KpiStatus | None:
        return next((s for s in self.statuses if s.id == kpi_id), None)

    def _show_current(self) -> None:
        kpi_id = self.current_kpi_id()
        status = self.status_of(kpi_id)
        self.chart.show_status(status, self.today)
        self.add_button.setEnabled(status is not None and not self.session.store.read_only)
        self.delete_button.setEnabled(status is not None and not self.session.store.read_only)
        if status is None:
            self.light_label.setText(self.tr("Add KPIs in step 4 of the wizard to follow them here."))
        else:
            text = LIGHT_LABEL[self.lang][status.light]
            if status.achieved is not None:
                text += self.tr(" — %1 % of the planned change reached; %2 % expected by the "
                                "plan at the latest measurement").replace(
                    "%1", str(round(status.achieved * 100))).replace(
                    "%2", str(round((status.expected or 0) * 100)))
            self.light_label.setText(text)
        self.measurements.set_where({"kpi_id": kpi_id})

    # -- editing -------------------------------------------------------------------------

    def add_measurement(self) -> None:
        kpi_id = self.current_kpi_id()
        if kpi_id is None:
            return
        status = self.status_of(kpi_id)
        value = status.latest.value if status and status.latest else (
            status.baseline.value if status and status.baseline else 0.0)
        try:
            change = self.session.apply(
                [Create("kpi_measurement", {"kpi_id": kpi_id, "date": self.today.isoformat(),
                                            "value": value})],
                self.tr("Add measurement"))
        except RoadmapError as exc:
            self.message.emit(refusal_text(exc, self.lang))
            return
        new_id = change.rows[0].id
        ids = self.measurements.row_ids()
        if new_id in ids:
            index = self.measurements.index(ids.index(new_id), 1)
            self.measure_table.setCurrentIndex(index)
            self.measure_table.edit(index)

    def delete_measurements(self) -> None:
        rows = sorted({i.row() for i in self.measure_table.selectionModel().selectedRows()})
        if not rows and self.measure_table.currentIndex().isValid():
            rows = [self.measure_table.currentIndex().row()]
        ids = [self.measurements.row_id(r) for r in rows]
        if not ids:
            return
        try:
            self.session.apply([Delete("kpi_measurement", i) for i in ids],
                               self.tr("Delete %n measurement(s)", "", len(ids)))
        except RoadmapError as exc:
            self.message.emit(refusal_text(exc, self.lang))

    # -- the monitoring report ---------------------------------------------------------------

    def export_report(self, path: str | None = None) -> None:
        """Ask where to write the report (PDF or Word) and write it off the UI thread."""
        from PySide6.QtWidgets import QFileDialog

        from db.interchange import export_document
        from desktop.app.workers import run_in_background
        from desktop.settings.window_state import Settings

        settings = Settings()
        if path is None:
            start = str(Path(settings.export_dir()) / self.tr("monitoring-report.pdf"))
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export monitoring report"), start,
                self.tr("PDF (*.pdf);;Word document (*.docx)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_suffix(".pdf")
        settings.set_export_dir(str(target.parent))
        from desktop.monitoring.report_job import export_monitoring

        kind = {"docx" if target.suffix.lower() == ".docx" else "pdf": target}
        if self.revision_combo.currentData() and self.change_lines:
            from desktop.domain.changes import report_rows

            kind["changes"] = report_rows(self.change_lines)
            kind["since"] = self.revision_combo.currentText()
        self.report_button.setEnabled(False)
        self.message.emit(self.tr("Writing the monitoring report…"))
        self._job = run_in_background(
            export_monitoring, export_document(self.session.store), lang=self.lang,
            today=self.today, on_finished=lambda paths: self._report_done(paths),
            on_failed=lambda exc: self._report_done(None, exc), **kind)

    def _report_done(self, paths, exc: BaseException | None = None) -> None:
        self.report_button.setEnabled(True)
        if exc is not None:
            text = refusal_text(exc, self.lang)
            self.message.emit(text)
            self.report_failed.emit(text)
            return
        self.message.emit(self.tr("Wrote %1").replace("%1", str(paths[0])))
        self.report_written.emit(str(paths[0]))

    # -- the yearly progress report ----------------------------------------------------------

    def open_progress_dialog(self):
        """Open the dialog that writes the yearly progress report (kept in `progress_dialog`)."""
        from desktop.monitoring.progress_dialog import ProgressReportDialog

        dialog = ProgressReportDialog(self.session, self.lang, self, today=self.today)
        dialog.written.connect(lambda path: self.message.emit(self.tr("Wrote %1").replace("%1", path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.progress_dialog = dialog
        dialog.open()
        return dialog

    # -- navigation from elsewhere -------------------------------------------------------

    def show_target(self, entity: str, row_id: str | None, field: str | None = None) -> bool:
        if entity == "kpi" and row_id:
            self.tabs.setCurrentIndex(0)
            return self.select_kpi(row_id)
        if entity == "kpi_measurement" and row_id:
            row = self.session.store.get("kpi_measurement", row_id)
            if row and self.select_kpi(row["kpi_id"]):
                self.tabs.setCurrentIndex(0)
                ids = self.measurements.row_ids()
                if row_id in ids:
                    self.measure_table.selectRow(ids.index(row_id))
                return True
        return False

