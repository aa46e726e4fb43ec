"""The wizard's section specs cover the whole model and score completeness."""

from __future__ import annotations

from db import catalogue
from db.model import Kind
from desktop.domain.wizard import guidance
from desktop.domain.wizard.sections import (
    BY_KEY,
    SECTIONS,
    STEPS,
    checklist_done,
    filled,
    home,
    rows,
    score,
    section_score,
    step_score,
    text,
)


def test_every_entity_and_roadmap_field_has_a_page():
    edited = {t.entity for s in SECTIONS for t in s.tables}
    for e in catalogue.ENTITIES:
        if e.singleton:
            continue
        assert e.name in edited, e.name
    road = catalogue.entity("roadmap")
    on_pages = {n for s in SECTIONS for n in (*s.fields, *s.narratives)}
    assert {f.name for f in road.fields} == on_pages
    for s in SECTIONS:  # narratives are Markdown, one-line fields are not
        for n in s.narratives:
            assert road.by_name[n].kind is Kind.MARKDOWN
        for n in s.fields:
            assert road.by_name[n].kind is not Kind.MARKDOWN


def test_every_field_of_every_entity_is_editable_somewhere():
    for e in catalogue.ENTITIES:
        if e.singleton or e.name == "snapshot":
            continue
        shown = {n for s in SECTIONS for t in s.tables if t.entity == e.name
                 for n in (*t.column_names(), *t.detail_names())}
        assert shown == {f.name for f in e.fields}, e.name


def test_steps_and_keys():
    assert [s.number for s in STEPS] == list(range(6))
    assert all(s.sections for s in STEPS)
    assert len(BY_KEY) == len(SECTIONS)
    for s in SECTIONS:
        assert s.key.startswith(f"{s.step}.")
        assert s.key in guidance.GUIDANCE


def test_home():
    assert home("action", "owner_id") == "3.actions"
    assert home("roadmap", "mission") == "4.mission"
    assert home("kpi") == "4.kpis"


def test_scores():
    data = {"roadmap": {"mission": "x", "planning": " "}, "partner": [{"ring": "execution"}, {}]}
    assert score(text("mission", "planning"), data) == 0.5
    assert score(rows("partner", 4), data) == 0.5
    assert score(filled("partner", "ring"), data) == 0.5
    assert score(filled("kpi", "unit"), data) == 0.0
    empty = {"roadmap": {}}
    assert step_score(STEPS[0], empty) == 0.0
    assert section_score(BY_KEY["5.revisions"], empty) is None
    assert section_score(BY_KEY["4.mission"], data) == 1.0
    assert checklist_done(STEPS[4].checklist[0], data)
    assert not checklist_done(STEPS[4].checklist[1], data)
