"""Check rules on what funders and cluster boards ask: commitments per programme, yearly KPI
targets, programme managers, leverage, the portfolio's money and the baseline's data quality
(Qt-free). Each function is one rule; see `checks_content` for the conventions.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.domain.checks.base import Finding, RoadmapIndex, blank, quoted, rule
from desktop.domain.funding import COUNTED, commitment_programme

QUALITY_FLAGS = ("quality_current", "quality_reliable", "quality_complete", "quality_longitudinal")


@rule("F1", "warning", "Elk programma heeft een aangekondigd of ondertekend engagement",
      "Every programme has an announced or signed commitment",
      reads={"action": ("programme_id",), "project": ("programme_id",)})
def programme_commitment(ix: RoadmapIndex) -> Iterator[Finding]:
    doc = {"action": ix.rows("action"), "project": ix.rows("project")}
    backed: set[str] = set()
    actions, projects = ix.by_id("action"), ix.by_id("project")
    for c in ix.rows("commitment"):
        if c.get("status") in ("announced", "signed"):
            prog = commitment_programme(doc, c, actions=actions, projects=projects)
            if prog:
                backed.add(prog)
    for p in ix.rows("programme"):
        if p["id"] not in backed:
            name = quoted(ix.name("programme", p))
            yield Finding(f"Programma {name} heeft nog geen aangekondigd of ondertekend engagement van "
                          "een partner.",
                          f"Programme {name} has no announced or signed commitment from a partner yet.",
                          "programme", p["id"], None, section="4.commitments")


@rule("F2", "warning", "Elke KPI heeft streefwaarden per jaar", "Every KPI has yearly targets")
def kpi_yearly_targets(ix: RoadmapIndex) -> Iterator[Finding]:
    targets = ix.group("kpi_target", "kpi_id")
    for k in ix.rows("kpi"):
        years = {year for t in targets.get(k["id"], ()) if (year := t.get("year")) is not None}
        name = quoted(ix.name("kpi", k))
        if not years:
            yield Finding(f"KPI {name} heeft geen streefwaarden per jaar.",
                          f"KPI {name} has no yearly targets.", "kpi", k["id"], None, section="4.kpis")
            continue
        baseline_year = k.get("baseline_year")
        first = baseline_year + 1 if isinstance(baseline_year, int) else min(years)
        end = k.get("target_date")
        last = int(end[:4]) if isinstance(end, str) and end[:4].isdigit() else max(years)
        gaps = [y for y in range(max(first, min(years)), last + 1) if y not in years]
        if gaps and len(gaps) <= 50:
            listed = ", ".join(str(y) for y in gaps[:6]) + (" …" if len(gaps) > 6 else "")
            yield Finding(f"KPI {name} heeft geen streefwaarde voor {listed}.",
                          f"KPI {name} has no target for {listed}.", "kpi", k["id"], None, section="4.kpis")


@rule("F3", "warning", "Elk programma heeft een programmamanager", "Every programme has a programme manager")
def programme_manager(ix: RoadmapIndex) -> Iterator[Finding]:
    for p in ix.rows("programme"):
        if blank(p.get("manager_id")):
            name = quoted(ix.name("programme", p))
            yield Finding(f"Programma {name} heeft geen programmamanager.",
                          f"Programme {name} has no programme manager.", "programme", p["id"], "manager_id")


@rule("F4", "warning", "De beoogde hefboom op publieke middelen is vermeld",
      "The intended leverage on public money is stated")
def leverage_stated(ix: RoadmapIndex) -> Iterator[Finding]:
    r = ix.road
    if r.get("leverage_target") is None:
        yield Finding("De roadmap vermeldt geen beoogde hefboom (private middelen per euro publieke "
                      "middelen).",
                      "The roadmap states no intended leverage (private money per euro of public "
                      "money).", "roadmap", r.get("id"), "leverage_target")
    for p in ix.rows("project"):
        if p.get("status") in COUNTED and (p.get("public_eur") is None or p.get("private_eur") is None):
            name = quoted(ix.name("project", p))
            yield Finding(f"Project {name} vermeldt niet zowel publieke als private middelen; zonder "
                          "beide telt het niet mee in de hefboom.",
                          f"Project {name} does not state both public and private money; without both "
                          "it does not count in the leverage.", "project", p["id"],
                          "public_eur" if p.get("public_eur") is None else "private_eur")


@rule("F5", "hint", "De delen van de projectpartners tellen op tot het projectbudget",
      "The project partners' shares add up to the project budget")
def partner_shares(ix: RoadmapIndex) -> Iterator[Finding]:
    shares = ix.group("project_partner", "project_id")
    for p in ix.rows("project"):
        rows = shares.get(p["id"], ())
        if not rows:
            continue
        for key, nl, en in (("public_eur", "publieke", "public"), ("private_eur", "private", "private")):
            stated = p.get(key)
            parts = [share for r in rows if (share := r.get(key)) is not None]
            if stated is None or not parts:
                continue
            if abs(sum(parts) - stated) > 1.0:
                name = quoted(ix.name("project", p))
                yield Finding(f"De {nl} delen van de partners van project {name} tellen niet op tot het "
                              f"{nl} budget van het project.",
                              f"The partners' {en} shares in project {name} do not add up to the "
                              f"project's {en} budget.", "project", p["id"], key)


@rule("F6", "hint", "De datakwaliteit van elke indicator is beoordeeld",
      "The data quality of every indicator is assessed")
def indicator_quality(ix: RoadmapIndex) -> Iterator[Finding]:
    for i in ix.rows("indicator"):
        if any(i.get(f) is None for f in QUALITY_FLAGS):
            name = quoted(ix.name("indicator", i))
            yield Finding(f"Van indicator {name} is niet beoordeeld of de gegevens actueel, betrouwbaar, "
                          "volledig en over de jaren vergelijkbaar zijn.",
                          f"Indicator {name} has no assessment of whether its data are current, reliable, "
                          "complete and comparable over the years.", "indicator", i["id"],
                          next(f for f in QUALITY_FLAGS if i.get(f) is None))
