"""The wizard's sections, declared once (Qt-free).

The NIB method has six steps (0-5); each step writes one chapter of the report. A step is
split into sections, one per report (sub)chapter. A `SectionSpec` says which roadmap
fields (one-line values and Markdown narratives) and which entity tables the section edits,
how complete it is (`Expect`ations) and where its guidance lives. The wizard builds its
pages from these specs, the checks use `home()` to say where a problem can be fixed, and
the completeness figures come from `section_score` / `step_score`.

Guidance texts are in `desktop.domain.wizard.guidance`; keys are the section keys below.
The spec types are declared in `specs`, the scores computed in `completeness` (both
importable from here too).
"""

from __future__ import annotations

from desktop.domain.wizard.completeness import Scorer, checklist_done, score, section_score, step_score
from desktop.domain.wizard.specs import (
    ChecklistItem,
    Expect,
    SectionSpec,
    StepSpec,
    TableSpec,
    clean,
    filled,
    rows,
    text,
    value,
)

__all__ = [
    "ACTION_PLAN_COLUMNS", "BY_KEY", "SECTIONS", "STEPS", "ChecklistItem", "Expect", "Scorer",
    "SectionSpec", "StepSpec", "TableSpec", "checklist_done", "clean", "filled", "home", "rows",
    "score", "section", "section_score", "step_score", "text", "value",
]


T = TableSpec
ACTION_PLAN_COLUMNS = ("code", "title", "category", "owner_id", "owner_member_id", "end_date",
                       "deliverable", "budget_eur", "fte", "status")

