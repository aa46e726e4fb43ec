<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRL at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRL at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwarenessView</name>
    <message>
        <source>%1 is editing this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasExport</name>
    <message>
        <source>Export as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (dots per inch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <source>Move the selection by one snap unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected action shorter / longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection to the lane above / below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut, copy, paste actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a drag, clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <extracomment>Mouse gestures: shown as text (not key sequences).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a dependency between two items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an action, or add one in an empty lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoeditActions</name>
    <message>
        <source>&amp;Share to folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the roadmap in a shared folder so co-authors can edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open shared roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own working copy of a roadmap someone shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the co-authors&apos; changes from the shared folder and publish yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a copy of this roadmap received by e-mail or on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value to keep where co-authors changed the same thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;napshots and revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named revisions, restore an earlier state, compare two snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-editing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %1: %n row(s) updated</source>
        <translation>
            <numerusform>Merged %1: %n row updated</numerusform>
            <numerusform>Merged %1: %n rows updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflict to review.</numerusform>
            <numerusform>%n conflicts to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an empty shared folder (or one this roadmap is shared in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared roadmap folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep your own working copy (not in the shared folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmaps (*.roadmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge another copy of this roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before merging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots are kept for roadmaps saved in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoeditDialogs</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoeditMenu</name>
    <message>
        <source>Roadmap in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Review conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-authors changed the same thing at the same time. The value shown as current was kept; nothing was thrown away. Choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore deleted item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored: deleted while items were added under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: it would close a circle of dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted while linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted while edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this item was deleted while items were added under it (%2). It was brought back so that nothing added is lost. Keep current keeps it; delete it yourself if it should go, together with what is under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: these dependencies were added at the same time and together would make actions depend on themselves. This one was left out; the others are kept. Keep current accepts that; or delete another dependency of the circle and add this one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this item was deleted while it was being edited or linked to. It stays deleted; Restore deleted item brings it back with those edits and links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this at the same time. The current value was kept; the competing values are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore deleted item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a co-editing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits are shared live with everyone connected to this roadmap on the server. Without a connection you keep working; your edits are sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wss://server.example:8765</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an address that starts with ws:// or wss://, such as wss://server.example:8765.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Routekaart: %1

Your edits up to now are stored. Details were written to %2; please send that file with a description of what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>Exported %n file</numerusform>
            <numerusform>Exported %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word report (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (PNG and SVG) in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Future visions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Current situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Strategic action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty sections out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show empty sections, marked as not yet filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part A – overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part B – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All visuals (a poster page / an image each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex with the changes since a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annex of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visuals for the poster and the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster and images show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exported files in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap visuals are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Word report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one chapter for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the visuals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the SVG images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Word report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export complete: %n file(s) written to %1.</source>
        <translation>
            <numerusform>Export complete: %n file written to %1.</numerusform>
            <numerusform>Export complete: %n files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the roadmap report as Word and/or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the roadmap visuals as an A3 or A2 landscape poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roadmap visuals as PNG and SVG images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save roadmap as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roadmap JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the imported roadmap as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roadmap JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this section delivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineRename</name>
    <message>
        <source>Title of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a title; Enter stores it, Esc keeps this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>KPI chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandscapeActions</name>
    <message>
        <source>Read roadmaps &amp;together (roll-up)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open several roadmaps read-only side by side: overlaps, shared partners and projects, a combined timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;working documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the start note, the meeting reports and the synthesis of the process as Word files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmaps to read together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveActions</name>
    <message>
        <source>&amp;Collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit live together with co-authors through a co-editing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing edits live; the roadmap keeps working on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live co-editing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live: %n new conflict(s) to review (Collaboration → Review conflicts…)</source>
        <translation>
            <numerusform>Live: %n new conflict to review (Collaboration → Review conflicts…)</numerusform>
            <numerusform>Live: %n new conflicts to review (Collaboration → Review conflicts…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Live: connected · with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: refused by the server (check the token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: stopped, the server holds another roadmap with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: reconnecting… (your edits are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: offline (your edits are kept and sent later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problems found by the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the problems in the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routekaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, visualise and publish your cluster roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent roadmaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent roadmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes are saved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These entries could not be stored because they are not valid: %1

Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Routekaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routekaart %1 — draft, visualise and publish cluster innovation roadmaps (NIB method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new interface language is used the next time Routekaart starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export or a print is still running. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <source>Routekaart roadmap (*.roadmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import roadmap JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roadmap &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Routekaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPages</name>
    <message>
        <source>KPIs and their traffic lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track: within 10 points of the straight plan line from baseline to target; at risk: within 25 points; off track: further behind, or the target date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements of the chosen KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;late actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history of the chosen action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport monitoring report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the monitoring report as PDF or Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress report for the funder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the yearly progress report (KPI targets and results, portfolio, leverage, commitments, actions, changes since the previous revision) as PDF or Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the yearly progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the chosen revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes &amp;since:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringView</name>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions · %2 % done · %3 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (kept in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since this revision</source>
        <translation>
            <numerusform>%n change since this revision</numerusform>
            <numerusform>%n changes since this revision</numerusform>
        </translation>
    </message>
    <message>
        <source>Add KPIs in step 4 of the wizard to follow them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 % of the planned change reached; %2 % expected by the plan at the latest measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measurement(s)</source>
        <translation>
            <numerusform>Delete %n measurement</numerusform>
            <numerusform>Delete %n measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>monitoring-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the monitoring report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Roadmap outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to “%1” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartAView</name>
    <message>
        <source>Part A overview</source>
        <extracomment>Entities of which Part A reads only some fields, and those fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) copied</source>
        <translation type="unfinished">
            <numerusform>%n item copied</numerusform>
            <numerusform>%n items copied</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartBMenu</name>
    <message>
        <source>Part B: show pro&amp;jects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the projects of the portfolio under the timeline&apos;s lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part B: show &amp;KPI targets per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each KPI&apos;s yearly targets under the timeline&apos;s lanes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartBToolbar</name>
    <message>
        <source>Timeline tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select, move and resize (drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a dependency from one item to another (or Alt+drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new action in a lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap: day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap: week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap: month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap: quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All value chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartBView</name>
    <message>
        <source>Legend</source>
        <extracomment>Above this many actions arrows are routed without avoiding bars (layout time).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light = planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid = committed / ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red outline = delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic snapshot interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;snapshot every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author name for co-editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author name (co-editing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show empty sections in reports as “not yet filled in”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationKeys</name>
    <message>
        <source>Next reveal step or scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous reveal step or scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to scene 1–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the whole scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on what each reveal step adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole figure / fit the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out (drag or wheel to pan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the path of an objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laser pointer / spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-add an action in the lane under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky note / onto the parking lot / move a note to or from the parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scenario: show only its programmes and their actions (then all again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot-voting board: 1–9 or Space a dot, − take one back, ←→ what to vote on, Enter participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the path or laser, else leave the presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationMenu</name>
    <message>
        <source>Present on which screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the screen to present on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the roadmap full screen for a workshop (scenes, reveal, live edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export presentation &amp;deck (PPTX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the presentation scenes as a PowerPoint deck with speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export presentation deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint deck (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation deck saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationPainting</name>
    <message>
        <source>This roadmap has nothing to present yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot voting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop: %1 · dots from: %2 · voters: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–9 or Space: a dot · − take one back · ↑↓ choose · ←→ visions / opportunities / programmes · Enter: participant · V: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to vote on yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routekaart – presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item title</source>
        <extracomment>(id, title, programme ids) of the scenario shown, None: everything</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the path of an objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the roadmap report on a printer or to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;visual…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the visual shown in front (Part A or Part B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Which problems</source>
        <extracomment>At most this many problems are listed at once (a big roadmap can have thousands of hints).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more: choose “This section” to see the problems of one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n hint</numerusform>
            <numerusform>%n hints</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Progress report for the funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest named revision before the reporting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (kept in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write (PDF or Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…/progress-report.pdf or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress-report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the progress report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the roadmap file itself; choose another name for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the progress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the KPI charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Word report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the report has been written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceLaneActions</name>
    <message>
        <source>Import reference &amp;lane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another roadmap&apos;s milestones, from its roadmap JSON, as a read-only lane under Part B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reference lane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing another roadmap as a lane in Part B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reference lane from roadmap JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dated milestones to show as a lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reference lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference lane %1 added under Part B (milestones: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part B shows no reference lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reference lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference lane %1 removed from Part B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrintJob</name>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapSession</name>
    <message numerus="yes">
        <source>Undo history: %n step(s) taken out or narrowed, because changes from colleagues were merged into the same fields.</source>
        <extracomment>Milliseconds after opening when the co-editing document is read (the store leaves it for later, so the window paints first; an edit before then reads it at once).</extracomment>
        <translation>
            <numerusform>Undo history: %n step taken out or narrowed, because changes from colleagues were merged into the same fields.</numerusform>
            <numerusform>Undo history: %n steps taken out or narrowed, because changes from colleagues were merged into the same fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollupWindow</name>
    <message>
        <source>Roadmaps read together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll-up tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmaps in this roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll-up of the roadmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add roadmaps to the roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routekaart roadmap (*.roadmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one more roadmap to read them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is one of the roadmap files; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowCommands</name>
    <message>
        <source>Rows copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Timeline (Part B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots and revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots are verified copies made automatically; named revisions are kept until you remove them. Restoring adds the differences as new edits (you can undo them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name a revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare two selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (named revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (e.g. after workshop 2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one snapshot to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored: %n change(s) applied as new edits.</source>
        <translation>
            <numerusform>Restored: %n change applied as a new edit.</numerusform>
            <numerusform>Restored: %n changes applied as new edits.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two snapshots to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one snapshot to compare with the roadmap now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a row to “%1” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This objective has no future vision: it will not show in Part A. Choose one in the “%1” column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This objective belongs to “%1”, a future vision that is not selected: it will not show in Part A until that vision is selected or you choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeHeader</name>
    <message>
        <source>Time axis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message>
        <source>Add dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) copied</source>
        <translation type="unfinished">
            <numerusform>%n item copied</numerusform>
            <numerusform>%n items copied</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineMouse</name>
    <message>
        <source>Move action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRL %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewTabs</name>
    <message>
        <source>Roadmap views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part A: overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part B: timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualImage</name>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image; choose a lower resolution.</source>
        <extracomment>zlib level of the 8-bit report figures: level 4 takes 60 % of the time of the default 6 for files 5 % larger (bench/export.py: 2,000 actions, 95 figure pages, 7.0 vs 6.6 MB)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not encode %1</source>
        <extracomment>Text is set this many times larger and drawn scaled down by as much: Qt rounds a font&apos;s pixel size to a whole number, so 7.5 or 8.5 points drawn at one unit per point came out at 8 and 9 (6 % wider than measured, past the edges of their boxes); at 16 times the rounding is under half a percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Not stored — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Steps and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (report chapter %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingDocumentsDialog</name>
    <message>
        <source>Generate working documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the working documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start note, meeting reports (workshops: %1) and the synthesis, as Word files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working documents status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the working documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the working documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 documents in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopTools</name>
    <message>
        <source>All scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1 (programmes: %2, actions: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario has programmes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dot of this participant on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant: type a name, Enter to confirm, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-add works on a Part B scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a lane first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action: type a title, Enter to add, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky note: type, Enter to add, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot: type, Enter to add, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots now from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots now anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
