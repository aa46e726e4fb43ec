"""Leverage, co-financing, TRL mix, commitment coverage and KPIs per year (Qt-free)."""

from __future__ import annotations

import pytest

from desktop.domain import funding as F


def doc() -> dict:
    return {
        "partner": [{"id": "p1", "name": "BouwCo"}, {"id": "p2", "name": "KU Leuven"},
                    {"id": "p3", "name": "Stad"}],
        "programme": [{"id": "g1", "code": "P1", "name": "Gevels"}, {"id": "g2", "code": "P2", "name": "Skills"}],
        "action": [{"id": "a1", "programme_id": "g1", "budget_eur": 1000.0},
                   {"id": "a2", "programme_id": "g2", "budget_eur": 500.0}],
        "project": [
            {"id": "x1", "status": "running", "programme_id": "g1", "kind": "icon", "public_eur": 400.0,
             "private_eur": 600.0, "trl_start": 3, "trl_end": 6},
            {"id": "x2", "status": "approved", "programme_id": "g2", "kind": "csbo", "public_eur": 100.0,
             "private_eur": 0.0, "trl_start": 1, "trl_end": 3},
            {"id": "x3", "status": "submitted", "programme_id": "g1", "kind": "icon", "public_eur": 500.0,
             "private_eur": 400.0, "trl_start": 6, "trl_end": 8},
            {"id": "x4", "status": "rejected", "programme_id": "g1", "public_eur": 9999.0, "private_eur": 1.0},
            {"id": "x5", "status": "idea", "programme_id": "g2", "public_eur": 50.0, "private_eur": 50.0},
        ],
        "project_partner": [
            {"id": "pp1", "project_id": "x1", "partner_id": "p1", "public_eur": 100.0, "private_eur": 600.0},
            {"id": "pp2", "project_id": "x1", "partner_id": "p2", "public_eur": 300.0, "private_eur": 0.0},
            {"id": "pp3", "project_id": "x4", "partner_id": "p1", "public_eur": 9999.0, "private_eur": 0.0},
        ],
        "commitment": [
            {"id": "c1", "partner_id": "p1", "status": "signed", "amount_eur": 250.0, "programme_id": "g1"},
            {"id": "c2", "partner_id": "p2", "status": "announced", "amount_eur": 100.0, "action_id": "a2"},
            {"id": "c3", "partner_id": "p3", "status": "intended", "amount_eur": 70.0, "project_id": "x1"},
            {"id": "c4", "partner_id": "p3", "status": "signed", "amount_eur": 5.0},
        ],
    }


def test_leverage_counts_only_submitted_to_finished_projects():
    lev = F.leverage(doc())
    assert lev.total.public == 1000.0 and lev.total.private == 1000.0 and lev.total.projects == 3
    assert lev.total.leverage == pytest.approx(1.0)
    assert lev.total.cofinancing == pytest.approx(0.5)
    assert lev.secured.public == 500.0 and lev.secured.leverage == pytest.approx(600 / 500)
    assert lev.by_programme["g1"].leverage == pytest.approx(1000 / 900)
    assert lev.by_programme["g2"].leverage == 0.0
    assert lev.by_partner["p1"].leverage == pytest.approx(6.0)  # the rejected project is left out
    assert lev.by_partner["p2"].leverage == 0.0
    assert lev.by_kind["icon"].projects == 2


def test_no_public_money_gives_no_ratio():
    m = F.Money(0.0, 500.0)
    assert m.leverage is None and m.cofinancing == 1.0
    assert F.Money().cofinancing is None
    assert F.ratio_text(None, "nl") == "–"
    assert F.ratio_text(1.456, "nl") == "1 : 1,46" and F.ratio_text(1.456, "en") == "1 : 1.46"


def test_trl_mix():
    mix = F.trl_mix(doc())
    assert mix.end_count == {"1-3": 1, "4-6": 1, "7-9": 1}
    assert mix.end_budget == {"1-3": 100.0, "4-6": 1000.0, "7-9": 900.0}
    assert mix.start_count == {"1-3": 2, "4-6": 1, "7-9": 0}
    assert mix.unknown == 0 and mix.total == 3


def test_commitment_coverage_through_programme_action_and_project():
    cov = {c.programme["id"]: c for c in F.commitment_coverage(doc())}
    assert cov["g1"].count == {"intended": 1, "announced": 0, "signed": 1}  # c3 via project x1
    assert cov["g1"].covered == pytest.approx(0.25) and cov["g1"].backed
    assert cov["g2"].count["announced"] == 1 and cov["g2"].covered == 0.0 and cov["g2"].backed
    partners, programmes, cells = F.commitment_matrix(doc())
    assert [p["id"] for p in partners] == ["p1", "p2", "p3"]
    assert programmes[-1] is None  # c4 supports no programme
    assert [c["id"] for c in cells[("p3", None)]] == ["c4"]


def kpi_doc(**kpi) -> dict:
    return {"kpi": [{"id": "k", "baseline_value": 10.0, "baseline_year": 2025, "target_value": 20.0, **kpi}],
            "kpi_target": [{"id": f"t{y}", "kpi_id": "k", "year": y, "value": v}
                           for y, v in ((2026, 12.0), (2027, 14.0), (2028, 16.0))],
            "kpi_measurement": [
                {"id": "m1", "kpi_id": "k", "date": "2026-03-31", "value": 30.0},
                {"id": "m2", "kpi_id": "k", "date": "2026-11-30", "value": 12.5},   # last of 2026
                {"id": "m3", "kpi_id": "k", "date": "2028-01-15", "value": 13.9, "year": 2027},
            ]}


def test_kpi_results_per_year_use_the_reporting_year():
    d = kpi_doc()
    y26 = F.kpi_year(d, d["kpi"][0], 2026)
    assert (y26.target, y26.result, y26.previous, y26.light) == (12.0, 12.5, 10.0, F.MET)
    assert y26.change == pytest.approx(2.5)
    y27 = F.kpi_year(d, d["kpi"][0], 2027)   # 13.9 against 14: short by 0.1 of a 4-point step
    assert (y27.result, y27.previous, y27.light) == (13.9, 12.5, F.CLOSE)
    assert F.kpi_year(d, d["kpi"][0], 2028).light == F.NO_RESULT
    assert F.kpi_year(d, d["kpi"][0], 2030).light == F.NO_TARGET
    assert F.on_track_per_year(d)[2026][F.MET] == 1


def test_falling_kpis_are_met_below_their_target():
    d = kpi_doc(baseline_value=20.0, target_value=10.0)
    d["kpi_target"] = [{"id": "t", "kpi_id": "k", "year": 2026, "value": 18.0}]
    d["kpi_measurement"] = [{"id": "m", "kpi_id": "k", "date": "2026-06-30", "value": 17.5}]
    assert F.kpi_year(d, d["kpi"][0], 2026).light == F.MET
    d["kpi_measurement"][0]["value"] = 18.1   # 0.1 above, step 2: close
    assert F.kpi_year(d, d["kpi"][0], 2026).light == F.CLOSE
    d["kpi_measurement"][0]["value"] = 19.0
    assert F.kpi_year(d, d["kpi"][0], 2026).light == F.MISSED


def test_indicator_series_includes_the_baseline_value():
    d = {"indicator": [{"id": "i", "year": 2024, "value": 5.0}],
         "indicator_value": [{"id": "v1", "indicator_id": "i", "year": 2022, "value": 4.0},
                             {"id": "v2", "indicator_id": "i", "year": 2023, "value": 4.5}]}
    assert F.indicator_series(d, "i") == [(2022, 4.0), (2023, 4.5), (2024, 5.0)]