SECTIONS: tuple[SectionSpec, ...] = (
    # -- step 0: preparation -> chapter 1 ------------------------------------------------
    SectionSpec("0.roadmap", 0, "1", "Roadmap en inleiding", "Roadmap and introduction",
                fields=("title", "subtitle", "cluster_name", "language", "horizon_start",
                        "horizon_end", "version_label"),
                narratives=("introduction",),
                expects=(value("title", "cluster_name", "horizon_start", "horizon_end"),
                         text("introduction"))),
    SectionSpec("0.coalition", 0, "1.1", "Coalitie en aanleiding", "Coalition and motivation",
                narratives=("coalition",), expects=(text("coalition"),)),
    SectionSpec("0.partners", 0, "1.2", "Partners en betrokkenheidsringen",
                "Partners and rings of involvement",
                tables=(T("partner", ("name", "short_name", "type", "ring", "role", "country", "region",
                                      "sector", "size", "contact", "email", "colour")),),
                expects=(rows("partner", 5), filled("partner", "type", "ring"))),
    SectionSpec("0.team", 0, "1.3", "Projectteam", "Project team",
                tables=(T("team_member"),),
                expects=(rows("team_member", 3), filled("team_member", "role", "partner_id"))),
    SectionSpec("0.decision", 0, "1.4", "Go/no-go-beslissing", "Go/no-go decision",
                fields=("decision", "decision_date"), narratives=("decision_rationale",),
                expects=(value("decision", "decision_date"), text("decision_rationale"))),
    SectionSpec("0.application", 0, "1.5", "Projectaanvraag", "Project application",
                fields=("application_status",), narratives=("application_notes",),
                expects=(value("application_status"), text("application_notes"))),
    SectionSpec("0.inventory", 0, "1.6", "Bestaande roadmaps en tegenexpertise",
                "Existing roadmaps and counter-expertise",
                narratives=("counter_expertise",),
                tables=(T("reference_roadmap"), T("reference_milestone")),
                expects=(rows("reference_roadmap", 2), text("counter_expertise"))),
    # -- step 1: future visions and objectives -> chapter 2 ------------------------------
    SectionSpec("1.challenges", 1, "2.1", "Maatschappelijke uitdagingen", "Societal challenges",
                tables=(T("challenge"),),
                expects=(rows("challenge", 2), filled("challenge", "description"))),
    SectionSpec("1.visions", 1, "2.2", "Toekomstbeelden", "Future visions",
                tables=(T("vision", ("challenge_id", "code", "title", "selected")),),
                expects=(rows("vision", 3), filled("vision", "narrative"))),
    SectionSpec("1.opportunities", 1, "2.3", "Waardecreërende kansen",
                "Value-creating opportunities",
                tables=(T("opportunity"),),
                expects=(rows("opportunity", 2), filled("opportunity", "vision_id", "market"))),
    SectionSpec("1.selection", 1, "2.4", "Selectiecriteria en selectie",
                "Selection criteria and selection",
                narratives=("selection_rationale",),
                tables=(T("selection_criterion"), T("criterion_score"),
                        T("vision", ("code", "title", "selected"), details=(), addable=False)),
                expects=(rows("selection_criterion", 3), rows("criterion_score", 3),
                         text("selection_rationale"), clean("vision", "V0"))),
    SectionSpec("1.objectives", 1, "2.2", "Doelstellingen per toekomstbeeld",
                "Objectives per future vision",
                tables=(T("objective"),),
                expects=(rows("objective", 2), clean("objective", "V1"),
                         filled("objective", "target_value", "unit", "target_year", "baseline_value"))),
    # -- step 2: current situation -> chapter 3 ------------------------------------------
    SectionSpec("2.indicators", 2, "3.1", "Kwantitatieve indicatoren (nulmeting)",
                "Quantitative indicators (baseline)",
                tables=(T("indicator"), T("indicator_value")),
                expects=(rows("indicator", 6), filled("indicator", "value", "unit", "year", "source"),
                         filled("indicator", "quality_current", "quality_reliable"))),
    SectionSpec("2.assessment", 2, "3.2", "Kwalitatieve analyse", "Qualitative assessment",
                tables=(T("area_assessment", unique_choice="area"),),
                expects=(rows("area_assessment", 8), filled("area_assessment", "rating", "assessment"))),
    SectionSpec("2.swot", 2, "3.2", "SWOT-analyse", "SWOT analysis",
                tables=(T("swot_item"),), expects=(rows("swot_item", 8), clean("swot_item", "SW1"))),
    SectionSpec("2.synthesis", 2, "3", "Synthese huidige situatie", "Current situation synthesis",
                narratives=("current_situation",), expects=(text("current_situation"),)),
    # -- step 3: paths -> chapter 4 --------------------------------------------------------
    SectionSpec("3.intro", 3, "4", "Inleiding paden", "Paths introduction",
                narratives=("paths_intro",), expects=(text("paths_intro"),)),
    SectionSpec("3.value_chains", 3, "4.1", "Waardeketens", "Value chains",
                tables=(T("value_chain", ("code", "name", "colour")),
                        T("value_chain_objective")),
                expects=(rows("value_chain", 2), filled("value_chain", "description"),
                         clean("value_chain", "R1"))),
    SectionSpec("3.scenarios", 3, "4.1", "Scenario's", "Scenarios",
                tables=(T("scenario"), T("programme_scenario")),
                expects=(rows("scenario", 2), clean("scenario", "SC1"), rows("programme_scenario", 2))),
    SectionSpec("3.programmes", 3, "4.2", "Strategische programma's", "Strategic programmes",
                tables=(T("programme"),),
                expects=(rows("programme", 3), filled("programme", "module_type", "category"))),
    SectionSpec("3.coherence", 3, "4.2", "Samenhang met andere roadmaps en positionering",
                "Coherence with other roadmaps and positioning",
                narratives=("coherence_note",),
                tables=(T("reference_link"), T("priority_tag")),
                expects=(rows("reference_link", 2), rows("priority_tag", 2), clean("reference_link", "I1"),
                         text("coherence_note"))),
    SectionSpec("3.interventions", 3, "4.2", "Interventiepunten voor de overheid",
                "Government intervention points",
                tables=(T("intervention_point"),),
                expects=(rows("intervention_point", 2),
                         filled("intervention_point", "core_task", "term", "impact"))),
    SectionSpec("3.lanes", 3, "4.3", "Lagen van de visual", "Layers of the visual",
                tables=(T("lane"),), expects=(rows("lane", 4), filled("lane", "layer"))),
    SectionSpec("3.actions", 3, "4.3", "Acties en mijlpalen in de tijd",
                "Actions and milestones over time",
                tables=(T("action", ("code", "title", "kind", "value_chain_id", "lane_id",
                                     "programme_id", "start_date", "end_date", "owner_id",
                                     "trl_start", "trl_end", "status")),
                        T("action_partner")),
                expects=(rows("action", 10), filled("action", "owner_id", "end_date", "lane_id"),
                         filled("action", "trl_start", "trl_end"), rows("action_partner", 5))),
    SectionSpec("3.dependencies", 3, "4.3", "Afhankelijkheden tussen acties",
                "Dependencies between actions",
                tables=(T("dependency"),), expects=(rows("dependency", 3), clean("dependency", "D2"))),
    SectionSpec("3.workshop_notes", 3, "4.3", "Workshopnotities en parkeerplaats",
                "Workshop notes and parking lot",
                tables=(T("workshop_note", ("text", "value_chain_id", "lane_id", "date", "parking_lot",
                                            "resolved")),)),
    # -- step 4: strategic action plan -> chapter 5 ----------------------------------------
    SectionSpec("4.mission", 4, "5.1", "Missie", "Mission", narratives=("mission",),
                expects=(text("mission"),)),
    SectionSpec("4.activities", 4, "5.2", "Activiteiten en probleemeigenaars",
                "Activities and problem owners",
                tables=(T("action", ACTION_PLAN_COLUMNS, details=()),),
                expects=(filled("action", "category", "owner_id", "end_date", "deliverable"),)),
    SectionSpec("4.kpis", 4, "5.3", "Mijlpalen en KPI's", "Milestones and KPIs",
                tables=(T("kpi"), T("kpi_target")),
                expects=(rows("kpi", 5), clean("kpi", "K1"),
                         filled("kpi", "objective_id", "unit", "baseline_value", "target_value",
                                "target_date"),
                         filled("kpi", "scope"), clean("kpi", "F2"))),
    SectionSpec("4.resources", 4, "5.4", "Middelen", "Resources",
                tables=(T("resource"),),
                expects=(rows("resource", 3), filled("resource", "amount_eur", "source", "year"))),
    SectionSpec("4.stakeholders", 4, "5.5", "Stakeholders en betrokkenheid",
                "Stakeholders and engagement",
                tables=(T("stakeholder"),),
                expects=(rows("stakeholder", 4), filled("stakeholder", "influence", "interest", "engagement"))),
    SectionSpec("4.planning", 4, "5.6", "Planning en taakverdeling", "Planning and task division",
                narratives=("planning",),
                tables=(T("action", ("code", "title", "owner_id", "start_date", "end_date", "status"),
                          details=()),),
                expects=(text("planning"), filled("action", "owner_id", "start_date", "end_date"))),
    SectionSpec("4.governance", 4, "5.7", "Governance", "Governance",
                tables=(T("governance_body"),),
                expects=(rows("governance_body", 2), filled("governance_body", "role", "rhythm"))),
    SectionSpec("4.risks", 4, "5.8", "Risicoanalyse", "Risk analysis",
                tables=(T("risk", ("title", "origin", "likelihood", "impact", "owner_id", "status")),),
                expects=(rows("risk", 5), clean("risk", "RK1"))),
    SectionSpec("4.communication", 4, "5.9", "Communicatie en mobilisatie",
                "Communication and mobilisation",
                tables=(T("communication_item"),),
                expects=(rows("communication_item", 3), filled("communication_item", "channel", "timing"))),
    SectionSpec("4.commitments", 4, "5.10", "Engagementen van partners", "Partner commitments",
                tables=(T("commitment", ("partner_id", "kind", "description", "status", "amount_eur", "fte",
                                         "programme_id", "action_id", "project_id", "date",
                                         "announced_date", "signed_date", "valid_until")),),
                expects=(rows("commitment", 3), clean("commitment", "G2"), clean("programme", "F1"))),
    SectionSpec("4.portfolio", 4, "5.10", "Projectportefeuille", "Project portfolio",
                tables=(T("project", ("code", "title", "kind", "status", "programme_id", "lead_partner_id",
                                      "funder", "start_date", "end_date", "trl_start", "trl_end",
                                      "public_eur", "private_eur")),
                        T("project_partner"), T("project_action")),
                expects=(rows("project", 3), filled("project", "kind", "programme_id", "public_eur",
                                                    "private_eur"),
                         rows("project_partner", 3), clean("project", "F5"))),
    SectionSpec("4.leverage", 4, "5.10", "Hefboom en cofinanciering", "Leverage and co-financing",
                fields=("leverage_target",), narratives=("leverage_note",),
                expects=(value("leverage_target"), text("leverage_note"), clean("project", "F4"))),
    # -- step 5: execution and monitoring -> chapter 5.11 ---------------------------------
    SectionSpec("5.monitoring", 5, "5.11", "Opvolging en KPI-metingen",
                "Monitoring and KPI measurements",
                narratives=("monitoring",), tables=(T("kpi_measurement"),),
                expects=(text("monitoring"), rows("kpi_measurement", 3))),
    SectionSpec("5.status", 5, "5.11", "Status van de acties", "Action status",
                tables=(T("action", ("code", "title", "owner_id", "start_date", "end_date", "status"),
                          details=()),),
                expects=(filled("action", "status"), clean("action", "S1"))),
    SectionSpec("5.status_history", 5, "5.11", "Statusgeschiedenis", "Status history",
                tables=(T("action_status_event", ("action_id", "date", "previous_status", "status",
                                                  "note"),
                          readonly=("action_id", "date", "previous_status", "status"),
                          addable=False),)),
    SectionSpec("5.quality", 5, "5.11", "Zelfevaluatie kwaliteitscriteria",
                "Quality criteria self-assessment",
                tables=(T("quality_assessment", unique_choice="criterion"),),
                expects=(rows("quality_assessment", 4), clean("quality_assessment", "Q1"))),
    SectionSpec("5.process", 5, "5.12", "Procesresultaten en werkdocumenten",
                "Process results and working documents",
                tables=(T("process_result"), T("workshop"), T("dot_vote")),
                expects=(rows("process_result", 3), rows("workshop", 2),
                         filled("process_result", "kind", "date"))),
    SectionSpec("5.revisions", 5, "5.11", "Revisies (momentopnames)", "Revisions (snapshots)",
                tables=(T("snapshot", ("name", "kind", "created_at"), readonly=("kind", "created_at"),
                          addable=False),)),
)


