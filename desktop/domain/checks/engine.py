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

import bisect
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
from desktop.domain.rowcache import ALL_FIELDS
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


class _Memo:
    """What one part of a rule found, and the versions of the entities it read."""

    __slots__ = ("today", "deps", "out", "hits", "order", "at", "refs_of", "rev", "self_read")

    def __init__(self, today: str, deps: dict[str, int], out: list[Problem]) -> None:
        self.today = today
        self.deps = deps
        self.out = out
        #: per-row parts: problems per row id, the positions of those rows in order, the id
        #: at each such position, what each row names in the `refs` entities and back
        self.hits: dict[str, list[Problem]] = {}
        self.order: list[int] = []
        self.at: dict[int, str] = {}
        self.refs_of: dict[str, tuple] = {}
        self.rev: dict[str, dict[str, set[str]]] = {}
        self.self_read = False


_FULL = None


class CheckRunner:
    """Runs every rule over a `RowCache`, re-running after a change only what it can touch.

    A rule is made of parts (`checks.base.Part`). A part's problems are kept with the
    versions of the entities it read; while none changed they are reused. When the rows it
    read were only updated (`RowCache.changes_since`), a per-row part runs again for the
    updated rows and the rows naming them through its `refs`, and a whole-roadmap part whose
    `reads` fields were not among the updated ones keeps its problems. Anything else (rows
    added, removed or moved, a new day) runs the part afresh. `run()` returns what
    `run_checks(cache)` returns, in the same order.
    """

    def __init__(self, cache) -> None:
        self.cache = cache
        self._memo: dict[tuple[str, int], _Memo] = {}
        self._rule_out: dict[str, list[Problem]] = {}
        #: per rule, its problems by sort key (a rule has one code and severity, so only
        #: the section differs), in the rule's order
        self._buckets: dict[str, dict[tuple, list[Problem]]] = {}
        self._result: list[Problem] | None = None
        #: after each run: the number of parts run afresh, of rows re-checked, and whether
        #: the problems differ from the run before
        self.last_full = 0
        self.last_rows = 0
        self.last_changed = True

    def run(self, *, today: dt.date | None = None) -> list[Problem]:
        ix = RoadmapIndex(self.cache, today=today)
        self.last_full = self.last_rows = 0
        changed = self._result is None
        for code, r in RULES.items():
            parts_changed = False
            for n, part in enumerate(r.parts):
                memo = self._memo.get((code, n))
                todo = _FULL if memo is None else self._plan(memo, part, ix)
                if todo is _FULL:
                    self._memo[(code, n)] = self._full(r, part, ix)
                    self.last_full += 1
                    parts_changed = True
                elif todo and memo is not None:  # (no memo yet: todo is _FULL)
                    parts_changed |= self._patch(memo, r, part, ix, todo)
            if parts_changed or code not in self._rule_out:
                parts = [self._memo[(code, n)].out for n in range(len(r.parts))]
                out = parts[0] if len(parts) == 1 else [p for o in parts for p in o]
                if out != self._rule_out.get(code):
                    self._rule_out[code] = out
                    buckets: dict[tuple, list[Problem]] = {}
                    for p in out:
                        k = (_SEVERITY_ORDER.get(p.severity, 9), _SECTION_ORDER.get(p.section, 999), p.code)
                        found = buckets.get(k)
                        if found is None:
                            buckets[k] = [p]
                        else:
                            found.append(p)
                    self._buckets[code] = buckets
                    changed = True
        ix.accessed = None
        self.last_changed = changed
        if changed:  # what sorting by sort_key gives: the buckets in key order
            every = [(k, b) for code in RULES for k, b in self._buckets[code].items()]
            every.sort(key=lambda kb: kb[0])
            self._result = [p for _k, b in every for p in b]
        assert self._result is not None
        return list(self._result)

    # -- one part ----------------------------------------------------------------------

    def _deps(self, accessed: set[str]) -> dict[str, int]:
        versions = self.cache.version
        return {e: versions.get(e, 0) for e in accessed}

    def _full(self, r: Rule, part, ix: RoadmapIndex) -> _Memo:
        ix.accessed = set()
        if part.entity is None:
            out = list(r.problems(part.fn(ix)))
            return _Memo(ix.today, self._deps(ix.accessed), out)
        rows = ix.rows(part.entity)
        outer, ix.accessed = ix.accessed, set()
        fn = part.fn
        found: dict[str, list] = {}
        for row in rows:
            for f in fn(ix, row):
                found.setdefault(row["id"], []).append(f)
        inner = ix.accessed
        memo = _Memo(ix.today, self._deps(outer | inner), [])
        memo.self_read = part.entity in inner
        position = self.cache.position
        for row_id, findings in found.items():  # in row order
            memo.hits[row_id] = list(r.problems(findings))
            pos = position(part.entity, row_id)
            memo.order.append(pos)
            memo.at[pos] = row_id
            memo.out.extend(memo.hits[row_id])
        for e, names in part.refs.items():
            rev: dict[str, set[str]] = {}
            for row in rows:
                named = tuple(row.get(f) for f in names)
                memo.refs_of[row["id"]] = named
                for i in named:
                    if i is not None:
                        rev.setdefault(i, set()).add(row["id"])
            memo.rev[e] = rev
        return memo

    def _plan(self, memo: _Memo, part, ix: RoadmapIndex) -> set[str] | None:
        """The rows to check again (an empty set: nothing to do), or _FULL."""
        if memo.today != ix.today:
            return _FULL
        versions = self.cache.version
        rows: set[str] = set()
        for e, v in memo.deps.items():
            if versions.get(e, 0) == v:
                continue
            found = self.cache.changes_since(e, v)
            if found is None:
                return _FULL
            ids, fields = found
            if part.entity == e and not memo.self_read:
                rows |= ids
            elif part.entity is not None and e in part.refs:
                rev = memo.rev[e]
                for i in ids:
                    rows |= rev.get(i, set())
            elif e in part.reads and ALL_FIELDS not in fields and not fields & part.reads[e]:
                pass  # none of the fields it reads changed
            else:
                return _FULL
        memo.deps = {e: versions.get(e, 0) for e in memo.deps}
        return rows

    def _patch(self, memo: _Memo, r: Rule, part, ix: RoadmapIndex, ids: set[str]) -> bool:
        """Check `ids` of a per-row part again; True when its problems changed."""
        cache, entity = self.cache, part.entity
        ix.accessed = set()
        changed = False
        for row_id in ids:
            row = cache.row(entity, row_id)
            pos = cache.position(entity, row_id)
            new = list(r.problems(part.fn(ix, row))) if row is not None else []
            self.last_rows += 1
            old = memo.hits.get(row_id)
            for e, names in part.refs.items():
                rev = memo.rev[e]
                for i in memo.refs_of.get(row_id, ()):
                    if i is not None and i in rev:
                        rev[i].discard(row_id)
                named = tuple(row.get(f) for f in names) if row is not None else ()
                memo.refs_of[row_id] = named
                for i in named:
                    if i is not None:
                        rev.setdefault(i, set()).add(row_id)
            if new == (old or []):
                continue
            changed = True
            if new:
                memo.hits[row_id] = new
                if old is None:
                    bisect.insort(memo.order, pos)
                    memo.at[pos] = row_id
            else:
                del memo.hits[row_id]
                memo.order.pop(bisect.bisect_left(memo.order, pos))
                del memo.at[pos]
        versions = cache.version
        for e in ix.accessed:  # read now, perhaps not in the first run
            memo.deps.setdefault(e, versions.get(e, 0))
        if changed:
            hits, at = memo.hits, memo.at
            memo.out = [p for pos in memo.order for p in hits[at[pos]]]
        return changed
