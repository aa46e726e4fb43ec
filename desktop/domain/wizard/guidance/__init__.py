"""Guidance per wizard section and per step, in Dutch and English (Qt-free).

Written for Routekaart in our own words, after the NIB roadmapping handbook: what a
section must deliver and a short example of good content. The examples use a fictional
cluster on circular construction so they do not echo any real roadmap.
"""

from __future__ import annotations

from desktop.domain.wizard.guidance.context import CONTEXT
from desktop.domain.wizard.guidance.implementation import IMPLEMENTATION
from desktop.domain.wizard.guidance.model import Guidance
from desktop.domain.wizard.guidance.plan import PLAN

__all__ = ["GUIDANCE", "STEP_GOALS", "Guidance"]

STEP_GOALS: dict[int, tuple[str, str]] = {
    0: ("Zorg dat de cluster de roadmap echt wil: sleutelspelers committeren zich, een projectteam "
        "neemt de pen en er ligt een beslissing om (niet) te starten.",
        "Make sure the cluster really wants the roadmap: key players commit, a project team takes "
        "the pen and there is a decision to start (or not)."),
    1: ("Vertrek van grote maatschappelijke uitdagingen, verbeeld wenselijke toekomsten, kies er "
        "enkele en vertaal ze naar doelstellingen die je later kan meten.",
        "Start from big societal challenges, picture desirable futures, pick a few and turn them "
        "into objectives you can measure later."),
    2: ("Breng eerlijk in kaart waar de cluster vandaag staat, in cijfers en in woorden, en tegenover "
        "het buitenland. Dit is het vertrekpunt én de nulmeting.",
        "Map honestly where the cluster stands today, in figures and in words, and against other "
        "countries. This is the starting point and the baseline."),
    3: ("Teken de route van vandaag naar de gekozen toekomst: welke waardeketens, welke programma's, "
        "welke acties in welke volgorde, door wie.",
        "Draw the route from today to the chosen future: which value chains, which programmes, which "
        "actions in what order, by whom."),
    4: ("Maak van de paden een uitvoerbaar plan: wie doet wat tegen wanneer, met welke middelen, hoe "
        "meten we voortgang en wie beslist.",
        "Turn the paths into a plan people can execute: who does what by when, with which resources, "
        "how progress is measured and who decides."),
    5: ("De roadmap leeft: meet de KPI's, volg de acties op, stuur bij en leg revisies vast.",
        "The roadmap is alive: measure the KPIs, follow up the actions, adjust and record revisions."),
}

GUIDANCE: dict[str, Guidance] = {**CONTEXT, **PLAN, **IMPLEMENTATION}