def _item(nl: str, en: str, *expects: Expect) -> ChecklistItem:
    return ChecklistItem(nl, en, expects)


_STEPS = (
    (0, "Voorbereiding", "Preparation", "Hoofdstuk 1 — Inleiding", "Chapter 1 — Introduction", (
        _item("De sleutelspelers steunen de roadmap en de aanleiding is beschreven",
              "Key players back the roadmap and the motivation is written down", text("coalition")),
        _item("Partners zijn ingedeeld in ringen van betrokkenheid",
              "Partners are placed in rings of involvement", rows("partner", 5), filled("partner", "ring")),
        _item("Er is een projectteam met rollen", "A project team with roles exists",
              rows("team_member", 3), filled("team_member", "role")),
        _item("De go/no-go-beslissing is genomen en gemotiveerd",
              "The go/no-go decision is taken and explained",
              value("decision", "decision_date"), text("decision_rationale")),
        _item("De projectaanvraag is voorbereid of ingediend",
              "The project application is prepared or submitted", value("application_status")),
        _item("Bestaande roadmaps zijn geïnventariseerd en er is tegenexpertise gezocht",
              "Existing roadmaps are inventoried and counter-expertise is sought",
              rows("reference_roadmap", 2), text("counter_expertise")),
    )),
    (1, "Toekomstbeelden en doelstellingen", "Future visions and objectives",
     "Hoofdstuk 2 — §2.1 tot 2.4", "Chapter 2 — §2.1 to 2.4", (
        _item("Maatschappelijke uitdagingen en toekomstbeelden in kaart gebracht",
              "Societal challenges and future visions mapped", rows("challenge", 2), rows("vision", 3)),
        _item("Minstens twee toekomstbeelden per uitdaging, zodat er te kiezen valt",
              "At least two visions per challenge, so there is a choice", clean("challenge", "V2")),
        _item("Waardecreërende kansen per toekomstbeeld beschreven",
              "Value-creating opportunities described per vision", rows("opportunity", 2)),
        _item("Selectie gemaakt met expliciete criteria", "Selection made with explicit criteria",
              rows("selection_criterion", 3), text("selection_rationale"), clean("vision", "V0")),
        _item("Minstens twee meetbare doelstellingen per gekozen toekomstbeeld",
              "At least two measurable objectives per selected vision",
              rows("objective", 2), clean("objective", "V1"), clean("objective", "O1")),
    )),
    (2, "Huidige situatie", "Current situation", "Hoofdstuk 3 — §3.1 en 3.2",
     "Chapter 3 — §3.1 and 3.2", (
        _item("Nulmeting met indicatoren, eenheden, jaren en bronnen",
              "Baseline with indicators, units, years and sources",
              rows("indicator", 6), filled("indicator", "value", "unit", "year", "source")),
        _item("Alle acht domeinen kwalitatief beoordeeld", "All eight areas assessed qualitatively",
              rows("area_assessment", 8)),
        _item("SWOT met sterktes, zwaktes, kansen en bedreigingen",
              "SWOT with strengths, weaknesses, opportunities and threats", clean("swot_item", "SW1")),
        _item("Synthese van de huidige situatie geschreven", "Synthesis of the current situation written",
              text("current_situation")),
    )),
    (3, "Paden", "Paths", "Hoofdstuk 4 — §4.1 tot 4.3", "Chapter 4 — §4.1 to 4.3", (
        _item("Waardeketens dragen aantoonbaar bij aan doelstellingen",
              "Value chains demonstrably contribute to objectives",
              rows("value_chain", 1), clean("value_chain", "R1")),
        _item("Scenario's verkend en een voorkeursscenario gekozen",
              "Scenarios explored and a preferred one chosen", rows("scenario", 2), clean("scenario", "SC1")),
        _item("Strategische programma's met inhoudelijke en faciliterende modules",
              "Strategic programmes with content and enabling modules", rows("programme", 3)),
        _item("Acties met trekker, timing, TRL en afhankelijkheden",
              "Actions with owner, timing, TRL and dependencies",
              rows("action", 10), clean("action", "R2"), clean("action", "R2D"), rows("dependency", 3)),
        _item("Interventiepunten voor de overheid benoemd", "Government intervention points named",
              rows("intervention_point", 2)),
        _item("De paden sluiten aan bij Europese en S3-roadmaps en prioriteiten",
              "The paths connect to European and S3 roadmaps and priorities",
              rows("reference_link", 1), clean("reference_link", "I1"), rows("priority_tag", 1)),
    )),
    (4, "Strategisch actieplan", "Strategic action plan", "Hoofdstuk 5", "Chapter 5", (
        _item("Missie geformuleerd", "Mission formulated", text("mission")),
        _item("Elke activiteit heeft een probleemeigenaar en een deadline",
              "Every activity has a problem owner and a deadline", filled("action", "owner_id", "end_date")),
        _item("Elke doelstelling heeft KPI's met nulmeting en streefwaarde",
              "Every objective has KPIs with baseline and target",
              clean("kpi", "K1"), clean("kpi", "K2")),
        _item("Middelen (VTE, EUR, bron) begroot", "Resources (FTE, EUR, source) budgeted",
              rows("resource", 3)),
        _item("Governance en vergaderritme vastgelegd", "Governance and meeting rhythm agreed",
              rows("governance_body", 2)),
        _item("Risico's hebben een eigenaar en een beheersmaatregel",
              "Risks have an owner and a mitigation", rows("risk", 3), clean("risk", "RK1")),
        _item("Communicatie- en mobilisatieplan", "Communication and mobilisation plan",
              rows("communication_item", 3)),
        _item("Engagementen met budget en datum", "Commitments with budget and date",
              rows("commitment", 3), clean("commitment", "G2")),
        _item("Elk programma heeft een programmamanager en een aangekondigd of ondertekend engagement",
              "Every programme has a programme manager and an announced or signed commitment",
              clean("programme", "F1"), clean("programme", "F3")),
        _item("De projectportefeuille en de hefboom op publieke middelen zijn in beeld",
              "The project portfolio and the leverage on public money are known",
              rows("project", 3), value("leverage_target"), clean("project", "F4")),
    )),
    (5, "Uitvoering en opvolging", "Execution and monitoring", "Hoofdstuk 5 — §5.11",
     "Chapter 5 — §5.11", (
        _item("Opvolgingsplan beschreven", "Monitoring plan described", text("monitoring")),
        _item("KPI's worden gemeten tegenover nulmeting en streefwaarde",
              "KPIs are measured against baseline and target", rows("kpi_measurement", 3)),
        _item("De status van de acties is bijgewerkt", "Action status is kept up to date",
              filled("action", "status")),
        _item("Zelfevaluatie op de vier kwaliteitscriteria", "Self-assessment on the four quality criteria",
              rows("quality_assessment", 4), clean("quality_assessment", "Q1")),
        _item("Procesresultaten en workshops zijn vastgelegd", "Process results and workshops are recorded",
              rows("process_result", 3), rows("workshop", 2)),
    )),
)

STEPS: tuple[StepSpec, ...] = tuple(
    StepSpec(n, nl, en, cnl, cen, checklist, tuple(s for s in SECTIONS if s.step == n))
    for n, nl, en, cnl, cen, checklist in _STEPS)

BY_KEY: dict[str, SectionSpec] = {s.key: s for s in SECTIONS}


def section(key: str) -> SectionSpec:
    """The section called `key` (KeyError names the unknown key)."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown wizard section {key!r}") from None


def _build_homes() -> dict[tuple[str, str | None], str]:
    homes: dict[tuple[str, str | None], str] = {}
    for s in SECTIONS:
        for name in (*s.fields, *s.narratives):
            homes.setdefault(("roadmap", name), s.key)
        for t in s.tables:
            homes.setdefault((t.entity, None), s.key)
            for name in (*t.column_names(), *t.detail_names()):
                homes.setdefault((t.entity, name), s.key)
    return homes


_HOMES = _build_homes()


def home(entity: str, field_name: str | None = None) -> str:
    """The key of the section where `entity` (and its field) is edited first."""
    found = _HOMES.get((entity, field_name)) or _HOMES.get((entity, None))
    if found is None:
        raise KeyError(f"no wizard section edits {entity}.{field_name}")
    return found


