"""Step 5 monitoring (Qt-free): where each KPI stands, and how the actions are doing.

Traffic light of a KPI (the rule shown to users and written in the report):

* The plan runs from the baseline (value at 1 January of the baseline year) to the target
  (value at the target date). Without yearly targets it is a straight line; with yearly
  targets it runs through each of them (value on 31 December of its year), so monitoring
  and the yearly progress report judge a KPI against the same plan.
* `achieved` is the share of the planned change the latest measurement has reached,
  `expected` the share of the change the plan asks for at that measurement's date (0–1;
  on a straight line, the share of the planned time that has passed).
  Both work for KPIs that must fall as well as rise.
* On a straight line: **on track** when achieved ≥ expected − 0.10, or the target is
  reached; **at risk** when achieved ≥ expected − 0.25; **off track** otherwise.
* Through yearly targets: the measurement is compared with the change the plan asks for by
  its date (the share reached of the baseline-to-plan change): **on track** from 90 %,
  **at risk** from 75 %, **off track** below, as a yearly target missed by at most 10 % of
  its change is "narrowly missed" in the progress report.
* Always **off track** when the target date has passed without reaching it.
* **no data** without measurements; **incomplete** when the baseline or the target
  (value and date) is missing, so no plan line exists.

Actions: an action is *late* when its status says delayed, or when its end date has
passed while it is not done or cancelled.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from desktop.domain.funding import yearly_targets_by_kpi

ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, INCOMPLETE = (
    "on_track", "at_risk", "off_track", "no_data", "incomplete")
LIGHTS = (ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, INCOMPLETE)
ON_TRACK_MARGIN = 0.10
AT_RISK_MARGIN = 0.25

LIGHT_COLOUR = {ON_TRACK: "#2f9e44", AT_RISK: "#f59f00", OFF_TRACK: "#e03131",
                NO_DATA: "#adb5bd", INCOMPLETE: "#ced4da"}
LIGHT_LABEL = {
    "nl": {ON_TRACK: "op koers", AT_RISK: "risico", OFF_TRACK: "niet op koers",
           NO_DATA: "geen metingen", INCOMPLETE: "nulmeting of streefwaarde ontbreekt"},
    "en": {ON_TRACK: "on track", AT_RISK: "at risk", OFF_TRACK: "off track",
           NO_DATA: "no measurements", INCOMPLETE: "baseline or target missing"},
}

DONE_STATES = {"done", "cancelled"}


def parse_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Point:
    date: dt.date
    value: float
    kind: str  # baseline | actual | target
    note: str = ""


@dataclass
class KpiStatus:
    """Where one KPI stands."""

    kpi: dict
    light: str
    points: list[Point] = field(default_factory=list)
    latest: Point | None = None
    achieved: float | None = None  # share of the planned change reached (0 = baseline, 1 = target)
    expected: float | None = None  # share of the planned time passed at the latest measurement
    trend: float | None = None  # change per year between the last two measurements
    plan: list[tuple[dt.date, float]] = field(default_factory=list)  # the plan line's corners

    @property
    def yearly_plan(self) -> bool:
        """Whether the plan runs through yearly targets (not a straight line)."""
        return len(self.plan) > 2

    @property
    def id(self) -> str:
        return self.kpi["id"]

    def planned_value(self, on: dt.date) -> float | None:
        """The value the plan line gives on a date (None without a plan)."""
        return plan_value(self.plan, on)

    @property
    def baseline(self) -> Point | None:
        return next((p for p in self.points if p.kind == "baseline"), None)

    @property
    def target(self) -> Point | None:
        return next((p for p in self.points if p.kind == "target"), None)

    @property
    def actuals(self) -> list[Point]:
        return [p for p in self.points if p.kind == "actual"]


def kpi_points(kpi: dict, measurements: list[dict]) -> list[Point]:
    """Baseline, measurements (by date) and target of one KPI as dated points."""
    points = []
    if kpi.get("baseline_value") is not None and kpi.get("baseline_year"):
        points.append(Point(dt.date(int(kpi["baseline_year"]), 1, 1),
                            float(kpi["baseline_value"]), "baseline"))
    for m in measurements:
        d = parse_date(m.get("date"))
        if d is not None and m.get("value") is not None:
            points.append(Point(d, float(m["value"]), "actual", m.get("note") or ""))
    target_date = parse_date(kpi.get("target_date"))
    if kpi.get("target_value") is not None and target_date is not None:
        points.append(Point(target_date, float(kpi["target_value"]), "target"))
    order = {"baseline": 0, "actual": 1, "target": 2}
    return sorted(points, key=lambda p: (p.date, order[p.kind]))


def plan_line(points: list[Point], yearly: dict[int, float] | None = None) -> list[tuple[dt.date, float]]:
    """The corners of a KPI's plan line: baseline, the yearly targets between baseline and
    target (31 December of their year), target. Empty without a baseline and a later target."""
    base = next((p for p in points if p.kind == "baseline"), None)
    target = next((p for p in points if p.kind == "target"), None)
    if base is None or target is None or target.date <= base.date:
        return []
    corners = [(base.date, base.value)]
    targets = yearly or {}
    for year in sorted(targets):
        when = dt.date(year, 12, 31)
        if base.date < when < target.date:
            corners.append((when, float(targets[year])))
    corners.append((target.date, target.value))
    return corners


def plan_value(plan: list[tuple[dt.date, float]], on: dt.date) -> float | None:
    """The value a plan line gives on a date: linear between its corners, flat outside."""
    if not plan:
        return None
    if on <= plan[0][0]:
        return plan[0][1]
    for (d0, v0), (d1, v1) in zip(plan, plan[1:]):
        if on <= d1:
            return v0 + (v1 - v0) * (on - d0).days / (d1 - d0).days
    return plan[-1][1]


def traffic_light(points: list[Point], today: dt.date, yearly: dict[int, float] | None = None,
                  ) -> tuple[str, float | None, float | None]:
    """(light, achieved, expected) by the rule in this module's docstring; `yearly` are the
    KPI's yearly targets by year."""
    base = next((p for p in points if p.kind == "baseline"), None)
    target = next((p for p in points if p.kind == "target"), None)
    actuals = [p for p in points if p.kind == "actual"]
    if base is None or target is None or target.date <= base.date:
        return INCOMPLETE, None, None
    if not actuals:
        return NO_DATA, None, None
    latest = actuals[-1]
    change = target.value - base.value
    if change == 0:
        achieved = 1.0 if latest.value == target.value else 0.0
    else:
        achieved = (latest.value - base.value) / change
    plan = plan_line(points, yearly)
    planned = plan_value(plan, latest.date)
    if change == 0 or planned is None:
        expected = min(max((latest.date - base.date).days / (target.date - base.date).days, 0.0), 1.0)
    else:
        expected = min(max((planned - base.value) / change, 0.0), 1.0)
    if achieved >= 1.0:
        return ON_TRACK, achieved, expected
    if today > target.date:
        return OFF_TRACK, achieved, expected
    if len(plan) > 2 and planned is not None and planned != base.value:
        reached = (latest.value - base.value) / (planned - base.value)  # of the change planned by then
        if reached >= 1.0 - ON_TRACK_MARGIN:
            return ON_TRACK, achieved, expected
        if reached >= 1.0 - AT_RISK_MARGIN:
            return AT_RISK, achieved, expected
        return OFF_TRACK, achieved, expected
    if achieved >= expected - ON_TRACK_MARGIN:
        return ON_TRACK, achieved, expected
    if achieved >= expected - AT_RISK_MARGIN:
        return AT_RISK, achieved, expected
    return OFF_TRACK, achieved, expected


