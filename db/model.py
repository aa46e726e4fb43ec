"""Declarative description of the roadmap model.

Every entity of the method (partners, visions, actions, risks, ...) is described once, as an
`Entity` with typed `Field`s. The store builds its validation from it, the JSON interchange
its format, and the user interface and exporters their labels. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """Value kinds a field can hold."""

    TEXT = "text"          # one line, at most TEXT_MAX characters
    MARKDOWN = "markdown"  # narrative text in CommonMark, at most MARKDOWN_MAX characters
    INT = "int"
    FLOAT = "float"
    DATE = "date"          # ISO 8601 calendar date, YYYY-MM-DD
    BOOL = "bool"
    CHOICE = "choice"      # one code out of `choices`
    REF = "ref"            # id of a row of entity `ref`
    COLOUR = "colour"      # #rrggbb
    DOCUMENT = "document"  # a whole JSON document (snapshots), no size limit


TEXT_MAX = 500
MARKDOWN_MAX = 200_000


@dataclass(frozen=True)
class Choice:
    """One allowed code of a choice field, with its labels."""

    code: str
    nl: str
    en: str


@dataclass(frozen=True)
class Field:
    """One attribute of an entity.

    Attributes:
        name: column and JSON key.
        kind: value kind.
        nl, en: labels for forms and reports.
        required: a value must be present (not None, not empty text).
        choices: allowed codes for CHOICE fields.
        ref: target entity name for REF fields.
        on_delete: for REF fields, what happens when the target row is deleted:
            "cascade" deletes this row too, "null" clears the reference.
        minimum, maximum: inclusive bounds for INT and FLOAT fields.
        default: value used when a new row does not give one.
    """

    name: str
    kind: Kind
    nl: str
    en: str
    required: bool = False
    choices: tuple[Choice, ...] = ()
    ref: str | None = None
    on_delete: str = "null"
    minimum: float | None = None
    maximum: float | None = None
    default: object = None

    @property
    def target(self) -> str:
        """The entity a REF field points at (`ref`, never None for a REF field)."""
        if self.ref is None:
            raise ValueError(f"{self.name} is not a link to another entity")
        return self.ref

    def choice_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def choice_label(self, code: str | None, lang: str) -> str:
        for c in self.choices:
            if c.code == code:
                return c.nl if lang == "nl" else c.en
        return "" if code is None else str(code)


@dataclass(frozen=True)
class Entity:
    """A kind of row in the roadmap (one SQLite table, one JSON list).

    Attributes:
        name: table name and JSON key.
        nl, en: plural labels.
        step: method step (0-5) where the entity is written.
        fields: its attributes, in form order (the id and the ordering are implicit).
        title_field: the field that names a row in lists and messages.
        singleton: exactly one row exists (the roadmap itself).
    """

    name: str
    nl: str
    en: str
    step: int
    fields: tuple[Field, ...]
    title_field: str = "title"
    singleton: bool = False
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def refs(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.kind is Kind.REF)


def choices(*triples: tuple[str, str, str]) -> tuple[Choice, ...]:
    """Build a tuple of `Choice` from (code, nl, en) triples."""
    return tuple(Choice(*t) for t in triples)
