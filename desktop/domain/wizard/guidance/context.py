"""Guidance for the wizard sections of steps 0-2 (preparation, future visions and objectives, the current situation)."""

from __future__ import annotations

from desktop.domain.wizard.guidance.model import G, Guidance

CONTEXT: dict[str, Guidance] = {
    "0.roadmap": G(
        "Geef de roadmap een herkenbare titel, noem de cluster en leg de tijdshorizon vast (meestal "
        "drie tot tien jaar). De inleiding vertelt in een halve pagina waarom deze roadmap er komt en "
        "voor wie hij geschreven is.",
        "Give the roadmap a recognisable title, name the cluster and fix the time horizon (usually "
        "three to ten years). The introduction explains in half a page why this roadmap exists and "
        "who it is written for.",
        "„Roadmap Circulair Bouwen 2026–2034: hoe Vlaamse bouwbedrijven, recyclers en "
        "kennisinstellingen samen de eerste volledig demonteerbare woonwijk realiseren.”",
        "\"Circular Construction Roadmap 2026–2034: how Flemish builders, recyclers and research "
        "institutes jointly deliver the first fully demountable housing district.\""),
    "0.coalition": G(
        "Beschrijf wie het initiatief nam, welke aanleiding er was en waarom samenwerken nodig is. "
        "Maak duidelijk dat de belangrijkste spelers meedoen en zich ook aan de uitvoering binden.",
        "Describe who took the initiative, what triggered it and why working together is needed. "
        "Make clear that the main players take part and also commit to carrying it out.",
        "Drie aannemers en twee recyclers merkten dat elk apart met hergebruik experimenteerde; "
        "samen met een universiteit en de federatie richtten ze een kerngroep op.",
        "Three contractors and two recyclers noticed that each was experimenting with reuse on its "
        "own; together with a university and the federation they set up a core group."),
    "0.partners": G(
        "Lijst alle betrokken organisaties op met hun type en hun ring van betrokkenheid: het "
        "projectteam, de achterban van leden die input geeft en het team een mandaat geeft, en de "
        "actoren die acties uitvoeren. Noteer ook land, regio, sector en grootte. Een goede "
        "roadmap heeft bedrijven (ook kmo's), kennisinstellingen en overheid aan boord.",
        "List every organisation involved with its type and its ring of involvement: the project "
        "team, the members' constituency that gives input and a mandate to the team, and the actors "
        "who carry out actions. Note country, region, sector and size as well. A good roadmap has "
        "companies (including SMEs), knowledge institutions and government on board.",
        "BouwCo (grote onderneming, projectteam), Recyclo (kmo, uitvoerende actor), "
        "KU Leuven (universiteit, projectteam), OVAM (overheid, achterban).",
        "BouwCo (large company, project team), Recyclo (SME, execution actor), KU Leuven "
        "(university, project team), OVAM (government, constituency)."),
    "0.team": G(
        "Wie schrijft de roadmap concreet? Geef elke persoon een rol en een verantwoordelijkheid, "
        "en koppel hem of haar aan een partnerorganisatie.",
        "Who actually writes the roadmap? Give each person a role and a responsibility, and link "
        "them to a partner organisation.",
        "An Peeters (BouwCo) — voorzitter, bewaakt de planning; Tom Claes (KU Leuven) — trekt "
        "de analyse van de huidige situatie.",
        "An Peeters (BouwCo) — chair, guards the schedule; Tom Claes (KU Leuven) — leads the "
        "current-situation analysis."),
    "0.decision": G(
        "Leg vast of de partners doorgaan met de roadmap (go) of niet (no-go), wanneer dat beslist "
        "werd en op basis van welke argumenten.",
        "Record whether the partners go ahead with the roadmap (go) or not (no-go), when that was "
        "decided and on which grounds.",
        "Go op 12 maart: acht van de tien sleutelspelers engageren zich schriftelijk en leveren "
        "samen 1,5 VTE voor het roadmaptraject.",
        "Go on 12 March: eight of the ten key players commit in writing and jointly provide "
        "1.5 FTE for the roadmap process."),
    "0.application": G(
        "Houd bij hoe ver de projectaanvraag bij de overheid staat en wat erin beloofd werd: "
        "budget, looptijd, engagementen van de partners.",
        "Keep track of the project application to the government and what it promises: budget, "
        "duration, partner commitments.",
        "Ingediend op 30 april; 18 maanden; cofinanciering 40 % door de partners.",
        "Submitted on 30 April; 18 months; 40% co-financed by the partners."),
    "0.inventory": G(
        "Zoek vóór je begint welke roadmaps al bestaan rond je thema: Europese partnerschappen en "
        "technologieplatformen, S3-platformen, roadmaps van andere clusters, van kennisinstellingen "
        "en van grote bedrijven. Noteer per roadmap wie de eigenaar is, uit welk jaar ze komt en "
        "haar belangrijkste mijlpalen. Vraag daarnaast mensen van buiten de cluster om het werk "
        "kritisch te bekijken (tegenexpertise) en schrijf op wie dat doet en hoe.",
        "Before you start, find out which roadmaps already exist around your theme: European "
        "partnerships and technology platforms, S3 platforms, roadmaps of other clusters, of "
        "knowledge institutions and of large companies. Per roadmap note its owner, its year and "
        "its key milestones. Also ask people from outside the cluster to look at the work "
        "critically (counter-expertise), and write down who does so and how.",
        "Europees partnerschap ‘Circulaire bouw’ (2023): mijlpaal 2027 eerste gecertificeerde "
        "hergebruikte gevelpanelen. Tegenexpertise: twee onderzoekers van een Nederlandse "
        "hogeschool lezen elke tussenversie.",
        "European partnership ‘Circular construction’ (2023): 2027 milestone first certified "
        "reused facade panels. Counter-expertise: two researchers of a Dutch university of "
        "applied sciences read every draft."),
    "1.challenges": G(
        "Kies de grote maatschappelijke uitdagingen waaraan de cluster kan bijdragen en licht toe "
        "waarom ze voor deze cluster relevant zijn.",
        "Choose the major societal challenges the cluster can contribute to and explain why they "
        "matter for this cluster.",
        "Grondstoffenschaarste: de bouw verbruikt een derde van alle materialen; hergebruik is "
        "een hefboom waar onze leden al kennis van hebben.",
        "Scarcity of raw materials: construction uses a third of all materials; reuse is a lever "
        "our members already know about."),
    "1.visions": G(
        "Werk per uitdaging één of meer toekomstbeelden uit: een korte, beeldende tekst (ongeveer "
        "tien regels) over hoe de wereld eruitziet als het lukt. Markeer welke toekomstbeelden "
        "geselecteerd zijn.",
        "For each challenge work out one or more future visions: a short, vivid text (about ten "
        "lines) of what the world looks like if it works. Mark which visions are selected.",
        "In 2034 wordt een rijwoning niet gesloopt maar gedemonteerd: 80 % van de onderdelen "
        "krijgt een tweede leven in een nieuwe woning binnen 50 km.",
        "In 2034 a terraced house is not demolished but taken apart: 80% of its parts get a "
        "second life in a new home within 50 km."),
    "1.opportunities": G(
        "Welke waarde valt er te creëren? Beschrijf per toekomstbeeld de markten, de verwachte "
        "groei en het potentieel voor de Vlaamse spelers.",
        "What value can be created? Per vision, describe the markets, the expected growth and the "
        "potential for Flemish players.",
        "Markt voor gecertificeerde herbruikbare bouwelementen; groei 15 % per jaar; potentieel "
        "voor kmo's in logistiek en keuring.",
        "Market for certified reusable building elements; 15% growth a year; potential for SMEs "
        "in logistics and inspection."),
    "1.selection": G(
        "Maak de keuze tussen toekomstbeelden controleerbaar: benoem criteria met een gewicht, "
        "scoor elk toekomstbeeld en motiveer de selectie.",
        "Make the choice between visions traceable: name weighted criteria, score every vision "
        "and explain the selection.",
        "Criteria: marktpotentieel (40), sterkte van de cluster (30), maatschappelijke impact (30). "
        "Het demontagebeeld scoort 4,3 en wordt gekozen.",
        "Criteria: market potential (40), cluster strength (30), societal impact (30). The "
        "demountable-housing vision scores 4.3 and is chosen."),
    "1.objectives": G(
        "Geef elk geselecteerd toekomstbeeld minstens twee concrete, meetbare doelstellingen: wat "
        "meet je, vanaf welke nulmeting, naar welke streefwaarde, in welke eenheid en tegen welk "
        "jaar. Geef aan of ze economisch, maatschappelijk of beide zijn.",
        "Give every selected vision at least two concrete, measurable objectives: what is measured, "
        "from which baseline, to which target, in which unit and by which year. Tag them economic, "
        "societal or both.",
        "Hergebruikte bouwelementen: van 3 % (2025) naar 25 % van het volume in 2032.",
        "Reused building elements: from 3% (2025) to 25% of volume by 2032."),
    "2.indicators": G(
        "Verzamel de cijfers die de huidige situatie beschrijven: waarde, eenheid, jaar en bron "
        "(ECOOM, Statbel, OESO, eigen bevraging...). Voeg waar mogelijk een internationale "
        "benchmark toe. Dit is de nulmeting waartegen je later vooruitgang meet.",
        "Collect the figures that describe today: value, unit, year and source (ECOOM, Statbel, "
        "OECD, own survey...). Add an international benchmark where you can. This is the baseline "
        "against which progress is measured later.",
        "Publicaties over circulair bouwen: 140 (2024, ECOOM); Nederland: 210.",
        "Publications on circular construction: 140 (2024, ECOOM); the Netherlands: 210."),
    "2.assessment": G(
        "Beoordeel de cluster op de acht domeinen (wetenschap, economie, maatschappij, "
        "innovatiesysteem, waardeketen, georganiseerd vermogen, internationalisering, overheid) "
        "met een score en een korte onderbouwing.",
        "Assess the cluster on the eight areas (science, economy, society, innovation system, "
        "value chain, organised capacity, internationalisation, government) with a rating and a "
        "short argument.",
        "Internationalisering 2/5: weinig deelname aan Europese projecten, geen link met het "
        "Europese bouwplatform.",
        "Internationalisation 2/5: little participation in European projects, no link with the "
        "European construction platform."),
    "2.swot": G(
        "Vat de analyse samen in sterktes, zwaktes, kansen en bedreigingen; koppel elk punt aan "
        "een domein waar het kan.",
        "Summarise the analysis as strengths, weaknesses, opportunities and threats; link each "
        "item to an area where possible.",
        "Zwakte: geen gedeelde databank van bouwelementen. Kans: Europese eisen rond "
        "materiaalpaspoorten.",
        "Weakness: no shared database of building elements. Opportunity: European rules on "
        "material passports."),
    "2.synthesis": G(
        "Schrijf de synthese: wat betekenen cijfers, analyse en SWOT samen voor de gekozen "
        "toekomstbeelden? Waar staat de cluster sterk en wat ontbreekt er?",
        "Write the synthesis: what do the figures, the assessment and the SWOT together mean for "
        "the chosen visions? Where is the cluster strong and what is missing?",
        "Sterk in materiaalonderzoek, zwak in opschaling: er is geen proefterrein waar "
        "aannemers demontage op ware grootte kunnen oefenen.",
        "Strong in materials research, weak in scaling up: there is no test site where "
        "contractors can practise demounting at full scale."),
}
