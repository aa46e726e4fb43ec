"""The building blocks of the catalogue: field makers (`text`, `md`, `choice`, `ref`, ...)
and the choice lists and ranges the entities share."""

from __future__ import annotations

from db.model import Field, Kind, choices


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
