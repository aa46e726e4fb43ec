"""Diverging/converging workshops in presentation mode (Qt-free): one scenario's programmes
and their actions, and dot voting entered live on the projector.

* `scenarios(doc)`: the scenarios that have programmes, with their programme ids;
  `scenario_document(doc, programmes)`: the roadmap document cut down to those programmes,
  the actions of those programmes and what hangs on them (dependencies between kept
  actions, action partners), so every scene shows only that scenario.
* Dot votes: `options(doc, subject)` lists what can be voted on (future visions,
  value-creating opportunities or programmes), `tally` adds up the dots per option from
  the `dot_vote` rows, `vote_ops` / `unvote_ops` are the operations of one dot more or
  less for a participant, stored through `apply` like every other edit.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping

from db.ops import Create, Delete, Op
from desktop.domain.words import in_language

SUBJECTS = ("vision", "opportunity", "programme")
FIELD = {"vision": "vision_id", "opportunity": "opportunity_id", "programme": "programme_id"}

WORDS = {
    "nl": {"vision": "Toekomstbeelden", "opportunity": "Waardecreërende kansen", "programme": "Programma's",
           "scenario": "Scenario", "all": "alle scenario's"},
    "en": {"vision": "Future visions", "opportunity": "Value-creating opportunities", "programme": "Programmes",
           "scenario": "Scenario", "all": "all scenarios"},
}


def words(lang: str) -> dict[str, str]:
    return in_language(WORDS, lang)


# -- scenarios ------------------------------------------------------------------------------


def scenarios(doc: Mapping) -> list[tuple[str, str, frozenset[str]]]:
    """(scenario id, title, programme ids) of every scenario with at least one programme,
    in list order."""
    members: dict[str, set[str]] = {}
    for ps in doc.get("programme_scenario") or ():
        if ps.get("scenario_id") and ps.get("programme_id"):
            members.setdefault(ps["scenario_id"], set()).add(ps["programme_id"])
    return [(s["id"], s.get("title") or "", frozenset(members[s["id"]]))
            for s in doc.get("scenario") or () if members.get(s["id"])]


def scenario_document(doc: Mapping, programmes: Iterable[str]) -> dict:
    """`doc` with only the programmes `programmes`, their actions, the dependencies between
    those actions and their action partners (other lists are shared, not copied)."""
    keep = frozenset(programmes)
    out = dict(doc)
    out["programme"] = [p for p in doc.get("programme") or () if p["id"] in keep]
    actions = [a for a in doc.get("action") or () if a.get("programme_id") in keep]
    ids = {a["id"] for a in actions}
    out["action"] = actions
    out["dependency"] = [d for d in doc.get("dependency") or ()
                         if d.get("from_action_id") in ids and d.get("to_action_id") in ids]
    out["action_partner"] = [ap for ap in doc.get("action_partner") or () if ap.get("action_id") in ids]
    return out


# -- dot voting -----------------------------------------------------------------------------


def options(doc: Mapping, subject: str) -> list[tuple[str, str]]:
    """(id, label) of what can be voted on for `subject`, in list order."""
    if subject == "vision":
        rows = doc.get("vision") or ()
        return [(r["id"], " ".join(t for t in (r.get("code"), r.get("title")) if t)) for r in rows]
    if subject == "opportunity":
        return [(r["id"], r.get("title") or "") for r in doc.get("opportunity") or ()]
    if subject == "programme":
        rows = doc.get("programme") or ()
        return [(r["id"], " ".join(t for t in (r.get("code"), r.get("name")) if t)) for r in rows]
    raise ValueError(f"unknown vote subject {subject!r}")


def _votes(votes: Iterable[Mapping], subject: str, workshop_id: str | None) -> list[Mapping]:
    f = FIELD[subject]
    return [v for v in votes if v.get(f) and (workshop_id is None or v.get("workshop_id") == workshop_id)]


def tally(votes: Iterable[Mapping], subject: str, workshop_id: str | None = None) -> Counter:
    """Dots per option id of `subject` (of one workshop's votes when `workshop_id` is given)."""
    out: Counter = Counter()
    for v in _votes(votes, subject, workshop_id):
        out[v[FIELD[subject]]] += int(v.get("points") or 0)
    return out


def voters(votes: Iterable[Mapping], subject: str, workshop_id: str | None = None) -> int:
    """How many different participants voted on `subject`."""
    return len({v.get("participant") or "" for v in _votes(votes, subject, workshop_id)})


def vote_ops(subject: str, option_id: str, participant: str, workshop_id: str | None) -> list[Op]:
    """One dot for `option_id` from `participant` (empty: anonymous)."""
    values = {FIELD[subject]: option_id, "points": 1, "participant": participant.strip() or None,
              "workshop_id": workshop_id}
    return [Create("dot_vote", values)]


def unvote_ops(votes: Iterable[Mapping], subject: str, option_id: str, participant: str,
               workshop_id: str | None) -> list[Op]:
    """Take back one dot of `participant` on `option_id` (the last one given); [] when there
    is none. A vote of several points loses one point."""
    from db.ops import Update

    who = participant.strip() or None
    mine = [v for v in _votes(votes, subject, workshop_id)
            if v[FIELD[subject]] == option_id and (v.get("participant") or None) == who]
    if not mine:
        return []
    last = max(mine, key=lambda v: (float(v.get("position") or 0.0), v["id"]))
    points = int(last.get("points") or 1)
    if points > 1:
        return [Update("dot_vote", last["id"], {"points": points - 1})]
    return [Delete("dot_vote", last["id"])]


def current_workshop(workshops: Iterable[Mapping], today: dt.date | None = None) -> str | None:
    """The workshop votes are recorded for: the one dated today, else the latest one."""
    today = today or dt.date.today()
    rows = list(workshops)
    if not rows:
        return None
    dated = sorted((w for w in rows if w.get("date")), key=lambda w: w["date"])
    for w in dated:
        if w["date"] == today.isoformat():
            return w["id"]
    return (dated[-1] if dated else rows[-1])["id"]
