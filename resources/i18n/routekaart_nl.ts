<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>TRL at start</source>
        <translation>TRL bij start</translation>
    </message>
    <message>
        <source>TRL at end</source>
        <translation>TRL op het einde</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>AwarenessView</name>
    <message>
        <source>%1 is editing this</source>
        <translation>%1 bewerkt dit</translation>
    </message>
</context>
<context>
    <name>CanvasExport</name>
    <message>
        <source>Export as SVG</source>
        <translation>Exporteren als SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporteren als PNG</translation>
    </message>
    <message>
        <source>Resolution (dots per inch)</source>
        <translation>Resolutie (dots per inch)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Bewaard: %1</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <source>Move the selection by one snap unit</source>
        <translation>De selectie een rastereenheid verschuiven</translation>
    </message>
    <message>
        <source>Make the selected action shorter / longer</source>
        <translation>De geselecteerde actie korter / langer maken</translation>
    </message>
    <message>
        <source>Move the selection to the lane above / below</source>
        <translation>De selectie naar de baan erboven / eronder verplaatsen</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>De selectie verwijderen</translation>
    </message>
    <message>
        <source>Cut, copy, paste actions</source>
        <translation>Acties knippen, kopiëren, plakken</translation>
    </message>
    <message>
        <source>Select all actions</source>
        <translation>Alle acties selecteren</translation>
    </message>
    <message>
        <source>Fit the whole chart</source>
        <translation>De hele tijdlijn tonen</translation>
    </message>
    <message>
        <source>Cancel a drag, clear the selection</source>
        <translation>Slepen afbreken, selectie opheffen</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <extracomment>Mouse gestures: shown as text (not key sequences).</extracomment>
        <translation>Ctrl+muiswiel</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>In- of uitzoomen</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>Spatie+slepen, middelste knop</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <source>Alt+drag</source>
        <translation>Alt+slepen</translation>
    </message>
    <message>
        <source>Draw a dependency between two items</source>
        <translation>Een afhankelijkheid tussen twee items tekenen</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Dubbelklikken</translation>
    </message>
    <message>
        <source>Edit an action, or add one in an empty lane</source>
        <translation>Een actie bewerken, of er een toevoegen in een lege baan</translation>
    </message>
</context>
<context>
    <name>CoeditActions</name>
    <message>
        <source>&amp;Share to folder…</source>
        <translation>&amp;Delen via gedeelde map…</translation>
    </message>
    <message>
        <source>Put the roadmap in a shared folder so co-authors can edit it</source>
        <translation>Zet de roadmap in een gedeelde map zodat co-auteurs hem kunnen bewerken</translation>
    </message>
    <message>
        <source>&amp;Open shared roadmap…</source>
        <translation>Gedeelde roadmap &amp;openen…</translation>
    </message>
    <message>
        <source>Make your own working copy of a roadmap someone shared with you</source>
        <translation>Maak je eigen werkkopie van een roadmap die iemand met je gedeeld heeft</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Merge the co-authors&apos; changes from the shared folder and publish yours</source>
        <translation>Voeg de wijzigingen van de co-auteurs uit de gedeelde map samen en publiceer de jouwe</translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation>Andere kopie samen&amp;voegen…</translation>
    </message>
    <message>
        <source>Merge a copy of this roadmap received by e-mail or on a USB stick</source>
        <translation>Voeg een kopie van deze roadmap samen die je per e-mail of op een USB-stick kreeg</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Conflicten nakijken…</translation>
    </message>
    <message>
        <source>Choose the value to keep where co-authors changed the same thing</source>
        <translation>Kies welke waarde je houdt waar co-auteurs hetzelfde gewijzigd hebben</translation>
    </message>
    <message>
        <source>S&amp;napshots and revisions…</source>
        <translation>&amp;Momentopnamen en revisies…</translation>
    </message>
    <message>
        <source>Named revisions, restore an earlier state, compare two snapshots</source>
        <translation>Benoemde revisies, een eerdere toestand herstellen, twee momentopnamen vergelijken</translation>
    </message>
    <message>
        <source>&amp;Collaboration</source>
        <translation>&amp;Samenwerken</translation>
    </message>
    <message>
        <source>Co-editing status</source>
        <translation>Status van samen bewerken</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>also open: %1</source>
        <translation>ook geopend door: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict na te kijken</numerusform>
            <numerusform>%n conflicten na te kijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %1: %n row(s) updated</source>
        <translation>
            <numerusform>%1 samengevoegd: %n rij bijgewerkt</numerusform>
            <numerusform>%1 samengevoegd: %n rijen bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflict na te kijken.</numerusform>
            <numerusform>%n conflicten na te kijken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an empty shared folder (or one this roadmap is shared in)</source>
        <translation>Kies een lege gedeelde map (of de map waarin deze roadmap al gedeeld is)</translation>
    </message>
    <message>
        <source>Shared in %1</source>
        <translation>Gedeeld in %1</translation>
    </message>
    <message>
        <source>Choose the shared roadmap folder</source>
        <translation>Kies de map van de gedeelde roadmap</translation>
    </message>
    <message>
        <source>Where to keep your own working copy (not in the shared folder)</source>
        <translation>Waar bewaar je je eigen werkkopie? (niet in de gedeelde map)</translation>
    </message>
    <message>
        <source>Roadmaps (*.roadmap)</source>
        <translation>Roadmaps (*.roadmap)</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchroniseren mislukt: %1</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>gesynchroniseerd om %1</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchroniseren: %1</translation>
    </message>
    <message>
        <source>Merge another copy of this roadmap</source>
        <translation>Een andere kopie van deze roadmap samenvoegen</translation>
    </message>
    <message>
        <source>before merging %1</source>
        <translation>voor het samenvoegen van %1</translation>
    </message>
    <message>
        <source>Snapshots are kept for roadmaps saved in a file.</source>
        <translation>Momentopnamen worden alleen bijgehouden voor roadmaps die in een bestand bewaard zijn.</translation>
    </message>
    <message>
        <source>Snapshot failed: %1</source>
        <translation>Momentopname mislukt: %1</translation>
    </message>
