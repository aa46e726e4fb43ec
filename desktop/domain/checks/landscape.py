"""Check rules on the roadmap's landscape: European and smart-specialisation positioning,
the links to other roadmaps, and the method's choice between several visions (Qt-free).

I1 looks only at what the model records in structured form — other roadmaps of a European
or S3 kind that the paths are tied to, S3 tags, partners abroad, European projects and
funding, an internationalisation programme — never at words in titles or descriptions.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.domain.checks.base import Finding, RoadmapIndex, blank, quoted, rule

EUROPEAN_KINDS = {"eu_partnership", "eu_platform", "s3_platform"}
HOME_COUNTRIES = {"be", "bel", "belgium", "belgië", "belgie", "belgique", "vlaanderen", "flanders"}


def international_evidence(ix: RoadmapIndex) -> list[tuple[str, str]]:
    """What shows the roadmap's European or S3 positioning, as (nl, en) phrases."""
    found = []
    european = {r["id"] for r in ix.rows("reference_roadmap") if r.get("kind") in EUROPEAN_KINDS}
    if any(link.get("reference_roadmap_id") in european and (
            link.get("value_chain_id") or link.get("programme_id") or link.get("action_id"))
           for link in ix.rows("reference_link")):
        found.append(("een pad dat aansluit bij een Europese of S3-roadmap",
                      "a path tied to a European or S3 roadmap"))
    if any((t.get("priority") or "").startswith("s3_") for t in ix.rows("priority_tag")):
        found.append(("een S3-domein", "an S3 domain"))
    if any(not blank(p.get("country")) and p["country"].strip().lower() not in HOME_COUNTRIES
           for p in ix.rows("partner")):
        found.append(("een partner in het buitenland", "a partner abroad"))
    if any(p.get("kind") == "horizon_europe" for p in ix.rows("project")):
        found.append(("een Horizon Europe-project", "a Horizon Europe project"))
    if any(r.get("source") == "eu" for r in ix.rows("resource")):
        found.append(("Europese middelen", "European funding"))
    if any(p.get("category") == "internationalisation" for p in ix.rows("programme")):
        found.append(("een programma internationalisering", "an internationalisation programme"))
    return found


@rule("I1", "warning", "De roadmap positioneert zich Europees en in de slimme specialisatie",
      "The roadmap positions itself in Europe and in smart specialisation", reads={"action": ()})
def international(ix: RoadmapIndex) -> Iterator[Finding]:
    if not (ix.rows("action") or ix.rows("programme")):
        return
    if international_evidence(ix):
        return
    yield Finding("Niets in de roadmap toont de Europese of S3-positionering: koppel een waardeketen of "
                  "programma aan een Europese of S3-roadmap, geef een S3-domein aan, of noteer een "
                  "buitenlandse partner of een Europees project.",
                  "Nothing in the roadmap shows its European or S3 positioning: link a value chain or "
                  "programme to a European or S3 roadmap, tag an S3 domain, or record a partner abroad "
                  "or a European project.",
                  "reference_link", None, None, "3.coherence")


@rule("I2", "hint", "Elke andere roadmap is gekoppeld aan de paden",
      "Every other roadmap is linked to the paths")
def reference_unlinked(ix: RoadmapIndex) -> Iterator[Finding]:
    linked = {link.get("reference_roadmap_id") for link in ix.rows("reference_link")
              if link.get("value_chain_id") or link.get("programme_id") or link.get("action_id")}
    for r in ix.rows("reference_roadmap"):
        if r["id"] not in linked:
            n = quoted(r.get("title") or "")
            yield Finding(f"De roadmap {n} staat in de inventaris, maar geen waardeketen, programma of "
                          f"actie verwijst ernaar. Waar sluit ze aan?",
                          f"The roadmap {n} is in the inventory, but no value chain, programme or action "
                          f"refers to it. Where does it connect?",
                          "reference_roadmap", r["id"], None, "3.coherence")


@rule("V2", "warning", "Elke uitdaging heeft minstens twee toekomstbeelden",
      "Every challenge has at least two future visions")
def two_visions(ix: RoadmapIndex) -> Iterator[Finding]:
    per = ix.group("vision", "challenge_id")
    for c in ix.rows("challenge"):
        n = len(per.get(c["id"], ()))
        if n < 2:
            t = quoted(c.get("title") or "")
            yield Finding(f"Uitdaging {t} heeft {n} toekomstbeeld(en). Werk er minstens twee uit, zodat "
                          f"er echt iets te kiezen valt.",
                          f"Challenge {t} has {n} future vision(s). Work out at least two, so there is a "
                          f"real choice to make.",
                          "challenge", c["id"], None, "1.visions")


@rule("SC2", "hint", "Bij meerdere scenario's horen de programma's bij een scenario",
      "With several scenarios, programmes belong to a scenario")
def programmes_in_scenarios(ix: RoadmapIndex) -> Iterator[Finding]:
    if len(ix.rows("scenario")) < 2:
        return
    placed = {ps.get("programme_id") for ps in ix.rows("programme_scenario")}
    loose = [p for p in ix.rows("programme") if p["id"] not in placed]
    if loose and placed:
        names = ", ".join(quoted(p.get("name") or "") for p in loose[:5])
        yield Finding(f"Er zijn meerdere scenario's, maar deze programma's horen bij geen enkel: {names}.",
                      f"There are several scenarios, but these programmes belong to none: {names}.",
                      "programme_scenario", None, None, "3.scenarios")
