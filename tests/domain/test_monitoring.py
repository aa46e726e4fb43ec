"""Step 5 monitoring rules: the KPI traffic light and late actions."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.monitoring import status as mon
from desktop.domain.visuals.kpi_visual import kpi_overview_visual, short_unit
from desktop.domain.visuals.visual import Rect, Text

D = dt.date


def kpi(**kw):
    base = {"id": "k1", "name": "Pilots", "unit": "pilots", "baseline_value": 0.0,
            "baseline_year": 2026, "target_value": 100.0, "target_date": "2030-01-01"}
    base.update(kw)
    return base


def measure(date, value, kpi_id="k1"):
    return {"id": f"m{date}", "kpi_id": kpi_id, "date": date, "value": value}


def status(k, ms, today=dt.date(2027, 1, 1)):
    return mon.kpi_statuses({"kpi": [k], "kpi_measurement": ms}, today)[0]


# plan: 0 on 2026-01-01 -> 100 on 2030-01-01; on 2028-01-01 half the time has passed
@pytest.mark.parametrize("value, light", [
    (50, mon.ON_TRACK),    # exactly on the plan
    (41, mon.ON_TRACK),    # 9 points behind: within the 10-point margin
    (39, mon.AT_RISK),     # 11 points behind
    (26, mon.AT_RISK),     # 24 points behind
    (24, mon.OFF_TRACK),   # 26 points behind
    (100, mon.ON_TRACK),   # target reached early
])
def test_traffic_light_against_the_plan_line(value, light):
    s = status(kpi(), [measure("2028-01-01", value)], today=D(2028, 2, 1))
    assert s.light == light
    assert s.expected == pytest.approx(730 / 1461, abs=1e-9)
    assert s.achieved == pytest.approx(value / 100)


def test_a_kpi_that_must_fall_is_judged_the_same_way():
    k = kpi(baseline_value=28.0, target_value=20.0)  # e.g. falls per 1,000 people
    assert status(k, [measure("2028-01-01", 24.0)], D(2028, 2, 1)).light == mon.ON_TRACK
    assert status(k, [measure("2028-01-01", 27.5)], D(2028, 2, 1)).light == mon.OFF_TRACK
    rising_the_wrong_way = status(k, [measure("2027-01-01", 30.0)], D(2027, 2, 1))
    assert rising_the_wrong_way.achieved < 0 and rising_the_wrong_way.light == mon.OFF_TRACK


def test_target_date_passed_without_reaching_it_is_off_track():
    s = status(kpi(), [measure("2029-12-01", 97)], today=D(2030, 3, 1))
    assert s.light == mon.OFF_TRACK
    assert status(kpi(), [measure("2029-12-01", 97)], today=D(2029, 12, 15)).light == mon.ON_TRACK


def test_without_measurements_or_plan():
    assert status(kpi(), []).light == mon.NO_DATA
    assert status(kpi(baseline_value=None), [measure("2027-01-01", 5)]).light == mon.INCOMPLETE
    assert status(kpi(target_date=None), []).light == mon.INCOMPLETE
    assert status(kpi(target_date="2025-06-30"), []).light == mon.INCOMPLETE  # target before baseline


def test_points_are_ordered_and_the_latest_measurement_counts():
    s = status(kpi(), [measure("2027-06-30", 20), measure("2026-06-30", 10), {"id": "x",
               "kpi_id": "k1", "date": "not a date", "value": 3}])
    assert [p.kind for p in s.points] == ["baseline", "actual", "actual", "target"]
    assert s.latest.value == 20
    assert s.trend == pytest.approx(10 * 365.25 / 365)
    assert s.planned_value(D(2028, 1, 1)) == pytest.approx(100 * 730 / 1461)
    assert s.planned_value(D(2035, 1, 1)) == 100


def test_late_actions():
    today = D(2027, 1, 1)
    doc = {"action": [
        {"id": "a", "title": "A", "status": "delayed", "end_date": "2030-01-01"},
        {"id": "b", "title": "B", "status": "ongoing", "end_date": "2026-06-30"},
        {"id": "c", "title": "C", "status": "done", "end_date": "2026-06-30"},
        {"id": "d", "title": "D", "status": "cancelled", "end_date": "2026-06-30"},
        {"id": "e", "title": "E", "status": "planned", "end_date": "2027-06-30"},
        {"id": "f", "title": "F", "status": None, "end_date": None},
    ]}
    summary = mon.action_summary(doc, today)
    assert [a["id"] for a in summary.late] == ["b", "a"]
    assert summary.by_status["planned"] == 2 and summary.total == 6
    assert summary.done_share == pytest.approx(1 / 5)


def test_kpi_overview_figure_shows_every_kpi_with_its_light():
    from desktop.domain.monitoring.status import LIGHT_COLOUR

    doc = {"roadmap": {"title": "R"}, "kpi": [kpi(), kpi(id="k2", name="Jobs", category="economic",
                                                        unit="FTE (cumulatief)")],
           "kpi_measurement": [measure("2026-12-31", 40)]}
    v = kpi_overview_visual(doc, "en", D(2027, 1, 15))
    names = [t.text for t in v.items if isinstance(t, Text)]
    assert "Pilots" in names and "Jobs" in names
    assert "FTE (cumulatief)" in names and "0 FTE" in names  # unit in full, value with short unit
    lights = [r for r in v.items if isinstance(r, Rect) and r.ref == ("kpi", "k1") and r.radius == 7]
    assert lights[0].fill == LIGHT_COLOUR[mon.ON_TRACK]
    assert all(0 <= i.y <= v.height for i in v.items if hasattr(i, "y"))
    assert short_unit("personen (cumulatief)") == "personen"


def test_yearly_targets_shape_the_plan_line_and_the_light():
    """With yearly targets the plan runs through them: a KPI that meets a slow first year's
    target is on track, though a straight line from baseline to target would call it behind."""
    k = kpi()  # 0 on 2026-01-01 -> 100 on 2030-01-01
    ms = [measure("2027-12-31", 25)]
    straight = mon.kpi_statuses({"kpi": [k], "kpi_measurement": ms}, D(2028, 1, 15))[0]
    assert straight.light == mon.AT_RISK and not straight.yearly_plan
    doc = {"kpi": [k], "kpi_measurement": ms,
           "kpi_target": [{"kpi_id": "k1", "year": 2026, "value": 10},
                          {"kpi_id": "k1", "year": 2027, "value": 25},
                          {"kpi_id": "k1", "year": 2028, "value": 60},
                          {"kpi_id": "k1", "year": 2031, "value": 120},  # after the target: not a corner
                          {"kpi_id": "other", "year": 2027, "value": 99}]}
    s = mon.kpi_statuses(doc, D(2028, 1, 15))[0]
    assert s.yearly_plan
    assert s.plan == [(D(2026, 1, 1), 0.0), (D(2026, 12, 31), 10.0), (D(2027, 12, 31), 25.0),
                      (D(2028, 12, 31), 60.0), (D(2030, 1, 1), 100.0)]
    assert s.expected == pytest.approx(0.25) and s.light == mon.ON_TRACK
    assert s.planned_value(D(2028, 7, 1)) == pytest.approx(25 + 35 * 183 / 366)
    assert s.planned_value(D(2020, 1, 1)) == 0 and s.planned_value(D(2035, 1, 1)) == 100
    behind = mon.kpi_statuses({**doc, "kpi_measurement": [measure("2028-12-31", 30)]}, D(2029, 1, 15))[0]
    assert behind.expected == pytest.approx(0.60) and behind.light == mon.OFF_TRACK
    # judged by the share of the change planned by then (60): 90 % on track, 75 % at risk
    lights = [mon.kpi_statuses({**doc, "kpi_measurement": [measure("2028-12-31", v)]}, D(2029, 1, 15))[0].light
              for v in (54, 53, 45, 44)]
    assert lights == [mon.ON_TRACK, mon.AT_RISK, mon.AT_RISK, mon.OFF_TRACK]


def test_the_kpi_chart_draws_the_yearly_plan_it_judges_by():
    from desktop.domain.visuals.kpi_visual import kpi_chart_visual
    from desktop.domain.visuals.visual import Diamond, Line

    doc = {"kpi": [kpi()], "kpi_measurement": [measure("2027-12-31", 25)],
           "kpi_target": [{"kpi_id": "k1", "year": y, "value": v} for y, v in ((2026, 10), (2027, 25))]}
    s = mon.kpi_statuses(doc, D(2028, 1, 15))[0]
    v = kpi_chart_visual(s, "en", D(2028, 1, 15))
    dashed = sorted(len(i.points) for i in v.items if isinstance(i, Line) and i.dash)
    assert dashed == [2, 4]  # the legend's sample; the plan: baseline, 2026, 2027, target
    assert sum(isinstance(i, Diamond) for i in v.items) >= 3
    assert any(isinstance(i, Text) and i.text == "yearly targets" for i in v.items)
    plain = kpi_chart_visual(mon.kpi_statuses({**doc, "kpi_target": []}, D(2028, 1, 15))[0], "en",
                             D(2028, 1, 15))
    assert [len(i.points) for i in plain.items if isinstance(i, Line) and i.dash] == [2, 2]
