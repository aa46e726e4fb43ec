"""The roadmap model of the NIB method: every entity of steps 0-5, in one place.

Changing this catalogue changes the schema: add a migration in `db/migrations.py` too
(a test compares both).
"""

from __future__ import annotations

from db.model import Entity, Field, Kind, choices


def _f(kind: Kind):
    def make(name: str, nl: str, en: str, **kw) -> Field:
        return Field(name, kind, nl, en, **kw)

    return make


text, md, integer, number, date, flag, colour = (
    _f(Kind.TEXT), _f(Kind.MARKDOWN), _f(Kind.INT), _f(Kind.FLOAT), _f(Kind.DATE),
    _f(Kind.BOOL), _f(Kind.COLOUR),
)


def choice(name: str, nl: str, en: str, options, **kw) -> Field:
    return Field(name, Kind.CHOICE, nl, en, choices=options, **kw)


def ref(name: str, nl: str, en: str, target: str, *, cascade: bool = False, **kw) -> Field:
    return Field(name, Kind.REF, nl, en, ref=target,
                 on_delete="cascade" if cascade else "null", **kw)


LEVEL = choices(("low", "laag", "low"), ("medium", "middel", "medium"), ("high", "hoog", "high"))
TERM = choices(("short", "korte termijn", "short term"), ("medium", "middellange termijn", "medium term"),
               ("long", "lange termijn", "long term"))
TRL = {"minimum": 1, "maximum": 9}

AREAS = choices(
    ("science", "wetenschappelijke prestaties", "scientific performance"),
    ("economy", "economische prestaties", "economic performance"),
    ("society", "maatschappelijke uitdagingen", "societal challenges"),
    ("innovation_system", "innovatiesysteem", "innovation system"),
    ("value_chain", "partijen, belangen en waardeketen", "parties, interests and value chain"),
    ("organised_capacity", "georganiseerd vermogen en samenwerking", "organised capacity and cooperation"),
    ("internationalisation", "internationalisering", "internationalisation"),
    ("government", "overheidsondersteuning en regelgeving", "government support and legislation"),
)

PARTNER_TYPES = choices(
    ("large_company", "grote onderneming", "large company"),
    ("sme", "kmo", "SME"),
    ("startup", "start-up", "start-up"),
    ("university", "universiteit", "university"),
    ("research_centre", "onderzoekscentrum", "research centre"),
    ("college", "hogeschool", "university college"),
    ("government", "overheid", "government"),
    ("cluster", "clusterorganisatie", "cluster organisation"),
    ("intermediary", "intermediair", "intermediary"),
    ("civil_society", "middenveld", "civil society"),
    ("end_user", "eindgebruiker", "end user"),
    ("investor", "investeerder", "investor"),
    ("other", "andere", "other"),
)

RINGS = choices(
    ("project_team", "projectteam", "project team"),
    ("back_office", "achterban (leden: input en mandaat)", "constituency (members: input and mandate)"),
    ("execution", "uitvoerende actor", "execution actor"),
)

LAYERS = choices(
    ("science", "wetenschap", "science"),
    ("technology", "technologie", "technology"),
    ("product", "product", "product"),
    ("market", "markt", "market"),
    ("enabling", "randvoorwaarden", "enabling conditions"),
    ("other", "andere", "other"),
)

CONTENT_CATEGORIES = (
    ("science_domain", "wetenschapsdomein", "science domain"),
    ("applied_research", "valorisatiegericht onderzoek", "valorisation and applied research"),
    ("product_type", "producttype", "product type"),
    ("technology_component", "technologiecomponent", "technology component"),
    ("prototype_demo", "prototype of demonstrator", "prototype or demonstrator"),
    ("value_proposition", "gezamenlijke waardepropositie", "joint value proposition"),
    ("new_market", "nieuwe markt", "new market"),
)
ENABLING_CATEGORIES = (
    ("ecosystem", "innovatie-ecosysteem", "innovation ecosystem"),
    ("knowledge_access", "toegang tot kennis", "access to knowledge"),
    ("capital", "kapitaal", "capital"),
    ("cooperation", "samenwerking", "cooperation"),
    ("chain_links", "schakels in de waardeketen", "value-chain links"),
    ("education", "onderwijs, competenties en arbeidsmarkt", "education, competences and labour market"),
    ("internationalisation", "internationalisering", "internationalisation"),
    ("locations", "fysieke locaties", "physical locations"),
    ("legislation", "regelgeving", "legislation"),
)

