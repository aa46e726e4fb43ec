"""Building blocks of the roadmap checks (Qt-free): problems, the rule registry and an index
over the roadmap's rows. The rules themselves live in `checks_content` and `checks_plan`;
`desktop.domain.checks.engine` is the public entry point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from db import catalogue
from desktop.domain.wizard.sections import home

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
        return self.message_nl if lang == "nl" else self.message_en


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


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    nl: str
    en: str
    fn: RuleFn

    def run(self, ix: RoadmapIndex) -> Iterator[Problem]:
        for f in self.fn(ix):
            section = f.section or home(f.entity or "roadmap", f.field)
            yield Problem(self.severity, self.code, f.nl, f.en, section, f.entity, f.row_id, f.field)


RULES: dict[str, Rule] = {}


def rule(code: str, severity: str, nl: str, en: str) -> Callable[[RuleFn], RuleFn]:
    """Register a rule function under `code` (descriptions nl/en say what it tests)."""
    assert severity in SEVERITIES, severity

    def register(fn: RuleFn) -> RuleFn:
        if code in RULES:
            raise ValueError(f"rule code {code!r} registered twice")
        RULES[code] = Rule(code, severity, nl, en, fn)
        return fn

    return register


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
        return self.by_id(entity).get(row_id) if row_id is not None else None

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
