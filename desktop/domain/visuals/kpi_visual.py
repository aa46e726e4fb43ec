"""The KPI overview as a figure: one row per KPI with its traffic light, baseline, latest
measurement and target, and a bar of progress against the plan (Qt-free).

Used as the presentation's KPI scene and in the monitoring report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from db import catalogue
from desktop.domain.monitoring.status import (
    LIGHT_COLOUR,
    LIGHT_LABEL,
    LIGHTS,
    KpiStatus,
    kpi_statuses,
    light_counts,
)
from desktop.domain.visuals import style
from desktop.domain.visuals.figure_text import number, paragraph
from desktop.domain.visuals.textmetrics import text_width, wrap
from desktop.domain.visuals.visual import Diamond, Line, Rect, Text, Visual, translate

WIDTH = 1190.0
MARGIN = 36.0
ROW_H = 40.0
WORDS = {
    "nl": {"title": "KPI's: stand van zaken", "kpi": "KPI", "baseline": "Nulmeting",
           "latest": "Laatste meting", "target": "Streefwaarde", "progress": "Voortgang t.o.v. plan",
           "plan": "plan", "none": "Nog geen KPI's", "other": "Zonder categorie"},
    "en": {"title": "KPIs: where we stand", "kpi": "KPI", "baseline": "Baseline",
           "latest": "Latest measurement", "target": "Target", "progress": "Progress against plan",
           "plan": "plan", "none": "No KPIs yet", "other": "No category"},
}
# columns: light | name | baseline | latest | target | progress
COLS = (MARGIN, MARGIN + 26, MARGIN + 410, MARGIN + 555, MARGIN + 700, MARGIN + 845)
PROGRESS_W = WIDTH - MARGIN - COLS[5]


class _Grid:
    """The column positions of the overview at a figure width: at the full 1190 pt the
    classic columns; narrower (a report page), the value columns and the progress bar
    get less room and the KPI name wraps over more lines, type sizes stay the same."""

    def __init__(self, width: float) -> None:
        self.width = width
        if width >= WIDTH - 1:
            self.margin, self.cols, self.progress_w, self.value_w = MARGIN, COLS, PROGRESS_W, 140.0
            self.name_lines = 2
            return
        m = 24.0
        value_w = 104.0 if width >= 640 else 92.0
        progress_w = max(150.0, 0.23 * width)
        name_w = max(width - 2 * m - 26 - 3 * value_w - progress_w, 120.0)
        c1 = m + 26
        c2 = c1 + name_w
        self.margin, self.value_w, self.progress_w = m, value_w, progress_w
        self.cols = (m, c1, c2, c2 + value_w, c2 + 2 * value_w, c2 + 3 * value_w)
        self.name_lines = 3


def short_unit(unit: str) -> str:
    """The unit without its explanation in brackets: "personen (cumulatief)" -> "personen"."""
    return re.sub(r"\s*\(.*?\)", "", unit or "").strip()


def _value(v: float | None, unit: str, lang: str) -> str:
    return "" if v is None else f"{number(v, lang)} {short_unit(unit)}".strip()


def _category_label(code: str | None, lang: str) -> str:
    if not code:
        return WORDS[lang]["other"]
    return catalogue.entity("kpi").by_name["category"].choice_label(code, lang)


def kpi_overview_visual(doc: dict, lang: str, today: dt.date | None = None,
                        width: float = WIDTH) -> Visual:
    """A landscape figure of all KPIs grouped by category, `width` points wide (an exporter
    lays it out at the width it prints it; `Visual.at_width` does that again). It may be
    cut between rows over several pages; every piece repeats the title and column heads
    and ends with the legend."""
    w = WORDS[lang]
    statuses = kpi_statuses(doc, today)
    groups: dict[str | None, list[KpiStatus]] = {}
    order = list(catalogue.entity("kpi").by_name["category"].choice_codes())
    for s in statuses:
        groups.setdefault(s.kpi.get("category"), []).append(s)
    keys = sorted(groups, key=lambda k: order.index(k) if k in order else len(order))

    g = _Grid(width)
    m, cols = g.margin, g.cols
    v = Visual(width, 0, w["title"])
    title = doc.get("roadmap", {}).get("title") or ""
    v.add(Text(m, 22, width - 2 * m, 30, w["title"], size=20, colour=style.INK, bold=True))
    v.add(Text(m, 50, width - 2 * m, 18, title, size=10, colour=style.MUTED))
    y = 80.0
    heads = ("", w["kpi"], w["baseline"], w["latest"], w["target"], w["progress"])
    lines = 1  # a head wider than its column wraps (all heads then take two lines' room)
    for i, (x, text) in enumerate(zip(cols, heads)):
        room = max((cols[i + 1] - x - 6) if i + 1 < len(cols) else g.progress_w, 10)
        parts = wrap(text, room, 8.5, bold=True, max_lines=2) if text else [""]
        lines = max(lines, len(parts))
        for k, part in enumerate(parts):
            v.add(Text(x, y + k * 10.5, room, 16 if len(parts) == 1 else 10.5, part, size=8.5,
                       colour=style.MUTED, bold=True))
    y += 20 + 10.5 * (lines - 1)
    v.add(Line(((m, y), (width - m, y)), stroke=style.RULE, width=0.75))
    head = y + 1
    breaks: list[float] = []
    groups_at: list[float] = []  # the preferred cuts: between categories
    if not statuses:
        v.add(Text(m, y + 10, 400, 20, w["none"], size=11, colour=style.MUTED))
        y += 40
    for key in keys:
        breaks.append(y + 1)
        groups_at.append(y + 1)
        y += 8
        v.add(Text(m, y, width - 2 * m, 18, _category_label(key, lang), size=10,
                   colour=style.ACCENT, bold=True))
        y += 20
        for k, s in enumerate(groups[key]):
            if k:
                breaks.append(y)
            y = _row(v, s, y, lang, g)
    foot = y + 2
    y += 12
    _legend(v, statuses, y, lang, m)
    v.height = y + 40
    v.head, v.foot = head, foot
    v.breaks = tuple(b for b in breaks if head < b < foot)
    v.lane_breaks = tuple(b for b in groups_at if head < b < foot)
    v.at_width = lambda wd: kpi_overview_visual(doc, lang, today, width=wd)
    return v


def _row(v: Visual, s: KpiStatus, y: float, lang: str, g: _Grid) -> float:
    ref = ("kpi", s.id)
    unit = s.kpi.get("unit") or ""
    colour = LIGHT_COLOUR[s.light]
    cols, vw = g.cols, g.value_w
    v.add(Rect(cols[0] + 2, y + 8, 14, 14, fill=colour, stroke="#ffffff", radius=7, ref=ref))
    texts, h = paragraph(cols[1], y + 3, cols[2] - cols[1] - 14, s.kpi.get("name") or "",
                         size=9.5, colour=style.INK, max_lines=g.name_lines, ref=ref)
    v.add(*texts)
    if unit:
        v.add(Text(cols[1], y + 5 + h, cols[2] - cols[1] - 14, 12, unit, size=7.5,
                   colour=style.FAINT))
        h += 13
    base, target, latest = s.baseline, s.target, s.latest
    cells = ((cols[2], base, str(base.date.year) if base else "", 9.0, style.MUTED, False),
             (cols[3], latest, latest.date.isoformat() if latest else "", 9.5, style.INK, True),
             (cols[4], target, target.date.isoformat() if target else "", 9.0, style.MUTED, False))
    for x, point, when, size, ink, bold in cells:  # a value wraps rather than losing its unit
        value = _value(point.value if point else None, unit, lang)
        lines = wrap(value, vw - 6, size, bold=bold, max_lines=2) if value else []
        for i, line in enumerate(lines):
            v.add(Text(x, y + 3 + i * 11.5, vw - 6, 14, line, size=size, colour=ink, bold=bold, ref=ref))
        if when:
            v.add(Text(x, y + 3 + max(len(lines), 1) * 11.5 + 2.5, vw - 6, 12, when, size=7.5,
                       colour=style.FAINT))
        h = max(h, max(len(lines), 1) * 11.5 + (14.5 if when else 0.0))
    # progress: track, achieved share (light colour), expected share (tick)
    bx, by, bw = cols[5], y + 10, g.progress_w - 60
    v.add(Rect(bx, by, bw, 10, fill="#eef1f4", radius=5))
    if s.achieved is not None:
        share = min(max(s.achieved, 0.0), 1.0)
        if share > 0:
            v.add(Rect(bx, by, max(bw * share, 10), 10, fill=colour, radius=5, ref=ref))
        v.add(Text(bx + bw + 6, by - 3, 54, 16, f"{round(s.achieved * 100)} %", size=8.5,
                   colour=style.INK, ref=ref))
    if s.expected is not None:
        ex = bx + bw * s.expected
        v.add(Line(((ex, by - 4), (ex, by + 14)), stroke=style.INK, width=1.5))
    bottom = y + max(ROW_H, h + 10)
    v.add(Line(((g.margin, bottom - 2), (g.width - g.margin, bottom - 2)), stroke=style.GRID, width=0.5))
    return bottom


def _legend(v: Visual, statuses: list[KpiStatus], y: float, lang: str, x: float = MARGIN) -> None:
    counts = light_counts(statuses)
    for light in LIGHTS:
        label = f"{LIGHT_LABEL[lang][light]} ({counts.get(light, 0)})"
        v.add(Rect(x, y + 3, 12, 12, fill=LIGHT_COLOUR[light], radius=6))
        lw = text_width(label, 9) + 2
        v.add(Text(x + 17, y, lw, 18, label, size=9, colour=style.MUTED))
        x += 17 + lw + 14
    tick = x + 10
    v.add(Line(((tick, y + 1), (tick, y + 17)), stroke=style.INK, width=1.5))
    v.add(Text(tick + 6, y, 160, 18, WORDS[lang]["plan"], size=9, colour=style.MUTED))


CHART_WORDS = {"nl": {"plan": "plan", "yearly": "jaardoelen", "actual": "metingen", "target": "streefwaarde",
                      "today": "vandaag"},
               "en": {"plan": "plan", "yearly": "yearly targets", "actual": "measurements", "target": "target",
                      "today": "today"}}


def kpi_chart_visual(s: KpiStatus, lang: str, today: dt.date | None = None,
                     width: float = 480.0, height: float = 190.0, *,
                     plan: list[tuple[dt.date, float]] | None = None,
                     verdict: tuple[str, str] | None = None) -> Visual:
    """A small line chart of one KPI: plan line, measurements, target, today (for reports).

    `plan` replaces the straight plan line from baseline to target with a line through
    these (date, value) points (each marked); by default a KPI with yearly targets is drawn
    through them, as its traffic light judges it; `verdict` (label,
    colour) replaces the traffic light in the legend and the measurements' colour (the
    progress report's verdict on the year)."""
    today = today or dt.date.today()
    w = CHART_WORDS[lang]
    v = Visual(width, height, s.kpi.get("name") or "")
    # up to three lines: a KPI's name is its definition ("... with at least one company
    # partner"), two lines cut the demo's first one short
    head, head_h = paragraph(0, 0, width, s.kpi.get("name") or "", size=8.5, colour=style.INK,
                             bold=True, max_lines=3)
    v.add(*head)
    legend_rows = 2 if verdict else 1  # the verdict gets a row of its own (it is longer than a light)
    left, right, top, bottom = 40.0, width - 10.0, head_h + 10.0, height - 30.0 - 11.0 * (legend_rows - 1)
    points = s.points
    if not points:
        v.add(Text(left, top, right - left, bottom - top, LIGHT_LABEL[lang][s.light], size=9,
                   colour=style.MUTED, align="center"))
        return v
    if plan is None and s.yearly_plan:
        plan = s.plan[1:]  # the yearly targets and the target (the baseline is drawn below)
    plan = sorted(plan or [])
    if not verdict:  # the light on a second row when the first has no room for it (not elided)
        first = sum(17 + text_width(label, 7.5) + 12 for label in (w["yearly" if plan else "plan"], w["actual"]))
        if left + first + 11 + text_width(LIGHT_LABEL[lang][s.light], 7.5) > right:
            legend_rows = 2
            bottom -= 11.0
    fr = _ChartFrame.fit(points, plan, today, left, right, top, bottom)
    _chart_axes(v, fr, lang)
    colour = verdict[1] if verdict else LIGHT_COLOUR[s.light]
    _chart_lines(v, fr, s, plan, colour, today, w["today"])
    # legend: plan, measurements, light (on a second row: the verdict)
    ly, x0 = height - 12 - 11.0 * (legend_rows - 1), left
    for label, stroke, dash in ((w["yearly" if plan else "plan"], "#7b8794", (3, 2)), (w["actual"], colour, ())):
        v.add(Line(((x0, ly + 5), (x0 + 14, ly + 5)), stroke=stroke, width=1.5, dash=dash))
        tw = text_width(label, 7.5)
        v.add(Text(x0 + 17, ly, tw + 4, 10, label, size=7.5, colour=style.MUTED))
        x0 += 17 + tw + 12
    light = verdict[0] if verdict else LIGHT_LABEL[lang][s.light]
    if legend_rows == 2:
        ly, x0 = ly + 11.0, left
    v.add(Rect(x0, ly + 1, 8, 8, fill=colour, radius=4))
    v.add(Text(x0 + 11, ly, max(right - x0 - 11, 20), 10, light, size=7.5, colour=style.INK))
    return v