def _trend(actuals: list[Point]) -> float | None:
    if len(actuals) < 2:
        return None
    a, b = actuals[-2], actuals[-1]
    days = (b.date - a.date).days
    return (b.value - a.value) * 365.25 / days if days else None


def kpi_statuses(doc: dict, today: dt.date | None = None) -> list[KpiStatus]:
    """The status of every KPI of a roadmap document, in the KPIs' order."""
    today = today or dt.date.today()
    by_kpi: dict[str, list[dict]] = {}
    for m in doc.get("kpi_measurement", []):
        by_kpi.setdefault(m.get("kpi_id"), []).append(m)
    yearly = yearly_targets_by_kpi(doc)
    out = []
    for kpi in doc.get("kpi", []):
        points = kpi_points(kpi, by_kpi.get(kpi["id"], []))
        targets = yearly.get(kpi["id"])
        light, achieved, expected = traffic_light(points, today, targets)
        actuals = [p for p in points if p.kind == "actual"]
        out.append(KpiStatus(kpi, light, points, actuals[-1] if actuals else None,
                             achieved, expected, _trend(actuals), plan_line(points, targets)))
    return out


def light_counts(statuses: list[KpiStatus]) -> Counter:
    return Counter(s.light for s in statuses)


# -- actions --------------------------------------------------------------------------------

def is_late(action: dict, today: dt.date) -> bool:
    """Delayed by its status, or past its end date while not done or cancelled."""
    status = action.get("status") or "planned"
    if status == "delayed":
        return True
    end = parse_date(action.get("end_date"))
    return end is not None and end < today and status not in DONE_STATES


@dataclass
class ActionSummary:
    by_status: Counter
    late: list[dict]
    total: int
    done_share: float  # done / (total - cancelled)


def action_summary(doc: dict, today: dt.date | None = None,
                   value_chain_id: str | None = None) -> ActionSummary:
    today = today or dt.date.today()
    actions = [a for a in doc.get("action", [])
               if value_chain_id is None or a.get("value_chain_id") == value_chain_id]
    by_status = Counter(a.get("status") or "planned" for a in actions)
    live = len(actions) - by_status.get("cancelled", 0)
    late = sorted((a for a in actions if is_late(a, today)),
                  key=lambda a: (a.get("end_date") or "", a.get("title") or ""))
    return ActionSummary(by_status, late, len(actions),
                         by_status.get("done", 0) / live if live else 0.0)
