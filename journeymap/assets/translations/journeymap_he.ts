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
            <source>Undo brings them back.</source>
            <translation>אפשר להחזיר אותם בביטול.</translation>
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
            <source>Could not open the map</source>
            <translation>לא ניתן לפתוח את המפה</translation>
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
            <source>Sa&amp;ve to:</source>
            <translation>&amp;שמירה אל:</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>היקף:</translation>
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
            <source>A4 landscape</source>
            <translation>A4 לרוחב</translation>
        </message>
        <message>
            <source>A3 landscape</source>
            <translation>A3 לרוחב</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;עמוד:</translation>
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
            <source>Export To</source>
            <translation>ייצוא אל</translation>
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
        <name>InspectorDock</name>
        <message>
            <source>Inspector</source>
            <translation>מאפיינים</translation>
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
            <source>&amp;New</source>
            <translation>&amp;חדש</translation>
        </message>
        <message>
            <source>New from &amp;Template…</source>
            <translation>חדש מ&amp;תבנית…</translation>
        </message>
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
            <source>journeymap: --lang must be en or he, not “%1”</source>
            <translation>journeymap: ‏‎--lang צריך להיות en או he, לא „%1”</translation>
        </message>
        <message>
            <source>Opening the editor: journeymap [FILE] [--lang en|he]</source>
            <translation>פתיחת העורך: journeymap [FILE] [--lang en|he]</translation>
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
            <source>picture size as a multiple of the map (%1 to %2, default 1)</source>
            <translation>גודל התמונה ביחס למפה (%1 עד %2, ברירת מחדל 1)</translation>
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
            <source>error: %1</source>
            <translation>שגיאה: %1</translation>
        </message>
        <message>
            <source>export a map as a picture or workbook (png, svg, pdf, xlsx)</source>
            <translation>ייצוא מפה כתמונה או כחוברת (png, svg, pdf, xlsx)</translation>
        </message>
        <message>
            <source>cannot tell which format to write from the name “%1”; end it in .png, .svg, .pdf or .xlsx, or give --format</source>
            <translation>אי אפשר לדעת מהשם „%1” באיזה פורמט לכתוב; סיימו אותו ב־‎.png, ‎.svg, ‎.pdf או ‎.xlsx, או ציינו ‎--format</translation>
        </message>
        <message>
            <source>%1 applies to pictures (%2), not to %3</source>
            <translation>‏%1 חל על תמונות (%2), לא על %3</translation>
        </message>
        <message>
            <source>%1 is the map being exported; choose another name for the %2 file</source>
            <translation>‏%1 הוא המפה שמיוצאת; בחרו שם אחר לקובץ ה־%2</translation>
        </message>
        <message>
            <source>wrote %1 (%2)</source>
            <translation>הקובץ %1 נכתב (%2)</translation>
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
            <translation>זו חוברת Excel, לא מפת מסע לקוח. כדי להפוך את השורות שלה לכרטיסים, בחרו קובץ ← ייבוא מ־Excel (בשורת הפקודה: ‎journeymap import‏)</translation>
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
</TS>
