"""How complete a section, a step or a checklist item is: each `Expect`ation scores a
fraction in [0, 1] against the roadmap's data (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from desktop.domain.wizard.specs import ChecklistItem, Expect, SectionSpec, StepSpec


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


Scorer = Callable[[Expect], float]


def score(expect: Expect, data: Mapping, open_codes: Iterable[str] = ()) -> float:
    """How much of `expect` is met by `data` ({entity: rows, "roadmap": {...}}), 0..1."""
    k = expect.kind
    if k in ("text", "value"):
        road = data.get("roadmap") or {}
        if not expect.fields:
            return 1.0
        return sum(not _blank(road.get(f)) for f in expect.fields) / len(expect.fields)
    found = data.get(expect.entity) or []
    if k == "rows":
        return min(len(found) / max(expect.minimum, 1), 1.0)
    if k == "filled":
        if not found:
            return 0.0
        names = expect.fields
        full = 0
        for r in found:  # a plain loop: this runs over 10,000 actions several times
            for f in names:
                v = r.get(f)
                if v is None or (v.__class__ is str and not v.strip()):
                    break
            else:
                full += 1
        return full / len(found)
    if k == "clean":
        return 1.0 if found and expect.code not in set(open_codes) else 0.0
    raise ValueError(f"unknown expectation kind {k!r}")


def _scorer(data: Mapping, open_codes: Iterable[str], scorer: Scorer | None) -> Scorer:
    if scorer is not None:
        return scorer
    codes = set(open_codes)
    return lambda e: score(e, data, codes)


def section_score(spec: SectionSpec, data: Mapping, open_codes: Iterable[str] = (),
                  scorer: Scorer | None = None) -> float | None:
    """Completeness of a section (None when the section expects nothing).

    `scorer(expect)` may replace `score` (e.g. one that remembers results)."""
    if not spec.expects:
        return None
    fn = _scorer(data, open_codes, scorer)
    return sum(fn(e) for e in spec.expects) / len(spec.expects)


def step_score(step: StepSpec, data: Mapping, open_codes: Iterable[str] = (),
               scorer: Scorer | None = None) -> float:
    """Completeness of a step: the mean over its sections' expectations."""
    fn = _scorer(data, open_codes, scorer)
    parts = [fn(e) for s in step.sections for e in s.expects]
    return sum(parts) / len(parts) if parts else 0.0


def checklist_done(item: ChecklistItem, data: Mapping, open_codes: Iterable[str] = (),
                   scorer: Scorer | None = None) -> bool:
    fn = _scorer(data, open_codes, scorer)
    return all(fn(e) >= 1.0 for e in item.expects)
