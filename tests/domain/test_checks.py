"""One test per check rule: a clean roadmap passes, one targeted defect makes the rule fire
and the problem points at the row and field to fix."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from db.ops import Create, Update
from desktop.domain.checks.engine import RULES, counts, run_checks, run_rule
from desktop.domain.wizard.sections import BY_KEY

TODAY = dt.date(2027, 1, 1)


def good() -> dict:
    """A small roadmap that satisfies every rule."""
    acts = []
    for i, (lane, trl) in enumerate((("l_tech", (3, 5)), ("l_market", (6, 8)), ("l_enab", (None, None)))):
        acts.append({"id": f"a{i}", "title": f"Actie {i}", "lane_id": lane, "owner_id": f"p{i}",
                     "start_date": f"202{7 + i}-01-01", "end_date": f"202{7 + i}-12-31",
                     "trl_start": trl[0], "trl_end": trl[1], "status": "planned",
                     "kind": "action"})
    return {
        "roadmap": {"id": "r", "title": "R", "horizon_start": "2026-01-01",
                    "horizon_end": "2034-12-31", "monitoring": "Jaarlijks.", "leverage_target": 1.5},
        "partner": [
            {"id": "p0", "name": "BouwCo", "type": "sme", "ring": "project_team"},
            {"id": "p1", "name": "KU Leuven", "type": "university", "ring": "back_office",
             "description": "Europese partner"},
            {"id": "p2", "name": "Stad", "type": "government", "ring": "execution"},
            {"id": "p3", "name": "Bewoners", "type": "civil_society", "ring": "execution"},
        ],
        "team_member": [{"id": "t1", "name": "An", "partner_id": "p0"}],
        "challenge": [{"id": "c1", "title": "Klimaat"}],
        "vision": [{"id": "v1", "challenge_id": "c1", "title": "Circulair", "selected": True},
                   {"id": "v2", "challenge_id": "c1", "title": "Niet gekozen", "selected": False}],
        "objective": [{"id": f"o{i}", "vision_id": "v1", "title": f"Doel {i}", "target_value": 10.0,
                       "unit": "%", "target_year": 2030, "baseline_year": 2025,
                       "dimension": "societal"} for i in range(2)],
        "kpi": [{"id": f"k{i}", "objective_id": f"o{i}", "name": f"KPI {i}", "unit": "%",
                 "baseline_value": 1.0, "target_value": 2.0, "target_date": "2030-12-31",
                 "owner_id": "p0", "source": "enquête",
                 "category": "societal" if i else "economic"} for i in range(2)],
        "kpi_target": [{"id": f"kt{i}-{y}", "kpi_id": f"k{i}", "year": y, "value": 1.0 + (y - 2026) / 4}
                       for i in range(2) for y in range(2026, 2031)],
        "project": [{"id": "pj1", "title": "ICON Gevel", "kind": "icon", "status": "running",
                     "programme_id": "pr1", "public_eur": 400.0, "private_eur": 600.0}],
        "project_partner": [{"id": "pp1", "project_id": "pj1", "partner_id": "p0", "role": "coordinator",
                             "public_eur": 150.0, "private_eur": 600.0},
                            {"id": "pp2", "project_id": "pj1", "partner_id": "p1", "role": "partner",
                             "public_eur": 250.0, "private_eur": 0.0}],
        "value_chain": [{"id": "vc1", "name": "Bouw"}],
        "reference_roadmap": [{"id": "rr1", "title": "Partnerschap Circulaire Bouw", "kind": "eu_partnership"}],
        "reference_link": [{"id": "rl1", "reference_roadmap_id": "rr1", "programme_id": "pr1",
                            "relation": "contributes"}],
        "priority_tag": [{"id": "pt1", "priority": "fl_construction", "value_chain_id": "vc1"}],
        "value_chain_objective": [{"id": "vco1", "value_chain_id": "vc1", "objective_id": "o0"}],
        "scenario": [{"id": "s1", "title": "A", "preferred": True}],
        "programme": [{"id": "pr1", "name": "Opleiding", "module_type": "enabling",
                       "category": "education", "manager_id": "t1"}],
        "lane": [{"id": "l_tech", "name": "Tech", "layer": "technology"},
                 {"id": "l_market", "name": "Markt", "layer": "market"},
                 {"id": "l_enab", "name": "Rand", "layer": "enabling"}],
        "action": acts,
        "dependency": [{"id": "d1", "from_action_id": "a0", "to_action_id": "a1",
                        "kind": "finish_start"}],
        "risk": [{"id": "rk1", "title": "Te weinig aanbod", "owner_id": "p0", "mitigation": "Afspraken."}],
        "commitment": [{"id": "cm1", "partner_id": "p0", "kind": "covenant", "amount_eur": 1000.0,
                        "date": "2026-09-01", "status": "signed", "programme_id": "pr1"}],
        "governance_body": [{"id": "g1", "name": "Stuurgroep"}],
        "quality_assessment": [{"id": f"q{c}", "criterion": c, "score": 4, "evidence": "Ja."}
                               for c in ("impact", "international", "commitment", "integral")],
    }


def codes(doc) -> set[str]:
    return {p.code for p in run_checks(doc, today=TODAY)}


def test_good_roadmap_is_clean():
    assert run_checks(good(), today=TODAY) == []


def fire(mutate, code: str):
    """Apply `mutate` to a good roadmap; return the problems of rule `code` (must be some)."""
    doc = copy.deepcopy(good())
    mutate(doc)
    found = run_rule(code, doc, today=TODAY)
    assert found, f"rule {code} did not fire"
    for p in found:
        assert p.code == code and p.severity == RULES[code].severity
        assert p.section in BY_KEY
        assert p.message("nl") and p.message("en") and p.message("nl") != p.message("en")
    return found


def one(found):
    assert len(found) == 1
    p = found[0]
    return p.entity, p.row_id, p.field


def test_selected_vision_needs_two_objectives():
    def m(d):
        d["objective"].pop()
    assert one(fire(m, "V1")) == ("vision", "v1", None)
    # a vision that is not selected does not count
    doc = good()
    doc["objective"].append({"id": "o9", "vision_id": "v2", "title": "x"})
    assert run_rule("V1", doc, today=TODAY) == []


def test_no_selected_vision():
    def m(d):
        d["vision"][0]["selected"] = False
    assert one(fire(m, "V0")) == ("vision", None, "selected")


@pytest.mark.parametrize("field", ["target_value", "unit", "target_year"])
def test_objective_without_measurable_target(field):
    def m(d):
        d["objective"][1][field] = None if field != "unit" else "  "
    assert one(fire(m, "O1")) == ("objective", "o1", field)


def test_objective_without_kpi():
    def m(d):
        d["kpi"][1]["objective_id"] = None
    assert one(fire(m, "K1")) == ("objective", "o1", None)


def test_action_without_owner():
    def m(d):
        d["action"][2]["owner_id"] = None
    assert one(fire(m, "R2")) == ("action", "a2", "owner_id")


def test_action_without_dates():
    def m(d):
        d["action"][0]["start_date"] = None
        d["action"][1]["end_date"] = None
        d["action"][2].update(kind="milestone", start_date=None)  # a milestone needs only its date
    found = fire(m, "R2D")
    assert [(p.row_id, p.field) for p in found] == [("a0", "start_date"), ("a1", "end_date")]


def test_end_before_start():
    def m(d):
        d["action"][1]["end_date"] = "2027-06-01"
        d["roadmap"]["horizon_end"] = "2025-01-01"
    found = fire(m, "D1")
    assert {(p.entity, p.row_id, p.field) for p in found} == {
        ("action", "a1", "end_date"), ("roadmap", "r", "horizon_end")}


def test_objective_target_year_before_baseline():
    def m(d):
        d["objective"][0]["target_year"] = 2020
    assert one(fire(m, "D1")) == ("objective", "o0", "target_year")


def test_dependency_cycle():
    def m(d):
        d["dependency"] += [{"id": "d2", "from_action_id": "a1", "to_action_id": "a2"},
                            {"id": "d3", "from_action_id": "a2", "to_action_id": "a0"}]
    p = fire(m, "D2")
    assert len(p) == 1 and p[0].entity == "dependency" and p[0].row_id in {"d1", "d2", "d3"}
    assert all(name in p[0].message_en for name in ("Actie 0", "Actie 1", "Actie 2"))


def test_action_outside_horizon():
    def m(d):
        d["action"][0]["start_date"] = "2025-06-01"
        d["action"][2]["end_date"] = "2035-01-01"
    found = fire(m, "H1")
    assert [(p.row_id, p.field) for p in found] == [("a0", "start_date"), ("a2", "end_date")]


def test_horizon_missing():
    def m(d):
        d["roadmap"]["horizon_end"] = None
    assert one(fire(m, "H0")) == ("roadmap", "r", "horizon_end")


def test_value_chain_without_objective():
    def m(d):
        d["value_chain"].append({"id": "vc2", "name": "Los"})
    assert one(fire(m, "R1")) == ("value_chain", "vc2", None)


def test_no_market_layer_action():
    def m(d):
        d["action"][1]["lane_id"] = "l_tech"
    assert one(fire(m, "R4")) == ("action", None, "lane_id")
    # a market programme counts as valorisation too
    doc = good()
    doc["action"][1]["lane_id"] = "l_tech"
    doc["programme"].append({"id": "pr2", "name": "Markt", "category": "new_market"})
    doc["action"][0]["programme_id"] = "pr2"
    assert run_rule("R4", doc, today=TODAY) == []


def test_no_trl_demo():
    def m(d):
        d["action"][1].update(trl_start=2, trl_end=4)
    assert one(fire(m, "R6")) == ("action", None, "trl_end")


def test_no_societal_kpi():
    def m(d):
        for k in d["kpi"]:
            k["category"] = "economic"
    assert one(fire(m, "K8")) == ("kpi", None, "category")


@pytest.mark.parametrize("field", ["owner_id", "mitigation"])
def test_risk_without_owner_or_mitigation(field):
    def m(d):
        d["risk"][0][field] = None
    assert one(fire(m, "RK1")) == ("risk", "rk1", field)


@pytest.mark.parametrize("field", ["amount_eur", "date"])
def test_commitment_without_budget_or_date(field):
    def m(d):
        d["commitment"][0][field] = None
    assert one(fire(m, "G2")) == ("commitment", "cm1", field)


def test_quality_self_assessment_incomplete():
    def m(d):
        d["quality_assessment"].pop()                     # 'integral' missing
        d["quality_assessment"][1]["evidence"] = ""       # 'international' without evidence
    found = fire(m, "Q1")
    assert [(p.row_id, p.field) for p in found] == [("qinternational", "evidence"), (None, None)]


def test_partner_ring_and_helix():
    def m(d):
        d["partner"][2]["ring"] = None
    assert one(fire(m, "A0")) == ("partner", "p2", "ring")

    def no_gov(d):
        d["partner"][2]["type"] = "sme"
    assert "government" in fire(no_gov, "A1")[0].message_en

    def no_civil(d):
        d["partner"][3]["type"] = "other"
    fire(no_civil, "A2")

    def no_sme(d):
        d["partner"][0]["type"] = "large_company"
    fire(no_sme, "A3")


def test_international_dimension_is_read_from_the_model_not_from_words():
    def unlinked(d):
        d["reference_link"][0]["programme_id"] = None  # the European roadmap is no longer tied to a path
    found = fire(unlinked, "I1")
    assert found[0].section == "3.coherence"

    def words_only(d):  # titles full of Europe do not count any more
        d["reference_link"] = []
        d["programme"][0]["name"] = "Europese internationalisering (S3, EU)"
        d["partner"][1]["description"] = "Internationale partner"
    fire(words_only, "I1")
    for fix in (lambda d: d["priority_tag"].append({"id": "pt2", "priority": "s3_built", "programme_id": "pr1"}),
                lambda d: d["partner"][1].update(country="NL"),
                lambda d: d["project"][0].update(kind="horizon_europe"),
                lambda d: d["programme"][0].update(category="internationalisation")):
        doc = copy.deepcopy(good())
        words_only(doc)
        assert run_rule("I1", doc, today=TODAY)
        fix(doc)
        assert not run_rule("I1", doc, today=TODAY)
    doc = copy.deepcopy(good())
    words_only(doc)
    doc["partner"][1]["country"] = "België"  # at home
    assert run_rule("I1", doc, today=TODAY)


def test_unlinked_reference_roadmap_two_visions_and_scenario_programmes():
    def extra_reference(d):
        d["reference_roadmap"].append({"id": "rr2", "title": "Bedrijfsroadmap", "kind": "company"})
    assert one(fire(extra_reference, "I2")) == ("reference_roadmap", "rr2", None)

    def one_vision(d):
        d["challenge"].append({"id": "c2", "title": "Water"})
        d["vision"].append({"id": "v3", "challenge_id": "c2", "title": "Droge voeten"})
    found = fire(one_vision, "V2")
    assert one(found) == ("challenge", "c2", None) and "1 future vision" in found[0].message_en

    def scenarios(d):
        d["scenario"].append({"id": "s2", "title": "B"})
        d["programme"].append({"id": "pr2", "name": "Markt", "module_type": "content", "category": "new_market",
                               "manager_id": "t1"})
        d["programme_scenario"] = [{"id": "ps1", "scenario_id": "s1", "programme_id": "pr1"}]
    assert "Markt" in fire(scenarios, "SC2")[0].message_en


def test_objective_dimension():
    def m(d):
        d["objective"][0]["dimension"] = None
    assert one(fire(m, "O2")) == ("objective", "o0", "dimension")


def test_kpi_rules():
    def m(d):
        d["kpi"][0]["target_date"] = None
    assert one(fire(m, "K2")) == ("kpi", "k0", "target_date")

    def no_owner(d):
        d["kpi"][1]["owner_id"] = None
    assert one(fire(no_owner, "K2O")) == ("kpi", "k1", "owner_id")

    def loose(d):
        d["kpi"].append({"id": "k9", "name": "Los", "category": "societal"})
    assert ("kpi", "k9", "objective_id") in [(p.entity, p.row_id, p.field) for p in fire(loose, "K0")]

    def many(d):
        d["kpi"] += [{"id": f"kx{i}", "name": f"x{i}"} for i in range(30)]
    fire(many, "K9")


def test_indicator_and_swot():
    def m(d):
        d["indicator"] = [{"id": "i1", "name": "Omzet", "value": 3.0, "unit": "M€", "year": 2024}]
    assert one(fire(m, "B1")) == ("indicator", "i1", "source")

    def swot(d):
        d["swot_item"] = [{"id": "s1", "kind": "strength", "text": "x"}]
    assert "threats" in fire(swot, "SW1")[0].message_en


def test_scenarios_and_owners_and_trl_and_enablers():
    fire(lambda d: d["scenario"][0].update(preferred=False), "SC1")
    fire(lambda d: [a.update(owner_id="p0") for a in d["action"]], "R3")
    assert one(fire(lambda d: d["action"][0].update(trl_end=2), "R11")) == ("action", "a0", "trl_end")

    def no_enablers(d):
        d["programme"] = []
        d["action"][2]["lane_id"] = "l_tech"
    fire(no_enablers, "T2")


def test_dependency_order():
    def m(d):
        d["dependency"][0].update(from_action_id="a2", to_action_id="a0")
    assert one(fire(m, "D3")) == ("dependency", "d1", "to_action_id")


def test_funding_governance_monitoring():
    fire(lambda d: d.update(resource=[{"id": f"re{i}", "description": "x", "source": "own"}
                                      for i in range(3)]), "R10")
    fire(lambda d: d.update(governance_body=[]), "G1")
    assert one(fire(lambda d: d["roadmap"].update(monitoring=" "), "G3")) == ("roadmap", "r", "monitoring")


def test_status_rules():
    assert one(fire(lambda d: d["action"][0].update(status="delayed"), "S1"))[1] == "a0"
    found = fire(lambda d: d["action"][0].update(end_date="2026-12-31"), "S2")
    assert found[0].section == "5.status"


def test_every_rule_has_a_test():
    tested = {"V0", "V1", "O1", "O2", "K0", "K1", "K2", "K2O", "K8", "K9", "R1", "R2", "R2D", "R3",
              "R4", "R6", "R10", "R11", "D1", "D2", "D3", "H0", "H1", "RK1", "G1", "G2", "G3", "Q1",
              "A0", "A1", "A2", "A3", "I1", "I2", "V2", "SC2", "B1", "SW1", "SC1", "T2", "S1", "S2",
              "F1", "F2", "F3", "F4", "F5", "F6"}  # F*: tests/domain/test_checks_funding.py
    assert set(RULES) == tested


def test_checks_read_a_store(store):
    store.apply([Create("challenge", {"title": "C"}, id="c1"),
                 Create("vision", {"challenge_id": "c1", "title": "V", "selected": True}, id="v1"),
                 Create("objective", {"vision_id": "v1", "title": "O"}, id="o1")])
    found = run_checks(store, today=TODAY)
    assert ("vision", "v1") in {(p.entity, p.row_id) for p in found if p.code == "V1"}
    assert counts(found)["error"] >= 3   # V1, O1, K1
    store.apply([Update("objective", "o1", {"target_value": 5.0, "unit": "%", "target_year": 2030})])
    assert not [p for p in run_checks(store, today=TODAY) if p.code == "O1"]


def test_errors_come_first():
    doc = good()
    doc["action"][0]["owner_id"] = None      # error
    doc["risk"][0]["mitigation"] = None      # warning
    found = run_checks(doc, today=TODAY)
    sev = [p.severity for p in found]
    assert sev == sorted(sev, key=["error", "warning", "hint"].index)


def test_check_runner_reuses_results_but_stays_exact(store):
    from desktop.domain.checks.engine import CheckRunner
    from desktop.domain.rowcache import RowCache
    from tests.helpers import basic_rows

    basic_rows(store)
    cache = RowCache(store)
    store.subscribe(cache.apply)
    runner = CheckRunner(cache)

    def same():
        assert runner.run(today=TODAY) == run_checks(store, today=TODAY)

    same()
    edits = [
        [Update("action", "a1", {"owner_id": None})],
        [Create("dependency", {"from_action_id": "a1", "to_action_id": "a2"}, id="d1")],
        [Update("action", "a2", {"start_date": "2026-01-01"})],  # starts before a1 ends
        [Update("roadmap", store.roadmap()["id"], {"horizon_start": "2027-01-01",
                                                   "horizon_end": "2030-12-31"})],
        [Create("risk", {"title": "R"}, id="r1")],
        [Update("partner", "p1", {"ring": "execution"})],
    ]
    for ops in edits:
        store.apply(ops)
        same()
    assert {"R2", "D3", "H1", "RK1"} <= {p.code for p in runner.run(today=TODAY)}
    store.apply([Update("action", "a1", {"title": "Renamed"})])  # names in messages follow
    assert any("Renamed" in p.message_en for p in runner.run(today=TODAY) if p.code == "D3")
    same()
