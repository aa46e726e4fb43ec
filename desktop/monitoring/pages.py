"""The widgets of the monitoring view's tabs, built once: the KPI page (list, chart,
measurements), the action status page (actions, status history), the report buttons and
the changes-since-a-revision page. `MonitoringView` (desktop.monitoring.view) mixes this in
and keeps the data and the editing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.entity_table import ChoiceDelegate, EntityTableModel
from desktop.app.session import RoadmapSession
from desktop.monitoring.chart import KpiChart


class MonitoringPages:
    """Builders of the MonitoringView's pages; each sets the widgets it makes as attributes
    of the view (`self` is the MonitoringView) and returns the page."""

    def _build_kpi_page(self, session: RoadmapSession, lang: str) -> QSplitter:
        """The KPIs with their lights (left), the chosen KPI's chart and measurements (right)."""
        left = self._build_kpi_list()
        right = self._build_kpi_detail(session, lang)
        kpi_page = QSplitter()
        kpi_page.addWidget(left)
        kpi_page.addWidget(right)
        kpi_page.setStretchFactor(1, 1)
        kpi_page.setSizes([480, 800])
        return kpi_page

    def _build_kpi_list(self) -> QWidget:
        """The KPI list with the summary above it and the rule of the lights under it."""
        self.kpi_table = QTableWidget(0, 3)
        self.kpi_table.setAccessibleName(self.tr("KPIs and their traffic lights"))
        self.kpi_table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Latest"), self.tr("Status")])
        self.kpi_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpi_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kpi_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kpi_table.verticalHeader().hide()
        header = self.kpi_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.kpi_table.currentCellChanged.connect(lambda *_: self._show_current())
        self.rule_label = QLabel(self.tr(
            "On track: within 10 points of the straight plan line from baseline to target; "
            "at risk: within 25 points; off track: further behind, or the target date has "
            "passed."))
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: #52606d;")

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.kpi_summary = QLabel()
        ll.addWidget(self.kpi_summary)
        ll.addWidget(self.kpi_table, 1)
        ll.addWidget(self.rule_label)
        return left

    def _build_kpi_detail(self, session: RoadmapSession, lang: str) -> QWidget:
        """The chosen KPI's chart and light, and its measurements with Add and Delete."""
        self.chart = KpiChart()
        self.light_label = QLabel()
        self.light_label.setWordWrap(True)
        self.measure_table = QTableView()
        self.measure_table.setAccessibleName(self.tr("Measurements of the chosen KPI"))
        self.measure_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measure_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed
                                           | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.measure_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.measurements = EntityTableModel(session, "kpi_measurement", lang,
                                             columns=("date", "value", "note"),
                                             where={"kpi_id": None})  # the chosen KPI's
        self.measurements.error.connect(self.message)
        self.measure_table.setModel(self.measurements)
        self.add_button = QPushButton(self.tr("&Add measurement"))
        self.add_button.setAccessibleName(self.tr("Add a measurement"))
        self.delete_button = QPushButton(self.tr("&Delete measurement"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected measurements"))
        self.add_button.clicked.connect(self.add_measurement)
        self.delete_button.clicked.connect(self.delete_measurements)
        QShortcut(QKeySequence.StandardKey.Delete, self.measure_table, self.delete_measurements)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.chart, 3)
        rl.addWidget(self.light_label)
        rl.addLayout(buttons)
        rl.addWidget(self.measure_table, 2)
        return right

    def _build_action_page(self, session: RoadmapSession, lang: str) -> QWidget:
        """The actions with their status, and the status history of the chosen one."""
        # actions
        self.late_only = QCheckBox(self.tr("Show only &late actions"))
        self.late_only.toggled.connect(lambda _=False: self._reload_actions())
        self.action_summary_label = QLabel()
        self.action_summary_label.setWordWrap(True)
        self.action_table = QTableView()
        self.action_table.setAccessibleName(self.tr("Actions and their status"))
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.action_table.horizontalHeader().setDefaultSectionSize(150)
        self.action_model = EntityTableModel(
            session, "action", lang,
            columns=("title", "value_chain_id", "owner_id", "start_date", "end_date", "status"),
            readonly=("value_chain_id",), rows_source=self._action_rows)
        self.action_model.error.connect(self.message)
        self.action_table.setModel(self.action_model)
        self.action_table.setItemDelegate(ChoiceDelegate(self.action_model, self.action_table))
        self.action_table.setColumnWidth(0, 360)
        self.history_label = QLabel(self.tr("Status history of the chosen action"))
        self.history_table = QTableView()
        self.history_table.setAccessibleName(self.tr("Status history of the chosen action"))
        self.history_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history = EntityTableModel(session, "action_status_event", lang,
                                        columns=("date", "previous_status", "status", "note"),
                                        readonly=("previous_status", "status"),
                                        where={"action_id": None})  # the chosen action's
        self.history.error.connect(self.message)
        self.history_table.setModel(self.history)
        self.action_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_history())
        self.action_model.modelReset.connect(self._show_history)
        action_split = QSplitter(Qt.Orientation.Vertical)
        action_split.addWidget(self.action_table)
        history_box = QWidget()
        hl = QVBoxLayout(history_box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.history_label)
        hl.addWidget(self.history_table)
        action_split.addWidget(history_box)
        action_split.setSizes([520, 200])
        action_page = QWidget()
        al = QVBoxLayout(action_page)
        al.addWidget(self.action_summary_label)
        al.addWidget(self.late_only)
        al.addWidget(action_split, 1)
        return action_page

    def _build_report_buttons(self) -> QWidget:
        """The monitoring and progress report buttons (the tabs' corner)."""
        self.report_button = QPushButton(self.tr("E&xport monitoring report…"))
        self.report_button.setAccessibleName(self.tr("Export the monitoring report as PDF or Word"))
        self.report_button.clicked.connect(self.export_report)
        self.progress_action = QAction(self.tr("&Progress report for the funder…"), self)
        self.progress_action.setToolTip(self.tr(
            "Write the yearly progress report (KPI targets and results, portfolio, leverage, "
            "commitments, actions, changes since the previous revision) as PDF or Word"))
        self.progress_action.triggered.connect(lambda _=False: self.open_progress_dialog())
        self.addAction(self.progress_action)
        self.progress_button = QToolButton()
        self.progress_button.setDefaultAction(self.progress_action)
        self.progress_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.progress_button.setAccessibleName(self.tr("Write the yearly progress report"))
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addWidget(self.progress_button)
        corner_row.addWidget(self.report_button)
        return corner

    def _build_changes_page(self) -> QWidget:
        """The changes since a chosen revision."""
        # changes since a revision
        self.revision_combo = QComboBox()
        self.revision_combo.setAccessibleName(self.tr("Revision to compare with"))
        self.revision_combo.currentIndexChanged.connect(lambda _i: self.compare_with_revision())
        self.changes_table = QTableWidget(0, 3)
        self.changes_table.setAccessibleName(self.tr("Changes since the chosen revision"))
        self.changes_table.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Kind"), self.tr("What")])
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_table.verticalHeader().hide()
        self.changes_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.changes_table.cellActivated.connect(self._jump_to_change)
        self.changes_label = QLabel()
        changes_page = QWidget()
        cl = QVBoxLayout(changes_page)
        row = QHBoxLayout()
        since = QLabel(self.tr("Changes &since:"))
        since.setBuddy(self.revision_combo)
        row.addWidget(since)
        row.addWidget(self.revision_combo, 1)
        cl.addLayout(row)
        cl.addWidget(self.changes_label)
        cl.addWidget(self.changes_table, 1)
        self.change_lines: list = []
        return changes_page
