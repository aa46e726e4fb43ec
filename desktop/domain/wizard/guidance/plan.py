"""Guidance for the wizard sections of step 3 (the paths: value chains, scenarios, programmes, lanes, actions)."""

from __future__ import annotations

from desktop.domain.wizard.guidance.model import G, Guidance

PLAN: dict[str, Guidance] = {
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
}
