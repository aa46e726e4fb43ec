"""Guidance for the wizard sections of steps 4-5 (the action plan, monitoring and revisions)."""

from __future__ import annotations

from desktop.domain.wizard.guidance.model import G, Guidance

IMPLEMENTATION: dict[str, Guidance] = {
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
