"""Completeness figures of the wizard, kept cheap on big roadmaps (Qt-free).

`Progress.score(expect)` gives the same value as `sections.score(expect, cache, open_codes)`
but remembers results per version of the rows they read, and answers "filled" expectations
(every row has these fields) from per-row counts that a field edit updates in O(1): after
editing one action of 10,000 nothing is read again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from db.ops import Change
from desktop.domain.rowcache import RowCache
from desktop.domain.wizard.sections import SECTIONS, STEPS, Expect, score


def _all_expects() -> list[Expect]:
    found = [e for s in SECTIONS for e in s.expects]
    found += [e for st in STEPS for item in st.checklist for e in item.expects]
    return found


def _filled_fields() -> dict[str, frozenset[str]]:
    """Per entity, every field some "filled" expectation asks for."""
    out: dict[str, set[str]] = {}
    for e in _all_expects():
        if e.kind == "filled":
            out.setdefault(e.entity, set()).update(e.fields)
    return {k: frozenset(v) for k, v in out.items()}


def _blank(v: object) -> bool:
    return v is None or (v.__class__ is str and not v.strip())


class _FilledCounts:
    """For the rows of one entity: how many rows lack each combination of tracked fields."""

    def __init__(self, rows: list[dict], fields: frozenset[str]) -> None:
        self.fields = fields
        self.blanks: dict[str, frozenset[str]] = {}
        self.counts: Counter = Counter()
        for r in rows:
            self._add(r)

    def _blanks_of(self, row: dict) -> frozenset[str]:
        return frozenset(f for f in self.fields if _blank(row.get(f)))

    def _add(self, row: dict) -> None:
        b = self.blanks[row["id"]] = self._blanks_of(row)
        self.counts[b] += 1

    def update(self, row: dict) -> None:
        old = self.blanks.get(row["id"])
        if old is not None:
            self.counts[old] -= 1
        self._add(row)

    def fraction(self, fields: Iterable[str]) -> float:
        n = len(self.blanks)
        if not n:
            return 0.0
        wanted = frozenset(fields)
        return sum(c for b, c in self.counts.items() if c and not b & wanted) / n


class Progress:
    """Completeness scores over a RowCache; call `apply(change)` after `cache.apply(change)`."""

    def __init__(self, cache: RowCache) -> None:
        self.cache = cache
        self.open_codes: set[str] = set()
        self._tracked = _filled_fields()
        self._filled: dict[str, _FilledCounts] = {}
        self._memo: dict[tuple, float] = {}

    def apply(self, change: Change) -> None:
        for r in change.rows:
            counts = self._filled.get(r.entity)
            if counts is None:
                continue
            if r.kind != "update":
                del self._filled[r.entity]  # rows came or went: count again when asked
                continue
            if not counts.fields.intersection(r.fields) and r.fields:
                continue
            row = self.cache.row(r.entity, r.id)
            if row is None:
                del self._filled[r.entity]
            else:
                counts.update(row)

    def _filled_fraction(self, expect: Expect) -> float:
        counts = self._filled.get(expect.entity)
        if counts is None:
            counts = self._filled[expect.entity] = _FilledCounts(
                self.cache.rows(expect.entity), self._tracked[expect.entity])
        return counts.fraction(expect.fields)

    def score(self, expect: Expect) -> float:
        """`sections.score(expect, cache, open_codes)`, computed only when its rows changed."""
        if expect.kind == "filled" and expect.entity in self._tracked:
            return self._filled_fraction(expect)
        entity = "roadmap" if expect.kind in ("text", "value") else expect.entity
        if entity == "roadmap":
            self.cache.roadmap()
        else:
            self.cache.rows(entity)
        key = (expect, self.cache.version.get(entity, 0),
               expect.code in self.open_codes if expect.kind == "clean" else None)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) > 4000:
                self._memo.clear()
            found = self._memo[key] = score(expect, self.cache, self.open_codes)
        return found
