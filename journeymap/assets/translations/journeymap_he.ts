<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Connect from “%1”: pick the target with Tab or the arrows, then press Enter (Escape cancels)</source>
            <translation>חיבור מ„%1”: בחרו את היעד ב־Tab או בחצים ולחצו Enter (‏Escape מבטל)</translation>
        </message>
        <message>
            <source>No connection made</source>
            <translation>לא נוצר חיבור</translation>
        </message>
        <message>
            <source>Pick another card to connect to, or press Escape</source>
            <translation>בחרו כרטיס אחר לחבר אליו, או לחצו Escape</translation>
        </message>
        <message>
            <source>Connected “%1” → “%2”</source>
            <translation>חובר „%1” ← „%2”</translation>
        </message>
        <message>
            <source>Type “Stage / Lane: text” to add a card, or “Card -&gt; Card” to connect two cards</source>
            <translation>הקלידו „שלב / נתיב: טקסט” כדי להוסיף כרטיס, או „כרטיס -&gt; כרטיס” כדי לחבר שני כרטיסים</translation>
        </message>
        <message>
            <source>Name a stage and a lane (and optionally a step): “Stage / Lane: text”</source>
            <translation>ציינו שלב ונתיב (ואם רוצים גם צעד): „שלב / נתיב: טקסט”</translation>
        </message>
        <message>
            <source>Type the card's text after the colon</source>
            <translation>הקלידו את טקסט הכרטיס אחרי הנקודתיים</translation>
        </message>
        <message>
            <source>No stage is called “%1”</source>
            <translation>אין שלב בשם „%1”</translation>
        </message>
        <message>
            <source>Stage “%1” has no step called “%2”</source>
            <translation>בשלב „%1” אין צעד בשם „%2”</translation>
        </message>
        <message>
            <source>The emotion lane holds no cards; set a card's emotion with the keys 1–5</source>
            <translation>בנתיב הרגש אין כרטיסים; את הרגש של כרטיס קובעים במקשים 1–5</translation>
        </message>
        <message>
            <source>No lane is called “%1”</source>
            <translation>אין נתיב בשם „%1”</translation>
        </message>
        <message>
            <source>Name two cards to connect: “Card -&gt; Card”</source>
            <translation>ציינו שני כרטיסים לחיבור: „כרטיס -&gt; כרטיס”</translation>
        </message>
        <message>
            <source>No card is called “%1”</source>
            <translation>אין כרטיס בשם „%1”</translation>
        </message>
        <message>
            <source>Both names match the same card; type more of each title</source>
            <translation>שני השמות מתאימים לאותו כרטיס; הקלידו חלק ארוך יותר מכל כותרת</translation>
        </message>
        <message>
            <source>Quick add</source>
            <translation>הוספה מהירה</translation>
        </message>
        <message>
            <source>Move around</source>
            <translation>תנועה במפה</translation>
        </message>
        <message>
            <source>Move the focus cell (mirrored in right-to-left maps)</source>
            <translation>הזזת התא הפעיל (בכיוון הפוך במפות מימין לשמאל)</translation>
        </message>
        <message>
            <source>Select the next / previous card</source>
            <translation>בחירת הכרטיס הבא / הקודם</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>ניקוי הבחירה</translation>
        </message>
        <message>
            <source>Fit the map / actual size</source>
            <translation>התאמה לחלון / גודל מקורי</translation>
        </message>
        <message>
            <source>Zoom in / out</source>
            <translation>הגדלה / הקטנה</translation>
        </message>
        <message>
            <source>Pan the map</source>
            <translation>גלילת המפה</translation>
        </message>
        <message>
            <source>Space+drag</source>
            <translation>Space+גרירה</translation>
        </message>
        <message>
            <source>Type cards</source>
            <translation>הקלדת כרטיסים</translation>
        </message>
        <message>
            <source>any letter</source>
            <translation>כל אות</translation>
        </message>
        <message>
            <source>Start a new card in the focus cell</source>
            <translation>פתיחת כרטיס חדש בתא הפעיל</translation>
        </message>
        <message>
            <source>Finish the card</source>
            <translation>סיום הכרטיס</translation>
        </message>
        <message>
            <source>Finish it and start another in the same cell</source>
            <translation>סיום ופתיחת כרטיס נוסף באותו תא</translation>
        </message>
        <message>
            <source>Line break inside a card</source>
            <translation>שורה חדשה בתוך כרטיס</translation>
        </message>
        <message>
            <source>Cancel the card being typed</source>
            <translation>ביטול הכרטיס שבהקלדה</translation>
        </message>
        <message>
            <source>Edit the selected card</source>
            <translation>עריכת הכרטיס הנבחר</translation>
        </message>
        <message>
            <source>Quick add: “Stage / Lane: text” or “Card -&gt; Card”</source>
            <translation>הוספה מהירה: „שלב / נתיב: טקסט” או „כרטיס -&gt; כרטיס”</translation>
        </message>
        <message>
            <source>Selected cards</source>
            <translation>כרטיסים נבחרים</translation>
        </message>
        <message>
            <source>Emotion −2, −1, 0, +1, +2</source>
            <translation>רגש ‎−2, ‎−1, 0, ‎+1, ‎+2</translation>
        </message>
        <message>
            <source>Clear the emotion</source>
            <translation>ניקוי הרגש</translation>
        </message>
        <message>
            <source>Moment of truth on / off</source>
            <translation>רגע האמת: הפעלה / כיבוי</translation>
        </message>
        <message>
            <source>Move to the neighbouring cell</source>
            <translation>העברה לתא הסמוך</translation>
        </message>
        <message>
            <source>Connect: pick the target with Tab or arrows, then Enter</source>
            <translation>חיבור: בחרו יעד ב־Tab או בחצים, ואז Enter</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>שכפול</translation>
        </message>
        <message>
            <source>Copy as a picture for slides (the whole map when nothing is selected)</source>
            <translation>העתקה כתמונה למצגת (המפה כולה כשלא נבחר דבר)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>מחיקה</translation>
        </message>
        <message>
            <source>Undo / redo</source>
            <translation>ביטול / ביצוע שוב</translation>
        </message>
        <message>
            <source>Shape the grid</source>
            <translation>בניית הרשת</translation>
        </message>
        <message>
            <source>Add a step after / before (mirrored in right-to-left maps)</source>
            <translation>הוספת צעד אחרי / לפני (בכיוון הפוך במפות מימין לשמאל)</translation>
        </message>
        <message>
            <source>Add a stage after the focused one</source>
            <translation>הוספת שלב אחרי השלב הפעיל</translation>
        </message>
        <message>
            <source>Add a lane below, its kind from a list</source>
            <translation>הוספת נתיב מתחת, בבחירת סוג מרשימה</translation>
        </message>
        <message>
            <source>Move the focused step later / earlier</source>
            <translation>הזזת הצעד הפעיל קדימה / אחורה</translation>
        </message>
        <message>
            <source>Move the focused lane up / down</source>
            <translation>הזזת הנתיב הפעיל למעלה / למטה</translation>
        </message>
        <message>
            <source>Rename the focused step</source>
            <translation>שינוי שם הצעד הפעיל</translation>
        </message>
        <message>
            <source>Rename the focused stage / lane</source>
            <translation>שינוי שם השלב / הנתיב הפעיל</translation>
        </message>
        <message>
            <source>Edit the map's title</source>
            <translation>עריכת כותרת המפה</translation>
        </message>
        <message>
            <source>Delete the focused step / lane</source>
            <translation>מחיקת הצעד / הנתיב הפעיל</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>הצגה</translation>
        </message>
        <message>
            <source>Presentation mode on / off</source>
            <translation>מצב הצגה: הפעלה / כיבוי</translation>
        </message>
        <message>
            <source>Next / previous stage (also the arrows)</source>
            <translation>השלב הבא / הקודם (גם בחצים)</translation>
        </message>
        <message>
            <source>Whole map / last stage</source>
            <translation>המפה כולה / השלב האחרון</translation>
        </message>
        <message>
            <source>Larger text on / off</source>
            <translation>טקסט גדול: הפעלה / כיבוי</translation>
        </message>
        <message>
            <source>Next persona</source>
            <translation>הפרסונה הבאה</translation>
        </message>
        <message>
            <source>Leave presentation mode</source>
            <translation>יציאה ממצב הצגה</translation>
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation>רשימת הקיצורים הזו</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;עזרה</translation>
        </message>
        <message>
            <source>&amp;Quick Add…</source>
            <translation>הוספה &amp;מהירה…</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>מצב &amp;הצגה</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;קיצורי מקלדת</translation>
        </message>
        <message>
            <source>Workshop toolbar</source>
            <translation>סרגל כלים לסדנה</translation>
        </message>
        <message>
            <source>Persona:</source>
            <translation>פרסונה:</translation>
        </message>
        <message>
            <source>Cards cannot be placed on the emotion lane</source>
            <translation>אי אפשר להניח כרטיסים בנתיב הרגש</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>הוספת כרטיס</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>צעד חדש</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>שלב חדש</translation>
        </message>
        <message>
            <source>A map has only one emotion lane</source>
            <translation>למפה יש נתיב רגש אחד בלבד</translation>
        </message>
        <message>
            <source>A map keeps at least one stage</source>
            <translation>במפה נשאר לפחות שלב אחד</translation>
        </message>
        <message>
            <source>A stage keeps at least one step; delete the stage instead</source>
            <translation>בשלב נשאר לפחות צעד אחד; מחקו את השלב במקום זאת</translation>
        </message>
        <message>
            <source>A stage keeps at least one step</source>
            <translation>בשלב נשאר לפחות צעד אחד</translation>
        </message>
        <message>
            <source>Undo brings them back.</source>
            <translation>אפשר להחזיר אותם בביטול.</translation>
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation>לא ניתן לפתוח את „%1”.</translation>
        </message>
        <message>
            <source>Where: %1.</source>
            <translation>היכן: %1.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>תיקייה: %1</translation>
        </message>
        <message>
            <source>A recovery copy of this map from %1 exists. Open it?</source>
            <translation>יש עותק שחזור של המפה הזו, שנשמר ב־%1. לפתוח אותו?</translation>
        </message>
        <message>
            <source>No recovery copy of this file exists; if it was sent to you, ask for it again.</source>
            <translation>אין עותק שחזור של הקובץ הזה. אם הקובץ נשלח אליכם, בקשו לקבל אותו שוב.</translation>
        </message>
        <message>
            <source>A spreadsheet, not a map</source>
            <translation>גיליון נתונים, לא מפה</translation>
        </message>
        <message>
            <source>“%1” is a spreadsheet, not a journey map.</source>
            <translation>„%1” הוא גיליון נתונים, לא מפת מסע לקוח.</translation>
        </message>
        <message>
            <source>Bring its rows into this map (File → Import from Excel), or start a new map from it (File → New from Spreadsheet)?</source>
            <translation>להכניס את השורות שלו למפה הזו (קובץ ← ייבוא מ-Excel), או לפתוח ממנו מפה חדשה (קובץ ← חדש מגיליון נתונים)?</translation>
        </message>
        <message>
            <source>Import into This Map</source>
            <translation>ייבוא למפה הזו</translation>
        </message>
        <message>
            <source>New Map from It</source>
            <translation>מפה חדשה ממנו</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>לא ניתן לפתוח את המפה</translation>
        </message>
        <message>
            <source>A desktop editor for customer journey maps: stages, steps, lanes, touchpoints, emotions and the paths customers take, in Hebrew and English.</source>
            <translation>עורך שולחני למפות מסע לקוח: שלבים, צעדים, נתיבים, נקודות מגע, רגשות והמסלולים שהלקוחות עוברים, בעברית ובאנגלית.</translation>
        </message>
        <message>
            <source>Licence: %1.</source>
            <translation>רישיון: %1.</translation>
        </message>
        <message>
            <source>Fonts: Noto Sans and Noto Sans Hebrew, under the SIL Open Font License 1.1 (&lt;a href="%1"&gt;the licence text&lt;/a&gt; ships with Journeymap).</source>
            <translation>גופנים: Noto Sans ו־Noto Sans Hebrew, ברישיון SIL Open Font License 1.1 (&lt;a href="%1"&gt;נוסח הרישיון&lt;/a&gt; מצורף ל־Journeymap).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Start a map.&lt;/b&gt; File → New gives a blank map with the usual five stages; File → New from Template starts from an example.</source>
            <translation>&lt;b&gt;פותחים מפה.&lt;/b&gt; קובץ ← חדש יוצר מפה ריקה עם חמשת השלבים המקובלים; קובץ ← חדש מתבנית מתחיל מדוגמה.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Type cards.&lt;/b&gt; Move the focus frame with the arrow keys and start typing: a card is made in that cell. Enter finishes it, Ctrl+Enter starts another in the same cell.</source>
            <translation>&lt;b&gt;מקלידים כרטיסים.&lt;/b&gt; מזיזים את מסגרת המיקוד בחצים ומתחילים להקליד: נוצר כרטיס בתא הזה. Enter מסיים אותו, ו־Ctrl+Enter פותח עוד אחד באותו תא.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Shape the grid.&lt;/b&gt; The Map menu adds stages, steps and lanes; double-click a header to rename it. Drag cards and lanes to move them.</source>
            <translation>&lt;b&gt;בונים את הרשת.&lt;/b&gt; בתפריט מפה מוסיפים שלבים, צעדים ונתיבים; לחיצה כפולה על כותרת משנה את שמה. גוררים כרטיסים ונתיבים כדי להזיז אותם.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Say how customers feel.&lt;/b&gt; Select cards and press 1–5 for the emotion, M for a moment of truth, C to connect one card to the next.</source>
            <translation>&lt;b&gt;מה הלקוחות מרגישים.&lt;/b&gt; בוחרים כרטיסים ולוחצים 1–5 לרגש, M לרגע האמת, ו־C כדי לחבר כרטיס לכרטיס הבא.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Show and share.&lt;/b&gt; F5 presents the map stage by stage; File → Export writes a picture, a PDF or an Excel workbook.</source>
            <translation>&lt;b&gt;מציגים ומשתפים.&lt;/b&gt; F5 מציג את המפה שלב אחר שלב; קובץ ← ייצוא שומר תמונה, PDF או חוברת Excel.</translation>
        </message>
        <message>
            <source>Every key is listed under Help → Keyboard Shortcuts (F1).</source>
            <translation>כל המקשים מופיעים בעזרה ← קיצורי מקלדת (F1).</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>צעדים ראשונים</translation>
        </message>
        <message>
            <source>About Journeymap</source>
            <translation>אודות Journeymap</translation>
        </message>
        <message>
            <source>Getting Started</source>
            <translation>צעדים ראשונים</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>&amp;צעדים ראשונים</translation>
        </message>
        <message>
            <source>&amp;About Journeymap</source>
            <translation>&amp;אודות Journeymap</translation>
        </message>
        <message>
            <source>Add Step After</source>
            <translation>הוסף צעד אחרי</translation>
        </message>
        <message>
            <source>Add Step Before</source>
            <translation>הוסף צעד לפני</translation>
        </message>
        <message>
            <source>Add Stage After</source>
            <translation>הוסף שלב אחרי</translation>
        </message>
        <message>
            <source>Add Lane Below…</source>
            <translation>הוסף נתיב מתחת…</translation>
        </message>
        <message>
            <source>Move Step Later</source>
            <translation>הזז צעד קדימה</translation>
        </message>
        <message>
            <source>Move Step Earlier</source>
            <translation>הזז צעד אחורה</translation>
        </message>
        <message>
            <source>Move Lane Up</source>
            <translation>הזז נתיב למעלה</translation>
        </message>
        <message>
            <source>Move Lane Down</source>
            <translation>הזז נתיב למטה</translation>
        </message>
        <message>
            <source>Rename Step</source>
            <translation>שנה שם צעד</translation>
        </message>
        <message>
            <source>Rename Stage</source>
            <translation>שנה שם שלב</translation>
        </message>
        <message>
            <source>Rename Lane</source>
            <translation>שנה שם נתיב</translation>
        </message>
        <message>
            <source>Edit Map Title</source>
            <translation>ערוך את כותרת המפה</translation>
        </message>
        <message>
            <source>Delete Step</source>
            <translation>מחק צעד</translation>
        </message>
        <message>
            <source>Delete Lane</source>
            <translation>מחק נתיב</translation>
        </message>
        <message>
            <source>Analyse</source>
            <translation>ניתוח</translation>
        </message>
        <message>
            <source>Analysis panel: paths, reach, drop-offs and stages</source>
            <translation>חלונית הניתוח: נתיבים, הגעה, נקודות נטישה ושלבים</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;ניתוח</translation>
        </message>
        <message>
            <source>Paths, reach, drop-offs and stages of the map (%1)</source>
            <translation>נתיבים, הגעה, נקודות נטישה ושלבים של המפה (%1)</translation>
        </message>
        <message>
            <source>&amp;Reach on Map</source>
            <translation>&amp;הגעה על המפה</translation>
        </message>
        <message>
            <source>The analysis failed: %1</source>
            <translation>הניתוח נכשל: %1</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>מחשב…</translation>
        </message>
        <message>
            <source>Path %1</source>
            <translation>נתיב %1</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>לולאה</translation>
        </message>
        <message>
            <source>dead end</source>
            <translation>מבוי סתום</translation>
        </message>
        <message>
            <source>drops out</source>
            <translation>נוטשים כאן</translation>
        </message>
        <message>
            <source>nobody reaches it</source>
            <translation>אף אחד לא מגיע אליו</translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s); moves per 100 customers</source>
            <translation>
                <numerusform>חיבור אחד; מעברים לכל 100 לקוחות</numerusform>
                <numerusform>%n חיבורים; מעברים לכל 100 לקוחות</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>הגעה</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>השפל</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>חיכוך</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>הזדמנויות</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>רגעי אמת</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>נקודות מגע</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>מחלקות</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>unreached</source>
            <translation>לא מגיעים</translation>
        </message>
        <message>
            <source>reach %1 · lowest %2</source>
            <translation>הגעה %1 · שפל %2</translation>
        </message>
    </context>
    <context>
        <name>AnalysisDock</name>
        <message>
            <source>Analysis</source>
            <translation>ניתוח</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>נתיבים</translation>
        </message>
        <message>
            <source>Drop-offs</source>
            <translation>נקודות נטישה</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>שלבים</translation>
        </message>
        <message>
            <source>Loops and channels</source>
            <translation>לולאות וערוצים</translation>
        </message>
        <message>
            <source>Entry:</source>
            <translation>כניסה:</translation>
        </message>
        <message>
            <source>Where customers come in: every entry card, split evenly, or one</source>
            <translation>היכן הלקוחות נכנסים: בכל כרטיסי הכניסה בחלוקה שווה, או בכרטיס אחד</translation>
        </message>
        <message>
            <source>Show reach on the map</source>
            <translation>הצגת ההגעה על המפה</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>מתעדכן…</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>אחוז</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>נתיב</translation>
        </message>
        <message>
            <source>Lowest emotion</source>
            <translation>שפל הרגש</translation>
        </message>
        <message>
            <source>Channel switches</source>
            <translation>מעברי ערוץ</translation>
        </message>
        <message>
            <source>Show Whole Map</source>
            <translation>הצגת המפה כולה</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>כרטיס</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>מה קורה</translation>
        </message>
        <message>
            <source>Go round</source>
            <translation>מקיפים</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>לולאה</translation>
        </message>
        <message>
            <source>Per 100</source>
            <translation>לכל 100</translation>
        </message>
        <message>
            <source>Channel switch</source>
            <translation>מעבר ערוץ</translation>
        </message>
        <message>
            <source>Connect cards to see the paths customers take.</source>
            <translation>חברו כרטיסים כדי לראות באילו נתיבים הלקוחות עוברים.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry card(s)</source>
            <translation>
                <numerusform>כרטיס כניסה אחד</numerusform>
                <numerusform>%n כרטיסי כניסה</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone enters at “%1”</source>
            <translation>כולם נכנסים ב„%1”</translation>
        </message>
        <message>
            <source>%1 · persona %2</source>
            <translation>%1 · פרסונה: %2</translation>
        </message>
        <message>
            <source>All entry cards</source>
            <translation>כל כרטיסי הכניסה</translation>
        </message>
        <message>
            <source>Click a path to see it on the map with its emotion curve.</source>
            <translation>לחצו על נתיב כדי לראות אותו על המפה עם עקומת הרגש שלו.</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Could not write the recovery copy: %1</source>
            <translation>לא ניתן לכתוב את עותק השחזור: %1</translation>
        </message>
    </context>
    <context>
        <name>CanvasMenus</name>
        <message>
            <source>Very negative (-2)</source>
            <translation>שלילי מאוד (‎-2)</translation>
        </message>
        <message>
            <source>Negative (-1)</source>
            <translation>שלילי (‎-1)</translation>
        </message>
        <message>
            <source>Neutral (0)</source>
            <translation>ניטרלי (0)</translation>
        </message>
        <message>
            <source>Positive (+1)</source>
            <translation>חיובי (‎+1)</translation>
        </message>
        <message>
            <source>Very positive (+2)</source>
            <translation>חיובי מאוד (‎+2)</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>ערוך כותרת</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Clear emotion</source>
            <translation>נקה רגש</translation>
        </message>
        <message>
            <source>Set emotion</source>
            <translation>קבע רגש</translation>
        </message>
        <message>
            <source>No score</source>
            <translation>ללא ציון</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>שכפל</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>מחק</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>שנה שם</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>צבע…</translation>
        </message>
        <message>
            <source>Insert stage before</source>
            <translation>הוסף שלב לפני</translation>
        </message>
        <message>
            <source>Insert stage after</source>
            <translation>הוסף שלב אחרי</translation>
        </message>
        <message>
            <source>Insert step before</source>
            <translation>הוסף צעד לפני</translation>
        </message>
        <message>
            <source>Insert step after</source>
            <translation>הוסף צעד אחרי</translation>
        </message>
        <message>
            <source>Insert lane above</source>
            <translation>הוסף נתיב מעל</translation>
        </message>
        <message>
            <source>Insert lane below</source>
            <translation>הוסף נתיב מתחת</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>מחק שלב</translation>
        </message>
        <message>
            <source>Delete step</source>
            <translation>מחק צעד</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>מחק נתיב</translation>
        </message>
        <message>
            <source>Delete connection</source>
            <translation>מחק חיבור</translation>
        </message>
        <message>
            <source>Add card here</source>
            <translation>הוסף כרטיס כאן</translation>
        </message>
        <message>
            <source>Paste here</source>
            <translation>הדבק כאן</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>בחירת צבע</translation>
        </message>
    </context>
    <context>
        <name>CardForm</name>
        <message>
            <source>Marketing</source>
            <translation>שיווק</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>מכירות</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>שירות לקוחות</translation>
        </message>
        <message>
            <source>Technical support</source>
            <translation>תמיכה טכנית</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>תפעול</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <source>What happens at this moment</source>
            <translation>מה קורה ברגע הזה</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>Details, quotes, evidence</source>
            <translation>פרטים, ציטוטים, ראיות</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ללא</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>A touchpoint that decides whether the customer stays or leaves</source>
            <translation>נקודת מגע שמכריעה אם הלקוח נשאר או עוזב</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>מחלקה אחראית</translation>
        </message>
        <message>
            <source>Department that runs it</source>
            <translation>המחלקה שאחראית על נקודת המגע</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>מדדים</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>כרטיס</translation>
        </message>
        <message>
            <source>%1 in %2, step “%3”</source>
            <translation>%1 ב%2, צעד „%3”</translation>
        </message>
    </context>
    <context>
        <name>ColorButton</name>
        <message>
            <source>Default</source>
            <translation>ברירת מחדל</translation>
        </message>
        <message>
            <source>Use the colour of the lane's kind</source>
            <translation>שימוש בצבע של סוג הנתיב</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>בחירת צבע</translation>
        </message>
    </context>
    <context>
        <name>ConnectionForm</name>
        <message>
            <source>Label</source>
            <translation>תווית</translation>
        </message>
        <message>
            <source>Why customers go this way</source>
            <translation>למה לקוחות הולכים בדרך הזו</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>שיעור הלקוחות</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <source>Share of customers who take this way (0–100 %)</source>
            <translation>שיעור הלקוחות שהולכים בדרך הזו (0–100%)</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>חיבור</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ללא כותרת)</translation>
        </message>
        <message>
            <source>From “%1” to “%2”</source>
            <translation>מ„%1” אל „%2”</translation>
        </message>
    </context>
    <context>
        <name>DefaultMap</name>
        <message>
            <source>Untitled journey</source>
            <translation>מסע לקוח ללא שם</translation>
        </message>
        <message>
            <source>Awareness</source>
            <translation>מודעות</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>שיקול</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>רכישה</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>שימור</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>קידום</translation>
        </message>
        <message>
            <source>Step 1</source>
            <translation>צעד 1</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>פעולות</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>מוטיבציות</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>שאלות</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>אתר אינטרנט</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>דוא״ל</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>שיחת טלפון</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>נקודות חיכוך</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>הזדמנויות</translation>
        </message>
    </context>
    <context>
        <name>DirectionAndLanguage</name>
        <message>
            <source>&amp;Right-to-Left Map</source>
            <translation>מפה מ&amp;ימין לשמאל</translation>
        </message>
        <message>
            <source>Stages run from right to left, as a Hebrew map reads</source>
            <translation>השלבים מסודרים מימין לשמאל, כמו שקוראים מפה בעברית</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;שפה</translation>
        </message>
        <message>
            <source>Right-to-left map</source>
            <translation>מפה מימין לשמאל</translation>
        </message>
        <message>
            <source>Left-to-right map</source>
            <translation>מפה משמאל לימין</translation>
        </message>
        <message>
            <source>The interface will be in %1 the next time Journeymap starts.</source>
            <translation>שפת הממשק תהיה %1 מההפעלה הבאה של Journeymap.</translation>
        </message>
    </context>
    <context>
        <name>DocumentController</name>
        <message>
            <source>Untitled</source>
            <translation>ללא שם</translation>
        </message>
        <message>
            <source>Save Map As</source>
            <translation>שמירת המפה בשם</translation>
        </message>
        <message>
            <source>Journey maps (*.journey)</source>
            <translation>מפות מסע לקוח (‎*.journey)</translation>
        </message>
        <message>
            <source>Could not save the map</source>
            <translation>לא ניתן לשמור את המפה</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>נשמר: %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>שינויים שלא נשמרו</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing?</source>
            <translation>לשמור את השינויים במפה „%1” לפני הסגירה?</translation>
        </message>
        <message>
            <source>Open Map</source>
            <translation>פתיחת מפה</translation>
        </message>
        <message>
            <source>PNG with a map (*.png)</source>
            <translation>PNG עם מפה (‎*.png)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>כל הקבצים (*)</translation>
        </message>
        <message>
            <source>Could not open the template</source>
            <translation>לא ניתן לפתוח את התבנית</translation>
        </message>
    </context>
    <context>
        <name>ExcelImport</name>
        <message>
            <source>a value, not a formula that was never calculated (open and save it in Excel)</source>
            <translation>ערך, ולא נוסחה שמעולם לא חושבה (פתחו את הקובץ ב-Excel ושמרו אותו)</translation>
        </message>
        <message>
            <source>an id used once; row %1 has it too (clear this id to add the row as a new card)</source>
            <translation>מזהה שמופיע פעם אחת בלבד; גם בשורה %1 מופיע אותו מזהה (מחקו את המזהה כדי להוסיף את השורה ככרטיס חדש)</translation>
        </message>
        <message>
            <source>Cards, row %1: card %2 was deleted from the map after the export; its edits in the workbook are not imported.</source>
            <translation>כרטיסים, שורה %1: הכרטיס %2 נמחק מהמפה אחרי הייצוא, ולכן השינויים שלו בחוברת אינם מיובאים.</translation>
        </message>
        <message>
            <source>Cards, row %1: the kind follows the lane (%2); to change it, choose another lane.</source>
            <translation>כרטיסים, שורה %1: הסוג נקבע לפי הנתיב (%2); כדי לשנות אותו, בחרו נתיב אחר.</translation>
        </message>
        <message>
            <source>a stage, a step and a lane for the new card</source>
            <translation>שלב, צעד ונתיב לכרטיס החדש</translation>
        </message>
        <message>
            <source>an id used once; row %1 has it too</source>
            <translation>מזהה שמופיע פעם אחת בלבד; גם בשורה %1 מופיע אותו מזהה</translation>
        </message>
        <message>
            <source>the id of a card of the map</source>
            <translation>המזהה של כרטיס במפה</translation>
        </message>
        <message>
            <source>the id or the exact title of a card of the map</source>
            <translation>המזהה או הכותרת המדויקת של כרטיס במפה</translation>
        </message>
        <message>
            <source>%1 has no Cards sheet (Cards or כרטיסים), so there is nothing to import.</source>
            <translation>‏בקובץ %1 אין גיליון כרטיסים (Cards או כרטיסים), ולכן אין מה לייבא.</translation>
        </message>
        <message>
            <source>The sheet “%1” has no “%2” column; the import matches rows by Id and needs a title.</source>
            <translation>בגיליון „%1” אין עמודת „%2”; הייבוא מתאים שורות לפי המזהה וזקוק לכותרת.</translation>
        </message>
        <message>
            <source>%1 was not exported by Journeymap (or lost its hidden base sheet): rows are compared with the map as it is now, and nothing counts as deleted.</source>
            <translation>‏הקובץ %1 לא יוצא מ-Journeymap (או שאבד בו הגיליון הנסתר של ערכי הבסיס): השורות מושוות למפה כפי שהיא עכשיו, ושום דבר לא נחשב כמחוק.</translation>
        </message>
        <message>
            <source>%1 was exported from another map (“%2”): its rows would be added to this one as new cards.</source>
            <translation>‏הקובץ %1 יוצא ממפה אחרת („%2”): השורות שלו יתווספו למפה הזו ככרטיסים חדשים.</translation>
        </message>
        <message>
            <source>The Map sheet was edited; edits there are not imported (edit the Cards, Connections and Personas sheets).</source>
            <translation>גיליון המפה נערך, אבל שינויים בו אינם מיובאים (ערכו את הגיליונות כרטיסים, חיבורים ופרסונות).</translation>
        </message>
        <message>
            <source>The workbook has no %1 sheet; those stay as they are.</source>
            <translation>בחוברת אין גיליון %1; הפריטים האלה נשארים כפי שהם.</translation>
        </message>
        <message>
            <source>Sheet “%1”: columns not imported: %2.</source>
            <translation>גיליון „%1”: עמודות שאינן מיובאות: %2.</translation>
        </message>
        <message>
            <source>stage / step</source>
            <translation>שלב / צעד</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>נתיב</translation>
        </message>
        <message>
            <source>title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <source>description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>מחלקה</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>מדדים</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>label</source>
            <translation>תווית</translation>
        </message>
        <message>
            <source>from</source>
            <translation>מקור</translation>
        </message>
        <message>
            <source>to</source>
            <translation>יעד</translation>
        </message>
        <message>
            <source>share of customers</source>
            <translation>אחוז הלקוחות</translation>
        </message>
        <message>
            <source>name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>goals</source>
            <translation>מטרות</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>צבע</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>כרטיסים</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>חיבורים</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>מפה</translation>
        </message>
        <message>
            <source>The emotion score of step “%1” has no card to carry it.</source>
            <translation>לציון הרגש של הצעד „%1” אין כרטיס שיישא אותו.</translation>
        </message>
        <message>
            <source>%1 holds no rows to make a map of.</source>
            <translation>‏בקובץ %1 אין שורות שאפשר לבנות מהן מפה.</translation>
        </message>
        <message>
            <source>%1 holds a cell that is not %2.</source>
            <translation>‏בקובץ %1 יש תא שאינו %2.</translation>
        </message>
        <message>
            <source>%1 holds no cards to make a map of.</source>
            <translation>‏בקובץ %1 אין כרטיסים שאפשר לבנות מהם מפה.</translation>
        </message>
        <message>
            <source>%1 is neither a journey grid (stages in the first row, lanes in the first column) nor a table of cards (Stage, Step, Lane and Title columns).</source>
            <translation>‏הקובץ %1 אינו טבלת מסע (שלבים בשורה הראשונה, נתיבים בעמודה הראשונה) וגם לא רשימת כרטיסים (עמודות שלב, צעד, נתיב וכותרת).</translation>
        </message>
        <message>
            <source>the name of a lane of the map (%1)</source>
            <translation>שם של נתיב במפה (%1)</translation>
        </message>
        <message>
            <source>the name of a stage of the map (%1)</source>
            <translation>שם של שלב במפה (%1)</translation>
        </message>
        <message>
            <source>a stage and a step of the map</source>
            <translation>שלב וצעד של המפה</translation>
        </message>
        <message>
            <source>the name of a step of this stage (%1)</source>
            <translation>שם של צעד בשלב הזה (%1)</translation>
        </message>
        <message>
            <source>names of personas of the map (%1)</source>
            <translation>שמות של פרסונות במפה (%1)</translation>
        </message>
        <message>
            <source>%1 is too large to read.</source>
            <translation>‏הקובץ %1 גדול מכדי לקרוא אותו.</translation>
        </message>
        <message>
            <source>%1 declares XML entities, which a workbook never needs (an entity bomb?); refused.</source>
            <translation>‏הקובץ %1 מגדיר ישויות XML, שחוברת עבודה אף פעם לא צריכה (פצצת ישויות?); הקובץ נדחה.</translation>
        </message>
        <message>
            <source>%1 could not be read as an Excel workbook: %2.</source>
            <translation>‏לא ניתן לקרוא את %1 כחוברת Excel: %2.</translation>
        </message>
        <message>
            <source>The sheet “%1” has more than %2 rows; a journey map has far fewer.</source>
            <translation>בגיליון „%1” יש יותר מ-%2 שורות; במפת מסע יש הרבה פחות.</translation>
        </message>
        <message>
            <source>%1 is a PNG picture, not an Excel workbook.</source>
            <translation>‏הקובץ %1 הוא תמונת PNG, לא חוברת Excel.</translation>
        </message>
        <message>
            <source>%1 is an Excel 97–2003 workbook (.xls); open it in Excel or LibreOffice and save it as .xlsx.</source>
            <translation>‏הקובץ %1 הוא חוברת Excel 97–2003 ‏(‎.xls); פתחו אותו ב-Excel או ב-LibreOffice ושמרו אותו כ-‎.xlsx.</translation>
        </message>
        <message>
            <source>%1 is a PDF document, not an Excel workbook.</source>
            <translation>‏הקובץ %1 הוא מסמך PDF, לא חוברת Excel.</translation>
        </message>
        <message>
            <source>Workbooks cannot be read safely: the defusedxml package is missing. Reinstall Journeymap.</source>
            <translation>אי אפשר לקרוא חוברות עבודה בבטחה: החבילה defusedxml חסרה. התקינו את Journeymap מחדש.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>לא ניתן לקרוא את %1: %2.</translation>
        </message>
        <message>
            <source>%1 is empty: there is no workbook in it.</source>
            <translation>‏הקובץ %1 ריק: אין בו חוברת עבודה.</translation>
        </message>
        <message>
            <source>%1 is %2 MB; a workbook to import is at most %3 MB.</source>
            <translation>‏גודל הקובץ %1 הוא %2 MB; חוברת לייבוא היא לכל היותר %3 MB.</translation>
        </message>
        <message>
            <source>%1 is not an Excel workbook (.xlsx): it is not even a zip archive.</source>
            <translation>‏הקובץ %1 אינו חוברת Excel ‏(‎.xlsx): הוא אפילו לא קובץ zip.</translation>
        </message>
        <message>
            <source>%1 contains macros; Journeymap does not open macro workbooks. Save it as a plain .xlsx.</source>
            <translation>‏הקובץ %1 מכיל פקודות מאקרו, ו-Journeymap אינו פותח חוברות עם מאקרו. שמרו אותו כקובץ ‎.xlsx רגיל.</translation>
        </message>
        <message>
            <source>%1 is a zip archive but not an Excel workbook (it has no workbook part).</source>
            <translation>‏הקובץ %1 הוא קובץ zip אבל לא חוברת Excel (אין בו חלק של חוברת עבודה).</translation>
        </message>
        <message>
            <source>%1 inflates to far more data than a workbook of a journey holds (a zip bomb?); refused.</source>
            <translation>‏הקובץ %1 נפרס להרבה יותר נתונים ממה שחוברת של מסע לקוח מכילה (פצצת zip?); הקובץ נדחה.</translation>
        </message>
        <message>
            <source>%1 is empty: there is no table in it.</source>
            <translation>‏הקובץ %1 ריק: אין בו טבלה.</translation>
        </message>
        <message>
            <source>%1 is not a text file; save the table as “CSV UTF-8”.</source>
            <translation>‏הקובץ %1 אינו קובץ טקסט; שמרו את הטבלה בתבנית „CSV UTF-8”.</translation>
        </message>
        <message>
            <source>%1 is not in UTF-8; in Excel, save it as “CSV UTF-8 (comma delimited)”.</source>
            <translation>‏הקובץ %1 אינו בקידוד UTF-8; ב-Excel שמרו אותו בתבנית „CSV UTF-8 (מופרד בפסיקים)”.</translation>
        </message>
        <message>
            <source>%1 could not be read as CSV: %2.</source>
            <translation>‏לא ניתן לקרוא את %1 כקובץ CSV: %2.</translation>
        </message>
        <message>
            <source>a lane that holds cards (the emotion lane draws the curve)</source>
            <translation>נתיב שמכיל כרטיסים (נתיב הרגש מצייר את העקומה)</translation>
        </message>
        <message>
            <source>a text of at most %1 characters</source>
            <translation>טקסט של %1 תווים לכל היותר</translation>
        </message>
        <message>
            <source>a whole number from -2 to +2, or nothing</source>
            <translation>מספר שלם בין ‎-2 ל-‎+2, או תא ריק</translation>
        </message>
        <message>
            <source>Yes or No (כן or לא)</source>
            <translation>כן או לא (Yes או No)</translation>
        </message>
        <message>
            <source>a number from 0 to 100, or nothing</source>
            <translation>מספר בין 0 ל-100, או תא ריק</translation>
        </message>
        <message>
            <source>KPIs as “name: number unit”, separated by semicolons (“Call duration: 2 min”)</source>
            <translation>מדדים בצורה „שם: מספר יחידה”, מופרדים בנקודה-פסיק („משך שיחה: 2 דקות”)</translation>
        </message>
        <message>
            <source>a colour as #RRGGBB, for example #5B8DEF</source>
            <translation>צבע בצורה ‎#RRGGBB, למשל ‎#5B8DEF</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Copy as &amp;Picture</source>
            <translation>העתק כ&amp;תמונה</translation>
        </message>
        <message>
            <source>Copy the selection, or the whole map, as a picture for slides</source>
            <translation>העתקת הבחירה, או המפה כולה, כתמונה למצגת</translation>
        </message>
        <message>
            <source>The picture could not be made: %1</source>
            <translation>לא ניתן ליצור את התמונה: %1</translation>
        </message>
        <message>
            <source>Copied the selected cards as a picture</source>
            <translation>הכרטיסים הנבחרים הועתקו כתמונה</translation>
        </message>
        <message>
            <source>Copied the map as a picture</source>
            <translation>המפה הועתקה כתמונה</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>מייצא את %1…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ייצוא</translation>
        </message>
        <message>
            <source>The map could not be exported to %1.

