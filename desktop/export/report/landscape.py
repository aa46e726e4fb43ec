"""Report sections on the roadmap in its landscape (Qt-free): the inventory of other roadmaps
and the counter-expertise (chapter 1), coherence with other roadmaps and the European / S3 /
KET positioning (chapter 4), the comparison of the scenarios (chapter 4), and the process
results with the workshops and dot votes (chapter 5). Labels are in `WORDS` (nl/en).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from desktop.domain.checks.base import RoadmapIndex
from desktop.domain.checks.landscape import international_evidence
from desktop.domain.words import nl_en
from desktop.export.report.context import Context
from desktop.export.report.document import BulletList, ListItem, Run
from desktop.export.report.parts import bold_cell, cell, joined, lead, note, table
from desktop.export.report.tree import Section

WORDS = {
    "nl": {
        "inventory": "Bestaande roadmaps en tegenexpertise", "counter": "Tegenexpertise",
        "others": "Andere roadmaps", "roadmap": "Roadmap", "kind_owner": "Soort · eigenaar",
        "milestones": "Belangrijkste mijlpalen", "coherence": "Samenhang met andere roadmaps",
        "links": "Waar de paden aansluiten", "linked_from": "Vanuit", "relation": "Verband",
        "unlinked": "Nog niet gekoppeld aan een waardeketen, programma of actie: {names}.",
        "positioning": "Europese en Vlaamse positionering", "s3": "Europese S3-domeinen",
        "fl": "Vlaamse prioriteiten", "ket": "Sleuteltechnologieën (KET)", "tag": "Prioriteit",
        "where": "Waardeketen · programma", "evidence": "Wat de internationale positionering aantoont",
        "no_evidence": "De roadmap legt nog geen Europese of S3-positionering vast.",
        "scenarios": "Scenario's vergeleken", "programme": "Programma", "preferred": "voorkeur",
        "count_programmes": "Programma's", "count_actions": "Acties", "budget": "Budget acties",
        "partners": "Trekkers", "scenario": "Scenario", "compare_note":
            "Een ✓ betekent dat het programma deel uitmaakt van het scenario. De acties en het budget "
            "zijn die van de programma's in het scenario.",
        "process": "Procesresultaten", "step": "Stap", "date": "Datum", "result": "Resultaat",
        "parties": "Partijen", "proof": "Bewijs", "workshops": "Workshops en overleg",
        "workshop": "Workshop", "decisions": "Beslissingen", "votes": "Stemmen met stippen",
        "points": "Stippen", "voters": "Stemmers", "choice": "Keuze", "kind": "Soort",
        "per_kind": "Procesresultaten per soort", "count": "Aantal",
    },
    "en": {
        "inventory": "Existing roadmaps and counter-expertise", "counter": "Counter-expertise",
        "others": "Other roadmaps", "roadmap": "Roadmap", "kind_owner": "Kind · owner",
        "milestones": "Key milestones", "coherence": "Coherence with other roadmaps",
        "links": "Where the paths connect", "linked_from": "From", "relation": "Relation",
        "unlinked": "Not yet linked to a value chain, programme or action: {names}.",
        "positioning": "European and Flemish positioning", "s3": "European S3 domains",
        "fl": "Flemish priorities", "ket": "Key enabling technologies (KET)", "tag": "Priority",
        "where": "Value chain · programme", "evidence": "What shows the international positioning",
        "no_evidence": "The roadmap records no European or S3 positioning yet.",
        "scenarios": "Scenarios compared", "programme": "Programme", "preferred": "preferred",
        "count_programmes": "Programmes", "count_actions": "Actions", "budget": "Action budget",
        "partners": "Owners", "scenario": "Scenario", "compare_note":
            "A ✓ means the programme is part of the scenario. Actions and budget are those of the "
            "scenario's programmes.",
        "process": "Process results", "step": "Step", "date": "Date", "result": "Result",
        "parties": "Parties", "proof": "Evidence", "workshops": "Workshops and meetings",
        "workshop": "Workshop", "decisions": "Decisions", "votes": "Dot votes",
        "points": "Dots", "voters": "Voters", "choice": "Choice", "kind": "Kind",
        "per_kind": "Process results by kind", "count": "Number",
    },
}
LISTS = (("s3", "s3_"), ("fl", "fl_"), ("ket", "ket_"))


def words(c: Context) -> dict[str, str]:
    return WORDS[c.lang]


def _doc(c: Context) -> dict:
    return {"roadmap": c.road, **c.rows}


def _strip_prefix(label: str) -> str:
    return label.split(": ", 1)[1] if ": " in label else label


# -- chapter 1: the inventory -----------------------------------------------------------------

def reference_table(c: Context):
    w = words(c)
    rows = []
    for r in c.rows["reference_roadmap"]:
        milestones = sorted(c.children("reference_milestone", "reference_roadmap_id", r["id"]),
                            key=lambda m: m.get("date") or "")
        ms = "\n".join(joined(c.date(m.get("date")), m.get("title"), sep=" · ") for m in milestones)
        rows.append([bold_cell(r["title"], r.get("url"), c.md(r.get("description"))),
                     cell(c.choice("reference_roadmap", "kind", r.get("kind")),
                          joined(r.get("owner"), str(r["year"]) if r.get("year") else None, sep=", ")),
                     ms])
    return table([w["roadmap"], w["kind_owner"], w["milestones"]], rows, [0.42, 0.26, 0.32])


def inventory_section(c: Context) -> Section:
    w = words(c)
    sec = Section(w["inventory"])
    sec.add(reference_table(c))
    if c.road.get("counter_expertise"):
        sec.add(lead(w["counter"]), c.md(c.road.get("counter_expertise")))
    return sec


# -- chapter 4: coherence, positioning and scenarios ------------------------------------------

def link_rows(c: Context) -> list[list]:
    rows = []
    for link in c.rows["reference_link"]:
        source = joined(c.name("value_chain", link.get("value_chain_id")),
                        c.name("programme", link.get("programme_id")),
                        c.name("action", link.get("action_id")), sep="\n")
        rows.append([bold_cell(c.name("reference_roadmap", link.get("reference_roadmap_id"))), source,
                     cell(c.choice("reference_link", "relation", link.get("relation")), link.get("note"))])
    return rows


def tag_rows(c: Context, prefix: str) -> list[list]:
    per: dict[str, list[str]] = defaultdict(list)
    order: list[str] = []
    for t in c.rows["priority_tag"]:
        code = t.get("priority") or ""
        if not code.startswith(prefix):
            continue
        if code not in per:
            order.append(code)
        per[code].append(joined(c.name("value_chain", t.get("value_chain_id")),
                                c.name("programme", t.get("programme_id")), t.get("note"), sep=" · "))
    return [[bold_cell(_strip_prefix(c.choice("priority_tag", "priority", code))), "\n".join(per[code])]
            for code in order]


def coherence_section(c: Context) -> Section:
    w = words(c)
    sec = Section(w["coherence"])
    sec.add(c.md(c.road.get("coherence_note")))
    rows = link_rows(c)
    if rows:
        sec.add(lead(w["links"]), table([w["roadmap"], w["linked_from"], w["relation"]], rows, [0.36, 0.34, 0.3]))
    linked = {link.get("reference_roadmap_id") for link in c.rows["reference_link"]
              if link.get("value_chain_id") or link.get("programme_id") or link.get("action_id")}
    loose = [r["title"] for r in c.rows["reference_roadmap"] if r["id"] not in linked]
    if loose:
        sec.add(note(w["unlinked"].format(names=", ".join(loose))))
    pos = sec.sub(w["positioning"])
    for key, prefix in LISTS:
        rows = tag_rows(c, prefix)
        if rows:
            pos.add(lead(w[key]), table([w["tag"], w["where"]], rows, [0.4, 0.6]))
    if c.rows["action"] or c.rows["programme"]:
        evidence = international_evidence(RoadmapIndex(_doc(c)))
        if evidence:
            pos.add(lead(w["evidence"]),
                    BulletList([ListItem([Run(nl_en(c.lang, nl, en))]) for nl, en in evidence]))
        else:
            pos.add(note(w["no_evidence"]))
    return sec


def scenario_comparison(c: Context) -> Section | None:
    """Programmes × scenarios, with what each scenario carries; None without links."""
    w = words(c)
    scenarios = c.rows["scenario"]
    links = c.rows["programme_scenario"]
    if len(scenarios) < 2 or not links:
        return None
    sec = Section(w["scenarios"])
    members: dict[str, set[str]] = defaultdict(set)
    for ps in links:
        members[ps["scenario_id"]].add(ps["programme_id"])
    heads = [s["title"].split(" – ")[0] + (f" ({w['preferred']})" if s.get("preferred") else "") for s in scenarios]
    rows = [[bold_cell(c.row_name("programme", p)),
             *["✓" if p["id"] in members[s["id"]] else "" for s in scenarios]]
            for p in c.rows["programme"] if any(p["id"] in members[s["id"]] for s in scenarios)]
    n = len(scenarios)
    sec.add(table([w["programme"], *heads], rows, [0.46] + [0.54 / n] * n))
    summary = []
    for s, head in zip(scenarios, heads):
        acts = [a for a in c.rows["action"] if a.get("programme_id") in members[s["id"]]]
        owners = {a.get("owner_id") for a in acts if a.get("owner_id")}
        summary.append([bold_cell(head), str(len(members[s["id"]])), str(len(acts)),
                        c.eur(sum(a.get("budget_eur") or 0 for a in acts)), str(len(owners))])
    sec.add(table([w["scenario"], w["count_programmes"], w["count_actions"], w["budget"], w["partners"]],
                  summary, [0.36, 0.15, 0.12, 0.22, 0.15], numeric=(1, 2, 3, 4)))
    sec.add(note(w["compare_note"]))
    return sec


# -- chapter 5: process results, workshops, dot votes -----------------------------------------

def vote_rows(c: Context, workshop_id: str | None = None) -> list[list]:
    totals: Counter = Counter()
    voters: dict[tuple, set] = defaultdict(set)
    for v in c.rows["dot_vote"]:
        if workshop_id is not None and v.get("workshop_id") != workshop_id:
            continue
        for entity, field in (("vision", "vision_id"), ("opportunity", "opportunity_id"),
                              ("programme", "programme_id")):
            if v.get(field):
                key = (entity, v[field])
                totals[key] += v.get("points") or 0
                voters[key].add(v.get("participant") or v["id"])
    return [[bold_cell(c.name(entity, rid)), c.entity(entity), str(n),
             cell(str(len(voters[(entity, rid)])), ", ".join(sorted(voters[(entity, rid)])))]
            for (entity, rid), n in totals.most_common()]


def process_section(c: Context) -> Section:
    w = words(c)
    sec = Section(w["process"])
    results = sorted(c.rows["process_result"], key=lambda r: (r.get("step") if r.get("step") is not None else 9,
                                                               r.get("date") or ""))
    rows = [[str(r["step"]) if r.get("step") is not None else "", c.date(r.get("date")),
             bold_cell(r["title"], c.choice("process_result", "kind", r.get("kind"))),
             cell(r.get("parties") or "", c.name("workshop", r.get("workshop_id"))),
             c.md(r.get("evidence")) or ""] for r in results]
    sec.add(table([w["step"], w["date"], w["result"], w["parties"], w["proof"]], rows,
                  [0.07, 0.13, 0.32, 0.24, 0.24]))
    kinds = Counter(r.get("kind") for r in results if r.get("kind"))
    if kinds:
        kind_rows = [[c.choice("process_result", "kind", k), str(n)] for k, n in kinds.most_common()]
        sec.add(lead(w["per_kind"]), table([w["kind"], w["count"]], kind_rows, [0.7, 0.3], numeric=(1,)))
    ws = sorted(c.rows["workshop"], key=lambda x: x.get("date") or "")
    rows = [[cell(c.date(x.get("date")), x.get("place")),
             bold_cell(x["title"], c.md(x.get("participants")), c.md(x.get("agenda"))),
             str(x["step"]) if x.get("step") is not None else "", c.md(x.get("decisions")) or ""] for x in ws]
    if rows:
        sec.sub(w["workshops"], table([w["date"], w["workshop"], w["step"], w["decisions"]], rows,
                                      [0.14, 0.38, 0.08, 0.4]))
    rows = vote_rows(c)
    if rows:
        sec.sub(w["votes"], table([w["choice"], w["kind"], w["points"], w["voters"]], rows,
                                  [0.40, 0.18, 0.12, 0.30], numeric=(2,)))
    return sec
