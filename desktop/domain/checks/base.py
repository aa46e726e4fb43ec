"""Building blocks of the roadmap checks (Qt-free): problems, the rule registry and an index
over the roadmap's rows. The rules themselves live in `checks_content` and `checks_plan`;
`desktop.domain.checks.engine` is the public entry point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from db import catalogue
from desktop.domain.wizard.sections import home
from desktop.domain.words import nl_en

SEVERITIES = ("error", "warning", "hint")


@dataclass(frozen=True)
class Problem:
    """Something to fix or consider in the roadmap.

    severity: "error" (the method's minimum is not met), "warning" or "hint".
    code: the rule's code (stable; the seeds-policy check ids where one exists).
    message_nl, message_en: what is wrong, naming the row.
    section: key of the wizard section where it can be fixed.
    entity, row_id, field: the row and field concerned, when there is one.
    """

    severity: str
    code: str
    message_nl: str
    message_en: str
    section: str
    entity: str | None = None
    row_id: str | None = None
    field: str | None = None

    def message(self, lang: str) -> str:
        return nl_en(lang, self.message_nl, self.message_en)


@dataclass(frozen=True)
class Finding:
    """What a rule yields; the runner adds code, severity and (if not given) the section."""

    nl: str
    en: str
    entity: str | None = None
    row_id: str | None = None
    field: str | None = None
    section: str | None = None


RuleFn = Callable[["RoadmapIndex"], Iterable[Finding]]


RowFn = Callable[["RoadmapIndex", dict], Iterable[Finding]]


@dataclass(frozen=True)
class Part:
    """One piece of a rule, as `CheckRunner` re-runs it.

    With `entity` None, `fn(ix)` yields findings from the whole roadmap; `reads` may name,
    per entity, the only fields it reads (an update of other fields of that entity leaves
    its findings as they were; rows added, removed or moved always count).
    With `entity` set, `fn(ix, row)` yields the findings of one row of that entity, reading
    nothing of the entity but that row, so after an update only the updated rows run again;
    `refs` names, per other entity, the fields of the row holding the ids of the only rows
    of that entity it reads (after an update of those rows, only the rows naming them run).
    """

    fn: Callable
    entity: str | None = None
    refs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reads: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def findings(self, ix: RoadmapIndex) -> Iterator[Finding]:
        if self.entity is None:
            yield from self.fn(ix)
        else:
            fn = self.fn
            for row in ix.rows(self.entity):
                yield from fn(ix, row)


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    nl: str
    en: str
    fn: RuleFn
    parts: tuple[Part, ...] = ()

    def problems(self, findings: Iterable[Finding]) -> Iterator[Problem]:
        for f in findings:
            section = f.section or home(f.entity or "roadmap", f.field)
            yield Problem(self.severity, self.code, f.nl, f.en, section, f.entity, f.row_id, f.field)

    def run(self, ix: RoadmapIndex) -> Iterator[Problem]:
        return self.problems(self.fn(ix))


RULES: dict[str, Rule] = {}


def _register(code: str, severity: str, nl: str, en: str, parts: tuple[Part, ...]) -> None:
    assert severity in SEVERITIES, severity
    if code in RULES:
        raise ValueError(f"rule code {code!r} registered twice")

    def whole(ix: RoadmapIndex) -> Iterator[Finding]:
        for part in parts:
            yield from part.findings(ix)

    RULES[code] = Rule(code, severity, nl, en, parts[0].fn if len(parts) == 1 and parts[0].entity is None
                       else whole, parts)


def _reads(reads: Mapping[str, Iterable[str]] | None) -> dict[str, frozenset[str]]:
    return {e: frozenset(fs) for e, fs in (reads or {}).items()}


def rule(code: str, severity: str, nl: str, en: str, *,
         reads: Mapping[str, Iterable[str]] | None = None) -> Callable[[RuleFn], RuleFn]:
    """Register a rule function `fn(ix)` under `code` (descriptions nl/en say what it tests);
    `reads`: see `Part`."""

    def register(fn: RuleFn) -> RuleFn:
        _register(code, severity, nl, en, (Part(fn, reads=_reads(reads)),))
        return fn

    return register


def row_rule(code: str, severity: str, nl: str, en: str, entity: str, *,
             refs: Mapping[str, tuple[str, ...]] | None = None) -> Callable[[RowFn], RowFn]:
    """Register `fn(ix, row)`, run for every row of `entity`, as the rule `code` (see `Part`)."""

    def register(fn: RowFn) -> RowFn:
        _register(code, severity, nl, en, (Part(fn, entity, dict(refs or {})),))
        return fn

    return register


def rule_of_parts(code: str, severity: str, nl: str, en: str, *parts: Part) -> None:
    """Register a rule made of several parts (their findings in this order)."""
    _register(code, severity, nl, en, parts)


_EMPTY: list = []


class RoadmapIndex:
    """Read-only view over a roadmap's rows with lazily built lookups.

    `data` maps entity names to lists of row dicts and "roadmap" to the roadmap's own dict,
    as `db.interchange.export_document` returns it (extra keys are ignored). Lookups by id
    and groupings by field are built once on first use, so every rule stays linear.
    """

    def __init__(self, data: Mapping, *, today: dt.date | None = None) -> None:
        self.data = data
        self._road: dict = data.get("roadmap") or {}
        self.today = (today or dt.date.today()).isoformat()
        self._ids: dict[str, dict[str, dict]] = {}
        self._groups: dict[tuple[str, str], dict[object, list[dict]]] = {}
        self._row = getattr(data, "row", None) if hasattr(data, "changes_since") else None
        #: when a set, every entity read is added to it (see `checks.CheckRunner`)
        self.accessed: set[str] | None = None

    @property
    def road(self) -> dict:
        """The roadmap's own fields."""
        if self.accessed is not None:
            self.accessed.add("roadmap")
        return self._road

    @classmethod
    def from_store(cls, store, *, today: dt.date | None = None) -> RoadmapIndex:
        """Read every entity the checks need from a RoadmapStore (snapshots are skipped)."""
        data: dict = {"roadmap": store.roadmap()}
        for e in catalogue.ENTITIES:
            if not e.singleton and e.name != "snapshot":
                data[e.name] = store.rows(e.name)
        return cls(data, today=today)

    def rows(self, entity: str) -> list[dict]:
        if self.accessed is not None:
            self.accessed.add(entity)
        return self.data.get(entity) or _EMPTY

    def by_id(self, entity: str) -> dict[str, dict]:
        if self.accessed is not None:
            self.accessed.add(entity)
        found = self._ids.get(entity)
        if found is None:
            found = self._ids[entity] = {r["id"]: r for r in self.rows(entity)}
        return found

    def get(self, entity: str, row_id: str | None) -> dict | None:
        if row_id is None:
            return None
        if self._row is not None:  # a RowCache finds a row by id without building a dict
            if self.accessed is not None:
                self.accessed.add(entity)
            return self._row(entity, row_id)
        return self.by_id(entity).get(row_id)

    def group(self, entity: str, field: str) -> dict[object, list[dict]]:
        """Rows of `entity` grouped by the value of `field`."""
        if self.accessed is not None:
            self.accessed.add(entity)
        key = (entity, field)
        found = self._groups.get(key)
        if found is None:
            found = {}
            for r in self.rows(entity):
                found.setdefault(r.get(field), []).append(r)
            self._groups[key] = found
        return found

    def name(self, entity: str, row: dict | None) -> str:
        """How a row is named in messages: its code and title where it has them."""
        if row is None:
            return "?"
        title_field, has_code = _NAMING.get(entity) or _naming(entity)
        title = row.get(title_field)
        title = "" if title is None else str(title)
        code = row.get("code") if has_code else None
        text = f"{code} {title}".strip() if code else title
        return (text or row.get("id", "?"))[:80]


_NAMING: dict[str, tuple[str, bool]] = {}


def _naming(entity: str) -> tuple[str, bool]:
    e = catalogue.entity(entity)
    found = _NAMING[entity] = (e.title_field, "code" in e.by_name)
    return found


def blank(value: object) -> bool:
    """No value: None or text with only white space."""
    return value is None or (isinstance(value, str) and not value.strip())


def missing(row: dict, needs):
    """The entries of `needs` ((field, nl, en) tuples) whose field is blank in `row`."""
    return [t for t in needs if blank(row.get(t[0]))]


def quoted(text: str) -> str:
    """A name as the problems show it: ‘name’."""
    return f"‘{text}’"
