"""The dialog that edits one action or milestone from the canvas (double-click)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from db.catalogue import STATUS
from desktop.domain.visuals.timeline import parse_date
from desktop.domain.words import nl_en


class ActionDialog(QDialog):
    """Edit the main fields of action `row`; `changes()` gives the fields that differ."""

    def __init__(self, row: dict, store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.lang = lang
        self.setWindowTitle(self.tr("Edit action"))
        form = QFormLayout(self)
        self.title = QLineEdit(row.get("title") or "")
        self.title.setAccessibleName(self.tr("Title"))
        # wide enough for a long title (up to about 90 characters shown whole)
        fm = self.title.fontMetrics()
        self.title.setMinimumWidth(min(max(fm.horizontalAdvance(self.title.text()) + 24,
                                           fm.averageCharWidth() * 48), fm.averageCharWidth() * 90))
        self.title.setCursorPosition(0)
        form.addRow(self.tr("Title"), self.title)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Action"), "action")
        self.kind.addItem(self.tr("Milestone"), "milestone")
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.get("kind") or "action")))
        form.addRow(self.tr("Kind"), self.kind)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for c in STATUS:
            self.status.addItem(nl_en(lang, c.nl, c.en), c.code)
        self.status.setCurrentIndex(max(0, self.status.findData(row.get("status") or "planned")))
        form.addRow(self.tr("Status"), self.status)
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.addItem(self.tr("(none)"), None)
        for p in sorted(store.rows("partner"), key=lambda p: (p.get("name") or "").lower()):
            self.owner.addItem(p.get("name") or p["id"], p["id"])
        self.owner.setCurrentIndex(max(0, self.owner.findData(row.get("owner_id"))))
        form.addRow(self.tr("Owner"), self.owner)
        self.lane = QComboBox()
        self.lane.setAccessibleName(self.tr("Lane"))
        self.lane.addItem(self.tr("(none)"), None)
        for ln in store.rows("lane"):
            if ln.get("value_chain_id") == row.get("value_chain_id"):
                self.lane.addItem(ln.get("name") or ln["id"], ln["id"])
        self.lane.setCurrentIndex(max(0, self.lane.findData(row.get("lane_id"))))
        form.addRow(self.tr("Lane"), self.lane)
        self.start = self._date(row.get("start_date"), self.tr("Start"))
        self.end = self._date(row.get("end_date") or row.get("start_date"), self.tr("End"))
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        self.trl_start = self._trl(row.get("trl_start"), self.tr("TRL at start"))
        self.trl_end = self._trl(row.get("trl_end"), self.tr("TRL at end"))
        form.addRow(self.tr("TRL at start"), self.trl_start)
        form.addRow(self.tr("TRL at end"), self.trl_end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _date(self, value, name: str) -> QDateEdit:
        w = QDateEdit()
        w.setCalendarPopup(True)
        w.setDisplayFormat("yyyy-MM-dd")
        w.setAccessibleName(name)
        d = parse_date(value) or dt.date.today()
        w.setDate(QDate(d.year, d.month, d.day))
        return w

    def _trl(self, value, name: str) -> QSpinBox:
        w = QSpinBox()
        w.setRange(0, 9)
        w.setSpecialValueText(self.tr("–"))
        w.setAccessibleName(name)
        w.setValue(int(value) if value else 0)
        return w

    def values(self) -> dict:
        start = self.start.date().toPython()
        end = max(self.end.date().toPython(), start)
        return {"title": self.title.text().strip() or self.row.get("title"),
                "kind": self.kind.currentData(), "status": self.status.currentData(),
                "owner_id": self.owner.currentData(), "lane_id": self.lane.currentData(),
                "start_date": start.isoformat(), "end_date": end.isoformat(),
                "trl_start": self.trl_start.value() or None,
                "trl_end": self.trl_end.value() or None}

    def changes(self) -> dict:
        return {k: v for k, v in self.values().items() if self.row.get(k) != v}
