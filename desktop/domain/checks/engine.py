"""Checks on a roadmap: the problems panel's content (Qt-free).

`run_checks(data)` runs every registered rule over a roadmap and returns its `Problem`s,
errors first. `data` is a roadmap document (`db.interchange.export_document` output, or any
mapping of entity name to rows with "roadmap" holding the roadmap's fields), a
`RoadmapIndex`, or a `RoadmapStore`. The rules (one function each) are in
`desktop.domain.checks.content`, `desktop.domain.checks.plan`,
`desktop.domain.checks.funding` and `desktop.domain.checks.landscape`; `RULES` maps their codes
to severity, description and function. Every rule is linear in the number of rows, so the
whole set runs well under 100 ms on a 10,000-action roadmap.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping

from desktop.domain.checks import (  # noqa: F401  (registers the rules)
    content,
    funding,
    landscape,
    plan,
)
from desktop.domain.checks.base import (
    RULES,
    SEVERITIES,
    Finding,
    Problem,
    RoadmapIndex,
    Rule,
    blank,
)
from desktop.domain.wizard.sections import SECTIONS

__all__ = ["RULES", "SEVERITIES", "Finding", "Problem", "RoadmapIndex", "Rule", "blank",
           "CheckRunner", "counts", "index_of", "run_checks", "run_rule", "sort_key"]

_SECTION_ORDER = {s.key: i for i, s in enumerate(SECTIONS)}
_SEVERITY_ORDER = {s: i for i, s in enumerate(SEVERITIES)}


def index_of(data, *, today: dt.date | None = None) -> RoadmapIndex:
    """A RoadmapIndex over `data` (an index, a store or a document mapping)."""
    if isinstance(data, RoadmapIndex):
        return data
    if isinstance(data, Mapping):
        return RoadmapIndex(data, today=today)
    if hasattr(data, "rows") and hasattr(data, "roadmap"):
        return RoadmapIndex.from_store(data, today=today)
    raise TypeError(f"cannot check {type(data).__name__}")


def sort_key(p: Problem) -> tuple:
    return (_SEVERITY_ORDER.get(p.severity, 9), _SECTION_ORDER.get(p.section, 999), p.code)


def run_checks(data, *, today: dt.date | None = None,
               codes: Iterable[str] | None = None) -> list[Problem]:
    """Every problem found by the registered rules (or only `codes`), errors first."""
    ix = index_of(data, today=today)
    wanted = RULES.values() if codes is None else [RULES[c] for c in codes]
    found = [p for r in wanted for p in r.run(ix)]
    found.sort(key=sort_key)  # stable: rows keep their list order within a rule
    return found


def run_rule(code: str, data, *, today: dt.date | None = None) -> list[Problem]:
    """The problems found by one rule."""
    return list(RULES[code].run(index_of(data, today=today)))


def counts(problems: Iterable[Problem]) -> dict[str, int]:
    """Number of problems per severity (every severity present, possibly 0)."""
    c = Counter(p.severity for p in problems)
    return {s: c.get(s, 0) for s in SEVERITIES}


class CheckRunner:
    """Runs every rule over a `RowCache` and reuses a rule's problems while none of the
    entities it read has changed (the cache's per-entity `version`). After editing an
    action only the rules that read actions run again.
    """

    def __init__(self, cache) -> None:
        self.cache = cache
        self._memo: dict[str, tuple[str, tuple[tuple[str, int], ...], list[Problem]]] = {}

    def run(self, *, today: dt.date | None = None) -> list[Problem]:
        ix = RoadmapIndex(self.cache, today=today)
        versions = self.cache.version
        found: list[Problem] = []
        for code, r in RULES.items():
            memo = self._memo.get(code)
            if memo is not None and memo[0] == ix.today \
                    and all(versions.get(e, 0) == v for e, v in memo[1]):
                found.extend(memo[2])
                continue
            ix.accessed = set()
            problems = list(r.run(ix))
            deps = tuple((e, versions.get(e, 0)) for e in sorted(ix.accessed))
            ix.accessed = None
            self._memo[code] = (ix.today, deps, problems)
            found.extend(problems)
        found.sort(key=sort_key)
        return found
