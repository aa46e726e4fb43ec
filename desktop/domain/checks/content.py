"""Check rules on the roadmap's content: partners, visions, objectives, KPIs, baseline.

Each function is one rule (registered with its code and severity); it reads a
`RoadmapIndex` and yields `Finding`s. Codes follow the seeds-policy check list where one
exists (K1, K2, K8, A1, ...). Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.domain.checks.base import Finding, RoadmapIndex, blank, missing, quoted, rule

COMPANIES = {"large_company", "sme", "startup"}
KNOWLEDGE = {"university", "research_centre", "college"}
GOVERNMENT = {"government"}
CIVIL = {"civil_society", "end_user"}


# -- roadmap and partners (step 0) --------------------------------------------------------

@rule("H0", "warning", "De tijdshorizon is ingevuld", "The time horizon is set")
def horizon_missing(ix: RoadmapIndex) -> Iterator[Finding]:
    for name in ("horizon_start", "horizon_end"):
        if blank(ix.road.get(name)):
            yield Finding("De tijdshorizon van de roadmap is niet volledig ingevuld (begin en einde).",
                          "The roadmap's time horizon is not complete (start and end).",
                          "roadmap", ix.road.get("id"), name)
            return


@rule("A0", "warning", "Elke partner heeft een ring van betrokkenheid",
      "Every partner has a ring of involvement")
def partner_ring(ix: RoadmapIndex) -> Iterator[Finding]:
    for p in ix.rows("partner"):
        if blank(p.get("ring")):
            n = quoted(ix.name("partner", p))
            yield Finding(f"Partner {n} is aan geen ring van betrokkenheid toegewezen.",
                          f"Partner {n} is not assigned to a ring of involvement.",
                          "partner", p["id"], "ring")


@rule("A1", "warning", "Triple helix: bedrijven, kennisinstellingen en overheid zijn betrokken",
      "Triple helix: companies, knowledge institutions and government take part")
def triple_helix(ix: RoadmapIndex) -> Iterator[Finding]:
    partners = ix.rows("partner")
    if not partners:
        return
    types = {p.get("type") for p in partners}
    absent = [(nl, en) for group, nl, en in (
        (COMPANIES, "een bedrijf", "a company"),
        (KNOWLEDGE, "een kennisinstelling", "a knowledge institution"),
        (GOVERNMENT, "een overheid", "a government body")) if not types & group]
    if absent:
        yield Finding("De triple helix is onvolledig: er ontbreekt " + " en ".join(m[0] for m in absent) + ".",
                      "The triple helix is incomplete: it lacks " + " and ".join(m[1] for m in absent) + ".",
                      "partner", None, "type")


@rule("A2", "hint", "Quadruple helix bij maatschappelijke doelen",
      "Quadruple helix for societal objectives")
def quadruple_helix(ix: RoadmapIndex) -> Iterator[Finding]:
    societal = any(o.get("dimension") in ("societal", "both") for o in ix.rows("objective"))
    if societal and ix.rows("partner") and not any(p.get("type") in CIVIL for p in ix.rows("partner")):
        yield Finding("Er zijn maatschappelijke doelstellingen maar geen middenveld of eindgebruikers "
                      "bij de partners (quadruple helix).",
                      "There are societal objectives but no civil-society or end-user partner "
                      "(quadruple helix).", "partner", None, "type")


@rule("A3", "warning", "Kmo's zijn betrokken", "SMEs take part")
def sme_involved(ix: RoadmapIndex) -> Iterator[Finding]:
    partners = ix.rows("partner")
    if partners and not any(p.get("type") in ("sme", "startup") for p in partners):
        yield Finding("Geen enkele partner is een kmo of start-up.",
                      "No partner is an SME or start-up.", "partner", None, "type")


# I1 (international and smart-specialisation positioning) is in checks_landscape, on the
# structured fields: other roadmaps, priority tags, partner countries, European projects.


# -- visions and objectives (step 1) ------------------------------------------------------

@rule("V0", "error", "Minstens één toekomstbeeld is geselecteerd", "At least one vision is selected")
def no_selected_vision(ix: RoadmapIndex) -> Iterator[Finding]:
    visions = ix.rows("vision")
    if visions and not any(v.get("selected") for v in visions):
        yield Finding("Er is nog geen toekomstbeeld geselecteerd.", "No future vision is selected yet.",
                      "vision", None, "selected", "1.selection")


@rule("V1", "error", "Elk geselecteerd toekomstbeeld heeft minstens twee doelstellingen",
      "Every selected vision has at least two objectives")
def vision_objectives(ix: RoadmapIndex) -> Iterator[Finding]:
    per_vision = ix.group("objective", "vision_id")
    for v in ix.rows("vision"):
        if v.get("selected"):
            n = len(per_vision.get(v["id"], ()))
            if n < 2:
                name = quoted(ix.name("vision", v))
                yield Finding(f"Geselecteerd toekomstbeeld {name} heeft {n} doelstelling(en); minstens twee nodig.",
                              f"Selected vision {name} has {n} objective(s); at least two are needed.",
                              "vision", v["id"], None, "1.objectives")


_TARGET = (("target_value", "streefwaarde", "target value"), ("unit", "eenheid", "unit"),
           ("target_year", "streefjaar", "target year"))


@rule("O1", "error", "Elke doelstelling is meetbaar (streefwaarde, eenheid, jaar)",
      "Every objective is measurable (target value, unit, year)")
def objective_target(ix: RoadmapIndex) -> Iterator[Finding]:
    for o in ix.rows("objective"):
        lacks = missing(o, _TARGET)
        if lacks:
            name = quoted(ix.name("objective", o))
            yield Finding(f"Doelstelling {name} is niet meetbaar: {', '.join(m[1] for m in lacks)} ontbreekt.",
                          f"Objective {name} is not measurable: missing {', '.join(m[2] for m in lacks)}.",
                          "objective", o["id"], lacks[0][0])


@rule("O2", "hint", "Elke doelstelling is economisch en/of maatschappelijk getypeerd",
      "Every objective is tagged economic and/or societal")
def objective_dimension(ix: RoadmapIndex) -> Iterator[Finding]:
    for o in ix.rows("objective"):
        if blank(o.get("dimension")):
            name = quoted(ix.name("objective", o))
            yield Finding(f"Geef aan of doelstelling {name} economisch, maatschappelijk of beide is.",
                          f"Say whether objective {name} is economic, societal or both.",
                          "objective", o["id"], "dimension")


@rule("K1", "error", "Elke doelstelling heeft minstens één KPI", "Every objective has at least one KPI")
def objective_kpi(ix: RoadmapIndex) -> Iterator[Finding]:
    per_objective = ix.group("kpi", "objective_id")
    for o in ix.rows("objective"):
        if not per_objective.get(o["id"]):
            name = quoted(ix.name("objective", o))
            yield Finding(f"Doelstelling {name} heeft geen KPI (voeg er een toe in stap 4).",
                          f"Objective {name} has no KPI (add one in step 4).", "objective", o["id"], None)


# -- KPIs (step 4) ---------------------------------------------------------------------

_KPI_NEEDS = (("unit", "eenheid", "unit"), ("baseline_value", "nulmeting", "baseline"),
              ("target_value", "streefwaarde", "target value"), ("target_date", "streefdatum", "target date"))


@rule("K2", "warning", "Elke KPI heeft eenheid, nulmeting, streefwaarde en streefdatum",
      "Every KPI has a unit, baseline, target value and target date")
def kpi_target(ix: RoadmapIndex) -> Iterator[Finding]:
    for k in ix.rows("kpi"):
        lacks = missing(k, _KPI_NEEDS)
        if lacks:
            name = quoted(ix.name("kpi", k))
            yield Finding(f"KPI {name} mist: {', '.join(m[1] for m in lacks)}.",
                          f"KPI {name} lacks: {', '.join(m[2] for m in lacks)}.", "kpi", k["id"], lacks[0][0])


@rule("K2O", "hint", "Elke KPI heeft een bron en een eigenaar", "Every KPI has a source and an owner")
def kpi_owner_source(ix: RoadmapIndex) -> Iterator[Finding]:
    for k in ix.rows("kpi"):
        field = "owner_id" if blank(k.get("owner_id")) else "source" if blank(k.get("source")) else None
        if field:
            name = quoted(ix.name("kpi", k))
            yield Finding(f"KPI {name} heeft geen {'eigenaar' if field == 'owner_id' else 'bron'}.",
                          f"KPI {name} has no {'owner' if field == 'owner_id' else 'source'}.", "kpi", k["id"], field)


@rule("K0", "hint", "Elke KPI hoort bij een doelstelling", "Every KPI belongs to an objective")
def kpi_objective(ix: RoadmapIndex) -> Iterator[Finding]:
    for k in ix.rows("kpi"):
        if blank(k.get("objective_id")):
            name = quoted(ix.name("kpi", k))
            yield Finding(f"KPI {name} is aan geen doelstelling gekoppeld.",
                          f"KPI {name} is not linked to an objective.", "kpi", k["id"], "objective_id")


@rule("K8", "warning", "Minstens één KPI meet maatschappelijke impact",
      "At least one KPI measures societal impact")
def societal_kpi(ix: RoadmapIndex) -> Iterator[Finding]:
    if (ix.rows("kpi") or ix.rows("objective")) and \
            not any(k.get("category") == "societal" for k in ix.rows("kpi")):
        yield Finding("Geen enkele KPI meet de bijdrage aan maatschappelijke uitdagingen.",
                      "No KPI measures the contribution to societal challenges.", "kpi", None, "category")


@rule("K9", "hint", "Het aantal KPI's blijft beheersbaar (hoogstens 25)",
      "The number of KPIs stays manageable (at most 25)")
def kpi_count(ix: RoadmapIndex) -> Iterator[Finding]:
    n = len(ix.rows("kpi"))
    if n > 25:
        yield Finding(f"{n} KPI's verzwaren de rapportering; gebruikelijk is 15 à 20.",
                      f"{n} KPIs make reporting heavy; 15 to 20 is typical.", "kpi", None, None)


# -- current situation (step 2) -----------------------------------------------------------

_INDICATOR_NEEDS = (("value", "waarde", "value"), ("unit", "eenheid", "unit"), ("year", "jaar", "year"),
                    ("source", "bron", "source"))


@rule("B1", "warning", "Elke indicator heeft waarde, eenheid, jaar en bron",
      "Every indicator has a value, unit, year and source")
def indicator_complete(ix: RoadmapIndex) -> Iterator[Finding]:
    for i in ix.rows("indicator"):
        lacks = missing(i, _INDICATOR_NEEDS)
        if lacks:
            name = quoted(ix.name("indicator", i))
            yield Finding(f"Indicator {name} mist: {', '.join(m[1] for m in lacks)}.",
                          f"Indicator {name} lacks: {', '.join(m[2] for m in lacks)}.",
                          "indicator", i["id"], lacks[0][0])


_SWOT = (("strength", "sterktes", "strengths"), ("weakness", "zwaktes", "weaknesses"),
         ("opportunity", "kansen", "opportunities"), ("threat", "bedreigingen", "threats"))


@rule("SW1", "hint", "De SWOT heeft alle vier de kwadranten", "The SWOT has all four quadrants")
def swot_complete(ix: RoadmapIndex) -> Iterator[Finding]:
    items = ix.rows("swot_item")
    if not items:
        return
    kinds = {s.get("kind") for s in items}
    absent = [t for t in _SWOT if t[0] not in kinds]
    if absent:
        yield Finding(f"De SWOT bevat geen {', '.join(m[1] for m in absent)}.",
                      f"The SWOT has no {', '.join(m[2] for m in absent)}.", "swot_item", None, "kind")