@dataclass
class _ChartFrame:
    """The plot area of a KPI chart and its scales: dates d0..d1 across left..right, values
    lo..hi (with `pad` added on both sides) up from bottom to top."""

    left: float
    right: float
    top: float
    bottom: float
    d0: dt.date
    d1: dt.date
    span: int
    lo: float
    hi: float
    pad: float

    @classmethod
    def fit(cls, points, plan: list[tuple[dt.date, float]], today: dt.date, left: float, right: float,
            top: float, bottom: float) -> _ChartFrame:
        """The frame that holds the measurements, the plan points and today."""
        dates = [p.date for p in points] + [d for d, _v in plan] + [today]
        d0, d1 = min(dates), max(dates)
        span = max((d1 - d0).days, 1)
        values = [p.value for p in points] + [val for _d, val in plan]
        lo, hi = min(values), max(values)
        if lo == hi:
            lo, hi = lo - 1, hi + 1
        pad = (hi - lo) * 0.1
        return cls(left, right, top, bottom, d0, d1, span, lo - pad, hi + pad, pad)

    def x(self, d: dt.date) -> float:
        return self.left + (self.right - self.left) * (d - self.d0).days / self.span

    def y(self, val: float) -> float:
        return self.bottom - (self.bottom - self.top) * (val - self.lo) / (self.hi - self.lo)


