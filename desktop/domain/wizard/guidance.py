"""Guidance per wizard section and per step, in Dutch and English (Qt-free).

Written for Routekaart in our own words, after the NIB roadmapping handbook: what a
section must deliver and a short example of good content. The examples use a fictional
cluster on circular construction so they do not echo any real roadmap.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.words import nl_en


@dataclass(frozen=True)
class Guidance:
    deliver_nl: str
    deliver_en: str
    example_nl: str
    example_en: str

    def deliver(self, lang: str) -> str:
        return nl_en(lang, self.deliver_nl, self.deliver_en)

    def example(self, lang: str) -> str:
        return nl_en(lang, self.example_nl, self.example_en)


G = Guidance

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

GUIDANCE: dict[str, Guidance] = {
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
    "3.intro": G(
        "Leid de paden in: hoe ga je van de huidige situatie naar de toekomstbeelden, en welke "
        "logica volgen de waardeketens en programma's?",
        "Introduce the paths: how do you get from today to the visions, and what logic do the "
        "value chains and programmes follow?",
        "Drie waardeketens lopen parallel; de eerste jaren bouwen aan gedeelde kennis, daarna "
        "volgen demonstratie en marktintroductie.",
        "Three value chains run in parallel; the first years build shared knowledge, then "
        "demonstration and market introduction follow."),
    "3.value_chains": G(
        "Beschrijf de (nieuwe) waardeketens die naar de toekomstbeelden leiden en koppel elke keten "
        "aan de doelstellingen waartoe ze bijdraagt. Eén keten kan meerdere doelstellingen dienen.",
        "Describe the (new) value chains that lead to the visions and link each chain to the "
        "objectives it contributes to. One chain can serve several objectives.",
        "Waardeketen „Oogsten en hergebruiken”: sloper, keurder, opslag, aannemer — draagt bij "
        "aan de doelstelling „25 % hergebruik”.",
        "Value chain \"Harvest and reuse\": demolisher, inspector, storage, contractor — "
        "contributes to the objective \"25% reuse\"."),
    "3.scenarios": G(
        "Verken alternatieve routes (scenario's) en duid het voorkeursscenario aan, met de reden "
        "waarom.",
        "Explore alternative routes (scenarios) and mark the preferred one, with the reason why.",
        "Scenario A: regelgeving trekt de markt; scenario B: grote opdrachtgevers trekken. "
        "Voorkeur B, omdat het sneller volume geeft.",
        "Scenario A: regulation pulls the market; scenario B: large clients pull. B is preferred "
        "because it creates volume faster."),
    "3.programmes": G(
        "Bundel de inspanningen in strategische programma's: inhoudelijke modules (onderzoek, "
        "technologie, producten, demonstrators, markten) en faciliterende modules (ecosysteem, "
        "kapitaal, opleiding, internationalisering, regelgeving...).",
        "Bundle the effort into strategic programmes: content modules (research, technology, "
        "products, demonstrators, markets) and enabling modules (ecosystem, capital, education, "
        "internationalisation, legislation...).",
        "P2 Demonstratiewijk (inhoudelijk, prototype/demonstrator); P5 Vakmanschap demontage "
        "(faciliterend, onderwijs en competenties).",
        "P2 Demonstration district (content, prototype/demonstrator); P5 Demounting skills "
        "(enabling, education and competences)."),
    "3.coherence": G(
        "Toon hoe de paden aansluiten bij de andere roadmaps uit de inventaris: welke waardeketen, "
        "welk programma of welke actie draagt bij aan, bouwt voort op, vult aan of overlapt met "
        "welke roadmap. Duid ook aan in welke Europese S3-domeinen, Vlaamse prioriteiten en "
        "sleuteltechnologieën (KET) de cluster zich positioneert.",
        "Show how the paths connect to the other roadmaps in the inventory: which value chain, "
        "programme or action contributes to, builds on, complements or overlaps with which "
        "roadmap. Also mark the European S3 domains, Flemish priorities and key enabling "
        "technologies (KET) the cluster positions itself in.",
        "Programma ‘Demontabele gevels’ draagt bij aan het Europese partnerschap ‘Circulaire "
        "bouw’; waardeketen ‘Hergebruik’ valt onder S3: circulaire economie en KET: geavanceerde "
        "materialen.",
        "Programme ‘Demountable facades’ contributes to the European partnership ‘Circular "
        "construction’; value chain ‘Reuse’ sits under S3: circular economy and KET: advanced "
        "materials."),
    "3.interventions": G(
        "Waar is de overheid nodig? Noteer per interventiepunt de kerntaak, de termijn, de "
        "verwachte impact, of er een bestaand instrument is of een witte vlek, en een actie op maat.",
        "Where is government needed? For each intervention point note the core task, the term, "
        "the expected impact, whether an instrument exists or it is a white spot, and a tailored "
        "action.",
        "Proefterrein voor demontage: infrastructuur, middellange termijn, hoge impact; witte "
        "vlek — voorstel voor een gedeeld investeringsfonds.",
        "Test site for demounting: infrastructure, medium term, high impact; white spot — "
        "proposal for a shared investment fund."),
    "3.lanes": G(
        "De lagen zijn de rijen van de roadmapvisual per waardeketen: standaard wetenschap, "
        "technologie, product, markt en randvoorwaarden. Pas ze aan als de cluster dat vraagt.",
        "Layers are the rows of the roadmap visual per value chain: by default science, "
        "technology, product, market and enabling conditions. Adapt them if the cluster needs it.",
        "Voor „Oogsten en hergebruiken”: Materiaalkennis, Keuringstechniek, Productpaspoort, "
        "Markt, Regelgeving.",
        "For \"Harvest and reuse\": Material science, Inspection technology, Product passport, "
        "Market, Regulation."),
    "3.actions": G(
        "Plaats de acties en mijlpalen in de tijd: elke actie krijgt een trekker, een start en een "
        "einde, een laag en bij voorkeur een TRL-bereik. Zorg dat er ook acties in de markt- en "
        "valorisatielaag staan en demo- of pilotprojecten op TRL 6–8. Voeg de partners per actie toe.",
        "Place actions and milestones in time: each action gets an owner, a start and an end, a "
        "layer and preferably a TRL range. Make sure there are actions in the market and "
        "valorisation layer and demo or pilot projects at TRL 6–8. Add the partners per action.",
        "„Pilot demontagewoning” — trekker BouwCo, 2027-03 tot 2028-06, laag product, TRL 6→7, "
        "partners Recyclo en KU Leuven.",
        "\"Pilot demountable house\" — owner BouwCo, 2027-03 to 2028-06, product layer, TRL 6→7, "
        "partners Recyclo and KU Leuven."),
    "3.dependencies": G(
        "Leg vast welke acties op elkaar wachten. Zo wordt zichtbaar wat kritisch is en welke "
        "projecten een samenhangend pakket vormen. Een actie kan niet (onrechtstreeks) van "
        "zichzelf afhangen.",
        "Record which actions wait for each other. That shows what is critical and which projects "
        "form a coherent package. An action cannot (indirectly) depend on itself.",
        "„Keuringsprotocol” (einde) → „Pilot demontagewoning” (begin).",
        "\"Inspection protocol\" (finish) → \"Pilot demountable house\" (start)."),
    "3.workshop_notes": G(
        "Tijdens een workshop komen ideeën en vragen op die nog geen actie zijn. Noteer ze hier "
        "(of met S in de presentatiemodus) bij de juiste waardeketen en laag. Wat niet meteen "
        "beslist kan worden, zet je op de parkeerplaats; werk die lijst na de sessie af.",
        "During a workshop, ideas and questions come up that are not actions yet. Note them here "
        "(or press S in presentation mode) with the right value chain and layer. What cannot be "
        "decided at once goes to the parking lot; work through that list after the session.",
        "„Kan de sensorbox ook in sociale huurwoningen? → navragen bij de woonmaatschappij” "
        "(parkeerplaats).",
        "\"Could the sensor box also go into social housing? → ask the housing company\" "
        "(parking lot)."),
    "4.mission": G(
        "Formuleer de opdracht van het actieplan in enkele zinnen: het doel en de context van de "
        "roadmap, zodat iedere partner weet waarvoor hij tekent.",
        "State the assignment of the action plan in a few sentences: the aim and context of the "
        "roadmap, so every partner knows what they sign up for.",
        "„Tegen 2034 maken we van demontabel bouwen de norm in Vlaanderen, met Vlaamse bedrijven "
        "als leveranciers van de keten.”",
        "\"By 2034 we make demountable construction the norm in Flanders, with Flemish companies "
        "supplying the chain.\""),
    "4.activities": G(
        "Geef elke activiteit een probleemeigenaar, een deadline en een resultaat. Onderscheid "
        "inhoudelijke acties (witte vlekken, kritische succesfactoren) van praktische acties.",
        "Give each activity a problem owner, a deadline and a deliverable. Distinguish content "
        "actions (white spots, critical success factors) from practical actions.",
        "Inhoudelijk: „Databank bouwelementen” — Recyclo — 2027-12 — werkende databank met "
        "5.000 elementen.",
        "Content: \"Building-element database\" — Recyclo — 2027-12 — working database with "
        "5,000 elements."),
    "4.kpis": G(
        "Vertaal mijlpalen en doelstellingen naar KPI's in vier families (wetenschap en kennis, "
        "technologie en competenties, producten en diensten, vraag) en vergeet de maatschappelijke "
        "impact niet. Elke KPI heeft een eenheid, nulmeting, streefwaarde, datum, bron en eigenaar. "
        "Geef ook aan of de KPI programmabreed is (elke cluster rapporteert hem) of eigen aan deze "
        "cluster, koppel hem aan de indicator van de nulmeting en zet in de tweede tabel een "
        "streefwaarde per jaar: daartegen rapporteer je jaarlijks aan de financier.",
        "Translate milestones and objectives into KPIs in four families (science and knowledge, "
        "technology and competences, products and services, demand) and do not forget societal "
        "impact. Each KPI has a unit, baseline, target, date, source and owner. Also say whether "
        "the KPI is programme-wide (every cluster reports it) or specific to this cluster, link it "
        "to its baseline indicator and give it a target per year in the second table: that is what "
        "you report against to the funder every year.",
        "„Ton CO2 vermeden door hergebruik” — nulmeting 0 (2025) — doel 12.000 in 2030 — "
        "bron eigen monitoring — eigenaar clusterorganisatie.",
        "\"Tonnes of CO2 avoided through reuse\" — baseline 0 (2025) — target 12,000 by 2030 — "
        "source own monitoring — owner cluster organisation."),
    "4.resources": G(
        "Begroot de mensen en middelen: VTE en euro per jaar, wie ze levert, uit welke bron en of "
        "ze al verzekerd zijn.",
        "Budget people and money: FTE and euros per year, who provides them, from which source "
        "and whether they are secured.",
        "2027: 2 VTE en € 350.000 van de partners (eigen middelen, verzekerd) voor programma P2.",
        "2027: 2 FTE and €350,000 from the partners (own funds, secured) for programme P2."),
    "4.stakeholders": G(
        "Wie heeft invloed op of belang bij de uitvoering? Noteer invloed, belang en hoe je hen "
        "betrekt.",
        "Who has influence on or an interest in the execution? Note influence, interest and how "
        "you involve them.",
        "Sociale huisvestingsmaatschappijen — hoge invloed, hoog belang — halfjaarlijkse "
        "klankbordgroep en een pilot in hun patrimonium.",
        "Social housing companies — high influence, high interest — a sounding board twice a "
        "year and a pilot in their housing stock."),
    "4.planning": G(
        "Beschrijf de fasering en de taakverdeling. De tabel toont per actie de trekker en de "
        "deadline: elke actie hoort er een te hebben.",
        "Describe the phasing and the division of tasks. The table shows the owner and deadline "
        "per action: every action should have both.",
        "Fase 1 (2026–2027) kennis en protocollen; fase 2 (2028–2030) pilots; fase 3 (2031–2034) "
        "opschaling.",
        "Phase 1 (2026–2027) knowledge and protocols; phase 2 (2028–2030) pilots; phase 3 "
        "(2031–2034) scale-up."),
    "4.governance": G(
        "Hoe wordt het partnerschap bestuurd? Beschrijf de organen, hun rol en bevoegdheden, de "
        "samenstelling, de voorzitter en het vergaderritme.",
        "How is the partnership governed? Describe the bodies, their role and mandate, the "
        "members, the chair and the meeting rhythm.",
        "Stuurgroep (zes partners, voorzitter BouwCo, per kwartaal) beslist over nieuwe projecten; "
        "werkgroepen per waardeketen maandelijks.",
        "Steering group (six partners, chaired by BouwCo, quarterly) decides on new projects; "
        "working groups per value chain meet monthly."),
    "4.risks": G(
        "Benoem de risico's voor de uitvoering met hun kans en impact, geef elk risico een "
        "eigenaar en een beheersmaatregel.",
        "Name the risks to execution with their likelihood and impact; give every risk an owner "
        "and a mitigation.",
        "Onvoldoende aanbod van oogstbare elementen — middel/hoog — eigenaar Recyclo — "
        "afspraken met drie sloopbedrijven.",
        "Not enough harvestable elements — medium/high — owner Recyclo — agreements with three "
        "demolition firms."),
    "4.communication": G(
        "Plan hoe je de roadmap uitdraagt en partners mobiliseert: doelgroep, boodschap, kanaal, "
        "timing en wie het doet.",
        "Plan how you spread the roadmap and mobilise partners: audience, message, channel, "
        "timing and who does it.",
        "Aannemers — „demontage loont” — sectordag en nieuwsbrief — voorjaar — federatie.",
        "Contractors — \"demounting pays off\" — sector day and newsletter — spring — federation."),
    "4.commitments": G(
        "Leg de engagementen van de partners vast (intentieverklaring, MoU, convenant, contract) "
        "met een bedrag of VTE, een datum en een status. Een engagement doorloopt een trechter: "
        "beoogd (nog in gesprek), aangekondigd (de partner zegde het toe) en ondertekend. Koppel "
        "het aan het programma, de actie of het project dat het draagt en noteer de voorwaarden; "
        "zo ziet de raad van bestuur welk programma nog zonder steun staat.",
        "Record the partners' commitments (letter of intent, MoU, covenant, contract) with an "
        "amount or FTE, a date and a status. A commitment moves through a funnel: intended (still "
        "being discussed), announced (the partner has promised it) and signed. Link it to the "
        "programme, action or project it carries and write down its conditions, so the board sees "
        "which programme still lacks backing.",
        "BouwCo — convenant — € 400.000 en 1 VTE over drie jaar — programma P2 — op voorwaarde "
        "dat het ICON-project goedgekeurd wordt — ondertekend op 2026-09-01.",
        "BouwCo — covenant — €400,000 and 1 FTE over three years — programme P2 — provided the "
        "ICON project is approved — signed on 2026-09-01."),
    "4.portfolio": G(
        "De portefeuille toont welke projecten de roadmap voortbrengt: per project de soort "
        "(ICON, cSBO, COOCK, Horizon Europe, regionaal, eigen middelen), de status van idee tot "
        "afgerond, het TRL-bereik, het programma en de acties die het uitvoert, en hoeveel publiek "
        "en privaat geld erin zit. Zet in de tweede tabel de partners met hun rol en hun deel van "
        "het budget; daaruit volgt de hefboom per partner.",
        "The portfolio shows which projects the roadmap generates: for each project its kind "
        "(ICON, cSBO, COOCK, Horizon Europe, regional, own funds), its status from idea to "
        "finished, its TRL range, the programme and actions it carries out, and how much public "
        "and private money it holds. List the partners with their role and their part of the "
        "budget in the second table; the leverage per partner follows from it.",
        "ICON „Demonteerbare gevel” — goedgekeurd — TRL 4→7 — programma P2 — € 1,2 mln "
        "publiek, € 1,8 mln privaat — BouwCo coördinator.",
        "ICON \"Demountable facade\" — approved — TRL 4→7 — programme P2 — €1.2m public, €1.8m "
        "private — BouwCo coordinator."),
    "4.leverage": G(
        "Een financier wil weten hoeveel privaat geld elke publieke euro losmaakt. Noteer de "
        "hefboom die de cluster nastreeft (private middelen gedeeld door publieke) en leg uit "
        "hoe je hem berekent en waarom hij haalbaar is. Routekaart berekent de werkelijke hefboom "
        "uit de projectportefeuille, per programma, per partner en in totaal.",
        "A funder wants to know how much private money each public euro sets in motion. Note the "
        "leverage the cluster aims for (private money divided by public money) and explain how "
        "you count it and why it is within reach. Routekaart computes the actual leverage from "
        "the project portfolio, per programme, per partner and in total.",
        "Doel 1 : 1,5 — telt de ingediende en lopende projecten; eigen middelen van de "
        "clusterorganisatie tellen niet als privaat.",
        "Target 1 : 1.5 — counts submitted and running projects; the cluster organisation's own "
        "funds do not count as private."),
    "5.monitoring": G(
        "Beschrijf hoe de roadmap opgevolgd wordt (ritme, rapportage, strategische herziening) en "
        "houd de KPI-metingen bij, zodat je ziet waar je staat tegenover nulmeting en doel.",
        "Describe how the roadmap is monitored (rhythm, reporting, strategic review) and record "
        "the KPI measurements, so you see where you stand against baseline and target.",
        "Jaarlijkse meting in januari, rapport aan de stuurgroep in maart, volledige herziening "
        "van de roadmap om de drie jaar.",
        "Yearly measurement in January, report to the steering group in March, full review of the "
        "roadmap every three years."),
    "5.status": G(
        "Houd de status van elke actie bij. Vertraagde acties verdienen aandacht: pas de planning "
        "aan of neem maatregelen.",
        "Keep the status of every action up to date. Delayed actions need attention: adjust the "
        "plan or take measures.",
        "„Databank bouwelementen” staat op vertraagd; nieuwe deadline afgesproken in de stuurgroep.",
        "\"Building-element database\" is delayed; a new deadline was agreed in the steering group."),
    "5.quality": G(
        "Toets de roadmap zelf aan de vier kwaliteitscriteria: economische en maatschappelijke "
        "impact; internationaal profiel en slimme specialisatie; draagvlak en financieel "
        "engagement van de partners; integrale, sectoroverschrijdende aanpak en competentiebeleid. "
        "Geef per criterium een score en onderbouwing.",
        "Test the roadmap against the four quality criteria: economic and societal impact; "
        "international profile and smart specialisation; support and financial commitment of the "
        "partners; integral, cross-sector approach and competence policy. Give a score and "
        "evidence for each.",
        "Draagvlak 4/5: twaalf partners tekenden een convenant; de hefboom op overheidsgeld is "
        "1 op 2,5.",
        "Support 4/5: twelve partners signed a covenant; public money is leveraged 1 to 2.5."),
    "5.status_history": G(
        "Elke statuswijziging van een actie wordt hier automatisch bijgehouden, met de datum. "
        "Zo zie je bij de opvolging wanneer een actie vertraging opliep of afgerond werd. "
        "Vul bij belangrijke wijzigingen een opmerking aan: waarom, en wat er nu gebeurt.",
        "Every status change of an action is recorded here automatically, with its date. "
        "Monitoring then shows when an action was delayed or completed. Add a note to important "
        "changes: why, and what happens next.",
        "2027-03-31 · lopend → vertraagd · „Leverancier sensoren failliet; nieuwe aanbesteding "
        "loopt.”",
        "2027-03-31 · ongoing → delayed · \"Sensor supplier went bankrupt; a new tender is "
        "running.\""),
    "5.process": G(
        "Het roadmapproces levert zelf resultaten op, vaak de belangrijkste: een cluster die zich "
        "vormt, draagvlak, nieuwe samenwerkingen tussen bedrijven, onderzoek en overheid, partijen "
        "die aansluiten of afhaken, beslissingen. Leg ze vast per stap, met datum, betrokken "
        "partijen en een bewijs (verslag, brief, handtekening). Registreer elke workshop met "
        "deelnemers, agenda en beslissingen: daaruit maakt Routekaart de startnota, de verslagen "
        "en de synthese.",
        "The roadmap process yields results of its own, often the most important ones: a cluster "
        "taking shape, support, new partnerships between companies, research and government, "
        "parties joining or leaving, decisions. Record them per step, with date, parties and "
        "evidence (minutes, letter, signature). Record every workshop with participants, agenda "
        "and decisions: Routekaart makes the start note, the meeting reports and the synthesis "
        "from them.",
        "Stap 1 · 14 maart · nieuwe samenwerking: twee aannemers en een recycler starten samen een "
        "proefproject · bewijs: intentieverklaring.",
        "Step 1 · 14 March · new partnership: two contractors and a recycler start a pilot "
        "together · evidence: letter of intent."),
    "5.revisions": G(
        "Een roadmap is een levend document. Momentopnames bewaren een versie zodat je later kan "
        "vergelijken wat er veranderde; geef benoemde revisies een duidelijke naam en opmerking.",
        "A roadmap is a living document. Snapshots keep a version so you can later compare what "
        "changed; give named revisions a clear name and note.",
        "„Actualisatie 2028 na de mid-term review: programma P4 geschrapt, P6 toegevoegd.”",
        "\"2028 update after the mid-term review: programme P4 dropped, P6 added.\""),
}
