"""Speaker notes for the scenes of a presentation (Qt-free, nl/en).

Each note says what the scene shows and gives its key numbers, so a facilitator can talk
along the deck: counts of challenges, visions, objectives and value chains for Part A;
actions per layer, statuses, late actions and the next milestones for a value chain's
Part B; the traffic lights for the KPI overview.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from desktop.domain.presentation.scenes import Scene
from desktop.domain.visuals.figure_text import counted
from desktop.domain.words import in_language, nl_en

WORDS = {
    "nl": {
        "part_a": "Overzicht van vandaag naar morgen: de huidige situatie, de waardeketens als "
                  "paden en de toekomstbeelden met hun doelstellingen.",
        "counts_a": "{challenges}, {visions} ({selected} gekozen), {objectives}, {chains}, "
                    "{actions} en {milestones}.",
        "horizon": "Horizon: {start} tot {end}.",
        "part_b": "Tijdlijn van waardeketen {chain}: acties en mijlpalen per laag, van wetenschap "
                  "tot markt en randvoorwaarden.",
        "counts_b": "{actions} en {milestones}; {deps}.",
        "layers": "Per laag: {text}.",
        "status": "Status: {text}.",
        "late": "Achterstand: {n} ({titles}).",
        "next": "Volgende mijlpalen: {text}.",
        "objectives": "Draagt bij aan: {text}.",
        "kpi": "KPI-overzicht met verkeerslichten: staat elke KPI op koers naar zijn streefwaarde?",
        "lights": "{text}.",
        "none": "geen",
    },
    "en": {
        "part_a": "Overview from today to tomorrow: the current situation, the value chains as "
                  "paths and the future visions with their objectives.",
        "counts_a": "{challenges}, {visions} ({selected} chosen), {objectives}, {chains}, "
                    "{actions} and {milestones}.",
        "horizon": "Horizon: {start} to {end}.",
        "part_b": "Timeline of value chain {chain}: actions and milestones per layer, from "
                  "science to market and enabling conditions.",
        "counts_b": "{actions} and {milestones}; {deps}.",
        "layers": "Per layer: {text}.",
        "status": "Status: {text}.",
        "late": "Late: {n} ({titles}).",
        "next": "Next milestones: {text}.",
        "objectives": "Contributes to: {text}.",
        "kpi": "KPI overview with traffic lights: is each KPI on track to its target?",
        "lights": "{text}.",
        "none": "none",
    },
}


def _w(lang: str) -> dict[str, str]:
    return in_language(WORDS, lang)


def _choice_label(entity: str, field: str, code: str | None, lang: str) -> str:
    from db.catalogue import entity as get_entity

    for f in get_entity(entity).fields:
        if f.name == field:
            for c in f.choices or ():
                if c.code == code:
                    return nl_en(lang, c.nl, c.en)
    return code or ""


def scene_notes(doc: dict, scene: Scene, lang: str, today: dt.date | None = None) -> str:
    """The speaker notes of `scene` (a few short paragraphs)."""
    today = today or dt.date.today()
    w = _w(lang)
    actions = doc.get("action") or []
    if scene.kind == "part_a":
        visions = doc.get("vision") or []
        lines = [w["part_a"], w["counts_a"].format(
            challenges=counted(len(doc.get("challenge") or []), "challenge", lang),
            visions=counted(len(visions), "vision", lang),
            selected=sum(1 for v in visions if v.get("selected")),
            objectives=counted(len(doc.get("objective") or []), "objective", lang),
            chains=counted(len(doc.get("value_chain") or []), "chain", lang),
            actions=counted(sum(1 for a in actions if a.get("kind") != "milestone"), "action", lang),
            milestones=counted(sum(1 for a in actions if a.get("kind") == "milestone"), "milestone",
                               lang))]
        road = doc.get("roadmap") or {}
        if road.get("horizon_start") and road.get("horizon_end"):
            lines.append(w["horizon"].format(start=road["horizon_start"][:4],
                                             end=road["horizon_end"][:4]))
        return "\n".join(lines)
    if scene.kind == "part_b":
        return _part_b_notes(doc, scene, lang, today)
    if scene.kind == "kpi":
        lines = [w["kpi"]]
        try:
            from desktop.domain.monitoring import status as monitoring

            counts = monitoring.light_counts(monitoring.kpi_statuses(doc, today))
            labels = in_language(monitoring.LIGHT_LABEL, lang)
            text = ", ".join(f"{n} {labels.get(k, k)}" for k, n in counts.most_common())
            if text:
                lines.append(w["lights"].format(text=text))
        except (ImportError, AttributeError):
            pass
        return "\n".join(lines)
    return ""


def _part_b_notes(doc: dict, scene: Scene, lang: str, today: dt.date) -> str:
    from desktop.domain.visuals.part_b_layout import chain_title, layer_name

    w = _w(lang)
    chain = next((c for c in doc.get("value_chain") or () if c.get("id") == scene.chain_id), None)
    mine = [a for a in doc.get("action") or () if a.get("value_chain_id") == scene.chain_id]
    ids = {a["id"] for a in mine}
    deps = sum(1 for d in doc.get("dependency") or ()
               if d.get("from_action_id") in ids and d.get("to_action_id") in ids)
    milestones = [a for a in mine if a.get("kind") == "milestone"]
    lines = [w["part_b"].format(chain=chain_title(chain, lang)),
             w["counts_b"].format(actions=counted(len(mine) - len(milestones), "action", lang),
                                  milestones=counted(len(milestones), "milestone", lang),
                                  deps=counted(deps, "dependency", lang))]
    lane_layer = {ln["id"]: ln.get("layer") or "other" for ln in doc.get("lane") or ()}
    per_layer = Counter(lane_layer.get(a.get("lane_id"), "other") for a in mine)
    if per_layer:
        from desktop.domain.presentation.scenes import LAYER_STEPS

        text = ", ".join(f"{layer_name(code, lang)} {per_layer[code]}" for code in LAYER_STEPS
                         if per_layer.get(code))
        lines.append(w["layers"].format(text=text))
    status = Counter(a.get("status") or "planned" for a in mine)
    if status:
        text = ", ".join(f"{n} {_choice_label('action', 'status', k, lang)}"
                         for k, n in status.most_common())
        lines.append(w["status"].format(text=text))
    late = [a for a in mine if _late(a, today)]
    if late:
        titles = "; ".join(a.get("title") or "" for a in late[:3])
        titles += "; …" if len(late) > 3 else ""
        lines.append(w["late"].format(n=counted(len(late), "action", lang), titles=titles))
    upcoming = sorted((a for a in milestones if (a.get("end_date") or a.get("start_date") or "")
                       >= today.isoformat()),
                      key=lambda a: a.get("end_date") or a.get("start_date") or "")[:3]
    if upcoming:
        text = "; ".join(f"{(a.get('end_date') or a.get('start_date'))[:7]} {a.get('title') or ''}"
                         for a in upcoming)
        lines.append(w["next"].format(text=text))
    objs = {o["id"]: o for o in doc.get("objective") or ()}
    linked = [objs[r["objective_id"]] for r in doc.get("value_chain_objective") or ()
              if r.get("value_chain_id") == scene.chain_id and r.get("objective_id") in objs]
    if linked:
        text = "; ".join(" ".join(x for x in (o.get("code") or "", o.get("title") or "") if x)
                         for o in linked)
        lines.append(w["objectives"].format(text=text))
    return "\n".join(lines)


def _late(action: dict, today: dt.date) -> bool:
    status = action.get("status") or "planned"
    if status == "delayed":
        return True
    end = (action.get("end_date") or "")[:10]
    return bool(end) and end < today.isoformat() and status not in ("done", "cancelled")
