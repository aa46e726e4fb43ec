"""The working documents of the roadmap process, made from the model (Qt-free): the start
note, a report per workshop and the synthesis of the process.

    for name, report in process_documents(doc, "nl"):
        write_docx(report, folder / f"{name}.docx")

The start note says why, who, with whom and how (coalition, rings, team, the other
roadmaps found, counter-expertise, the workshops planned). A meeting report holds a
workshop's date, place, participants, agenda, decisions, the process results recorded for
it and the dot-vote results. The synthesis walks the six steps with their workshops,
process results and decisions.
"""

from __future__ import annotations

import re

from desktop.export.report.context import Context
from desktop.export.report.document import Heading, Paragraph, Report, Run, TitlePage
from desktop.export.report.landscape import reference_table, vote_rows
from desktop.export.report.parts import bold_cell, lead, table

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "start": "Startnota", "report": "Verslag", "synthesis": "Synthese van het roadmapproces",
        "why": "Waarom deze roadmap", "coalition": "Coalitie", "rings": "Wie doet mee",
        "team": "Projectteam", "others": "Bestaande roadmaps", "counter": "Tegenexpertise",
        "plan": "Workshops en overleg", "date": "Datum", "place": "Plaats", "step": "Stap",
        "participants": "Deelnemers", "agenda": "Agenda", "decisions": "Beslissingen en afspraken",
        "results": "Procesresultaten", "votes": "Resultaat van de stemming met stippen",
        "choice": "Keuze", "kind": "Soort", "points": "Stippen", "voters": "Stemmers",
        "name": "Naam", "role": "Rol", "organisation": "Organisatie", "partner": "Partner", "ring": "Ring",
        "workshop": "Workshop", "result": "Resultaat", "parties": "Partijen", "proof": "Bewijs",
        "nothing": "Nog niets vastgelegd.", "cluster": "Cluster",
        "no_step": "Zonder stap",
    },
    "en": {
        "start": "Start note", "report": "Meeting report", "synthesis": "Synthesis of the roadmap process",
        "why": "Why this roadmap", "coalition": "Coalition", "rings": "Who takes part",
        "team": "Project team", "others": "Existing roadmaps", "counter": "Counter-expertise",
        "plan": "Workshops and meetings", "date": "Date", "place": "Place", "step": "Step",
        "participants": "Participants", "agenda": "Agenda", "decisions": "Decisions and agreements",
        "results": "Process results", "votes": "Result of the dot vote",
        "choice": "Choice", "kind": "Kind", "points": "Dots", "voters": "Voters",
        "name": "Name", "role": "Role", "organisation": "Organisation", "partner": "Partner", "ring": "Ring",
        "workshop": "Workshop", "result": "Result", "parties": "Parties", "proof": "Evidence",
        "nothing": "Nothing recorded yet.", "cluster": "Cluster",
        "no_step": "No step",
    },
}
#: the NIB method's steps, by number
STEPS: dict[str, tuple[str, ...]] = {
    "nl": ("Stap 0 – voorbereiding", "Stap 1 – toekomstbeelden en doelstellingen", "Stap 2 – huidige situatie",
           "Stap 3 – paden", "Stap 4 – strategisch actieplan", "Stap 5 – uitvoering en opvolging"),
    "en": ("Step 0 – preparation", "Step 1 – future visions and objectives", "Step 2 – current situation",
           "Step 3 – paths", "Step 4 – strategic action plan", "Step 5 – execution and monitoring"),
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "workshop"


def _report(c: Context, title: str, blocks: list) -> Report:
    road = c.road
    lines = [(WORDS[c.lang]["cluster"], road["cluster_name"])] if road.get("cluster_name") else []
    head = [TitlePage(title, road.get("title") or "", lines)]
    return Report(title=f"{title} – {road.get('title') or ''}".strip(" –"), author=road.get("cluster_name") or "",
                  language=c.lang, blocks=head + [b for b in blocks if b is not None], subject=title)


def _results_table(c: Context, rows: list[dict]):
    w = WORDS[c.lang]
    return table([w["date"], w["result"], w["parties"], w["proof"]],
                 [[c.date(r.get("date")), bold_cell(r["title"], c.choice("process_result", "kind", r.get("kind"))),
                   r.get("parties") or "", c.md(r.get("evidence")) or ""] for r in rows],
                 [0.14, 0.36, 0.24, 0.26])


def start_note(doc: dict, lang: str = "nl") -> Report:
    c = Context(doc, lang)
    w = WORDS[lang]
    r = c.road
    blocks: list = [Heading(1, w["why"], "1"), *c.md(r.get("introduction")),
                    Heading(1, w["coalition"], "2"), *c.md(r.get("coalition"))]
    rows = [[bold_cell(p["name"], p.get("short_name")), c.choice("partner", "type", p.get("type")),
             c.choice("partner", "ring", p.get("ring"))] for p in c.rows["partner"]]
    blocks += [Heading(1, w["rings"], "3"), table([w["partner"], w["kind"], w["ring"]], rows, [0.46, 0.24, 0.3])]
    rows = [[bold_cell(t["name"]), t.get("role") or "", c.name("partner", t.get("partner_id"))]
            for t in c.rows["team_member"]]
    blocks += [Heading(2, w["team"], "3.1"), table([w["name"], w["role"], w["organisation"]], rows, [0.34, 0.33, 0.33])]
    blocks += [Heading(1, w["others"], "4"), reference_table(c) or Paragraph([Run(w["nothing"])])]
    if r.get("counter_expertise"):
        blocks += [Heading(2, w["counter"], "4.1"), *c.md(r.get("counter_expertise"))]
    ws = sorted(c.rows["workshop"], key=lambda x: x.get("date") or "")
    rows = [[c.date(x.get("date")), bold_cell(x["title"], x.get("place")),
             str(x["step"]) if x.get("step") is not None else "", c.md(x.get("agenda")) or ""] for x in ws]
    blocks += [Heading(1, w["plan"], "5"),
               table([w["date"], w["workshop"], w["step"], w["agenda"]], rows, [0.14, 0.36, 0.08, 0.42])
               or Paragraph([Run(w["nothing"])])]
    return _report(c, w["start"], blocks)


def meeting_report(doc: dict, workshop_id: str, lang: str = "nl") -> Report:
    c = Context(doc, lang)
    w = WORDS[lang]
    x = c.row("workshop", workshop_id)
    if x is None:
        raise ValueError(f"no workshop {workshop_id!r} in the roadmap")
    blocks: list = [c.kv([(w["date"], c.date(x.get("date"))), (w["place"], x.get("place") or ""),
                          (w["step"], STEPS[lang][x["step"]] if x.get("step") is not None else "")]),
                    Heading(1, w["participants"], "1"), *c.md(x.get("participants")),
                    Heading(1, w["agenda"], "2"), *c.md(x.get("agenda")),
                    Heading(1, w["decisions"], "3"), *(c.md(x.get("decisions")) or [Paragraph([Run(w["nothing"])])])]
    results = [r for r in c.rows["process_result"] if r.get("workshop_id") == workshop_id]
    if results:
        blocks += [Heading(1, w["results"], "4"), _results_table(c, results)]
    votes = vote_rows(c, workshop_id)
    if votes:
        blocks += [Heading(1, w["votes"], "5"),
                   table([w["choice"], w["kind"], w["points"], w["voters"]], votes, [0.40, 0.18, 0.12, 0.30],
                         numeric=(2,))]
    return _report(c, f"{w['report']}: {x['title']}", blocks)


def synthesis(doc: dict, lang: str = "nl") -> Report:
    c = Context(doc, lang)
    w = WORDS[lang]
    blocks: list = []
    steps = [*range(6), None]
    n = 0
    for step in steps:
        ws = sorted((x for x in c.rows["workshop"] if x.get("step") == step), key=lambda x: x.get("date") or "")
        results = sorted((r for r in c.rows["process_result"] if r.get("step") == step),
                         key=lambda r: r.get("date") or "")
        if step is None and not ws and not results:
            continue
        n += 1
        blocks.append(Heading(1, STEPS[lang][step] if step is not None else w["no_step"], str(n)))
        if not ws and not results:
            blocks.append(Paragraph([Run(w["nothing"])]))
        for x in ws:
            blocks += [lead(f"{c.date(x.get('date'))} · {x['title']}"), *c.md(x.get("decisions"))]
        if results:
            blocks += [lead(w["results"]), _results_table(c, results)]
    votes = vote_rows(c)
    if votes:
        blocks += [Heading(1, w["votes"], str(n + 1)),
                   table([w["choice"], w["kind"], w["points"], w["voters"]], votes,
                         [0.40, 0.18, 0.12, 0.30], numeric=(2,))]
    return _report(c, w["synthesis"], blocks)


def process_documents(doc: dict, lang: str = "nl") -> list[tuple[str, Report]]:
    """(file name without suffix, report): the start note, one report per workshop, the synthesis."""
    names = {"nl": ("startnota", "verslag", "synthese"), "en": ("start-note", "meeting-report", "synthesis")}[lang]
    out = [(names[0], start_note(doc, lang))]
    ws = sorted(doc.get("workshop") or [], key=lambda x: x.get("date") or "")
    for i, x in enumerate(ws, start=1):
        out.append((f"{names[1]}-{i:02d}-{_slug(x.get('title') or '')}", meeting_report(doc, x["id"], lang)))
    out.append((names[2], synthesis(doc, lang)))
    return out
