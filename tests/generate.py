"""Generated roadmaps of any size, for benchmarks and tests (deterministic per seed)."""

from __future__ import annotations

import datetime as dt
import random

from db.interchange import FORMAT, VERSION

LAYERS = ("science", "technology", "product", "market", "enabling")


def generate_document(n_actions: int, *, seed: int = 1, chains: int = 3) -> dict:
    """A valid roadmap JSON document with `n_actions` actions and milestones."""
    rnd = random.Random(seed)
    doc: dict = {"format": FORMAT, "version": VERSION,
                 "roadmap": {"id": "roadmap", "title": f"Generated roadmap ({n_actions} actions)",
                             "language": "nl", "horizon_start": "2026-01-01",
                             "horizon_end": "2035-12-31"}}
    doc["partner"] = [{"id": f"p{i}", "name": f"Partner {i} — coöperatie", "type": "sme",
                       "ring": "execution", "colour": f"#{rnd.randrange(0x1000000):06x}"}
                      for i in range(max(5, n_actions // 200))]
    doc["challenge"] = [{"id": "c1", "title": "Vergrijzing"}]
    doc["vision"] = [{"id": "v1", "challenge_id": "c1", "title": "Zorg thuis", "selected": True}]
    doc["objective"] = [{"id": f"o{i}", "vision_id": "v1", "title": f"Doelstelling {i}",
                         "baseline_value": 10.0, "target_value": 20.0, "unit": "%",
                         "target_year": 2030} for i in range(4)]
    doc["value_chain"] = [{"id": f"vc{i}", "name": f"Waardeketen {i}"} for i in range(chains)]
    doc["value_chain_objective"] = [{"id": f"vco{i}", "value_chain_id": f"vc{i}",
                                     "objective_id": f"o{i % 4}"} for i in range(chains)]
    doc["lane"] = [{"id": f"l{c}-{k}", "value_chain_id": f"vc{c}", "name": layer.title(),
                    "layer": layer} for c in range(chains) for k, layer in enumerate(LAYERS)]
    start = dt.date(2026, 1, 1)
    actions = []
    for i in range(n_actions):
        c = i % chains
        s = start + dt.timedelta(days=rnd.randrange(0, 3000))
        milestone = rnd.random() < 0.15
        e = s if milestone else s + dt.timedelta(days=rnd.randrange(30, 900))
        actions.append({
            "id": f"a{i}", "value_chain_id": f"vc{c}", "lane_id": f"l{c}-{rnd.randrange(5)}",
            "title": f"Actie {i}: ideeën uitwerken", "kind": "milestone" if milestone else "action",
            "start_date": s.isoformat(), "end_date": e.isoformat(),
            "owner_id": f"p{rnd.randrange(len(doc['partner']))}",
            "trl_start": rnd.randint(1, 6), "trl_end": rnd.randint(6, 9),
            "status": rnd.choice(["planned", "ongoing", "done", "committed"]),
            "budget_eur": float(rnd.randrange(10_000, 2_000_000)), "fte": rnd.randrange(1, 40) / 2})
    doc["action"] = actions
    # dependencies only from lower to higher index: never a cycle
    deps = []
    for i in range(n_actions // 2):
        a, b = sorted(rnd.sample(range(n_actions), 2)) if n_actions > 1 else (0, 0)
        if a != b:
            deps.append({"id": f"d{i}", "from_action_id": f"a{a}", "to_action_id": f"a{b}"})
    doc["dependency"] = deps
    doc["kpi"] = [{"id": f"k{i}", "objective_id": f"o{i % 4}", "name": f"KPI {i}",
                   "category": "societal" if i % 2 else "economic"} for i in range(8)]
    doc["risk"] = [{"id": f"r{i}", "title": f"Risico {i}", "likelihood": "medium",
                    "impact": "high", "owner_id": "p0", "mitigation": "Opvolgen."}
                   for i in range(10)]
    return doc
