"""Write a whole small roadmap through the wizard's widgets, then read it from the store."""

from __future__ import annotations

from desktop.domain.checks.engine import run_checks


def test_fill_a_roadmap_through_the_ui(ui, wizard, session):
    store = session.store
    # step 0: the roadmap itself, narratives, partners, team
    ui.type_field("0.roadmap", "title", "Roadmap Circulair Bouwen")
    ui.type_field("0.roadmap", "cluster_name", "Bouwcluster")
    ui.type_field("0.roadmap", "horizon_start", "2026-01-01")
    ui.type_field("0.roadmap", "horizon_end", "2034-12-31")
    ui.pick_field("0.roadmap", "language", "English")
    ui.write(ui.go("0.roadmap").narratives["introduction"], "Why we build ", bold="together")
    ui.write(ui.go("4.mission").narratives["mission"], "Demountable housing by 2034.")
    partners = ui.panel("0.partners", "partner")
    p1 = ui.row(partners, {"name": "BouwCo", "type": "SME", "ring": "project team"})
    p2 = ui.row(partners, {"name": "KU Leuven", "type": "university",
                           "ring": "constituency (members: input and mandate)"})
    p3 = ui.row(partners, {"name": "City of Gent", "type": "government", "ring": "execution actor"})
    ui.row(ui.panel("0.team", "team_member"), {"name": "An", "role": "lead", "partner_id": "BouwCo"})
    # step 1: challenge, selected vision, two measurable objectives
    c1 = ui.row(ui.panel("1.challenges", "challenge"), {"title": "Climate"})
    v1 = ui.row(ui.panel("1.visions", "vision"), {"code": "V1", "title": "Circular city"},
                checks=("selected",))
    objectives = ui.panel("1.objectives", "objective")
    o1 = ui.row(objectives, {"title": "Less waste", "target_value": "40", "unit": "%",
                             "target_year": "2030", "dimension": "societal"})
    o2 = ui.row(objectives, {"title": "More reuse", "target_value": "1.250,5", "unit": "t",
                             "target_year": "2032", "dimension": "economic"})
    # step 3: value chain linked to an objective, lanes, actions, a dependency
    vc = ui.row(ui.panel("3.value_chains", "value_chain"), {"name": "Housing"})
    ui.row(ui.panel("3.value_chains", "value_chain_objective"),
           {"value_chain_id": "Housing", "objective_id": "More reuse", "contribution": "reuse"})
    lanes = ui.panel("3.lanes", "lane")
    ui.row(lanes, {"name": "Tech", "layer": "technology"})
    ui.row(lanes, {"name": "Market", "layer": "market"})
    actions = ui.panel("3.actions", "action")
    a1 = ui.row(actions, {"title": "Design kit", "lane_id": "Tech", "start_date": "2026-03-01",
                          "end_date": "2027-06-30", "owner_id": "BouwCo", "trl_start": "4",
                          "trl_end": "6"})
    a2 = ui.row(actions, {"title": "Pilot district", "lane_id": "Market", "start_date": "2027-07-01",
                          "end_date": "2029-12-31", "owner_id": "KU Leuven", "trl_start": "6",
                          "trl_end": "8"})
    ui.row(ui.panel("3.dependencies", "dependency"), {"from_action_id": "Design kit",
                                                     "to_action_id": "Pilot district"})
    # step 4: KPIs, risk, commitment
    kpis = ui.panel("4.kpis", "kpi")
    ui.row(kpis, {"name": "Waste", "objective_id": "Less waste", "category": "societal impact",
                  "unit": "%", "target_value": "40"})
    ui.row(kpis, {"name": "Reuse", "objective_id": "More reuse", "category": "economic impact"})
    risk = ui.row(ui.panel("4.risks", "risk"), {"title": "Supply", "owner_id": "City of Gent"})
    ui.write(ui.panel("4.risks", "risk").details["mitigation"], "Agreements with demolishers.")
    ui.row(ui.panel("4.commitments", "commitment"), {"partner_id": "BouwCo", "amount_eur": "400000",
                                                    "date": "2026-09-01"})
    # step 5: quality self-assessment rows get the next unused criterion
    quality = ui.panel("5.quality", "quality_assessment")
    q = [ui.row(quality, {"score": "4"}) for _ in range(4)]

    road = store.roadmap()
    assert (road["title"], road["cluster_name"], road["language"]) == \
        ("Roadmap Circulair Bouwen", "Bouwcluster", "en")
    assert (road["horizon_start"], road["horizon_end"]) == ("2026-01-01", "2034-12-31")
    assert road["introduction"] == "Why we build **together**"
    assert road["mission"] == "Demountable housing by 2034."
    assert [(p["name"], p["type"], p["ring"]) for p in store.rows("partner")] == [
        ("BouwCo", "sme", "project_team"), ("KU Leuven", "university", "back_office"),
        ("City of Gent", "government", "execution")]
    assert store.rows("team_member")[0]["partner_id"] == p1
    assert store.get("vision", v1)["selected"] is True and store.get("vision", v1)["challenge_id"] == c1
    assert store.get("objective", o1)["target_value"] == 40.0
    assert store.get("objective", o2)["target_value"] == 1250.5  # Dutch decimal comma accepted
    assert store.get("objective", o2)["target_year"] == 2032
    link = store.rows("value_chain_objective")[0]
    assert (link["value_chain_id"], link["objective_id"]) == (vc, o2)
    act = store.get("action", a1)
    assert (act["owner_id"], act["start_date"], act["trl_end"]) == (p1, "2026-03-01", 6)
    assert store.get("action", a2)["owner_id"] == p2
    dep = store.rows("dependency")[0]
    assert (dep["from_action_id"], dep["to_action_id"]) == (a1, a2)
    assert [k["objective_id"] for k in store.rows("kpi")] == [o1, o2]
    assert store.get("risk", risk)["owner_id"] == p3
    assert store.get("risk", risk)["mitigation"] == "Agreements with demolishers."
    assert store.rows("commitment")[0]["amount_eur"] == 400000.0
    assert {store.get("quality_assessment", i)["criterion"] for i in q} == {
        "impact", "international", "commitment", "integral"}

    # the checks panel follows (after its debounce)
    qt = ui.qtbot
    qt.waitUntil(lambda: not wizard._timer.isActive(), timeout=2000)
    codes = {p.code for p in wizard.problems}
    assert codes == {p.code for p in run_checks(store)}
    assert not {"V1", "O1", "K1", "R2", "R2D", "D2", "R1", "R4", "R6", "K8", "RK1", "G2"} & codes
    assert "Q1" in codes  # scores without evidence
    assert wizard._step_items[1].text(1).endswith("%")
