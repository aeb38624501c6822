<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Connect from “%1”: pick the target with Tab or the arrows, then press Enter (Escape cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No connection made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick another card to connect to, or press Escape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected “%1” → “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type “Stage / Lane: text” to add a card, or “Card -&gt; Card” to connect two cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name a stage and a lane (and optionally a step): “Stage / Lane: text”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the card's text after the colon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stage is called “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage “%1” has no step called “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The emotion lane holds no cards; set a card's emotion with the keys 1–5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No lane is called “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name two cards to connect: “Card -&gt; Card”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No card is called “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both names match the same card; type more of each title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move around</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the focus cell (mirrored in right-to-left maps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the next / previous card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the map / actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in / out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space+drag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pan the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new card in the focus cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish it and start another in the same cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line break inside a card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the card being typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick add: “Stage / Lane: text” or “Card -&gt; Card”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion −2, −1, 0, +1, +2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth on / off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to the neighbouring cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect: pick the target with Tab or arrows, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as a picture for slides (the whole map when nothing is selected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo / redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shape the grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step after / before (mirrored in right-to-left maps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a stage after the focused one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a lane below, its kind from a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the focused step later / earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the focused lane up / down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the focused step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the focused stage / lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the map's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the focused step / lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presentation mode on / off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next / previous stage (also the arrows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole map / last stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text on / off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave presentation mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quick Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards cannot be placed on the emotion lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A map has only one emotion lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A map keeps at least one stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stage keeps at least one step; delete the stage instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stage keeps at least one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo brings them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recovery copy of this map from %1 exists. Open it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recovery copy of this file exists; if it was sent to you, ask for it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A spreadsheet, not a map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a spreadsheet, not a journey map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring its rows into this map (File → Import from Excel), or start a new map from it (File → New from Spreadsheet)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import into This Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Map from It</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A desktop editor for customer journey maps: stages, steps, lanes, touchpoints, emotions and the paths customers take, in Hebrew and English.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fonts: Noto Sans and Noto Sans Hebrew, under the SIL Open Font License 1.1 (&lt;a href="%1"&gt;the licence text&lt;/a&gt; ships with Journeymap).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Start a map.&lt;/b&gt; File → New gives a blank map with the usual five stages; File → New from Template starts from an example.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Type cards.&lt;/b&gt; Move the focus frame with the arrow keys and start typing: a card is made in that cell. Enter finishes it, Ctrl+Enter starts another in the same cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Shape the grid.&lt;/b&gt; The Map menu adds stages, steps and lanes; double-click a header to rename it. Drag cards and lanes to move them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Say how customers feel.&lt;/b&gt; Select cards and press 1–5 for the emotion, M for a moment of truth, C to connect one card to the next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Show and share.&lt;/b&gt; F5 presents the map stage by stage; File → Export writes a picture, a PDF or an Excel workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every key is listed under Help → Keyboard Shortcuts (F1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Journeymap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Journeymap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Step After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Step Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Stage After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Lane Below…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Step Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Step Earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Lane Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Lane Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Map Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analyse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analysis panel: paths, reach, drop-offs and stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paths, reach, drop-offs and stages of the map (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reach on Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The analysis failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dead end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drops out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody reaches it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n connection(s); moves per 100 customers</source>
            <translation>
                <numerusform>%n connection; moves per 100 customers</numerusform>
                <numerusform>%n connections; moves per 100 customers</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moments of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reach %1 · lowest %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnalysisDock</name>
        <message>
            <source>Analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop-offs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loops and channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where customers come in: every entry card, split evenly, or one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show reach on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel switches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show Whole Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel switch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect cards to see the paths customers take.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entry card(s)</source>
            <translation>
                <numerusform>%n entry card</numerusform>
                <numerusform>%n entry cards</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone enters at “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · persona %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All entry cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a path to see it on the map with its emotion curve.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Could not write the recovery copy: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CanvasMenus</name>
        <message>
            <source>Very negative (-2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negative (-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neutral (0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Positive (+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very positive (+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert stage before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert stage after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert step before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert step after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert lane above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert lane below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add card here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardForm</name>
        <message>
            <source>Marketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technical support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens at this moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details, quotes, evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A touchpoint that decides whether the customer stays or leaves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department that runs it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPIs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 in %2, step “%3”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ColorButton</name>
        <message>
            <source>Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the colour of the lane's kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionForm</name>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why customers go this way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of customers who take this way (0–100 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From “%1” to “%2”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DefaultMap</name>
        <message>
            <source>Untitled journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consideration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advocacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectionAndLanguage</name>
        <message>
            <source>&amp;Right-to-Left Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages run from right to left, as a Hebrew map reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right-to-left map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left-to-right map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interface will be in %1 the next time Journeymap starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentController</name>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Map As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey maps (*.journey)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes to %1 before closing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG with a map (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the template</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExcelImport</name>
        <message>
            <source>a value, not a formula that was never calculated (open and save it in Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an id used once; row %1 has it too (clear this id to add the row as a new card)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards, row %1: card %2 was deleted from the map after the export; its edits in the workbook are not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards, row %1: the kind follows the lane (%2); to change it, choose another lane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a stage, a step and a lane for the new card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an id used once; row %1 has it too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the id of a card of the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the id or the exact title of a card of the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no Cards sheet (Cards or כרטיסים), so there is nothing to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheet “%1” has no “%2” column; the import matches rows by Id and needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was not exported by Journeymap (or lost its hidden base sheet): rows are compared with the map as it is now, and nothing counts as deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was exported from another map (“%2”): its rows would be added to this one as new cards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Map sheet was edited; edits there are not imported (edit the Cards, Connections and Personas sheets).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook has no %1 sheet; those stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet “%1”: columns not imported: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stage / step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPIs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>share of customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The emotion score of step “%1” has no card to carry it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds no rows to make a map of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds a cell that is not %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds no cards to make a map of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is neither a journey grid (stages in the first row, lanes in the first column) nor a table of cards (Stage, Step, Lane and Title columns).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name of a lane of the map (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name of a stage of the map (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a stage and a step of the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name of a step of this stage (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names of personas of the map (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large to read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 declares XML entities, which a workbook never needs (an entity bomb?); refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read as an Excel workbook: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheet “%1” has more than %2 rows; a journey map has far fewer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a PNG picture, not an Excel workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is an Excel 97–2003 workbook (.xls); open it in Excel or LibreOffice and save it as .xlsx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a PDF document, not an Excel workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbooks cannot be read safely: the defusedxml package is missing. Reinstall Journeymap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is empty: there is no workbook in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is %2 MB; a workbook to import is at most %3 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not an Excel workbook (.xlsx): it is not even a zip archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 contains macros; Journeymap does not open macro workbooks. Save it as a plain .xlsx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a zip archive but not an Excel workbook (it has no workbook part).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 inflates to far more data than a workbook of a journey holds (a zip bomb?); refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is empty: there is no table in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a text file; save the table as “CSV UTF-8”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not in UTF-8; in Excel, save it as “CSV UTF-8 (comma delimited)”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read as CSV: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a lane that holds cards (the emotion lane draws the curve)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a text of at most %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number from -2 to +2, or nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes or No (כן or לא)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number from 0 to 100, or nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPIs as “name: number unit”, separated by semicolons (“Call duration: 2 min”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a colour as #RRGGBB, for example #5B8DEF</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Copy as &amp;Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selection, or the whole map, as a picture for slides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture could not be made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied the selected cards as a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied the map as a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map could not be exported to %1.

%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG vector picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PowerPoint presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1× (%2 DPI)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom DPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> DPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;White</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Transparent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole &amp;map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected &amp;cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The size of the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The one the map fits best</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;lides:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One curve per persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The overall curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;motion lane:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Embed the &amp;map (the picture opens as an editable map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PowerPoint presentations (*.pptx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace File?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” already exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileGuard</name>
        <message>
            <source>File changed on disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was changed by someone else since you opened it. Saving will replace their changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overwrite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save As…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>Proprietary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HostDialog</name>
        <message>
            <source>Live Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others join with this address: Share → Join Live Session… in Journeymap, or scan the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can join:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People in the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop Sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>editing “%1”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>%n card selected</numerusform>
                <numerusform>%n cards selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back a workbook exported from this map and edited in Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New from Sp&amp;readsheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a map from a journey kept in Excel or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing imported: the map already holds everything in the workbook</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %n change(s) from %1</source>
            <translation>
                <numerusform>Imported %n change from %1</numerusform>
                <numerusform>Imported %n changes from %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Workbook of Another Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import it into this map anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Map from Spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could Not Import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>New Map from Spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted in the workbook</source>
            <translation>
                <numerusform>%n deleted in the workbook</numerusform>
                <numerusform>%n deleted in the workbook</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n in conflict</numerusform>
                <numerusform>%n in conflict</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors</source>
            <translation>
                <numerusform>%n with errors</numerusform>
                <numerusform>%n with errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import: the map already holds everything in the workbook.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n lane</numerusform>
                <numerusform>%n lanes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s)</source>
            <translation>
                <numerusform>%n connection</numerusform>
                <numerusform>%n connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with errors</source>
            <translation>
                <numerusform>%n row with errors</numerusform>
                <numerusform>%n rows with errors</numerusform>
            </translation>
        </message>
        <message>
            <source>A new map from %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lanes (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the map now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map's value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook's value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed both in the map since the export and in the workbook:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep All Map Values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take All Workbook Values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows removed from the workbook; tick the items to delete from the map:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted in the workbook (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Errors, not imported (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings (%1)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Choose a value for each conflict first (%n left)</source>
            <translation>
                <numerusform>Choose a value for each conflict first (%n left)</numerusform>
                <numerusform>Choose a value for each conflict first (%n left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join Live Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the address the host shows (it starts with journeymap:// or ws://).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeymap://192.168.1.20:40123/map-…?token=…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JourneyScene</name>
        <message>
            <source>Cards can only be dropped into cells of card lanes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clipboard holds no cards this map can use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to paste here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no lane for this kind of card here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyboardEntry</name>
        <message>
            <source>This map has no lane that can hold cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cards are already at the edge of the map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KpiTable</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add KPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New KPI</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Measured figures (KPIs), under the card's title: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveShare</name>
        <message>
            <source>Anyone on the network at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this computer (127.0.0.1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Host Live Session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Join Live Session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave Live Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Session &amp;Address…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop Sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not host a live session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journeymap could not listen on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this computer can join: the session listens on 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone on this network who has the address can join.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others have joined already. Stop sharing first to change who can join.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined the live session on “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not join the live session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The live session has ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live: connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live: reconnecting… (your changes are kept and sent when the network is back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live session ended</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>● Live: %n person(s)</source>
            <translation>
                <numerusform>● Live: %n person</numerusform>
                <numerusform>● Live: %n people</numerusform>
            </translation>
        </message>
        <message>
            <source>People are still in your live session</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n person(s) still edit this map with you. Closing stops the session for everyone; each keeps a copy of the map as it is now. Stop sharing and close?</source>
            <translation>
                <numerusform>%n person still edits this map with you. Closing stops the session for everyone; each keeps a copy of the map as it is now. Stop sharing and close?</numerusform>
                <numerusform>%n people still edit this map with you. Closing stops the session for everyone; each keeps a copy of the map as it is now. Stop sharing and close?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Drag a card from the palette onto the map, or double-click an empty cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom (Ctrl+0 fits the map, Ctrl+1 shows it at actual size)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1[*] — Journeymap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent files</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose journey, which goal, which scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left to right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right to left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Personas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hebrew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>German</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No personas yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaletteDock</name>
        <message>
            <source>Palette</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag onto a cell, or double-click to add to the selected cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel lanes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag onto the map, or double-click to add a lane after the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonaChecklist</name>
        <message>
            <source>This map has no personas yet (Map → Personas…).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonaCombo</name>
        <message>
            <source>Show one persona's paths and emotion curve (P in presentation mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All personas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonasDialog</name>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who they are, what they need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One goal per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Persona: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 landscape, 1 page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 portrait, 1 page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 landscape, %2 pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 portrait, %2 pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autosave interval (seconds):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While a map has unsaved changes, a recovery copy is kept in %1. Your own files are never written by autosave.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresentationMode</name>
        <message>
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All personas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent Directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directories</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickAddPopup</name>
        <message>
            <source>Purchase / Phone: call to ask about delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“Stage / Lane: text”, “Stage / Step / Lane: text” or “Card -&gt; Card”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds a card to %1 › %2 › %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connects “%1” → “%2”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover Unsaved Maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journeymap did not close normally. These maps had changes that were not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(never saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selection</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s)</source>
            <translation>
                <numerusform>%n connection</numerusform>
                <numerusform>%n connections</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 selected; a change applies to all of them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Change %1 of %n item(s)</source>
            <translation>
                <numerusform>Change %1 of %n item</numerusform>
                <numerusform>Change %1 of %n items</numerusform>
            </translation>
        </message>
        <message>
            <source>emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>personas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsOverlay</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help → Getting Started explains the first steps. Press Escape or click to close.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageChooser</name>
        <message>
            <source>All Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed stage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 stages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer is after in this stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage %1 of %2 · steps: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepForm</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The moment this column stands for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In stage “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StructureKeys</name>
        <message numerus="yes">
            <source>Delete the stage “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>Delete the stage “%1” and its %n card?</numerusform>
                <numerusform>Delete the stage “%1” and its %n cards?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the step “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>Delete the step “%1” and its %n card?</numerusform>
                <numerusform>Delete the step “%1” and its %n cards?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lane “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>Delete the lane “%1” and its %n card?</numerusform>
                <numerusform>Delete the lane “%1” and its %n cards?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>New from Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new map from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear Recent Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add S&amp;tep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Personas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New from &amp;Template…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>analysis</name>
        <message>
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;%1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled card)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n channel switch(es)</source>
            <translation>
                <numerusform>%n channel switch</numerusform>
                <numerusform>%n channel switches</numerusform>
            </translation>
        </message>
        <message>
            <source>emotion %1, lowest %2, at the end %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moments of truth: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n friction point(s)</source>
            <translation>
                <numerusform>%n friction point</numerusform>
                <numerusform>%n friction points</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and 1 more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of customers go round a loop more often than these paths show</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more path(s), %1 of customers</source>
            <translation>
                <numerusform>and %n more path, %1 of customers</numerusform>
                <numerusform>and %n more paths, %1 of customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and at least %n more path(s), %1 of customers</source>
            <translation>
                <numerusform>and at least %n more path, %1 of customers</numerusform>
                <numerusform>and at least %n more paths, %1 of customers</numerusform>
            </translation>
        </message>
        <message>
            <source>at “%1” the shares given already add up to %2%; connections without a share get none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at “%1” the shares add up to %2%; they are scaled down to 100%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no entry card: every connected card has a connection arriving; choose an entry card</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>customers who reach “%1” go round a loop of %n card(s) for ever: set a share in it below 100%</source>
            <translation>
                <numerusform>customers who reach “%1” go round a loop of %n card for ever: set a share in it below 100%</numerusform>
                <numerusform>customers who reach “%1” go round a loop of %n cards for ever: set a share in it below 100%</numerusform>
            </translation>
        </message>
        <message>
            <source> → </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journeymap could not finish that action:
%1

Your map is still open. If in doubt, save it under a new name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>show program's version number and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>usage: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>positional arguments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>list the bundled templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>template name (default: blank)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the .journey file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overwrite FILE if it exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a new map from a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no template “%1”; choose one of: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists; use --force to overwrite it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote %1 from template %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a .journey file (or a PNG exported by Journeymap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print the summary as one JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>validate a map and summarise it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a valid map, “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n lane</numerusform>
                <numerusform>%n lanes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s)</source>
            <translation>
                <numerusform>%n connection</numerusform>
                <numerusform>%n connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journeymap, a desktop editor for customer journey maps. With no command it opens the editor on FILE (or on the sample map).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the Journeymap editor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a .journey file to open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>interface language (default: the system's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeymap: --lang must be en or he, not “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a number, not “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be between %2 and %3, not %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what to write (default: from OUT's extension: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>picture size as a multiple of the map (%1 to %2, default 2 for PNG, 1 for SVG and PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the DPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>picture resolution in dots per inch (%1 to %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no background behind the map (pictures only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PowerPoint only: the stages to show, by number, name or id, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export a map as a picture, workbook, deck or web page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot tell which format to write from the name “%1”; end it in %2, or give --format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 applies to pictures (%2), not to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--stages applies to PowerPoint decks (pptx), not to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is the map being exported; choose another name for the %2 file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--top must be a whole number, not “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--top must be between 0 and %1, not %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print the results as one JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>follow one persona's connections only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>send every customer in at this card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how many paths to list (default %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paths, reach, drop-offs and a stage summary of a map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no persona with id “%1” in %2 (its personas: %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no card with id “%1” in %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analysis of “%1” (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map has no connections: nothing to follow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reach (visits per customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dead end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop-offs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel switches (moves per 100 customers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paths, most likely first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moments of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>join a live session at this address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the editor: journeymap [FILE] [--lang en|he] [--join ADDRESS]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the .journey file to share (saved as it changes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the address to listen on (default 127.0.0.1: this computer only; 0.0.0.0: the network)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the port to listen on (default: any free port)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>host a live session on a map without a window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--port must be between 0 and 65535, not %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot listen on %1 port %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sharing %1; Ctrl+C stops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MAP.journey and BOOK.xlsx to import the workbook into the map; or one BOOK.xlsx or FILE.csv to start a new map from it (with -o)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the .journey file to write (default: update MAP itself)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only show what would change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print the preview as one JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove the items whose rows were deleted from the workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for a field changed both in the map and in the workbook, keep the map's value or take the workbook's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import even though the workbook was exported from another map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overwrite OUT if it exists (starting a new map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import an edited Excel workbook into its map, or start a map from a spreadsheet (xlsx, csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give MAP.journey BOOK.xlsx, or one spreadsheet with -o</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is the workbook being imported; choose another name for the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was exported from another map; nothing was imported (use --other-map to import it anyway)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n field(s) changed both in the map and in the workbook; nothing was written. Choose with --on-conflict map or --on-conflict sheet</source>
            <translation>
                <numerusform>%n field changed both in the map and in the workbook; nothing was written. Choose with --on-conflict map or --on-conflict sheet</numerusform>
                <numerusform>%n fields changed both in the map and in the workbook; nothing was written. Choose with --on-conflict map or --on-conflict sheet</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no changes to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the import could not be applied: %1; nothing was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>imported %n change(s)</source>
            <translation>
                <numerusform>imported %n change</numerusform>
                <numerusform>imported %n changes</numerusform>
            </translation>
        </message>
        <message>
            <source>starting a map from a spreadsheet needs -o NEW.journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n deleted</numerusform>
                <numerusform>%n deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n in conflict</numerusform>
                <numerusform>%n in conflict</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors</source>
            <translation>
                <numerusform>%n with errors</numerusform>
                <numerusform>%n with errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message>
            <source>changed %1 (row %2) %3: “%4” → “%5”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>conflict %1 (row %2) %3: exported “%4”, map “%5”, workbook “%6”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted %1 “%2” (only with --delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error: sheet %1, row %2, column %3: “%4”; expected %5</source>
            <translation />
        </message>
        <message>
            <source>unknown command “%1”; the commands are %2 (journeymap --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no display to open the editor on; the commands (%1) work without one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draw the map's title above the picture (default: yes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draw the legend under the picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF page: the size of the map (default), A4, A3 or Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of an A4, A3 or Letter page: the one the map fits best (auto, the default), landscape or portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the emotion lane: one curve per persona (default) or the overall curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show the map as this persona's filter does (name or id)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>do not put the map inside the PNG (it then opens as a picture only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map has no persona “%1”; its personas: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map has no stage “%1”; its stages are: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name at least one stage (by number, name or id)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>commands</name>
        <message numerus="yes">
            <source>Add %n card(s)</source>
            <translation>
                <numerusform>Add %n card</numerusform>
                <numerusform>Add %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Delete %n item</numerusform>
                <numerusform>Delete %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Move %n card</numerusform>
                <numerusform>Move %n cards</numerusform>
            </translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %n change(s) from Excel</source>
            <translation>
                <numerusform>Import %n change from Excel</numerusform>
                <numerusform>Import %n changes from Excel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>file_guard</name>
        <message>
            <source>Map already open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This map is open in another Journeymap (pid %1). Editing here may overwrite changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chatbot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store / branch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid ads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loyalty programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>−2  very negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>−1  negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0  neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+1  positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+2  very positive</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>live</name>
        <message>
            <source>%1 is editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a session address: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a session address: it should start with journeymap:// or ws://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” names no computer and port (expected journeymap://HOST:PORT/ROOM?token=…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” names no session after the port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” carries no valid token (the part after ?token=); copy the whole address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed the same part of the map since; their change is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the shared map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change from the session could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address leads to a session that holds no journey map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change from the session was not applied: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The host refused to let you join (%1): check the address and its token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The host has ended or restarted the session. Your version of the map stays in this window; save it as a copy to keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reach the host at %1 (%2). Check the address and the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>%1: %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an object {...}, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing; expected a list [...]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a list [...], found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many entries (%1); at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing; expected a text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a text, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text too long (%1 characters; at most %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text contains a broken character (a lone UTF-16 surrogate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an id of 1-64 letters, digits, '-', '_', '.' or ':', found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a colour like '#3A7BD5', found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing; expected a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a number, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a number from %1 to %2, found %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected true or false, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number with %1 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: a text in quotes is never closed (the file may have been cut short)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: a value is missing (the file may have been cut short or edited by hand)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: a comma is missing between two entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: a colon is missing after a field name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: a field name in double quotes should follow (perhaps a comma too many)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: a comma too many before a closing bracket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: something follows the end of the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: a text holds a control character (a line break inside quotes?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: a text holds a backslash that escapes nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a PDF document, not a journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a JPEG picture, not a journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a GIF picture, not a journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is an older Microsoft Office document, not a journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a journey map: this is text of another kind (a journey file is JSON written by Journeymap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file ends too early: it was cut short (perhaps it was not completely saved or copied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a journey map: the text is not valid JSON (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is an Excel workbook, not a journey map; to bring its rows in as cards, use File → Import from Excel (on the command line: journeymap import)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a ZIP archive or an Office document, not a journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged here: the text holds bytes that are not UTF-8 (was it saved by another program?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a journey map: this file is not text (a .journey file is UTF-8 text written by Journeymap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not be read because of an unexpected problem (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not allowed in a journey file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key %1 appears twice in one object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file holds over %1 values; far more than a journey map can</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nested too deeply to be a journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number has too many digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too large to open with the memory available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>byte %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a regular file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>permission denied: the file cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is %1 MB; a journey map is at most %2 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected "%1"; this is not a Journeymap file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a whole number, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file's format version is %1, from a newer Journeymap; this version reads up to %2. Please update Journeymap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a version from 1 to %1, found %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inconsistent map: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected "ltr" or "rtl", found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id %1 is already used at %2; ids must be unique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at least one stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many steps in the map; at most %1 over all stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a map has only one emotion lane; %1 is one already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at least one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected one of %1; found %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refers to %1 %2, which is not in the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refers to persona %1, which is not in the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lane %1 is the emotion lane, which holds no cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a card in lane %1 (%2) is a %3, found %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a whole number from %1 to %2, found %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this PNG picture does not carry a map; only PNGs exported by Journeymap can be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a PNG picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map inside this picture is damaged (checksum mismatch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a damaged PNG picture (more than %1 chunks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map inside this picture is damaged (cut short)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map inside this picture uses an unknown compression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map inside this picture is damaged (not UTF-8 text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map inside this picture is damaged (bad compression)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map inside this picture is too large; at most %1 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no connection with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a connection's ends cannot change; remove it and add another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection %1 joins other cards now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a share of customers must be between 0 and 100 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an id must be a non-empty string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id %1 is already used in this map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>direction must be 'ltr' or 'rtl', not %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no card with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use move_cards to change where a card is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card %1 is no longer in the same cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lane %1 shows the emotion curve and holds no cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an emotion score must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an emotion score must be between %1 and %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no persona with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dead end: customers stop at %1 (%2), before the last stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreachable: no path reaches %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an id never changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no stage with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no step with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no lane with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stage %1 needs at least one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use the step methods to change a stage's steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a map keeps at least one stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cards cannot move to a step of the stage being removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stage %1 keeps at least one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stage %1 keeps at least one step; remove the stage instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cards cannot move to the step being removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown lane kind %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a map has only one emotion lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a lane with cards cannot become the emotion lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cards cannot move to the lane being removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cards cannot move to the emotion lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PowerPoint presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map has no stage with the id “%1”; its stages are: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is not enough memory to make this deck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is not enough memory to make this page</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pptx</name>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPI %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage %1 of %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reach: %1% of customers arrive in this stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest emotion: %1 at “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction points:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moments of truth:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers arrive from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers go on to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing noted for this stage yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>preferences</name>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <source>Could not restore the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored %1: not saved yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>web</name>
        <message>
            <source>Search cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All personas</source>
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
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 cards match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No card matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPIs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag or use the arrow keys to move, the wheel or + and − to zoom, 0 to fit. Click a card, or Tab to it and press Enter, for its details.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