</context>
<context>
    <name>CoeditDialogs</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>CoeditMenu</name>
    <message>
        <source>Roadmap in use</source>
        <translation>Roadmap in gebruik</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Review conflicts</source>
        <translation>Conflicten nakijken</translation>
    </message>
    <message>
        <source>Co-authors changed the same thing at the same time. The value shown as current was kept; nothing was thrown away. Choose what to keep.</source>
        <translation>Co-auteurs hebben tegelijk hetzelfde gewijzigd. De waarde die als huidige getoond wordt, is behouden; er is niets weggegooid. Kies wat je wilt houden.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Competing values</source>
        <translation>Concurrerende waarden</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <source>Values to choose from</source>
        <translation>Waarden om uit te kiezen</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;Huidige houden</translation>
    </message>
    <message>
        <source>&amp;Use selected value</source>
        <translation>Gekozen waarde &amp;gebruiken</translation>
    </message>
    <message>
        <source>&amp;Edit value…</source>
        <translation>Waarde &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Restore deleted item</source>
        <translation>Verwijderd item &amp;terugzetten</translation>
    </message>
    <message>
        <source>restored: deleted while items were added under it</source>
        <translation>teruggezet: verwijderd terwijl er items onder werden toegevoegd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>left out: it would close a circle of dependencies</source>
        <translation>weggelaten: het zou een kring van afhankelijkheden sluiten</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>weggelaten</translation>
    </message>
    <message>
        <source>deleted while linked to</source>
        <translation>verwijderd terwijl ernaar werd verwezen</translation>
    </message>
    <message>
        <source>deleted while edited</source>
        <translation>verwijderd tijdens bewerken</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>co-authors</source>
        <translation>medeauteurs</translation>
    </message>
    <message>
        <source>%1: this item was deleted while items were added under it (%2). It was brought back so that nothing added is lost. Keep current keeps it; delete it yourself if it should go, together with what is under it.</source>
        <translation>%1: dit item werd verwijderd terwijl er items onder werden toegevoegd (%2). Het is teruggezet zodat niets van wat toegevoegd werd verloren gaat. Huidige houden laat het staan; verwijder het zelf als het weg moet, samen met wat eronder staat.</translation>
    </message>
    <message>
        <source>%1: these dependencies were added at the same time and together would make actions depend on themselves. This one was left out; the others are kept. Keep current accepts that; or delete another dependency of the circle and add this one again.</source>
        <translation>%1: deze afhankelijkheden werden tegelijk toegevoegd en zouden samen acties van zichzelf laten afhangen. Deze is weggelaten; de andere blijven. Huidige houden aanvaardt dat; of verwijder een andere afhankelijkheid uit de kring en voeg deze opnieuw toe.</translation>
    </message>
    <message>
        <source>%1: this item was deleted while it was being edited or linked to. It stays deleted; Restore deleted item brings it back with those edits and links.</source>
        <translation>%1: dit item werd verwijderd terwijl het bewerkt werd of er een verwijzing naar gemaakt werd. Het blijft verwijderd; Verwijderd item terugzetten brengt het terug met die bewerkingen en verwijzingen.</translation>
    </message>
    <message>
        <source>%1 changed this at the same time. The current value was kept; the competing values are listed below.</source>
        <translation>%1 wijzigden dit tegelijk. De huidige waarde is behouden; de concurrerende waarden staan hieronder.</translation>
    </message>
    <message>
        <source>Keep current value</source>
        <translation>Huidige waarde houden</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Conflict oplossen</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Waarde bewerken</translation>
    </message>
    <message>
        <source>Value to keep:</source>
        <translation>Te houden waarde:</translation>
    </message>
    <message>
        <source>Restore deleted item</source>
        <translation>Verwijderd item terugzetten</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a co-editing server</source>
        <translation>Verbinden met een server voor samen bewerken</translation>
    </message>
    <message>
        <source>Edits are shared live with everyone connected to this roadmap on the server. Without a connection you keep working; your edits are sent when it is back.</source>
        <translation>Wijzigingen worden meteen gedeeld met iedereen die op de server met deze roadmap verbonden is. Zonder verbinding werkt u gewoon verder; uw wijzigingen worden verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>wss://server.example:8765</source>
        <translation>wss://server.voorbeeld:8765</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradres:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Give an address that starts with ws:// or wss://, such as wss://server.example:8765.</source>
        <translation>Geef een adres dat begint met ws:// of wss://, zoals wss://server.example:8765.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Routekaart: %1

Your edits up to now are stored. Details were written to %2; please send that file with a description of what you were doing.</source>
        <translation>Er ging iets mis in Routekaart: %1

