<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Export as SVG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution (dots per inch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRL at start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRL at end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export roadmap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word report (.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poster (.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (PNG and SVG) in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 Future visions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 Current situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 Paths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5 Strategic action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annexes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chapters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty sections out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show empty sections, marked as not yet filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty sections:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poster paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poster paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All visuals, one per page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part A – overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part B – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poster shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poster shows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image resolution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The roadmap visuals are not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Word report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save PDF report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one chapter for the report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laying out the visuals…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendering the images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the SVG images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the Word report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the poster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export complete: %1 file(s) written to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed unexpectedly: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please wait until the export has finished.</source>
        <translation type="unfinished" />
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
    <name>MainWindow</name>
    <message>
        <source>Problems found by the checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the problems in the wizard</source>
        <translation type="unfinished" />
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
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
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
        <translation>%1 &amp;opnieuw doen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
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
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n probleem</numerusform><numerusform>%n problemen</numerusform></translation>
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
    <name>MonitoringView</name>
    <message>
        <source>KPIs and their traffic lights</source>
        <translation>KPI's en hun verkeerslicht</translation>
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
        <source>E&amp;xport monitoring report…</source>
        <translation>Monitoringrapport e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the monitoring report as PDF or Word</source>
        <translation>Het monitoringrapport exporteren als PDF of Word</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI's</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Status van de acties</translation>
    </message>
    <message>
        <source>%1 actions · %2 % done · %3 late</source>
        <translation>%1 acties · %2 % afgerond · %3 met vertraging</translation>
    </message>
    <message>
        <source>Add KPIs in step 4 of the wizard to follow them here.</source>
        <translation>Voeg KPI's toe in stap 4 van de wizard om ze hier op te volgen.</translation>
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
        <source>New</source>
        <translation>Nieuw</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartBView</name>
    <message>
        <source>Legend</source>
        <extracomment>Above this many actions arrows are routed without avoiding bars (layout time).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select, move and resize (drag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw a dependency from one item to another (or Alt+drag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw a new action in a lane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snap to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snap: day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snap: week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snap: month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snap: quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All value chains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter (on)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>light = planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>solid = committed / ongoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>red outline = delayed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
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
        <translation>Interface&amp;taal:</translation>
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
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routekaart – presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the path of an objective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No objectives yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick-add works on a Part B scene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point at a lane first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New action: type a title, Enter to add, Esc to cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sticky note: type, Enter to add, Esc to cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parking lot: type, Enter to add, Esc to cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add sticky note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This roadmap has nothing to present yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished" />
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
    <message>
        <source>Problems: %1 errors, %2 warnings, %3 hints</source>
        <translation>Problemen: %1 fouten, %2 waarschuwingen, %3 tips</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
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
        <source>New</source>
        <translation>Nieuw</translation>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resize action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add dependency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Verwijderen</translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 item(s) copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished" />
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
</context>
</TS>