def _chart_axes(v: Visual, fr: _ChartFrame, lang: str) -> None:
    """Axes, year ticks and value ticks of a KPI chart."""
    left, right, bottom, d0, d1, x, y = fr.left, fr.right, fr.bottom, fr.d0, fr.d1, fr.x, fr.y
    v.add(Line(((left, fr.top), (left, bottom), (right, bottom)), stroke=style.RULE, width=0.75))
    max_labels = max(2, int((right - left) // 34))
    step = max(1, -(-(d1.year - d0.year + 1) // max_labels))
    for year in range(d0.year + (0 if d0 == dt.date(d0.year, 1, 1) else 1), d1.year + 1, step):
        xx = x(dt.date(year, 1, 1))
        v.add(Line(((xx, bottom), (xx, bottom + 3)), stroke=style.RULE, width=0.75))
        v.add(Text(xx - 20, bottom + 4, 40, 12, str(year), size=7.5, colour=style.MUTED, align="center"))
    for val in (fr.lo + fr.pad, fr.hi - fr.pad):
        v.add(Line(((left - 3, y(val)), (right, y(val))), stroke=style.GRID, width=0.5))
        v.add(Text(2, y(val) - 6, left - 6, 12, number(round(val, 2), lang), size=7.5,
                   colour=style.MUTED, align="right"))


def _chart_lines(v: Visual, fr: _ChartFrame, s: KpiStatus, plan: list[tuple[dt.date, float]], colour: str,
                 today: dt.date, today_label: str) -> None:
    """The plan line (through `plan`, or baseline to target), the measurements, the
    baseline and target marks, and the today line of a KPI chart."""
    x, y = fr.x, fr.y
    base, target = s.baseline, s.target
    if plan:
        line = ([(base.date, base.value)] if base and base.date < plan[0][0] else []) + plan
        v.add(Line(tuple((x(d), y(val)) for d, val in line), stroke="#7b8794", width=1.0, dash=(3, 2)))
        for d, val in plan:
            v.add(Diamond(x(d), y(val), 2.6, fill=style.PAPER, stroke="#7b8794"))
    elif base and target:
        v.add(Line(((x(base.date), y(base.value)), (x(target.date), y(target.value))),
                   stroke="#7b8794", width=1.0, dash=(3, 2)))
    series = ([base] if base else []) + s.actuals
    if len(series) > 1:
        v.add(Line(tuple((x(p.date), y(p.value)) for p in series), stroke=colour, width=1.8))
    for p in s.actuals:
        v.add(Rect(x(p.date) - 3, y(p.value) - 3, 6, 6, fill=colour, stroke="#ffffff", radius=3))
    if base:
        v.add(Rect(x(base.date) - 3, y(base.value) - 3, 6, 6, fill=style.MUTED))
    if target:
        v.add(Diamond(x(target.date), y(target.value), 5, fill=style.ACCENT))
    tx = x(today)
    v.add(Line(((tx, fr.top), (tx, fr.bottom)), stroke=style.TODAY, width=0.9))
    v.add(Text(tx + 2, fr.top - 2, 60, 10, today_label, size=7.5, colour=style.TODAY))


def kpi_charts_visual(statuses: list[KpiStatus], lang: str, today: dt.date | None = None,
                      columns: int = 2, cell_w: float = 232.0, cell_h: float = 165.0, *,
                      plans: dict | None = None, verdicts: dict | None = None) -> Visual:
    """Small multiples: the charts of several KPIs in a grid (one figure for the report),
    as wide as an A4 text column; it may be cut between its rows of charts. `plans` and
    `verdicts` by KPI id: see kpi_chart_visual."""
    v = Visual(columns * cell_w + (columns - 1) * 16, 0, "")
    for i, s in enumerate(statuses):
        chart = kpi_chart_visual(s, lang, today, cell_w, cell_h, plan=(plans or {}).get(s.id),
                                 verdict=(verdicts or {}).get(s.id))
        dx, dy = (i % columns) * (cell_w + 16), (i // columns) * (cell_h + 14)
        v.add(*(translate(p, dx, dy) for p in chart.items))
    rows = (len(statuses) + columns - 1) // columns
    v.height = max(rows * (cell_h + 14) - 14, 1)
    v.head, v.foot = 0.0, v.height
    v.breaks = v.lane_breaks = tuple(r * (cell_h + 14) - 7 for r in range(1, rows))
    return v