Je bewerkingen tot nu toe zijn bewaard. De details staan in %2; stuur dat bestand door met een beschrijving van wat je aan het doen was.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Chosen from: %1</source>
        <translation>Te kiezen uit: %1</translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD</source>
        <translation>Een datum: JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Een getal van %1 tot %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>%n bestand geëxporteerd</numerusform>
            <numerusform>%n bestanden geëxporteerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export roadmap</source>
        <translation>Roadmap exporteren</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formaten</translation>
    </message>
    <message>
        <source>Word report (.docx)</source>
        <translation>Word-rapport (.docx)</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>PDF-rapport (.pdf)</translation>
    </message>
    <message>
        <source>Poster (.pdf)</source>
        <translation>Poster (.pdf)</translation>
    </message>
    <message>
        <source>Images (PNG and SVG) in folder</source>
        <translation>Afbeeldingen (PNG en SVG) in map</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose where to save: %1</source>
        <translation>Kies waar je opslaat: %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Taal van het rapport:</translation>
    </message>
    <message>
        <source>1 Introduction</source>
        <translation>1 Inleiding</translation>
    </message>
    <message>
        <source>2 Future visions</source>
        <translation>2 Toekomstbeelden</translation>
    </message>
    <message>
        <source>3 Current situation</source>
        <translation>3 Huidige situatie</translation>
    </message>
    <message>
        <source>4 Paths</source>
        <translation>4 Paden</translation>
    </message>
    <message>
        <source>5 Strategic action plan</source>
        <translation>5 Strategisch actieplan</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Chapters:</source>
        <translation>Hoofdstukken:</translation>
    </message>
    <message>
        <source>Leave empty sections out</source>
        <translation>Lege secties weglaten</translation>
    </message>
    <message>
        <source>Show empty sections, marked as not yet filled in</source>
        <translation>Lege secties tonen, gemarkeerd als nog niet ingevuld</translation>
    </message>
    <message>
        <source>Empty sections</source>
        <translation>Lege secties</translation>
    </message>
    <message>
        <source>Empty sections:</source>
        <translation>Lege secties:</translation>
    </message>
    <message>
        <source>%1 landscape</source>
        <translation>%1 liggend</translation>
    </message>
    <message>
        <source>Poster paper</source>
        <translation>Papierformaat van de poster</translation>
    </message>
    <message>
        <source>Poster paper:</source>
        <translation>Papierformaat van de poster:</translation>
    </message>
    <message>
        <source>Part A – overview</source>
        <translation>Deel A – overzicht</translation>
    </message>
    <message>
        <source>Part B – %1</source>
        <translation>Deel B – %1</translation>
    </message>
    <message>
        <source>All visuals (a poster page / an image each)</source>
        <translation>Alle visuals (elk een posterpagina / een afbeelding)</translation>
    </message>
    <message>
        <source>Annex with the changes since a revision</source>
        <translation>Bijlage met de wijzigingen sinds een revisie</translation>
    </message>
    <message>
        <source>No annex of changes</source>
        <translation>Geen bijlage met wijzigingen</translation>
    </message>
    <message>
        <source>Changes since:</source>
        <translation>Wijzigingen sinds:</translation>
    </message>
    <message>
        <source>Visuals for the poster and the images</source>
        <translation>Visuals voor de poster en de afbeeldingen</translation>
    </message>
    <message>
        <source>Poster and images show:</source>
        <translation>Poster en afbeeldingen tonen:</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Image resolution</source>
        <translation>Resolutie van de afbeeldingen</translation>
    </message>
    <message>
        <source>Image resolution:</source>
        <translation>Resolutie van de afbeeldingen:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Show the exported files in the file manager</source>
        <translation>Toon de geëxporteerde bestanden in de bestandsbeheerder</translation>
    </message>
    <message>
        <source>The roadmap visuals are not available in this version.</source>
        <translation>De visuals van de roadmap zijn niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <source>Export poster</source>
        <translation>Poster exporteren</translation>
    </message>
    <message>
        <source>Export images</source>
        <translation>Afbeeldingen exporteren</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Folder for the images</source>
        <translation>Map voor de afbeeldingen</translation>
    </message>
    <message>
        <source>Save Word report</source>
        <translation>Word-rapport opslaan</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>PDF-rapport opslaan</translation>
    </message>
    <message>
        <source>Save poster</source>
        <translation>Poster opslaan</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Kies waar je de export wilt opslaan.</translation>
    </message>
    <message>
        <source>Choose at least one chapter for the report.</source>
        <translation>Kies minstens één hoofdstuk voor het rapport.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Kies minstens één formaat.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Laying out the visuals…</source>
        <translation>De visuals worden opgemaakt…</translation>
    </message>
    <message>
        <source>Rendering the images…</source>
        <translation>De afbeeldingen worden gerenderd…</translation>
    </message>
    <message>
        <source>Writing the SVG images…</source>
        <translation>De SVG-afbeeldingen worden geschreven…</translation>
    </message>
    <message>
        <source>Writing the Word report…</source>
        <translation>Het Word-rapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Het PDF-rapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Writing the poster…</source>
        <translation>De poster wordt geschreven…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Afronden…</translation>
    </message>
    <message numerus="yes">
        <source>Export complete: %n file(s) written to %1.</source>
        <translation>
            <numerusform>Export klaar: %n bestand geschreven in %1.</numerusform>
            <numerusform>Export klaar: %n bestanden geschreven in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>De map %1 kon niet geopend worden.</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>De export is gestopt.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>De export is mislukt.</translation>
    </message>
    <message>
        <source>The export failed unexpectedly: %1</source>
        <translation>De export is onverwacht mislukt: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Please wait until the export has finished.</source>
        <translation>Wacht tot de export klaar is.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Export &amp;report…</source>
        <translation>Rappor&amp;t exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;poster…</source>
        <translation>&amp;Poster exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;images…</source>
        <translation>Afbeeldin&amp;gen exporteren…</translation>
    </message>
    <message>
        <source>Write the roadmap report as Word and/or PDF</source>
        <translation>Het roadmaprapport schrijven als Word en/of PDF</translation>
    </message>
    <message>
        <source>Print the roadmap visuals as an A3 or A2 landscape poster</source>
        <translation>De visuals van de roadmap afdrukken als liggende A3- of A2-poster</translation>
    </message>
    <message>
        <source>Save the roadmap visuals as PNG and SVG images</source>
        <translation>De visuals van de roadmap bewaren als PNG- en SVG-afbeeldingen</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>hoogstens %1 tekens</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open roadmap</source>
        <translation>Roadmap openen</translation>
    </message>
    <message>
        <source>New roadmap</source>
        <translation>Nieuwe roadmap</translation>
    </message>
    <message>
        <source>Save roadmap as</source>
        <translation>Roadmap opslaan als</translation>
    </message>
    <message>
        <source>Import roadmap JSON</source>
        <translation>Roadmap-JSON importeren</translation>
    </message>
    <message>
        <source>Save the imported roadmap as</source>
        <translation>De geïmporteerde roadmap opslaan als</translation>
    </message>
    <message>
        <source>Export roadmap JSON</source>
        <translation>Roadmap-JSON exporteren</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>Richtlijnen</translation>
    </message>
    <message>
        <source>Report chapter %1</source>
        <translation>Rapporthoofdstuk %1</translation>
    </message>
    <message>
        <source>What this section delivers</source>
        <translation>Wat deze sectie oplevert</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Results of this step</source>
        <translation>Resultaten van deze stap</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
</context>
<context>
    <name>InlineRename</name>
    <message>
        <source>Title of the new action</source>
        <translation>Titel van de nieuwe actie</translation>
    </message>
    <message>
        <source>Type a title; Enter stores it, Esc keeps this one</source>
        <translation>Typ een titel; Enter bewaart ze, Esc houdt deze</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>KPI chart</source>
        <translation>KPI-grafiek</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>LandscapeActions</name>
    <message>
        <source>Read roadmaps &amp;together (roll-up)…</source>
        <translation>Roadmaps &amp;samen lezen (roll-up)…</translation>
    </message>
    <message>
        <source>Open several roadmaps read-only side by side: overlaps, shared partners and projects, a combined timeline</source>
        <translation>Meerdere roadmaps alleen-lezen naast elkaar: overlap, gedeelde partners en projecten, een gezamenlijke tijdlijn</translation>
    </message>
    <message>
        <source>Generate &amp;working documents…</source>
        <translation>&amp;Werkdocumenten maken…</translation>
    </message>
    <message>
        <source>Write the start note, the meeting reports and the synthesis of the process as Word files</source>
        <translation>De startnota, de verslagen en de synthese van het proces als Word-bestanden schrijven</translation>
    </message>
    <message>
        <source>Roadmaps to read together</source>
        <translation>Roadmaps om samen te lezen</translation>
    </message>
