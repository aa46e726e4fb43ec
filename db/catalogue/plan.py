"""Step 3: value chains, scenarios, programmes, lanes, actions and their dependencies,
intervention points and positioning."""

from __future__ import annotations

from db.catalogue.fields import (
    CONTENT_CATEGORIES,
    ENABLING_CATEGORIES,
    LAYERS,
    LEVEL,
    PRIORITIES,
    REFERENCE_RELATIONS,
    STATUS,
    TERM,
    TRL,
    choice,
    colour,
    date,
    flag,
    integer,
    md,
    number,
    ref,
    text,
)
from db.model import Entity, choices

PLAN: tuple[Entity, ...] = (
    Entity("value_chain", "Waardeketens", "Value chains", 3, (
        text("code", "Code", "Code"),
        text("name", "Naam", "Name", required=True),
        md("description", "Beschrijving", "Description"),
        colour("colour", "Kleur", "Colour"),
    ), title_field="name"),
    Entity("value_chain_objective", "Bijdragen aan doelstellingen", "Contributions to objectives", 3, (
        ref("value_chain_id", "Waardeketen", "Value chain", "value_chain", cascade=True, required=True),
        ref("objective_id", "Doelstelling", "Objective", "objective", cascade=True, required=True),
        text("contribution", "Bijdrage", "Contribution"),
    ), title_field="contribution"),
    Entity("scenario", "Scenario's", "Scenarios", 3, (
        ref("value_chain_id", "Waardeketen", "Value chain", "value_chain", cascade=True),
        text("title", "Titel", "Title", required=True),
        md("description", "Beschrijving", "Description"),
        flag("preferred", "Voorkeursscenario", "Preferred scenario", default=False),
    )),
    Entity("programme", "Strategische programma's", "Strategic programmes", 3, (
        ref("value_chain_id", "Waardeketen", "Value chain", "value_chain", cascade=True),
        text("code", "Code", "Code"),
        text("name", "Naam", "Name", required=True),
        choice("module_type", "Soort module", "Module type", choices(
            ("content", "inhoudelijke module", "content module"),
            ("enabling", "faciliterende module", "enabling module"))),
        choice("category", "Categorie", "Category", choices(*CONTENT_CATEGORIES, *ENABLING_CATEGORIES)),
        md("description", "Beschrijving", "Description"),
        ref("manager_id", "Programmamanager", "Programme manager", "team_member"),
    ), title_field="name"),
    Entity("programme_scenario", "Programma's per scenario", "Programmes per scenario", 3, (
        ref("scenario_id", "Scenario", "Scenario", "scenario", cascade=True, required=True),
        ref("programme_id", "Programma", "Programme", "programme", cascade=True, required=True),
        text("note", "Opmerking", "Note"),
    ), title_field="note"),
    Entity("lane", "Lagen", "Lanes", 3, (
        ref("value_chain_id", "Waardeketen", "Value chain", "value_chain", cascade=True),
        text("name", "Naam", "Name", required=True),
        choice("layer", "Laag", "Layer", LAYERS),
        colour("colour", "Kleur", "Colour"),
    ), title_field="name"),
    Entity("action", "Acties en mijlpalen", "Actions and milestones", 3, (
        ref("value_chain_id", "Waardeketen", "Value chain", "value_chain", cascade=True),
        ref("lane_id", "Laag", "Lane", "lane"),
        ref("programme_id", "Programma", "Programme", "programme"),
        text("code", "Code", "Code"),
        text("title", "Titel", "Title", required=True),
        md("description", "Beschrijving", "Description"),
        choice("kind", "Soort", "Kind", choices(
            ("action", "actie", "action"), ("milestone", "mijlpaal", "milestone")), default="action"),
        choice("category", "Type actie", "Action type", choices(
            ("content", "inhoudelijke actie", "content action"),
            ("practical", "praktische actie", "practical action"))),
        date("start_date", "Start", "Start"),
        date("end_date", "Einde / deadline", "End / deadline"),
        ref("owner_id", "Trekker", "Owner", "partner"),
        integer("trl_start", "TRL bij start", "TRL at start", **TRL),
        integer("trl_end", "TRL op het einde", "TRL at end", **TRL),
        choice("status", "Status", "Status", STATUS, default="planned"),
        number("budget_eur", "Budget (EUR)", "Budget (EUR)", minimum=0),
        number("fte", "VTE", "FTE", minimum=0),
        text("deliverable", "Resultaat", "Deliverable"),
        ref("owner_member_id", "Probleemeigenaar (persoon)", "Problem owner (person)", "team_member"),
    )),
    Entity("action_partner", "Actiepartners", "Action partners", 3, (
        ref("action_id", "Actie", "Action", "action", cascade=True, required=True),
        ref("partner_id", "Partner", "Partner", "partner", cascade=True, required=True),
        text("role", "Rol", "Role"),
    ), title_field="role"),
    Entity("dependency", "Afhankelijkheden", "Dependencies", 3, (
        ref("from_action_id", "Van", "From", "action", cascade=True, required=True),
        ref("to_action_id", "Naar", "To", "action", cascade=True, required=True),
        choice("kind", "Soort", "Kind", choices(
            ("finish_start", "einde-begin", "finish-to-start"), ("start_start", "begin-begin", "start-to-start"),
            ("finish_finish", "einde-einde", "finish-to-finish")), default="finish_start"),
        text("note", "Opmerking", "Note"),
    ), title_field="note"),
    Entity("workshop_note", "Workshopnotities", "Workshop notes", 3, (
        ref("value_chain_id", "Waardeketen", "Value chain", "value_chain", cascade=True),
        ref("lane_id", "Laag", "Lane", "lane"),
        text("text", "Tekst", "Text", required=True),
        date("date", "Datum", "Date"),
        flag("parking_lot", "Parkeerplaats", "Parking lot", default=False),
        flag("resolved", "Afgehandeld", "Resolved", default=False),
    ), title_field="text"),
    Entity("intervention_point", "Overheidsinterventies", "Government intervention points", 3, (
        text("title", "Titel", "Title", required=True),
        ref("programme_id", "Programma", "Programme", "programme"),
        text("core_task", "Kerntaak", "Core task"),
        choice("term", "Termijn", "Term", TERM),
        choice("impact", "Impact", "Impact", LEVEL),
        text("existing_instrument", "Bestaand instrument", "Existing instrument"),
        flag("white_spot", "Witte vlek", "White spot", default=False),
        md("tailored_action", "Actie op maat", "Tailored action"),
    )),
    Entity("reference_link", "Samenhang met andere roadmaps", "Coherence with other roadmaps", 3, (
        ref("reference_roadmap_id", "Andere roadmap", "Other roadmap", "reference_roadmap", cascade=True,
            required=True),
        ref("value_chain_id", "Waardeketen", "Value chain", "value_chain", cascade=True),
        ref("programme_id", "Programma", "Programme", "programme", cascade=True),
        ref("action_id", "Actie", "Action", "action", cascade=True),
        choice("relation", "Verband", "Relation", REFERENCE_RELATIONS, default="contributes"),
        text("note", "Toelichting", "Note"),
    ), title_field="note"),
    Entity("priority_tag", "Positionering (S3, Vlaamse prioriteiten, KET)",
           "Positioning (S3, Flemish priorities, KET)", 3, (
        choice("priority", "Prioriteit", "Priority", PRIORITIES, required=True),
        ref("value_chain_id", "Waardeketen", "Value chain", "value_chain", cascade=True),
        ref("programme_id", "Programma", "Programme", "programme", cascade=True),
        text("note", "Toelichting", "Note"),
    ), title_field="priority"),
)
