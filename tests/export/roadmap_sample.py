"""A small but complete roadmap for the export tests: every entity of the report, every
text field filled, with accents, €, '&', '<' and Markdown in the narrative fields."""

from __future__ import annotations

from db import catalogue
from db.interchange import export_document
from db.model import Kind
from db.ops import Create, Update
from db.store import RoadmapStore

MD = ("De **waterstofcluster** bundelt *kennis* en industrie in Vlaanderen.\n\n"
      "## Aanpak in fasen\n\n"
      "- pilootproject in de haven\n- opschaling naar 2030\n\n"
      "1. eerste stap: coördinatie\n2. tweede stap: financiering € & co")


def sample_store() -> RoadmapStore:
    s = RoadmapStore.memory()
    road_id = s.rows("roadmap")[0]["id"]
    s.apply([Update("roadmap", road_id, {
        "title": "Roadmap Waterstofregio Vlaanderen", "subtitle": "Naar een klimaatneutrale industrie",
        "cluster_name": "Cluster H2 Vlaanderen", "horizon_start": "2025-01-01",
        "horizon_end": "2035-12-31", "version_label": "v0.9 concept",
        "introduction": "Deze roadmap beschrijft de **gezamenlijke ambitie** van de partners.",
        "coalition": "De coalitie ontstond uit een *werkgroep* van ondernemers & onderzoekers.",
        "decision": "go", "decision_date": "2025-03-12",
        "decision_rationale": "Voldoende draagvlak bij twaalf bedrijven.",
        "application_status": "submitted", "application_notes": "Ingediend bij VLAIO in april.",
        "selection_rationale": "Gekozen op basis van *marktpotentieel* en sterktes.",
        "current_situation": MD, "paths_intro": "Drie paden leiden naar het doel.",
        "mission": "Wij maken Vlaanderen **koploper** in groene waterstof.",
        "planning": "Kwartaalplanning met vaste deadlines.",
        "monitoring": "Jaarlijkse voortgangsmeting tegenover de nulmeting.",
        "leverage_target": 1.4, "leverage_note": "We mikken op **1,4 euro** privaat per publieke euro.",
    })])
    ops = [
        Create("partner", {"name": "Universiteit Gent", "short_name": "UGent", "type": "university",
                           "ring": "project_team", "role": "Kennispartner elektrolyse",
                           "contact": "Prof. Anaïs Vermeer", "email": "anais@ugent.example",
                           "description": "Onderzoeksgroep **elektrochemie** met 40 onderzoekers."}, id="p1"),
        Create("partner", {"name": "Haven van Antwerpen-Brugge", "short_name": "Port", "type": "government",
                           "ring": "back_office", "role": "Infrastructuurbeheerder",
                           "contact": "Jan De Smet", "email": "jan@port.example",
                           "description": "Beheert de pijpleidingenstraat."}, id="p2"),
        Create("partner", {"name": "Electrolyzer Startup NV", "short_name": "ELS", "type": "startup",
                           "ring": "execution", "role": "Bouwer van stacks",
                           "contact": "Zoë Peeters", "email": "zoe@els.example"}, id="p3"),
        Create("team_member", {"name": "Marieke Claes", "role": "Projectleider", "partner_id": "p1",
                               "email": "marieke@ugent.example",
                               "responsibility": "Eindredactie roadmap"}, id="tm1"),
        Create("challenge", {"code": "U1", "title": "Klimaatneutrale industrie",
                             "description": "De industrie stoot 40% van de CO2 uit."}, id="c1"),
        Create("vision", {"challenge_id": "c1", "code": "T1", "title": "Groene waterstofhub",
                          "narrative": "In 2035 is de haven een **waterstofhub** voor Europa.",
                          "selected": True}, id="v1"),
        Create("vision", {"challenge_id": "c1", "code": "T2", "title": "Circulaire koolstof",
                          "narrative": "CO2 wordt grondstof.", "selected": False}, id="v2"),
        Create("opportunity", {"vision_id": "v1", "title": "Export van elektrolysers",
                               "description": "Europese markt groeit snel.", "market": "EU-industrie",
                               "growth": "25% per jaar", "potential": "€ 2 miljard"}, id="o1"),
        Create("selection_criterion", {"name": "Marktpotentieel", "description": "Omvang van de markt.",
                                       "weight": 60}, id="k1"),
        Create("selection_criterion", {"name": "Sterkte Vlaanderen", "description": "Bestaande troeven.",
                                       "weight": 40}, id="k2"),
        Create("criterion_score", {"criterion_id": "k1", "vision_id": "v1", "score": 5,
                                   "note": "Sterke vraag uit chemie"}, id="s1"),
        Create("criterion_score", {"criterion_id": "k2", "vision_id": "v1", "score": 4}, id="s2"),
        Create("criterion_score", {"criterion_id": "k1", "vision_id": "v2", "score": 2}, id="s3"),
        Create("objective", {"vision_id": "v1", "code": "D1", "title": "Minder CO2-uitstoot in de haven",
                             "indicator": "Jaarlijkse uitstoot", "direction": "decrease",
                             "baseline_value": 18.5, "baseline_year": 2023, "target_value": 11.1,
                             "unit": "Mt CO2", "target_year": 2030, "dimension": "societal"}, id="ob1"),
        Create("objective", {"vision_id": "v1", "code": "D2", "title": "Meer elektrolysecapaciteit",
                             "indicator": "Geïnstalleerd vermogen", "direction": "increase",
                             "baseline_value": 25, "baseline_year": 2024, "target_value": 1000,
                             "unit": "MW", "target_year": 2030, "dimension": "economic"}, id="ob2"),
        Create("indicator", {"name": "Publicaties elektrochemie", "area": "science", "value": 312,
                             "unit": "per jaar", "year": 2023, "source": "ecoom",
                             "source_detail": "ECOOM-rapport 2024", "benchmark_value": 450,
                             "benchmark_label": "Nederland", "note": "Inclusief reviews",
                             "quality_current": True, "quality_reliable": True, "quality_complete": False,
                             "quality_longitudinal": True, "quality_note": "Telling zonder congresbijdragen"},
               id="i1"),
        Create("indicator_value", {"indicator_id": "i1", "year": 2021, "value": 280,
                                   "note": "Herzien in 2024"}, id="iv1"),
        Create("area_assessment", {"area": "innovation_system", "rating": 3,
                                   "assessment": "Het **ecosysteem** is versnipperd."}, id="aa1"),
        Create("swot_item", {"kind": "strength", "text": "Sterke chemische industrie",
                             "area": "economy"}, id="sw1"),
        Create("swot_item", {"kind": "threat", "text": "Goedkope import uit het Midden-Oosten"}, id="sw2"),
        Create("value_chain", {"code": "W1", "name": "Elektrolyse & opslag",
                               "description": "Van stack tot *tankpark*."}, id="vc1"),
        Create("value_chain_objective", {"value_chain_id": "vc1", "objective_id": "ob2",
                                         "contribution": "Levert 600 MW capaciteit"}, id="vo1"),
        Create("scenario", {"value_chain_id": "vc1", "title": "Snelle opschaling",
                            "description": "Alles in de haven.", "preferred": True}, id="sc1"),
        Create("programme", {"value_chain_id": "vc1", "code": "P1", "name": "Stacktechnologie",
                             "module_type": "content", "category": "technology_component",
                             "description": "Nieuwe membranen < 50 µm."}, id="pr1"),
        Create("programme", {"code": "P2", "name": "Talent voor waterstof", "module_type": "enabling",
                             "category": "education", "description": "Opleidingen met hogescholen."}, id="pr2"),
        Create("lane", {"value_chain_id": "vc1", "name": "Technologielaag", "layer": "technology"}, id="l1"),
        Create("action", {"value_chain_id": "vc1", "lane_id": "l1", "programme_id": "pr1", "code": "A1",
                          "title": "Demonstrator 10 MW", "description": "Bouw en test een *demonstrator*.",
                          "category": "content", "start_date": "2026-01-01", "end_date": "2027-06-30",
                          "owner_id": "p3", "trl_start": 5, "trl_end": 7, "status": "committed",
                          "budget_eur": 4500000, "fte": 6.5, "deliverable": "Testrapport demonstrator"},
               id="a1"),
        Create("action", {"value_chain_id": "vc1", "lane_id": "l1", "code": "M1", "kind": "milestone",
                          "title": "Eerste groene molecule", "category": "practical",
                          "end_date": "2027-09-30", "owner_id": "p2", "description": "Feestelijk moment."},
               id="a2"),
        Create("action_partner", {"action_id": "a1", "partner_id": "p1", "role": "Metingen"}, id="ap1"),
        Create("dependency", {"from_action_id": "a1", "to_action_id": "a2",
                              "note": "Demonstrator moet eerst draaien"}, id="d1"),
        Create("intervention_point", {"title": "Vergunningen versnellen", "programme_id": "pr1",
                                      "core_task": "Regelgeving", "term": "short", "impact": "high",
                                      "existing_instrument": "Omgevingsvergunning", "white_spot": True,
                                      "tailored_action": "Een **taskforce** vergunningen."}, id="ip1"),
        Create("kpi", {"objective_id": "ob2", "name": "Geïnstalleerde capaciteit", "category": "products_services",
                       "unit": "MW", "baseline_value": 25, "baseline_year": 2024, "target_value": 1000,
                       "target_date": "2030-12-31", "owner_id": "p2", "source": "Netbeheerder Elia",
                       "frequency": "yearly", "definition": "Som van het *nominale* vermogen.",
                       "scope": "cluster_specific", "indicator_id": "i1"}, id="kp1"),
        Create("kpi_target", {"kpi_id": "kp1", "year": 2025, "value": 50, "note": "Fase 1 in dienst"}, id="kt1"),
        Create("kpi_target", {"kpi_id": "kp1", "year": 2026, "value": 150}, id="kt2"),
        Create("kpi_measurement", {"kpi_id": "kp1", "date": "2025-12-31", "value": 60,
                                   "note": "Na ingebruikname fase 1"}, id="km1"),
        Create("resource", {"description": "Cofinanciering demonstrator", "programme_id": "pr1",
                            "partner_id": "p3", "year": 2026, "fte": 3, "amount_eur": 1500000,
                            "source": "flemish", "instrument": "VLAIO O&O-project", "secured": True,
                            "competences": "Elektrochemie & procesveiligheid"}, id="r1"),
        Create("stakeholder", {"name": "Bewonersgroep Haven-Noord", "group": "Omwonenden",
                               "influence": "medium", "interest": "high",
                               "engagement": "Infoavonden **per kwartaal**."}, id="st1"),
        Create("project", {"code": "PR1", "title": "ICON Membraan", "kind": "icon", "status": "running",
                           "programme_id": "pr1", "lead_partner_id": "p1", "funder": "VLAIO ICON 2025",
                           "start_date": "2025-09-01", "end_date": "2027-08-31", "trl_start": 3, "trl_end": 5,
                           "public_eur": 800000, "private_eur": 1200000,
                           "description": "Dunne *membranen* voor stacks."}, id="pj1"),
        Create("project_partner", {"project_id": "pj1", "partner_id": "p1", "role": "coordinator",
                                   "public_eur": 800000, "private_eur": 0}, id="pp1"),
        Create("project_partner", {"project_id": "pj1", "partner_id": "p3", "role": "partner",
                                   "public_eur": 0, "private_eur": 1200000}, id="pp2"),
        Create("project_action", {"project_id": "pj1", "action_id": "a1", "note": "Levert de membranen"},
               id="pa1"),
        Create("commitment", {"partner_id": "p3", "kind": "loi", "description": "Intentie tot cofinanciering",
                              "amount_eur": 250000, "fte": 2, "date": "2025-05-01", "status": "signed",
                              "programme_id": "pr1", "project_id": "pj1", "signed_date": "2025-05-01",
                              "conditions": "Op voorwaarde dat het *ICON-project* loopt."}, id="cm1"),
        Create("governance_body", {"name": "Stuurgroep", "role": "Beslist over **budget** en prioriteiten.",
                                   "members": "Zes partners en VLAIO", "chair": "Voorzitter van de cluster",
                                   "rhythm": "Maandelijks"}, id="g1"),
        Create("risk", {"title": "Tekort aan technici", "description": "Arbeidsmarkt is *krap*.",
                        "likelihood": "high", "impact": "medium", "owner_id": "p1",
                        "mitigation": "Gezamenlijk opleidingsprogramma.", "status": "open"}, id="rk1"),
        Create("communication_item", {"audience": "Beleidsmakers", "message": "Waterstof is een kans",
                                      "channel": "Rondetafel", "timing": "Najaar 2025",
                                      "owner_id": "p2", "goal": "Steun voor de pijpleiding", "scope": "external",
                                      "approach": "Eén rondetafel per *jaar*."}, id="cmi1"),
        Create("quality_assessment", {"criterion": "impact", "score": 4,
                                      "evidence": "Duidelijke *CO2-reductie* onderbouwd."}, id="q1"),
    ]
    s.apply(ops)
    return s


def sample_document() -> dict:
    s = sample_store()
    try:
        return export_document(s)
    finally:
        s.close()


def text_values(doc: dict) -> list[tuple[str, str, str]]:
    """(where, kind, value) of every filled text/Markdown field the report must show."""
    out = []
    for e in catalogue.ENTITIES:
        if e.name == "snapshot":
            continue
        rows = [doc[e.name]] if e.singleton else doc[e.name]
        for i, row in enumerate(rows):
            for f in e.fields:
                if f.kind in (Kind.TEXT, Kind.MARKDOWN) and row.get(f.name):
                    out.append((f"{e.name}[{i}].{f.name}", f.kind.value, row[f.name]))
    return out