</context>
<context>
    <name>LiveActions</name>
    <message>
        <source>&amp;Collaboration</source>
        <translation>Samen&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Verbinden met server…</translation>
    </message>
    <message>
        <source>Edit live together with co-authors through a co-editing server</source>
        <translation>Via een server meteen samen met co-auteurs bewerken</translation>
    </message>
    <message>
        <source>&amp;Disconnect from server</source>
        <translation>Verbinding met server &amp;verbreken</translation>
    </message>
    <message>
        <source>Stop sharing edits live; the roadmap keeps working on this computer</source>
        <translation>Wijzigingen niet langer meteen delen; de roadmap blijft op deze computer werken</translation>
    </message>
    <message>
        <source>Live co-editing status</source>
        <translation>Status van live samen bewerken</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n new conflict(s) to review (Collaboration → Review conflicts…)</source>
        <translation>
            <numerusform>Live: %n nieuw conflict na te kijken (Samenwerken → Conflicten nakijken…)</numerusform>
            <numerusform>Live: %n nieuwe conflicten na te kijken (Samenwerken → Conflicten nakijken…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Live: connected · with %1</source>
        <translation>Live: verbonden · met %1</translation>
    </message>
    <message>
        <source>Live: connected</source>
        <translation>Live: verbonden</translation>
    </message>
    <message>
        <source>Live: refused by the server (check the token)</source>
        <translation>Live: geweigerd door de server (controleer het token)</translation>
    </message>
    <message>
        <source>Live: stopped, the server holds another roadmap with this id</source>
        <translation>Live: gestopt, de server heeft een andere roadmap met deze id</translation>
    </message>
    <message>
        <source>Live: reconnecting… (your edits are kept)</source>
        <translation>Live: opnieuw verbinden… (uw wijzigingen blijven bewaard)</translation>
    </message>
    <message>
        <source>Live: connecting…</source>
        <translation>Live: verbinden…</translation>
    </message>
    <message>
        <source>Live: offline (your edits are kept and sent later)</source>
        <translation>Live: offline (uw wijzigingen blijven bewaard en worden later verstuurd)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problems found by the checks</source>
        <translation>Problemen gevonden door de controles</translation>
    </message>
    <message>
        <source>Show the problems in the wizard</source>
        <translation>De problemen tonen in de wizard</translation>
    </message>
    <message>
        <source>Routekaart</source>
        <translation>Routekaart</translation>
    </message>
    <message>
        <source>Draft, visualise and publish your cluster roadmap.</source>
        <translation>Schrijf, visualiseer en publiceer de roadmap van je cluster.</translation>
    </message>
    <message>
        <source>New roadmap…</source>
        <translation>Nieuwe roadmap…</translation>
    </message>
    <message>
        <source>Open roadmap…</source>
        <translation>Roadmap openen…</translation>
    </message>
    <message>
        <source>Recent roadmaps:</source>
        <translation>Recente roadmaps:</translation>
    </message>
    <message>
        <source>Recent roadmaps</source>
        <translation>Recente roadmaps</translation>
    </message>
    <message>
        <source>All changes are saved automatically</source>
        <translation>Alle wijzigingen worden automatisch bewaard</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Alleen-lezen: wijzigingen kunnen niet bewaard worden</translation>
    </message>
    <message>
        <source>Input not stored</source>
        <translation>Invoer niet bewaard</translation>
    </message>
    <message>
        <source>These entries could not be stored because they are not valid: %1

Close anyway and lose them?</source>
        <translation>Deze invoer kon niet bewaard worden omdat ze niet geldig is: %1

Toch sluiten en ze verliezen?</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Bewaard om %1</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
    <message>
        <source>About Routekaart</source>
        <translation>Over Routekaart</translation>
    </message>
    <message>
        <source>Routekaart %1 — draft, visualise and publish cluster innovation roadmaps (NIB method).</source>
        <translation>Routekaart %1 — innovatieroadmaps van clusters schrijven, visualiseren en publiceren (NIB-methode).</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>The new interface language is used the next time Routekaart starts.</source>
        <translation>De nieuwe interfacetaal wordt gebruikt vanaf de volgende start van Routekaart.</translation>
    </message>
    <message>
        <source>An export or a print is still running. Stop it and quit?</source>
        <translation>Er loopt nog een export of een afdruk. Stoppen en afsluiten?</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Stoppen en afsluiten</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Verder werken</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <source>Routekaart roadmap (*.roadmap)</source>
        <translation>Routekaart-roadmap (*.roadmap)</translation>
    </message>
    <message>
        <source>Roadmap JSON (*.json)</source>
        <translation>Roadmap-JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Import roadmap JSON…</source>
        <translation>Roadmap-JSON &amp;importeren…</translation>
    </message>
    <message>
        <source>Export roadmap &amp;JSON…</source>
        <translation>Roadmap-&amp;JSON exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;About Routekaart</source>
        <translation>&amp;Over Routekaart</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 op&amp;nieuw doen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Paragraph style</source>
        <translation>Alineastijl</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Gewone tekst</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Kop 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Kop 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Kop 3</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Vet (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursief (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>MonitoringPages</name>
    <message>
        <source>KPIs and their traffic lights</source>
        <translation>KPI&apos;s en hun verkeerslicht</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On track: within 10 points of the straight plan line from baseline to target; at risk: within 25 points; off track: further behind, or the target date has passed.</source>
        <translation>Op koers: minder dan 10 procentpunten achter op de rechte lijn van nulmeting naar streefwaarde; risico: tot 25 procentpunten; niet op koers: verder achter, of de streefdatum is voorbij.</translation>
    </message>
    <message>
        <source>Measurements of the chosen KPI</source>
        <translation>Metingen van de gekozen KPI</translation>
    </message>
    <message>
        <source>&amp;Add measurement</source>
        <translation>Meting &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Een meting toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete measurement</source>
        <translation>Meting &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected measurements</source>
        <translation>De geselecteerde metingen verwijderen</translation>
    </message>
    <message>
        <source>Show only &amp;late actions</source>
        <translation>Alleen acties met &amp;vertraging tonen</translation>
    </message>
    <message>
        <source>Actions and their status</source>
        <translation>Acties en hun status</translation>
    </message>
    <message>
        <source>Status history of the chosen action</source>
        <translation>Statusgeschiedenis van de gekozen actie</translation>
    </message>
    <message>
        <source>E&amp;xport monitoring report…</source>
        <translation>Monitoringrapport e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the monitoring report as PDF or Word</source>
        <translation>Het monitoringrapport exporteren als PDF of Word</translation>
    </message>
    <message>
        <source>&amp;Progress report for the funder…</source>
        <translation>&amp;Voortgangsrapport voor de financier…</translation>
    </message>
    <message>
        <source>Write the yearly progress report (KPI targets and results, portfolio, leverage, commitments, actions, changes since the previous revision) as PDF or Word</source>
        <translation>Schrijf het jaarlijkse voortgangsrapport (KPI-doelen en -resultaten, portefeuille, hefboom, engagementen, acties, wijzigingen sinds de vorige revisie) als PDF of Word</translation>
    </message>
    <message>
        <source>Write the yearly progress report</source>
        <translation>Schrijf het jaarlijkse voortgangsrapport</translation>
    </message>
    <message>
        <source>Revision to compare with</source>
        <translation>Revisie om mee te vergelijken</translation>
    </message>
    <message>
        <source>Changes since the chosen revision</source>
        <translation>Wijzigingen sinds de gekozen revisie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Changes &amp;since:</source>
        <translation>Wijzigingen &amp;sinds:</translation>
    </message>
</context>
<context>
    <name>MonitoringView</name>
    <message>
        <source>Monitoring</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Status van de acties</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>%1 actions · %2 % done · %3 late</source>
        <translation>%1 acties · %2 % afgerond · %3 met vertraging</translation>
    </message>
    <message>
        <source>(choose a revision)</source>
        <translation>(kies een revisie)</translation>
    </message>
    <message>
        <source> (kept in the file)</source>
        <translation> (bewaard in het bestand)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since this revision</source>
        <translation>
            <numerusform>%n wijziging sinds deze revisie</numerusform>
            <numerusform>%n wijzigingen sinds deze revisie</numerusform>
        </translation>
    </message>
    <message>
        <source>Add KPIs in step 4 of the wizard to follow them here.</source>
        <translation>Voeg KPI&apos;s toe in stap 4 van de wizard om ze hier op te volgen.</translation>
    </message>
    <message>
        <source> — %1 % of the planned change reached; %2 % expected by the plan at the latest measurement</source>
        <translation> — %1 % van de geplande verandering bereikt; volgens het plan %2 % verwacht bij de laatste meting</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Meting toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measurement(s)</source>
        <translation>
            <numerusform>%n meting verwijderen</numerusform>
            <numerusform>%n metingen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>monitoring-report.pdf</source>
        <translation>monitoringrapport.pdf</translation>
    </message>
    <message>
        <source>Export monitoring report</source>
        <translation>Monitoringrapport exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Writing the monitoring report…</source>
        <translation>Het monitoringrapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Roadmap outline</source>
        <translation>Overzicht van de roadmap</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Rij &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Naar &amp;onder</translation>
    </message>
    <message>
        <source>Add a row to “%1” first.</source>
        <translation>Voeg eerst een rij toe aan “%1”.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n rij verwijderen</numerusform>
            <numerusform>%n rijen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Volgorde wijzigen</translation>
    </message>
</context>
<context>
    <name>PartAView</name>
    <message>
        <source>Part A overview</source>
        <extracomment>Entities of which Part A reads only some fields, and those fields.</extracomment>
        <translation>Overzicht deel A</translation>
    </message>
    <message>
        <source>Overview tools</source>
        <translation>Werkbalk van het overzicht</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Indeling herstellen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) copied</source>
        <translation>
            <numerusform>%n item gekopieerd</numerusform>
            <numerusform>%n items gekopieerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Knippen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
</context>
<context>
    <name>PartBMenu</name>
    <message>
        <source>Part B: show pro&amp;jects</source>
        <translation>Deel B: pro&amp;jecten tonen</translation>
    </message>
    <message>
        <source>Show the projects of the portfolio under the timeline&apos;s lanes</source>
        <translation>Toon de projecten van de portefeuille onder de banen van de tijdlijn</translation>
    </message>
    <message>
        <source>Part B: show &amp;KPI targets per year</source>
        <translation>Deel B: &amp;KPI-doelen per jaar tonen</translation>
    </message>
    <message>
        <source>Show each KPI&apos;s yearly targets under the timeline&apos;s lanes</source>
        <translation>Toon de jaardoelen van elke KPI onder de banen van de tijdlijn</translation>
    </message>
</context>
<context>
    <name>PartBToolbar</name>
    <message>
        <source>Timeline tools</source>
        <translation>Werkbalk van de tijdlijn</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Waardeketen</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Selecteren</translation>
    </message>
    <message>
        <source>Select, move and resize (drag)</source>
        <translation>Selecteren, verplaatsen en de duur wijzigen (slepen)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Draw a dependency from one item to another (or Alt+drag)</source>
        <translation>Een afhankelijkheid tekenen van het ene item naar het andere (of Alt+slepen)</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tekenen</translation>
    </message>
    <message>
        <source>Draw a new action in a lane</source>
        <translation>Een nieuwe actie tekenen in een laag</translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation>Uitlijnen op</translation>
    </message>
    <message>
        <source>Snap: day</source>
        <translation>Uitlijnen: dag</translation>
    </message>
    <message>
        <source>Snap: week</source>
        <translation>Uitlijnen: week</translation>
    </message>
    <message>
        <source>Snap: month</source>
        <translation>Uitlijnen: maand</translation>
    </message>
    <message>
        <source>Snap: quarter</source>
        <translation>Uitlijnen: kwartaal</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Acties filteren</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Aanpassen aan breedte</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exporteren…</translation>
    </message>
    <message>
        <source>All value chains</source>
        <translation>Alle waardeketens</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
</context>
<context>
    <name>PartBView</name>
    <message>
        <source>Legend</source>
        <extracomment>Above this many actions arrows are routed without avoiding bars (layout time).</extracomment>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filter (on)</source>
        <translation>Filter (aan)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>geen trekker</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Trekkers</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>mijlpaal</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>afhankelijkheid</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>light = planned</source>
        <translation>licht = gepland</translation>
    </message>
    <message>
        <source>solid = committed / ongoing</source>
        <translation>vol = toegezegd / lopend</translation>
    </message>
    <message>
        <source>red outline = delayed</source>
        <translation>rode rand = vertraagd</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ afgerond</translation>
    </message>
    <message>
        <source>✕ cancelled</source>
        <translation>✕ geannuleerd</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interfacetaal</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Interfacetaal:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Automatic snapshot interval in minutes</source>
        <translation>Interval van automatische momentopnamen in minuten</translation>
    </message>
    <message>
        <source>Automatic &amp;snapshot every:</source>
        <translation>Automatische &amp;momentopname elke:</translation>
    </message>
    <message>
        <source>Author name for co-editing</source>
        <translation>Auteursnaam voor samen bewerken</translation>
    </message>
    <message>
        <source>&amp;Author name (co-editing):</source>
        <translation>&amp;Auteursnaam (samen bewerken):</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Standaardtaal van rapporten</translation>
    </message>
    <message>
        <source>Default &amp;report language:</source>
        <translation>Standaardtaal van &amp;rapporten:</translation>
    </message>
    <message>
        <source>Show empty sections in reports as “not yet filled in”</source>
        <translation>Lege secties in rapporten tonen als “nog niet ingevuld”</translation>
    </message>
</context>
<context>
    <name>PresentationKeys</name>
    <message>
        <source>Next reveal step or scene</source>
        <translation>Volgende onthulstap of scène</translation>
    </message>
    <message>
        <source>Previous reveal step or scene</source>
        <translation>Vorige onthulstap of scène</translation>
    </message>
    <message>
        <source>First / last scene</source>
        <translation>Eerste / laatste scène</translation>
    </message>
    <message>
        <source>Jump to scene 1–9</source>
        <translation>Naar scène 1–9 springen</translation>
    </message>
    <message>
        <source>Reveal the whole scene</source>
        <translation>De hele scène tonen</translation>
    </message>
    <message>
        <source>Zoom in on what each reveal step adds</source>
        <translation>Inzoomen op wat elke onthulstap toevoegt</translation>
    </message>
    <message>
        <source>Fit the whole figure / fit the width</source>
        <translation>De hele figuur / de breedte passend tonen</translation>
    </message>
    <message>
        <source>Zoom in / out (drag or wheel to pan)</source>
        <translation>In- / uitzoomen (slepen of muiswiel verschuift)</translation>
    </message>
    <message>
        <source>Follow the path of an objective</source>
        <translation>Het pad van een doelstelling volgen</translation>
    </message>
    <message>
        <source>Laser pointer / spotlight</source>
        <translation>Laserpointer / spotlicht</translation>
    </message>
    <message>
        <source>Light or dark theme</source>
        <translation>Licht of donker thema</translation>
    </message>
    <message>
        <source>Quick-add an action in the lane under the pointer</source>
        <translation>Snel een actie toevoegen in de baan onder de aanwijzer</translation>
    </message>
    <message>
        <source>Sticky note / onto the parking lot / move a note to or from the parking lot</source>
        <translation>Plakbriefje / meteen op de parkeerplaats / een briefje naar of van de parkeerplaats</translation>
    </message>
    <message>
        <source>Next scenario: show only its programmes and their actions (then all again)</source>
        <translation>Volgend scenario: alleen zijn programma&apos;s en hun acties tonen (daarna weer alles)</translation>
    </message>
    <message>
        <source>Dot-voting board: 1–9 or Space a dot, − take one back, ←→ what to vote on, Enter participant</source>
        <translation>Stemmen met stickers: 1–9 of spatie een sticker, − er een terugnemen, ←→ waarover gestemd wordt, Enter deelnemer</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Ongedaan maken / opnieuw</translation>
    </message>
    <message>
        <source>Clear the path or laser, else leave the presentation</source>
        <translation>Pad of laser uitzetten, anders de presentatie verlaten</translation>
    </message>
</context>
<context>
    <name>PresentationMenu</name>
    <message>
        <source>Present on which screen?</source>
        <translation>Op welk scherm presenteren?</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Scherm:</translation>
    </message>
    <message>
        <source>Choose the screen to present on</source>
        <translation>Kies het scherm om op te presenteren</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presenteren</translation>
    </message>
    <message>
        <source>Show the roadmap full screen for a workshop (scenes, reveal, live edits)</source>
        <translation>De roadmap schermvullend tonen voor een workshop (scènes, stap voor stap tonen, live bewerken)</translation>
    </message>
    <message>
        <source>Export presentation &amp;deck (PPTX)…</source>
        <translation>Presentatie&amp;deck exporteren (PPTX)…</translation>
    </message>
    <message>
        <source>Save the presentation scenes as a PowerPoint deck with speaker notes</source>
        <translation>De presentatiescènes bewaren als PowerPoint-deck met sprekersnotities</translation>
    </message>
    <message>
        <source>Export presentation deck</source>
        <translation>Presentatiedeck exporteren</translation>
    </message>
    <message>
        <source>PowerPoint deck (*.pptx)</source>
        <translation>PowerPoint-deck (*.pptx)</translation>
    </message>
    <message>
        <source>Presentation deck saved: %1</source>
        <translation>Presentatiedeck bewaard: %1</translation>
    </message>
</context>
<context>
    <name>PresentationPainting</name>
    <message>
        <source>This roadmap has nothing to present yet.</source>
        <translation>Deze roadmap heeft nog niets om te presenteren.</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pad: %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>Dot voting: %1</source>
        <translation>Stemmen met stickers: %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>Workshop: %1 · dots from: %2 · voters: %3</source>
        <translation>Workshop: %1 · stickers van: %2 · stemmers: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>1–9 or Space: a dot · − take one back · ↑↓ choose · ←→ visions / opportunities / programmes · Enter: participant · V: close</source>
        <translation>1–9 of spatie: een sticker · − er een terugnemen · ↑↓ kiezen · ←→ toekomstbeelden / kansen / programma&apos;s · Enter: deelnemer · V: sluiten</translation>
    </message>
    <message>
        <source>Nothing to vote on yet</source>
        <translation>Nog niets om over te stemmen</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Routekaart – presentation</source>
        <translation>Routekaart – presentatie</translation>
    </message>
    <message>
        <source>New item title</source>
        <extracomment>(id, title, programme ids) of the scenario shown, None: everything</extracomment>
        <translation>Titel van het nieuwe item</translation>
    </message>
    <message>
        <source>Follow the path of an objective</source>
        <translation>Het pad van een doelstelling volgen</translation>
    </message>
    <message>
        <source>No objectives yet</source>
        <translation>Nog geen doelstellingen</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles tonen</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print report…</source>
        <translation>Rapport &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Print the roadmap report on a printer or to a PDF file</source>
        <translation>Druk het rapport van de roadmap af op een printer of naar een PDF-bestand</translation>
    </message>
    <message>
        <source>Print &amp;visual…</source>
        <translation>&amp;Visual afdrukken…</translation>
    </message>
    <message>
        <source>Print the visual shown in front (Part A or Part B)</source>
        <translation>Druk de visual af die vooraan staat (deel A of deel B)</translation>
    </message>
    <message>
        <source>Printed %1 to %2</source>
        <translation>%1 afgedrukt naar %2</translation>
    </message>
    <message>
        <source>Sent %1 to the printer</source>
        <translation>%1 naar de printer gestuurd</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Rapport afdrukken</translation>
    </message>
    <message>
        <source>Print visual</source>
        <translation>Visual afdrukken</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet gestart worden.</translation>
    </message>
    <message>
        <source>the visual</source>
        <translation>de visual</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Which problems</source>
        <extracomment>At most this many problems are listed at once (a big roadmap can have thousands of hints).</extracomment>
        <translation>Welke problemen</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle secties</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Deze sectie</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Alleen fouten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>… and %1 more: choose “This section” to see the problems of one page</source>
        <translation>… en nog %1: kies „Deze sectie” om de problemen van één pagina te zien</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n tip</numerusform>
            <numerusform>%n tips</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problemen: %1</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Progress report for the funder</source>
        <translation>Voortgangsrapport voor de financier</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Rapportagejaar</translation>
    </message>
    <message>
        <source>Revision to compare with</source>
        <translation>Revisie om mee te vergelijken</translation>
    </message>
    <message>
        <source>The newest named revision before the reporting year</source>
        <translation>De jongste benoemde revisie van vóór het rapportagejaar</translation>
    </message>
    <message>
        <source> (kept in the file)</source>
        <translation> (bewaard in het bestand)</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>File to write (PDF or Word)</source>
        <translation>Te schrijven bestand (PDF of Word)</translation>
    </message>
    <message>
        <source>…/progress-report.pdf or .docx</source>
        <translation>…/voortgangsrapport.pdf of .docx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose where to save the progress report</source>
        <translation>Kies waar het voortgangsrapport bewaard wordt</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>Rapportage&amp;jaar:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Vergelijken &amp;met:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Bewaren &amp;als:</translation>
    </message>
    <message>
        <source>Progress report status</source>
        <translation>Stand van het voortgangsrapport</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>Rapport &amp;schrijven</translation>
    </message>
    <message>
        <source>progress-report-%1.pdf</source>
        <translation>voortgangsrapport-%1.pdf</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Voortgangsrapport bewaren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Choose where to save the progress report.</source>
        <translation>Kies waar het voortgangsrapport bewaard wordt.</translation>
    </message>
    <message>
        <source>That is the roadmap file itself; choose another name for the report.</source>
        <translation>Dat is het roadmapbestand zelf; kies een andere naam voor het rapport.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .docx.</source>
        <translation>Kies een bestandsnaam die eindigt op .pdf of .docx.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 is een map; kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>Writing the progress report…</source>
        <translation>Het voortgangsrapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Laying out the KPI charts…</source>
        <translation>De KPI-grafieken worden opgemaakt…</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Het PDF-rapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Writing the Word report…</source>
        <translation>Het Word-rapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Bezig met schrijven…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>The progress report could not be written: %1</source>
        <translation>Het voortgangsrapport kon niet geschreven worden: %1</translation>
    </message>
    <message>
        <source>Please wait until the report has been written.</source>
        <translation>Wacht tot het rapport geschreven is.</translation>
    </message>
</context>
<context>
    <name>ReferenceLaneActions</name>
    <message>
        <source>Import reference &amp;lane…</source>
        <translation>Referentie&amp;baan importeren…</translation>
    </message>
    <message>
        <source>Show another roadmap&apos;s milestones, from its roadmap JSON, as a read-only lane under Part B</source>
        <translation>De mijlpalen van een andere roadmap (uit haar roadmap-JSON) als alleen-lezen baan onder deel B tonen</translation>
    </message>
    <message>
        <source>Remove reference lane…</source>
        <translation>Referentiebaan verwijderen…</translation>
    </message>
    <message>
        <source>Stop showing another roadmap as a lane in Part B</source>
        <translation>Een andere roadmap niet langer als baan in deel B tonen</translation>
    </message>
    <message>
        <source>Import reference lane from roadmap JSON</source>
        <translation>Referentiebaan importeren uit roadmap-JSON</translation>
    </message>
    <message>
        <source>%1 has no dated milestones to show as a lane.</source>
        <translation>%1 heeft geen gedateerde mijlpalen om als baan te tonen.</translation>
    </message>
    <message>
        <source>Import reference lane</source>
        <translation>Referentiebaan importeren</translation>
    </message>
    <message>
        <source>Reference lane %1 added under Part B (milestones: %2)</source>
        <translation>Referentiebaan %1 toegevoegd onder deel B (mijlpalen: %2)</translation>
    </message>
    <message>
        <source>Part B shows no reference lane.</source>
        <translation>Deel B toont geen referentiebaan.</translation>
    </message>
    <message>
        <source>Remove reference lane</source>
        <translation>Referentiebaan verwijderen</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>Baan:</translation>
    </message>
    <message>
        <source>Reference lane %1 removed from Part B</source>
        <translation>Referentiebaan %1 verwijderd uit deel B</translation>
    </message>
</context>
<context>
    <name>ReportPrintJob</name>
    <message>
        <source>Preparing the report…</source>
        <translation>Het rapport wordt voorbereid…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Rapport afdrukken</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Het afdrukken is gestopt.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Het rapport wordt opgemaakt…</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet gestart worden.</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Pagina %1 van %2 wordt afgedrukt…</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>het rapport</translation>
    </message>
</context>
<context>
    <name>RoadmapSession</name>
    <message numerus="yes">
        <source>Undo history: %n step(s) taken out or narrowed, because changes from colleagues were merged into the same fields.</source>
        <extracomment>Milliseconds after opening when the co-editing document is read (the store leaves it for later, so the window paints first; an edit before then reads it at once).</extracomment>
        <translation>
            <numerusform>Ongedaan maken: %n stap uit de geschiedenis gehaald of ingekort, omdat wijzigingen van collega&apos;s in dezelfde velden werden samengevoegd.</numerusform>
            <numerusform>Ongedaan maken: %n stappen uit de geschiedenis gehaald of ingekort, omdat wijzigingen van collega&apos;s in dezelfde velden werden samengevoegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollupWindow</name>
    <message>
        <source>Roadmaps read together</source>
        <translation>Roadmaps samen gelezen</translation>
    </message>
    <message>
        <source>Roll-up tools</source>
        <translation>Hulpmiddelen roll-up</translation>
    </message>
    <message>
        <source>Add roadmap…</source>
        <translation>Roadmap toevoegen…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Opslaan als Word…</translation>
    </message>
    <message>
        <source>Roadmaps in this roll-up</source>
        <translation>Roadmaps in deze roll-up</translation>
    </message>
    <message>
        <source>Roll-up of the roadmaps</source>
        <translation>Roll-up van de roadmaps</translation>
    </message>
    <message>
        <source>Add roadmaps to the roll-up</source>
        <translation>Roadmaps aan de roll-up toevoegen</translation>
    </message>
    <message>
        <source>Routekaart roadmap (*.roadmap)</source>
        <translation>Routekaart-roadmap (*.roadmap)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Alleen lezen: %1</translation>
    </message>
    <message>
        <source>Add at least one more roadmap to read them together.</source>
        <translation>Voeg nog minstens één roadmap toe om ze samen te lezen.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Save the roll-up</source>
        <translation>Roll-up opslaan</translation>
    </message>
    <message>
        <source>That is one of the roadmap files; choose another name.</source>
        <translation>Dat is een van de roadmapbestanden; kies een andere naam.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
</context>
<context>
    <name>RowCommands</name>
    <message>
        <source>Rows copied: %1</source>
        <translation>Rijen gekopieerd: %1</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Rijen plakken</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Timeline (Part B)</source>
        <translation>Tijdlijn (deel B)</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots and revisions</source>
        <translation>Momentopnamen en revisies</translation>
    </message>
    <message>
        <source>Snapshots are verified copies made automatically; named revisions are kept until you remove them. Restoring adds the differences as new edits (you can undo them).</source>
        <translation>Momentopnamen zijn gecontroleerde kopieën die automatisch gemaakt worden; benoemde revisies blijven bewaard tot je ze verwijdert. Herstellen voegt de verschillen toe als nieuwe bewerkingen (die je ongedaan kunt maken).</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Momentopnamen</translation>
    </message>
    <message>
        <source>&amp;Name a revision…</source>
        <translation>Revisie &amp;benoemen…</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>Selectie &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Compare two selected</source>
        <translation>Twee geselecteerde &amp;vergelijken</translation>
    </message>
    <message>
        <source>Compare with &amp;now</source>
        <translation>Vergelijken met &amp;nu</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>  (automatic)</source>
        <translation>  (automatisch)</translation>
    </message>
    <message>
        <source>  (named revision)</source>
        <translation>  (benoemde revisie)</translation>
    </message>
    <message>
        <source>Name a revision</source>
        <translation>Revisie benoemen</translation>
    </message>
    <message>
        <source>Name (e.g. after workshop 2):</source>
        <translation>Naam (bv. na workshop 2):</translation>
    </message>
    <message>
        <source>Select one snapshot to restore.</source>
        <translation>Selecteer één momentopname om te herstellen.</translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation>Momentopname herstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restored: %n change(s) applied as new edits.</source>
        <translation>
            <numerusform>Hersteld: %n wijziging toegepast als nieuwe bewerking.</numerusform>
            <numerusform>Hersteld: %n wijzigingen toegepast als nieuwe bewerkingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Geen verschillen.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Select two snapshots to compare.</source>
        <translation>Selecteer twee momentopnamen om te vergelijken.</translation>
    </message>
    <message>
        <source>Select one snapshot to compare with the roadmap now.</source>
        <translation>Selecteer één momentopname om te vergelijken met de roadmap zoals hij nu is.</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Return)</source>
        <translation>Rij toevoegen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete)</source>
        <translation>Geselecteerde rijen verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation>Geselecteerde rij omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>Geselecteerde rij omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>%1 of the selected row</source>
        <translation>%1 van de geselecteerde rij</translation>
    </message>
    <message>
        <source>Not stored — %1</source>
        <translation>Niet bewaard — %1</translation>
    </message>
    <message>
        <source>add a row to “%1” first</source>
        <translation>voeg eerst een rij toe aan „%1”</translation>
    </message>
    <message>
        <source>This objective has no future vision: it will not show in Part A. Choose one in the “%1” column.</source>
        <translation>Deze doelstelling hoort bij geen toekomstbeeld: ze verschijnt niet in deel A. Kies er een in de kolom “%1”.</translation>
    </message>
    <message>
        <source>This objective belongs to “%1”, a future vision that is not selected: it will not show in Part A until that vision is selected or you choose another one.</source>
        <translation>Deze doelstelling hoort bij “%1”, een toekomstbeeld dat niet geselecteerd is: ze verschijnt pas in deel A als dat toekomstbeeld geselecteerd wordt of als je een ander kiest.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n rij verwijderen</numerusform>
            <numerusform>%n rijen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Volgorde wijzigen</translation>
    </message>