STATUS = choices(
    ("planned", "gepland", "planned"),
    ("committed", "toegezegd", "committed"),
    ("ongoing", "lopend", "ongoing"),
    ("done", "afgerond", "done"),
    ("delayed", "vertraagd", "delayed"),
    ("cancelled", "geannuleerd", "cancelled"),
)

KPI_CATEGORIES = choices(
    ("science_knowledge", "wetenschap en kennis", "science and knowledge"),
    ("technology_competences", "technologiecomponenten en competenties", "technology components and competences"),
    ("products_services", "producten en diensten", "products and services"),
    ("demand", "vraag", "demand"),
    ("societal", "maatschappelijke impact", "societal impact"),
    ("economic", "economische impact", "economic impact"),
)

FUNDING_SOURCES = choices(
    ("own", "eigen middelen", "own funds"),
    ("flemish", "Vlaamse overheid", "Flemish government"),
    ("federal", "federale overheid", "federal government"),
    ("eu", "Europese Unie", "European Union"),
    ("private", "privaat", "private"),
    ("other", "andere", "other"),
)

SCOPE_IN_OUT = choices(("internal", "intern", "internal"), ("external", "extern", "external"))

KPI_SCOPES = choices(
    ("programme_wide", "programmabreed (gemeenschappelijk voor alle clusters)",
     "programme-wide (shared by all clusters)"),
    ("cluster_specific", "clusterspecifiek", "cluster-specific"),
)

PROJECT_KINDS = choices(
    ("icon", "ICON", "ICON"),
    ("csbo", "cSBO", "cSBO"),
    ("coock", "COOCK", "COOCK"),
    ("horizon_europe", "Horizon Europe", "Horizon Europe"),
    ("regional", "regionaal (EFRO e.a.)", "regional (ERDF etc.)"),
    ("own", "eigen middelen", "own funds"),
    ("other", "andere", "other"),
)

PROJECT_STATUS = choices(
    ("idea", "idee", "idea"),
    ("preparing", "in voorbereiding", "in preparation"),
    ("submitted", "ingediend", "submitted"),
    ("approved", "goedgekeurd", "approved"),
    ("running", "lopend", "running"),
    ("finished", "afgerond", "finished"),
    ("rejected", "afgewezen", "rejected"),
    ("stopped", "stopgezet", "stopped"),
)

PROJECT_ROLES = choices(
    ("coordinator", "coördinator", "coordinator"),
    ("partner", "partner", "partner"),
    ("subcontractor", "onderaannemer", "subcontractor"),
    ("user_group", "gebruikersgroep", "user group"),
)

COMMITMENT_STATUS = choices(
    ("intended", "beoogd", "intended"),
    ("announced", "aangekondigd", "announced"),
    ("signed", "ondertekend", "signed"),
    ("expired", "verlopen", "expired"),
)

