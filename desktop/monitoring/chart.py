"""The chart of one KPI: baseline → measurements → target, with the plan line and today
(pyqtgraph, as the design card names it)."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont  # noqa: E402

from desktop.domain.monitoring.status import LIGHT_COLOUR, KpiStatus  # noqa: E402


def _t(d: dt.date) -> float:
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC).timestamp()


class KpiChart(pg.PlotWidget):
    """Plot of one KPI's status; `show_status(None)` clears it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.setBackground("w")
        self.setAccessibleName(QCoreApplication.translate("KpiChart", "KPI chart"))
        self.setMinimumHeight(220)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen("#52606d"))
            axis.setTextPen(pg.mkPen("#1f2933"))
        self.legend = plot.addLegend(offset=(10, 4), labelTextColor="#1f2933", colCount=4)
        self.status: KpiStatus | None = None
        self.series: dict[str, pg.PlotDataItem] = {}

    def show_status(self, status: KpiStatus | None, today: dt.date | None = None) -> None:
        plot = self.getPlotItem()
        plot.clear()
        self.legend.clear()
        self.series = {}
        self.status = status
        if status is None:
            plot.setTitle("")
            return
        today = today or dt.date.today()
        colour = LIGHT_COLOUR[status.light]
        unit = status.kpi.get("unit") or ""
        plot.setLabel("left", unit)
        plot.setTitle(f"<span style='color:#1f2933;font-size:11pt'>{_html(status.kpi.get('name') or '')}</span>")
        base, target, actuals = status.baseline, status.target, status.actuals
        if base and target:
            self.series["plan"] = plot.plot(
                [_t(base.date), _t(target.date)], [base.value, target.value],
                pen=pg.mkPen("#7b8794", width=2, style=Qt.PenStyle.DashLine),
                name=QCoreApplication.translate("KpiChart", "Plan"))
        if base:
            self.series["baseline"] = plot.plot(
                [_t(base.date)], [base.value], pen=None, symbol="s", symbolSize=11,
                symbolBrush="#52606d", symbolPen="w", name=QCoreApplication.translate("KpiChart", "Baseline"))
        if actuals:
            start = [base] if base else []
            points = start + actuals
            self.series["actual"] = plot.plot(
                [_t(p.date) for p in points], [p.value for p in points],
                pen=pg.mkPen(colour, width=3), symbol="o", symbolSize=9, symbolBrush=colour,
                symbolPen="w", name=QCoreApplication.translate("KpiChart", "Measurements"))
        if target:
            self.series["target"] = plot.plot(
                [_t(target.date)], [target.value], pen=None, symbol="star", symbolSize=16,
                symbolBrush="#1f4e79", symbolPen="w", name=QCoreApplication.translate("KpiChart", "Target"))
            line = pg.InfiniteLine(_t(target.date), angle=90,
                                   pen=pg.mkPen("#1f4e79", width=1, style=Qt.PenStyle.DotLine))
            plot.addItem(line)
        today_line = pg.InfiniteLine(_t(today), angle=90, pen=pg.mkPen("#d64545", width=1.5),
                                     label=QCoreApplication.translate("KpiChart", "today"),
                                     labelOpts={"position": 0.06, "color": "#d64545", "anchors": [(0, 1), (0, 1)]})
        plot.addItem(today_line)
        font = QFont()
        font.setPointSizeF(9)
        plot.getAxis("bottom").setStyle(tickFont=font)
        plot.getAxis("left").setStyle(tickFont=font)
        values = [p.value for p in status.points]
        if values:  # room above the data for the legend row
            low, high = min(values), max(values)
            pad = (high - low) or abs(high) or 1.0
            plot.setYRange(low - 0.08 * pad, high + 0.3 * pad, padding=0)
            dates = [_t(p.date) for p in status.points] + [_t(today)]
            span = (max(dates) - min(dates)) or 86400 * 365
            plot.setXRange(min(dates) - 0.03 * span, max(dates) + 0.05 * span, padding=0)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def light_colour(light: str) -> QColor:
    return QColor(LIGHT_COLOUR[light])