</context>
<context>
    <name>TimeHeader</name>
    <message>
        <source>Time axis</source>
        <translation>Tijdas</translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message>
        <source>Add dependency</source>
        <translation>Afhankelijkheid toevoegen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Knippen</translation>
    </message>
    <message>
        <source>Resize action</source>
        <translation>Duur van de actie wijzigen</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Actie verplaatsen</translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation>Naar andere laag verplaatsen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) copied</source>
        <translation>
            <numerusform>%n item gekopieerd</numerusform>
            <numerusform>%n items gekopieerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
</context>
<context>
    <name>TimelineMouse</name>
    <message>
        <source>Move action</source>
        <translation>Actie verplaatsen</translation>
    </message>
    <message>
        <source>Move actions</source>
        <translation>Acties verplaatsen</translation>
    </message>
    <message>
        <source>Resize action</source>
        <translation>Duur van de actie wijzigen</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of actions</source>
        <translation>Tijdlijn van de acties</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Trekker: %1</translation>
    </message>
    <message>
        <source>TRL %1 → %2</source>
        <translation>TRL %1 → %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Actie hernoemen</translation>
    </message>
</context>
<context>
    <name>ViewTabs</name>
    <message>
        <source>Roadmap views</source>
        <translation>Weergaven van de roadmap</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Wizard</source>
        <translation>Wizard</translation>
    </message>
    <message>
        <source>Part A: overview</source>
        <translation>Deel A: overzicht</translation>
    </message>
    <message>
        <source>Part B: timeline</source>
        <translation>Deel B: tijdlijn</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
