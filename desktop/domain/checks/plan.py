"""Check rules on the paths and the action plan: value chains, actions, dependencies, risks,
commitments, governance, monitoring and the quality self-assessment (Qt-free).

Each function is one rule; see `checks_content` for the conventions.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.domain.checks.base import (
    Finding,
    Part,
    RoadmapIndex,
    blank,
    missing,
    quoted,
    row_rule,
    rule,
    rule_of_parts,
)

MARKET_CATEGORIES = {"new_market", "value_proposition"}
ENABLING_CATEGORIES = {"ecosystem", "knowledge_access", "capital", "cooperation", "chain_links",
                       "education", "internationalisation", "locations", "legislation"}
OPEN_STATUS = {"planned", "committed", "ongoing", "delayed", None}


def _layer(ix: RoadmapIndex, action: dict) -> str | None:
    lane = ix.get("lane", action.get("lane_id"))
    return lane.get("layer") if lane else None


# -- value chains and scenarios -----------------------------------------------------------

@rule("R1", "warning", "Elke waardeketen draagt bij aan een doelstelling",
      "Every value chain contributes to an objective")
def value_chain_objective(ix: RoadmapIndex) -> Iterator[Finding]:
    links = ix.group("value_chain_objective", "value_chain_id")
    for vc in ix.rows("value_chain"):
        if not links.get(vc["id"]):
            name = quoted(ix.name("value_chain", vc))
            yield Finding(f"Waardeketen {name} is aan geen enkele doelstelling gekoppeld.",
                          f"Value chain {name} is not linked to any objective.", "value_chain", vc["id"], None)


@rule("SC1", "hint", "Er is één voorkeursscenario", "There is one preferred scenario")
def preferred_scenario(ix: RoadmapIndex) -> Iterator[Finding]:
    scenarios = ix.rows("scenario")
    if scenarios and not any(s.get("preferred") for s in scenarios):
        yield Finding("Geen enkel scenario is als voorkeursscenario aangeduid.",
                      "No scenario is marked as the preferred one.", "scenario", None, "preferred")


# -- actions ----------------------------------------------------------------------------

# The rules on single actions look at one action at a time (`row_rule`): after an edit of
# one action of 10,000 only that action is checked again.

@row_rule("R2", "error", "Elke actie heeft een trekker", "Every action has an owner", "action")
def action_owner(ix: RoadmapIndex, a: dict) -> Iterator[Finding]:
    if blank(a.get("owner_id")):
        name = quoted(ix.name("action", a))
        yield Finding(f"Actie {name} heeft geen trekker.", f"Action {name} has no owner.",
                      "action", a["id"], "owner_id")


@row_rule("R2D", "error", "Elke actie staat in de tijd (start en einde; mijlpaal: datum)",
          "Every action is placed in time (start and end; milestone: date)", "action")
def action_dates(ix: RoadmapIndex, a: dict) -> Iterator[Finding]:
    milestone = a.get("kind") == "milestone"
    field = "end_date" if blank(a.get("end_date")) else \
        "start_date" if not milestone and blank(a.get("start_date")) else None
    if field:
        name = quoted(ix.name("action", a))
        what = ("datum", "date") if milestone else ("start- of einddatum", "start or end date")
        yield Finding(f"{'Mijlpaal' if milestone else 'Actie'} {name} heeft geen {what[0]}.",
                      f"{'Milestone' if milestone else 'Action'} {name} has no {what[1]}.",
                      "action", a["id"], field)


def _horizon_order(ix: RoadmapIndex) -> Iterator[Finding]:
    r = ix.road
    if r.get("horizon_start") and r.get("horizon_end") and r["horizon_end"] < r["horizon_start"]:
        yield Finding("Het einde van de tijdshorizon ligt voor het begin.",
                      "The end of the time horizon lies before its start.", "roadmap", r.get("id"), "horizon_end")


def _action_order(ix: RoadmapIndex, a: dict) -> Iterator[Finding]:
    s, e = a.get("start_date"), a.get("end_date")
    if s and e and e < s:
        name = quoted(ix.name("action", a))
        yield Finding(f"Actie {name} eindigt ({e}) voor ze begint ({s}).",
                      f"Action {name} ends ({e}) before it starts ({s}).", "action", a["id"], "end_date")


def _objective_order(ix: RoadmapIndex, o: dict) -> Iterator[Finding]:
    b, t = o.get("baseline_year"), o.get("target_year")
    if b is not None and t is not None and t < b:
        name = quoted(ix.name("objective", o))
        yield Finding(f"Het streefjaar van doelstelling {name} ligt voor het jaar van de nulmeting.",
                      f"The target year of objective {name} lies before its baseline year.",
                      "objective", o["id"], "target_year")


rule_of_parts("D1", "error", "Niets eindigt voor het begint", "Nothing ends before it starts",
              Part(_horizon_order), Part(_action_order, "action"), Part(_objective_order, "objective"))


@row_rule("H1", "warning", "Acties vallen binnen de tijdshorizon", "Actions fall within the time horizon",
          "action")
def action_horizon(ix: RoadmapIndex, a: dict) -> Iterator[Finding]:
    road = ix.road
    start, end = road.get("horizon_start"), road.get("horizon_end")
    if not (start or end):
        return
    s, e = a.get("start_date") or a.get("end_date"), a.get("end_date") or a.get("start_date")
    if (start and s and s < start) or (end and e and e > end):
        name = quoted(ix.name("action", a))
        field = "start_date" if start and s and s < start else "end_date"
        yield Finding(f"Actie {name} valt (deels) buiten de horizon {start or '…'} – {end or '…'}.",
                      f"Action {name} falls (partly) outside the horizon {start or '…'} – {end or '…'}.",
                      "action", a["id"], field)


@row_rule("R11", "warning", "Het TRL-bereik van een actie daalt niet", "An action's TRL does not go down",
          "action")
def trl_order(ix: RoadmapIndex, a: dict) -> Iterator[Finding]:
    s, e = a.get("trl_start"), a.get("trl_end")
    if s is not None and e is not None and e < s:
        name = quoted(ix.name("action", a))
        yield Finding(f"Actie {name} eindigt op een lager TRL ({e}) dan ze start ({s}).",
                      f"Action {name} ends at a lower TRL ({e}) than it starts ({s}).", "action", a["id"], "trl_end")


@rule("R3", "warning", "Acties zijn over meerdere trekkers verdeeld", "Actions are spread over several owners",
      reads={"action": ("owner_id",)})
def single_owner(ix: RoadmapIndex) -> Iterator[Finding]:
    owners = {a.get("owner_id") for a in ix.rows("action") if a.get("owner_id")}
    if len(ix.rows("action")) >= 3 and len(owners) == 1:
        yield Finding("Alle acties hebben dezelfde trekker; een clusterroadmap toont de rol van alle partners.",
                      "All actions have the same owner; a cluster roadmap shows the role of every partner.",
                      "action", None, "owner_id")


@rule("R4", "warning", "Er zijn acties in de markt- of valorisatielaag",
      "There are actions in the market or valorisation layer",
      reads={"action": ("lane_id", "programme_id"), "lane": ("layer",), "programme": ("category",)})
def market_layer(ix: RoadmapIndex) -> Iterator[Finding]:
    actions = ix.rows("action")
    if not actions:
        return
    market_programmes = {p["id"] for p in ix.rows("programme") if p.get("category") in MARKET_CATEGORIES}
    if any(_layer(ix, a) == "market" or a.get("programme_id") in market_programmes for a in actions):
        return
    yield Finding("Geen enkele actie zit in de markt- of valorisatielaag: hoe steekt de roadmap de "
                  "‘valley of death’ over?",
                  "No action sits in the market or valorisation layer: how does the roadmap cross the "
                  "valley of death?", "action", None, "lane_id")


@rule("R6", "warning", "Er zijn demo- of pilotacties op TRL 6-8", "There are demo or pilot actions at TRL 6-8",
      reads={"action": ("trl_start", "trl_end")})
def trl_demo(ix: RoadmapIndex) -> Iterator[Finding]:
    actions = ix.rows("action")
    if not actions:
        return
    for a in actions:
        levels = [t for t in (a.get("trl_start"), a.get("trl_end")) if t is not None]
        if levels and min(levels) <= 8 and max(levels) >= 6:
            return
    yield Finding("Er zijn geen demonstratie- of pilotacties op TRL 6 tot 8.",
                  "There are no demonstration or pilot actions at TRL 6 to 8.", "action", None, "trl_end")


@rule("T2", "hint", "Niet-technologische randvoorwaarden krijgen acties",
      "Non-technological enabling conditions get actions",
      reads={"action": ("lane_id",), "lane": ("layer",), "programme": ("module_type", "category")})
def enablers(ix: RoadmapIndex) -> Iterator[Finding]:
    actions = ix.rows("action")
    if not actions:
        return
    if any(p.get("module_type") == "enabling" or p.get("category") in ENABLING_CATEGORIES
           for p in ix.rows("programme")):
        return
    if any(_layer(ix, a) == "enabling" for a in actions):
        return
    yield Finding("Geen acties of programma's rond randvoorwaarden (opleiding, regelgeving, "
                  "infrastructuur, kapitaal).",
                  "No actions or programmes on enabling conditions (skills, legislation, "
                  "infrastructure, capital).", "programme", None, "module_type")


# -- dependencies -------------------------------------------------------------------------

def _cycles(edges: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components with a cycle (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(edges.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    comp.append(top)
                    if top == node:
                        break
                if len(comp) > 1 or node in edges.get(node, ()):
                    found.append(comp[::-1])
    return found


@rule("D2", "error", "Afhankelijkheden vormen geen kring", "Dependencies do not form a cycle",
      reads={"action": ("code", "title")})
def dependency_cycle(ix: RoadmapIndex) -> Iterator[Finding]:
    edges: dict[str, list[str]] = {}
    first_edge: dict[str, str] = {}
    for d in ix.rows("dependency"):
        a, b = d.get("from_action_id"), d.get("to_action_id")
        if a and b:
            edges.setdefault(a, []).append(b)
            first_edge.setdefault(a, d["id"])
    for comp in _cycles(edges):
        names = " → ".join(ix.name("action", ix.get("action", a)) for a in comp[:6])
        more = " → …" if len(comp) > 6 else ""
        yield Finding(f"Deze acties hangen in een kring van elkaar af: {names}{more}.",
                      f"These actions depend on each other in a cycle: {names}{more}.",
                      "dependency", first_edge.get(comp[0]), "from_action_id")


@row_rule("D3", "hint", "Opvolgende acties starten na hun voorganger",
          "Follow-up actions start after their predecessor", "dependency",
          refs={"action": ("from_action_id", "to_action_id")})
def dependency_order(ix: RoadmapIndex, d: dict) -> Iterator[Finding]:
    a, b = ix.get("action", d.get("from_action_id")), ix.get("action", d.get("to_action_id"))
    if not a or not b:
        return
    kind = d.get("kind") or "finish_start"
    first = a.get("start_date") if kind == "start_start" else a.get("end_date")
    then = b.get("end_date") if kind == "finish_finish" else b.get("start_date")
    if first and then and then < first:
        na, nb = quoted(ix.name("action", a)), quoted(ix.name("action", b))
        yield Finding(f"{nb} hangt af van {na} maar is gepland vóór die klaar is.",
                      f"{nb} depends on {na} but is planned before it is done.",
                      "dependency", d["id"], "to_action_id")


# -- action plan (step 4) -------------------------------------------------------------------

@rule("RK1", "warning", "Elk risico heeft een eigenaar en een beheersmaatregel",
      "Every risk has an owner and a mitigation")
def risk_owner_mitigation(ix: RoadmapIndex) -> Iterator[Finding]:
    for r in ix.rows("risk"):
        lacks = missing(r, (("owner_id", "eigenaar", "owner"), ("mitigation", "beheersmaatregel", "mitigation")))
        if lacks:
            name = quoted(ix.name("risk", r))
            yield Finding(f"Risico {name} heeft geen {' en geen '.join(m[1] for m in lacks)}.",
                          f"Risk {name} has no {' and no '.join(m[2] for m in lacks)}.", "risk", r["id"], lacks[0][0])


@rule("G2", "warning", "Elk engagement heeft een budget en een datum", "Every commitment has a budget and a date")
def commitment_budget_date(ix: RoadmapIndex) -> Iterator[Finding]:
    partners = ix.by_id("partner")
    for c in ix.rows("commitment"):
        no_budget = c.get("amount_eur") is None and c.get("fte") is None
        if no_budget or blank(c.get("date")):
            who = quoted(ix.name("partner", partners.get(c.get("partner_id") or "")))
            no_date = blank(c.get("date"))
            what_nl = " en ".join(t for t, miss in (("geen budget", no_budget), ("geen datum", no_date)) if miss)
            what_en = " and ".join(t for t, miss in (("no budget", no_budget), ("no date", no_date)) if miss)
            yield Finding(f"Het engagement van {who} heeft {what_nl}.", f"The commitment of {who} has {what_en}.",
                          "commitment", c["id"], "amount_eur" if no_budget else "date")


@rule("R10", "hint", "De middelen komen uit meer dan één bron", "Resources come from more than one source")
def funding_diversity(ix: RoadmapIndex) -> Iterator[Finding]:
    sources = {r.get("source") for r in ix.rows("resource") if r.get("source")}
    if len(ix.rows("resource")) >= 3 and len(sources) == 1:
        yield Finding("Alle middelen komen uit één financieringsbron; spreid de financiering.",
                      "All resources come from one funding source; diversify the funding.", "resource", None, "source")


@rule("G1", "warning", "De governance is beschreven", "Governance is described", reads={"action": ()})
def governance(ix: RoadmapIndex) -> Iterator[Finding]:
    if ix.rows("action") and not ix.rows("governance_body"):
        yield Finding("Er is geen governance beschreven (organen, rollen, vergaderritme).",
                      "No governance is described (bodies, roles, meeting rhythm).", "governance_body", None, None)


# -- execution and monitoring (step 5) ------------------------------------------------------

@rule("G3", "warning", "Er is een opvolgingsplan", "There is a monitoring plan", reads={"action": ()})
def monitoring_plan(ix: RoadmapIndex) -> Iterator[Finding]:
    if ix.rows("action") and blank(ix.road.get("monitoring")):
        yield Finding("Beschrijf hoe de roadmap opgevolgd en bijgestuurd wordt.",
                      "Describe how the roadmap will be monitored and adjusted.",
                      "roadmap", ix.road.get("id"), "monitoring")


@row_rule("S1", "warning", "Vertraagde acties", "Delayed actions", "action")
def delayed_actions(ix: RoadmapIndex, a: dict) -> Iterator[Finding]:
    if a.get("status") == "delayed":
        name = quoted(ix.name("action", a))
        yield Finding(f"Actie {name} is vertraagd.", f"Action {name} is delayed.",
                      "action", a["id"], "status", "5.status")


_OVERDUE_STATUS = OPEN_STATUS - {"delayed"}


@row_rule("S2", "hint", "Acties over hun deadline", "Actions past their deadline", "action")
def overdue_actions(ix: RoadmapIndex, a: dict) -> Iterator[Finding]:
    end = a.get("end_date")
    if end and end < ix.today and a.get("status") in _OVERDUE_STATUS:
        name = quoted(ix.name("action", a))
        yield Finding(f"Actie {name} had klaar moeten zijn op {end}; werk de status bij.",
                      f"Action {name} was due on {end}; update its status.", "action", a["id"], "status", "5.status")


QUALITY_CRITERIA = (("impact", "economische en maatschappelijke impact", "economic and societal impact"),
                    ("international", "internationaal profiel", "international profile"),
                    ("commitment", "draagvlak en engagement", "support and commitment"),
                    ("integral", "integrale aanpak", "integral approach"))


@rule("Q1", "warning", "De zelfevaluatie dekt de vier kwaliteitscriteria",
      "The self-assessment covers the four quality criteria", reads={"action": ()})
def quality_assessment(ix: RoadmapIndex) -> Iterator[Finding]:
    rows = ix.rows("quality_assessment")
    if not (rows or ix.rows("action")):
        return
    by_criterion = ix.group("quality_assessment", "criterion")
    for code, nl, en in QUALITY_CRITERIA:
        found = by_criterion.get(code, ())
        done = [q for q in found if q.get("score") is not None and not blank(q.get("evidence"))]
        if done:
            continue
        row = found[0] if found else None
        field = None if row is None else "score" if row.get("score") is None else "evidence"
        yield Finding(f"Zelfevaluatie onvolledig: ‘{nl}’ heeft geen score met onderbouwing.",
                      f"Self-assessment incomplete: ‘{en}’ has no score with evidence.",
                      "quality_assessment", row["id"] if row else None, field)
