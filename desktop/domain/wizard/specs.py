"""The types the wizard's sections are declared in (Qt-free): `Expect` and its builders
(`text`, `value`, `rows`, `filled`, `clean`), `TableSpec`, `SectionSpec`, `ChecklistItem`
and `StepSpec`. The sections themselves are in desktop.domain.wizard.sections."""

from __future__ import annotations

from dataclasses import dataclass, field

from db import catalogue
from db.model import Kind
from desktop.domain.words import nl_en


@dataclass(frozen=True)
class Expect:
    """One piece of expected content; its score is a fraction in [0, 1].

    kind:
        "text": the roadmap's narrative fields `fields` are written (non-blank).
        "value": the roadmap's fields `fields` have a value.
        "rows": `entity` has at least `minimum` rows (partial credit below that).
        "filled": the rows of `entity` have every field of `fields` (fraction of rows).
        "clean": `entity` has rows and no check problem with code `code` is open.
    """

    kind: str
    entity: str = "roadmap"
    fields: tuple[str, ...] = ()
    minimum: int = 1
    code: str = ""


def text(*fields: str) -> Expect:
    return Expect("text", fields=fields)


def value(*fields: str) -> Expect:
    return Expect("value", fields=fields)


def rows(entity: str, minimum: int = 1) -> Expect:
    return Expect("rows", entity, minimum=minimum)


def filled(entity: str, *fields: str) -> Expect:
    return Expect("filled", entity, fields=fields)


def clean(entity: str, code: str) -> Expect:
    return Expect("clean", entity, code=code)


@dataclass(frozen=True)
class TableSpec:
    """An editable table of one entity on a section page.

    columns: fields shown as columns (default: every field that is not Markdown or a
        document). Markdown fields of the entity are edited below the table, for the
        selected row (`details`, default: all of them).
    readonly: columns shown but not editable.
    addable: rows can be added and removed here.
    unique_choice: a required choice field whose new rows get the first unused code.
    """

    entity: str
    columns: tuple[str, ...] = ()
    details: tuple[str, ...] | None = None
    readonly: tuple[str, ...] = ()
    addable: bool = True
    unique_choice: str | None = None

    def column_names(self) -> tuple[str, ...]:
        if self.columns:
            return self.columns
        e = catalogue.entity(self.entity)
        return tuple(f.name for f in e.fields if f.kind not in (Kind.MARKDOWN, Kind.DOCUMENT))

    def detail_names(self) -> tuple[str, ...]:
        if self.details is not None:
            return self.details
        e = catalogue.entity(self.entity)
        return tuple(f.name for f in e.fields if f.kind is Kind.MARKDOWN)


@dataclass(frozen=True)
class SectionSpec:
    """One wizard page = one report (sub)chapter.

    key: stable id "<step>.<name>" (used by checks, navigation, guidance).
    chapter: the report chapter it writes, e.g. "2.4".
    fields: one-line roadmap fields (title, dates, choices) in a form.
    narratives: Markdown roadmap fields, each in a rich-text editor.
    tables: entity tables.
    expects: what a complete section holds (drives the progress figures).
    """

    key: str
    step: int
    chapter: str
    nl: str
    en: str
    fields: tuple[str, ...] = ()
    narratives: tuple[str, ...] = ()
    tables: tuple[TableSpec, ...] = ()
    expects: tuple[Expect, ...] = ()

    def title(self, lang: str) -> str:
        return nl_en(lang, self.nl, self.en)

    def entities(self) -> tuple[str, ...]:
        return tuple(t.entity for t in self.tables)


@dataclass(frozen=True)
class ChecklistItem:
    """One result a step must deliver; done when all its expectations are fully met."""

    nl: str
    en: str
    expects: tuple[Expect, ...]

    def label(self, lang: str) -> str:
        return nl_en(lang, self.nl, self.en)


@dataclass(frozen=True)
class StepSpec:
    number: int
    nl: str
    en: str
    chapter_nl: str
    chapter_en: str
    checklist: tuple[ChecklistItem, ...]
    sections: tuple[SectionSpec, ...] = field(default=())

    def title(self, lang: str) -> str:
        return nl_en(lang, self.nl, self.en)

    def chapter(self, lang: str) -> str:
        return nl_en(lang, self.chapter_nl, self.chapter_en)
