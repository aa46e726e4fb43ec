""""Follow a path" in presentation mode (Qt-free): the rows on one objective's path.

The path of an objective runs: the objective (with its vision and challenge, and its
KPIs) → the value chains that contribute to it (value_chain_objective rows) → their
programmes and lanes → the actions and milestones of those chains → the dependencies
between those actions. Everything else is dimmed on screen.
"""

from __future__ import annotations

Ref = tuple[str, str]


def objectives(doc: dict, lang: str = "en") -> list[tuple[str, str]]:
    """(id, label) of every objective in list order, labelled "code title"."""
    out = []
    rows = sorted(enumerate(doc.get("objective") or ()),
                  key=lambda ir: (ir[1].get("position", ir[0]), ir[0]))
    for _, o in rows:
        label = " ".join(x for x in (o.get("code") or "", o.get("title") or "") if x)
        out.append((o["id"], label or o["id"]))
    return out


def path_refs(doc: dict, objective_id: str) -> frozenset[Ref]:
    """Every (entity, id) on the path of objective `objective_id` (empty if unknown)."""
    objective = next((o for o in doc.get("objective") or () if o.get("id") == objective_id), None)
    if objective is None:
        return frozenset()
    refs: set[Ref] = {("objective", objective_id)}
    vision = next((v for v in doc.get("vision") or () if v.get("id") == objective.get("vision_id")),
                  None)
    if vision is not None:
        refs.add(("vision", vision["id"]))
        if vision.get("challenge_id"):
            refs.add(("challenge", vision["challenge_id"]))
    for k in doc.get("kpi") or ():
        if k.get("objective_id") == objective_id:
            refs.add(("kpi", k["id"]))
    chains = set()
    for link in doc.get("value_chain_objective") or ():
        if link.get("objective_id") == objective_id and link.get("value_chain_id"):
            chains.add(link["value_chain_id"])
            refs.add(("value_chain_objective", link["id"]))
    refs |= {("value_chain", c) for c in chains}
    for entity in ("programme", "lane", "scenario"):
        for r in doc.get(entity) or ():
            if r.get("value_chain_id") in chains:
                refs.add((entity, r["id"]))
    actions = {a["id"] for a in doc.get("action") or () if a.get("value_chain_id") in chains}
    refs |= {("action", a) for a in actions}
    for d in doc.get("dependency") or ():
        if d.get("from_action_id") in actions and d.get("to_action_id") in actions:
            refs.add(("dependency", d["id"]))
    return frozenset(refs)
