"""Several roadmaps read together, for a government reader (Qt-free).

    report = build_rollup([doc_a, doc_b], "nl")
    write_pdf(report, "samen.pdf")

Chapters: 1 the roadmaps side by side (scope, size, money, leverage); 2 partners that take
part in several roadmaps; 3 projects in several roadmaps; 4 overlapping value chains (the
same S3 / Flemish / KET tags, or names that share most of their words); 5 shared
government intervention points (same core task or title); 6 KPI families (categories and
programme-wide KPIs); 7 other roadmaps several of them connect to; 8 a combined timeline of
milestones per year. Matching is on names made comparable (case, accents and punctuation
ignored), so two files never need shared ids.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from db import catalogue
from desktop.domain import funding as F
from desktop.export.report.context import Context
from desktop.export.report.document import (
    Heading,
    PageBreak,
    Paragraph,
    Report,
    Run,
    TableOfContents,
    TitlePage,
)
from desktop.export.report.parts import bold_cell, cell, note, table

WORDS = {
    "nl": {
        "title": "Roadmaps samen gelezen", "toc": "Inhoud", "roadmaps": "Roadmaps",
        "toc_note": "Klik met de rechtermuisknop en kies 'Veld bijwerken' om de inhoudstafel te vullen.",
        "side": "De roadmaps naast elkaar", "roadmap": "Roadmap", "horizon": "Horizon",
        "chains": "Waardeketens", "programmes": "Programma's", "actions": "Acties", "kpis": "KPI's",
        "projects": "Projecten", "money": "Publiek · privaat", "leverage": "Hefboom",
        "partners": "Partners in meer dan één roadmap", "partner": "Partner", "in": "In",
        "no_partners": "Geen partner komt in meer dan één roadmap voor.",
        "shared_projects": "Projecten in meer dan één roadmap", "project": "Project",
        "no_projects": "Geen project komt in meer dan één roadmap voor.",
        "overlap": "Overlappende waardeketens", "tag": "Gedeelde positionering", "value_chains": "Waardeketens",
        "similar": "Waardeketens met een gelijkaardige naam", "no_overlap": "Geen overlap gevonden.",
        "interventions": "Gedeelde interventiepunten voor de overheid", "core_task": "Kerntaak of titel",
        "points": "Interventiepunten",
        "no_interventions": "Geen interventiepunt komt in meer dan één roadmap voor.",
        "families": "KPI-families", "category": "Categorie", "shared_kpis": "Programmabrede KPI's",
        "kpi": "KPI", "count": "Aantal KPI's",
        "references": "Andere roadmaps waar meerdere roadmaps op aansluiten", "reference": "Andere roadmap",
        "no_references": "Geen andere roadmap wordt door meer dan één roadmap genoemd.",
        "timeline": "Gecombineerde tijdlijn van de mijlpalen", "year": "Jaar",
        "match_note": ("Namen worden vergeleken zonder hoofdletters, accenten en leestekens; een "
                       "‘gelijkaardige naam’ deelt minstens de helft van zijn woorden."),
        "none": "–", "uncategorised": "(geen categorie)",
    },
    "en": {
        "title": "Roadmaps read together", "toc": "Contents", "roadmaps": "Roadmaps",
        "toc_note": "Right-click and choose 'Update field' to fill in the table of contents.",
        "side": "The roadmaps side by side", "roadmap": "Roadmap", "horizon": "Horizon",
        "chains": "Value chains", "programmes": "Programmes", "actions": "Actions", "kpis": "KPIs",
        "projects": "Projects", "money": "Public · private", "leverage": "Leverage",
        "partners": "Partners in more than one roadmap", "partner": "Partner", "in": "In",
        "no_partners": "No partner appears in more than one roadmap.",
        "shared_projects": "Projects in more than one roadmap", "project": "Project",
        "no_projects": "No project appears in more than one roadmap.",
        "overlap": "Overlapping value chains", "tag": "Shared positioning", "value_chains": "Value chains",
        "similar": "Value chains with a similar name", "no_overlap": "No overlap found.",
        "interventions": "Shared government intervention points", "core_task": "Core task or title",
        "points": "Intervention points",
        "no_interventions": "No intervention point appears in more than one roadmap.",
        "families": "KPI families", "category": "Category", "shared_kpis": "Programme-wide KPIs",
        "kpi": "KPI", "count": "Number of KPIs",
        "references": "Other roadmaps several roadmaps connect to", "reference": "Other roadmap",
        "no_references": "No other roadmap is named by more than one roadmap.",
        "timeline": "Combined timeline of the milestones", "year": "Year",
        "match_note": ("Names are compared ignoring case, accents and punctuation; a ‘similar name’ "
                       "shares at least half of its words."),
        "none": "–", "uncategorised": "(no category)",
    },
}
MAX_PER_CELL = 6
_WORD = re.compile(r"[a-z0-9]+")
_SMALL = {"de", "het", "een", "en", "van", "in", "op", "voor", "the", "a", "an", "and", "of", "for", "to"}


def key_of(text: str | None) -> str:
    """A name made comparable: lower case, no accents, words joined by single spaces."""
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return " ".join(_WORD.findall(plain))


def _words(text: str | None) -> set[str]:
    return {w for w in key_of(text).split() if w not in _SMALL and len(w) > 2}


def similar(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) * 2 >= min(len(wa), len(wb))


class _Road:
    def __init__(self, doc: dict, lang: str, n: int) -> None:
        self.doc = doc
        self.c = Context(doc, lang)
        self.n = n
        road = doc.get("roadmap") or {}
        self.title = road.get("title") or f"#{n}"
        self.short = f"R{n}"


def _label(r: _Road) -> str:
    return f"{r.short} {r.title}"


def _shared(roads: list[_Road], entity: str, name_of) -> list[tuple[str, dict[int, list[dict]]]]:
    """Rows of `entity` whose comparable name occurs in two or more roadmaps."""
    found: dict[str, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    shown: dict[str, str] = {}
    for r in roads:
        for row in r.c.rows[entity]:
            k = key_of(name_of(row))
            if k:
                found[k][r.n].append(row)
                shown.setdefault(k, name_of(row))
    return [(shown[k], per) for k, per in found.items() if len(per) > 1]


def _cut(items: list[str]) -> str:
    more = len(items) - MAX_PER_CELL
    return "\n".join(items[:MAX_PER_CELL] + ([f"+{more}"] if more > 0 else []))


def build_rollup(docs: Sequence[dict], lang: str = "nl") -> Report:
    if lang not in WORDS:
        raise ValueError(f"unsupported report language {lang!r}; expected one of {tuple(WORDS)}")
    if len(docs) < 2:
        raise ValueError("a roll-up needs at least two roadmaps")
    w = WORDS[lang]
    roads = [_Road(d, lang, i) for i, d in enumerate(docs, start=1)]
    c0 = roads[0].c
    blocks: list = [TitlePage(w["title"], " · ".join(r.title for r in roads),
                              [(r.short, r.title) for r in roads]),
                    PageBreak(), TableOfContents(w["toc"], w["toc_note"]), PageBreak()]
    for chapter in (_side_by_side, _partners, _projects, _value_chains, _interventions, _kpi_families,
                    _references, _timeline):
        blocks += chapter(roads, w, lang)
    return Report(title=w["title"], author=c0.road.get("cluster_name") or "", language=lang,
                  blocks=[b for b in blocks if b is not None], subject=w["title"],
                  keywords="roadmaps, roll-up, overlap, partners, projects, KPI")


def _side_by_side(roads: list[_Road], w: dict, lang: str) -> list:
    """1 side by side: one column per roadmap, one row per measure."""
    cols = []
    for r in roads:
        c, road = r.c, r.c.road
        lev = F.leverage(r.doc)
        cols.append([c.period(road.get("horizon_start"), road.get("horizon_end")),
                     str(len(c.rows["value_chain"])), str(len(c.rows["programme"])), str(len(c.rows["action"])),
                     str(len(c.rows["kpi"])), str(len(c.rows["project"])),
                     cell(c.eur(lev.total.public) or w["none"], c.eur(lev.total.private)),
                     F.ratio_text(lev.total.leverage, lang)])
    measures = [w[k] for k in ("horizon", "chains", "programmes", "actions", "kpis", "projects", "money", "leverage")]
    rows: list[list] = [[bold_cell(m), *[col[i] for col in cols]] for i, m in enumerate(measures)]
    n = len(roads)
    return [Heading(1, w["side"], "1"),
            table(["", *[_label(r) for r in roads]], rows, [0.28] + [0.72 / n] * n,
                  numeric=tuple(range(1, n + 1)))]


def _partners(roads: list[_Road], w: dict, lang: str) -> list:
    """2 partners that take part in several roadmaps (with their ring in each)."""
    shared = _shared(roads, "partner", lambda p: p.get("name"))

    def rings(n: int, ps: list[dict]) -> str:
        r = roads[n - 1]
        names = ", ".join(x for x in (r.c.choice("partner", "ring", p.get("ring")) for p in ps) if x)
        return f"{r.short}: {names}" if names else r.short

    rows = [[bold_cell(name), _cut([rings(n, ps) for n, ps in sorted(per.items())])] for name, per in shared]
    return [Heading(1, w["partners"], "2"),
            table([w["partner"], w["in"]], sorted(rows, key=plain_name), [0.45, 0.55])
            or Paragraph([Run(w["no_partners"])])]


def _projects(roads: list[_Road], w: dict, lang: str) -> list:
    """3 projects in several roadmaps (with their status in each)."""
    shared = _shared(roads, "project", lambda p: p.get("title"))
    rows = [[bold_cell(name), _cut([f"{roads[n - 1].short}: " + ", ".join(
        roads[n - 1].c.choice("project", "status", p.get("status")) for p in ps) for n, ps in sorted(per.items())])]
            for name, per in shared]
    return [Heading(1, w["shared_projects"], "3"),
            table([w["project"], w["in"]], rows, [0.5, 0.5]) or Paragraph([Run(w["no_projects"])])]


def _value_chains(roads: list[_Road], w: dict, lang: str) -> list:
    """4 overlapping value chains: the same priority tags, or similar names."""
    blocks: list = [Heading(1, w["overlap"], "4")]
    by_tag: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in roads:
        progs = {g["id"]: g for g in r.c.rows["programme"]}
        for t in r.c.rows["priority_tag"]:
            chain = t.get("value_chain_id") or (progs.get(t.get("programme_id")) or {}).get("value_chain_id")
            if chain and t.get("priority"):
                by_tag[t["priority"]][r.n].add(r.c.name("value_chain", chain))
    field = catalogue.entity("priority_tag").by_name["priority"]
    rows = [[bold_cell(field.choice_label(code, lang)),
             _cut([f"{roads[n - 1].short}: {', '.join(sorted(names))}" for n, names in sorted(per.items())])]
            for code, per in by_tag.items() if len(per) > 1]
    if rows:
        blocks += [Heading(2, w["tag"], "4.1"), table([w["tag"], w["value_chains"]], rows, [0.4, 0.6])]
    pairs = []
    for i, a in enumerate(roads):
        for b in roads[i + 1:]:
            for va in a.c.rows["value_chain"]:
                for vb in b.c.rows["value_chain"]:
                    if similar(va.get("name"), vb.get("name")):
                        pairs.append([f"{a.short}: {a.c.row_name('value_chain', va)}",
                                      f"{b.short}: {b.c.row_name('value_chain', vb)}"])
    if pairs:
        blocks += [Heading(2, w["similar"], "4.2"), table([w["roadmap"], w["roadmap"]], pairs, [0.5, 0.5])]
    if not rows and not pairs:
        blocks.append(Paragraph([Run(w["no_overlap"])]))
    return blocks


def _interventions(roads: list[_Road], w: dict, lang: str) -> list:
    """5 shared government intervention points (same core task or title)."""
    found: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    shown: dict[str, str] = {}
    for r in roads:
        for ip in r.c.rows["intervention_point"]:
            # Core task first, then title, each name once per point: a set here made the shared
            # name shown depend on the run's string hashing, and listed a point twice when its
            # core task and title differ only in case or accents.
            keys: set[str] = set()
            for text in (ip.get("core_task"), ip.get("title")):
                k = key_of(text)
                if text and k and k not in keys:
                    keys.add(k)
                    found[k][r.n].append(ip.get("title") or "")
                    shown.setdefault(k, text)
    rows = [[bold_cell(shown[k]), _cut([f"{roads[n - 1].short}: {t}" for n, ts in sorted(per.items()) for t in ts])]
            for k, per in found.items() if len(per) > 1]
    return [Heading(1, w["interventions"], "5"),
            table([w["core_task"], w["points"]], rows, [0.4, 0.6]) or Paragraph([Run(w["no_interventions"])])]


def _kpi_families(roads: list[_Road], w: dict, lang: str) -> list:
    """6 KPI families: KPIs per category, and the KPIs shared or programme-wide."""
    blocks: list = [Heading(1, w["families"], "6")]
    cat = catalogue.entity("kpi").by_name["category"]
    rows = []
    for code in [*cat.choice_codes(), None]:
        counts = [sum(1 for k in r.c.rows["kpi"] if k.get("category") == code) for r in roads]
        if any(counts):
            rows.append([cat.choice_label(code, lang) if code else w["uncategorised"], *map(str, counts)])
    blocks.append(table([w["category"], *[r.short for r in roads]], rows,
                        [0.4] + [0.6 / len(roads)] * len(roads), numeric=tuple(range(1, len(roads) + 1))))
    wide = _shared(roads, "kpi", lambda k: k.get("name"))
    programme_wide = [[bold_cell(r.c.row_name("kpi", k)), r.short] for r in roads for k in r.c.rows["kpi"]
                      if k.get("scope") == "programme_wide"]
    if programme_wide or wide:
        blocks.append(Heading(2, w["shared_kpis"], "6.1"))
        rows = [[bold_cell(name), ", ".join(roads[n - 1].short for n in sorted(per))] for name, per in wide]
        rows += [x for x in programme_wide if key_of(plain_name(x)) not in {key_of(n) for n, _ in wide}]
        blocks.append(table([w["kpi"], w["in"]], rows, [0.7, 0.3]))
    return blocks


def _references(roads: list[_Road], w: dict, lang: str) -> list:
    """7 other roadmaps several of them connect to."""
    shared = _shared(roads, "reference_roadmap", lambda r: r.get("title"))
    rows = [[bold_cell(name), ", ".join(roads[n - 1].short for n in sorted(per))] for name, per in shared]
    return [Heading(1, w["references"], "7"),
            table([w["reference"], w["in"]], rows, [0.7, 0.3]) or Paragraph([Run(w["no_references"])])]


def _timeline(roads: list[_Road], w: dict, lang: str) -> list:
    """8 a combined timeline: the milestones per year and roadmap."""
    per_year: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in roads:
        for act in r.c.rows["action"]:
            year = act.get("end_date") or act.get("start_date") or ""
            if act.get("kind") == "milestone" and year[:4].isdigit():
                per_year[int(year[:4])][r.n].append(r.c.row_name("action", act))
    rows = [[str(y), *[_cut(per_year[y].get(r.n, [])) for r in roads]] for y in sorted(per_year)]
    return [Heading(1, w["timeline"], "8"),
            table([w["year"], *[_label(r) for r in roads]], rows, [0.1] + [0.9 / len(roads)] * len(roads))
            or Paragraph([Run(w["none"])]), note(w["match_note"])]


def plain_name(row: list) -> str:
    """The text of a bold_cell (first paragraph)."""
    first = row[0][0] if isinstance(row[0], list) and row[0] else None
    return "".join(r.text for r in getattr(first, "runs", [])) if first is not None else str(row[0])
