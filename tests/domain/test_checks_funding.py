"""The funder rules F1-F6 fire on one targeted defect of a clean roadmap and point at the
row and field to fix."""

from __future__ import annotations

from tests.domain.test_checks import fire, one


def test_programme_without_backed_commitment():
    # intended is not enough ...
    assert one(fire(lambda d: d["commitment"][0].update(status="intended"), "F1")) == \
        ("programme", "pr1", None)
    # ... and a commitment counts for the programme of its action or project too
    found = fire(lambda d: d["commitment"][0].update(programme_id=None), "F1")
    assert found[0].section == "4.commitments"

    def through_project(d):
        d["commitment"][0].update(programme_id=None, project_id="pj1")
    import copy

    from desktop.domain.checks.engine import run_rule
    from tests.domain.test_checks import TODAY, good
    doc = copy.deepcopy(good())
    through_project(doc)
    assert run_rule("F1", doc, today=TODAY) == []


def test_kpi_without_yearly_targets_or_with_gaps():
    assert one(fire(lambda d: d.update(kpi_target=[t for t in d["kpi_target"] if t["kpi_id"] != "k1"]),
                    "F2")) == ("kpi", "k1", None)
    found = fire(lambda d: d.update(kpi_target=[t for t in d["kpi_target"] if t["id"] != "kt0-2028"]), "F2")
    assert "2028" in found[0].message_en and found[0].section == "4.kpis"


def test_programme_manager_named():
    assert one(fire(lambda d: d["programme"][0].update(manager_id=None), "F3")) == \
        ("programme", "pr1", "manager_id")


def test_leverage_stated():
    assert one(fire(lambda d: d["roadmap"].update(leverage_target=None), "F4")) == \
        ("roadmap", "r", "leverage_target")
    assert one(fire(lambda d: d["project"][0].update(private_eur=None), "F4")) == \
        ("project", "pj1", "private_eur")


def test_partner_shares_add_up():
    assert one(fire(lambda d: d["project_partner"][1].update(public_eur=10.0), "F5")) == \
        ("project", "pj1", "public_eur")


def test_indicator_data_quality():
    def m(d):
        d["indicator"] = [{"id": "i1", "name": "Omzet", "value": 3.0, "unit": "M€", "year": 2024,
                           "source": "statbel", "quality_current": True, "quality_reliable": True,
                           "quality_complete": False}]
    assert one(fire(m, "F6")) == ("indicator", "i1", "quality_longitudinal")