REFERENCE_KINDS = choices(
    ("eu_partnership", "Europees partnerschap (Horizon Europe)", "European partnership (Horizon Europe)"),
    ("eu_platform", "Europees technologie- of innovatieplatform", "European technology or innovation platform"),
    ("s3_platform", "S3-platform (slimme specialisatie)", "S3 platform (smart specialisation)"),
    ("national", "nationale of regionale roadmap", "national or regional roadmap"),
    ("cluster", "roadmap van een andere cluster", "another cluster's roadmap"),
    ("company", "roadmap van een bedrijf", "company roadmap"),
    ("research", "onderzoeksagenda van een kennisinstelling", "research agenda of a knowledge institution"),
    ("other", "andere", "other"),
)
REFERENCE_RELATIONS = choices(
    ("contributes", "draagt bij aan", "contributes to"),
    ("builds_on", "bouwt voort op", "builds on"),
    ("complements", "vult aan", "complements"),
    ("overlaps", "overlapt met", "overlaps with"),
)
#: Tags for positioning: European S3 domains, Flemish priority domains and the key enabling
#: technologies (KET). The prefix of the code says which list a tag belongs to.
PRIORITIES = choices(
    ("s3_agrifood", "S3: landbouw en voeding", "S3: agri-food"),
    ("s3_energy", "S3: energie", "S3: energy"),
    ("s3_industry", "S3: industriële modernisering", "S3: industrial modernisation"),
    ("s3_health", "S3: gezondheid en life sciences", "S3: health and life sciences"),
    ("s3_digital", "S3: digitale transformatie", "S3: digital transformation"),
    ("s3_circular", "S3: circulaire economie en materialen", "S3: circular economy and materials"),
    ("s3_mobility", "S3: mobiliteit en logistiek", "S3: mobility and logistics"),
    ("s3_blue", "S3: blauwe economie", "S3: blue economy"),
    ("s3_built", "S3: bouw en gebouwde omgeving", "S3: construction and the built environment"),
    ("s3_creative", "S3: creatieve en culturele sector", "S3: creative and cultural sector"),
    ("fl_chemistry", "Vlaanderen: duurzame chemie en kunststoffen", "Flanders: sustainable chemistry and plastics"),
    ("fl_materials", "Vlaanderen: nieuwe materialen", "Flanders: new materials"),
    ("fl_energy", "Vlaanderen: energie en klimaat", "Flanders: energy and climate"),
    ("fl_food", "Vlaanderen: voeding", "Flanders: food"),
    ("fl_logistics", "Vlaanderen: logistiek", "Flanders: logistics"),
    ("fl_health", "Vlaanderen: gezondheid en zorg", "Flanders: health and care"),
    ("fl_digital", "Vlaanderen: digitale technologie en AI", "Flanders: digital technology and AI"),
    ("fl_manufacturing", "Vlaanderen: maakindustrie", "Flanders: manufacturing"),
    ("fl_blue", "Vlaanderen: blauwe economie", "Flanders: blue economy"),
    ("fl_construction", "Vlaanderen: bouw en renovatie", "Flanders: construction and renovation"),
    ("ket_manufacturing", "KET: geavanceerde productietechnologie", "KET: advanced manufacturing"),
    ("ket_materials", "KET: geavanceerde materialen", "KET: advanced materials"),
    ("ket_nano", "KET: nanotechnologie", "KET: nanotechnology"),
    ("ket_electronics", "KET: micro- en nano-elektronica", "KET: micro- and nanoelectronics"),
    ("ket_photonics", "KET: fotonica", "KET: photonics"),
    ("ket_biotech", "KET: industriële biotechnologie", "KET: industrial biotechnology"),
    ("ket_life", "KET: life-sciencetechnologie", "KET: life-science technologies"),
    ("ket_ai", "KET: artificiële intelligentie", "KET: artificial intelligence"),
    ("ket_security", "KET: veiligheid en connectiviteit", "KET: security and connectivity"),
)
PARTNER_SIZES = choices(
    ("micro", "micro-onderneming (< 10)", "micro enterprise (< 10)"),
    ("small", "kleine onderneming (10–49)", "small enterprise (10–49)"),
    ("medium", "middelgrote onderneming (50–249)", "medium-sized enterprise (50–249)"),
    ("large", "grote onderneming (250+)", "large enterprise (250+)"),
    ("not_applicable", "niet van toepassing", "not applicable"),
)
PROCESS_RESULT_KINDS = choices(
    ("cluster_formation", "clustervorming", "cluster formation"),
    ("support", "draagvlak", "support"),
    ("partnership", "nieuwe publiek-private samenwerking", "new public-private partnership"),
    ("joined", "partij sloot aan", "party joined"),
    ("left", "partij haakte af", "party left"),
    ("decision", "beslissing", "decision"),
    ("insight", "gedeeld inzicht", "shared insight"),
    ("other", "ander", "other"),
)
STEPS = {"minimum": 0, "maximum": 5}
ENTITIES: tuple[Entity, ...] = (
    Entity("roadmap", "Roadmap", "Roadmap", 0, (
        text("title", "Titel", "Title", required=True),
        text("subtitle", "Ondertitel", "Subtitle"),
        text("cluster_name", "Cluster", "Cluster"),
        choice("language", "Taal", "Language", choices(("nl", "Nederlands", "Dutch"), ("en", "Engels", "English")),
               default="nl"),
        date("horizon_start", "Begin van de horizon", "Horizon start"),
        date("horizon_end", "Einde van de horizon", "Horizon end"),
        text("version_label", "Versie", "Version"),
        md("introduction", "Inleiding", "Introduction"),
        md("coalition", "Coalitie en aanleiding", "Coalition and motivation"),
        choice("decision", "Go/no-go-beslissing", "Go/no-go decision", choices(
            ("pending", "nog te nemen", "pending"), ("go", "go", "go"), ("no_go", "no-go", "no-go"))),
        date("decision_date", "Datum beslissing", "Decision date"),
        md("decision_rationale", "Motivering beslissing", "Decision rationale"),
        choice("application_status", "Projectaanvraag", "Project application", choices(
            ("none", "niet gestart", "not started"), ("draft", "in voorbereiding", "in preparation"),
            ("submitted", "ingediend", "submitted"), ("approved", "goedgekeurd", "approved"),
            ("rejected", "afgewezen", "rejected"))),
        md("application_notes", "Toelichting projectaanvraag", "Application notes"),
        md("selection_rationale", "Motivering selectie", "Selection rationale"),
        md("current_situation", "Samenvatting huidige situatie", "Current situation summary"),
        md("paths_intro", "Inleiding paden", "Paths introduction"),
        md("mission", "Missie", "Mission"),
        md("planning", "Planning en taakverdeling", "Planning and task division"),
        md("monitoring", "Uitvoering en opvolging", "Execution and monitoring"),
        number("leverage_target", "Beoogde hefboom (privaat ÷ publiek)", "Leverage target (private ÷ public)",
               minimum=0),
        md("leverage_note", "Toelichting hefboom", "Leverage explained"),
        md("counter_expertise", "Tegenexpertise", "Counter-expertise"),
        md("coherence_note", "Samenhang met andere roadmaps", "Coherence with other roadmaps"),
    ), singleton=True),
    Entity("partner", "Partners", "Partners", 0, (
        text("name", "Naam", "Name", required=True),
        text("short_name", "Korte naam", "Short name"),
        choice("type", "Type", "Type", PARTNER_TYPES),
        choice("ring", "Betrokkenheidsring", "Ring of involvement", RINGS),
        text("role", "Rol", "Role"),
        text("contact", "Contactpersoon", "Contact person"),
        text("email", "E-mail", "E-mail"),
        colour("colour", "Kleur", "Colour"),
        md("description", "Beschrijving", "Description"),
        text("country", "Land", "Country"),
        text("region", "Regio", "Region"),
        text("sector", "Sector", "Sector"),
        choice("size", "Grootte", "Size", PARTNER_SIZES),
    ), title_field="name"),
    Entity("team_member", "Projectteam", "Project team", 0, (
        text("name", "Naam", "Name", required=True),
        text("role", "Rol", "Role"),
        ref("partner_id", "Organisatie", "Organisation", "partner"),
        text("email", "E-mail", "E-mail"),
        text("responsibility", "Verantwoordelijkheid", "Responsibility"),
    ), title_field="name"),
    Entity("reference_roadmap", "Andere roadmaps", "Other roadmaps", 0, (
        text("title", "Titel", "Title", required=True),
        choice("kind", "Soort", "Kind", REFERENCE_KINDS),
        text("owner", "Eigenaar", "Owner"),
        integer("year", "Jaar", "Year", minimum=1900, maximum=2200),
        text("url", "Link", "Link"),
        md("description", "Waarover en waarom relevant", "What it covers and why it matters"),
        flag("part_b_lane", "Mijlpalen tonen als baan in deel B", "Show milestones as a lane in Part B",
             default=False),
    )),
    Entity("reference_milestone", "Mijlpalen van andere roadmaps", "Milestones of other roadmaps", 0, (
        ref("reference_roadmap_id", "Roadmap", "Roadmap", "reference_roadmap", cascade=True, required=True),
        text("title", "Mijlpaal", "Milestone", required=True),
        date("date", "Datum", "Date"),
        text("note", "Opmerking", "Note"),
    )),
    Entity("challenge", "Maatschappelijke uitdagingen", "Societal challenges", 1, (
        text("code", "Code", "Code"),
        text("title", "Titel", "Title", required=True),
        md("description", "Beschrijving", "Description"),
    )),
    Entity("vision", "Toekomstbeelden", "Future visions", 1, (
        ref("challenge_id", "Uitdaging", "Challenge", "challenge", cascade=True, required=True),
        text("code", "Code", "Code"),
        text("title", "Titel", "Title", required=True),
        md("narrative", "Verhaal", "Narrative"),
        flag("selected", "Geselecteerd", "Selected", default=False),
    )),
    Entity("opportunity", "Waardecreërende kansen", "Value-creating opportunities", 1, (
        ref("vision_id", "Toekomstbeeld", "Future vision", "vision"),
        text("title", "Titel", "Title", required=True),
        md("description", "Beschrijving", "Description"),
        text("market", "Markt", "Market"),
        text("growth", "Groei", "Growth"),
        text("potential", "Potentieel", "Potential"),
    )),
    Entity("selection_criterion", "Selectiecriteria", "Selection criteria", 1, (
        text("name", "Naam", "Name", required=True),
        md("description", "Beschrijving", "Description"),
        number("weight", "Gewicht", "Weight", minimum=0, maximum=100),
    ), title_field="name"),
    Entity("criterion_score", "Selectiescores", "Selection scores", 1, (
        ref("criterion_id", "Criterium", "Criterion", "selection_criterion", cascade=True, required=True),
        ref("vision_id", "Toekomstbeeld", "Future vision", "vision", cascade=True, required=True),
        integer("score", "Score", "Score", minimum=0, maximum=5),
        text("note", "Toelichting", "Note"),
    ), title_field="note"),
    Entity("objective", "Doelstellingen", "Objectives", 1, (
        ref("vision_id", "Toekomstbeeld", "Future vision", "vision", cascade=True, required=True),
        text("code", "Code", "Code"),
        text("title", "Titel", "Title", required=True),
        text("indicator", "Wat wordt gemeten", "What is measured"),
        choice("direction", "Richting", "Direction", choices(
            ("increase", "stijgen", "increase"), ("decrease", "dalen", "decrease"), ("maintain", "behouden", "maintain"))),
        number("baseline_value", "Nulmeting", "Baseline"),
        integer("baseline_year", "Jaar nulmeting", "Baseline year", minimum=1900, maximum=2200),
        number("target_value", "Streefwaarde", "Target"),
        text("unit", "Eenheid", "Unit"),
        integer("target_year", "Streefjaar", "Target year", minimum=1900, maximum=2200),
        choice("dimension", "Dimensie", "Dimension", choices(
            ("economic", "economisch", "economic"), ("societal", "maatschappelijk", "societal"),
            ("both", "beide", "both"))),
    )),
    Entity("indicator", "Indicatoren (nulmeting)", "Indicators (baseline)", 2, (
        text("name", "Naam", "Name", required=True),
        choice("area", "Domein", "Area", AREAS),
        number("value", "Waarde", "Value"),
        text("unit", "Eenheid", "Unit"),
        integer("year", "Jaar", "Year", minimum=1900, maximum=2200),
        choice("source", "Bron", "Source", choices(
            ("ecoom", "ECOOM", "ECOOM"), ("statbel", "Statbel", "Statbel"), ("oecd", "OESO", "OECD"),
            ("eurostat", "Eurostat", "Eurostat"), ("survey", "eigen bevraging", "own survey"),
            ("other", "andere", "other"))),
        text("source_detail", "Bronvermelding", "Source detail"),
        number("benchmark_value", "Internationale benchmark", "International benchmark"),
        text("benchmark_label", "Benchmark t.o.v.", "Benchmark against"),
        text("note", "Opmerking", "Note"),
        flag("quality_current", "Actueel", "Current"),
        flag("quality_reliable", "Betrouwbaar", "Reliable"),
        flag("quality_complete", "Volledig", "Complete"),
        flag("quality_longitudinal", "Vergelijkbaar over de jaren", "Longitudinal"),
        text("quality_note", "Opmerking datakwaliteit", "Data-quality note"),
    ), title_field="name"),
    Entity("indicator_value", "Tijdreeksen van indicatoren", "Indicator time series", 2, (
        ref("indicator_id", "Indicator", "Indicator", "indicator", cascade=True, required=True),
        integer("year", "Jaar", "Year", minimum=1900, maximum=2200, required=True),
        number("value", "Waarde", "Value", required=True),
        text("note", "Opmerking", "Note"),
    ), title_field="year"),
    Entity("area_assessment", "Kwalitatieve analyse", "Qualitative assessment", 2, (
        choice("area", "Domein", "Area", AREAS, required=True),
        integer("rating", "Beoordeling (1-5)", "Rating (1-5)", minimum=1, maximum=5),
        md("assessment", "Analyse", "Assessment"),
    ), title_field="area"),
    Entity("swot_item", "SWOT", "SWOT", 2, (
        choice("kind", "Soort", "Kind", choices(
            ("strength", "sterkte", "strength"), ("weakness", "zwakte", "weakness"),
            ("opportunity", "kans", "opportunity"), ("threat", "bedreiging", "threat")), required=True),
        text("text", "Tekst", "Text", required=True),
        choice("area", "Domein", "Area", AREAS),
    ), title_field="text"),
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
    Entity("kpi", "KPI's", "KPIs", 4, (
        ref("objective_id", "Doelstelling", "Objective", "objective"),
        text("name", "Naam", "Name", required=True),
        choice("category", "Categorie", "Category", KPI_CATEGORIES),
        text("unit", "Eenheid", "Unit"),
        number("baseline_value", "Nulmeting", "Baseline"),
        integer("baseline_year", "Jaar nulmeting", "Baseline year", minimum=1900, maximum=2200),
        number("target_value", "Streefwaarde", "Target"),
        date("target_date", "Streefdatum", "Target date"),
        ref("owner_id", "Verantwoordelijke", "Owner", "partner"),
        text("source", "Bron", "Source"),
        choice("frequency", "Meetfrequentie", "Frequency", choices(
            ("monthly", "maandelijks", "monthly"), ("quarterly", "per kwartaal", "quarterly"),
            ("yearly", "jaarlijks", "yearly"))),
        md("definition", "Definitie", "Definition"),
        choice("scope", "Reikwijdte", "Scope", KPI_SCOPES),
        ref("indicator_id", "Nulmetingsindicator", "Baseline indicator", "indicator"),
    ), title_field="name"),
    Entity("kpi_target", "KPI-streefwaarden per jaar", "KPI targets per year", 4, (
        ref("kpi_id", "KPI", "KPI", "kpi", cascade=True, required=True),
        integer("year", "Jaar", "Year", minimum=1900, maximum=2200, required=True),
        number("value", "Streefwaarde", "Target", required=True),
        text("note", "Opmerking", "Note"),
    ), title_field="year"),
    Entity("kpi_measurement", "KPI-metingen", "KPI measurements", 5, (
        ref("kpi_id", "KPI", "KPI", "kpi", cascade=True, required=True),
        date("date", "Datum", "Date", required=True),
        number("value", "Waarde", "Value", required=True),
        text("note", "Opmerking", "Note"),
        integer("year", "Rapportagejaar", "Reporting year", minimum=1900, maximum=2200),
    ), title_field="date"),
    Entity("action_status_event", "Statusgeschiedenis van acties", "Action status history", 5, (
        ref("action_id", "Actie", "Action", "action", cascade=True, required=True),
        date("date", "Datum", "Date", required=True),
        choice("status", "Status", "Status", STATUS, required=True),
        choice("previous_status", "Vorige status", "Previous status", STATUS),
        text("note", "Opmerking", "Note"),
    ), title_field="date"),
    Entity("resource", "Middelen", "Resources", 4, (
        text("description", "Omschrijving", "Description", required=True),
        ref("programme_id", "Programma", "Programme", "programme"),
        ref("partner_id", "Partner", "Partner", "partner"),
        integer("year", "Jaar", "Year", minimum=1900, maximum=2200),
        number("fte", "VTE", "FTE", minimum=0),
        number("amount_eur", "Bedrag (EUR)", "Amount (EUR)", minimum=0),
        choice("source", "Financieringsbron", "Funding source", FUNDING_SOURCES),
        text("instrument", "Instrument", "Instrument"),
        flag("secured", "Verzekerd", "Secured", default=False),
        text("competences", "Competenties", "Competences"),
    ), title_field="description"),
    Entity("stakeholder", "Stakeholders", "Stakeholders", 4, (
        text("name", "Naam", "Name", required=True),
        ref("partner_id", "Partner", "Partner", "partner"),
        text("group", "Groep", "Group"),
        choice("influence", "Invloed", "Influence", LEVEL),
        choice("interest", "Belang", "Interest", LEVEL),
        md("engagement", "Betrokkenheidsaanpak", "Engagement approach"),
    ), title_field="name"),
    Entity("project", "Projectportefeuille", "Project portfolio", 4, (
        text("code", "Code", "Code"),
        text("title", "Titel", "Title", required=True),
        choice("kind", "Soort project", "Project kind", PROJECT_KINDS),
        choice("status", "Status", "Status", PROJECT_STATUS, default="idea"),
        ref("programme_id", "Programma", "Programme", "programme"),
        ref("lead_partner_id", "Penvoerder", "Lead partner", "partner"),
        text("funder", "Financier en oproep", "Funder and call"),
        date("start_date", "Start", "Start"),
        date("end_date", "Einde", "End"),
        integer("trl_start", "TRL bij start", "TRL at start", **TRL),
        integer("trl_end", "TRL op het einde", "TRL at end", **TRL),
        number("public_eur", "Publieke middelen (EUR)", "Public funding (EUR)", minimum=0),
        number("private_eur", "Private middelen (EUR)", "Private funding (EUR)", minimum=0),
        md("description", "Beschrijving", "Description"),
    )),
    Entity("project_partner", "Projectpartners", "Project partners", 4, (
        ref("project_id", "Project", "Project", "project", cascade=True, required=True),
        ref("partner_id", "Partner", "Partner", "partner", cascade=True, required=True),
        choice("role", "Rol", "Role", PROJECT_ROLES, default="partner"),
        number("public_eur", "Publiek deel (EUR)", "Public share (EUR)", minimum=0),
        number("private_eur", "Privaat deel (EUR)", "Private share (EUR)", minimum=0),
    ), title_field="role"),
    Entity("project_action", "Projecten bij acties", "Projects per action", 4, (
        ref("project_id", "Project", "Project", "project", cascade=True, required=True),
        ref("action_id", "Actie", "Action", "action", cascade=True, required=True),
        text("note", "Opmerking", "Note"),
    ), title_field="note"),
    Entity("commitment", "Engagementen", "Commitments", 4, (
        ref("partner_id", "Partner", "Partner", "partner", cascade=True, required=True),
        choice("kind", "Soort", "Kind", choices(
            ("loi", "intentieverklaring (LoI)", "letter of intent (LoI)"),
            ("mou", "memorandum of understanding", "memorandum of understanding"),
            ("covenant", "convenant", "covenant"), ("contract", "contract", "contract"),
            ("other", "andere", "other")), required=True),
        text("description", "Omschrijving", "Description"),
        number("amount_eur", "Bedrag (EUR)", "Amount (EUR)", minimum=0),
        number("fte", "VTE", "FTE", minimum=0),
        date("date", "Datum", "Date"),
        choice("status", "Status", "Status", COMMITMENT_STATUS),
        ref("programme_id", "Programma", "Programme", "programme"),
        ref("action_id", "Actie", "Action", "action"),
        ref("project_id", "Project", "Project", "project"),
        md("conditions", "Voorwaarden", "Conditions"),
        date("announced_date", "Aangekondigd op", "Announced on"),
        date("signed_date", "Ondertekend op", "Signed on"),
        date("valid_until", "Geldig tot", "Valid until"),
    ), title_field="description"),
    Entity("governance_body", "Governance", "Governance", 4, (
        text("name", "Naam", "Name", required=True),
        md("role", "Rol en bevoegdheden", "Role and mandate"),
        text("members", "Samenstelling", "Members"),
        text("chair", "Voorzitter", "Chair"),
        text("rhythm", "Vergaderritme", "Meeting rhythm"),
    ), title_field="name"),
    Entity("risk", "Risico's", "Risks", 4, (
        text("title", "Risico", "Risk", required=True),
        md("description", "Beschrijving", "Description"),
        choice("likelihood", "Kans", "Likelihood", LEVEL),
        choice("impact", "Impact", "Impact", LEVEL),
        ref("owner_id", "Eigenaar", "Owner", "partner"),
        md("mitigation", "Beheersmaatregel", "Mitigation"),
        choice("status", "Status", "Status", choices(
            ("open", "open", "open"), ("mitigated", "beheerst", "mitigated"), ("closed", "afgesloten", "closed")),
            default="open"),
        choice("origin", "Intern of extern", "Internal or external", SCOPE_IN_OUT),
    )),
    Entity("communication_item", "Communicatie en mobilisatie", "Communication and mobilisation", 4, (
        text("audience", "Doelgroep", "Audience", required=True),
        text("message", "Boodschap", "Message"),
        text("channel", "Kanaal", "Channel"),
        text("timing", "Timing", "Timing"),
        ref("owner_id", "Verantwoordelijke", "Owner", "partner"),
        text("goal", "Doel", "Goal"),
        md("approach", "Aanpak", "Approach"),
        choice("scope", "Intern of extern", "Internal or external", SCOPE_IN_OUT),
    ), title_field="audience"),
    Entity("quality_assessment", "Zelfevaluatie kwaliteitscriteria", "Quality criteria self-assessment", 5, (
        choice("criterion", "Criterium", "Criterion", choices(
            ("impact", "economische en maatschappelijke impact", "economic and societal impact"),
            ("international", "internationaal profiel en slimme specialisatie",
             "international profile and smart specialisation"),
            ("commitment", "draagvlak en financieel engagement van partners",
             "support and financial commitment of partners"),
            ("integral", "integrale, sectoroverschrijdende aanpak en competentiebeleid",
             "integral, cross-sector approach and competence policy")), required=True),
        integer("score", "Score (1-5)", "Score (1-5)", minimum=1, maximum=5),
        md("evidence", "Onderbouwing", "Evidence"),
    ), title_field="criterion"),
    Entity("workshop", "Workshops en overleg", "Workshops and meetings", 5, (
        text("title", "Titel", "Title", required=True),
        integer("step", "Stap", "Step", **STEPS),
        date("date", "Datum", "Date"),
        text("place", "Plaats", "Place"),
        md("participants", "Deelnemers", "Participants"),
        md("agenda", "Agenda", "Agenda"),
        md("decisions", "Beslissingen en afspraken", "Decisions and agreements"),
    )),
    Entity("process_result", "Procesresultaten", "Process results", 5, (
        integer("step", "Stap", "Step", **STEPS),
        choice("kind", "Soort", "Kind", PROCESS_RESULT_KINDS),
        text("title", "Resultaat", "Result", required=True),
        date("date", "Datum", "Date"),
        text("parties", "Betrokken partijen", "Parties involved"),
        ref("workshop_id", "Workshop", "Workshop", "workshop"),
        md("evidence", "Bewijs", "Evidence"),
    )),
    Entity("dot_vote", "Stemmen met stickers", "Dot votes", 5, (
        ref("workshop_id", "Workshop", "Workshop", "workshop", cascade=True),
        text("participant", "Deelnemer", "Participant"),
        ref("vision_id", "Toekomstbeeld", "Future vision", "vision", cascade=True),
        ref("opportunity_id", "Kans", "Opportunity", "opportunity", cascade=True),
        ref("programme_id", "Programma", "Programme", "programme", cascade=True),
        integer("points", "Stippen", "Dots", minimum=1, maximum=20, default=1),
    ), title_field="participant"),
    Entity("snapshot", "Momentopnames", "Snapshots", 5, (
        text("name", "Naam", "Name", required=True),
        text("created_at", "Gemaakt op", "Created at"),
        choice("kind", "Soort", "Kind", choices(
            ("auto", "automatisch", "automatic"), ("named", "benoemde revisie", "named revision")), default="named"),
        md("note", "Opmerking", "Note"),
        Field("content", Kind.DOCUMENT, "Inhoud (roadmap-JSON)", "Content (roadmap JSON)"),
    ), title_field="name"),
)

BY_NAME: dict[str, Entity] = {e.name: e for e in ENTITIES}


def entity(name: str) -> Entity:
    """Return the entity called `name` (KeyError names the unknown entity)."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown entity {name!r}") from None


def referencing(target: str) -> list[tuple[Entity, Field]]:
    """All (entity, field) pairs whose REF field points at `target`."""
    return [(e, f) for e in ENTITIES for f in e.refs() if f.ref == target]
