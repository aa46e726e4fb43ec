"""Guidance exists for every section and step, in both languages."""

from __future__ import annotations

from desktop.domain.wizard.guidance import GUIDANCE, STEP_GOALS
from desktop.domain.wizard.sections import SECTIONS, STEPS


def test_guidance_for_every_section_in_both_languages():
    for s in SECTIONS:
        g = GUIDANCE[s.key]
        for lang in ("nl", "en"):
            assert len(g.deliver(lang)) > 40
            assert g.example(lang)
        assert g.deliver("nl") != g.deliver("en")


def test_goal_and_checklist_for_every_step():
    for st in STEPS:
        nl, en = STEP_GOALS[st.number]
        assert nl and en and nl != en
        assert st.checklist
        for item in st.checklist:
            assert item.label("nl") != item.label("en")