</context>
<context>
    <name>VisualImage</name>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image; choose a lower resolution.</source>
        <extracomment>zlib level of the 8-bit report figures: level 4 takes 60 % of the time of the default 6 for files 5 % larger (bench/export.py: 2,000 actions, 95 figure pages, 7.0 vs 6.6 MB)</extracomment>
        <translation>Niet genoeg geheugen voor een afbeelding van %1 × %2 pixels; kies een lagere resolutie.</translation>
    </message>
    <message>
        <source>could not encode %1</source>
        <extracomment>Text is set this many times larger and drawn scaled down by as much: Qt rounds a font&apos;s pixel size to a whole number, so 7.5 or 8.5 points drawn at one unit per point came out at 8 and 9 (6 % wider than measured, past the edges of their boxes); at 16 times the rounding is under half a percent.</extracomment>
        <translation>kon %1 niet coderen</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Not stored — %1: %2</source>
        <translation>Niet bewaard — %1: %2</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Invoerprobleem</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Steps and sections</source>
        <translation>Stappen en secties</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Stap %1 · %2</translation>
    </message>
    <message>
        <source>%1 (report chapter %2)</source>
        <translation>%1 (rapporthoofdstuk %2)</translation>
    </message>
</context>
<context>
    <name>WorkingDocumentsDialog</name>
    <message>
        <source>Generate working documents</source>
        <translation>Werkdocumenten maken</translation>
    </message>
    <message>
        <source>Folder for the working documents</source>
        <translation>Map voor de werkdocumenten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Taal van de documenten</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Start note, meeting reports (workshops: %1) and the synthesis, as Word files.</source>
        <translation>Startnota, verslagen (workshops: %1) en de synthese, als Word-bestanden.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Working documents status</source>
        <translation>Stand van de werkdocumenten</translation>
    </message>
    <message>
        <source>&amp;Write documents</source>
        <translation>Documenten &amp;schrijven</translation>
    </message>
    <message>
        <source>Choose a folder for the working documents.</source>
        <translation>Kies een map voor de werkdocumenten.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is een bestand, geen map.</translation>
    </message>
    <message>
        <source>Writing the working documents…</source>
        <translation>De werkdocumenten worden geschreven…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
        <source>Wrote %1 documents in %2</source>
        <translation>%1 documenten geschreven in %2</translation>
    </message>
