"""Every entity the wizard can add, filled through its widgets, then read back from the store.

Rows are added with the Add button, cells typed with real key events (F2, text, Return),
choices and links picked from drop-downs with the arrow keys, flags ticked with Space and
Markdown details typed into the rich-text editors. The only entities not added here are
`snapshot` (read-only in the wizard) and `action_status_event`, which the app records
itself when an action's status changes (asserted below). Where an entity has links, a
link other than the one a new row gets by default is chosen, so the drop-down is proven.
"""

from __future__ import annotations

import datetime as dt

from db import catalogue
from db.interchange import export_document

NOT_ADDED = {"snapshot", "action_status_event"}


def shown(panel, row_id: str, field: str) -> str:
    """The text a table cell shows."""
    model = panel.model
    col = [f.name for f in model.fields].index(field)
    return model.index(model.row_ids().index(row_id), col).data()


def test_every_addable_entity_through_the_ui(ui, wizard, session):  # noqa: C901 - one long walk
    store = session.store
    want: dict[str, dict[str, dict]] = {}  # entity -> row id -> field -> stored value

    def row(section: str, entity: str, values: dict, stored: dict, checks=(), details=None) -> str:
        panel = ui.panel(section, entity)
        rid = ui.row(panel, values, checks)
        for name, text in (details or {}).items():
            ui.write(panel.details[name], text)
        want.setdefault(entity, {})[rid] = {**stored, **{c: True for c in checks},
                                            **(details or {})}
        return rid

    # -- step 0 -----------------------------------------------------------------------------
    for field, text in (("title", "Roadmap Circular Building"), ("subtitle", "Towards 2034"),
                        ("cluster_name", "Build cluster"), ("horizon_start", "2026-01-01"),
                        ("horizon_end", "2034-12-31"), ("version_label", "v0.3")):
        ui.type_field("0.roadmap", field, text)
    ui.pick_field("0.roadmap", "language", "English")
    ui.pick_field("0.decision", "decision", "go")
    ui.type_field("0.decision", "decision_date", "2025-11-15")
    ui.pick_field("0.application", "application_status", "submitted")
    narratives = {"0.roadmap": "introduction", "0.coalition": "coalition",
                  "0.decision": "decision_rationale", "0.application": "application_notes",
                  "1.selection": "selection_rationale", "2.synthesis": "current_situation",
                  "3.intro": "paths_intro", "4.mission": "mission", "4.planning": "planning",
                  "5.monitoring": "monitoring"}
    for key, name in narratives.items():
        ui.write(ui.go(key).narratives[name], f"Text of {name.replace('_', ' ')}.")
    road_id = store.roadmap()["id"]
    want["roadmap"] = {road_id: {
        "title": "Roadmap Circular Building", "subtitle": "Towards 2034",
        "cluster_name": "Build cluster",
        "language": "en", "horizon_start": "2026-01-01", "horizon_end": "2034-12-31",
        "version_label": "v0.3", "decision": "go", "decision_date": "2025-11-15",
        "application_status": "submitted",
        **{n: f"Text of {n.replace('_', ' ')}." for n in narratives.values()}}}

    p1 = row("0.partners", "partner", {"name": "BouwCo", "short_name": "BC", "type": "SME",
                                       "ring": "project team", "role": "lead", "country": "BE",
                                       "region": "Flanders", "sector": "construction",
                                       "size": "small enterprise (10–49)", "contact": "An",
                                       "email": "an@bouwco.be", "colour": "#336699"},
             {"name": "BouwCo", "short_name": "BC", "type": "sme", "ring": "project_team",
              "role": "lead", "country": "BE", "region": "Flanders", "sector": "construction",
              "size": "small", "contact": "An", "email": "an@bouwco.be", "colour": "#336699"},
             details={"description": "A builder."})
    p2 = row("0.partners", "partner", {"name": "KU Leuven", "type": "university",
                                       "ring": "constituency (members: input and mandate)"},
             {"name": "KU Leuven", "type": "university", "ring": "back_office"})
    p3 = row("0.partners", "partner", {"name": "City of Gent", "type": "government",
                                       "ring": "execution actor"},
             {"name": "City of Gent", "type": "government", "ring": "execution"})
    t1 = row("0.team", "team_member", {"name": "Bart", "role": "researcher", "partner_id": "KU Leuven",
                                  "email": "bart@kuleuven.be", "responsibility": "indicators"},
        {"name": "Bart", "role": "researcher", "partner_id": p2, "email": "bart@kuleuven.be",
         "responsibility": "indicators"})

    rr1 = row("0.inventory", "reference_roadmap",
              {"title": "Partnership Circular Building", "kind": "European partnership (Horizon Europe)",
               "owner": "European Commission", "year": "2024", "url": "https://example.org/cb"},
              {"title": "Partnership Circular Building", "kind": "eu_partnership",
               "owner": "European Commission", "year": 2024, "url": "https://example.org/cb"},
              details={"description": "Targets for reused materials."})
    rr2 = row("0.inventory", "reference_roadmap", {"title": "Port roadmap", "kind": "another cluster's roadmap"},
              {"title": "Port roadmap", "kind": "cluster"})
    row("0.inventory", "reference_milestone",
        {"reference_roadmap_id": "Port roadmap", "title": "Port hub open", "date": "2028-06-30",
         "note": "first ship"},
        {"reference_roadmap_id": rr2, "title": "Port hub open", "date": "2028-06-30", "note": "first ship"})
    ui.write(ui.go("0.inventory").narratives["counter_expertise"], "Text of counter expertise.")
    want["roadmap"][road_id]["counter_expertise"] = "Text of counter expertise."

    # -- step 1 -----------------------------------------------------------------------------
    c1 = row("1.challenges", "challenge", {"code": "C1", "title": "Climate"},
             {"code": "C1", "title": "Climate"}, details={"description": "Emissions of building."})
    c2 = row("1.challenges", "challenge", {"title": "Housing shortage"},
             {"title": "Housing shortage"})
    v1 = row("1.visions", "vision", {"challenge_id": "Housing shortage", "code": "V1",
                                     "title": "Circular city"},
             {"challenge_id": c2, "code": "V1", "title": "Circular city"}, checks=("selected",),
             details={"narrative": "Homes are taken apart, not demolished."})
    v2 = row("1.visions", "vision", {"challenge_id": "Climate", "title": "Zero-waste port"},
             {"challenge_id": c1, "title": "Zero-waste port"})
    opp = row("1.opportunities", "opportunity",
        {"vision_id": "Zero-waste port", "title": "Modular homes", "market": "housing",
         "growth": "5 pct a year", "potential": "large"},
        {"vision_id": v2, "title": "Modular homes", "market": "housing", "growth": "5 pct a year",
         "potential": "large"}, details={"description": "Factory-built modules."})
    row("1.selection", "selection_criterion", {"name": "Feasibility", "weight": "40"},
        {"name": "Feasibility", "weight": 40.0})
    s2 = row("1.selection", "selection_criterion", {"name": "Impact", "weight": "60"},
             {"name": "Impact", "weight": 60.0}, details={"description": "Jobs and CO2."})
    row("1.selection", "criterion_score", {"criterion_id": "Impact", "vision_id": "Zero-waste port",
                                           "score": "4", "note": "strong case"},
        {"criterion_id": s2, "vision_id": v2, "score": 4, "note": "strong case"})
    o1 = row("1.objectives", "objective",
             {"vision_id": "Zero-waste port", "code": "O1", "title": "Less waste",
              "indicator": "tonnes landfilled", "direction": "decrease", "baseline_value": "55",
              "baseline_year": "2024", "target_value": "40", "unit": "%", "target_year": "2030",
              "dimension": "societal"},
             {"vision_id": v2, "code": "O1", "title": "Less waste",
              "indicator": "tonnes landfilled",
              "direction": "decrease", "baseline_value": 55.0, "baseline_year": 2024,
              "target_value": 40.0, "unit": "%", "target_year": 2030, "dimension": "societal"})
    o2 = row("1.objectives", "objective", {"vision_id": "Circular city", "title": "More reuse"},
             {"vision_id": v1, "title": "More reuse"})

    # -- step 2 -----------------------------------------------------------------------------
    i1 = row("2.indicators", "indicator",
        {"name": "R&D spend", "area": "economic performance", "value": "12", "unit": "MEUR",
         "year": "2024", "source": "Eurostat", "source_detail": "table rd_e",
         "benchmark_value": "15",
         "benchmark_label": "EU average", "note": "estimate"},
        {"name": "R&D spend", "area": "economy", "value": 12.0, "unit": "MEUR", "year": 2024,
         "source": "eurostat", "source_detail": "table rd_e", "benchmark_value": 15.0,
         "benchmark_label": "EU average", "note": "estimate"},
        checks=("quality_current", "quality_reliable"))
    ui.cell(ui.panel("2.indicators", "indicator"), i1, "quality_note", "survey covers 80 %")
    want["indicator"][i1]["quality_note"] = "survey covers 80 %"
    row("2.indicators", "indicator_value", {"indicator_id": "R&D spend", "year": "2025", "value": "13.5",
                                            "note": "provisional"},
        {"indicator_id": i1, "year": 2025, "value": 13.5, "note": "provisional"})
    row("2.assessment", "area_assessment", {"area": "innovation system", "rating": "3"},
        {"area": "innovation_system", "rating": 3}, details={"assessment": "Few test beds."})
    row("2.swot", "swot_item",
        {"kind": "weakness", "text": "Few pilots", "area": "innovation system"},
        {"kind": "weakness", "text": "Few pilots", "area": "innovation_system"})

    # -- step 3 -----------------------------------------------------------------------------
    vc1 = row("3.value_chains", "value_chain",
              {"code": "VC1", "name": "Housing", "colour": "#aa3300"},
              {"code": "VC1", "name": "Housing", "colour": "#aa3300"})
    vc2 = row("3.value_chains", "value_chain", {"name": "Infrastructure"},
              {"name": "Infrastructure"})
    ui.write(ui.panel("3.value_chains", "value_chain").details["description"], "Roads and bridges.")
    want["value_chain"][vc2]["description"] = "Roads and bridges."
    row("3.value_chains", "value_chain_objective",
        {"value_chain_id": "Infrastructure", "objective_id": "More reuse", "contribution": "reuse"},
        {"value_chain_id": vc2, "objective_id": o2, "contribution": "reuse"})
    row("3.scenarios", "scenario", {"value_chain_id": "Housing", "title": "Fast track"},
        {"value_chain_id": vc1, "title": "Fast track"}, checks=("preferred",),
        details={"description": "All permits in a year."})
    pr1 = row("3.programmes", "programme",
              {"value_chain_id": "Housing", "code": "P1", "name": "Circular design",
               "module_type": "content module", "category": "product type"},
              {"value_chain_id": vc1, "code": "P1", "name": "Circular design",
               "module_type": "content",
               "category": "product_type"}, details={"description": "Design rules."})
    pr2 = row("3.programmes", "programme",
              {"name": "Skills", "module_type": "enabling module",
               "category": "education, competences and labour market", "manager_id": "Bart"},
              {"name": "Skills", "module_type": "enabling", "category": "education", "manager_id": t1})
    sc2 = row("3.scenarios", "scenario", {"title": "Slow track"}, {"title": "Slow track"})
    row("3.scenarios", "programme_scenario",
        {"scenario_id": "Slow track", "programme_id": "Skills", "note": "only skills"},
        {"scenario_id": sc2, "programme_id": pr2, "note": "only skills"})
    row("3.interventions", "intervention_point",
        {"title": "Green procurement", "programme_id": "Skills", "core_task": "buying",
         "term": "short term", "impact": "high", "existing_instrument": "none yet"},
        {"title": "Green procurement", "programme_id": pr2, "core_task": "buying", "term": "short",
         "impact": "high", "existing_instrument": "none yet"}, checks=("white_spot",),
        details={"tailored_action": "Pilot tenders."})
    l1 = row("3.lanes", "lane", {"value_chain_id": "Housing", "name": "Tech", "layer": "technology",
                                 "colour": "#00aa00"},
             {"value_chain_id": vc1, "name": "Tech", "layer": "technology", "colour": "#00aa00"})
    l2 = row("3.lanes", "lane", {"name": "Market", "layer": "market"},
             {"name": "Market", "layer": "market"})
    a1 = row("3.actions", "action",
             {"code": "A1", "title": "Design kit", "value_chain_id": "Housing", "lane_id": "Tech",
              "programme_id": "Circular design", "start_date": "2026-03-01",
              "end_date": "2027-06-30",
              "owner_id": "BouwCo", "trl_start": "4", "trl_end": "6"},
             {"code": "A1", "title": "Design kit", "value_chain_id": vc1, "lane_id": l1,
              "programme_id": pr1, "start_date": "2026-03-01", "end_date": "2027-06-30",
              "owner_id": p1, "trl_start": 4, "trl_end": 6, "status": "planned"},
             details={"description": "A kit of parts."})
    a2 = row("3.actions", "action",
             {"title": "Pilot district", "kind": "milestone", "lane_id": "Market",
              "start_date": "2027-07-01", "end_date": "2029-12-31", "owner_id": "KU Leuven",
              "status": "committed"},
             {"title": "Pilot district", "kind": "milestone", "lane_id": l2,
              "start_date": "2027-07-01",
              "end_date": "2029-12-31", "owner_id": p2, "status": "committed"})
    a3 = row("3.actions", "action", {"title": "Scale-up"}, {"title": "Scale-up"})
    row("3.actions", "action_partner",
        {"action_id": "Pilot district", "partner_id": "City of Gent", "role": "host"},
        {"action_id": a2, "partner_id": p3, "role": "host"})
    row("3.dependencies", "dependency",
        {"from_action_id": "Design kit", "to_action_id": "Pilot district", "kind": "start-to-start",
         "note": "kit first"},
        {"from_action_id": a1, "to_action_id": a2, "kind": "start_start", "note": "kit first"})
    # links other than a new row's defaults (to first, so that from never equals to)
    row("3.dependencies", "dependency",
        {"to_action_id": "Scale-up", "from_action_id": "Pilot district"},
        {"from_action_id": a2, "to_action_id": a3})
    row("3.coherence", "reference_link",
        {"reference_roadmap_id": "Partnership Circular Building", "value_chain_id": "Infrastructure",
         "programme_id": "Circular design", "action_id": "Design kit", "relation": "builds on",
         "note": "same targets"},
        {"reference_roadmap_id": rr1, "value_chain_id": vc2, "programme_id": pr1, "action_id": a1,
         "relation": "builds_on", "note": "same targets"})
    row("3.coherence", "priority_tag",
        {"priority": "KET: advanced materials", "value_chain_id": "Housing", "programme_id": "Skills",
         "note": "bio-based panels"},
        {"priority": "ket_materials", "value_chain_id": vc1, "programme_id": pr2, "note": "bio-based panels"})
    ui.write(ui.go("3.coherence").narratives["coherence_note"], "Text of coherence note.")
    want["roadmap"][road_id]["coherence_note"] = "Text of coherence note."
    row("3.workshop_notes", "workshop_note",
        {"text": "Check permits", "value_chain_id": "Infrastructure", "lane_id": "Market",
         "date": "2026-02-10"},
        {"text": "Check permits", "value_chain_id": vc2, "lane_id": l2, "date": "2026-02-10"},
        checks=("parking_lot",))

    # -- step 4 -----------------------------------------------------------------------------
    plan = ui.panel("4.activities", "action")  # the same actions, other columns
    for field, text in (("category", "practical action"), ("deliverable", "kit manual"),
                        ("budget_eur", "150000"), ("fte", "2"), ("owner_member_id", "Bart")):
        ui.cell(plan, a1, field, text)
    want["action"][a1].update(category="practical", deliverable="kit manual", budget_eur=150000.0,
                              fte=2.0, owner_member_id=t1)
    k1 = row("4.kpis", "kpi",
             {"name": "Waste", "objective_id": "Less waste", "category": "societal impact",
              "unit": "%",
              "baseline_value": "55", "baseline_year": "2024", "target_value": "40",
              "target_date": "2030-12-31", "owner_id": "City of Gent", "source": "OVAM",
              "frequency": "yearly"},
             {"name": "Waste", "objective_id": o1, "category": "societal", "unit": "%",
              "baseline_value": 55.0, "baseline_year": 2024, "target_value": 40.0,
              "target_date": "2030-12-31", "owner_id": p3, "source": "OVAM", "frequency": "yearly"},
             details={"definition": "Share landfilled."})
    kpis = ui.panel("4.kpis", "kpi")
    ui.cell(kpis, k1, "scope", "cluster-specific")
    ui.cell(kpis, k1, "indicator_id", "R&D spend")
    want["kpi"][k1].update(scope="cluster_specific", indicator_id=i1)
    row("4.kpis", "kpi_target", {"kpi_id": "Waste", "year": "2027", "value": "50", "note": "mid-way"},
        {"kpi_id": k1, "year": 2027, "value": 50.0, "note": "mid-way"})
    row("4.kpis", "kpi", {"name": "Reuse", "objective_id": "More reuse"},
        {"name": "Reuse", "objective_id": o2})
    row("4.resources", "resource",
        {"description": "Pilot budget", "programme_id": "Skills", "partner_id": "KU Leuven",
         "year": "2027", "fte": "2", "amount_eur": "250000", "source": "European Union",
         "instrument": "Horizon"},
        {"description": "Pilot budget", "programme_id": pr2, "partner_id": p2, "year": 2027,
         "fte": 2.0,
         "amount_eur": 250000.0, "source": "eu", "instrument": "Horizon"}, checks=("secured",))
    res = ui.panel("4.resources", "resource")
    ui.cell(res, res.model.row_ids()[-1], "competences", "LCA, demolition logistics")
    want["resource"][res.model.row_ids()[-1]]["competences"] = "LCA, demolition logistics"
    row("4.stakeholders", "stakeholder",
        {"name": "Neighbours", "partner_id": "City of Gent", "group": "residents",
         "influence": "medium", "interest": "high"},
        {"name": "Neighbours", "partner_id": p3, "group": "residents", "influence": "medium",
         "interest": "high"}, details={"engagement": "Open evenings."})
    row("4.governance", "governance_body",
        {"name": "Steering committee", "members": "all partners", "chair": "An",
         "rhythm": "monthly"},
        {"name": "Steering committee", "members": "all partners", "chair": "An",
         "rhythm": "monthly"},
        details={"role": "Decides the budget."})
    row("4.risks", "risk",
        {"title": "Supply", "origin": "external", "likelihood": "medium", "impact": "high",
         "owner_id": "City of Gent", "status": "mitigated"},
        {"title": "Supply", "origin": "external", "likelihood": "medium", "impact": "high", "owner_id": p3,
         "status": "mitigated"},
        details={"description": "Too few reused beams.",
                 "mitigation": "Agreements with demolishers."})
    row("4.communication", "communication_item",
        {"audience": "Builders", "message": "Join the pilot", "channel": "newsletter",
         "timing": "quarterly", "owner_id": "KU Leuven", "goal": "ten pilot builders",
         "scope": "external"},
        {"audience": "Builders", "message": "Join the pilot", "channel": "newsletter",
         "timing": "quarterly", "owner_id": p2, "goal": "ten pilot builders", "scope": "external"},
        details={"approach": "Site visits, then a pilot contract."})
    pj = row("4.portfolio", "project",
             {"code": "PJ1", "title": "ICON Facade", "kind": "ICON", "status": "running",
              "programme_id": "Circular design", "lead_partner_id": "BouwCo", "funder": "VLAIO ICON 2026",
              "start_date": "2026-05-01", "end_date": "2028-04-30", "trl_start": "4", "trl_end": "7",
              "public_eur": "400000", "private_eur": "600000"},
             {"code": "PJ1", "title": "ICON Facade", "kind": "icon", "status": "running",
              "programme_id": pr1, "lead_partner_id": p1, "funder": "VLAIO ICON 2026",
              "start_date": "2026-05-01", "end_date": "2028-04-30", "trl_start": 4, "trl_end": 7,
              "public_eur": 400000.0, "private_eur": 600000.0},
             details={"description": "A facade taken apart in a day."})
    row("4.portfolio", "project_partner",
        {"project_id": "ICON Facade", "partner_id": "KU Leuven", "role": "subcontractor",
         "public_eur": "150000", "private_eur": "0"},
        {"project_id": pj, "partner_id": p2, "role": "subcontractor", "public_eur": 150000.0,
         "private_eur": 0.0})
    row("4.portfolio", "project_action", {"project_id": "ICON Facade", "action_id": "Design kit",
                                          "note": "carries A1"},
        {"project_id": pj, "action_id": a1, "note": "carries A1"})
    ui.type_field("4.leverage", "leverage_target", "1.5")
    ui.write(ui.go("4.leverage").narratives["leverage_note"], "Text of leverage note.")
    want["roadmap"][road_id].update(leverage_target=1.5, leverage_note="Text of leverage note.")
    row("4.commitments", "commitment",
        {"partner_id": "KU Leuven", "kind": "memorandum of understanding",
         "description": "Lab time",
         "amount_eur": "400000", "fte": "1", "date": "2026-09-01", "status": "announced",
         "programme_id": "Skills", "project_id": "ICON Facade", "announced_date": "2026-06-01",
         "valid_until": "2029-12-31"},
        {"partner_id": p2, "kind": "mou", "description": "Lab time", "amount_eur": 400000.0,
         "fte": 1.0, "date": "2026-09-01", "status": "announced", "programme_id": pr2,
         "project_id": pj, "announced_date": "2026-06-01", "valid_until": "2029-12-31"},
        details={"conditions": "If the ICON project is approved."})

    # -- step 5 -----------------------------------------------------------------------------
    row("5.monitoring", "kpi_measurement", {"kpi_id": "Waste", "date": "2026-06-30", "value": "48",
                                            "note": "first count", "year": "2026"},
        {"kpi_id": k1, "date": "2026-06-30", "value": 48.0, "note": "first count", "year": 2026})
    row("5.quality", "quality_assessment",
        {"criterion": "international profile and smart specialisation", "score": "4"},
        {"criterion": "international", "score": 4}, details={"evidence": "Two EU projects."})
    w1 = row("5.process", "workshop",
             {"title": "Vision workshop", "step": "1", "date": "2026-02-12", "place": "Gent"},
             {"title": "Vision workshop", "step": 1, "date": "2026-02-12", "place": "Gent"},
             details={"participants": "An, Bart", "agenda": "Visions", "decisions": "Pick two visions."})
    row("5.process", "process_result",
        {"step": "1", "kind": "new public-private partnership", "title": "Pilot pact",
         "date": "2026-03-14", "parties": "BouwCo, City of Gent", "workshop_id": "Vision workshop"},
        {"step": 1, "kind": "partnership", "title": "Pilot pact", "date": "2026-03-14",
         "parties": "BouwCo, City of Gent", "workshop_id": w1},
        details={"evidence": "Letter of intent."})
    row("5.process", "dot_vote",
        {"workshop_id": "Vision workshop", "participant": "An", "vision_id": "Circular city",
         "opportunity_id": "Modular homes", "programme_id": "Skills", "points": "3"},
        {"workshop_id": w1, "participant": "An", "vision_id": v1, "opportunity_id": opp,
         "programme_id": pr2, "points": 3})
    # choosing "committed" for the second action above already recorded one event
    assert [(e["action_id"], e["previous_status"], e["status"])
            for e in store.rows("action_status_event")] == [(a2, "planned", "committed")]
    status = ui.panel("5.status", "action")
    ui.cell(status, a1, "status", "ongoing")  # the last edit: recorded with its history event
    want["action"][a1]["status"] = "ongoing"

    # -- everything typed is stored, and nothing else --------------------------------------
    addable = {e.name for e in catalogue.ENTITIES} - NOT_ADDED
    assert set(want) == addable, sorted(addable ^ set(want))
    doc = export_document(store)
    for e in catalogue.ENTITIES:
        if e.name in NOT_ADDED:
            continue
        stored = [doc[e.name]] if e.singleton else doc[e.name]
        assert [r["id"] for r in stored] == list(want[e.name]), e.name
        for r in stored:
            expected = {f.name: want[e.name][r["id"]].get(f.name, f.default) for f in e.fields}
            assert {f.name: r[f.name] for f in e.fields} == expected, e.name
    assert doc["snapshot"] == []
    today = dt.date.today().isoformat()
    assert [(e["action_id"], e["previous_status"], e["status"], e["date"])
            for e in doc["action_status_event"]] == [(a2, "planned", "committed", today),
                                                      (a1, "planned", "ongoing", today)]
    history = ui.panel("5.status_history", "action_status_event")
    assert history.model.row_ids() == [e["id"] for e in doc["action_status_event"]]
    assert shown(status, a1, "status") == "ongoing"

    # -- undo of the last edit takes back the status and its history event -----------------
    session.undo_stack.undo()
    assert store.get("action", a1)["status"] == "planned"
    assert [e["action_id"] for e in store.rows("action_status_event")] == [a2]
    assert history.model.rowCount() == 1
    status = ui.panel("5.status", "action")
    assert shown(status, a1, "status") == "planned"
    after = export_document(store)
    doc["action"] = [dict(r, status="planned") if r["id"] == a1 else r for r in doc["action"]]
    doc["action_status_event"] = doc["action_status_event"][:1]
    assert after == doc  # nothing else was touched
