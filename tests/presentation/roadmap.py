"""A small roadmap for the presentation tests: two value chains, three layers, an
objective linked to one chain, a milestone, dependencies inside and across chains."""

from __future__ import annotations

from db.interchange import export_document
from db.ops import Create, Update


def build(store) -> dict:
    ops = [
        Create("partner", {"name": "Imec", "colour": "#2e75b6"}, id="p1"),
        Create("challenge", {"title": "Vergrijzing"}, id="c1"),
        Create("vision", {"challenge_id": "c1", "title": "Zorg thuis", "selected": True}, id="v1"),
        Create("objective", {"vision_id": "v1", "code": "D1", "title": "Langer thuis"}, id="o1"),
        Create("objective", {"vision_id": "v1", "code": "D2", "title": "Minder vallen"}, id="o2"),
        Create("value_chain", {"code": "WK1", "name": "Digitale zorg"}, id="vc1"),
        Create("value_chain", {"code": "WK2", "name": "Slim textiel"}, id="vc2"),
        Create("value_chain_objective", {"value_chain_id": "vc1", "objective_id": "o1"}, id="vco1"),
        Create("value_chain_objective", {"value_chain_id": "vc2", "objective_id": "o2"}, id="vco2"),
        Create("programme", {"value_chain_id": "vc1", "name": "Sensoren"}, id="pr1"),
        Create("programme", {"value_chain_id": "vc2", "name": "Garens"}, id="pr2"),
        # lanes listed out of layer order: the reveal must still go science first
        Create("lane", {"value_chain_id": "vc1", "name": "Markt", "layer": "market"}, id="l_mkt"),
        Create("lane", {"value_chain_id": "vc1", "name": "Wetenschap", "layer": "science"}, id="l_sci"),
        Create("lane", {"value_chain_id": "vc1", "name": "Technologie", "layer": "technology"}, id="l_tec"),
        Create("lane", {"value_chain_id": "vc2", "name": "Product", "layer": "product"}, id="l2_prd"),
        Create("action", {"title": "Basisonderzoek", "value_chain_id": "vc1", "lane_id": "l_sci",
                          "programme_id": "pr1", "owner_id": "p1",
                          "start_date": "2026-01-01", "end_date": "2027-06-30"}, id="a_sci"),
        Create("action", {"title": "Sensorplatform", "value_chain_id": "vc1", "lane_id": "l_tec",
                          "owner_id": "p1", "status": "ongoing",
                          "start_date": "2027-07-01", "end_date": "2028-12-31"}, id="a_tec"),
        Create("action", {"title": "Marktintroductie", "value_chain_id": "vc1", "lane_id": "l_mkt",
                          "start_date": "2029-01-01", "end_date": "2030-06-30"}, id="a_mkt"),
        Create("action", {"title": "Go-beslissing", "value_chain_id": "vc1", "lane_id": "l_tec",
                          "kind": "milestone", "start_date": "2028-03-01",
                          "end_date": "2028-03-01"}, id="m1"),
        Create("action", {"title": "Textielprototype", "value_chain_id": "vc2", "lane_id": "l2_prd",
                          "start_date": "2027-01-01", "end_date": "2028-06-30"}, id="b1"),
        Create("dependency", {"from_action_id": "a_sci", "to_action_id": "a_tec"}, id="d1"),
        Create("dependency", {"from_action_id": "a_tec", "to_action_id": "a_mkt"}, id="d2"),
        Create("dependency", {"from_action_id": "a_sci", "to_action_id": "b1"}, id="d_cross"),
        Create("kpi", {"objective_id": "o1", "name": "Woningen met monitoring", "unit": "woningen",
                       "category": "demand", "baseline_value": 10.0, "baseline_year": 2025,
                       "target_value": 1000.0, "target_date": "2030-12-31"}, id="k1"),
        Create("kpi_measurement", {"kpi_id": "k1", "date": "2026-09-30", "value": 40.0}, id="km1"),
    ]
    store.apply(ops)
    store.apply([Update(
        "roadmap", store.roadmap_id, {"title": "Testroadmap", "horizon_start": "2026-01-01",
                                           "horizon_end": "2031-12-31"})])
    return export_document(store)