</context>
<context>
    <name>WorkshopTools</name>
    <message>
        <source>All scenarios</source>
        <translation>Alle scenario&apos;s</translation>
    </message>
    <message>
        <source>Scenario: %1 (programmes: %2, actions: %3)</source>
        <translation>Scenario: %1 (programma&apos;s: %2, acties: %3)</translation>
    </message>
    <message>
        <source>No scenario has programmes yet</source>
        <translation>Nog geen scenario met programma&apos;s</translation>
    </message>
    <message>
        <source>No dot of this participant on %1</source>
        <translation>Deze deelnemer heeft geen sticker op %1</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Sticker terugnemen</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Stem met sticker</translation>
    </message>
    <message>
        <source>Participant: type a name, Enter to confirm, Esc to cancel</source>
        <translation>Deelnemer: typ een naam, Enter om te bevestigen, Esc om te annuleren</translation>
    </message>
    <message>
        <source>Quick-add works on a Part B scene</source>
        <translation>Snel toevoegen werkt in een scène van deel B</translation>
    </message>
    <message>
        <source>Point at a lane first</source>
        <translation>Wijs eerst een laag aan</translation>
    </message>
    <message>
        <source>New action: type a title, Enter to add, Esc to cancel</source>
        <translation>Nieuwe actie: typ een titel, Enter om toe te voegen, Esc om te annuleren</translation>
    </message>
    <message>
        <source>Sticky note: type, Enter to add, Esc to cancel</source>
        <translation>Plakbriefje: typ, Enter om toe te voegen, Esc om te annuleren</translation>
    </message>
    <message>
        <source>Parking lot: type, Enter to add, Esc to cancel</source>
        <translation>Parkeerplaats: typ, Enter om toe te voegen, Esc om te annuleren</translation>
    </message>
    <message>
        <source>Dots now from %1</source>
        <translation>Stickers nu van %1</translation>
    </message>
    <message>
        <source>Dots now anonymous</source>
        <translation>Stickers nu anoniem</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Add sticky note</source>
        <translation>Plakbriefje toevoegen</translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation>Mijlpaal verplaatsen</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkeerplaats</translation>
    </message>
</context>
</TS>