%2</source>
            <translation>לא ניתן לייצא את המפה אל %1.

%2</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>הייצוא הושלם: %1</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>הייצוא נכשל</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Map</source>
            <translation>ייצוא המפה</translation>
        </message>
        <message>
            <source>journey map</source>
            <translation>מפת מסע לקוח</translation>
        </message>
        <message>
            <source>PNG picture</source>
            <translation>תמונת PNG</translation>
        </message>
        <message>
            <source>SVG vector picture</source>
            <translation>תמונה וקטורית SVG</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>מסמך PDF</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>חוברת Excel</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;פורמט:</translation>
        </message>
        <message>
            <source>%1× (%2 DPI)</source>
            <translation>‏%1× (‏%2 DPI)</translation>
        </message>
        <message>
            <source>Custom DPI</source>
            <translation>DPI מותאם אישית</translation>
        </message>
        <message>
            <source> DPI</source>
            <translation> DPI</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>&amp;גודל:</translation>
        </message>
        <message>
            <source>&amp;White</source>
            <translation>&amp;לבן</translation>
        </message>
        <message>
            <source>&amp;Transparent</source>
            <translation>&amp;שקוף</translation>
        </message>
        <message>
            <source>Background:</source>
            <translation>רקע:</translation>
        </message>
        <message>
            <source>Whole &amp;map</source>
            <translation>המפה &amp;כולה</translation>
        </message>
        <message>
            <source>Selected &amp;cards</source>
            <translation>הכרטיסים ה&amp;נבחרים</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>A3</source>
            <translation>A3</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter (מכתב אמריקאי)</translation>
        </message>
        <message>
            <source>The one the map fits best</source>
            <translation>לפי צורת המפה</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>לרוחב</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>לאורך</translation>
        </message>
        <message>
            <source>Sa&amp;ve to:</source>
            <translation>&amp;שמירה אל:</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>היקף:</translation>
        </message>
        <message>
            <source>PowerPoint presentation</source>
            <translation>מצגת PowerPoint</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>דף אינטרנט</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>&amp;כותרת</translation>
        </message>
        <message>
            <source>&amp;Legend</source>
            <translation>&amp;מקרא</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>להציג:</translation>
        </message>
        <message>
            <source>The size of the map</source>
            <translation>בגודל המפה</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;עמוד:</translation>
        </message>
        <message>
            <source>S&amp;lides:</source>
            <translation>&amp;שקפים:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;עיון…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;ייצוא</translation>
        </message>
        <message>
            <source>One curve per persona</source>
            <translation>עקומה לכל פרסונה</translation>
        </message>
        <message>
            <source>The overall curve</source>
            <translation>העקומה הכוללת</translation>
        </message>
        <message>
            <source>E&amp;motion lane:</source>
            <translation>נתיב ה&amp;רגש:</translation>
        </message>
        <message>
            <source>Embed the &amp;map (the picture opens as an editable map)</source>
            <translation>הטמעת ה&amp;מפה (התמונה תיפתח כמפה שאפשר לערוך)</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>תמונות PNG (‎*.png)</translation>
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation>תמונות SVG (‎*.svg)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>מסמכי PDF (‎*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>חוברות Excel (‎*.xlsx)</translation>
        </message>
        <message>
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>מצגות PowerPoint (‎*.pptx)</translation>
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation>דפי אינטרנט (‎*.html)</translation>
        </message>
        <message>
            <source>Export To</source>
            <translation>ייצוא אל</translation>
        </message>
        <message>
            <source>Replace File?</source>
            <translation>להחליף את הקובץ?</translation>
        </message>
        <message>
            <source>“%1” already exists. Replace it?</source>
            <translation>הקובץ “%1” כבר קיים. להחליף אותו?</translation>
        </message>
    </context>
    <context>
        <name>FileGuard</name>
        <message>
            <source>File changed on disk</source>
            <translation>הקובץ השתנה בדיסק</translation>
        </message>
        <message>
            <source>%1 was changed by someone else since you opened it. Saving will replace their changes.</source>
            <translation>מישהו אחר שינה את %1 מאז שפתחתם אותו. שמירה תמחק את השינויים שלו.</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>החלף</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>שמור בשם…</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>Proprietary</source>
            <translation>קנייני, כל הזכויות שמורות</translation>
        </message>
    </context>
    <context>
        <name>HostDialog</name>
        <message>
            <source>Live Session</source>
            <translation>סשן משותף</translation>
        </message>
        <message>
            <source>Others join with this address: Share → Join Live Session… in Journeymap, or scan the code.</source>
            <translation>אחרים מצטרפים בכתובת הזו: שיתוף ← הצטרפות לסשן משותף… ב־Journeymap, או בסריקת הקוד.</translation>
        </message>
        <message>
            <source>Who can join:</source>
            <translation>מי יכול להצטרף:</translation>
        </message>
        <message>
            <source>Copy Address</source>
            <translation>העתקת הכתובת</translation>
        </message>
        <message>
            <source>People in the session</source>
            <translation>המשתתפים בסשן</translation>
        </message>
        <message>
            <source>Stop Sharing</source>
            <translation>הפסקת השיתוף</translation>
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation>הכתובת הועתקה ללוח.</translation>
        </message>
        <message>
            <source> (you)</source>
            <translation> (את/ה)</translation>
        </message>
        <message>
            <source>editing “%1”</source>
            <translation>בעריכת “%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>כרטיס אחד נבחר</numerusform>
                <numerusform>%n כרטיסים נבחרו</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;ייבוא מ-Excel…</translation>
        </message>
        <message>
            <source>Bring back a workbook exported from this map and edited in Excel</source>
            <translation>החזרת חוברת שיוצאה מהמפה הזו ונערכה ב-Excel</translation>
        </message>
        <message>
            <source>New from Sp&amp;readsheet…</source>
            <translation>חדש מגיליון &amp;נתונים…</translation>
        </message>
        <message>
            <source>Start a map from a journey kept in Excel or CSV</source>
            <translation>יצירת מפה ממסע לקוח שמתועד ב-Excel או ב-CSV</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>ייבוא מ-Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>חוברות Excel ‏(*.xlsx);;כל הקבצים (*)</translation>
        </message>
        <message>
            <source>Nothing imported: the map already holds everything in the workbook</source>
            <translation>לא יובא דבר: כל מה שבחוברת כבר נמצא במפה</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n change(s) from %1</source>
            <translation>
                <numerusform>יובא שינוי אחד מ-%1</numerusform>
                <numerusform>יובאו %n שינויים מ-%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Workbook of Another Map</source>
            <translation>חוברת של מפה אחרת</translation>
        </message>
        <message>
            <source>Import it into this map anyway?</source>
            <translation>לייבא אותה למפה הזו בכל זאת?</translation>
        </message>
        <message>
            <source>New Map from Spreadsheet</source>
            <translation>מפה חדשה מגיליון נתונים</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>גיליונות נתונים (*.xlsx *.csv);;חוברות Excel ‏(*.xlsx);;קובצי CSV ‏(*.csv);;כל הקבצים (*)</translation>
        </message>
        <message>
            <source>Could Not Import</source>
            <translation>הייבוא נכשל</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>New Map from Spreadsheet</source>
            <translation>מפה חדשה מגיליון נתונים</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>ייבוא מ-Excel</translation>
        </message>
        <message>
            <source>Create Map</source>
            <translation>יצירת המפה</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ייבוא</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>אחד נוסף</numerusform>
                <numerusform>%n נוספו</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>אחד השתנה</numerusform>
                <numerusform>%n השתנו</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted in the workbook</source>
            <translation>
                <numerusform>אחד נמחק בחוברת</numerusform>
                <numerusform>%n נמחקו בחוברת</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in conflict</source>
            <translation>
                <numerusform>התנגשות אחת</numerusform>
                <numerusform>%n התנגשויות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors</source>
            <translation>
                <numerusform>אחד עם שגיאה</numerusform>
                <numerusform>%n עם שגיאות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>אחד ללא שינוי</numerusform>
                <numerusform>%n ללא שינוי</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1: %2.</source>
            <translation>מתוך %1: %2.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Nothing to import: the map already holds everything in the workbook.</source>
            <translation>אין מה לייבא: כל מה שבחוברת כבר נמצא במפה.</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>שלב אחד</numerusform>
                <numerusform>%n שלבים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>צעד אחד</numerusform>
                <numerusform>%n צעדים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>נתיב אחד</numerusform>
                <numerusform>%n נתיבים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>כרטיס אחד</numerusform>
                <numerusform>%n כרטיסים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s)</source>
            <translation>
                <numerusform>חיבור אחד</numerusform>
                <numerusform>%n חיבורים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>פרסונה אחת</numerusform>
                <numerusform>%n פרסונות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with errors</source>
            <translation>
                <numerusform>שורה אחת עם שגיאה</numerusform>
                <numerusform>%n שורות עם שגיאות</numerusform>
            </translation>
        </message>
        <message>
            <source>A new map from %1: %2.</source>
            <translation>מפה חדשה מתוך %1: %2.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>גיליון</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>שורה</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>פריט</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>שדה</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>עכשיו</translation>
        </message>
        <message>
            <source>After the import</source>
            <translation>אחרי הייבוא</translation>
        </message>
        <message>
            <source>new</source>
            <translation>חדש</translation>
        </message>
        <message>
            <source>Changes (%1)</source>
            <translation>שינויים (%1)</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>כרטיס</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>צעד</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>נתיב</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Cards (%1)</source>
            <translation>כרטיסים (%1)</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>זוהה כ</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>כרטיסים</translation>
        </message>
        <message>
            <source>Lanes (%1)</source>
            <translation>נתיבים (%1)</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>בייצוא</translation>
        </message>
        <message>
            <source>In the map now</source>
            <translation>במפה עכשיו</translation>
        </message>
        <message>
            <source>In the workbook</source>
            <translation>בחוברת</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>לשמור</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>בחרו…</translation>
        </message>
        <message>
            <source>The map's value</source>
            <translation>הערך שבמפה</translation>
        </message>
        <message>
            <source>The workbook's value</source>
            <translation>הערך שבחוברת</translation>
        </message>
        <message>
            <source>Changed both in the map since the export and in the workbook:</source>
            <translation>שונו גם במפה מאז הייצוא וגם בחוברת:</translation>
        </message>
        <message>
            <source>Keep All Map Values</source>
            <translation>שמירת כל ערכי המפה</translation>
        </message>
        <message>
            <source>Take All Workbook Values</source>
            <translation>לקיחת כל ערכי החוברת</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>התנגשויות (%1)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>למחוק</translation>
        </message>
        <message>
            <source>Rows removed from the workbook; tick the items to delete from the map:</source>
            <translation>שורות שהוסרו מהחוברת; סמנו את הפריטים שיש למחוק מהמפה:</translation>
        </message>
        <message>
            <source>Delete All</source>
            <translation>מחיקת הכל</translation>
        </message>
        <message>
            <source>Keep All</source>
            <translation>שמירת הכל</translation>
        </message>
        <message>
            <source>Deleted in the workbook (%1)</source>
            <translation>נמחקו בחוברת (%1)</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>עמודה</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>ערך</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>מה היה צריך להיות</translation>
        </message>
        <message>
            <source>Errors, not imported (%1)</source>
            <translation>שגיאות, לא ייובאו (%1)</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>אזהרה</translation>
        </message>
        <message>
            <source>Warnings (%1)</source>
            <translation>אזהרות (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Choose a value for each conflict first (%n left)</source>
            <translation>
                <numerusform>בחרו קודם ערך לכל התנגשות (נותרה אחת)</numerusform>
                <numerusform>בחרו קודם ערך לכל התנגשות (נותרו %n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Inspector</source>
            <translation>מאפיינים</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join Live Session</source>
            <translation>הצטרפות לסשן משותף</translation>
        </message>
        <message>
            <source>Paste the address the host shows (it starts with journeymap:// or ws://).</source>
            <translation>הדביקו את הכתובת שהמארח מציג (היא מתחילה ב־journeymap://‎ או ב־ws://‎).</translation>
        </message>
        <message>
            <source>journeymap://192.168.1.20:40123/map-…?token=…</source>
            <translation>journeymap://192.168.1.20:40123/map-…?token=…</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>כתובת:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>השם שלך:</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>הצטרפות</translation>
        </message>
    </context>
    <context>
        <name>JourneyScene</name>
        <message>
            <source>Cards can only be dropped into cells of card lanes</source>
            <translation>אפשר להניח כרטיסים רק בתאים של נתיבי כרטיסים</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>גזירה</translation>
        </message>
        <message>
            <source>The clipboard holds no cards this map can use</source>
            <translation>בלוח אין כרטיסים שהמפה הזו יכולה להשתמש בהם</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>הדבקה</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>שכפול</translation>
        </message>
        <message>
            <source>Nothing to paste here</source>
            <translation>אין מה להדביק כאן</translation>
        </message>
        <message>
            <source>There is no lane for this kind of card here</source>
            <translation>אין כאן נתיב לכרטיס מהסוג הזה</translation>
        </message>
    </context>
    <context>
        <name>KeyboardEntry</name>
        <message>
            <source>This map has no lane that can hold cards</source>
            <translation>במפה הזו אין נתיב שיכול להכיל כרטיסים</translation>
        </message>
        <message>
            <source>Set emotion</source>
            <translation>קביעת רגש</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>The cards are already at the edge of the map</source>
            <translation>הכרטיסים כבר בקצה המפה</translation>
        </message>
    </context>
    <context>
        <name>KpiTable</name>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>ערך</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <source>Add KPI</source>
            <translation>הוספת מדד</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>הסרה</translation>
        </message>
        <message>
            <source>New KPI</source>
            <translation>מדד חדש</translation>
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>צבע</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>נתיב</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Measured figures (KPIs), under the card's title: %1</source>
            <translation>מדדים, מתחת לכותרת הכרטיס: %1</translation>
        </message>
    </context>
    <context>
        <name>LiveShare</name>
        <message>
            <source>Anyone on the network at %1</source>
            <translation>כל מי שברשת, בכתובת %1</translation>
        </message>
        <message>
            <source>Only this computer (127.0.0.1)</source>
            <translation>רק המחשב הזה (127.0.0.1)</translation>
        </message>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;שיתוף</translation>
        </message>
        <message>
            <source>&amp;Host Live Session…</source>
            <translation>&amp;אירוח סשן משותף…</translation>
        </message>
        <message>
            <source>&amp;Join Live Session…</source>
            <translation>ה&amp;צטרפות לסשן משותף…</translation>
        </message>
        <message>
            <source>&amp;Leave Live Session</source>
            <translation>&amp;עזיבת הסשן המשותף</translation>
        </message>
        <message>
            <source>Live Session &amp;Address…</source>
            <translation>&amp;כתובת הסשן המשותף…</translation>
        </message>
        <message>
            <source>&amp;Stop Sharing</source>
            <translation>ה&amp;פסקת השיתוף</translation>
        </message>
        <message>
            <source>Could not host a live session</source>
            <translation>לא ניתן לארח סשן משותף</translation>
        </message>
        <message>
            <source>Journeymap could not listen on %1: %2</source>
            <translation>‏Journeymap לא הצליח להאזין בכתובת %1: %2</translation>
        </message>
        <message>
            <source>Only this computer can join: the session listens on 127.0.0.1.</source>
            <translation>רק המחשב הזה יכול להצטרף: הסשן מאזין בכתובת 127.0.0.1.</translation>
        </message>
        <message>
            <source>Anyone on this network who has the address can join.</source>
            <translation>כל מי שמחובר לרשת הזו והכתובת בידיו יכול להצטרף.</translation>
        </message>
        <message>
            <source>Live Session</source>
            <translation>סשן משותף</translation>
        </message>
        <message>
            <source>Others have joined already. Stop sharing first to change who can join.</source>
            <translation>כבר יש משתתפים בסשן. כדי לשנות מי יכול להצטרף, יש להפסיק קודם את השיתוף.</translation>
        </message>
        <message>
            <source>Joined the live session on “%1”.</source>
            <translation>הצטרפת לסשן המשותף על “%1”.</translation>
        </message>
        <message>
            <source>Could not join the live session</source>
            <translation>לא ניתן להצטרף לסשן המשותף</translation>
        </message>
        <message>
            <source>The live session has ended</source>
            <translation>הסשן המשותף הסתיים</translation>
        </message>
        <message>
            <source>Live: connecting…</source>
            <translation>סשן משותף: מתחבר…</translation>
        </message>
        <message>
            <source>● Live</source>
            <translation>● מחובר לסשן</translation>
        </message>
        <message>
            <source>Live: reconnecting… (your changes are kept and sent when the network is back)</source>
            <translation>סשן משותף: מתחבר מחדש… (השינויים שלך נשמרים וייצאו לדרכם כשהרשת תחזור)</translation>
        </message>
        <message>
            <source>Live session ended</source>
            <translation>הסשן המשותף הסתיים</translation>
        </message>
        <message numerus="yes">
            <source>● Live: %n person(s)</source>
            <translation>
                <numerusform>● מחובר לסשן: משתתף אחד</numerusform>
                <numerusform>● מחובר לסשן: %n משתתפים</numerusform>
            </translation>
        </message>
        <message>
            <source>People are still in your live session</source>
            <translation>יש עדיין משתתפים בסשן שלך</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) still edit this map with you. Closing stops the session for everyone; each keeps a copy of the map as it is now. Stop sharing and close?</source>
            <translation>
                <numerusform>משתתף אחד עדיין עורך איתך את המפה. הסגירה מסיימת את הסשן לכולם, וכל אחד נשאר עם עותק של המפה כפי שהיא עכשיו. להפסיק לשתף ולסגור?</numerusform>
                <numerusform>%n משתתפים עדיין עורכים איתך את המפה. הסגירה מסיימת את הסשן לכולם, וכל אחד נשאר עם עותק של המפה כפי שהיא עכשיו. להפסיק לשתף ולסגור?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Drag a card from the palette onto the map, or double-click an empty cell.</source>
            <translation>גררו כרטיס מלוח הרכיבים אל המפה, או לחצו לחיצה כפולה על תא ריק.</translation>
        </message>
        <message>
            <source>Zoom (Ctrl+0 fits the map, Ctrl+1 shows it at actual size)</source>
            <translation>זום (Ctrl+0 מתאים את המפה לחלון, Ctrl+1 מציג בגודל מקורי)</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>לא בוצע: %1</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1[*] — Journeymap</source>
            <translation>%1[*] — Journeymap</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>אין קבצים אחרונים</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <source>Title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>Whose journey, which goal, which scope</source>
            <translation>של מי המסע, לאיזו מטרה, באיזה היקף</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>שפה</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>כיוון</translation>
        </message>
        <message>
            <source>Left to right</source>
            <translation>משמאל לימין</translation>
        </message>
        <message>
            <source>Right to left</source>
            <translation>מימין לשמאל</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Edit Personas…</source>
            <translation>עריכת פרסונות…</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>מפה</translation>
        </message>
        <message>
            <source>English</source>
            <translation>אנגלית</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>עברית</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>ערבית</translation>
        </message>
        <message>
            <source>German</source>
            <translation>גרמנית</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>ספרדית</translation>
        </message>
        <message>
            <source>French</source>
            <translation>צרפתית</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>רוסית</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No personas yet</source>
            <translation>עדיין אין פרסונות</translation>
        </message>
    </context>
    <context>
        <name>PaletteDock</name>
        <message>
            <source>Palette</source>
            <translation>רכיבים</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>כרטיסים</translation>
        </message>
        <message>
            <source>Drag onto a cell, or double-click to add to the selected cell</source>
            <translation>גררו אל תא, או לחצו לחיצה כפולה כדי להוסיף לתא הנבחר</translation>
        </message>
        <message>
            <source>Channel lanes</source>
            <translation>נתיבי ערוצים</translation>
        </message>
        <message>
            <source>Drag onto the map, or double-click to add a lane after the selected one</source>
            <translation>גררו אל המפה, או לחצו לחיצה כפולה כדי להוסיף נתיב אחרי הנתיב הנבחר</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>הוספת %1</translation>
        </message>
    </context>
    <context>
        <name>PersonaChecklist</name>
        <message>
            <source>This map has no personas yet (Map → Personas…).</source>
            <translation>במפה הזו עדיין אין פרסונות (מפה ← פרסונות…).</translation>
        </message>
    </context>
    <context>
        <name>PersonaCombo</name>
        <message>
            <source>Show one persona's paths and emotion curve (P in presentation mode)</source>
            <translation>הצגת המסלולים ועקומת הרגש של פרסונה אחת (P במצב הצגה)</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>כל הפרסונות</translation>
        </message>
    </context>
    <context>
        <name>PersonasDialog</name>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>הוספה</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>הסרה</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>למעלה</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>למטה</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Who they are, what they need</source>
            <translation>מי הם ומה הם צריכים</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>One goal per line</source>
            <translation>מטרה אחת בכל שורה</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>מטרות</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>צבע</translation>
        </message>
        <message>
            <source>Persona %1</source>
            <translation>פרסונה %1</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Persona: %1</source>
            <translation>פרסונה: %1</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>%1 landscape, 1 page</source>
            <translation>%1 לרוחב, עמוד אחד</translation>
        </message>
        <message>
            <source>%1 portrait, 1 page</source>
            <translation>%1 לאורך, עמוד אחד</translation>
        </message>
        <message>
            <source>%1 landscape, %2 pages</source>
            <translation>%1 לרוחב, %2 עמודים</translation>
        </message>
        <message>
            <source>%1 portrait, %2 pages</source>
            <translation>%1 לאורך, %2 עמודים</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>עמוד %1 מתוך %2</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>העדפות</translation>
        </message>
        <message>
            <source>Autosave interval (seconds):</source>
            <translation>מרווח שמירה אוטומטית (בשניות):</translation>
        </message>
        <message>
            <source>While a map has unsaved changes, a recovery copy is kept in %1. Your own files are never written by autosave.</source>
            <translation>כל עוד יש במפה שינויים שלא נשמרו, נשמר עותק שחזור ב־%1. השמירה האוטומטית לעולם אינה כותבת לקבצים שלכם.</translation>
        </message>
    </context>
    <context>
        <name>PresentationMode</name>
        <message>
            <source>Larger text</source>
            <translation>טקסט גדול</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation>טקסט רגיל</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>כל הפרסונות</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;חיפוש בתוך:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>קבצים מ&amp;סוג:</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>תיקייה למעלה</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>תיקיות</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Discard</source>
            <translation>אל תשמור</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>הפסק</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>פתח</translation>
        </message>
    </context>
    <context>
        <name>QuickAddPopup</name>
        <message>
            <source>Purchase / Phone: call to ask about delivery</source>
            <translation>רכישה / טלפון: שיחה לבירור מועד המשלוח</translation>
        </message>
        <message>
            <source>“Stage / Lane: text”, “Stage / Step / Lane: text” or “Card -&gt; Card”</source>
            <translation>„שלב / נתיב: טקסט”, „שלב / צעד / נתיב: טקסט” או „כרטיס -&gt; כרטיס”</translation>
        </message>
        <message>
            <source>Adds a card to %1 › %2 › %3</source>
            <translation>מוסיף כרטיס אל %1 › %2 › %3</translation>
        </message>
        <message>
            <source>Connects “%1” → “%2”</source>
            <translation>מחבר את „%1” אל „%2”</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover Unsaved Maps</source>
            <translation>שחזור מפות שלא נשמרו</translation>
        </message>
        <message>
            <source>Journeymap did not close normally. These maps had changes that were not saved.</source>
            <translation>‏Journeymap לא נסגר כרגיל. במפות האלה היו שינויים שלא נשמרו.</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>מפה</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>נשמר</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>גודל</translation>
        </message>
        <message>
            <source>Original file</source>
            <translation>הקובץ המקורי</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>פעולה</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>ביצוע</translation>
        </message>
        <message>
            <source>Decide Later</source>
            <translation>אחליט אחר כך</translation>
        </message>
        <message>
            <source>(never saved)</source>
            <translation>(לא נשמר מעולם)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>שחזר</translation>
        </message>
        <message>
            <source>Open Original</source>
            <translation>פתח את המקור</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>מחק</translation>
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>מחלקה אחראית</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Lane colour</source>
            <translation>צבע הנתיב</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>בחירה</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>כרטיס אחד</numerusform>
                <numerusform>%n כרטיסים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s)</source>
            <translation>
                <numerusform>חיבור אחד</numerusform>
                <numerusform>%n חיבורים</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 selected; a change applies to all of them</source>
            <translation>נבחרו %1; שינוי כאן חל על כולם</translation>
        </message>
        <message>
            <source>Several values</source>
            <translation>ערכים שונים</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ללא</translation>
        </message>
        <message numerus="yes">
            <source>Change %1 of %n item(s)</source>
            <translation>
                <numerusform>שינוי %1 של פריט אחד</numerusform>
                <numerusform>שינוי %1 של %n פריטים</numerusform>
            </translation>
        </message>
        <message>
            <source>emotion</source>
            <translation>הרגש</translation>
        </message>
        <message>
            <source>moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>המחלקה האחראית</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>הפרסונות</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsOverlay</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>קיצורי מקלדת</translation>
        </message>
        <message>
            <source>Help → Getting Started explains the first steps. Press Escape or click to close.</source>
            <translation>בעזרה ← צעדים ראשונים מוסבר איך מתחילים. לסגירה לחצו Escape או לחצו בעכבר.</translation>
        </message>
    </context>
    <context>
        <name>StageChooser</name>
        <message>
            <source>All Stages</source>
            <translation>כל השלבים</translation>
        </message>
        <message>
            <source>(unnamed stage)</source>
            <translation>(שלב ללא שם)</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>כל השלבים</translation>
        </message>
        <message>
            <source>%1 of %2 stages</source>
            <translation>‏%1 מתוך %2 שלבים</translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>What the customer is after in this stage</source>
            <translation>מה הלקוח מחפש בשלב הזה</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>צבע</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <source>Stage %1 of %2 · steps: %3</source>
            <translation>שלב %1 מתוך %2 · צעדים: %3</translation>
        </message>
    </context>
    <context>
        <name>StepForm</name>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>The moment this column stands for</source>
            <translation>הרגע שהעמודה הזו מייצגת</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>צעד</translation>
        </message>
        <message>
            <source>In stage “%1”</source>
            <translation>בשלב „%1”</translation>
        </message>
    </context>
    <context>
        <name>StructureKeys</name>
        <message numerus="yes">
            <source>Delete the stage “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>למחוק את השלב „%1” ואת הכרטיס שבו?</numerusform>
                <numerusform>למחוק את השלב „%1” ואת %n הכרטיסים שבו?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the step “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>למחוק את הצעד „%1” ואת הכרטיס שבו?</numerusform>
                <numerusform>למחוק את הצעד „%1” ואת %n הכרטיסים שבו?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lane “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>למחוק את הנתיב „%1” ואת הכרטיס שבו?</numerusform>
                <numerusform>למחוק את הנתיב „%1” ואת %n הכרטיסים שבו?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>New from Template</source>
            <translation>חדש מתבנית</translation>
        </message>
        <message>
            <source>Start a new map from:</source>
            <translation>התחלת מפה חדשה מתוך:</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>מפה</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>תבנית</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>יצירה</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;פתח…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;שמור</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>שמור &amp;בשם…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;ייצוא…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;סגור</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;יציאה</translation>
        </message>
        <message>
            <source>Clear Recent Files</source>
            <translation>נקה את רשימת הקבצים האחרונים</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>בטל</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>בצע שוב</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;גזור</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;העתק</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ה&amp;דבק</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;שכפל</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;מחק</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>בחר &amp;הכל</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;הגדל</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>ה&amp;קטן</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>&amp;התאם לחלון</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;גודל מקורי</translation>
        </message>
        <message>
            <source>Add &amp;Stage</source>
            <translation>הוסף &amp;שלב</translation>
        </message>
        <message>
            <source>Add S&amp;tep</source>
            <translation>הוסף &amp;צעד</translation>
        </message>
        <message>
            <source>&amp;Personas…</source>
            <translation>&amp;פרסונות…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;חדש</translation>
        </message>
        <message>
            <source>New from &amp;Template…</source>
            <translation>חדש מ&amp;תבנית…</translation>
        </message>
    </context>
    <context>
        <name>analysis</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>&lt;%1%</source>
            <translation>פחות מ־%1%</translation>
        </message>
        <message>
            <source>(untitled card)</source>
            <translation>(כרטיס ללא כותרת)</translation>
        </message>
        <message numerus="yes">
            <source>%n channel switch(es)</source>
            <translation>
                <numerusform>מעבר ערוץ אחד</numerusform>
                <numerusform>%n מעברי ערוץ</numerusform>
            </translation>
        </message>
        <message>
            <source>emotion %1, lowest %2, at the end %3</source>
            <translation>רגש בהתחלה %1, בשפל %2, בסוף %3</translation>
        </message>
        <message>
            <source>moments of truth: %1</source>
            <translation>רגעי אמת: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n friction point(s)</source>
            <translation>
                <numerusform>נקודת חיכוך אחת</numerusform>
                <numerusform>%n נקודות חיכוך</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 ועוד אחד</numerusform>
                <numerusform>%1 ועוד %n</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of customers go round a loop more often than these paths show</source>
            <translation>%1 מהלקוחות מקיפים לולאה יותר פעמים ממה שהנתיבים האלה מראים</translation>
        </message>
        <message numerus="yes">
            <source>and %n more path(s), %1 of customers</source>
            <translation>
                <numerusform>ועוד נתיב אחד, %1 מהלקוחות</numerusform>
                <numerusform>ועוד %n נתיבים, %1 מהלקוחות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and at least %n more path(s), %1 of customers</source>
            <translation>
                <numerusform>ועוד נתיב אחד לפחות, %1 מהלקוחות</numerusform>
                <numerusform>ועוד %n נתיבים לפחות, %1 מהלקוחות</numerusform>
            </translation>
        </message>
        <message>
            <source>at “%1” the shares given already add up to %2%; connections without a share get none</source>
            <translation>ב„%1” האחוזים שצוינו מסתכמים כבר ב־%2%; חיבורים בלי אחוז לא מקבלים אף לקוח</translation>
        </message>
        <message>
            <source>at “%1” the shares add up to %2%; they are scaled down to 100%</source>
            <translation>ב„%1” האחוזים מסתכמים ב־%2%; הם הוקטנו באופן יחסי ל־100%</translation>
        </message>
        <message>
            <source>no entry card: every connected card has a connection arriving; choose an entry card</source>
            <translation>אין כרטיס כניסה: לכל כרטיס מחובר מגיע חיבור; בחרו כרטיס כניסה</translation>
        </message>
        <message numerus="yes">
            <source>customers who reach “%1” go round a loop of %n card(s) for ever: set a share in it below 100%</source>
            <translation>
                <numerusform>לקוחות שמגיעים ל„%1” נתקעים בלולאה של כרטיס אחד ולא יוצאים ממנה: הגדירו באחד החיבורים שלה אחוז נמוך מ־100%</numerusform>
                <numerusform>לקוחות שמגיעים ל„%1” נתקעים בלולאה של %n כרטיסים ולא יוצאים ממנה: הגדירו באחד החיבורים שלה אחוז נמוך מ־100%</numerusform>
            </translation>
        </message>
        <message>
            <source> → </source>
            <translation> ← </translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Something went wrong</source>
            <translation>משהו השתבש</translation>
        </message>
        <message>
            <source>Journeymap could not finish that action:
%1

Your map is still open. If in doubt, save it under a new name.</source>
            <translation>‏Journeymap לא הצליח להשלים את הפעולה:
%1

המפה שלכם עדיין פתוחה. אם יש ספק, שמרו אותה בשם חדש.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>show program's version number and exit</source>
            <translation>הצגת מספר הגרסה ויציאה</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>שימוש: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>ארגומנטים</translation>
        </message>
        <message>
            <source>options</source>
            <translation>אפשרויות</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>הצגת העזרה הזו ויציאה</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>‏%(prog)s: שגיאה: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>הארגומנט %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>ארגומנטים לא מוכרים: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>חסרים ארגומנטים נדרשים: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>יש לתת אחד מהארגומנטים %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>אי אפשר לתת אותו יחד עם הארגומנט %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>נדרש ערך אחד</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>מותר ערך אחד לכל היותר</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>נדרש ערך אחד לפחות</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>האפשרות %(option)s אינה חד־משמעית: היא מתאימה ל־%(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ערך לא תקין מסוג %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>בחירה לא תקינה: %(value)r (אפשר לבחור מתוך %(choices)s)</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>הערך %r מיותר ולא נלקח בחשבון</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>אפשרות לא צפויה: %s</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>list the bundled templates</source>
            <translation>הצגת התבניות המצורפות</translation>
        </message>
        <message>
            <source>template name (default: blank)</source>
            <translation>שם התבנית (ברירת מחדל: blank)</translation>
        </message>
        <message>
            <source>the .journey file to write</source>
            <translation>קובץ ה־‎.journey לכתיבה</translation>
        </message>
        <message>
            <source>overwrite FILE if it exists</source>
            <translation>דריסת FILE אם הוא קיים</translation>
        </message>
        <message>
            <source>write a new map from a template</source>
            <translation>כתיבת מפה חדשה מתבנית</translation>
        </message>
        <message>
            <source>no template “%1”; choose one of: %2</source>
            <translation>אין תבנית „%1”; בחרו אחת מאלה: %2</translation>
        </message>
        <message>
            <source>%1 already exists; use --force to overwrite it</source>
            <translation>‏%1 כבר קיים; כדי לדרוס אותו הוסיפו ‎--force</translation>
        </message>
        <message>
            <source>wrote %1 from template %2</source>
            <translation>הקובץ %1 נכתב מהתבנית %2</translation>
        </message>
        <message>
            <source>a .journey file (or a PNG exported by Journeymap)</source>
            <translation>קובץ ‎.journey (או PNG שיוצא מ־Journeymap)</translation>
        </message>
        <message>
            <source>print the summary as one JSON object</source>
            <translation>הדפסת הסיכום כאובייקט JSON אחד</translation>
        </message>
        <message>
            <source>validate a map and summarise it</source>
            <translation>בדיקת תקינות של מפה וסיכומה</translation>
        </message>
        <message>
            <source>%1: a valid map, “%2”</source>
            <translation>‏%1: מפה תקינה, „%2”</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>אזהרה: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>שלב אחד</numerusform>
                <numerusform>%n שלבים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>צעד אחד</numerusform>
                <numerusform>%n צעדים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>נתיב אחד</numerusform>
                <numerusform>%n נתיבים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>כרטיס אחד</numerusform>
                <numerusform>%n כרטיסים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s)</source>
            <translation>
                <numerusform>חיבור אחד</numerusform>
                <numerusform>%n חיבורים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>פרסונה אחת</numerusform>
                <numerusform>%n פרסונות</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Journeymap, a desktop editor for customer journey maps. With no command it opens the editor on FILE (or on the sample map).</source>
            <translation>‏Journeymap, עורך שולחני למפות מסע לקוח. בלי פקודה הוא פותח את העורך על FILE (או על מפת הדוגמה).</translation>
        </message>
        <message>
            <source>Open the Journeymap editor.</source>
            <translation>פתיחת העורך של Journeymap.</translation>
        </message>
        <message>
            <source>a .journey file to open</source>
            <translation>קובץ ‎.journey לפתיחה</translation>
        </message>
        <message>
            <source>interface language (default: the system's)</source>
            <translation>שפת הממשק (ברירת מחדל: שפת המערכת)</translation>
        </message>
        <message>
            <source>journeymap: --lang must be en or he, not “%1”</source>
            <translation>journeymap: ‏‎--lang צריך להיות en או he, לא „%1”</translation>
        </message>
        <message>
            <source>unexpected error: %1</source>
            <translation>שגיאה לא צפויה: %1</translation>
        </message>
        <message>
            <source>%1 must be a number, not “%2”</source>
            <translation>‏%1 צריך להיות מספר, לא „%2”</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3, not %4</source>
            <translation>‏%1 צריך להיות בין %2 ל־%3, לא %4</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>הקובץ לכתיבה</translation>
        </message>
        <message>
            <source>what to write (default: from OUT's extension: %1)</source>
            <translation>מה לכתוב (ברירת מחדל: לפי הסיומת של OUT: %1)</translation>
        </message>
        <message>
            <source>the scale</source>
            <translation>קנה המידה</translation>
        </message>
        <message>
            <source>picture size as a multiple of the map (%1 to %2, default 2 for PNG, 1 for SVG and PDF)</source>
            <translation>גודל התמונה ביחס למפה (%1 עד %2; ברירת המחדל: 2 ל-PNG, 1 ל-SVG ול-PDF)</translation>
        </message>
        <message>
            <source>the DPI</source>
            <translation>ה־DPI</translation>
        </message>
        <message>
            <source>picture resolution in dots per inch (%1 to %2)</source>
            <translation>רזולוציית התמונה בנקודות לאינץ׳ (%1 עד %2)</translation>
        </message>
        <message>
            <source>no background behind the map (pictures only)</source>
            <translation>ללא רקע מאחורי המפה (תמונות בלבד)</translation>
        </message>
        <message>
            <source>PowerPoint only: the stages to show, by number, name or id, separated by commas</source>
            <translation>ל־PowerPoint בלבד: השלבים שיוצגו, לפי מספר, שם או מזהה, מופרדים בפסיקים</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>שגיאה: %1</translation>
        </message>
        <message>
            <source>export a map as a picture, workbook, deck or web page</source>
            <translation>ייצוא מפה כתמונה, כחוברת Excel, כמצגת או כדף אינטרנט</translation>
        </message>
        <message>
            <source>cannot tell which format to write from the name “%1”; end it in %2, or give --format</source>
            <translation>אי אפשר לדעת מהשם „%1” באיזה פורמט לכתוב; סיימו אותו ב־%2, או ציינו ‎--format</translation>
        </message>
        <message>
            <source>%1 applies to pictures (%2), not to %3</source>
            <translation>‏%1 חל על תמונות (%2), לא על %3</translation>
        </message>
        <message>
            <source>--stages applies to PowerPoint decks (pptx), not to %1</source>
            <translation>‎--stages חל על מצגות PowerPoint ‏(pptx), לא על %1</translation>
        </message>
        <message>
            <source>%1 is the map being exported; choose another name for the %2 file</source>
            <translation>‏%1 הוא המפה שמיוצאת; בחרו שם אחר לקובץ ה־%2</translation>
        </message>
        <message>
            <source>wrote %1 (%2)</source>
            <translation>הקובץ %1 נכתב (%2)</translation>
        </message>
        <message>
            <source>--top must be a whole number, not “%1”</source>
            <translation>‏--top חייב להיות מספר שלם, לא „%1”</translation>
        </message>
        <message>
            <source>--top must be between 0 and %1, not %2</source>
            <translation>‏--top חייב להיות בין 0 ל־%1, לא %2</translation>
        </message>
        <message>
            <source>print the results as one JSON object</source>
            <translation>הדפסת התוצאות כאובייקט JSON אחד</translation>
        </message>
        <message>
            <source>follow one persona's connections only</source>
            <translation>מעקב אחר החיבורים של פרסונה אחת בלבד</translation>
        </message>
        <message>
            <source>send every customer in at this card</source>
            <translation>כל הלקוחות נכנסים בכרטיס הזה</translation>
        </message>
        <message>
            <source>how many paths to list (default %1)</source>
            <translation>כמה נתיבים להציג (ברירת מחדל: %1)</translation>
        </message>
        <message>
            <source>paths, reach, drop-offs and a stage summary of a map</source>
            <translation>נתיבים, הגעה, נקודות נטישה וסיכום שלבים של מפה</translation>
        </message>
        <message>
            <source>none</source>
            <translation>אין</translation>
        </message>
        <message>
            <source>no persona with id “%1” in %2 (its personas: %3)</source>
            <translation>אין פרסונה עם המזהה „%1” ב־%2 (הפרסונות שבה: %3)</translation>
        </message>
        <message>
            <source>no card with id “%1” in %2</source>
            <translation>אין כרטיס עם המזהה „%1” ב־%2</translation>
        </message>
        <message>
            <source>Analysis of “%1” (%2)</source>
            <translation>ניתוח של „%1” (%2)</translation>
        </message>
        <message>
            <source>Persona: %1</source>
            <translation>פרסונה: %1</translation>
        </message>
        <message>
            <source>The map has no connections: nothing to follow.</source>
            <translation>במפה אין חיבורים, ולכן אין מסלול לעקוב אחריו.</translation>
        </message>
        <message>
            <source>Entries: %1</source>
            <translation>כניסות: %1</translation>
        </message>
        <message>
            <source>Reach (visits per customer)</source>
            <translation>הגעה (ביקורים ללקוח)</translation>
        </message>
        <message>
            <source>Loops</source>
            <translation>לולאות</translation>
        </message>
        <message>
            <source>dead end</source>
            <translation>מבוי סתום</translation>
        </message>
        <message>
            <source>Drop-offs</source>
            <translation>נקודות נטישה</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>כרטיסים שאיש לא מגיע אליהם</translation>
        </message>
        <message>
            <source>Channel switches (moves per 100 customers)</source>
            <translation>מעברים בין ערוצים (מעברים לכל 100 לקוחות)</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>אזהרות</translation>
        </message>
        <message>
            <source>Paths, most likely first</source>
            <translation>נתיבים, מהנפוץ ביותר</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>הגעה</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>השפל</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>חיכוך</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>הזדמנויות</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>רגעי אמת</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>שלבים</translation>
        </message>
        <message>
            <source>join a live session at this address</source>
            <translation>הצטרפות לסשן משותף בכתובת הזו</translation>
        </message>
        <message>
            <source>Opening the editor: journeymap [FILE] [--lang en|he] [--join ADDRESS]</source>
            <translation>פתיחת העורך: journeymap [FILE] [--lang en|he] [--join ADDRESS]</translation>
        </message>
        <message>
            <source>the .journey file to share (saved as it changes)</source>
            <translation>קובץ ה־‎.journey לשיתוף (נשמר עם כל שינוי)</translation>
        </message>
        <message>
            <source>the address to listen on (default 127.0.0.1: this computer only; 0.0.0.0: the network)</source>
            <translation>הכתובת להאזנה (ברירת המחדל 127.0.0.1: המחשב הזה בלבד; 0.0.0.0: הרשת כולה)</translation>
        </message>
        <message>
            <source>the port to listen on (default: any free port)</source>
            <translation>הפורט להאזנה (ברירת המחדל: פורט פנוי כלשהו)</translation>
        </message>
        <message>
            <source>not saved: %1</source>
            <translation>לא נשמר: %1</translation>
        </message>
        <message>
            <source>host a live session on a map without a window</source>
            <translation>אירוח סשן משותף על מפה, בלי חלון</translation>
        </message>
        <message>
            <source>--port must be between 0 and 65535, not %1</source>
            <translation>‏--port צריך להיות בין 0 ל־65535, לא %1</translation>
        </message>
        <message>
            <source>cannot listen on %1 port %2: %3</source>
            <translation>לא ניתן להאזין בכתובת %1 בפורט %2: %3</translation>
        </message>
        <message>
            <source>Sharing %1; Ctrl+C stops.</source>
            <translation>משתף את %1; ‏Ctrl+C עוצר.</translation>
        </message>
        <message>
            <source>MAP.journey and BOOK.xlsx to import the workbook into the map; or one BOOK.xlsx or FILE.csv to start a new map from it (with -o)</source>
            <translation>MAP.journey ו-BOOK.xlsx כדי לייבא את החוברת למפה; או קובץ BOOK.xlsx או FILE.csv אחד כדי ליצור ממנו מפה חדשה (עם ‎-o)</translation>
        </message>
        <message>
            <source>the .journey file to write (default: update MAP itself)</source>
            <translation>קובץ ה-‎.journey לכתיבה (ברירת המחדל: עדכון MAP עצמו)</translation>
        </message>
        <message>
            <source>only show what would change</source>
            <translation>רק להציג מה ישתנה</translation>
        </message>
        <message>
            <source>print the preview as one JSON object</source>
            <translation>להדפיס את התצוגה המקדימה כאובייקט JSON אחד</translation>
        </message>
        <message>
            <source>remove the items whose rows were deleted from the workbook</source>
            <translation>למחוק את הפריטים שהשורות שלהם נמחקו מהחוברת</translation>
        </message>
        <message>
            <source>for a field changed both in the map and in the workbook, keep the map's value or take the workbook's</source>
            <translation>בשדה ששונה גם במפה וגם בחוברת: לשמור את הערך שבמפה או לקחת את הערך שבחוברת</translation>
        </message>
        <message>
            <source>import even though the workbook was exported from another map</source>
            <translation>לייבא גם אם החוברת יוצאה ממפה אחרת</translation>
        </message>
        <message>
            <source>overwrite OUT if it exists (starting a new map)</source>
            <translation>לדרוס את OUT אם הוא קיים (ביצירת מפה חדשה)</translation>
        </message>
        <message>
            <source>import an edited Excel workbook into its map, or start a map from a spreadsheet (xlsx, csv)</source>
            <translation>ייבוא חוברת Excel שנערכה אל המפה שלה, או יצירת מפה מגיליון נתונים (xlsx,‏ csv)</translation>
        </message>
        <message>
            <source>give MAP.journey BOOK.xlsx, or one spreadsheet with -o</source>
            <translation>ציינו MAP.journey BOOK.xlsx, או גיליון נתונים אחד עם ‎-o</translation>
        </message>
        <message>
            <source>%1 is the workbook being imported; choose another name for the map</source>
            <translation>‏%1 היא החוברת שמיובאת; בחרו שם אחר למפה</translation>
        </message>
        <message>
            <source>%1 was exported from another map; nothing was imported (use --other-map to import it anyway)</source>
            <translation>‏הקובץ %1 יוצא ממפה אחרת; לא יובא דבר (השתמשו ב-‎--other-map כדי לייבא אותו בכל זאת)</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) changed both in the map and in the workbook; nothing was written. Choose with --on-conflict map or --on-conflict sheet</source>
            <translation>
                <numerusform>שדה אחד שונה גם במפה וגם בחוברת; לא נכתב דבר. בחרו עם ‎--on-conflict map או ‎--on-conflict sheet</numerusform>
                <numerusform>%n שדות שונו גם במפה וגם בחוברת; לא נכתב דבר. בחרו עם ‎--on-conflict map או ‎--on-conflict sheet</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no changes to import</source>
            <translation>‏%1: אין שינויים לייבא</translation>
        </message>
        <message>
            <source>the import could not be applied: %1; nothing was written</source>
            <translation>לא ניתן היה להחיל את הייבוא: %1; לא נכתב דבר</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>‏%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>imported %n change(s)</source>
            <translation>
                <numerusform>יובא שינוי אחד</numerusform>
                <numerusform>יובאו %n שינויים</numerusform>
            </translation>
        </message>
        <message>
            <source>starting a map from a spreadsheet needs -o NEW.journey</source>
            <translation>כדי ליצור מפה מגיליון נתונים צריך ‎-o NEW.journey</translation>
        </message>
        <message>
            <source>wrote %1: %2</source>
            <translation>נכתב %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>אחד נוסף</numerusform>
                <numerusform>%n נוספו</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>אחד השתנה</numerusform>
                <numerusform>%n השתנו</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>אחד נמחק</numerusform>
                <numerusform>%n נמחקו</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in conflict</source>
            <translation>
                <numerusform>התנגשות אחת</numerusform>
                <numerusform>%n התנגשויות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors</source>
            <translation>
                <numerusform>אחד עם שגיאה</numerusform>
                <numerusform>%n עם שגיאות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>אחד ללא שינוי</numerusform>
                <numerusform>%n ללא שינוי</numerusform>
            </translation>
        </message>
        <message>
            <source>changed %1 (row %2) %3: “%4” → “%5”</source>
            <translation>שונה %1 (שורה %2) %3: „%4” ← „%5”</translation>
        </message>
        <message>
            <source>conflict %1 (row %2) %3: exported “%4”, map “%5”, workbook “%6”</source>
            <translation>התנגשות %1 (שורה %2) %3: בייצוא „%4”, במפה „%5”, בחוברת „%6”</translation>
        </message>
        <message>
            <source>deleted %1 “%2” (only with --delete)</source>
            <translation>נמחק %1 „%2” (רק עם ‎--delete)</translation>
        </message>
        <message>
            <source>error: sheet %1, row %2, column %3: “%4”; expected %5</source>
            <translation>שגיאה: גיליון %1, שורה %2, עמודה %3: „%4”; היה צריך להיות %5</translation>
        </message>
        <message>
            <source>unknown command “%1”; the commands are %2 (journeymap --help)</source>
            <translation>אין פקודה בשם „%1”. הפקודות הן %2 (‏journeymap --help)</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>‏%1: הקובץ לא קיים</translation>
        </message>
        <message>
            <source>no display to open the editor on; the commands (%1) work without one</source>
            <translation>אין מסך שאפשר לפתוח עליו את העורך. הפקודות (%1) פועלות גם בלי מסך</translation>
        </message>
        <message>
            <source>draw the map's title above the picture (default: yes)</source>
            <translation>כותרת המפה מעל התמונה (ברירת המחדל: כן)</translation>
        </message>
        <message>
            <source>draw the legend under the picture</source>
            <translation>מקרא מתחת לתמונה</translation>
        </message>
        <message>
            <source>PDF page: the size of the map (default), A4, A3 or Letter</source>
            <translation>עמוד ה-PDF: בגודל המפה (ברירת המחדל), A4,‏ A3 או Letter</translation>
        </message>
        <message>
            <source>of an A4, A3 or Letter page: the one the map fits best (auto, the default), landscape or portrait</source>
            <translation>כיוון עמוד A4,‏ A3 או Letter: לפי צורת המפה (auto, ברירת המחדל), לרוחב (landscape) או לאורך (portrait)</translation>
        </message>
        <message>
            <source>the emotion lane: one curve per persona (default) or the overall curve</source>
            <translation>נתיב הרגש: עקומה לכל פרסונה (ברירת המחדל) או העקומה הכוללת</translation>
        </message>
        <message>
            <source>show the map as this persona's filter does (name or id)</source>
            <translation>הצגת המפה כפי שהסינון לפי הפרסונה הזו מציג אותה (שם או מזהה)</translation>
        </message>
        <message>
            <source>do not put the map inside the PNG (it then opens as a picture only)</source>
            <translation>בלי להטמיע את המפה בקובץ ה-PNG (הוא ייפתח כתמונה בלבד)</translation>
        </message>
        <message>
            <source>the map has no persona “%1”; its personas: %2</source>
            <translation>אין במפה פרסונה “%1”; הפרסונות שבה: %2</translation>
        </message>
        <message>
            <source>the map has no stage “%1”; its stages are: %2</source>
            <translation>אין במפה שלב „%1”; השלבים שלה: %2</translation>
        </message>
        <message>
            <source>name at least one stage (by number, name or id)</source>
            <translation>ציינו שלב אחד לפחות (לפי מספר, שם או מזהה)</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message numerus="yes">
            <source>Add %n card(s)</source>
            <translation>
                <numerusform>הוספת כרטיס</numerusform>
                <numerusform>הוספת %n כרטיסים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>מחיקת פריט</numerusform>
                <numerusform>מחיקת %n פריטים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>העברת כרטיס</numerusform>
                <numerusform>העברת %n כרטיסים</numerusform>
            </translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>שינוי %1</translation>
        </message>
        <message>
            <source>card</source>
            <translation>כרטיס</translation>
        </message>
        <message>
            <source>connection</source>
            <translation>חיבור</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <source>step</source>
            <translation>צעד</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>נתיב</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>פרסונה</translation>
        </message>
        <message>
            <source>map</source>
            <translation>מפה</translation>
        </message>
        <message>
            <source>Connect cards</source>
            <translation>חיבור כרטיסים</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>הוספת %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>מחיקת %1</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>העברת %1</translation>
        </message>
        <message numerus="yes">
            <source>Import %n change(s) from Excel</source>
            <translation>
                <numerusform>ייבוא שינוי אחד מ-Excel</numerusform>
                <numerusform>ייבוא %n שינויים מ-Excel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>file_guard</name>
        <message>
            <source>Map already open</source>
            <translation>המפה כבר פתוחה</translation>
        </message>
        <message>
            <source>This map is open in another Journeymap (pid %1). Editing here may overwrite changes.</source>
            <translation>המפה הזו פתוחה ב־Journeymap אחר (תהליך %1). עריכה כאן עלולה לדרוס שינויים.</translation>
        </message>
        <message>
            <source>Open Anyway</source>
            <translation>פתח בכל זאת</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Channel</source>
            <translation>ערוץ</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>אתר אינטרנט</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>דוא״ל</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>רשתות חברתיות</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>שיחת טלפון</translation>
        </message>
        <message>
            <source>Chatbot</source>
            <translation>צ׳אטבוט</translation>
        </message>
        <message>
            <source>Store / branch</source>
            <translation>חנות / סניף</translation>
        </message>
        <message>
            <source>Mobile app</source>
            <translation>אפליקציה</translation>
        </message>
        <message>
            <source>Paid ads</source>
            <translation>פרסום ממומן</translation>
        </message>
        <message>
            <source>Loyalty programme</source>
            <translation>מועדון לקוחות</translation>
        </message>
        <message>
            <source>Other channel</source>
            <translation>ערוץ אחר</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>פעולות</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>מוטיבציות</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>שאלות</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>נקודות חיכוך</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>הזדמנויות</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>נקודת מגע</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>פעולה</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>מוטיבציה</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>שאלה</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>הזדמנות</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>הערה</translation>
        </message>
        <message>
            <source>−2  very negative</source>
            <translation>‎−2  שלילי מאוד</translation>
        </message>
        <message>
            <source>−1  negative</source>
            <translation>‎−1  שלילי</translation>
        </message>
        <message>
            <source>0  neutral</source>
            <translation>0  ניטרלי</translation>
        </message>
        <message>
            <source>+1  positive</source>
            <translation>‎+1  חיובי</translation>
        </message>
        <message>
            <source>+2  very positive</source>
            <translation>‎+2  חיובי מאוד</translation>
        </message>
    </context>
    <context>
        <name>live</name>
        <message>
            <source>%1 is editing</source>
            <translation>בעריכה: %1</translation>
        </message>
        <message>
            <source>“%1” is not a session address: %2</source>
            <translation>“⁦%1⁩” אינה כתובת של סשן: ⁦%2⁩</translation>
        </message>
        <message>
            <source>“%1” is not a session address: it should start with journeymap:// or ws://</source>
            <translation>“⁦%1⁩” אינה כתובת של סשן: כתובת כזו מתחילה ב־⁦journeymap://⁩ או ב־⁦ws://⁩</translation>
        </message>
        <message>
            <source>“%1” names no computer and port (expected journeymap://HOST:PORT/ROOM?token=…)</source>
            <translation>בכתובת “⁦%1⁩” חסרים מחשב ופורט (הצורה המלאה: ⁦journeymap://HOST:PORT/ROOM?token=…⁩)</translation>
        </message>
        <message>
            <source>“%1” names no session after the port</source>
            <translation>בכתובת “⁦%1⁩” חסר שם הסשן שאחרי הפורט</translation>
        </message>
        <message>
            <source>“%1” carries no valid token (the part after ?token=); copy the whole address</source>
            <translation>בכתובת “⁦%1⁩” אין אסימון תקין (החלק שאחרי ⁦token=⁩); העתיקו את הכתובת כולה</translation>
        </message>
        <message>
            <source>Someone else changed the same part of the map since; their change is kept.</source>
            <translation>מישהו אחר שינה מאז את אותו חלק של המפה; השינוי שלו נשאר.</translation>
        </message>
        <message>
            <source>the shared map</source>
            <translation>המפה המשותפת</translation>
        </message>
        <message>
            <source>A change from the session could not be read: %1</source>
            <translation>לא ניתן היה לקרוא שינוי שהגיע מהסשן: %1</translation>
        </message>
        <message>
            <source>The address leads to a session that holds no journey map.</source>
            <translation>הכתובת מובילה לסשן שאין בו מפת מסע לקוח.</translation>
        </message>
        <message>
            <source>A change from the session was not applied: %1</source>
            <translation>שינוי שהגיע מהסשן לא הוחל: %1</translation>
        </message>
        <message>
            <source>The host refused to let you join (%1): check the address and its token.</source>
            <translation>המארח לא אישר את ההצטרפות (%1): בדקו את הכתובת ואת האסימון שבה.</translation>
        </message>
        <message>
            <source>The host has ended or restarted the session. Your version of the map stays in this window; save it as a copy to keep it.</source>
            <translation>המארח סיים את הסשן או הפעיל אותו מחדש. הגרסה שלך של המפה נשארת בחלון הזה; כדי לשמור עליה, שמרו אותה כעותק.</translation>
        </message>
        <message>
            <source>Could not reach the host at %1 (%2). Check the address and the network.</source>
            <translation>לא ניתן להגיע למארח בכתובת %1 (%2). בדקו את הכתובת ואת החיבור לרשת.</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>מישהו</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;קובץ</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>קבצים &amp;אחרונים</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;עריכה</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;תצוגה</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;מפה</translation>
        </message>
        <message>
            <source>Add &amp;Lane</source>
            <translation>הוסף &amp;נתיב</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>סרגל כלים ראשי</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>%1: %2: %3</source>
            <translation>‏%1: %2: %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>‏%1: %2</translation>
        </message>
        <message>
            <source>expected an object {...}, found %1</source>
            <translation>צריך להיות כאן אובייקט {...}, ונמצא %1</translation>
        </message>
        <message>
            <source>missing; expected a list [...]</source>
            <translation>חסר: צריכה להיות כאן רשימה [...]</translation>
        </message>
        <message>
            <source>expected a list [...], found %1</source>
            <translation>צריכה להיות כאן רשימה [...], ונמצא %1</translation>
        </message>
        <message>
            <source>too many entries (%1); at most %2</source>
            <translation>יותר מדי פריטים (%1); לכל היותר %2</translation>
        </message>
        <message>
            <source>missing; expected a text</source>
            <translation>חסר: צריך להיות כאן טקסט</translation>
        </message>
        <message>
            <source>expected a text, found %1</source>
            <translation>צריך להיות כאן טקסט, ונמצא %1</translation>
        </message>
        <message>
            <source>text too long (%1 characters; at most %2)</source>
            <translation>הטקסט ארוך מדי (%1 תווים; לכל היותר %2)</translation>
        </message>
        <message>
            <source>the text contains a broken character (a lone UTF-16 surrogate)</source>
            <translation>בטקסט יש תו פגום (חצי של זוג UTF-16)</translation>
        </message>
        <message>
            <source>expected an id of 1-64 letters, digits, '-', '_', '.' or ':', found %1</source>
            <translation>צריך להיות כאן מזהה של 1 עד 64 אותיות לטיניות, ספרות, '-', '_', '.' או ':', ונמצא %1</translation>
        </message>
        <message>
            <source>expected a colour like '#3A7BD5', found %1</source>
            <translation>צריך להיות כאן צבע כמו '#3A7BD5', ונמצא %1</translation>
        </message>
        <message>
            <source>missing; expected a number</source>
            <translation>חסר: צריך להיות כאן מספר</translation>
        </message>
        <message>
            <source>expected a number, found %1</source>
            <translation>צריך להיות כאן מספר, ונמצא %1</translation>
        </message>
        <message>
            <source>expected a number from %1 to %2, found %3</source>
            <translation>צריך להיות כאן מספר בין %1 ל־%2, ונמצא %3</translation>
        </message>
        <message>
            <source>expected true or false, found %1</source>
            <translation>צריך להיות כאן true או false, ונמצא %1</translation>
        </message>
        <message>
            <source>a number with %1 digits</source>
            <translation>מספר בן %1 ספרות</translation>
        </message>
        <message>
            <source>the number %1</source>
            <translation>המספר %1</translation>
        </message>
        <message>
            <source>the text %1</source>
            <translation>הטקסט %1</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>רשימה</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>אובייקט</translation>
        </message>
        <message>
            <source>damaged here: a text in quotes is never closed (the file may have been cut short)</source>
            <translation>הקובץ פגום כאן: טקסט במירכאות לא נסגר (אולי הקובץ נקטע)</translation>
        </message>
        <message>
            <source>damaged here: a value is missing (the file may have been cut short or edited by hand)</source>
            <translation>הקובץ פגום כאן: חסר ערך (אולי הקובץ נקטע או נערך ידנית)</translation>
        </message>
        <message>
            <source>damaged here: a comma is missing between two entries</source>
            <translation>הקובץ פגום כאן: חסר פסיק בין שני פריטים</translation>
        </message>
        <message>
            <source>damaged here: a colon is missing after a field name</source>
            <translation>הקובץ פגום כאן: חסרות נקודתיים אחרי שם של שדה</translation>
        </message>
        <message>
            <source>damaged here: a field name in double quotes should follow (perhaps a comma too many)</source>
            <translation>הקובץ פגום כאן: צריך לבוא שם של שדה במירכאות (אולי יש פסיק מיותר)</translation>
        </message>
        <message>
            <source>damaged here: a comma too many before a closing bracket</source>
            <translation>הקובץ פגום כאן: פסיק מיותר לפני סוגר</translation>
        </message>
        <message>
            <source>damaged here: something follows the end of the map</source>
            <translation>הקובץ פגום כאן: יש תוכן נוסף אחרי סוף המפה</translation>
        </message>
        <message>
            <source>damaged here: a text holds a control character (a line break inside quotes?)</source>
            <translation>הקובץ פגום כאן: בטקסט יש תו בקרה (אולי ירידת שורה בתוך מירכאות?)</translation>
        </message>
        <message>
            <source>damaged here: a text holds a backslash that escapes nothing</source>
            <translation>הקובץ פגום כאן: בטקסט יש לוכסן הפוך שאינו תקין</translation>
        </message>
        <message>
            <source>this is a PDF document, not a journey map</source>
            <translation>זה מסמך PDF, לא מפת מסע לקוח</translation>
        </message>
        <message>
            <source>this is a JPEG picture, not a journey map</source>
            <translation>זו תמונת JPEG, לא מפת מסע לקוח</translation>
        </message>
        <message>
            <source>this is a GIF picture, not a journey map</source>
            <translation>זו תמונת GIF, לא מפת מסע לקוח</translation>
        </message>
        <message>
            <source>this is an older Microsoft Office document, not a journey map</source>
            <translation>זה מסמך ישן של Microsoft Office, לא מפת מסע לקוח</translation>
        </message>
        <message>
            <source>not a journey map: this is text of another kind (a journey file is JSON written by Journeymap)</source>
            <translation>זו לא מפת מסע לקוח: זה טקסט מסוג אחר (קובץ מפה הוא JSON ש־Journeymap כותב)</translation>
        </message>
        <message>
            <source>the file ends too early: it was cut short (perhaps it was not completely saved or copied)</source>
            <translation>הקובץ נגמר מוקדם מדי: הוא נקטע (אולי השמירה או ההעתקה לא הושלמו)</translation>
        </message>
        <message>
            <source>not a journey map: the text is not valid JSON (%1)</source>
            <translation>זו לא מפת מסע לקוח: הטקסט אינו JSON תקין (%1)</translation>
        </message>
        <message>
            <source>this is an Excel workbook, not a journey map; to bring its rows in as cards, use File → Import from Excel (on the command line: journeymap import)</source>
            <translation>זו חוברת Excel, לא מפת מסע לקוח. כדי להפוך את השורות שלה לכרטיסים, בחרו קובץ ← ייבוא מ-Excel (בשורת הפקודה: ‎journeymap import‏)</translation>
        </message>
        <message>
            <source>this is a ZIP archive or an Office document, not a journey map</source>
            <translation>זה ארכיון ZIP או מסמך Office, לא מפת מסע לקוח</translation>
        </message>
        <message>
            <source>damaged here: the text holds bytes that are not UTF-8 (was it saved by another program?)</source>
            <translation>הקובץ פגום כאן: יש בו בתים שאינם טקסט UTF-8 (אולי הוא נשמר בתוכנה אחרת?)</translation>
        </message>
        <message>
            <source>not a journey map: this file is not text (a .journey file is UTF-8 text written by Journeymap)</source>
            <translation>זו לא מפת מסע לקוח: הקובץ אינו קובץ טקסט (קובץ ‎.journey‏ הוא טקסט UTF-8 ש־Journeymap כותב)</translation>
        </message>
        <message>
            <source>could not be read because of an unexpected problem (%1)</source>
            <translation>לא ניתן לקרוא את הקובץ בגלל תקלה לא צפויה (%1)</translation>
        </message>
        <message>
            <source>%1 is not allowed in a journey file</source>
            <translation>‏%1 אסור בקובץ מפה</translation>
        </message>
        <message>
            <source>the key %1 appears twice in one object</source>
            <translation>המפתח %1 מופיע פעמיים באותו אובייקט</translation>
        </message>
        <message>
            <source>the file holds over %1 values; far more than a journey map can</source>
            <translation>בקובץ יש יותר מ־%1 ערכים, הרבה יותר ממה שמפת מסע לקוח יכולה להכיל</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>שורה %1, עמודה %2</translation>
        </message>
        <message>
            <source>nested too deeply to be a journey map</source>
            <translation>המבנה מקונן לעומק רב מדי בשביל מפת מסע לקוח</translation>
        </message>
        <message>
            <source>a number has too many digits</source>
            <translation>יש מספר עם יותר מדי ספרות</translation>
        </message>
        <message>
            <source>too large to open with the memory available</source>
            <translation>גדול מכדי להיפתח בזיכרון הפנוי</translation>
        </message>
        <message>
            <source>byte %1</source>
            <translation>בית %1</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>הקובץ ריק</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>זה לא קובץ רגיל</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>הקובץ לא קיים</translation>
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation>זו תיקייה, לא קובץ</translation>
        </message>
        <message>
            <source>permission denied: the file cannot be read</source>
            <translation>אין הרשאה לקרוא את הקובץ</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>לא ניתן לקרוא את הקובץ (%1)</translation>
        </message>
        <message>
            <source>the file is %1 MB; a journey map is at most %2 MB</source>
            <translation>גודל הקובץ %1 MB; מפת מסע לקוח היא לכל היותר %2 MB</translation>
        </message>
        <message>
            <source>expected "%1"; this is not a Journeymap file</source>
            <translation>צריך להיות כאן "%1"; זה לא קובץ של Journeymap</translation>
        </message>
        <message>
            <source>expected a whole number, found %1</source>
            <translation>צריך להיות כאן מספר שלם, ונמצא %1</translation>
        </message>
        <message>
            <source>the file's format version is %1, from a newer Journeymap; this version reads up to %2. Please update Journeymap</source>
            <translation>גרסת המבנה של הקובץ היא %1, מגרסה חדשה יותר של Journeymap; הגרסה הזו קוראת עד גרסה %2. עדכנו את Journeymap</translation>
        </message>
        <message>
            <source>expected a version from 1 to %1, found %2</source>
            <translation>צריכה להיות כאן גרסה בין 1 ל־%1, ונמצא %2</translation>
        </message>
        <message>
            <source>inconsistent map: %1</source>
            <translation>המפה אינה עקבית: %1</translation>
        </message>
        <message>
            <source>expected "ltr" or "rtl", found %1</source>
            <translation>צריך להיות כאן "ltr" או "rtl", ונמצא %1</translation>
        </message>
        <message>
            <source>id %1 is already used at %2; ids must be unique</source>
            <translation>המזהה %1 כבר משמש ב־%2; כל מזהה חייב להיות ייחודי</translation>
        </message>
        <message>
            <source>expected at least one stage</source>
            <translation>צריך להיות לפחות שלב אחד</translation>
        </message>
        <message>
            <source>too many steps in the map; at most %1 over all stages</source>
            <translation>יותר מדי צעדים במפה; לכל היותר %1 בכל השלבים יחד</translation>
        </message>
        <message>
            <source>a map has only one emotion lane; %1 is one already</source>
            <translation>במפה יש נתיב רגש אחד בלבד; %1 כבר נתיב רגש</translation>
        </message>
        <message>
            <source>expected at least one step</source>
            <translation>צריך להיות לפחות צעד אחד</translation>
        </message>
        <message>
            <source>expected one of %1; found %2</source>
            <translation>צריך להיות כאן אחד מ־%1; נמצא %2</translation>
        </message>
        <message>
            <source>refers to %1 %2, which is not in the map</source>
            <translation>מפנה אל %1 %2, שאינו במפה</translation>
        </message>
        <message>
            <source>refers to persona %1, which is not in the map</source>
            <translation>מפנה אל הפרסונה %1, שאינה במפה</translation>
        </message>
        <message>
            <source>lane %1 is the emotion lane, which holds no cards</source>
            <translation>הנתיב %1 הוא נתיב הרגש, ואין בו כרטיסים</translation>
        </message>
        <message>
            <source>a card in lane %1 (%2) is a %3, found %4</source>
            <translation>כרטיס בנתיב %1 (%2) הוא מסוג %3, ונמצא %4</translation>
        </message>
        <message>
            <source>expected a whole number from %1 to %2, found %3</source>
            <translation>צריך להיות כאן מספר שלם בין %1 ל־%2, ונמצא %3</translation>
        </message>
        <message>
            <source>PNG picture</source>
            <translation>תמונת PNG</translation>
        </message>
        <message>
            <source>SVG picture</source>
            <translation>תמונת SVG</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>מסמך PDF</translation>
        </message>
        <message>
            <source>this PNG picture does not carry a map; only PNGs exported by Journeymap can be opened</source>
            <translation>בתמונת ה־PNG הזו אין מפה; אפשר לפתוח רק קובצי PNG שיוצאו מ־Journeymap</translation>
        </message>
        <message>
            <source>not a PNG picture</source>
            <translation>זו לא תמונת PNG</translation>
        </message>
        <message>
            <source>the map inside this picture is damaged (checksum mismatch)</source>
            <translation>המפה שבתוך התמונה פגומה (סכום הביקורת לא תואם)</translation>
        </message>
        <message>
            <source>a damaged PNG picture (more than %1 chunks)</source>
            <translation>תמונת PNG פגומה (יותר מ־%1 מקטעים)</translation>
        </message>
        <message>
            <source>the map inside this picture is damaged (cut short)</source>
            <translation>המפה שבתוך התמונה פגומה (היא נקטעה)</translation>
        </message>
        <message>
            <source>the map inside this picture uses an unknown compression</source>
            <translation>המפה שבתוך התמונה דחוסה בשיטה לא מוכרת</translation>
        </message>
        <message>
            <source>the map inside this picture is damaged (not UTF-8 text)</source>
            <translation>המפה שבתוך התמונה פגומה (היא אינה טקסט UTF-8)</translation>
        </message>
        <message>
            <source>the map inside this picture is damaged (bad compression)</source>
            <translation>המפה שבתוך התמונה פגומה (הדחיסה משובשת)</translation>
        </message>
        <message>
            <source>the map inside this picture is too large; at most %1 MB</source>
            <translation>המפה שבתוך התמונה גדולה מדי; לכל היותר %1 MB</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>חוברת Excel</translation>
        </message>
        <message>
            <source>no connection with id %1</source>
            <translation>אין חיבור עם המזהה %1</translation>
        </message>
        <message>
            <source>a connection's ends cannot change; remove it and add another</source>
            <translation>אי אפשר לשנות את קצוות החיבור; מחקו אותו והוסיפו חיבור חדש</translation>
        </message>
        <message>
            <source>connection %1 joins other cards now</source>
            <translation>החיבור %1 מחבר עכשיו כרטיסים אחרים</translation>
        </message>
        <message>
            <source>a share of customers must be between 0 and 100 %</source>
            <translation>שיעור הלקוחות חייב להיות בין 0 ל־100%</translation>
        </message>
        <message>
            <source>an id must be a non-empty string</source>
            <translation>מזהה לא יכול להיות ריק</translation>
        </message>
        <message>
            <source>id %1 is already used in this map</source>
            <translation>המזהה %1 כבר קיים במפה</translation>
        </message>
        <message>
            <source>direction must be 'ltr' or 'rtl', not %1</source>
            <translation>הכיוון חייב להיות 'ltr' או 'rtl', לא %1</translation>
        </message>
        <message>
            <source>no card with id %1</source>
            <translation>אין כרטיס עם המזהה %1</translation>
        </message>
        <message>
            <source>use move_cards to change where a card is</source>
            <translation>כדי להזיז כרטיס יש להשתמש ב־move_cards</translation>
        </message>
        <message>
            <source>card %1 is no longer in the same cell</source>
            <translation>הכרטיס %1 כבר לא נמצא באותו תא</translation>
        </message>
        <message>
            <source>lane %1 shows the emotion curve and holds no cards</source>
            <translation>הנתיב %1 מציג את עקומת הרגש, ואין בו כרטיסים</translation>
        </message>
        <message>
            <source>an emotion score must be a whole number</source>
            <translation>ציון רגש חייב להיות מספר שלם</translation>
        </message>
        <message>
            <source>an emotion score must be between %1 and %2</source>
            <translation>ציון רגש חייב להיות בין %1 ל־%2</translation>
        </message>
        <message>
            <source>no persona with id %1</source>
            <translation>אין פרסונה עם המזהה %1</translation>
        </message>
        <message>
            <source>dead end: customers stop at %1 (%2), before the last stage</source>
            <translation>מבוי סתום: ב־%1 (%2) הלקוחות נעצרים, עוד לפני השלב האחרון</translation>
        </message>
        <message>
            <source>unreachable: no path reaches %1 (%2)</source>
            <translation>אין אליו גישה: אף מסלול לא מגיע אל %1 (%2)</translation>
        </message>
        <message>
            <source>an id never changes</source>
            <translation>מזהה אינו משתנה לעולם</translation>
        </message>
        <message>
            <source>no stage with id %1</source>
            <translation>אין שלב עם המזהה %1</translation>
        </message>
        <message>
            <source>no step with id %1</source>
            <translation>אין צעד עם המזהה %1</translation>
        </message>
        <message>
            <source>no lane with id %1</source>
            <translation>אין נתיב עם המזהה %1</translation>
        </message>
        <message>
            <source>stage %1 needs at least one step</source>
            <translation>בשלב %1 צריך להיות לפחות צעד אחד</translation>
        </message>
        <message>
            <source>use the step methods to change a stage's steps</source>
            <translation>את הצעדים של שלב משנים בפעולות של הצעדים</translation>
        </message>
        <message>
            <source>a map keeps at least one stage</source>
            <translation>במפה חייב להישאר שלב אחד לפחות</translation>
        </message>
        <message>
            <source>cards cannot move to a step of the stage being removed</source>
            <translation>אי אפשר להעביר כרטיסים לצעד של השלב שנמחק</translation>
        </message>
        <message>
            <source>stage %1 keeps at least one step</source>
            <translation>בשלב %1 חייב להישאר צעד אחד לפחות</translation>
        </message>
        <message>
            <source>stage %1 keeps at least one step; remove the stage instead</source>
            <translation>בשלב %1 חייב להישאר צעד אחד לפחות; אפשר למחוק את השלב כולו</translation>
        </message>
        <message>
            <source>cards cannot move to the step being removed</source>
            <translation>אי אפשר להעביר כרטיסים לצעד שנמחק</translation>
        </message>
        <message>
            <source>unknown lane kind %1</source>
            <translation>סוג נתיב לא מוכר: %1</translation>
        </message>
        <message>
            <source>a map has only one emotion lane</source>
            <translation>במפה יכול להיות נתיב רגש אחד בלבד</translation>
        </message>
        <message>
            <source>a lane with cards cannot become the emotion lane</source>
            <translation>נתיב שיש בו כרטיסים לא יכול להפוך לנתיב הרגש</translation>
        </message>
        <message>
            <source>cards cannot move to the lane being removed</source>
            <translation>אי אפשר להעביר כרטיסים לנתיב שנמחק</translation>
        </message>
        <message>
            <source>cards cannot move to the emotion lane</source>
            <translation>אי אפשר להעביר כרטיסים לנתיב הרגש</translation>
        </message>
        <message>
            <source>PowerPoint presentation</source>
            <translation>מצגת PowerPoint</translation>
        </message>
        <message>
            <source>the map has no stage with the id “%1”; its stages are: %2</source>
            <translation>אין במפה שלב שהמזהה שלו „%1”; השלבים שלה: %2</translation>
        </message>
        <message>
            <source>there is not enough memory to make this deck</source>
            <translation>אין די זיכרון כדי ליצור את המצגת</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>דף אינטרנט</translation>
        </message>
        <message>
            <source>there is not enough memory to make this page</source>
            <translation>אין די זיכרון כדי ליצור את הדף</translation>
        </message>
    </context>
    <context>
        <name>pptx</name>
        <message>
            <source>Moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>Emotion %1</source>
            <translation>רגש %1</translation>
        </message>
        <message>
            <source>KPI %1</source>
            <translation>מדדים %1</translation>
        </message>
        <message>
            <source>Stage %1 of %2 · %3</source>
            <translation>שלב %1 מתוך %2 · %3</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>מפת מסע לקוח</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>המפה כולה</translation>
        </message>
        <message>
            <source>Reach: %1% of customers arrive in this stage</source>
            <translation>הגעה: %1% מהלקוחות מגיעים לשלב הזה</translation>
        </message>
        <message>
            <source>Lowest emotion: %1 at “%2”</source>
            <translation>הרגש הנמוך ביותר: %1 ב„%2”</translation>
        </message>
        <message>
            <source>Friction points:</source>
            <translation>נקודות חיכוך:</translation>
        </message>
        <message>
            <source>Opportunities:</source>
            <translation>הזדמנויות:</translation>
        </message>
        <message>
            <source>Moments of truth:</source>
            <translation>רגעי אמת:</translation>
        </message>
        <message>
            <source>Customers arrive from:</source>
            <translation>מאיפה הלקוחות מגיעים:</translation>
        </message>
        <message>
            <source>Customers go on to:</source>
            <translation>לאן הלקוחות ממשיכים:</translation>
        </message>
        <message>
            <source>Nothing noted for this stage yet.</source>
            <translation>עדיין לא נרשם דבר לשלב הזה.</translation>
        </message>
        <message>
            <source>Goals:</source>
            <translation>מטרות:</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
    </context>
    <context>
        <name>preferences</name>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>ה&amp;עדפות…</translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <source>Could not restore the map</source>
            <translation>לא ניתן לשחזר את המפה</translation>
        </message>
        <message>
            <source>Restored %1: not saved yet</source>
            <translation>המפה %1 שוחזרה ועדיין לא נשמרה</translation>
        </message>
    </context>
    <context>
        <name>web</name>
        <message>
            <source>Search cards</source>
            <translation>חיפוש בכרטיסים</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>פרסונה</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>כל הפרסונות</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>הגדלה</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>הקטנה</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>התאמה לחלון</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>מקרא</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>סגירה</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>מפת מסע לקוח</translation>
        </message>
        <message>
            <source>%1 of %2 cards match</source>
            <translation>‏%1 מתוך %2 כרטיסים תואמים</translation>
        </message>
        <message>
            <source>No card matches</source>
            <translation>אין כרטיס תואם</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>רגש</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>מדדים</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>מחלקה אחראית</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>פרסונות</translation>
        </message>
        <message>
            <source>Comes from</source>
            <translation>מגיעים מ…</translation>
        </message>
        <message>
            <source>Leads to</source>
            <translation>ממשיכים אל…</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>רגע האמת</translation>
        </message>
        <message>
            <source>None</source>
            <translation>אין</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>נקודת מגע</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>פעולה</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>מוטיבציה</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>שאלה</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>נקודת חיכוך</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>הזדמנות</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>הערה</translation>
        </message>
        <message>
            <source>Drag or use the arrow keys to move, the wheel or + and − to zoom, 0 to fit. Click a card, or Tab to it and press Enter, for its details.</source>
            <translation>גוררים או משתמשים בחצים כדי לזוז, בגלגלת או ב־+ ו־− כדי להגדיל ולהקטין, ב־0 כדי להתאים לחלון. לחיצה על כרטיס, או Tab אליו ואז Enter, מציגה את פרטיו.</translation>
        </message>
    </context>
</TS>
